//! The catalogue browser driven through the UI, as a user would: type, click, use the keys,
//! and read what the list and the fiche show.

use egui::accesskit::Role;
use egui_kittest::{
    Harness,
    kittest::{NodeT, Queryable},
};
use knoppen::strings::t;
mod common;

use common::App;
use knoppen::app::AppState;
use knoppen::catalogue::Catalogue;

fn harness() -> Harness<'static, App> {
    let report = Catalogue::builtin();
    assert!(report.errors.is_empty(), "{:#?}", report.errors);
    common::harness_with(AppState::new(report), egui::vec2(1400.0, 900.0))
}

/// Titles of the list rows on screen.
fn listed(h: &Harness<'_, App>) -> Vec<String> {
    h.query_all_by_role(Role::ListItem)
        .filter_map(|n| n.accesskit_node().label())
        .collect()
}

/// The filters are folded away until asked for.
fn open_filters(h: &mut Harness<'_, App>) {
    assert!(
        h.query_by_role_and_label(Role::Button, "Asiel").is_none(),
        "folded at start"
    );
    h.get_by_label(t().filters).click();
    h.run();
}

fn count_label(h: &Harness<'_, App>) -> String {
    let n = h.state().state.view.browser.matches().len();
    let total = h.state().state.catalogue.measures.len();
    format!("{n} van {total} maatregelen")
}

#[test]
fn typing_in_search_narrows_the_list() {
    let mut h = harness();
    let all = h.state().state.catalogue.measures.len();
    // Narrow to a known pair first, so both titles are on screen whatever the window height.
    h.get_by_label(t().search_label).click();
    h.run();
    h.get_by_label(t().search_label).type_text("uitzend");
    h.run();
    assert!(listed(&h).contains(&"Uitzendverbod voor specifieke sectoren".to_owned()));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label(t().search_label).type_text("EURES");
    h.run();
    let rows = listed(&h);
    assert!(
        rows.contains(&"Beter benutten EURES".to_owned()),
        "{rows:?}"
    );
    assert!(
        !rows.contains(&"Uitzendverbod voor specifieke sectoren".to_owned()),
        "{rows:?}"
    );
    let matches = h.state().state.view.browser.matches().len();
    assert!(matches >= 1 && matches < all);
    // The count on screen says the same.
    h.get_by_label(&count_label(&h));
}

#[test]
fn search_reaches_fiche_text_and_ignores_accents() {
    let mut h = harness();
    h.get_by_label(t().search_label).click();
    h.run();
    // "Opvangrichtlijn" is only in the 24-weken fiche's legal section, not in its title.
    h.get_by_label(t().search_label)
        .type_text("opvangrichtlijn");
    h.run();
    let rows = listed(&h);
    assert!(rows.iter().any(|r| r.contains("24-weken")), "{rows:?}");
    h.get_by_label(t().search_label).type_text(" xyzzy");
    h.run();
    assert!(listed(&h).is_empty());
    h.get_by_label(t().no_matches);
}

#[test]
fn stream_filter_shows_only_that_stream() {
    let mut h = harness();
    open_filters(&mut h);
    h.get_by_role_and_label(Role::Button, "Asiel").click();
    h.run();
    let rows = listed(&h);
    assert!(
        rows.iter().any(|r| r.contains("éénstatusstelsel")),
        "{rows:?}"
    );
    assert!(!rows.contains(&"Beter benutten EURES".to_owned()));
    let state = &h.state().state;
    assert!(
        state
            .view
            .browser
            .matches()
            .iter()
            .all(|&i| state.catalogue.measures[i].stream == knoppen::catalogue::Stream::Asiel)
    );
    h.get_by_label(&count_label(&h));
    // The header says a filter is on; clearing brings everything back.
    h.get_by_label("Filters (1 actief)");
    h.get_by_label(t().clear_filters).click();
    h.run();
    assert_eq!(
        h.state().state.view.browser.matches().len(),
        h.state().state.catalogue.measures.len()
    );
}

