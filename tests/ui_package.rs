//! Building a package through the UI: tick, read the verdict and the hints off the panel,
//! undo and redo, save and open.

mod common;

use common::App;
use egui::accesskit::Role;
use egui_kittest::{
    Harness,
    kittest::{NodeT, Queryable},
};
use knoppen::app::AppState;
use knoppen::catalogue::Catalogue;
use knoppen::command::{Command, NoteFormat, OpenPurpose, SaveTarget};
use knoppen::package::{self, Package};
use knoppen::strings::t;

fn harness() -> Harness<'static, App> {
    common::harness(egui::vec2(1600.0, 1000.0))
}

fn search(h: &mut Harness<'_, App>, text: &str) {
    h.get_by_label(t().search_label).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label(t().search_label).type_text(text);
    h.run();
}

/// Tick a measure in the list by its title.
fn tick(h: &mut Harness<'_, App>, query: &str, title: &str) {
    search(h, query);
    h.get_by_label(&format!("In pakket: {title}")).click();
    h.run();
}

const ZOEKPERIODE: &str = "Verlengen zoekperiode kennismigrantenregeling van 3 naar 6 maanden";
const ETK: &str = "Aanpassing vrijstelling Extraterritoriale Kosten (ETK)";

#[test]
fn ticking_measures_updates_the_verdict_and_shows_conflicts() {
    let mut h = harness();
    tick(&mut h, "zoekperiode", ZOEKPERIODE);
    assert!(
        h.state()
            .state
            .package()
            .contains("arbeid.zoekperiode-kennismigranten")
    );
    h.get_by_label("Totaal: per saldo verhogend");
    tick(&mut h, "Extraterritoriale", ETK);
    // A short headline, the counts under it.
    h.get_by_label("Totaal: gemengd");
    assert!(h.query_all_by_label("1 verhogend, 1 beperkend").count() >= 1);
    // The panel names the opposing measures in the same stream: a short title, then a bullet
    // with the titles cut short (the full ones on hover).
    h.get_by_label("• Tegengesteld binnen Arbeid");
    h.get_by_label_contains(
        "Arbeid: Verlengen zoekperiode kennismigrantenregel… verhogend tegenover",
    );
    // The family knock-on effect is quoted with its source.
    h.get_by_label_contains("Gezinsmigratie volgt arbeidsmigratie");
    // What it needs.
    h.get_by_label_contains("1 wetswijziging");
}

#[test]
fn unknown_measures_are_reported_as_unknown_not_neutral() {
    let mut h = harness();
    // "Visie op economie en arbeidsmarktkeuzes" has PM as its effect.
    tick(
        &mut h,
        "Visie op economie",
        "Visie op economie en arbeidsmarktkeuzes",
    );
    h.get_by_label("Totaal: grotendeels onbekend");
    assert!(h.query_all_by_label("1 van 1 PM of onbekend").count() >= 1);
    let a = knoppen::effect::assess(h.state().state.package(), &h.state().state.catalogue);
    assert_eq!((a.overall.unknown, a.overall.neutral), (1, 0));
}

#[test]
fn space_ticks_the_selected_measure() {
    let mut h = harness();
    search(&mut h, "EURES");
    h.get_by_role_and_label(Role::ListItem, "Beter benutten EURES")
        .click();
    h.run();
    h.key_press(egui::Key::Space);
    h.run();
    assert!(h.state().state.package().contains("arbeid.eures"));
    h.key_press(egui::Key::Space);
    h.run();
    assert!(!h.state().state.package().contains("arbeid.eures"));
}

#[test]
fn undo_and_redo_every_change() {
    let mut h = harness();
    tick(&mut h, "EURES", "Beter benutten EURES");
    tick(&mut h, "zoekperiode", ZOEKPERIODE);
    assert_eq!(h.state().state.package().items.len(), 2);
    // Leave the search field so the keys go to the app.
    h.key_press(egui::Key::Escape);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().state.package().items.len(), 1);
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    h.run();
    assert_eq!(h.state().state.package().items.len(), 2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(h.state().state.package().items.is_empty());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run();
    assert_eq!(h.state().state.package().items.len(), 1);
    // The buttons do the same.
    h.get_by_label(t().undo).click();
    h.run();
    assert!(h.state().state.package().items.is_empty());
}

