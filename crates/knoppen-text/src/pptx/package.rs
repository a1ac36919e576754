//! The OPC package: parts, relationships, content types, presentation.xml
//! and the document properties, zipped.

use std::fmt::Write as _;
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::xml::{DECL, NS_A, NS_P, NS_R, Rel, SLIDE_CX, SLIDE_CY, esc, rels_xml};
use super::{Deck, DeckSlide, PptxError, chart, notes, slide, template};

const CT: &str = "application/vnd.openxmlformats-officedocument.";

/// Parts collected in memory so [Content_Types].xml can go first in the zip.
#[derive(Default)]
struct Parts {
    files: Vec<(String, Vec<u8>)>,
    /// (part name, content type suffix after `CT`)
    overrides: Vec<(String, &'static str)>,
}

impl Parts {
    fn xml(&mut self, path: &str, ct: Option<&'static str>, body: String) {
        if let Some(ct) = ct {
            self.overrides.push((format!("/{path}"), ct));
        }
        self.files.push((path.to_string(), body.into_bytes()));
    }

    fn rels(&mut self, path: &str, rels: &[Rel]) {
        self.xml(path, None, rels_xml(rels));
    }

    fn content_types(&self) -> String {
        let mut s = format!(
            "{DECL}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
             <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
             <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
             <Default Extension=\"xlsx\" ContentType=\"{CT}spreadsheetml.sheet\"/>"
        );
        for (name, ct) in &self.overrides {
            let full = if ct.starts_with("package.") {
                format!("application/vnd.openxmlformats-{ct}")
            } else {
                format!("{CT}{ct}")
            };
            let _ = write!(s, "<Override PartName=\"{name}\" ContentType=\"{full}\"/>");
        }
        s.push_str("</Types>");
        s
    }

