//! The note in Word and the tables in Excel, read back the way Word and Excel would: unzip the
//! file and look at the document's XML for headings, table rows, cell types and values.

mod common;

use common::office::{Cell, read_xlsx, unzip, word_paragraphs, word_rows};
use knoppen::catalogue::Catalogue;
use knoppen::catalogue::figures::Value;
use knoppen::month::Date;
use knoppen::package::Package;
use knoppen::report::{Block, Report, build};

/// A package with a note, a weight and a measure the catalogue lacks.
fn report() -> Report {
    let mut p = Package::from_ids(
        "Variant C & co",
        [
            "arbeid.etk",
            "arbeid.zoekperiode-kennismigranten",
            "arbeid.eures",
            "arbeid.bestaat-niet",
        ],
    );
    if let Some(i) = p.item_mut("arbeid.etk") {
        i.note = "Navragen bij Fin <eerst>".into();
        i.weight = Some(2.0);
    }
    p.decision_date = Some("2027-01".into());
    let c = Catalogue::builtin().catalogue;
    // With the meeting's own notes: the tests read them in the note.
    build(&p, &c, Date::new(2026, 11, 30).expect("date")).with_private_notes(true)
}

fn catalogue() -> Catalogue {
    Catalogue::builtin().catalogue
}

#[test]
fn the_word_note_has_real_headings_in_the_notes_order() {
    let r = report();
    let parts = unzip(&knoppen::office::docx::note(&r.note()).expect("a docx"));
    let doc = &parts["word/document.xml"];
    let paragraphs = word_paragraphs(doc);
    let headings: Vec<(&str, &str)> = paragraphs
        .iter()
        .filter_map(|(s, t)| {
            s.as_deref()
                .filter(|s| s.starts_with("Heading"))
                .map(|s| (s, t.as_str()))
        })
        .collect();
    let note = r.note();
    let mut expected = vec![("Heading1", note.title.as_str())];
    expected.extend(
        note.sections
            .iter()
            .map(|s| ("Heading2", s.heading.as_str())),
    );
    assert_eq!(headings, expected);
    // Word's own heading styles, so a table of contents and a ministry template pick them up.
    let styles = &parts["word/styles.xml"];
    assert!(styles.contains(r#"w:styleId="Heading1""#), "{styles}");
    assert!(styles.contains(r#"<w:name w:val="heading 1""#), "{styles}");
    assert!(styles.contains(r#"<w:name w:val="heading 2""#), "{styles}");
    assert!(
        styles.contains("w:outlineLvl"),
        "headings carry an outline level"
    );
}

#[test]
fn the_word_note_has_each_table_row_of_the_note() {
    let r = report();
    let doc = &unzip(&knoppen::office::docx::note(&r.note()).expect("a docx"))["word/document.xml"];
    let rows = word_rows(doc);
    let expected: Vec<Vec<String>> = r
        .note()
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Table { header, rows } => Some(std::iter::once(header).chain(rows)),
            _ => None,
        })
        .flatten()
        .cloned()
        .collect();
    assert_eq!(rows, expected);
    // A measure's title and its sign in one row, the sign in the effect column.
    let etk = rows
        .iter()
        .find(|r| r[0].starts_with("Aanpassing vrijstelling Extraterritoriale Kosten"))
        .expect("ETK row");
    assert!(
        etk[1].starts_with("beperkend (-)"),
        "the sign with its meaning: {etk:?}"
    );
    assert!(
        etk.iter().any(|c| c == "Navragen bij Fin <eerst>"),
        "{etk:?}"
    );
}

#[test]
fn the_word_note_has_page_numbers_and_no_file_numbers() {
    let parts = unzip(&knoppen::office::docx::note(&report().note()).expect("a docx"));
    let footer = parts
        .iter()
        .find(|(k, _)| k.starts_with("word/footer"))
        .map(|(_, v)| v)
        .expect("a footer");
    assert!(footer.contains("PAGE"), "{footer}");
    let doc = &parts["word/document.xml"];
    let text = common::office::word_text(doc);
    for id in ["000_", "002_", ".txt", "arbeid.etk", "(r. "] {
        assert!(!text.contains(id), "'{id}' in the Word note");
    }
    // Sources by the documents' names, as the Markdown note has them.
    let md = report().to_markdown();
    let sources = md.split("## Bronnen").nth(1).expect("sources");
    for line in sources.lines().filter_map(|l| l.strip_prefix("- ")) {
        assert!(text.contains(&line.replace("\\|", "|")), "{line}");
    }
}

#[test]
fn the_package_workbook_has_measures_verdicts_and_timeline() {
    let r = report();
    let book = read_xlsx(&knoppen::office::xlsx::package(&r).expect("an xlsx"));
    assert_eq!(book.names(), ["Maatregelen", "Oordeel", "Tijdlijn"]);
    let rows = book.rows("Maatregelen");
    let header: Vec<String> = rows[0].iter().flatten().map(Cell::text).collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
    };
    let etk = rows
        .iter()
        .find(|row| {
            row[0]
                .as_ref()
                .is_some_and(|c| c.text().starts_with("Aanpassing vrijstelling"))
        })
        .expect("ETK row");
    assert_eq!(etk[col("Effect")], Some(Cell::Text("beperkend (-)".into())));
    assert_eq!(etk[col("Richting")], Some(Cell::Text("beperkend".into())));
    assert_eq!(etk[col("Weging overleg")], Some(Cell::Number(2.0)));
    assert_eq!(
        etk[col("Notitie")],
        Some(Cell::Text("Navragen bij Fin <eerst>".into()))
    );
    assert_eq!(rows.len(), 1 + r.measures.len(), "one row per measure");
    // Counts are numbers one can sum.
    let verdicts = book.rows("Oordeel");
    assert_eq!(verdicts[1][0], Some(Cell::Text("Totaal".into())));
    assert_eq!(
        verdicts[1][2],
        Some(Cell::Number(f64::from(r.overall.decrease)))
    );
    // Lead times in months, as numbers.
    let timeline = book.rows("Tijdlijn");
    assert!(timeline.len() > 1);
    assert!(
        timeline[1..]
            .iter()
            .any(|row| matches!(row[1], Some(Cell::Number(_))))
    );
    for name in book.names() {
        let xml = book.sheet_xml(name);
        assert!(
            xml.contains(r#"state="frozen""#) && xml.contains(r#"ySplit="1""#),
            "{name}: header row frozen"
        );
        assert!(xml.contains("<autoFilter"), "{name}: filters on");
        assert!(xml.contains("<col "), "{name}: column widths set");
    }
    let text: String = book.parts.values().cloned().collect();
    assert!(!text.contains("arbeid.etk"), "no ids in a sheet for people");
}

#[test]
fn a_figure_value_is_a_number_cell_with_a_dutch_number_format() {
    let c = catalogue();
    let f = c
        .figures
        .iter()
        .find(|f| f.id == "002-eu-werknemers-2017-2021")
        .expect("figure");
    let book =
        read_xlsx(&knoppen::office::figures_workbook(std::slice::from_ref(f), &c).expect("xlsx"));
    let (name, cells) = &book.sheets[1];
    let first = f.series[0].values[0].number().expect("a number");
    assert_eq!(cells.get(&(1, 1)), Some(&Cell::Number(first)), "{name}");
    let format = book.number_format(name, (1, 1)).expect("a number format");
    assert!(format.starts_with("#,##0"), "{format}");
    let raw = &book.attrs[1][&(1, 1)];
    assert!(
        !raw.contains("t=\"s\"") && !raw.contains("inlineStr"),
        "{raw}"
    );
    // Unit and source in the sheet, in the reader's words.
    let texts: Vec<String> = cells.values().map(Cell::text).collect();
    assert!(texts.iter().any(|t| t.contains(&f.unit)), "{texts:?}");
    let place = knoppen::strings::source_place(&c, &f.source);
    assert!(texts.iter().any(|t| t.contains(&place)), "{texts:?}");
}

#[test]
fn every_figure_round_trips_through_the_workbook() {
    let c = catalogue();
    let book = read_xlsx(&knoppen::office::figures_workbook(&c.figures, &c).expect("xlsx"));
    assert_eq!(
        book.sheets.len(),
        1 + c.figures.len(),
        "an overview and a sheet per figure"
    );
    let overview = book.rows(book.names()[0]);
    for (i, f) in c.figures.iter().enumerate() {
        assert_eq!(overview[i + 1][0], Some(Cell::Text(f.title.clone())));
        let (name, cells) = &book.sheets[i + 1];
        for (s, series) in f.series.iter().enumerate() {
            let col = u32::try_from(s).expect("few series") + 1;
            assert_eq!(
                cells.get(&(0, col)),
                Some(&Cell::Text(series.name.clone())),
                "{name}"
            );
            for (k, (cat, v)) in f.categories.iter().zip(&series.values).enumerate() {
                let row = u32::try_from(k).expect("few categories") + 1;
                assert_eq!(
                    cells.get(&(row, 0)),
                    Some(&Cell::Text(cat.clone())),
                    "{name}"
                );
                let back = cells.get(&(row, col));
                let want = match v {
                    Value::N(n) => Some(Cell::Number(*n)),
                    // The source's own mark for a value it does not have.
                    Value::Missing => Some(Cell::Text("X".into())),
                    other => Some(Cell::Text(knoppen::strings::figure_value(other))),
                };
                assert_eq!(back, want.as_ref(), "{name} {cat} {}", series.name);
            }
        }
    }
}

#[test]
fn the_catalogue_workbook_lists_every_measure_in_words() {
    let c = catalogue();
    let book = read_xlsx(&knoppen::office::catalogue_workbook(&c).expect("xlsx"));
    let rows = book.rows("Maatregelen");
    assert_eq!(rows.len(), 1 + c.measures.len());
    let etk = c.get("arbeid.etk").expect("etk");
    let row = rows
        .iter()
        .find(|r| r.iter().flatten().any(|x| x.text() == etk.title))
        .expect("etk row");
    assert!(row.iter().flatten().any(|x| x.text() == "beperkend (-)"));
    // No effect cell is a bare number Excel would flag as stored as text.
    for r in rows.iter().skip(1) {
        for cell in r.iter().flatten() {
            if let Cell::Text(t) = cell {
                assert!(t.trim().parse::<f64>().is_err(), "a number as text: {t}");
            }
        }
    }
    let text: String = book.parts.values().cloned().collect();
    assert!(!text.contains("arbeid.etk") && !text.contains(".txt"));
}

/// The hard case for a table: the worst-case package, long Dutch compounds in narrow columns.
#[test]
fn the_word_tables_keep_words_whole_repeat_their_header_and_say_effects_in_words() {
    let c = catalogue();
    let mut p = common::worst_case(&c);
    p.items
        .push(knoppen::package::Item::new("studie.collegegeld"));
    let r = build(&p, &c, Date::new(2026, 12, 7).expect("date"));
    let doc = &unzip(&knoppen::office::docx::note(&r.note()).expect("a docx"))["word/document.xml"];
    let tables = common::office::elements(doc, "w:tbl");
    assert!(!tables.is_empty());
    for (_, table) in &tables {
        // Word lays the columns out as the grid says (no autofit squeezing them to equal).
        assert!(table.contains(r#"w:type="fixed""#), "a fixed layout");
        // The first row is a header row, repeated on every page the table runs onto.
        let first_row = table.find("<w:tr>").expect("a row");
        let second_row = table[first_row + 1..]
            .find("<w:tr>")
            .map_or(table.len(), |i| i + first_row + 1);
        assert!(
            table[first_row..second_row].contains("w:tblHeader"),
            "header repeats"
        );
    }
    // Every column of every table is at least as wide as its longest word (up to 24 letters)
    // at the table's type size: 9 pt, about 100 twentieths of a point a character.
    for (_, table) in &tables {
        let grid: Vec<usize> = common::office::elements(table, "w:gridCol")
            .iter()
            .filter_map(|(attrs, _)| common::office::attr(attrs, "w:w")?.parse().ok())
            .collect();
        for row in word_rows(table) {
            for (cell, w) in row.iter().zip(&grid) {
                for word in cell.split_whitespace().filter(|w| w.chars().count() <= 24) {
                    assert!(
                        word.chars().count() * 100 + 200 <= *w,
                        "'{word}' does not fit its column of {w}"
                    );
                }
            }
        }
    }
    let text = common::office::word_text(doc);
    assert!(!text.contains(" | "), "no glued symbols");
    assert!(
        text.contains("nog onbekend (Nnb)"),
        "each option's symbol with its meaning"
    );
}

/// Text pasted from Word or PowerPoint carries characters XML 1.0 forbids (a soft line break is
/// U+000B): the note must still open in Word, with the words kept.
#[test]
fn pasted_control_characters_never_reach_the_word_file() {
    let mut p = Package::from_ids("Naam\u{b}met\u{c}regels\u{0}", ["arbeid.etk"]);
    if let Some(i) = p.item_mut("arbeid.etk") {
        i.note = "regel één\u{b}regel twee\u{fffe}".into();
    }
    let r = build(&p, &catalogue(), Date::new(2026, 12, 7).expect("date")).with_private_notes(true);
    for (name, part) in unzip(&knoppen::office::docx::note(&r.note()).expect("a docx")) {
        let bad = part.chars().find(|c| {
            let c = *c as u32;
            (c < 0x20 && ![0x9, 0xA, 0xD].contains(&c)) || c == 0xFFFE || c == 0xFFFF
        });
        assert_eq!(bad, None, "{name} holds a character XML forbids");
    }
    let doc = &unzip(&knoppen::office::docx::note(&r.note()).expect("a docx"))["word/document.xml"];
    let text = common::office::word_text(doc);
    assert!(
        text.contains("regel één") && text.contains("regel twee"),
        "{text}"
    );
}

#[test]
fn the_word_note_carries_its_title_maker_language_and_day() {
    let c = catalogue();
    let package = common::worst_case(&c);
    let r = build(&package, &c, Date::parse("2026-12-08").expect("a day"));
    let parts = unzip(&knoppen::office::docx::note(&r.note()).expect("a docx"));
    let core = &parts["docProps/core.xml"];
    assert!(
        core.contains(&format!("<dc:title>{}</dc:title>", package.name)),
        "{core}"
    );
    assert!(core.contains("<dc:creator>Knoppen</dc:creator>"), "{core}");
    assert!(
        !core.contains("unknown") && !core.contains("1970"),
        "{core}"
    );
    assert!(
        core.contains(">2026-12-08T00:00:00Z</dcterms:created>"),
        "{core}"
    );
    assert!(core.contains("<dc:language>nl-NL</dc:language>"), "{core}");
}

#[test]
fn a_title_in_brackets_never_closes_the_sentence_around_it() {
    let c = catalogue();
    let r = build(
        &common::worst_case(&c),
        &c,
        Date::parse("2026-12-08").expect("a day"),
    );
    let md = r.to_markdown();
    assert!(
        !md.contains("))"),
        "{}",
        md.lines().find(|l| l.contains("))")).unwrap_or("")
    );
}
