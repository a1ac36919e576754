//! The loader on good and bad files: every error names file, line, column and field, and what
//! is valid still loads.

use std::path::{Path, PathBuf};

use knoppen::catalogue::load::{self, LoadError, MAX_FILE_BYTES};

const DOCS: &str = r#"(documents: [(id: "004", short: "Lijst", rank: 1, file: "004.txt", title: "Lijst", date: "2023-04")])"#;

fn measure(id: &str, extra: &str) -> String {
    format!(
        r#"(
            id: "{id}",
            title: "Titel {id}",
            stream: Arbeid,
            summary: "Korte samenvatting.",
            effect: Some((symbol: "-")),
            horizon: (text: "MLT", terms: [MLT]),
            implementation: "PM",
            instrument: (text: "Wetswijziging", kinds: [Law]),
            sources: [(doc: "004", at: "Tabel", line: Some(1))],
            {extra}
        )"#
    )
}

fn file(measures: &[String]) -> String {
    format!("(measures: [\n{}\n])", measures.join(",\n"))
}

fn load(files: &[(&str, String)]) -> load::LoadReport {
    let mut all = vec![(PathBuf::from("documents.ron"), Ok(DOCS.to_owned()))];
    all.extend(files.iter().map(|(n, t)| (PathBuf::from(n), Ok(t.clone()))));
    load::load_sources(all)
}

fn only_error(report: &load::LoadReport) -> &LoadError {
    assert_eq!(
        report.errors.len(),
        1,
        "expected one error, got {:#?}",
        report.errors
    );
    &report.errors[0]
}

#[test]
fn a_valid_file_loads_without_errors() {
    let r = load(&[(
        "a.ron",
        file(&[measure("arbeid.a", ""), measure("arbeid.b", "")]),
    )]);
    assert!(r.errors.is_empty(), "{:#?}", r.errors);
    assert_eq!(r.catalogue.measures.len(), 2);
    assert_eq!(
        r.catalogue.get("arbeid.b").map(|m| m.title.as_str()),
        Some("Titel arbeid.b")
    );
}

#[test]
fn unknown_field_is_located_and_named() {
    let text = file(&[measure("arbeid.a", "colour: \"rood\",")]);
    let r = load(&[("a.ron", text.clone())]);
    let e = only_error(&r);
    assert_eq!(e.file, Path::new("a.ron"));
    assert_eq!(e.field, "colour");
    let line = text
        .lines()
        .position(|l| l.contains("colour"))
        .map(|i| i + 1);
    assert_eq!(Some(e.line), line);
    assert!(e.column > 1);
    assert!(e.to_string().starts_with(&format!("a.ron:{}:", e.line)));
}

#[test]
fn wrong_type_names_the_field() {
    let text =
        file(&[measure("arbeid.a", "")]).replace("implementation: \"PM\"", "implementation: 12");
    let r = load(&[("a.ron", text.clone())]);
    let e = only_error(&r);
    assert_eq!(e.field, "implementation");
    let line = text
        .lines()
        .position(|l| l.contains("implementation: 12"))
        .map(|i| i + 1);
    assert_eq!(Some(e.line), line);
}

#[test]
fn truncated_file_is_an_error_and_other_files_still_load() {
    let good = file(&[measure("arbeid.a", "")]);
    let text = file(&[measure("arbeid.b", "")]);
    let truncated = text[..text.len() / 2].to_owned();
    let r = load(&[("good.ron", good), ("bad.ron", truncated)]);
    let e = only_error(&r);
    assert_eq!(e.file, Path::new("bad.ron"));
    assert!(
        e.message.contains("truncated") || e.message.contains("end"),
        "{e}"
    );
    assert_eq!(r.catalogue.measures.len(), 1, "the good file still loads");
}

#[test]
fn empty_file_is_an_error() {
    let r = load(&[("empty.ron", "  \n".to_owned())]);
    let e = only_error(&r);
    assert_eq!((e.line, e.column), (1, 1));
    assert!(e.message.contains("empty"));
}

#[test]
fn duplicate_id_points_at_the_second_one() {
    let text = file(&[measure("arbeid.a", ""), measure("arbeid.a", "")]);
    let r = load(&[("a.ron", text.clone())]);
    let e = only_error(&r);
    assert_eq!(e.field, "id");
    let second = text
        .match_indices("\"arbeid.a\"")
        .nth(1)
        .map(|(i, _)| text[..i].lines().count());
    assert_eq!(Some(e.line), second);
    assert_eq!(r.catalogue.measures.len(), 1);
}

