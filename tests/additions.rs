//! The user's own catalogue: layered over the built-in one, never changing it; every fact with
//! a quote and a place; shared by export and import, refusing what is already there.

mod common;

use knoppen::catalogue::additions::{self, Change, Conflict, Draft, Problem, SourceDraft};
use knoppen::catalogue::{
    Catalogue, CatalogueFile, CorrectedField, DocumentKind, LinkKind, Status, Stream,
};

/// A letter of 2026 with a step, a new measure and a correction, as a user file.
const LETTER: &str = r#"(
    documents: [
        (id: "eigen-brief-2026", file: "", title: "Kamerbrief voortgang arbeidsmigratie", short: "Kamerbrief maart 2026",
         rank: 10, date: "2026-03-02", kind: Some(Letter)),
    ],
    measures: [
        (
            id: "arbeid.nieuw-register",
            title: "Register voor arbeidsmigranten",
            stream: Arbeid,
            summary: "Een register van arbeidsmigranten bij gemeenten.",
            effect: Some((symbol: "0")),
            horizon: (text: "KT", terms: [KT]),
            implementation: "2027",
            instrument: (text: "Wetswijziging", kinds: [Law]),
            ministries: ["SZW"],
            links: [(to: "arbeid.etk", kind: Continues, source: (doc: "eigen-brief-2026", at: "§2", quote: "bouwt voort op"))],
            sources: [(doc: "eigen-brief-2026", at: "§2, alinea 1", quote: "Het kabinet richt een register in.")],
        ),
    ],
    steps: [
        (measure: "arbeid.etk", date: "2026-03-02", status: BillInParliament, text: "Wetsvoorstel naar de Kamer.",
         source: (doc: "eigen-brief-2026", at: "p. 3", quote: "Het wetsvoorstel is ingediend.")),
    ],
    corrections: [
        (measure: "arbeid.etk", field: Implementation, value: "per 1 januari 2027",
         source: (doc: "eigen-brief-2026", at: "p. 4", quote: "De invoering volgt per 1 januari 2027.")),
    ],
)
"#;

fn folder(test: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let dir = common::temp(test, "catalogue");
    std::fs::create_dir_all(&dir).expect("dir");
    for (name, text) in files {
        std::fs::write(dir.join(name), text).expect("write");
    }
    dir
}

#[test]
fn the_user_folder_adds_documents_measures_steps_and_corrections() {
    let dir = folder("adds", &[("brief-2026.ron", LETTER)]);
    let report = additions::layered(Some(&dir));
    assert!(report.errors.is_empty(), "{:#?}", report.errors);
    let c = &report.catalogue;
    let builtin = Catalogue::builtin().catalogue;
    assert_eq!(c.measures.len(), builtin.measures.len() + 1);
    assert!(c.get("arbeid.nieuw-register").is_some());
    let etk = c.get("arbeid.etk").expect("etk");
    let step = etk.latest_step().expect("a step");
    assert_eq!(step.status, Status::BillInParliament);
    assert_eq!(
        step.source.quote.as_deref(),
        Some("Het wetsvoorstel is ingediend.")
    );
    // The correction keeps what the built-in data said.
    let before = builtin
        .get("arbeid.etk")
        .expect("etk")
        .implementation
        .clone();
    assert_eq!(etk.implementation, "per 1 januari 2027");
    assert_eq!(etk.corrections.len(), 1);
    assert_eq!(etk.corrections[0].before, before);
    assert_eq!(etk.corrections[0].field, CorrectedField::Implementation);
}

#[test]
fn the_overlay_never_alters_the_built_in_data() {
    let before = Catalogue::builtin().catalogue;
    let dir = folder("overlay", &[("brief-2026.ron", LETTER)]);
    let _ = additions::layered(Some(&dir));
    let after = Catalogue::builtin().catalogue;
    assert_eq!(before.measures, after.measures);
    // Every built-in measure the letter does not touch is the same in the layered catalogue.
    let layered = additions::layered(Some(&dir)).catalogue;
    for m in &before.measures {
        if m.id != "arbeid.etk" {
            assert_eq!(Some(m), layered.get(&m.id), "{}", m.id);
        }
    }
}