#[test]
fn effect_filter_keeps_only_that_direction() {
    let mut h = harness();
    open_filters(&mut h);
    h.get_by_role_and_label(Role::Button, "Toename").click();
    h.run();
    let state = &h.state().state;
    assert!(!state.view.browser.matches().is_empty());
    for &i in state.view.browser.matches() {
        let m = &state.catalogue.measures[i];
        assert!(
            matches!(
                m.direction(),
                knoppen::catalogue::Direction::Increase
                    | knoppen::catalogue::Direction::PossibleIncrease
            ),
            "{}",
            m.id
        );
    }
    assert!(listed(&h).contains(
        &"Verlengen zoekperiode kennismigrantenregeling van 3 naar 6 maanden".to_owned()
    ));
}

#[test]
fn clicking_a_row_shows_its_fiche_with_sources() {
    let mut h = harness();
    h.get_by_label(t().search_label).click();
    h.run();
    h.get_by_label(t().search_label).type_text("EURES");
    h.run();
    h.get_by_role_and_label(Role::ListItem, "Beter benutten EURES")
        .click();
    h.run();
    assert_eq!(
        h.state().state.selected().map(|m| m.id.as_str()),
        Some("arbeid.eures")
    );
    // The heading, the effect symbol with its words, and the sources are shown.
    assert_eq!(
        h.query_all_by_label("Beter benutten EURES").count(),
        2,
        "row and heading"
    );
    h.get_by_label("(neutraal)");
    h.get_by_label("Bronnen");
    h.get_by_label_contains("Tabel Arbeid");
}

#[test]
fn keys_move_through_the_list_and_escape_clears() {
    let mut h = harness();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    assert!(
        h.get_by_label(t().search_label).is_focused(),
        "Ctrl+F focuses the search"
    );
    h.get_by_label(t().search_label).type_text("kennismigrant");
    h.run();
    let matches = h.state().state.view.browser.matches().to_vec();
    assert!(matches.len() >= 2);
    h.key_press(egui::Key::ArrowDown);
    h.run();
    assert_eq!(h.state().state.view.browser.selected, Some(matches[0]));
    h.key_press(egui::Key::ArrowDown);
    h.run();
    assert_eq!(h.state().state.view.browser.selected, Some(matches[1]));
    h.key_press(egui::Key::ArrowUp);
    h.run();
    assert_eq!(h.state().state.view.browser.selected, Some(matches[0]));
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(h.state().state.view.browser.filter.query, "");
    assert_eq!(
        h.state().state.view.browser.matches().len(),
        h.state().state.catalogue.measures.len()
    );
}

#[test]
fn theme_switches_to_dark_and_back() {
    let mut h = harness();
    h.get_by_label(t().theme_dark).click();
    h.run();
    assert!(h.state().state.settings.dark);
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    h.get_by_label(t().theme_light).click();
    h.run();
    assert!(!h.state().state.settings.dark);
}

#[test]
fn load_problems_are_shown_and_the_rest_still_works() {
    let good = knoppen::catalogue::embedded_files().map(|(p, t)| (p, Ok(t)));
    let bad = std::iter::once((
        std::path::PathBuf::from("kapot.ron"),
        Ok("(measures: [ (id: ".to_owned()),
    ));
    let report = knoppen::catalogue::load::load_sources(good.chain(bad));
    assert_eq!(report.errors.len(), 1);
    let mut h = common::harness_with(AppState::new(report), egui::vec2(1400.0, 900.0));
    h.get_by_label_contains("kapot.ron:1:");
    h.get_by_label(t().close).click();
    h.run();
    assert!(h.query_by_label_contains("kapot.ron:1:").is_none());
    // The catalogue that did load is usable.
    assert!(!listed(&h).is_empty());
}

/// What the user types reaches the search field; a key press or two is one step.
fn type_into_search(h: &mut Harness<'_, App>, text: &str) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.event(egui::Event::Text(text.into()));
    h.run();
}

