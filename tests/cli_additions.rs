//! The command line with `--user-data`: listing built-in plus added measures, sharing additions.

mod common;

use common::run_cli as knoppen;

const LETTER: &str = r#"(
    documents: [(id: "eigen-brief-2026", file: "", title: "Kamerbrief 2026", short: "Kamerbrief 2026",
                 rank: 10, date: "2026-03-02", kind: Some(Letter))],
    measures: [(
        id: "arbeid.nieuw-register", title: "Register voor arbeidsmigranten", stream: Arbeid,
        summary: "Een register.", effect: Some((symbol: "0")), horizon: (text: "KT", terms: [KT]),
        implementation: "2027", instrument: (text: "Wet", kinds: [Law]),
        sources: [(doc: "eigen-brief-2026", at: "§2", quote: "Het kabinet richt een register in.")],
    )],
)
"#;

fn user_data(test: &str) -> std::path::PathBuf {
    let root = common::temp(test, "user");
    let dir = root.join("catalogue");
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(dir.join("brief.ron"), LETTER).expect("write");
    root
}

fn ids(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).expect("json");
    v["measures"]
        .as_array()
        .expect("measures")
        .iter()
        .filter_map(|m| m["id"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn catalogue_lists_built_in_and_added_measures() {
    let root = user_data("cli-list");
    let dir = root.to_string_lossy().into_owned();
    let (code, out, err) = knoppen(&["--user-data", &dir, "catalogue", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let listed = ids(&out);
    let builtin = knoppen::catalogue::Catalogue::builtin()
        .catalogue
        .measures
        .len();
    assert_eq!(listed.len(), builtin + 1);
    assert!(listed.contains(&"arbeid.nieuw-register".to_owned()));
    // The option may also follow the subcommand.
    let (code, out, _) = knoppen(&["catalogue", "--format", "json", "--user-data", &dir]);
    assert_eq!(code, 0);
    assert_eq!(ids(&out).len(), builtin + 1);
}

#[test]
fn export_then_import_into_another_folder_and_refuse_it_twice() {
    let root = user_data("cli-share");
    let dir = root.to_string_lossy().into_owned();
    let file = root.join("gedeeld.ron");
    let out = file.to_string_lossy().into_owned();
    let (code, _, err) = knoppen(&[
        "--user-data",
        &dir,
        "catalogue",
        "export-additions",
        "-o",
        &out,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(file.is_file());

    let theirs = common::temp("cli-share-theirs", "user");
    let theirs_s = theirs.to_string_lossy().into_owned();
    let (code, stdout, err) = knoppen(&["--user-data", &theirs_s, "catalogue", "import", &out]);
    assert_eq!(code, 0, "{err}");
    assert!(!stdout.is_empty() || !err.is_empty());
    let (_, listed, _) = knoppen(&["--user-data", &theirs_s, "catalogue", "--format", "json"]);
    assert!(ids(&listed).contains(&"arbeid.nieuw-register".to_owned()));

    let (code, _, err) = knoppen(&["--user-data", &theirs_s, "catalogue", "import", &out]);
    assert_eq!(code, 1, "refused the second time");
    assert!(err.contains("Register voor arbeidsmigranten"), "{err}");
    assert!(err.contains("Kamerbrief 2026"), "{err}");
}

#[test]
fn an_import_with_a_missing_quote_is_refused_with_its_place() {
    let theirs = common::temp("cli-bad", "user");
    let bad = theirs.parent().expect("dir").join("bad.ron");
    std::fs::write(
        &bad,
        LETTER.replace(r#", quote: "Het kabinet richt een register in.""#, ""),
    )
    .expect("write");
    let (code, _, err) = knoppen(&[
        "--user-data",
        &theirs.to_string_lossy(),
        "catalogue",
        "import",
        &bad.to_string_lossy(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("source.quote"), "{err}");
}
