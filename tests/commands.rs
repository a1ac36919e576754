//! Commands and their effects, without a window: the dialog branches, saving, closing, and
//! presenting, as the platform would see them.

mod common;

use knoppen::app::effects::{Effect, WindowEffect};
use knoppen::command::{Command, ConfirmChoice, Deck, OpenPurpose, SaveTarget, SlideCommand};
use knoppen::package::Edit;

fn ctx() -> egui::Context {
    egui::Context::default()
}

fn dirty_app() -> common::App {
    common::app_with(common::state_with(&["arbeid.eures"]))
}

#[test]
fn save_asks_where_once_and_then_saves_in_place() {
    let path = common::temp("save-in-place", "a.knoppen");
    let mut app = dirty_app();
    app.platform.answer(&path);
    app.run(&ctx(), [Command::Save]);
    assert!(!app.state.dirty());
    assert_eq!(app.state.document.path(), Some(path.as_path()));
    app.state.document.edit(Edit::Add("asiel.nareis".into()));
    app.run(&ctx(), [Command::Save]);
    assert_eq!(
        app.platform.dialogs.len(),
        1,
        "the second save needs no dialog"
    );
    let text = std::fs::read_to_string(&path).expect("saved");
    assert!(text.contains("asiel.nareis"));
}

#[test]
fn a_save_as_without_extension_gets_one() {
    let path = common::temp("extension", "zonder");
    let mut app = dirty_app();
    app.platform.answer(&path);
    app.run(&ctx(), [Command::SaveAs]);
    assert!(path.with_extension("knoppen").exists());
}

#[test]
fn answering_save_but_cancelling_the_dialog_keeps_the_work() {
    let mut app = dirty_app();
    app.run(&ctx(), [Command::New]);
    assert!(app.state.asking_to_save());
    // No scripted answer: the save dialog is cancelled.
    app.run(&ctx(), [Command::Confirm(ConfirmChoice::Save)]);
    assert!(
        app.state.package().contains("arbeid.eures"),
        "New did not go ahead"
    );
    // A later save does not suddenly carry out the old New.
    let path = common::temp("cancel-then-save", "p.knoppen");
    app.platform.answer(&path);
    app.run(&ctx(), [Command::Save]);
    assert!(app.state.package().contains("arbeid.eures"));
}

#[test]
fn a_failed_save_keeps_the_work_and_says_where() {
    let dir = common::temp("failed-save", "");
    let path = dir.join("no-such-folder").join("p.knoppen");
    let mut app = dirty_app();
    app.run(&ctx(), [Command::New]);
    app.platform.answer(&path);
    app.run(&ctx(), [Command::Confirm(ConfirmChoice::Save)]);
    assert!(app.state.package().contains("arbeid.eures"));
    assert!(app.state.dirty());
    let notice = app.state.view.notice.clone().expect("a notice");
    assert!(
        notice.error && notice.text.contains("p.knoppen"),
        "{notice:?}"
    );
}

#[test]
fn saving_first_then_going_on() {
    let path = common::temp("save-then-new", "p.knoppen");
    let mut app = dirty_app();
    app.run(&ctx(), [Command::New]);
    app.platform.answer(&path);
    app.run(&ctx(), [Command::Confirm(ConfirmChoice::Save)]);
    assert!(path.exists());
    assert!(
        app.state.package().items.is_empty(),
        "New went ahead after the save"
    );
}

#[test]
fn open_with_unsaved_work_asks_then_shows_the_dialog() {
    let mut app = dirty_app();
    app.run(&ctx(), [Command::Open]);
    assert!(
        app.platform.dialogs.is_empty(),
        "asks before the file dialog"
    );
    app.run(&ctx(), [Command::Confirm(ConfirmChoice::DontSave)]);
    assert_eq!(app.platform.dialogs, [Effect::PickOpen(OpenPurpose::Open)]);
}