#[test]
fn duplicate_id_across_files_is_found() {
    let r = load(&[
        ("a.ron", file(&[measure("arbeid.a", "")])),
        ("b.ron", file(&[measure("arbeid.a", "")])),
    ]);
    let e = only_error(&r);
    assert_eq!(e.file, Path::new("b.ron"));
}

#[test]
fn dangling_link_is_reported_and_dropped() {
    let link = r#"links: [(to: "arbeid.missing", kind: SeeAlso, source: (doc: "004", at: "x"))],"#;
    let text = file(&[measure("arbeid.a", link)]);
    let r = load(&[("a.ron", text.clone())]);
    let e = only_error(&r);
    assert_eq!(e.field, "links.to");
    assert!(e.message.contains("arbeid.missing"));
    let line = text
        .lines()
        .position(|l| l.contains("arbeid.missing"))
        .map(|i| i + 1);
    assert_eq!(Some(e.line), line);
    assert!(r.catalogue.measures[0].links.is_empty());
}

#[test]
fn dangling_step_and_amendment_are_reported() {
    let steps = r#"(steps: [(measure: "arbeid.nope", date: "2024-11-14", status: Announced, text: "x", source: (doc: "004", at: "x"))],
        amend: [(id: "arbeid.niets", sources: [(doc: "004", at: "y")])])"#;
    let r = load(&[
        ("a.ron", file(&[measure("arbeid.a", "")])),
        ("s.ron", steps.to_owned()),
    ]);
    assert_eq!(r.errors.len(), 2, "{:#?}", r.errors);
    assert!(
        r.errors
            .iter()
            .any(|e| e.field == "steps.measure" && e.line == 1)
    );
    assert!(
        r.errors
            .iter()
            .any(|e| e.field == "amend.id" && e.line == 2)
    );
}

#[test]
fn measure_without_source_is_refused() {
    let text = file(&[measure("arbeid.a", "")]).replace(
        r#"sources: [(doc: "004", at: "Tabel", line: Some(1))],"#,
        "sources: [],",
    );
    let r = load(&[("a.ron", text)]);
    let e = only_error(&r);
    assert_eq!(e.field, "sources");
    assert!(r.catalogue.measures.is_empty());
}

#[test]
fn source_in_unknown_document_is_a_dangling_reference() {
    let text = file(&[measure("arbeid.a", "")]).replace(r#"doc: "004""#, r#"doc: "999""#);
    let r = load(&[("a.ron", text)]);
    assert!(
        r.errors.iter().any(|e| e.field == "sources.doc"),
        "{:#?}",
        r.errors
    );
    assert!(r.catalogue.measures.is_empty());
}

#[test]
fn effect_words_need_a_direction() {
    let text = file(&[measure("arbeid.a", "")])
        .replace(r#"symbol: "-""#, r#"symbol: "Neutraal i.r.t. instroom""#);
    let r = load(&[("a.ron", text)]);
    assert_eq!(only_error(&r).field, "effect.direction");
}

#[test]
fn oversized_file_is_refused_unread() {
    let dir = std::env::temp_dir().join(format!("knoppen-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("big.ron");
    let f = std::fs::File::create(&path).expect("create");
    // A sparse 50 MB file: refused from its size, not read.
    f.set_len(50 * 1024 * 1024).expect("set_len");
    let e = load::read_limited(&path).expect_err("must refuse");
    assert!(e.message.contains("50 MB"), "{e}");
    assert!(
        e.message
            .contains(&format!("{} MB", MAX_FILE_BYTES / 1024 / 1024))
    );
    let report = load::load_dir(&dir);
    assert_eq!(report.errors.len(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn builtin_catalogue_loads_cleanly() {
    let r = knoppen::catalogue::Catalogue::builtin();
    assert!(r.errors.is_empty(), "{:#?}", r.errors);
    assert!(r.catalogue.measures.len() >= 14);
}

#[test]
fn a_reach_number_that_is_not_a_count_is_reported_and_dropped() {
    for value in ["NaN", "inf", "-5.0", "1e308"] {
        let reach = format!(
            r#"reach: [(group: "kennismigranten", value: {value}, unit: "personen", source: (doc: "004", at: "x")),
                       (group: "studenten", value: 1200.0, unit: "personen", source: (doc: "004", at: "y"))],"#
        );
        let r = load(&[("a.ron", file(&[measure("arbeid.a", &reach)]))]);
        let e = only_error(&r);
        assert_eq!(e.field, "reach.value", "{value}");
        assert_eq!(*e.problem, load::Problem::OutOfRange);
        let m = r.catalogue.get("arbeid.a").expect("the measure stays");
        assert_eq!(m.reach.len(), 1, "{value}");
        assert_eq!(m.reach[0].value, 1200.0);
    }
}