#[test]
fn a_missing_quote_or_place_is_a_located_error_and_the_entry_is_left_out() {
    let no_quote = LETTER.replace(r#", quote: "Het wetsvoorstel is ingediend.""#, "");
    let dir = folder("quote", &[("brief.ron", &no_quote)]);
    let report = additions::layered(Some(&dir));
    let shown: Vec<String> = report.errors.iter().map(ToString::to_string).collect();
    assert!(
        shown
            .iter()
            .any(|e| e.contains("brief.ron:") && e.contains("source.quote")),
        "{shown:#?}"
    );
    let etk = report.catalogue.get("arbeid.etk").expect("etk");
    assert!(etk.lineage.iter().all(|s| s.date != "2026-03-02"));

    let no_place = LETTER.replace(r#"at: "§2, alinea 1", "#, r#"at: "", "#);
    let dir = folder("place", &[("brief.ron", &no_place)]);
    let report = additions::layered(Some(&dir));
    let e = report
        .errors
        .iter()
        .find(|e| e.field == "source.at")
        .expect("place error");
    assert!(e.line > 1, "located: {e}");
    assert!(report.catalogue.get("arbeid.nieuw-register").is_none());
}

#[test]
fn an_unknown_link_is_reported() {
    let bad = LETTER.replace(r#"to: "arbeid.etk""#, r#"to: "arbeid.bestaat-niet""#);
    let dir = folder("link", &[("brief.ron", &bad)]);
    let report = additions::layered(Some(&dir));
    assert!(
        report
            .errors
            .iter()
            .any(|e| e.field == "links.to" && e.message.contains("arbeid.bestaat-niet")),
        "{:#?}",
        report.errors
    );
}

fn source(doc: &str) -> SourceDraft {
    SourceDraft {
        doc: doc.into(),
        at: "p. 2".into(),
        quote: "Zo staat het er.".into(),
    }
}

#[test]
fn drafts_need_a_quote_a_place_and_known_references() {
    let c = Catalogue::builtin().catalogue;
    let step = |src: SourceDraft, measure: &str| {
        Draft::Step(additions::StepDraft {
            measure: measure.into(),
            date: "2026-01".into(),
            status: Status::Announced,
            text: "Aangekondigd.".into(),
            source: src,
        })
    };
    let mut no_quote = source("003");
    no_quote.quote = "  ".into();
    assert_eq!(
        additions::build(&step(no_quote, "arbeid.etk"), &c),
        Err(vec![Problem::Missing("quote")])
    );
    let mut no_place = source("003");
    no_place.at.clear();
    assert_eq!(
        additions::build(&step(no_place, "arbeid.etk"), &c),
        Err(vec![Problem::Missing("at")])
    );
    assert_eq!(
        additions::build(&step(source("003"), "arbeid.geen"), &c),
        Err(vec![Problem::UnknownMeasure])
    );
    assert_eq!(
        additions::build(&step(source("999"), "arbeid.etk"), &c),
        Err(vec![Problem::UnknownDocument])
    );
    assert!(additions::build(&step(source("003"), "arbeid.etk"), &c).is_ok());
}

#[test]
fn a_document_a_step_and_a_measure_from_drafts_join_the_catalogue() {
    let dir = common::temp("drafts", "catalogue");
    let start = additions::layered(Some(&dir)).catalogue;
    let doc = Draft::Document(additions::DocumentDraft {
        title: "Kamerbrief 2026".into(),
        date: "2026-02-10".into(),
        kind: DocumentKind::Letter,
        path: String::new(),
    });
    let entries = additions::build(&doc, &start).expect("document");
    let doc_id = entries.documents[0].id.clone();
    let (own, report) =
        additions::add(Some(&dir), &CatalogueFile::default(), entries).expect("added");
    let c = report.catalogue;
    let measure = Draft::Measure(additions::MeasureDraft {
        title: "Nieuwe maatregel".into(),
        stream: Stream::Arbeid,
        effect: "-".into(),
        basis: "minder instroom".into(),
        horizon: "middellange termijn".into(),
        implementation: "2027".into(),
        instrument: "AMvB".into(),
        ministries: "SZW, JenV".into(),
        summary: "Kort gezegd.".into(),
        links: vec![("arbeid.etk".into(), LinkKind::Replaces)],
        source: source(&doc_id),
    });
    let entries = additions::build(&measure, &c).expect("measure");
    let (own, report) = additions::add(Some(&dir), &own, entries).expect("added");
    let added = report
        .catalogue
        .measures
        .iter()
        .find(|m| m.title == "Nieuwe maatregel")
        .expect("in the catalogue");
    assert_eq!(added.links[0].kind, LinkKind::Replaces);
    let changes = additions::changes(&own, &report.catalogue);
    assert!(matches!(changes[0], Change::Document(_)));
    assert!(matches!(changes[1], Change::NewMeasure { .. }));
}

#[test]
fn export_and_import_round_trip_and_a_second_import_is_refused() {
    let dir = folder("export", &[("brief.ron", LETTER)]);
    let (all, errors) = additions::read_all(&dir);
    assert!(errors.is_empty());
    let text = additions::to_text(&all).expect("text");
    // A colleague imports it into an empty folder.
    let theirs = common::temp("import", "catalogue");
    let file: CatalogueFile =
        knoppen::catalogue::load::parse_ron(std::path::Path::new("x.ron"), &text).expect("parse");
    let current = additions::layered(Some(&theirs)).catalogue;
    let (own, report) =
        additions::import(Some(&theirs), &CatalogueFile::default(), &file, &current)
            .expect("imported");
    assert!(report.catalogue.get("arbeid.nieuw-register").is_some());
    assert_eq!(own, file);
    // The same file again: refused, every conflict named, nothing changed.
    let conflicts =
        additions::import(Some(&theirs), &own, &file, &report.catalogue).expect_err("refused");
    assert!(conflicts.contains(&Conflict::DocumentExists(
        "Kamerbrief voortgang arbeidsmigratie".into()
    )));
    assert!(conflicts.contains(&Conflict::MeasureExists(
        "Register voor arbeidsmigranten".into()
    )));
    assert!(
        conflicts
            .iter()
            .any(|c| matches!(c, Conflict::StepExists(_, d) if d == "2026-03-02"))
    );
    assert!(conflicts.iter().any(|c| matches!(
        c,
        Conflict::CorrectionConflicts(_, CorrectedField::Implementation)
    )));
}

#[test]
fn a_stale_problem_in_the_own_file_does_not_refuse_an_unrelated_addition() {
    let dir = common::temp("stale", "catalogue");
    // The own file already holds a step whose measure is gone (a problem the loader reports),
    // recorded after a document, so that adding a measure moves it down the file.
    let mut own: CatalogueFile =
        knoppen::catalogue::load::parse_ron(std::path::Path::new("brief.ron"), LETTER)
            .expect("letter");
    own.steps[0].measure = "arbeid.bestaat-niet-meer".into();
    let start = additions::layered_with(Some(&dir), &own);
    assert!(
        !start.errors.is_empty(),
        "the stale step is a problem already"
    );
    let measure = Draft::Measure(additions::MeasureDraft {
        title: "Een tweede register".into(),
        stream: Stream::Arbeid,
        effect: "0".into(),
        basis: String::new(),
        horizon: "KT".into(),
        implementation: "2027".into(),
        instrument: "AMvB".into(),
        ministries: "SZW".into(),
        summary: "Kort gezegd.".into(),
        links: Vec::new(),
        source: source("eigen-brief-2026"),
    });
    let entries = additions::build(&measure, &start.catalogue).expect("measure");
    let added = additions::add(Some(&dir), &own, entries);
    assert!(added.is_ok(), "{added:?}");
}

/// The letter's file as one entry each: its document, measure, step and correction.
fn letter() -> CatalogueFile {
    knoppen::catalogue::load::parse_ron(std::path::Path::new("brief.ron"), LETTER).expect("letter")
}

#[test]
fn a_save_keeps_what_another_writer_added_and_drops_only_what_this_one_removed() {
    let l = letter();
    let only = |f: &dyn Fn(&mut CatalogueFile)| {
        let mut c = CatalogueFile::default();
        f(&mut c);
        c
    };
    // Read when it held the document and the step; since then another writer added the
    // correction, and this window added the measure and removed the step.
    let saved = only(&|c| {
        c.documents = l.documents.clone();
        c.steps = l.steps.clone();
    });
    let disk = only(&|c| {
        c.documents = l.documents.clone();
        c.steps = l.steps.clone();
        c.corrections = l.corrections.clone();
    });
    let own = only(&|c| {
        c.documents = l.documents.clone();
        c.measures = l.measures.clone();
    });
    let merged = additions::merge(&disk, &saved, &own);
    assert_eq!(merged.documents, l.documents);
    assert_eq!(merged.measures, l.measures, "this window's addition");
    assert_eq!(
        merged.corrections, l.corrections,
        "the other writer's addition"
    );
    assert!(merged.steps.is_empty(), "this window's removal");
}

#[test]
fn imports_run_side_by_side_all_land() {
    let data = common::temp("parallel-imports", "data");
    std::fs::create_dir_all(&data).expect("dir");
    let files: Vec<std::path::PathBuf> = (0..6)
        .map(|i| {
            let path = data.join(format!("brief-{i}.ron"));
            let text = LETTER
                .replace("eigen-brief-2026", &format!("eigen-brief-{i}"))
                .replace(
                    "Kamerbrief voortgang arbeidsmigratie",
                    &format!("Kamerbrief {i}"),
                )
                .replace("arbeid.nieuw-register", &format!("arbeid.register-{i}"))
                .replace("Register voor arbeidsmigranten", &format!("Register {i}"))
                .replace("2026-03-02", &format!("2026-03-0{}", i + 1));
            // One addition each: the document and its measure (no shared step or correction).
            let text = text
                .split("    steps: [")
                .next()
                .map(|head| format!("{head})"))
                .unwrap_or_default();
            std::fs::write(&path, text).expect("write");
            path
        })
        .collect();
    let children: Vec<_> = files
        .iter()
        .map(|f| {
            common::cli()
                .env("KNOPPEN_USER_DATA", &data)
                .args(["catalogue", "import"])
                .arg(f)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().expect("wait");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let dir = additions::catalogue_dir(&data);
    let own = additions::read_own(&dir).expect("the own file");
    assert_eq!(
        own.measures.len(),
        6,
        "every import landed: {:?}",
        own.measures.iter().map(|m| &m.id).collect::<Vec<_>>()
    );
}
