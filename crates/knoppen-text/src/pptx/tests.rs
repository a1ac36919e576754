// Compiled only under #[cfg(test)] (see mod.rs): the test data may say what it likes.
//! Read the written package back: unzip, parse every XML part, and check
//! the parts the issue asks for.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

use super::*;

type Parts = BTreeMap<String, Vec<u8>>;

fn unzip(bytes: &[u8]) -> Parts {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let mut v = Vec::new();
        f.read_to_end(&mut v).unwrap();
        out.insert(f.name().unwrap().to_string(), v);
    }
    out
}

fn text(p: &Parts, name: &str) -> String {
    String::from_utf8(
        p.get(name)
            .unwrap_or_else(|| panic!("missing {name}"))
            .clone(),
    )
    .unwrap()
}

fn names<'a>(p: &'a Parts, prefix: &str, suffix: &str) -> Vec<&'a String> {
    p.keys()
        .filter(|k| k.starts_with(prefix) && k.ends_with(suffix))
        .collect()
}

/// Well-formed, every prefix declared, only predefined entities, no
/// XML-illegal characters.
fn check_xml(name: &str, xml: &str) {
    assert!(
        !xml.chars().any(|c| matches!(c, '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')),
        "{name}: illegal char"
    );
    let mut r = NsReader::from_reader(xml.as_bytes());
    let mut buf = Vec::new();
    let mut depth = 0i32;
    loop {
        let (res, ev) = r
            .read_resolved_event_into(&mut buf)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            !matches!(res, ResolveResult::Unknown(_)),
            "{name}: unknown prefix {res:?}"
        );
        let ev = ev.into_owned();
        match &ev {
            Event::Start(e) | Event::Empty(e) => {
                if matches!(ev, Event::Start(_)) {
                    depth += 1;
                }
                for a in e.attributes() {
                    let a = a.unwrap_or_else(|e| panic!("{name}: {e}"));
                    if a.key.as_ref().starts_with(b"xmlns") {
                        continue;
                    }
                    let (res, _) = r.resolver().resolve_attribute(a.key);
                    assert!(
                        !matches!(res, ResolveResult::Unknown(_)),
                        "{name}: attr prefix {:?}",
                        a.key
                    );
                }
            }
            Event::End(_) => depth -= 1,
            Event::GeneralRef(g) => {
                let g = std::str::from_utf8(g.as_ref()).unwrap();
                assert!(
                    g.starts_with('#') || ["amp", "lt", "gt", "quot", "apos"].contains(&g),
                    "{name}: &{g};"
                );
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    assert_eq!(depth, 0, "{name}: unbalanced");
}

/// Parse every XML part; check every relationship target exists and every
/// part has a content type.
fn check_package(p: &Parts) {
    let ct = text(p, "[Content_Types].xml");
    for (name, bytes) in p {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            check_xml(name, std::str::from_utf8(bytes).unwrap());
        }
        let typed = name.ends_with(".rels")
            || name.ends_with(".xlsx")
            || ct.contains(&format!("PartName=\"/{name}\""));
        assert!(
            typed || name == "[Content_Types].xml",
            "{name} has no content type"
        );
    }
    for rels in names(p, "", ".rels") {
        let base = rels
            .replace("_rels/", "")
            .trim_end_matches(".rels")
            .to_string();
        let dir = base.rsplit_once('/').map_or("", |(d, _)| d);
        for target in text(p, rels)
            .split("Target=\"")
            .skip(1)
            .filter_map(|t| t.split('"').next())
        {
            let full = resolve(dir, target);
            assert!(p.contains_key(&full), "{rels}: missing target {full}");
        }
    }
}

/// A relative part name against a folder ("ppt/slides" + "../charts/c.xml").
fn resolve(dir: &str, target: &str) -> String {
    let mut segs: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for s in target.split('/') {
        match s {
            ".." => {
                segs.pop();
            }
            s => segs.push(s),
        }
    }
    segs.join("/")
}

const NASTY: &str = "A\u{b}B\u{c}C\u{0}D\u{fffe}E & <F>";

const R: Rect = Rect {
    x: 100.0,
    y: 150.0,
    w: 600.0,
    h: 300.0,
};

fn chart(kind: ChartKind, cats: &[&str], series: Vec<(String, Vec<Option<f64>>)>) -> Item {
    Item::Chart {
        rect: R,
        kind,
        categories: cats.iter().map(|c| c.to_string()).collect(),
        series,
        unit: "aantal personen".into(),
        title: "Instroom".into(),
    }
}

/// Six slides: text with illegal characters, every shape kind, a line
/// chart with a gap, a stacked bar chart, a table and bullets; notes on
/// slides 1 and 3 (slide 5's are blank).
fn sample() -> Deck {
    let r = R;
    let shapes = [
        ShapeKind::Ellipse,
        ShapeKind::TriangleUp,
        ShapeKind::TriangleDown,
        ShapeKind::Diamond,
        ShapeKind::Rect,
        ShapeKind::Line,
    ];
    deck_of(vec![
        (
            "Knoppen",
            vec![Item::Text {
                rect: r,
                text: format!("Tekst {NASTY}"),
                size_pt: 24.0,
                bold: true,
                colour: crate::palette::grey(0),
                middle: false,
            }],
            Some("NOTITIE-EEN"),
        ),
        (
            "Effectbeeld",
            shapes
                .iter()
                .map(|k| Item::Shape {
                    rect: r,
                    kind: *k,
                    fill: crate::palette::okabe_ito::VERMILLION,
                    label: Some("+".into()),
                })
                .collect(),
            None,
        ),
        (
            "Lijn",
            vec![chart(
                ChartKind::Line,
                &["2017", "2018", "2019"],
                vec![
                    ("Kennis".into(), vec![Some(12.5), None, Some(14.25)]),
                    ("Seizoen".into(), vec![Some(3.0), Some(4.0), Some(5.0)]),
                ],
            )],
            Some("NOTITIE-DRIE"),
        ),
        (
            "Staaf",
            vec![chart(
                ChartKind::StackedBar,
                &["Bouw", "Zorg"],
                vec![("Reeks A".into(), vec![Some(777.0), Some(888.0)])],
            )],
            None,
        ),
        (
            "Tabel",
            vec![Item::Table {
                rect: r,
                header: vec!["Maatregel".into(), "Toets".into()],
                rows: vec![vec![
                    "Vakkrachtenregeling".into(),
                    "Bedrijfseffectrapportage".into(),
                ]],
                size_pt: 18.0,
            }],
            Some("   "),
        ),
        (
            "Bullets",
            vec![Item::Bullets {
                rect: r,
                lines: vec!["een".into(), NASTY.into()],
                size_pt: 20.0,
            }],
            None,
        ),
    ])
}

/// A deck from (title, items, notes) triples.
fn deck_of(v: Vec<(&str, Vec<Item>, Option<&str>)>) -> Deck {
    let slides = v
        .into_iter()
        .map(|(t, items, n)| DeckSlide {
            title: t.into(),
            title_rect: None,
            title_pt: None,
            items,
            notes: n.map(String::from),
        })
        .collect();
    Deck {
        title: format!("Pakket {NASTY}"),
        date_words: "8 december 2026".into(),
        language: "nl-NL".into(),
        slides,
    }
}

#[test]
fn package_is_well_formed_with_and_without_notes() {
    for notes in [false, true] {
        check_package(&unzip(&write(&sample(), notes).unwrap()));
    }
}

#[test]
fn one_slide_part_per_deck_slide() {
    let deck = sample();
    let p = unzip(&write(&deck, false).unwrap());
    assert_eq!(
        names(&p, "ppt/slides/slide", ".xml").len(),
        deck.slides.len()
    );
    let pres = text(&p, "ppt/presentation.xml");
    assert_eq!(pres.matches("<p:sldId ").count(), deck.slides.len());
    assert!(
        pres.contains("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>"),
        "16:9"
    );
}

#[test]
fn titles_go_into_the_title_placeholder() {
    let deck = sample();
    let p = unzip(&write(&deck, false).unwrap());
    assert!(text(&p, "ppt/slideLayouts/slideLayout1.xml").contains("<p:ph type=\"title\"/>"));
    assert!(text(&p, "ppt/slideLayouts/slideLayout1.xml").contains("type=\"titleOnly\""));
    for (i, s) in deck.slides.iter().enumerate() {
        let x = text(&p, &format!("ppt/slides/slide{}.xml", i + 1));
        let ph = x.find("<p:ph type=\"title\"/>").expect("title placeholder");
        assert!(x[ph..].contains(&format!("<a:t>{}</a:t>", s.title)));
        assert!(
            text(&p, &format!("ppt/slides/_rels/slide{}.xml.rels", i + 1))
                .contains("slideLayout1.xml")
        );
    }
}

#[test]
fn each_chart_has_a_part_with_its_numbers_and_a_workbook() {
    let p = unzip(&write(&sample(), false).unwrap());
    assert_eq!(names(&p, "ppt/charts/chart", ".xml").len(), 2);
    let c1 = text(&p, "ppt/charts/chart1.xml");
    for v in [
        "<c:lineChart>",
        "<c:v>2017</c:v>",
        "<c:v>2019</c:v>",
        "<c:v>12.5</c:v>",
        "<c:v>14.25</c:v>",
        "<c:v>Kennis</c:v>",
        "aantal personen",
        "<c:dispBlanksAs val=\"gap\"/>",
    ] {
        assert!(c1.contains(v), "chart1 lacks {v}");
    }
    // The None gap is a missing point, not a zero.
    assert!(!c1.contains("<c:pt idx=\"1\"><c:v>0</c:v>"));
    assert!(
        c1.contains("<c:ptCount val=\"3\"/><c:pt idx=\"0\"><c:v>12.5</c:v></c:pt><c:pt idx=\"2\">")
    );
    let c2 = text(&p, "ppt/charts/chart2.xml");
    assert!(
        c2.contains("<c:grouping val=\"stacked\"/>") && c2.contains("<c:overlap val=\"100\"/>")
    );
    assert!(c2.contains("<c:v>777</c:v>") && c2.contains("<c:v>Bouw</c:v>"));
    assert!(text(&p, "ppt/slides/_rels/slide3.xml.rels").contains("../charts/chart1.xml"));
    assert!(text(&p, "ppt/slides/slide3.xml").contains("drawingml/2006/chart"));
    for k in 1..=2 {
        assert!(
            text(&p, &format!("ppt/charts/_rels/chart{k}.xml.rels"))
                .contains("relationships/package")
        );
        let book = unzip(&p[&format!("ppt/embeddings/Microsoft_Excel_Worksheet{k}.xlsx")]);
        let sheet = text(&book, "xl/worksheets/sheet1.xml");
        let strings = text(&book, "xl/sharedStrings.xml");
        if k == 1 {
            assert!(sheet.contains("<v>12.5</v>") && sheet.contains("<v>14.25</v>"));
            assert!(
                strings.contains("2018")
                    && strings.contains("Kennis")
                    && strings.contains("aantal personen")
            );
            assert!(!sheet.contains("r=\"B3\""), "gap cell left empty");
        }
    }
}

#[test]
fn notes_only_with_notes() {
    let p = unzip(&write(&sample(), false).unwrap());
    assert!(
        p.keys().all(|k| !k.contains("notes")),
        "notes parts without --notes"
    );
    for (k, v) in &p {
        let s = String::from_utf8_lossy(v);
        assert!(!s.contains("NOTITIE"), "notes text in {k}");
        assert!(
            !s.contains("notesSlide") && !s.contains("notesMaster"),
            "notes reference in {k}"
        );
    }
    let p = unzip(&write(&sample(), true).unwrap());
    // Slides 1 and 3 have notes; slide 5's blank notes give no part.
    assert_eq!(names(&p, "ppt/notesSlides/notesSlide", ".xml").len(), 2);
    assert!(text(&p, "ppt/notesSlides/notesSlide1.xml").contains("NOTITIE-EEN"));
    assert!(text(&p, "ppt/notesSlides/notesSlide3.xml").contains("NOTITIE-DRIE"));
    assert!(text(&p, "ppt/slides/_rels/slide3.xml.rels").contains("notesSlide3.xml"));
    assert!(p.contains_key("ppt/notesMasters/notesMaster1.xml"));
    assert!(text(&p, "ppt/presentation.xml").contains("<p:notesMasterIdLst>"));
    for (k, v) in &p {
        if k.starts_with("ppt/slides/") {
            assert!(
                !String::from_utf8_lossy(v).contains("NOTITIE"),
                "notes text on slide {k}"
            );
        }
    }
}

#[test]
fn document_properties_carry_title_date_language() {
    let p = unzip(&package::write_deck(&sample(), false, 1_796_688_000).unwrap());
    let core = text(&p, "docProps/core.xml");
    assert!(core.contains("<dc:title>Pakket A B CDE &amp; &lt;F&gt;</dc:title>"));
    assert!(core.contains("<dc:language>nl-NL</dc:language>"));
    assert!(core.contains(">2026-12-08T00:00:00Z</dcterms:created>"));
    assert!(
        text(&p, "docProps/custom.xml")
            .contains("name=\"Datum\"><vt:lpwstr>8 december 2026</vt:lpwstr>")
    );
    assert!(text(&p, "docProps/app.xml").contains("<Slides>6</Slides>"));
    assert!(text(&p, "_rels/.rels").contains("docProps/core.xml"));
}

#[test]
// A soft line break or page break (U+000B, U+000C) becomes a space, as in every Office file;
// the other forbidden characters are dropped.
fn illegal_characters_are_dropped() {
    assert_eq!(xml::esc(NASTY), "A B CDE &amp; &lt;F&gt;");
    assert_eq!(xml::esc("tab\tnl\n"), "tab\tnl\n");
    let p = unzip(&write(&sample(), true).unwrap());
    assert!(text(&p, "ppt/slides/slide1.xml").contains("<a:t>Tekst A B CDE &amp; &lt;F&gt;</a:t>"));
    assert!(text(&p, "ppt/slides/slide6.xml").contains("<a:t>A B CDE &amp; &lt;F&gt;</a:t>"));
}

#[test]
fn chart_series_must_match_categories() {
    let mut deck = sample();
    deck.slides[2].items = vec![Item::Chart {
        rect: Rect::new(0.0, 0.0, 10.0, 10.0),
        kind: ChartKind::Bar,
        categories: vec!["a".into(), "b".into()],
        series: vec![("s".into(), vec![Some(1.0)])],
        unit: String::new(),
        title: String::new(),
    }];
    assert!(matches!(write(&deck, false), Err(PptxError::Invalid(_))));
}

#[test]
fn tables_are_real_tables_with_whole_words() {
    let p = unzip(&write(&sample(), false).unwrap());
    let x = text(&p, "ppt/slides/slide5.xml");
    assert!(x.contains("<a:tbl>") && x.contains("<a:t>Bedrijfseffectrapportage</a:t>"));
    // Grid columns add up to the frame width, as PowerPoint expects.
    let frame = &x[x.find("<p:xfrm>").unwrap()..];
    let cx: i64 = frame
        .split("<a:ext cx=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .parse()
        .unwrap();
    let sum: i64 = x
        .split("<a:gridCol w=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().parse::<i64>().unwrap())
        .sum();
    assert!((cx - sum).abs() < 100, "{cx} vs {sum}");
}

#[test]
fn text_shrinks_only_when_it_must() {
    assert_eq!(
        fit::fit_size(&["Kort"], 24.0, false, 400.0, 40.0, 0.0),
        24.0
    );
    let long = "woord ".repeat(200);
    let s = fit::fit_size(&[long.as_str()], 24.0, false, 400.0, 100.0, 0.0);
    assert!((fit::MIN_PT..24.0).contains(&s));
    assert_eq!(package::w3c_datetime(0), "1970-01-01T00:00:00Z");
    assert_eq!(package::w3c_datetime(951_782_400), "2000-02-29T00:00:00Z");
}
