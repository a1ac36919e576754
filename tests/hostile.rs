//! Hostile and malformed files: every bad value gets a located message (the same in
//! `knoppen check` and in the app), and every view stays usable with extreme but valid data.

mod common;

use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable;
use knoppen::catalogue::Catalogue;
use knoppen::catalogue::load::{self, LoadError};
use knoppen::command::{CenterView, Command};
use knoppen::package;
use knoppen::strings::t;

fn pkg(items: &str, extra: &str) -> String {
    format!("(\n    version: 2,\n    name: \"Hostiel\",\n{extra}    items: [\n{items}    ],\n)")
}

fn item(id: &str, extra: &str) -> String {
    format!("        (measure: \"{id}\"{extra}),\n")
}

fn refused(text: &str) -> LoadError {
    package::parse(Path::new("h.knoppen"), text).expect_err("refused")
}

#[test]
fn a_decision_date_that_is_no_real_month_is_refused_where_it_is_written() {
    for date in [
        "123456789-01",
        "2027-13",
        "morgen",
        "2147483647-01",
        "1899-12",
    ] {
        let text = pkg(
            &item("arbeid.etk", ""),
            &format!("    decision_date: \"{date}\",\n"),
        );
        let e = refused(&text);
        assert_eq!(
            (e.line, e.column, e.field.as_str()),
            (4, 5, "decision_date"),
            "{date}"
        );
        assert!(
            e.message.contains("1900") && e.message.contains("2200"),
            "{e}"
        );
    }
}

#[test]
fn weights_must_be_finite_and_in_the_slider_range() {
    for w in ["NaN", "inf", "-1.0", "3.5", "-inf"] {
        let items = item("arbeid.etk", "") + &item("asiel.nareis", &format!(", weight: {w}"));
        let e = refused(&pkg(&items, ""));
        assert_eq!((e.line, e.field.as_str()), (6, "weight"), "{w}: {e}");
        assert!(
            e.message.contains("asiel.nareis") && e.message.contains("0 to 3"),
            "{e}"
        );
    }
    let ok = item("arbeid.etk", ", weight: 3.0") + &item("asiel.nareis", ", weight: 0.0");
    package::parse(Path::new("h.knoppen"), &pkg(&ok, "")).expect("0 and 3 are in range");
}

#[test]
fn a_measure_listed_three_times_counts_once_and_is_said() {
    let items = item("arbeid.etk", "").repeat(3) + &item("asiel.nareis", "");
    let c = Catalogue::builtin().catalogue;
    let o = package::read(Path::new("h.knoppen"), &pkg(&items, ""), &c).expect("opens");
    assert_eq!(o.package.items.len(), 2, "merged");
    let [w] = o.warnings.as_slice() else {
        panic!("one warning: {:#?}", o.warnings)
    };
    assert_eq!(
        (w.line, w.field.as_str()),
        (6, "measure"),
        "at the second entry"
    );
    assert!(
        w.message.contains("3 times") && w.message.contains("counts once"),
        "{w}"
    );
}

#[test]
fn a_variant_the_measure_lacks_is_said() {
    let c = Catalogue::builtin().catalogue;
    let text = pkg(&item("arbeid.etk", ", variant: \"zz\""), "");
    let o = package::read(Path::new("h.knoppen"), &text, &c).expect("opens");
    assert_eq!(o.warnings.len(), 1, "{:#?}", o.warnings);
    assert_eq!(o.warnings[0].field, "variant");
    assert_eq!(o.warnings[0].line, 5);
}

#[test]
fn the_version_error_points_at_the_field_not_at_the_word_in_the_name() {
    let text = "(\n    name: \"version 2 of the plan\",\n    version: 99,\n)";
    let e = refused(text);
    assert_eq!((e.line, e.column, e.field.as_str()), (3, 5, "version"));
}

fn temp_file(test: &str, name: &str, bytes: &[u8]) -> PathBuf {
    let path = common::temp(test, name);
    std::fs::write(&path, bytes).expect("write");
    path
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", pkg(&item("arbeid.etk", ""), ""));
    let path = temp_file("bom", "bom.knoppen", text.as_bytes());
    let c = Catalogue::builtin().catalogue;
    let o = package::open(&path, &c).expect("a BOM is no error");
    assert!(o.package.contains("arbeid.etk"));
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_blocking() {
    let path = common::temp("fifo", "pijp.knoppen");
    let made = std::process::Command::new("mkfifo").arg(&path).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo not available: skipped");
        return;
    }
    let e = load::read_limited(&path).expect_err("refused");
    assert!(e.message.contains("not a regular file"), "{e}");
}