#[test]
fn closing_with_unsaved_work_keeps_the_window_and_asks() {
    let mut app = dirty_app();
    app.run(&ctx(), [Command::CloseRequested]);
    assert_eq!(app.platform.window, [WindowEffect::CancelClose]);
    assert!(app.state.asking_to_save());
    app.run(&ctx(), [Command::Confirm(ConfirmChoice::DontSave)]);
    assert_eq!(app.platform.window.last(), Some(&WindowEffect::Close));
}

#[test]
fn closing_while_presenting_ends_the_deck_and_asks() {
    let mut app = dirty_app();
    app.run(&ctx(), [Command::Present(Deck::Package)]);
    assert!(app.state.view.presentation.is_some());
    app.run(&ctx(), [Command::CloseRequested]);
    assert!(
        app.state.view.presentation.is_none(),
        "the question must be visible"
    );
    assert!(app.state.asking_to_save());
    assert!(app.platform.window.contains(&WindowEffect::CancelClose));
    assert!(
        app.platform
            .window
            .contains(&WindowEffect::Fullscreen(false))
    );
}

#[test]
fn closing_a_saved_package_just_closes() {
    let mut app = common::app();
    app.run(&ctx(), [Command::CloseRequested]);
    assert!(!app.state.asking_to_save());
    assert!(
        app.platform.window.is_empty(),
        "no CancelClose: the window closes"
    );
}

#[test]
fn copy_summary_reaches_the_clipboard() {
    let mut app = common::app_with(common::state_with(&["arbeid.etk"]));
    app.run(&ctx(), [Command::CopySummary]);
    let copied = app.platform.clipboard.last().expect("copied");
    assert!(
        copied.contains("Aanpassing vrijstelling Extraterritoriale Kosten"),
        "{copied}"
    );
}

#[test]
fn the_system_clipboard_is_built_in() {
    // Without eframe's `clipboard` feature, copying never leaves the window.
    let manifest = include_str!("../Cargo.toml");
    let eframe = manifest
        .lines()
        .find(|l| l.starts_with("eframe"))
        .expect("eframe dependency");
    assert!(eframe.contains("\"clipboard\""), "{eframe}");
}

