//! The command line as a script would use it.

mod common;

use common::run_cli as knoppen;

fn measure_count() -> usize {
    knoppen::catalogue::Catalogue::builtin()
        .catalogue
        .measures
        .len()
}

#[test]
fn catalogue_csv_has_the_columns_and_every_measure() {
    let (code, out, err) = knoppen(&["catalogue", "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("id,stream,title,effect,horizon,implementation,instrument,sources")
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), measure_count());
    let eures = rows
        .iter()
        .find(|r| r.starts_with("arbeid.eures,"))
        .expect("eures row");
    assert!(
        eures.starts_with("arbeid.eures,arbeid,Beter benutten EURES,0,"),
        "{eures}"
    );
    // Sub-items with their own signs are joined with " | ".
    let collegegeld = rows
        .iter()
        .find(|r| r.starts_with("studie.collegegeld,"))
        .expect("row");
    assert!(collegegeld.contains("- | Nnb"), "{collegegeld}");
}

#[test]
fn catalogue_json_holds_every_field() {
    let (code, out, err) = knoppen(&["catalogue", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let measures = v["measures"].as_array().expect("measures");
    assert_eq!(measures.len(), measure_count());
    let etk = measures
        .iter()
        .find(|m| m["id"] == "arbeid.etk")
        .expect("etk");
    for field in [
        "title",
        "stream",
        "summary",
        "effect",
        "horizon",
        "implementation",
        "instrument",
        "fiche",
        "variants",
        "sources",
        "direction",
    ] {
        assert!(!etk[field].is_null(), "missing {field}");
    }
    assert_eq!(etk["effect"]["symbol"], "-");
}

#[test]
fn check_passes_on_the_builtin_catalogue() {
    let (code, _, err) = knoppen(&["check"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn check_reports_located_errors_and_fails() {
    let dir = std::env::temp_dir().join(format!("knoppen-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let docs = r#"(documents: [(id: "004", short: "L", rank: 1, file: "f.txt", title: "Lijst", date: "2023-04")])"#;
    std::fs::write(dir.join("a.ron"), docs).expect("write");
    std::fs::write(
        dir.join("b.ron"),
        "(measures: [\n  (id: \"arbeid.x\", colour: 1)\n])",
    )
    .expect("write");
    let (code, out, _) = knoppen(&["check", "--data", dir.to_str().expect("utf8")]);
    assert_eq!(code, 1);
    let b = dir.join("b.ron");
    assert!(out.contains(&format!("{}:2:", b.display())), "{out}");
    assert!(out.contains("colour"), "{out}");
    // A named extra file is checked with the catalogue.
    let extra = dir.join("extra.ron");
    std::fs::write(&extra, "(steps: [(measure: \"arbeid.bestaat-niet\", date: \"2024\", status: Announced, text: \"x\", source: (doc: \"003\", at: \"x\"))])").expect("write");
    let (code, out, _) = knoppen(&["check", extra.to_str().expect("utf8")]);
    assert_eq!(code, 1);
    assert!(
        out.contains("extra.ron:1:") && out.contains("arbeid.bestaat-niet"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn report_json_has_streams_and_overall_that_add_up() {
    let (code, out, err) = knoppen(&[
        "report",
        "--measures",
        "arbeid.eures,arbeid.etk,arbeid.zoekperiode-kennismigranten,asiel.nareis,arbeid.visie-economie",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let count = |o: &serde_json::Value| {
        ["increase", "decrease", "neutral", "unknown"]
            .iter()
            .map(|k| o[k].as_u64().expect("integer"))
            .sum::<u64>()
    };
    assert_eq!(count(&v["overall"]), 5);
    assert_eq!(count(&v["streams"]["arbeid"]), 4);
    assert_eq!(count(&v["streams"]["asiel"]), 1);
    assert_eq!(v["streams"]["arbeid"]["increase"], 1);
    assert_eq!(v["streams"]["arbeid"]["unknown"], 1, "PM counts as unknown");
    assert_eq!(
        v["overall"]["verdict"],
        "gemengd: 1 verhogend, 2 beperkend, 1 onbekend"
    );
}

#[test]
fn report_from_a_file_in_every_format() {
    let dir = std::env::temp_dir().join(format!("knoppen-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("a.knoppen");
    let mut p = knoppen::package::Package::from_ids("Variant A", ["arbeid.etk", "asiel.nareis"]);
    if let Some(i) = p.item_mut("arbeid.etk") {
        i.note = "Fin <vragen>".into();
    }
    knoppen::package::save(&path, &p).expect("save");
    let file = path.to_str().expect("utf8");
    let (code, md, _) = knoppen(&["report", file, "--format", "md", "--private-notes"]);
    assert_eq!(code, 0);
    assert!(md.starts_with("# Variant A"));
    assert!(
        md.contains("| Totaal | 0 | 2 | 0 | 0 | per saldo beperkend |"),
        "{md}"
    );
    assert!(md.contains("Fin <vragen>"));
    let (_, html, _) = knoppen(&["report", file, "--format", "html", "--private-notes"]);
    assert!(html.contains("<h1>Variant A</h1>") && html.contains("Fin &lt;vragen&gt;"));
    // Without asking, the meeting's own notes stay out of the note.
    let (_, plain, _) = knoppen(&["report", file, "--format", "md"]);
    assert!(!plain.contains("Fin <vragen>"), "{plain}");
    let (_, csv, _) = knoppen(&["report", file, "--format", "csv"]);
    assert_eq!(csv.lines().count(), 3);
    // A package naming an unknown measure is located by `check`.
    std::fs::write(
        &path,
        p.to_ron()
            .expect("ron")
            .replace("asiel.nareis", "asiel.weg"),
    )
    .expect("write");
    let (code, out, _) = knoppen(&["check", file]);
    assert_eq!(code, 1);
    assert!(
        out.contains("a.knoppen:") && out.contains("asiel.weg"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn report_json_has_a_timeline_that_says_what_it_rests_on() {
    let (code, out, err) = knoppen(&[
        "report",
        "--measures",
        "arbeid.subsidieregeling-innovatie,arbeid.uitzendverbod-sectoren,arbeid.handhaving-arbeidsinspectie",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let rows = v["timeline"].as_array().expect("timeline");
    assert_eq!(rows.len(), 3);
    for r in rows {
        for field in [
            "id",
            "lead_months_min",
            "lead_months_max",
            "basis",
            "horizon",
        ] {
            assert!(r.get(field).is_some(), "{field} in {r}");
        }
        assert!(["source", "assumption", "unknown"].contains(&r["basis"].as_str().expect("basis")));
    }
    let row = |id: &str| rows.iter().find(|r| r["id"] == id).expect("row");
    // The sector ban's table says "1 tot 2 jaar".
    let ban = row("arbeid.uitzendverbod-sectoren");
    assert_eq!(ban["basis"], "source");
    assert_eq!(
        (
            ban["lead_months_min"].as_u64(),
            ban["lead_months_max"].as_u64()
        ),
        (Some(12), Some(24))
    );
    // The subsidy scheme's source gives no time: the assumption for a regulation, said so.
    assert_eq!(
        row("arbeid.subsidieregeling-innovatie")["basis"],
        "assumption"
    );
    // No time and no known instrument: unknown, with null bounds rather than a guess.
    let nla = row("arbeid.handhaving-arbeidsinspectie");
    assert_eq!(nla["basis"], "unknown");
    assert!(nla["lead_months_min"].is_null() && nla["lead_months_max"].is_null());
}

#[test]
fn report_on_a_saved_package_is_the_apps_note_with_its_assumptions() {
    use knoppen::month::Date;
    let dir = std::env::temp_dir().join(format!("knoppen-assume-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("b.knoppen");
    // VBAR's sources give no lead time: the law assumption decides its dates.
    let mut p = knoppen::package::Package::from_ids("Variant B", ["arbeid.vbar", "arbeid.etk"]);
    p.decision_date = Some("2027-01".into());
    p.assumptions.law = (36, 48);
    knoppen::package::save(&path, &p).expect("save");
    let catalogue = knoppen::catalogue::Catalogue::builtin().catalogue;
    let file = path.to_str().expect("utf8");
    for (format, render) in [
        (
            "md",
            knoppen::report::Report::to_markdown as fn(&_) -> String,
        ),
        ("html", knoppen::report::Report::to_html),
        ("json", knoppen::report::Report::to_json),
    ] {
        // The note carries today's date: allow for midnight passing while the CLI runs.
        let before = Date::today_utc();
        let (code, out, err) = knoppen(&["report", file, "--format", format]);
        let after = Date::today_utc();
        assert_eq!(code, 0, "{err}");
        let app = |d| render(&knoppen::report::build(&p, &catalogue, d));
        assert!(
            out == app(before) || out == app(after),
            "{format}: CLI\n{out}\napp\n{}",
            app(before)
        );
        if format == "md" {
            // 2027-01 + 48 months: the package's assumption, not the default 36.
            assert!(
                out.contains("Alles kan in werking zijn: januari 2031"),
                "{out}"
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn present_writes_the_deck_as_a_pdf_hand_out() {
    let dir = std::env::temp_dir().join(format!("knoppen-handout-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let package = dir.join("a.knoppen");
    let mut p = knoppen::package::Package::from_ids(
        "Variant A",
        [
            "arbeid.etk",
            "arbeid.zoekperiode-kennismigranten",
            "asiel.nareis",
        ],
    );
    if let Some(i) = p.item_mut("arbeid.etk") {
        i.note = "Fin vragen naar derving".into();
    }
    knoppen::package::save(&package, &p).expect("save");
    let catalogue = knoppen::catalogue::Catalogue::builtin().catalogue;
    let slides =
        knoppen::present::package_slides(&p, &catalogue, knoppen::month::Date::today_utc());
    for notes in [false, true] {
        let pdf = dir.join(format!("a-{notes}.pdf"));
        let mut args = vec!["present", package.to_str().expect("utf8"), "--pdf"];
        args.push(pdf.to_str().expect("utf8"));
        if notes {
            args.push("--notes");
        }
        let (code, _, err) = knoppen(&args);
        assert_eq!(code, 0, "{err}");
        let doc = lopdf::Document::load(&pdf).expect("a PDF a reader opens");
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        let text = |n: u32| doc.extract_text(&[n]).unwrap_or_default();
        assert!(text(1).contains("Variant A"), "{}", text(1));
        let all: String = pages.iter().map(|n| text(*n)).collect();
        assert!(all.contains("Extraterritoriale"), "{all}");
        assert!(!all.contains("arbeid."), "no ids on paper");
        if notes {
            assert!(
                pages.len() > slides.len(),
                "notes pages follow their slides"
            );
            assert!(all.contains("Fin vragen naar derving"));
        } else {
            assert_eq!(pages.len(), slides.len(), "one page per slide");
            assert!(
                !all.contains("Fin vragen naar derving"),
                "notes only when asked"
            );
        }
    }
    // The tracks deck, and a package that cannot be opened writes nothing.
    let tracks = dir.join("sporen.pdf");
    let (code, _, err) = knoppen(&[
        "present",
        "--tracks",
        "--pdf",
        tracks.to_str().expect("utf8"),
    ]);
    assert_eq!(code, 0, "{err}");
    let bad = dir.join("kapot.knoppen");
    std::fs::write(&bad, "(version: 2, name: ").expect("write");
    let none = dir.join("none.pdf");
    let (code, _, err) = knoppen(&[
        "present",
        bad.to_str().expect("utf8"),
        "--pdf",
        none.to_str().expect("utf8"),
    ]);
    assert_ne!(code, 0);
    assert!(err.contains("kapot.knoppen"), "{err}");
    assert!(!none.exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_command_line_speaks_english_when_asked() {
    let (code, md, _) = knoppen(&[
        "report",
        "--lang",
        "en",
        "--measures",
        "arbeid.etk,arbeid.zoekperiode-kennismigranten",
        "--format",
        "md",
    ]);
    assert_eq!(code, 0);
    assert!(md.contains("## Measures"), "{md}");
    assert!(!md.contains("## Maatregelen"), "{md}");
    let (_, html, _) = knoppen(&[
        "--lang",
        "en",
        "report",
        "--measures",
        "arbeid.etk",
        "--format",
        "html",
    ]);
    assert!(html.contains("<html lang=\"en\">"));
    let (_, _, err) = knoppen(&["check", "--lang", "en"]);
    assert!(
        err.contains("measures") && err.contains("0 problems"),
        "{err}"
    );
    let (_, _, err) = knoppen(&["check"]);
    assert!(
        err.contains("maatregelen") && err.contains("0 problemen"),
        "{err}"
    );
    assert!(!err.contains("problem(s)"), "{err}");
}

// Word and Excel: binary files go to a file named with -o, never to standard output.

#[test]
fn binary_formats_never_go_to_standard_output() {
    for args in [
        &["report", "--measures", "arbeid.etk", "--format", "docx"][..],
        &["report", "--measures", "arbeid.etk", "--format", "xlsx"],
        &["catalogue", "--format", "xlsx"],
        &["figures", "--format", "xlsx"],
    ] {
        let (code, out, err) = knoppen(args);
        assert_ne!(code, 0, "{args:?}");
        assert!(out.is_empty(), "{args:?}: nothing on standard output");
        // Said in the chosen language (Dutch here), naming the option.
        assert!(err.contains("-o BESTAND"), "{args:?}: {err}");
    }
}

#[test]
fn office_files_are_written_with_o() {
    let dir = std::env::temp_dir().join(format!("knoppen-office-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let path = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let note = path("notitie.docx");
    let (code, out, err) = knoppen(&[
        "report",
        "--measures",
        "arbeid.etk,arbeid.eures",
        "--format",
        "docx",
        "-o",
        &note,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty());
    let parts = common::office::unzip(&std::fs::read(&note).expect("docx"));
    assert!(parts["word/document.xml"].contains("Beter benutten EURES"));
    for (args, sheet) in [
        (
            vec!["report", "--measures", "arbeid.etk", "--format", "xlsx"],
            "Maatregelen",
        ),
        (vec!["catalogue", "--format", "xlsx"], "Maatregelen"),
        (vec!["figures", "--format", "xlsx"], "Overzicht"),
    ] {
        let file = path(&format!("{}.xlsx", args[0]));
        let mut args = args.clone();
        args.extend(["--output", file.as_str()]);
        let (code, _, err) = knoppen(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
        let book = common::office::read_xlsx(&std::fs::read(&file).expect("xlsx"));
        assert!(
            book.names().contains(&sheet),
            "{args:?}: {:?}",
            book.names()
        );
    }
    // Text formats go to the file too when asked, as they are.
    let md = path("notitie.md");
    let (code, _, _) = knoppen(&[
        "report",
        "--measures",
        "arbeid.etk",
        "--format",
        "md",
        "-o",
        &md,
    ]);
    assert_eq!(code, 0);
    assert!(
        std::fs::read_to_string(&md)
            .expect("md")
            .starts_with("# Pakket")
    );
}

#[test]
fn csv_on_standard_output_has_no_bom() {
    for args in [
        &["figures", "--format", "csv"][..],
        &["catalogue", "--format", "csv"],
        &["report", "--measures", "arbeid.etk", "--format", "csv"],
    ] {
        let (_, out, _) = knoppen(args);
        assert!(
            !out.starts_with('\u{feff}'),
            "{args:?}: scripts get plain UTF-8"
        );
    }
}

/// A file problem on the command line: located as an editor reads it (file:line:column), said
/// in the language asked for.
#[test]
fn file_problems_on_the_command_line_are_in_the_chosen_language() {
    let path = common::temp("cli-lang-error", "kapot.knoppen");
    std::fs::write(&path, "(name: \"x\", items: [(measure: \"arbeid.etk\"]").expect("write");
    let file = path.to_str().expect("utf8");
    let (code, nl, _) = knoppen(&["check", file]);
    assert_ne!(code, 0);
    let (_, en, _) = knoppen(&["check", file, "--lang", "en"]);
    assert!(nl.contains("kapot.knoppen:1:"), "located: {nl}");
    assert!(nl != en, "the words follow the language:\n{nl}\n{en}");
    assert!(nl.contains("hier wordt een komma verwacht"), "Dutch: {nl}");
    assert!(en.contains("a comma is expected here"), "English: {en}");
}

#[test]
fn a_reader_that_stops_early_ends_the_output_quietly() {
    use std::io::Read;
    let mut child = common::cli()
        .args(["catalogue", "--format", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut first = [0u8; 10];
    child
        .stdout
        .take()
        .expect("stdout")
        .read_exact(&mut first)
        .expect("read");
    // The reader is gone (as `| head -c 10` goes): the rest has nowhere to go.
    let out = child.wait_with_output().expect("wait");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}