#[test]
fn space_in_the_search_field_types_a_space_and_down_then_space_ticks() {
    let mut h = harness();
    type_into_search(&mut h, "etk");
    h.key_press(egui::Key::Space);
    h.event(egui::Event::Text(" ".into()));
    h.run();
    assert_eq!(
        h.state().state.view.browser.filter.query,
        "etk ",
        "a space typed, not a tick"
    );
    assert!(
        h.state().state.package().items.is_empty(),
        "nothing ticked yet"
    );
    // ↓ leaves the field for the results; Space and Enter tick and untick there.
    h.key_press(egui::Key::ArrowDown);
    h.run();
    let selected = h
        .state()
        .state
        .selected()
        .map(|m| m.id.clone())
        .expect("a row");
    h.key_press(egui::Key::Space);
    h.run();
    assert!(h.state().state.package().contains(&selected), "Space ticks");
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(
        !h.state().state.package().contains(&selected),
        "Enter unticks"
    );
    // Typing goes on in the field, not into the list.
    assert_eq!(h.state().state.view.browser.filter.query, "etk ");
}

#[test]
fn the_focused_control_has_a_ring_you_can_see() {
    for dark in [false, true] {
        let mut h = harness();
        if dark {
            h.get_by_label(t().theme_dark).click();
            h.run();
        }
        for _ in 0..3 {
            h.key_press(egui::Key::Tab);
            h.run();
        }
        let id = h
            .ctx
            .memory(|m| m.focused())
            .expect("Tab gives a control the focus");
        let focused = h.ctx.read_response(id).expect("drawn").rect;
        let ring = knoppen::ui::theme::focus_color(dark);
        let painted = h.output().shapes.iter().any(|s| match &s.shape {
            egui::Shape::Rect(r) => {
                r.stroke.color == ring && r.stroke.width >= 2.0 && r.rect.contains_rect(focused)
            }
            _ => false,
        });
        assert!(
            painted,
            "a ring of {ring:?} around {focused:?} (dark: {dark})"
        );
    }
}

#[test]
fn f10_opens_the_package_menu_and_ctrl_digits_switch_views() {
    use knoppen::command::CenterView;
    let mut h = harness();
    assert!(
        h.query_by_label_contains("Opslaan als").is_none(),
        "menu closed"
    );
    h.key_press(egui::Key::F10);
    h.run();
    h.get_by_label_contains("Opslaan als");
    h.key_press(egui::Key::Escape);
    h.run();
    for (key, view) in [
        (egui::Key::Num2, CenterView::Figures),
        (egui::Key::Num3, CenterView::Timeline),
        (egui::Key::Num4, CenterView::Compare),
        (egui::Key::Num1, CenterView::Fiche),
    ] {
        h.key_press_modifiers(egui::Modifiers::COMMAND, key);
        h.run();
        assert_eq!(h.state().state.view.center, view);
    }
}

#[test]
fn ctrl_z_in_the_search_field_undoes_the_typing_not_the_package() {
    let mut h = harness();
    common::run(
        &mut h,
        [knoppen::command::Command::Edit(
            knoppen::package::Edit::Toggle("arbeid.etk".into()),
        )],
    );
    assert!(h.state().state.package().contains("arbeid.etk"));
    type_into_search(&mut h, "eures");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(
        h.state().state.package().contains("arbeid.etk"),
        "the package keeps its measure"
    );
    // Outside a text field Ctrl+Z undoes the package as before.
    h.key_press(egui::Key::Escape);
    h.run();
    h.ctx.memory_mut(|m| {
        if let Some(id) = m.focused() {
            m.surrender_focus(id);
        }
    });
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(!h.state().state.package().contains("arbeid.etk"), "undone");
}

#[test]
fn a_catalogue_row_tells_a_screen_reader_its_effect_and_facts() {
    let mut h = harness();
    type_into_search(&mut h, "etk");
    let row = h.get_by_role_and_label(
        Role::ListItem,
        "Aanpassing vrijstelling Extraterritoriale Kosten (ETK)",
    );
    let said = row.accesskit_node().description().unwrap_or_default();
    assert!(said.contains("beperkend (-)"), "{said}");
    assert!(
        said.contains("Arbeid") && said.contains("Middellange termijn"),
        "{said}"
    );
}