#[test]
fn exports_ask_where_with_a_sensible_name() {
    let mut app = common::app_with(common::state_with(&["arbeid.etk"]));
    app.state.document.edit(Edit::Rename("Variant A/B".into()));
    app.run(
        &ctx(),
        [
            Command::ExportNote(knoppen::command::NoteFormat::Html),
            Command::ExportFigureCsv("szw-etk-30-procent".into()),
            Command::ExportNote(knoppen::command::NoteFormat::Word),
            Command::ExportWorkbook,
            Command::ExportFigureXlsx("szw-etk-30-procent".into()),
        ],
    );
    let names: Vec<&str> = app
        .platform
        .dialogs
        .iter()
        .filter_map(|d| match d {
            Effect::PickSave(_, name) => Some(name.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        names,
        [
            "Variant A_B.html",
            "30%-regeling.csv",
            "Variant A_B.docx",
            "Variant A_B.xlsx",
            "30%-regeling.xlsx"
        ]
    );
}

#[test]
fn the_clicker_commands_walk_and_leave_the_deck() {
    let mut app = common::app_with(common::state_with(&["arbeid.etk", "asiel.nareis"]));
    app.run(&ctx(), [Command::Present(Deck::Package)]);
    app.run(&ctx(), [Command::Slide(SlideCommand::Last)]);
    let p = app.state.view.presentation.as_ref().expect("presenting");
    assert_eq!(p.index, p.slides.len() - 1);
    app.run(&ctx(), [Command::Slide(SlideCommand::Back)]);
    assert!(app.state.view.presentation.is_some(), "one Esc only asks");
    app.run(&ctx(), [Command::Slide(SlideCommand::Back)]);
    assert!(app.state.view.presentation.is_none());
    assert_eq!(
        app.platform.window,
        [
            WindowEffect::Fullscreen(true),
            WindowEffect::Fullscreen(false)
        ]
    );
}

#[test]
fn autosave_writes_while_presenting_and_is_removed_on_save() {
    let dir = common::temp("autosave-present", "herstel");
    let mut state = common::state_with(&["arbeid.eures"]).with_recovery(dir.clone());
    // Due at once.
    state.recovery.last_write = -1000.0;
    let mut h = common::harness_with(state, egui::vec2(1366.0, 768.0));
    h.key_press(egui::Key::F5);
    h.run();
    assert!(h.state().state.view.presentation.is_some());
    assert_eq!(
        recovery_files(&dir).len(),
        1,
        "unsaved work is kept while presenting"
    );
    let path = common::temp("autosave-present-save", "p.knoppen");
    h.state_mut().platform.answer(&path);
    common::run(&mut h, [Command::Save]);
    assert!(
        recovery_files(&dir).is_empty(),
        "saved work needs no recovery copy"
    );
}

#[test]
fn a_package_that_cannot_be_opened_starts_no_deck() {
    let path = common::temp("bad-present", "kapot.knoppen");
    std::fs::write(&path, "(version: 1, name: ").expect("write");
    let mut app = common::app();
    let start = knoppen::app::Start {
        package: Some(path.clone()),
        present: true,
        slide: Some(3),
        lang: None,
    };
    let e = app.start(&ctx(), &start).expect_err("refused");
    assert!(e.contains("kapot.knoppen"), "{e}");
    assert!(
        app.state.view.presentation.is_none(),
        "no deck on the projector"
    );
    let missing = knoppen::app::Start {
        package: Some(path.with_file_name("weg.knoppen")),
        ..start
    };
    assert!(app.start(&ctx(), &missing).is_err());
    assert!(app.state.view.presentation.is_none());
}

#[test]
fn a_good_package_starts_at_the_asked_slide() {
    let path = common::temp("good-present", "goed.knoppen");
    let p = knoppen::package::Package::from_ids("Goed", ["arbeid.etk", "asiel.nareis"]);
    knoppen::package::save(&path, &p).expect("save");
    let mut app = common::app();
    let start = knoppen::app::Start {
        package: Some(path),
        present: true,
        slide: Some(2),
        lang: None,
    };
    app.start(&ctx(), &start).expect("starts");
    let deck = app.state.view.presentation.as_ref().expect("presenting");
    assert_eq!(deck.index, 1);
    assert_eq!(app.state.package().name, "Goed");
}

#[test]
fn the_apps_note_export_is_what_knoppen_report_prints() {
    let path = common::temp("note-equals-report", "b.knoppen");
    let mut p = knoppen::package::Package::from_ids("Variant B", ["arbeid.vbar", "arbeid.etk"]);
    p.assumptions.law = (36, 48);
    p.decision_date = Some("2027-01".into());
    knoppen::package::save(&path, &p).expect("save");
    for (format, flag) in [
        (knoppen::command::NoteFormat::Markdown, "md"),
        (knoppen::command::NoteFormat::Html, "html"),
    ] {
        let before = knoppen::month::Date::today_utc();
        let mut app = common::app();
        app.run(&ctx(), [Command::OpenPath(path.clone())]);
        let note = path.with_extension(flag);
        app.platform.answer(&note);
        app.run(&ctx(), [Command::ExportNote(format)]);
        let exported = std::fs::read_to_string(&note).expect("exported");
        let out = common::cli()
            .args(["report", path.to_str().expect("utf8"), "--format", flag])
            .output()
            .expect("run knoppen");
        assert!(out.status.success());
        let printed = String::from_utf8_lossy(&out.stdout);
        // The note is dated: a midnight between the two changes only the date.
        let after = knoppen::month::Date::today_utc();
        let undated = |s: &str| {
            [before, after].iter().fold(s.to_owned(), |s, d| {
                s.replace(&knoppen::strings::long_date(*d), "DATUM")
            })
        };
        assert_eq!(undated(&exported), undated(&printed), "{flag}");
    }
}

// Crash recovery: one file per document and run, bound to the document it belongs to.

/// Write the recovery copy now, as the frame's timer would.
fn autosave(app: &mut common::App) {
    app.state.recovery.last_write = f64::NEG_INFINITY;
    app.autosave(&ctx(), 0.0);
}

/// The recovery files in `dir`, with their text.
fn recovery_files(dir: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_else(|_| Vec::new());
    files.retain(|p| p.extension().is_some_and(|e| e == "knoppen"));
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable");
            (p, text)
        })
        .collect()
}