#[test]
fn the_cli_prints_the_same_located_messages() {
    let items = item("arbeid.etk", "").repeat(2) + &item("bestaat.niet", "");
    let path = temp_file("cli-check", "dubbel.knoppen", pkg(&items, "").as_bytes());
    let out = common::cli().arg("check").arg(&path).output().expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success());
    let shown = path.display();
    assert!(
        stdout.contains(&format!(
            "{shown}:6:10: ‘arbeid.etk’ staat 2 keer in het pakket"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(
            "{shown}:7:10: ‘bestaat.niet’ staat niet in de catalogus"
        )),
        "{stdout}"
    );
}

#[test]
fn three_hundred_unknown_ids_fold_so_the_banner_can_be_closed() {
    let items: String = (0..300)
        .map(|i| item(&format!("onbekend.{i}"), ""))
        .collect();
    let path = temp_file("fold", "veel.knoppen", pkg(&items, "").as_bytes());
    let mut h = common::harness(egui::vec2(1366.0, 768.0));
    common::run(&mut h, [Command::OpenPath(path)]);
    let notice = h.state().state.view.notice.clone().expect("a notice");
    assert!(notice.text.contains("… en 290 meer"), "{}", notice.text);
    assert!(notice.text.len() < 1000);
    h.get_by_label(t().close).click();
    h.run();
    assert!(h.state().state.view.notice.is_none(), "closed");
}

// Figures: values and categories that would break a chart are refused by the loader.

const DOCS: &str = r#"(documents: [(id: "002", short: "Deck", rank: 1, file: "002.txt", title: "Deck", date: "2023-01")])"#;

fn figure(categories: &str, values: &str) -> String {
    format!(
        "(figures: [(\n id: \"f\",\n title: \"F\",\n unit: \"n\",\n kind: Line,\n categories: [{categories}],\n series: [(name: \"s\", values: [{values}])],\n source: (doc: \"002\", at: \"Dia 1\"),\n)])"
    )
}

fn load_figure(text: String) -> load::LoadReport {
    load::load_sources(vec![
        (PathBuf::from("documents.ron"), Ok(DOCS.to_owned())),
        (PathBuf::from("fig.ron"), Ok(text)),
    ])
}

#[test]
fn nan_infinite_and_huge_figure_values_are_refused() {
    for v in ["N(NaN)", "N(inf)", "Range(1, inf)", "N(1e13)"] {
        let r = load_figure(figure("\"2020\", \"2021\"", &format!("N(1), {v}")));
        assert!(r.catalogue.figures.is_empty(), "{v}");
        assert!(
            r.errors.iter().any(|e| e.field == "values" && e.line > 1),
            "{v}: {:#?}",
            r.errors
        );
    }
}

#[test]
fn far_apart_numeric_categories_are_refused() {
    let r = load_figure(figure("\"2020\", \"1e12\"", "N(1), N(2)"));
    assert!(r.catalogue.figures.is_empty());
    assert!(
        r.errors.iter().any(|e| e.field == "categories"),
        "{:#?}",
        r.errors
    );
}

// Views with extreme but valid data (or data that bypassed the loader) stay usable.

#[test]
fn views_survive_extreme_dates_and_far_apart_categories() {
    let mut state = common::state_with(&["arbeid.etk", "asiel.nareis"]);
    state
        .document
        .edit(package::Edit::SetDecisionDate(Some("2200-12".into())));
    // A figure that did not come through the loader: the view must cope on its own.
    let mut f = state.catalogue.figures[0].clone();
    f.kind = knoppen::catalogue::figures::FigureKind::Line;
    f.categories = vec!["2020".into(), "1e12".into()];
    f.series.truncate(1);
    f.series[0].values = vec![
        knoppen::catalogue::figures::Value::N(1.0),
        knoppen::catalogue::figures::Value::N(f64::MAX),
    ];
    let last = state.catalogue.figures.len();
    state.catalogue.figures.push(f);
    let mut h = common::harness_with(state, egui::vec2(1366.0, 768.0));
    common::run(&mut h, [Command::View(CenterView::Timeline)]);
    common::run(&mut h, [Command::ShowFigure(last)]);
    h.run();
}

#[test]
fn control_characters_in_ids_are_escaped_when_printed() {
    let items = item("evil\\nforged: line\\u{1b}[31m", "");
    let path = temp_file("escape", "esc.knoppen", pkg(&items, "").as_bytes());
    let out = common::cli().arg("check").arg(&path).output().expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(!stdout.contains('\u{1b}'), "{stdout}");
    assert!(stdout.contains("evil\\nforged"), "{stdout}");
}

