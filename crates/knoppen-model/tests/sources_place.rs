//! A catalogue source read in its embedded document: its passage, context and highlights; and
//! every reference of the built-in catalogue landing on a passage.

use knoppen_model::catalogue::{Catalogue, Source};
use knoppen_model::sources::{Library, Miss, Owner, cites, index, place, text};

fn source(doc: &str, line: u32, quote: Option<&str>) -> Source {
    Source {
        doc: doc.into(),
        at: String::new(),
        line: Some(line),
        quote: quote.map(str::to_owned),
    }
}

#[test]
fn documents_are_found_by_the_catalogues_file_name() {
    let catalogue = Catalogue::builtin().catalogue;
    for d in &catalogue.documents {
        assert!(text(&d.file).is_some(), "{} has no embedded text", d.file);
    }
    assert!(text("000.txt").is_none());
    let library = Library::for_catalogue(&catalogue);
    assert_eq!(library.docs().len(), 5);
    assert!(library.get("001").is_some());
}

#[test]
fn a_source_is_placed_on_its_passage_with_context_and_highlight() {
    let library = Library::builtin();
    let p = place(library, &source("001", 37, None), 2).expect("placed");
    assert_eq!((p.passage.first(), p.passage.last()), (33, 40));
    let first = p.lines.first().map(|l| l.0);
    let last = p.lines.last().map(|l| l.0);
    assert_eq!((first, last), (Some(31), Some(42)));
    assert_eq!(p.highlights.len(), 1);
    assert_eq!(p.highlights[0].line, 37);
    assert_eq!(p.marks(37).count(), 1);

    let q = "over een arbeidsmigratietop beleggen om arbeidsmigratie in de toekomst";
    let p = place(library, &source("001", 82, Some(q)), 1).expect("quote found");
    let lines: Vec<usize> = p.highlights.iter().map(|h| h.line).collect();
    assert_eq!(lines, [82, 83]);
}

#[test]
fn misses_are_named() {
    let library = Library::builtin();
    let miss = |s: Source| place(library, &s, 1).err();
    assert_eq!(miss(source("009", 1, None)), Some(Miss::Document));
    assert_eq!(miss(source("001", 99_999, None)), Some(Miss::Outside));
    assert_eq!(miss(source("003", 27, None)), Some(Miss::NoPassage));
    let elsewhere = "Motie van de leden Inge van Dijk";
    assert_eq!(miss(source("001", 224, Some(elsewhere))), Some(Miss::Quote));
    assert_eq!(
        miss(source("001", 37, Some("staat er niet"))),
        Some(Miss::Quote)
    );
}

#[test]
fn every_reference_of_the_builtin_catalogue_lands_on_a_passage() {
    let catalogue = Catalogue::builtin().catalogue;
    let library = Library::for_catalogue(&catalogue);
    let all = cites(&catalogue);
    assert!(all.len() > 400, "{} references", all.len());
    let idx = index(&catalogue, &library);
    assert!(idx.unplaced().is_empty(), "{:?}", idx.unplaced());
    // The 2025 restatement on statushouders is a statement; a measure cites 001 l.37's passage.
    let d = library.get("001").expect("001");
    let p = d.passage_at(37).expect("passage");
    assert!(
        idx.cited_by("001", p.index)
            .iter()
            .any(|(o, _)| matches!(o, Owner::Measure(_)))
    );
}
