//! The timeline through the UI: its rows follow the package, the decision date and the
//! assumptions move the dates, and every bar says what it rests on.

use egui::accesskit::Role;
use egui_kittest::{Harness, kittest::Queryable};
use knoppen::app::AppState;
use knoppen::catalogue::Catalogue;
use knoppen::package::Edit;
use knoppen::ui::{Action, CenterView};

fn harness(ids: &[&str]) -> Harness<'static, AppState> {
    let mut state = AppState::new(Catalogue::builtin());
    for id in ids {
        state.edit(Edit::Add((*id).into()));
    }
    state.edit(Edit::SetDecisionDate(Some("2027-01".into())));
    state.apply(Action::View(CenterView::Timeline));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_ui_state(|ui, s: &mut AppState| s.ui(ui), state);
    h.run();
    h
}

const ETK: &str = "Aanpassing vrijstelling Extraterritoriale Kosten (ETK)";
/// A bill whose sources give no lead time: the timeline uses the assumption for a law.
const VBAR: &str = "arbeid.vbar";

#[test]
fn rows_follow_the_package() {
    let mut h = harness(&["arbeid.etk"]);
    let row = |h: &Harness<'_, AppState>, text: &str| {
        h.query_all_by_role_and_label(Role::Label, text).count()
    };
    assert_eq!(row(&h, ETK), 1, "the table row of the timeline");
    assert_eq!(row(&h, "Aanpassing nareis"), 0);
    h.state_mut().edit(Edit::Add("asiel.nareis".into()));
    h.run();
    assert_eq!(row(&h, "Aanpassing nareis"), 1);
    h.state_mut().edit(Edit::Remove("arbeid.etk".into()));
    h.run();
    assert_eq!(row(&h, ETK), 0);
}

#[test]
fn an_assumed_lead_time_says_so_and_moves_with_the_assumption() {
    let mut h = harness(&[VBAR]);
    // The VBAR bill's sources give no lead time: the default assumption for a law (24–36
    // months) from January 2027.
    h.get_by_label("Alles kan in werking zijn: januari 2030");
    h.get_by_label("Deze datum rust deels op aannames van Knoppen, niet op de bronnen.");
    h.get_by_label_contains("aanname (Wet(swijziging))");
    h.get_by_label("Aannames").click();
    h.run();
    h.get_by_label_contains("Waar de bronnen geen doorlooptijd");
    let mut a = h.state().package.assumptions.clone();
    a.law = (36, 48);
    h.state_mut().edit(Edit::SetAssumptions(a));
    h.run();
    h.get_by_label("Alles kan in werking zijn: januari 2031");
}

#[test]
fn the_decision_date_is_typed_and_saved_with_the_package() {
    let mut h = harness(&[VBAR]);
    h.get_by_role_and_label(Role::TextInput, "Besluitdatum")
        .click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_role_and_label(Role::TextInput, "Besluitdatum")
        .type_text("2028-06");
    h.run();
    assert_eq!(h.state().package.decision_date.as_deref(), Some("2028-06"));
    h.get_by_label("Alles kan in werking zijn: juni 2031");
}

#[test]
fn a_source_lead_time_is_shown_as_the_sources_words() {
    // ETK's fiche: "implementatie van de gekozen optie na 3 tot 6 maanden".
    let h = harness(&["arbeid.etk"]);
    h.get_by_label("3–6 mnd");
    h.get_by_label("bron");
    h.get_by_label_contains("3 tot 6 maanden");
    h.get_by_label("Alles kan in werking zijn: juli 2027");
}

#[test]
fn assumptions_are_an_undoable_part_of_the_package() {
    let mut h = harness(&[VBAR]);
    h.get_by_label("Aannames").click();
    h.run();
    // The first value in the window: the shortest lead time for a law, 24 months by default.
    // Moved in three frames, as a drag would.
    for months in [30.0, 33.0, 36.0] {
        h.query_all_by_role(Role::SpinButton)
            .next()
            .expect("a lead time field")
            .set_value_accesskit(months);
        h.run();
    }
    assert_eq!(h.state().package.assumptions.law, (36, 36));
    h.get_by_label("Alles kan in werking zijn: januari 2030");
    assert!(h.state().dirty(), "the assumptions are part of the package");
    // The run of changes to one value is one undo step.
    h.state_mut().apply(Action::Undo);
    h.run();
    assert_eq!(
        h.state().package.assumptions,
        knoppen::timeline::Assumptions::default()
    );
}