#[test]
fn typing_a_note_is_one_undo_step() {
    let mut h = harness();
    tick(&mut h, "EURES", "Beter benutten EURES");
    h.get_by_label_contains("Beter benutten EURES — neutraal (0), voorgesteld")
        .click();
    h.run();
    h.get_by_label(t().note).click();
    h.run();
    h.get_by_label(t().note).type_text("Navragen bij SZW");
    h.run();
    assert_eq!(
        h.state()
            .state
            .package()
            .item("arbeid.eures")
            .map(|i| i.note.as_str()),
        Some("Navragen bij SZW")
    );
    common::run(&mut h, [Command::Undo]);
    h.run();
    assert_eq!(
        h.state()
            .state
            .package()
            .item("arbeid.eures")
            .map(|i| i.note.as_str()),
        Some("")
    );
    common::run(&mut h, [Command::Undo]);
    assert!(h.state().state.package().items.is_empty());
}

#[test]
fn meeting_status_is_set_and_shown() {
    let mut h = harness();
    tick(&mut h, "EURES", "Beter benutten EURES");
    h.get_by_label_contains("Beter benutten EURES — neutraal (0), voorgesteld")
        .click();
    h.run();
    h.get_by_role_and_label(Role::ComboBox, "Status in overleg")
        .click();
    h.run();
    h.get_by_label("akkoord").click();
    h.run();
    assert_eq!(
        h.state()
            .state
            .package()
            .item("arbeid.eures")
            .map(|i| i.status),
        Some(package::MeetingStatus::Agreed)
    );
    h.get_by_label_contains("Beter benutten EURES — neutraal (0), akkoord");
}

fn temp(name: &str) -> std::path::PathBuf {
    common::temp(&format!("ui-{name}"), name)
}

/// Open a file as the open dialog would hand it over.
fn open(h: &mut Harness<'_, App>, path: &std::path::Path) {
    common::run(
        h,
        [Command::FilePicked(
            OpenPurpose::Open,
            Some(path.to_path_buf()),
        )],
    );
}

#[test]
fn save_open_round_trip_and_title() {
    let mut h = harness();
    tick(&mut h, "EURES", "Beter benutten EURES");
    assert!(h.state().state.dirty());
    assert!(
        h.state().state.window_title().contains('•'),
        "unsaved marker"
    );
    let path = temp("variant-a.knoppen");
    // Ctrl+S on a new package asks where; the dialog answers.
    h.state_mut().platform.answer(&path);
    h.key_press(egui::Key::Escape);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(matches!(
        h.state().platform.dialogs.as_slice(),
        [knoppen::app::effects::Effect::PickSave(SaveTarget::Package, name)] if name == "Nieuw pakket.knoppen"
    ));
    assert!(!h.state().state.dirty());
    assert_eq!(
        h.state().state.window_title(),
        "variant-a.knoppen — Knoppen"
    );
    let saved = h.state().state.package().clone();
    // New, then open again.
    common::run(&mut h, [Command::New]);
    h.run();
    assert!(h.state().state.package().items.is_empty());
    common::run(&mut h, [Command::OpenPath(path.clone())]);
    assert_eq!(*h.state().state.package(), saved);
    assert_eq!(h.state().state.settings.recent.first(), Some(&path));
}

#[test]
fn corrupt_truncated_and_wrong_version_files_change_nothing() {
    let mut h = harness();
    tick(&mut h, "EURES", "Beter benutten EURES");
    let before = h.state().state.package().clone();
    let good = Package::from_ids("x", ["arbeid.eures", "arbeid.etk"])
        .to_ron()
        .expect("ron");
    let cases = [
        ("truncated.knoppen", good[..good.len() / 2].to_owned()),
        ("corrupt.knoppen", "(version: 1, name: 12)".to_owned()),
        (
            "version.knoppen",
            good.replace(
                &format!("version: {}", knoppen::package::SCHEMA_VERSION),
                "version: 7",
            ),
        ),
    ];
    for (name, text) in cases {
        let path = temp(name);
        std::fs::write(&path, text).expect("write");
        open(&mut h, &path);
        assert_eq!(
            *h.state().state.package(),
            before,
            "{name} changed the package"
        );
        let notice = h.state().state.view.notice.clone().expect("a notice");
        assert!(notice.error && notice.text.contains(name), "{notice:?}");
        // Shown on screen, with line and column, in the user's words (no parser English).
        assert!(h.query_all_by_label_contains(name).count() >= 1);
        assert!(notice.text.contains("Regel "), "{notice:?}");
        for english in ["Expected", "format version", "this package"] {
            assert!(!notice.text.contains(english), "{notice:?}");
        }
    }
}