/// A hostile state: every measure, with extreme weights and notes, a decision date at the end of
/// the accepted range, 300 unknown ids, long names, and figures with far-apart numbers.
fn hostile_state() -> knoppen::app::AppState {
    use knoppen::catalogue::figures::Value;
    let ids: Vec<String> = Catalogue::builtin()
        .catalogue
        .measures
        .iter()
        .map(|m| m.id.clone())
        .collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let mut state = common::state_with(&refs);
    let long = "W".repeat(5000);
    let edits = [
        package::Edit::SetDecisionDate(Some("2200-12".into())),
        package::Edit::Rename(long.clone()),
        package::Edit::SetWeight(ids[0].clone(), Some(3.0)),
        package::Edit::SetWeight(ids[1].clone(), Some(0.0)),
        package::Edit::SetNote(ids[2].clone(), long),
    ];
    for e in edits {
        state.document.edit(e);
    }
    for i in 0..300 {
        state
            .document
            .edit(package::Edit::Add(format!("onbekend.\u{1b}[31m{i}")));
    }
    let figures = &mut state.catalogue.figures;
    for (i, f) in figures.iter_mut().enumerate().step_by(3) {
        for s in &mut f.series {
            for v in &mut s.values {
                *v = Value::N(if i % 2 == 0 { f64::MAX } else { -1e300 });
            }
        }
    }
    state
}

#[test]
fn every_view_every_figure_and_every_slide_survive_hostile_data() {
    let mut h = common::harness_with(hostile_state(), egui::vec2(1366.0, 768.0));
    for view in [
        CenterView::Fiche,
        CenterView::Figures,
        CenterView::Timeline,
        CenterView::Compare,
    ] {
        common::run(&mut h, [Command::View(view), Command::ComparePreset(0)]);
    }
    let figures = h.state().state.catalogue.figures.len();
    // Speed is the benchmarks' to measure; here every figure must draw at all.
    for i in 0..figures {
        common::run(&mut h, [Command::ShowFigure(i)]);
    }
    // The long name does not fit the title slide: the first F5 says so, the second presents.
    let present = Command::Present(knoppen::command::Deck::Package);
    common::run(&mut h, [present.clone()]);
    assert!(h.state().state.view.presentation.is_none(), "warned first");
    common::run(&mut h, [present]);
    let slides = h
        .state()
        .state
        .view
        .presentation
        .as_ref()
        .map_or(0, |p| p.slides.len());
    assert!(slides > 1);
    for _ in 0..slides {
        common::run(
            &mut h,
            [Command::Slide(knoppen::command::SlideCommand::Next)],
        );
    }
}

#[test]
fn seed_and_data_files_stay_inside_their_folders() {
    let dir = common::temp("inside", "data");
    std::fs::create_dir_all(&dir).expect("dir");
    for bad in ["/etc/passwd", "../geheim.txt", "a/../../b"] {
        let e = load::inside(&dir, Path::new(bad)).expect_err(bad);
        assert!(e.contains("plain name"), "{e}");
    }
    assert!(load::inside(&dir, Path::new("002.txt")).is_ok());
    #[cfg(unix)]
    {
        let outside = dir.with_file_name("buiten.ron");
        std::fs::write(&outside, "(measures: [])").expect("write");
        std::os::unix::fs::symlink(&outside, dir.join("link.ron")).expect("link");
        let e = load::ron_files(&dir).expect_err("a link out is refused");
        assert!(e.message.contains("outside"), "{e}");
    }
}

#[test]
fn check_data_on_an_empty_folder_fails() {
    let dir = common::temp("empty-data", "leeg");
    std::fs::create_dir_all(&dir).expect("dir");
    let out = common::cli()
        .args(["check", "--data"])
        .arg(&dir)
        .output()
        .expect("run");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("geen .ron-bestanden"));
}

/// Writes respect what is there: a device, a pipe or a folder is never replaced by a file, and
/// a read-only file is not overwritten; each says why, in the user's words.
#[cfg(unix)]
#[test]
fn a_save_never_replaces_a_device_or_a_read_only_file() {
    use std::os::unix::fs::PermissionsExt;
    // A note written over `target`: refused, and what the user reads.
    let refused = |target: &std::path::Path| {
        let target = target.to_str().expect("utf8");
        let args = [
            "report",
            "--measures",
            "arbeid.etk",
            "--format",
            "md",
            "-o",
            target,
        ];
        let (code, _, err) = common::run_cli(&args);
        assert_ne!(code, 0, "refused: {err}");
        err
    };
    // A pipe stands for any special file (never a real device: a failing test would replace it).
    let fifo = common::temp("fifo", "pijp");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let err = refused(&fifo);
    assert!(err.contains("geen gewoon bestand"), "{err}");
    let still = std::fs::metadata(&fifo).is_ok_and(|m| !m.is_file());
    assert!(still, "still a pipe");
    let ro = common::temp("readonly", "alleen-lezen.md");
    std::fs::write(&ro, "van iemand anders").expect("write");
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let err = refused(&ro);
    assert!(err.contains("alleen-lezen"), "{err}");
    let kept = std::fs::read_to_string(&ro).expect("read");
    assert_eq!(kept, "van iemand anders");
}
