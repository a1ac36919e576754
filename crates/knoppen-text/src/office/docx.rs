//! The package note as a Word document: the note's sections mapped onto Word's own building
//! blocks — the built-in heading styles (so a table of contents and a ministry template pick
//! them up), real tables, a bulleted list, page numbers in the footer. The words are the
//! note's; only the mapping is written here.

use docx_rs::{
    AbstractNumbering, AlignmentType, Docx, Footer, IndentLevel, Level, LevelJc, LevelText,
    LineSpacing, NumPages, NumberFormat, Numbering, NumberingId, PageMargin, PageNum, Paragraph,
    Run, RunFonts, Shading, SpecialIndentType, Start, Style, StyleType, Table, TableCell, TableRow,
    WidthType,
};

use crate::report::{Block, Note};

/// Text width of an A4 page with 2 cm margins, in twentieths of a point.
const TEXT_WIDTH: usize = 11906 - 2 * MARGIN as usize;
const MARGIN: i32 = 1134;
/// The numbering definition of the bulleted lists (docx-rs itself defines number 1, decimal).
const BULLETS: usize = 2;
/// About one character of 9 pt Calibri (bold headers included), and a cell's margins, in
/// twentieths of a point.
const CHAR: usize = 100;
const CELL_PAD: usize = 230;

/// Word's built-in paragraph styles, by the ids and names Word itself uses: a template that
/// restyles "heading 1" restyles these.
fn styles() -> Vec<Style> {
    let heading = |level: usize, size: usize| {
        Style::new(format!("Heading{level}"), StyleType::Paragraph)
            .name(format!("heading {level}"))
            .based_on("Normal")
            .next("Normal")
            .outline_lvl(level - 1)
            .size(size)
            .bold()
            .color(crate::palette::hex(crate::palette::HEADING))
            .line_spacing(LineSpacing::new().before(240).after(120))
    };
    vec![
        heading(1, 32),
        heading(2, 26),
        Style::new("ListBullet", StyleType::Paragraph)
            .name("List Bullet")
            .based_on("Normal"),
        Style::new("Footer", StyleType::Paragraph)
            .name("footer")
            .based_on("Normal")
            .size(18),
    ]
}

fn run(text: &str) -> Run {
    Run::new().add_text(super::xml_safe(text))
}

fn paragraph(text: &str) -> Paragraph {
    Paragraph::new().add_run(run(text))
}

/// Column widths that follow the content: each column at least as wide as its longest word
/// (so "Implementatie" and "2026-12" never break mid-word), the room left shared out towards
/// each column's longest text; together the text width.
fn column_widths(header: &[String], rows: &[Vec<String>]) -> Vec<usize> {
    let column = |i: usize| {
        std::iter::once(header)
            .chain(rows.iter().map(Vec::as_slice))
            .filter_map(move |r| r.get(i))
    };
    let (least, wanted): (Vec<usize>, Vec<usize>) = (0..header.len())
        .map(|i| {
            let word = column(i)
                .flat_map(|c| c.split_whitespace())
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0)
                // Dutch compounds ("kennismigrantenregeling") stay whole up to this length.
                .clamp(3, LONGEST_WORD);
            let text = column(i).map(|c| c.chars().count()).max().unwrap_or(0);
            let least = word * CHAR + CELL_PAD;
            (least, (text.min(60) * CHAR + CELL_PAD).max(least))
        })
        .unzip();
    let floor: usize = least.iter().sum();
    if floor >= TEXT_WIDTH {
        return least
            .iter()
            .map(|w| w * TEXT_WIDTH / floor.max(1))
            .collect();
    }
    let room = TEXT_WIDTH - floor;
    let need: Vec<usize> = wanted.iter().zip(&least).map(|(w, l)| w - l).collect();
    let total_need: usize = need.iter().sum();
    if total_need <= room {
        // Everything fits on one line: the rest goes to the columns in proportion.
        let total: usize = wanted.iter().sum::<usize>().max(1);
        return wanted.iter().map(|w| w * TEXT_WIDTH / total).collect();
    }
    least
        .iter()
        .zip(&need)
        .map(|(l, n)| l + room * n / total_need.max(1))
        .collect()
}

fn table(header: &[String], rows: &[Vec<String>]) -> Table {
    let widths = column_widths(header, rows);
    let cell = |text: &str, width: usize, head: bool| {
        // 9 pt in tables: seven columns on a portrait page.
        let r = run(text).size(18);
        let r = if head { r.bold() } else { r };
        let c = TableCell::new()
            .add_paragraph(Paragraph::new().add_run(r))
            .width(width, WidthType::Dxa);
        if head {
            c.shading(Shading::new().fill(crate::palette::hex(crate::palette::TABLE_HEADER)))
        } else {
            c
        }
    };
    let row = |cells: &[String], head: bool| {
        let cells = cells
            .iter()
            .zip(&widths)
            .map(|(text, w)| cell(text, *w, head))
            .collect();
        TableRow::new(cells).cant_split()
    };
    let mut all = vec![row(header, true)];
    all.extend(rows.iter().map(|r| row(r, false)));
    Table::new(all)
        .set_grid(widths.clone())
        .width(TEXT_WIDTH, WidthType::Dxa)
        // The grid as computed: autofit would squeeze the columns towards equal widths.
        .layout(docx_rs::TableLayoutType::Fixed)
}