    /// Zip it: XML deflated, embedded workbooks stored (already compressed).
    fn zip(self) -> Result<Vec<u8>, PptxError> {
        let mut z = ZipWriter::new(Cursor::new(Vec::new()));
        let deflate = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
        z.start_file("[Content_Types].xml", deflate)?;
        z.write_all(self.content_types().as_bytes())?;
        for (path, bytes) in &self.files {
            let opt = if path.ends_with(".xlsx") {
                stored
            } else {
                deflate
            };
            z.start_file(path.as_str(), opt)?;
            z.write_all(bytes)?;
        }
        Ok(z.finish()?.into_inner())
    }
}

/// Notes text that is worth a notes slide.
fn notes_of(s: &DeckSlide) -> Option<&str> {
    s.notes.as_deref().filter(|t| !t.trim().is_empty())
}

/// Write the whole deck; `now` (Unix seconds) stamps created/modified.
pub fn write_deck(deck: &Deck, with_notes: bool, now: u64) -> Result<Vec<u8>, PptxError> {
    let mut p = Parts::default();
    let lang = deck.language.as_str();
    let mut next_chart = 1;
    for (i, s) in deck.slides.iter().enumerate() {
        next_chart += add_slide(&mut p, s, i + 1, lang, with_notes, next_chart)?;
    }
    let has_notes = with_notes && deck.slides.iter().any(|s| notes_of(s).is_some());
    add_presentation(&mut p, deck.slides.len(), has_notes);
    add_template(&mut p, has_notes);
    add_doc_props(&mut p, deck, with_notes, now);
    p.zip()
}

/// Slide `n` with its charts, workbooks and (if asked) notes slide.
/// Returns the number of charts written.
fn add_slide(
    p: &mut Parts,
    s: &DeckSlide,
    n: usize,
    lang: &str,
    with_notes: bool,
    first: usize,
) -> Result<usize, PptxError> {
    let out = slide::build(s, lang, first)?;
    let mut rels = vec![Rel::new(
        "rId1",
        "slideLayout",
        "../slideLayouts/slideLayout1.xml",
    )];
    for c in &out.charts {
        let sp = chart::spec(c.item)?;
        let k = c.number;
        p.xml(
            &format!("ppt/charts/chart{k}.xml"),
            Some("drawingml.chart+xml"),
            chart::chart_xml(&sp, lang),
        );
        let book = format!("Microsoft_Excel_Worksheet{k}.xlsx");
        p.rels(
            &format!("ppt/charts/_rels/chart{k}.xml.rels"),
            &[Rel::new("rId1", "package", format!("../embeddings/{book}"))],
        );
        p.files
            .push((format!("ppt/embeddings/{book}"), chart::workbook(&sp)?));
        rels.push(Rel::new(
            c.rid.clone(),
            "chart",
            format!("../charts/chart{k}.xml"),
        ));
    }
    if let Some(text) = notes_of(s).filter(|_| with_notes) {
        p.xml(
            &format!("ppt/notesSlides/notesSlide{n}.xml"),
            Some("presentationml.notesSlide+xml"),
            notes::slide_xml(text, lang),
        );
        p.rels(
            &format!("ppt/notesSlides/_rels/notesSlide{n}.xml.rels"),
            &[
                Rel::new("rId1", "notesMaster", "../notesMasters/notesMaster1.xml"),
                Rel::new("rId2", "slide", format!("../slides/slide{n}.xml")),
            ],
        );
        rels.push(Rel::new(
            format!("rId{}", rels.len() + 1),
            "notesSlide",
            format!("../notesSlides/notesSlide{n}.xml"),
        ));
    }
    p.xml(
        &format!("ppt/slides/slide{n}.xml"),
        Some("presentationml.slide+xml"),
        out.xml,
    );
    p.rels(&format!("ppt/slides/_rels/slide{n}.xml.rels"), &rels);
    Ok(out.charts.len())
}

/// presentation.xml and its rels: master rId1, slides rId2.., then the rest.
fn add_presentation(p: &mut Parts, n_slides: usize, has_notes: bool) {
    let mut rels = vec![Rel::new(
        "rId1",
        "slideMaster",
        "slideMasters/slideMaster1.xml",
    )];
    let mut ids = String::new();
    for n in 1..=n_slides {
        let rid = format!("rId{}", n + 1);
        let _ = write!(ids, "<p:sldId id=\"{}\" r:id=\"{rid}\"/>", 255 + n);
        rels.push(Rel::new(rid, "slide", format!("slides/slide{n}.xml")));
    }
    let mut notes_lst = String::new();
    if has_notes {
        let rid = format!("rId{}", rels.len() + 1);
        notes_lst =
            format!("<p:notesMasterIdLst><p:notesMasterId r:id=\"{rid}\"/></p:notesMasterIdLst>");
        rels.push(Rel::new(
            rid,
            "notesMaster",
            "notesMasters/notesMaster1.xml",
        ));
    }
    for (kind, target) in [
        ("presProps", "presProps.xml"),
        ("viewProps", "viewProps.xml"),
        ("theme", "theme/theme1.xml"),
        ("tableStyles", "tableStyles.xml"),
    ] {
        rels.push(Rel::new(format!("rId{}", rels.len() + 1), kind, target));
    }
    let sld_lst = if ids.is_empty() {
        String::new()
    } else {
        format!("<p:sldIdLst>{ids}</p:sldIdLst>")
    };
    let xml = format!(
        "{DECL}<p:presentation xmlns:a=\"{NS_A}\" xmlns:r=\"{NS_R}\" xmlns:p=\"{NS_P}\" saveSubsetFonts=\"1\">\
         <p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>{notes_lst}{sld_lst}\
         <p:sldSz cx=\"{SLIDE_CX}\" cy=\"{SLIDE_CY}\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>"
    );
    p.xml(
        "ppt/presentation.xml",
        Some("presentationml.presentation.main+xml"),
        xml,
    );
    p.rels("ppt/_rels/presentation.xml.rels", &rels);
}

/// Master, layout, theme(s), pres/view props, table styles, notes master.
fn add_template(p: &mut Parts, has_notes: bool) {
    p.xml(
        "ppt/slideMasters/slideMaster1.xml",
        Some("presentationml.slideMaster+xml"),
        template::master_xml(),
    );
    p.rels(
        "ppt/slideMasters/_rels/slideMaster1.xml.rels",
        &[
            Rel::new("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"),
            Rel::new("rId2", "theme", "../theme/theme1.xml"),
        ],
    );
    p.xml(
        "ppt/slideLayouts/slideLayout1.xml",
        Some("presentationml.slideLayout+xml"),
        template::layout_xml(),
    );
    p.rels(
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
        &[Rel::new(
            "rId1",
            "slideMaster",
            "../slideMasters/slideMaster1.xml",
        )],
    );
    p.xml(
        "ppt/theme/theme1.xml",
        Some("theme+xml"),
        template::theme_xml(),
    );
    p.xml(
        "ppt/presProps.xml",
        Some("presentationml.presProps+xml"),
        template::pres_props_xml(),
    );
    p.xml(
        "ppt/viewProps.xml",
        Some("presentationml.viewProps+xml"),
        template::view_props_xml(),
    );
    p.xml(
        "ppt/tableStyles.xml",
        Some("presentationml.tableStyles+xml"),
        template::table_styles_xml(),
    );
    if has_notes {
        // PowerPoint wants the notes master to have a theme of its own.
        p.xml(
            "ppt/notesMasters/notesMaster1.xml",
            Some("presentationml.notesMaster+xml"),
            notes::master_xml(),
        );
        p.rels(
            "ppt/notesMasters/_rels/notesMaster1.xml.rels",
            &[Rel::new("rId1", "theme", "../theme/theme2.xml")],
        );
        p.xml(
            "ppt/theme/theme2.xml",
            Some("theme+xml"),
            template::theme_xml(),
        );
    }
}

/// core.xml (title, language, dates), app.xml, custom.xml (date in words)
/// and the package's root relationships.
fn add_doc_props(p: &mut Parts, deck: &Deck, with_notes: bool, now: u64) {
    let when = w3c_datetime(now);
    p.xml(
        "docProps/core.xml",
        Some("package.core-properties+xml"),
        format!(
            "{DECL}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
             xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:language>{}</dc:language>\
             <dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created>\
             <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified></cp:coreProperties>",
            esc(&deck.title),
            esc(&deck.language)
        ),
    );
    let n_notes = if with_notes {
        deck.slides.iter().filter(|s| notes_of(s).is_some()).count()
    } else {
        0
    };
    p.xml(
        "docProps/app.xml",
        Some("extended-properties+xml"),
        format!(
            "{DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
             <Application>Knoppen</Application><PresentationFormat>Widescreen</PresentationFormat>\
             <Slides>{}</Slides><Notes>{n_notes}</Notes></Properties>",
            deck.slides.len()
        ),
    );
    // The date as words has no core property; a custom one shows in File > Properties.
    let name = crate::strings::t().pptx_date_property;
    p.xml(
        "docProps/custom.xml",
        Some("custom-properties+xml"),
        format!(
            "{DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" \
             xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
             <property fmtid=\"{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}\" pid=\"2\" name=\"{name}\">\
             <vt:lpwstr>{}</vt:lpwstr></property></Properties>",
            esc(&deck.date_words)
        ),
    );
    p.rels(
        "_rels/.rels",
        &[
            Rel::new("rId1", "officeDocument", "ppt/presentation.xml"),
            Rel::new("rId2", "core-properties", "docProps/core.xml"),
            Rel::new("rId3", "extended-properties", "docProps/app.xml"),
            Rel::new("rId4", "custom-properties", "docProps/custom.xml"),
        ],
    );
}

/// Unix seconds as W3CDTF UTC ("2026-12-08T01:45:40Z"); the day from the model's calendar.
pub fn w3c_datetime(secs: u64) -> String {
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let rem = secs % 86_400;
    let day = crate::month::Date::from_unix_days(days)
        .map_or_else(|| "1970-01-01".to_owned(), |d| d.to_string());
    format!(
        "{day}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}