#[test]
fn unknown_ids_open_with_a_warning_and_are_kept() {
    let mut h = harness();
    let p = Package::from_ids("Oud", ["arbeid.eures", "arbeid.bestaat-niet-meer"]);
    let path = temp("oud.knoppen");
    package::save(&path, &p).expect("save");
    open(&mut h, &path);
    assert_eq!(*h.state().state.package(), p, "nothing is dropped");
    assert!(
        h.query_all_by_label_contains("arbeid.bestaat-niet-meer")
            .count()
            >= 1
    );
    h.get_by_label("Totaal: neutraal");
}

#[test]
fn new_with_unsaved_changes_asks_first() {
    let mut h = harness();
    tick(&mut h, "EURES", "Beter benutten EURES");
    h.key_press(egui::Key::Escape);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run();
    assert!(h.state().state.asking_to_save());
    h.get_by_label(t().cancel).click();
    h.run();
    assert!(h.state().state.package().contains("arbeid.eures"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run();
    h.get_by_label(t().dont_save).click();
    h.run();
    assert!(h.state().state.package().items.is_empty());
}

#[test]
fn presets_open_as_unsaved_copies_and_compare_side_by_side() {
    let mut h = harness();
    common::run(&mut h, [Command::Preset(0)]);
    h.run();
    let n = h.state().state.package().items.len();
    assert!(
        n >= 16,
        "the SZW proposal has 16 national measures, got {n}"
    );
    assert!(
        h.state().state.dirty(),
        "a preset is a starting point, not a saved file"
    );
    h.get_by_label(t().compare).click();
    h.run();
    common::run(&mut h, [Command::ComparePreset(2)]);
    h.run();
    h.get_by_label(t().compare_verdicts);
    h.get_by_label(t().compare_differing);
    assert!(h.query_all_by_label(t().compare_in).count() > 0);
}

#[test]
fn autosave_writes_and_a_new_session_offers_recovery() {
    let dir = temp("herstel");
    let mut app = common::app_with(AppState::new(Catalogue::builtin()).with_recovery(dir.clone()));
    app.state
        .document
        .edit(package::Edit::Add("arbeid.eures".into()));
    app.autosave(&egui::Context::default(), 100.0);
    assert!(
        app.state.recovery.has_own(),
        "unsaved work is kept against a crash"
    );
    // A crash: the run ends without cleaning up.
    drop(app);
    let mut h = common::harness_with(
        AppState::new(Catalogue::builtin()).with_recovery(dir.clone()),
        egui::vec2(1600.0, 1000.0),
    );
    h.get_by_label_contains(t().recover_where);
    h.get_by_label(t().recover).click();
    h.run();
    assert!(h.state().state.package().contains("arbeid.eures"));
}

#[test]
fn the_note_is_exported_and_the_summary_copied() {
    let mut h = harness();
    tick(&mut h, "Extraterritoriale", ETK);
    let md = temp("note.md");
    h.state_mut().platform.answer(&md);
    common::run(&mut h, [Command::ExportNote(NoteFormat::Markdown)]);
    let text = std::fs::read_to_string(&md).expect("note written");
    assert!(
        text.contains("| Totaal | 0 | 1 | 0 | 0 | per saldo beperkend |"),
        "{text}"
    );
    let html = temp("note.html");
    h.state_mut().platform.answer(&html);
    common::run(&mut h, [Command::ExportNote(NoteFormat::Html)]);
    assert!(
        std::fs::read_to_string(&html)
            .expect("html")
            .contains("<h2>Maatregelen</h2>")
    );
    // Copy summary from the menu puts the verdict on the clipboard.
    h.get_by_role_and_label(Role::Button, "Pakket").click();
    h.run();
    h.get_by_label(t().copy_summary).click();
    h.run();
    let copied = h.state().platform.clipboard.last().cloned();
    let copied = copied.expect("text copied");
    assert!(
        copied.contains("Totaal: per saldo beperkend") && copied.contains(ETK),
        "{copied}"
    );
}

#[test]
fn a_full_package_fits_a_1366_projector_without_overflow() {
    let h = common::harness_with(
        common::state_with(&[
            "arbeid.etk",
            "arbeid.uitzendverbod-sectoren",
            "arbeid.zoekperiode-kennismigranten",
            "arbeid.visie-economie",
            "studie.capaciteitsmaatregelen",
            "asiel.nareis",
            "arbeid.informatievoorziening-herkomstlanden",
        ]),
        egui::vec2(1366.0, 768.0),
    );
    use egui_kittest::kittest::NodeT;
    for role in [
        Role::Label,
        Role::Button,
        Role::ComboBox,
        Role::TextInput,
        Role::DisclosureTriangle,
    ] {
        for n in h.query_all_by_role(role) {
            if let Some(r) = n.accesskit_node().bounding_box() {
                assert!(
                    r.x1 <= 1367.0,
                    "{role:?} {:?} sticks out to x={}",
                    n.accesskit_node().value().or(n.accesskit_node().label()),
                    r.x1
                );
            }
        }
    }
}

#[test]
fn arrows_in_a_note_stay_in_the_note() {
    let mut h = harness();
    tick(&mut h, "kennismigrant", ZOEKPERIODE);
    let matches = h.state().state.view.browser.matches().to_vec();
    assert!(matches.len() >= 3, "a list to move in");
    common::run(&mut h, [Command::Select(matches[1])]);
    h.get_by_label_contains(", voorgesteld").click();
    h.run();
    // The panel scrolls to the note, as a user would.
    h.get_by_label(t().note).scroll_to_me();
    h.run();
    h.get_by_label(t().note).click();
    h.run();
    h.get_by_label(t().note).type_text("eerst");
    h.run();
    for key in [
        egui::Key::ArrowDown,
        egui::Key::ArrowUp,
        egui::Key::ArrowDown,
    ] {
        h.key_press(key);
        h.run();
    }
    assert_eq!(
        h.state().state.view.browser.selected,
        Some(matches[1]),
        "the catalogue selection did not move"
    );
    assert!(h.get_by_label(t().note).is_focused());
}

#[test]
fn esc_in_the_save_question_cancels_it_and_leaves_the_search() {
    let mut h = harness();
    tick(&mut h, "EURES", "Beter benutten EURES");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run();
    assert!(h.state().state.asking_to_save());
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(
        !h.state().state.asking_to_save(),
        "Esc cancels the question"
    );
    assert_eq!(h.state().state.view.browser.filter.query, "EURES");
    assert!(h.state().state.package().contains("arbeid.eures"));
}

#[test]
fn the_meetings_reading_is_set_shown_beside_the_sources_and_undone() {
    // Tall enough for the list of directions to open below the item.
    let mut h = common::harness(egui::vec2(1600.0, 1600.0));
    tick(&mut h, "EURES", "Beter benutten EURES");
    h.get_by_label_contains("Beter benutten EURES — neutraal (0), voorgesteld")
        .click();
    h.run();
    let sourced = "Totaal: neutraal";
    h.get_by_label(sourced);
    h.get_by_role_and_label(Role::ComboBox, "Inschatting overleg (geen bron)")
        .click();
    h.run();
    h.get_by_label("sterk beperkend").click();
    h.run();
    h.get_by_label(t().reading_reason).click();
    h.run();
    h.get_by_label(t().reading_reason)
        .type_text("werving loopt al");
    h.run();
    let reading = |h: &Harness<'_, App>| {
        h.state()
            .state
            .package()
            .item("arbeid.eures")
            .and_then(|i| i.reading.clone())
    };
    assert_eq!(
        reading(&h),
        Some(package::Reading::new(
            knoppen::catalogue::Direction::StrongDecrease,
            "werving loopt al"
        ))
    );
    // The sources' verdict stays; the meeting's stands beside it, labelled.
    h.get_by_label(sourced);
    h.get_by_label("met inschatting overleg (1 maatregel) — per saldo beperkend (waarvan 1 sterk)");
    // Typing the reason is one undo step, choosing the direction another.
    common::run(&mut h, [Command::EndEditRun, Command::Undo]);
    assert_eq!(reading(&h).map(|r| r.reason), Some(String::new()));
    common::run(&mut h, [Command::Undo]);
    assert_eq!(reading(&h), None);
    assert!(
        h.query_by_label_contains("met inschatting overleg")
            .is_none(),
        "no reading, no second picture"
    );
}

#[test]
fn reach_and_the_words_of_the_text_show_in_fiche_and_panel() {
    let id = "arbeid.aanscherpen-kennismigrantenregeling";
    let state = common::state_with(&[id]);
    let i = state.catalogue.position(id).expect("in the catalogue");
    let mut h = common::harness_with(state, egui::vec2(1600.0, 1400.0));
    common::run(&mut h, [Command::Select(i)]);
    // The fiche: the number with its year under the label "Raakt" (said once, not twice), and
    // the direction as the text's, not a symbol.
    let fact = "kennismigranten — 33.080 beslissingen over vergunningen in 2022 (";
    let shown = h.get_by_label_contains(fact);
    let text = shown.accesskit_node().label().unwrap_or_default();
    assert!(!text.contains("raakt:"), "{text}");
    h.get_by_label_contains("strekking volgens de tekst: beperkend");
    // The panel: the same numbers, each as the source gives it, never added up.
    h.get_by_label("• raakt: kennismigranten — 21.580 beslissingen over vergunningen in 2021");
    h.get_by_label("• raakt: kennismigranten — 33.080 beslissingen over vergunningen in 2022");
    assert!(h.query_by_label_contains("54.660").is_none());
    h.get_by_label("Totaal: grotendeels onbekend");
}

#[test]
fn a_package_file_dropped_on_the_window_opens() {
    let path = temp("dropped.knoppen");
    let package = Package::from_ids("Gesleept", ["arbeid.eures", "arbeid.etk"]);
    std::fs::write(&path, package.to_ron().expect("ron")).expect("write");
    let mut h = harness();
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    h.run();
    let opened = h.state().state.package();
    assert_eq!(opened.name, "Gesleept");
    assert_eq!(opened.items.len(), 2);
}

/// A file as the window system hands it over.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn compare_shows_the_meetings_picture_in_a_row_of_its_own() {
    let mut state = common::state_with(&["arbeid.eures"]);
    state.document.edit(package::Edit::SetReading(
        "arbeid.eures".into(),
        Some(package::Reading::new(
            knoppen::catalogue::Direction::Decrease,
            "",
        )),
    ));
    let mut h = common::harness_with(state, egui::vec2(1600.0, 1000.0));
    h.get_by_label(t().compare).click();
    h.run();
    common::run(&mut h, [Command::ComparePreset(2)]);
    h.run();
    h.get_by_label(t().compare_verdicts);
    // The sources' verdict in its row, the meeting's below it, labelled; the preset has none.
    h.get_by_label(t().reading_picture);
    // In the compare grid and in the package panel beside it.
    assert_eq!(
        h.query_all_by_label("met inschatting overleg (1 maatregel) — per saldo beperkend")
            .count(),
        2
    );
    h.get_by_label(t().reading_none);
}