/// The longest word a table column keeps whole.
const LONGEST_WORD: usize = 24;

/// Word repeats a table's first row on every page the table runs onto only when the row says
/// so (`w:tblHeader`), which docx-rs does not write: it is added to the packed document.
fn finish(docx: Vec<u8>, note: &Note) -> Result<Vec<u8>, String> {
    use std::io::{Read, Write};
    let err = |e: &dyn std::fmt::Display| e.to_string();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).map_err(|e| err(&e))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).map_err(|e| err(&e))?;
        let name = file.name().map_err(|e| err(&e))?.into_owned();
        let mut data = Vec::new();
        file.read_to_end(&mut data).map_err(|e| err(&e))?;
        if name == "word/document.xml" {
            data = header_rows(&String::from_utf8_lossy(&data)).into_bytes();
        } else if name == "docProps/core.xml" {
            data = core_properties(note).into_bytes();
        }
        out.start_file(name, options).map_err(|e| err(&e))?;
        out.write_all(&data).map_err(|e| err(&e))?;
    }
    Ok(out.finish().map_err(|e| err(&e))?.into_inner())
}

/// The document's properties as Word shows them (File → Info): its title, made by Knoppen, its
/// language and the day it was made (docx-rs writes "unknown" and no date of its own).
fn core_properties(note: &Note) -> String {
    let day = if crate::month::Date::parse(&note.date).is_some() {
        format!("{}T00:00:00Z", note.date)
    } else {
        String::new()
    };
    let lang = match crate::strings::lang() {
        crate::strings::Lang::Nl => "nl-NL",
        crate::strings::Lang::En => "en-GB",
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
<dc:title>{}</dc:title><dc:creator>Knoppen</dc:creator><cp:lastModifiedBy>Knoppen</cp:lastModifiedBy>\
<dc:language>{lang}</dc:language>\
<dcterms:created xsi:type=\"dcterms:W3CDTF\">{day}</dcterms:created>\
<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{day}</dcterms:modified>\
</cp:coreProperties>",
        super::xml_escaped(&note.title)
    )
}

/// The first row's properties of every table get `w:tblHeader`.
fn header_rows(xml: &str) -> String {
    const ROW_PROPS: &str = "<w:trPr>";
    let mut out = String::with_capacity(xml.len() + 64);
    let mut rest = xml;
    while let Some(t) = rest.find("<w:tbl>") {
        let Some(p) = rest[t..].find(ROW_PROPS).map(|p| t + p + ROW_PROPS.len()) else {
            break;
        };
        out.push_str(&rest[..p]);
        out.push_str("<w:tblHeader />");
        rest = &rest[p..];
    }
    out.push_str(rest);
    out
}

fn bullets() -> AbstractNumbering {
    AbstractNumbering::new(BULLETS).add_level(
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new("bullet"),
            LevelText::new("•"),
            LevelJc::new("left"),
        )
        .indent(Some(360), Some(SpecialIndentType::Hanging(360)), None, None),
    )
}

/// "Variant C — pagina 2 van 5" at the foot of every page.
fn footer(title: &str) -> Footer {
    Footer::new().add_paragraph(
        Paragraph::new()
            .style("Footer")
            .align(AlignmentType::Center)
            .add_run(run(&format!("{title} — {} ", crate::strings::t().page)))
            .add_page_num(PageNum::new())
            .add_run(run(&format!(" {} ", crate::strings::t().page_of)))
            .add_num_pages(NumPages::new()),
    )
}

/// The note as the bytes of a .docx file.
pub fn note(note: &Note) -> Result<Vec<u8>, String> {
    let mut doc = Docx::new()
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .default_size(21)
        .page_size(11906, 16838)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(708)
                .footer(708),
        )
        .footer(footer(&note.title))
        .add_abstract_numbering(bullets())
        .add_numbering(Numbering::new(BULLETS, BULLETS));
    for s in styles() {
        doc = doc.add_style(s);
    }
    doc = doc
        .add_paragraph(paragraph(&note.title).style("Heading1"))
        .add_paragraph(paragraph(&note.intro));
    for section in &note.sections {
        doc = doc.add_paragraph(
            paragraph(&section.heading)
                .style("Heading2")
                .keep_next(true),
        );
        for block in &section.blocks {
            doc = match block {
                Block::Paragraph(t) => doc.add_paragraph(paragraph(t)),
                Block::Emphasis(t) => doc.add_paragraph(Paragraph::new().add_run(run(t).bold())),
                Block::List(entries) => entries.iter().fold(doc, |doc, e| {
                    let mut p = paragraph(&e.text)
                        .style("ListBullet")
                        .numbering(NumberingId::new(BULLETS), IndentLevel::new(0));
                    if let Some(aside) = &e.aside {
                        p = p.add_run(run(&format!(" ({aside})")).italic().size(18));
                    }
                    doc.add_paragraph(p)
                }),
                // A table right after another needs a paragraph between, or Word joins them.
                Block::Table { header, rows } => doc
                    .add_table(table(header, rows))
                    .add_paragraph(Paragraph::new()),
            };
        }
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut bytes).map_err(|e| e.to_string())?;
    finish(bytes.into_inner(), note)
}