fn run_in(dir: &std::path::Path) -> common::App {
    common::app_with(common::state_with(&[]).with_recovery(dir.to_path_buf()))
}

#[test]
fn recovering_reopens_the_work_as_its_own_document_not_the_open_one() {
    let dir = common::temp("recover-own", "herstel");
    let a = dir.with_file_name("a.knoppen");
    let b = dir.with_file_name("b.knoppen");
    knoppen::package::save(
        &a,
        &knoppen::package::Package::from_ids("A", ["arbeid.etk"]),
    )
    .expect("save a");
    knoppen::package::save(
        &b,
        &knoppen::package::Package::from_ids("B", ["asiel.nareis"]),
    )
    .expect("save b");
    let b_before = std::fs::read_to_string(&b).expect("b");
    {
        // A first run edits A and crashes (dropped without closing).
        let mut first = run_in(&dir);
        first.run(&ctx(), [Command::OpenPath(a.clone())]);
        first.state.document.edit(Edit::Add("arbeid.eures".into()));
        autosave(&mut first);
    }
    let mut second = run_in(&dir);
    second.run(&ctx(), [Command::OpenPath(b.clone())]);
    assert_eq!(
        second.state.recovery.offered.len(),
        1,
        "A's work is offered"
    );
    second.run(&ctx(), [Command::Recover]);
    assert_eq!(
        second.state.document.path(),
        Some(a.as_path()),
        "reopened as A"
    );
    assert!(second.state.package().contains("arbeid.eures"));
    assert!(second.state.dirty(), "recovered work is not saved yet");
    second.run(&ctx(), [Command::Save]);
    assert!(second.platform.dialogs.is_empty(), "saved in place, as A");
    assert_eq!(
        std::fs::read_to_string(&b).expect("b"),
        b_before,
        "B untouched"
    );
    let a_now = knoppen::package::open(&a, &knoppen::catalogue::Catalogue::builtin().catalogue)
        .expect("a opens");
    assert!(a_now.package.contains("arbeid.eures"), "A has A's work");
}

#[test]
fn recovered_work_of_a_new_document_stays_unsaved() {
    let dir = common::temp("recover-new", "herstel");
    {
        let mut first = run_in(&dir);
        first.state.document.edit(Edit::Add("arbeid.eures".into()));
        autosave(&mut first);
    }
    let path = dir.with_file_name("open.knoppen");
    knoppen::package::save(
        &path,
        &knoppen::package::Package::from_ids("Open", ["asiel.nareis"]),
    )
    .expect("save");
    let mut second = run_in(&dir);
    second.run(&ctx(), [Command::OpenPath(path)]);
    second.run(&ctx(), [Command::Recover]);
    assert_eq!(second.state.document.path(), None, "not into the open file");
    assert!(second.state.package().contains("arbeid.eures"));
    assert!(!second.state.package().contains("asiel.nareis"));
}

#[test]
fn a_running_window_s_autosave_is_not_offered_to_another_window() {
    let dir = common::temp("recover-live", "herstel");
    let mut first = run_in(&dir);
    first.state.document.edit(Edit::Add("arbeid.eures".into()));
    autosave(&mut first);
    assert_eq!(recovery_files(&dir).len(), 1);
    let second = run_in(&dir);
    assert!(
        second.state.recovery.offered.is_empty(),
        "the first window still runs: its copy is not from an earlier run"
    );
    drop(first);
}