#[test]
fn a_package_item_is_named_in_full_with_its_effect_and_status() {
    let state = common::state_with(&["arbeid.etk"]);
    let h = common::harness_with(state, egui::vec2(1366.0, 700.0));
    let said =
        "Aanpassing vrijstelling Extraterritoriale Kosten (ETK) — beperkend (-), voorgesteld";
    assert!(
        h.query_all_by(|n| n.label().as_deref() == Some(said))
            .next()
            .is_some(),
        "no glyph, no cut title"
    );
}

/// The painted texts of the last frame that hold `needle`.
fn painted_with(h: &egui_kittest::Harness<'_, common::App>, needle: &str) -> Vec<String> {
    h.output()
        .shapes
        .iter()
        .filter_map(|c| match &c.shape {
            egui::epaint::Shape::Text(t) => Some(t.galley.text().to_owned()),
            _ => None,
        })
        .filter(|t| t.contains(needle))
        .collect()
}

#[test]
fn a_package_item_shows_as_much_of_its_title_as_the_panel_holds_and_its_status() {
    let state = common::state_with(&["arbeid.etk"]);
    let h = common::harness_with(state, egui::vec2(1366.0, 3000.0));
    // A laptop's width (tall, so the list is painted): the panel is about 400 points wide, room
    // for some 30 letters of the title beside the badge and the status (a guess per letter
    // gave 19).
    let status = knoppen::strings::meeting_status(knoppen::package::MeetingStatus::Proposed);
    let headers: Vec<String> = painted_with(&h, "Aanpassing")
        .into_iter()
        .filter(|s| s.ends_with(status))
        .collect();
    assert_eq!(headers.len(), 1, "{:?}", painted_with(&h, status));
    assert!(
        headers[0].contains("Aanpassing vrijstelling Extra"),
        "{headers:?}"
    );
}

#[test]
fn f2_names_the_package_from_the_keyboard_even_with_the_panel_folded() {
    let mut state = common::state_with(&["arbeid.etk"]);
    state.settings.package_collapsed = true;
    let mut h = common::harness_with(state, egui::vec2(1366.0, 700.0));
    h.key_press(egui::Key::F2);
    h.run();
    h.run();
    assert!(
        !h.state().state.settings.package_collapsed,
        "the panel opens"
    );
    assert!(
        h.get_by_label(t().package_name).is_focused(),
        "the name field has the focus"
    );
    // Typing replaces nothing by accident: the name gets what is typed after it.
    h.get_by_label(t().package_name).type_text(" 2027");
    h.run();
    assert!(
        h.state().state.document.package().name.ends_with(" 2027"),
        "{}",
        h.state().state.document.package().name
    );
}
