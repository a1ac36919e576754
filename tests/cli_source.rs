//! `knoppen source MEASURE_ID`: each of a measure's sources in its document, for a note-writer
//! to cite — the document's name, the place, the passage with the cited words marked.

mod common;

use common::run_cli as knoppen;
use knoppen::strings::{self, Lang, t};

#[test]
fn prints_each_source_with_its_document_place_and_marked_passage() {
    let (code, out, err) = knoppen(&["source", "arbeid.eures"]);
    assert_eq!(code, 0, "{err}");
    let catalogue = knoppen::catalogue::Catalogue::builtin().catalogue;
    let m = catalogue.get("arbeid.eures").expect("measure");
    assert!(out.starts_with(&m.title), "{out}");
    // The document by its name and the place, never by its file number.
    let doc = catalogue.document("004").expect("doc");
    assert!(
        out.contains(&format!("{}, Fiche 'Beter benutten EURES'", doc.short)),
        "{out}"
    );
    assert!(
        out.contains(&format!("{}, Tabel Arbeid (1/2), rij 3", doc.short)),
        "{out}"
    );
    assert!(!out.contains("004"), "no file numbers: {out}");
    // The cited line marked, inside its passage with lines around it.
    assert!(out.contains("»Maatregel: Beter benutten EURES«"), "{out}");
    assert!(out.contains("»Beter benutten EURES:«"), "{out}");
    assert!(out.contains("geen arbeidsaanbod in Nederland is."), "{out}");
    assert!(out.contains(t().source_section), "{out}");
}

#[test]
fn speaks_english_when_asked() {
    let (code, out, err) = knoppen(&["source", "arbeid.eures", "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    strings::set_lang(Lang::En);
    assert!(out.contains(t().source_section), "{out}");
    strings::set_lang(Lang::Nl);
    assert!(!out.contains(t().source_section), "{out}");
}

#[test]
fn an_unknown_measure_is_said_and_fails() {
    let (code, out, err) = knoppen(&["source", "arbeid.bestaat-niet"]);
    assert_eq!(code, 1);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains(t().not_in_catalogue), "{err}");
    assert!(err.contains("arbeid.bestaat-niet"), "{err}");
}

#[test]
fn check_seeds_places_every_source_in_the_embedded_text() {
    let Some(seeds) = common::seeds_dir() else {
        return;
    };
    let seeds = seeds.to_str().expect("utf8");
    let (code, out, err) = knoppen(&["check", "--seeds", seeds]);
    assert_eq!(code, 0, "{out}{err}");
    // A source moved onto the blank lines between two passages is a located problem.
    let dir = common::temp("check_seeds_places", "catalogue");
    std::fs::create_dir_all(&dir).expect("dir");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue");
    for e in std::fs::read_dir(&root).expect("catalogue") {
        let path = e.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("read");
        let text = text.replace(
            "at: \"Fiche 'Beter benutten EURES'\", line: Some(607)",
            "at: \"Fiche 'Beter benutten EURES'\", line: Some(605)",
        );
        std::fs::write(dir.join(path.file_name().expect("name")), text).expect("write");
    }
    let data = dir.to_str().expect("utf8");
    let (code, out, _) = knoppen(&["check", "--data", data, "--seeds", seeds]);
    assert_eq!(code, 1, "{out}");
    let problem = out
        .lines()
        .find(|l| l.contains(t().source_no_passage))
        .unwrap_or_else(|| panic!("no placement problem in {out}"));
    assert!(problem.starts_with("seeds: arbeid.eures, "), "{problem}");
    assert!(
        problem.contains("Fiche 'Beter benutten EURES', regel 605"),
        "{problem}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