#[test]
fn a_second_window_never_deletes_the_first_window_s_recovery() {
    let dir = common::temp("recover-two", "herstel");
    let mut first = run_in(&dir);
    first.state.document.edit(Edit::Add("arbeid.eures".into()));
    autosave(&mut first);
    let kept = recovery_files(&dir);
    let mut second = run_in(&dir);
    second.state.document.edit(Edit::Add("asiel.nareis".into()));
    autosave(&mut second);
    let saved = dir.with_file_name("tweede.knoppen");
    second.platform.answer(&saved);
    second.run(
        &ctx(),
        [Command::Save, Command::New, Command::DiscardRecovery],
    );
    second.state.document.edit(Edit::Add("arbeid.etk".into()));
    second.run(
        &ctx(),
        [
            Command::CloseRequested,
            Command::Confirm(ConfirmChoice::DontSave),
        ],
    );
    assert_eq!(
        recovery_files(&dir),
        kept,
        "the first window's copy is intact"
    );
    drop(first);
}

#[test]
fn an_unanswered_recovery_is_never_overwritten_and_survives_a_second_crash() {
    let dir = common::temp("recover-pending", "herstel");
    {
        let mut first = run_in(&dir);
        first.state.document.edit(Edit::Add("arbeid.eures".into()));
        autosave(&mut first);
    }
    let original = recovery_files(&dir);
    assert_eq!(original.len(), 1);
    {
        // The second run leaves the question open, works on, autosaves, and crashes too.
        let mut second = run_in(&dir);
        assert_eq!(second.state.recovery.offered.len(), 1);
        second.state.document.edit(Edit::Add("asiel.nareis".into()));
        autosave(&mut second);
        let now = recovery_files(&dir);
        assert_eq!(now.len(), 2, "its own copy beside the offered one");
        assert!(now.contains(&original[0]), "the offered copy is untouched");
    }
    let third = run_in(&dir);
    let offered: Vec<_> = third
        .state
        .recovery
        .offered
        .iter()
        .map(|o| &o.package)
        .collect();
    assert_eq!(offered.len(), 2, "both runs' work is offered");
    assert!(offered.iter().any(|p| p.contains("arbeid.eures")));
    assert!(offered.iter().any(|p| p.contains("asiel.nareis")));
}

#[test]
fn a_crash_right_after_recovering_loses_nothing_and_clean_work_leaves_no_copy() {
    let dir = common::temp("recover-crash-again", "herstel");
    {
        let mut first = run_in(&dir);
        first.state.document.edit(Edit::Add("arbeid.eures".into()));
        autosave(&mut first);
    }
    {
        let mut second = run_in(&dir);
        second.run(&ctx(), [Command::Recover]);
    }
    let mut third = run_in(&dir);
    assert_eq!(third.state.recovery.offered.len(), 1, "still offered");
    third.run(&ctx(), [Command::Recover]);
    autosave(&mut third);
    assert_eq!(
        recovery_files(&dir).len(),
        1,
        "answered copy replaced by this run's"
    );
    third.run(&ctx(), [Command::Edit(Edit::Remove("arbeid.eures".into()))]);
    assert!(!third.state.dirty());
    autosave(&mut third);
    assert!(
        recovery_files(&dir).is_empty(),
        "clean again: no stale copy"
    );
}

#[test]
fn ended_runs_leave_no_lock_files_behind() {
    let dir = common::temp("recover-locks", "herstel");
    drop(run_in(&dir));
    drop(run_in(&dir));
    let live = run_in(&dir);
    let locks = std::fs::read_dir(&dir)
        .map(|d| {
            d.flatten()
                .filter(|e| e.path().extension().is_some_and(|x| x == "lock"))
                .count()
        })
        .unwrap_or(0);
    assert_eq!(locks, 1, "only the running window's lock");
    drop(live);
}

#[test]
fn the_hand_out_is_saved_from_the_app_as_the_deck() {
    let path = common::temp("handout-app", "Variant.pdf");
    let mut app = common::app_with(common::state_with(&["arbeid.etk", "asiel.nareis"]));
    app.platform.answer(&path);
    app.run(&ctx(), [Command::ExportHandout]);
    assert!(matches!(
        app.platform.dialogs.as_slice(),
        [Effect::PickSave(SaveTarget::Handout, name)] if name.ends_with(".pdf")
    ));
    let doc = lopdf::Document::load(&path).expect("a PDF");
    app.run(&ctx(), [Command::Present(Deck::Package)]);
    let slides = app
        .state
        .view
        .presentation
        .as_ref()
        .expect("deck")
        .slides
        .len();
    assert_eq!(doc.get_pages().len(), slides, "one page per slide");
    let notice = app.state.view.notice.clone().expect("a notice");
    assert!(
        !notice.error && notice.text.contains("Variant.pdf"),
        "{notice:?}"
    );
}

#[test]
fn the_deck_is_saved_from_the_app_as_powerpoint() {
    let path = common::temp("pptx-app", "Variant.pptx");
    let mut app = common::app_with(common::state_with(&["arbeid.etk", "asiel.nareis"]));
    app.state.document.edit(Edit::SetNote(
        "arbeid.etk".into(),
        common::PRIVATE_NOTE.into(),
    ));
    app.platform.answer(&path);
    app.run(&ctx(), [Command::ExportPptx]);
    assert!(matches!(
        app.platform.dialogs.as_slice(),
        [Effect::PickSave(SaveTarget::Pptx, name)] if name.ends_with(".pptx")
    ));
    let bytes = std::fs::read(&path).expect("a .pptx written");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let names: Vec<String> = zip
        .file_names()
        .map(|n| n.expect("a name").into_owned())
        .collect();
    app.run(&ctx(), [Command::Present(Deck::Package)]);
    let slides = app
        .state
        .view
        .presentation
        .as_ref()
        .expect("deck")
        .slides
        .len();
    let parts = names
        .iter()
        .filter(|n| n.starts_with("ppt/slides/slide") && n.ends_with(".xml"))
        .count();
    assert_eq!(parts, slides, "one slide per slide");
    assert!(
        names.iter().all(|n| !n.contains("notes")),
        "no speaker notes from the app, as its hand-out has none"
    );
    for n in &names {
        let mut text = String::new();
        if n.ends_with(".xml") {
            std::io::Read::read_to_string(&mut zip.by_name(n).expect("part"), &mut text)
                .expect("utf8");
        }
        assert!(!text.contains(common::PRIVATE_NOTE), "{n}");
    }
    let notice = app.state.view.notice.clone().expect("a notice");
    assert!(
        !notice.error && notice.text.contains("Variant.pptx"),
        "{notice:?}"
    );
}

// Office files for people: the note in Word, the tables and figures in Excel, CSV with a BOM.

#[test]
fn the_note_is_saved_as_word_from_the_app() {
    let path = common::temp("note-docx", "Variant.docx");
    let mut app = common::app_with(common::state_with(&["arbeid.etk", "arbeid.eures"]));
    app.platform.answer(&path);
    app.run(
        &ctx(),
        [Command::ExportNote(knoppen::command::NoteFormat::Word)],
    );
    assert!(matches!(
        app.platform.dialogs.as_slice(),
        [Effect::PickSave(SaveTarget::Note(knoppen::command::NoteFormat::Word), name)]
            if name.ends_with(".docx")
    ));
    let bytes = std::fs::read(&path).expect("written");
    assert!(bytes.starts_with(b"PK"), "a zip, as every .docx");
    let doc = &common::office::unzip(&bytes)["word/document.xml"];
    assert!(doc.contains("Aanpassing vrijstelling Extraterritoriale Kosten"));
    let notice = app.state.view.notice.clone().expect("a notice");
    assert!(
        !notice.error && notice.text.contains("Variant.docx"),
        "{notice:?}"
    );
}

#[test]
fn the_package_tables_are_saved_as_excel_from_the_app() {
    let path = common::temp("package-xlsx", "Variant.xlsx");
    let mut app = common::app_with(common::state_with(&["arbeid.etk"]));
    app.platform.answer(&path);
    app.run(&ctx(), [Command::ExportWorkbook]);
    let book = common::office::read_xlsx(&std::fs::read(&path).expect("written"));
    assert_eq!(book.names(), ["Maatregelen", "Oordeel", "Tijdlijn"]);
    let notice = app.state.view.notice.clone().expect("a notice");
    assert!(
        !notice.error && notice.text.contains("Variant.xlsx"),
        "{notice:?}"
    );
}

#[test]
fn a_figure_is_saved_as_excel_and_as_csv_with_a_bom() {
    let c = knoppen::catalogue::Catalogue::builtin().catalogue;
    let f = &c.figures[0];
    let xlsx = common::temp("figure-office", "cijfer.xlsx");
    let csv = xlsx.with_extension("csv");
    let mut app = common::app();
    app.platform.answer(&xlsx);
    app.platform.answer(&csv);
    app.run(
        &ctx(),
        [
            Command::ExportFigureXlsx(f.id.clone()),
            Command::ExportFigureCsv(f.id.clone()),
        ],
    );
    let book = common::office::read_xlsx(&std::fs::read(&xlsx).expect("xlsx written"));
    assert_eq!(book.sheets.len(), 2, "the overview and the figure");
    let text = std::fs::read(&csv).expect("csv written");
    assert!(
        text.starts_with("\u{feff}".as_bytes()),
        "Excel reads the accents with a BOM"
    );
    assert!(text[3..].starts_with(knoppen::catalogue::figures::CSV_HEADER.as_bytes()));
}

// File dialogs that cannot open, and where dialogs start.

#[test]
fn a_save_without_a_file_dialog_lands_in_the_start_folder_and_says_so() {
    let dir = common::temp("nodialog", "");
    std::fs::create_dir_all(&dir).expect("dir");
    let mut app = common::app_with(common::state_with(&["arbeid.etk-30"]));
    app.platform.unavailable = true;
    app.state.settings.last_folder = Some(dir.clone());
    app.run(
        &ctx(),
        [Command::ExportNote(knoppen::command::NoteFormat::Markdown)],
    );
    let saved: Vec<_> = std::fs::read_dir(&dir)
        .expect("read dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    assert_eq!(saved.len(), 1, "{saved:?}");
    let notice = app.state.view.notice.clone().expect("a notice");
    assert!(
        notice.text.contains(knoppen::strings::t().no_file_dialog),
        "{}",
        notice.text
    );
    assert!(notice.text.contains(&dir.display().to_string()));
    // A second save keeps the first: a new name, nothing overwritten.
    app.run(
        &ctx(),
        [Command::ExportNote(knoppen::command::NoteFormat::Markdown)],
    );
    let count = std::fs::read_dir(&dir).expect("read dir").count();
    assert_eq!(count, 2);
}

#[test]
fn an_open_without_a_file_dialog_explains_how_else_to_open() {
    let mut app = common::app();
    app.platform.unavailable = true;
    app.run(&ctx(), [Command::Open]);
    let notice = app.state.view.notice.clone().expect("a notice");
    assert!(notice.error);
    assert!(notice.text.contains(knoppen::strings::t().no_file_dialog));
    assert!(notice.text.contains(knoppen::strings::t().open_by_dropping));
}

#[test]
fn dialogs_start_in_the_last_used_folder() {
    let dir = common::temp("lastfolder", "");
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("pakket.knoppen");
    let mut app = common::app_with(common::state_with(&["arbeid.etk-30"]));
    app.platform.answer(&path);
    app.run(&ctx(), [Command::SaveAs]);
    assert_eq!(
        app.state.settings.last_folder.as_deref(),
        Some(dir.as_path())
    );
    app.run(
        &ctx(),
        [Command::ExportNote(knoppen::command::NoteFormat::Html)],
    );
    assert_eq!(app.platform.folders.last(), Some(&Some(dir.clone())));
}

/// Additions to the user's own catalogue that are not written yet count as unsaved work: the
/// close asks, and Save writes them before the window closes.
#[test]
fn closing_with_unsaved_catalogue_additions_asks_and_saves_them() {
    let letter = r#"(documents: [(id: "eigen-brief-2026", file: "", title: "Kamerbrief 2026",
        short: "Kamerbrief 2026", rank: 10, date: "2026-03-02", kind: Some(Letter))])"#;
    let mut app = common::app();
    let dir = common::temp("close-additions", "catalogue");
    app.state.set_user_catalogue(dir.clone());
    app.state.user.own = knoppen::catalogue::load::parse_ron(std::path::Path::new("x.ron"), letter)
        .expect("a letter");
    assert!(app.state.user.dirty());
    app.run(&ctx(), [Command::CloseRequested]);
    assert_eq!(
        app.platform.window,
        [WindowEffect::CancelClose],
        "kept open"
    );
    assert!(app.state.asking_to_save());
    app.run(&ctx(), [Command::Confirm(ConfirmChoice::Save)]);
    assert!(!app.state.user.dirty(), "written");
    assert!(dir.join(knoppen::catalogue::additions::OWN_FILE).exists());
    assert_eq!(app.platform.window.last(), Some(&WindowEffect::Close));
}

/// A context whose last frame says the window has lost the keyboard focus (minimised, covered
/// by another window): no more frames may come.
fn unfocused() -> egui::Context {
    let ctx = egui::Context::default();
    let mut input = egui::RawInput::default();
    input
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .focused = Some(false);
    let mut out = ctx.run_ui(input, |_| {});
    out.textures_delta.clear();
    ctx
}

#[test]
fn unsaved_work_is_written_at_once_when_the_window_loses_focus() {
    let dir = common::temp("autosave-focus", "herstel");
    let mut app = run_in(&dir);
    app.state.document.edit(Edit::Add("arbeid.eures".into()));
    // Written a moment ago: the 30-second timer is not due, and a hidden window draws no frame
    // that would run it later.
    app.state.recovery.last_write = 100.0;
    app.autosave(&ctx(), 101.0);
    assert!(recovery_files(&dir).is_empty(), "not due while in focus");
    app.autosave(&unfocused(), 102.0);
    assert_eq!(recovery_files(&dir).len(), 1, "written as the window goes");
}

#[test]
fn a_recovery_copy_that_cannot_be_written_is_said() {
    let dir = common::temp("autosave-fails", "herstel");
    // The recovery folder is a file: nothing can be written in it.
    std::fs::write(&dir, "geen map").expect("write");
    let mut app = run_in(&dir);
    app.state.document.edit(Edit::Add("arbeid.eures".into()));
    autosave(&mut app);
    let notice = app.state.view.notice.as_ref().expect("a notice");
    assert!(
        notice.error
            && notice
                .text
                .starts_with(knoppen::strings::t().autosave_failed),
        "{}",
        notice.text
    );
}

#[test]
fn the_meetings_notes_go_into_an_exported_note_only_when_asked() {
    let path = common::temp("note-private", "c.knoppen");
    let mut p = knoppen::package::Package::from_ids("Variant C", ["arbeid.etk"]);
    if let Some(i) = p.item_mut("arbeid.etk") {
        i.note = common::PRIVATE_NOTE.into();
    }
    knoppen::package::save(&path, &p).expect("save");
    let export = |private: Option<bool>| {
        let mut app = common::app();
        app.run(&ctx(), [Command::OpenPath(path.clone())]);
        if let Some(on) = private {
            app.run(&ctx(), [Command::SetPrivateNotes(on)]);
        }
        let note = path.with_extension("md");
        app.platform.answer(&note);
        app.run(
            &ctx(),
            [Command::ExportNote(knoppen::command::NoteFormat::Markdown)],
        );
        std::fs::read_to_string(&note).expect("exported")
    };
    assert!(
        !export(None).contains(common::PRIVATE_NOTE),
        "left out unless asked"
    );
    assert!(
        export(Some(true)).contains(common::PRIVATE_NOTE),
        "in when asked"
    );
}
