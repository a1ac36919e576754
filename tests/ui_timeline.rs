//! The timeline through the UI: its rows follow the package, the decision date and the
//! assumptions move the dates, and every bar says what it rests on.

mod common;

use common::App;
use egui::accesskit::Role;
use egui_kittest::{
    Harness,
    kittest::{NodeT, Queryable},
};
use knoppen::command::{CenterView, Command};
use knoppen::package::Edit;
use knoppen::strings::t;

fn harness(ids: &[&str]) -> Harness<'static, App> {
    let mut state = common::state_with(ids);
    state
        .document
        .edit(Edit::SetDecisionDate(Some("2027-01".into())));
    state.apply(Command::View(CenterView::Timeline));
    common::harness_with(state, egui::vec2(1600.0, 1000.0))
}

const ETK: &str = "Aanpassing vrijstelling Extraterritoriale Kosten (ETK)";
/// A bill whose sources give no lead time: the timeline uses the assumption for a law.
const VBAR: &str = "arbeid.vbar";

#[test]
fn rows_follow_the_package() {
    let mut h = harness(&["arbeid.etk"]);
    let row =
        |h: &Harness<'_, App>, text: &str| h.query_all_by_role_and_label(Role::Label, text).count();
    assert_eq!(row(&h, ETK), 1, "the table row of the timeline");
    assert_eq!(row(&h, "Aanpassing nareis"), 0);
    h.state_mut()
        .state
        .document
        .edit(Edit::Add("asiel.nareis".into()));
    h.run();
    assert_eq!(row(&h, "Aanpassing nareis"), 1);
    h.state_mut()
        .state
        .document
        .edit(Edit::Remove("arbeid.etk".into()));
    h.run();
    assert_eq!(row(&h, ETK), 0);
}

#[test]
fn an_assumed_lead_time_says_so_and_moves_with_the_assumption() {
    let mut h = harness(&[VBAR]);
    // The VBAR bill's sources give no lead time: the default assumption for a law (24–36
    // months) from January 2027.
    h.get_by_label("Alles kan in werking zijn: januari 2030");
    h.get_by_label(t().rests_on_assumption);
    h.get_by_label_contains("aanname (Wet(swijziging))");
    h.get_by_label(t().assumptions).click();
    h.run();
    h.get_by_label_contains("Waar de bronnen geen doorlooptijd");
    // A range reads as one: "van 24 mnd" … "tot 36 mnd".
    let shown: Vec<String> = h
        .query_all_by(|n| {
            n.value()
                .is_some_and(|v| v.starts_with("van ") || v.starts_with("tot "))
        })
        .filter_map(|n| n.value())
        .collect();
    assert!(
        shown.iter().any(|v| v == "van 24 mnd") && shown.iter().any(|v| v == "tot 36 mnd"),
        "{shown:?}"
    );
    let mut a = h.state().state.package().assumptions.clone();
    a.law = (36, 48);
    common::run(&mut h, [Command::Edit(Edit::SetAssumptions(a))]);
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
    assert_eq!(
        h.state().state.package().decision_date.as_deref(),
        Some("2028-06")
    );
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

fn type_date(h: &mut Harness<'_, App>, date: &str) {
    h.get_by_role_and_label(Role::TextInput, "Besluitdatum")
        .click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_role_and_label(Role::TextInput, "Besluitdatum")
        .type_text(date);
    h.run();
    // Enter leaves the field: the typing run ends.
    h.key_press(egui::Key::Enter);
    h.run();
}

#[test]
fn each_typed_decision_date_is_its_own_undo_step() {
    let mut h = harness(&[VBAR]);
    type_date(&mut h, "2028-06");
    type_date(&mut h, "2029-03");
    assert_eq!(
        h.state().state.package().decision_date.as_deref(),
        Some("2029-03")
    );
    common::run(&mut h, [Command::Undo]);
    assert_eq!(
        h.state().state.package().decision_date.as_deref(),
        Some("2028-06"),
        "one undo takes back only the last date"
    );
}

#[test]
fn assumptions_are_an_undoable_part_of_the_package() {
    let mut h = harness(&[VBAR]);
    h.get_by_label(t().assumptions).click();
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
    assert_eq!(h.state().state.package().assumptions.law, (36, 36));
    h.get_by_label("Alles kan in werking zijn: januari 2030");
    assert!(
        h.state().state.dirty(),
        "the assumptions are part of the package"
    );
    // The run of changes to one value is one undo step.
    common::run(&mut h, [Command::Undo]);
    assert_eq!(
        h.state().state.package().assumptions,
        knoppen::timeline::Assumptions::default()
    );
}

/// The PNG of a 40-measure timeline: the whole chart on its own, with title, unit, legend and
/// sources inside the picture, and nothing of the rest of the window.
#[test]
fn the_timeline_png_holds_title_unit_legend_and_sources() {
    let ids: Vec<String> = knoppen::catalogue::Catalogue::builtin()
        .catalogue
        .measures
        .iter()
        .take(40)
        .map(|m| m.id.clone())
        .collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let mut state = common::state_with(&ids);
    state.apply(Command::View(CenterView::Timeline));
    let mut h = common::harness_with(state, egui::vec2(1366.0, 768.0));
    let path = common::temp("timeline-png", "tijdlijn.png");
    h.state_mut().platform.answer(&path);
    h.get_by_label(knoppen::strings::t().export_png).click();
    // The export frames repaint until the picture arrives: step, do not wait to settle.
    h.run_steps(3);
    let shots = h.state().platform.screenshots.clone();
    assert_eq!(shots.len(), 1, "one picture asked for");
    let (rect, shot_path) = &shots[0];
    assert_eq!(shot_path, &path);
    let inside = |label: &str| {
        let node = h.get_by_label_contains(label);
        let r = node.rect();
        assert!(
            rect.contains_rect(r),
            "“{label}” at {r:?} is outside the picture {rect:?}"
        );
    };
    inside("Tijdlijn — ");
    inside(knoppen::strings::t().timeline_unit);
    inside(knoppen::strings::t().uncertain_part);
    inside("Bronnen: ");
    assert!(rect.height() > 500.0, "the chart uses the window: {rect:?}");
    assert!(
        rect.bottom() <= 768.0 + 1.0,
        "all of it on screen: {rect:?}"
    );
    // No buttons or panels of the normal window in the picture.
    assert!(h.query_by_label(knoppen::strings::t().export_png).is_none());
    // The picture arrives: back to the normal view.
    let written = knoppen::command::Command::Written(
        knoppen::command::WritePurpose::ChartPng,
        path.clone(),
        Ok(()),
    );
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, [written]);
    h.run();
    h.get_by_label(knoppen::strings::t().export_png);
}

/// The painted texts of the last frame: text, its rectangle and its clip rectangle.
fn painted(h: &Harness<'_, App>) -> Vec<(String, egui::Rect, egui::Rect)> {
    h.output()
        .shapes
        .iter()
        .filter_map(|c| match &c.shape {
            egui::epaint::Shape::Text(t) => Some((
                t.galley.text().to_owned(),
                t.galley.rect.translate(t.pos.to_vec2()),
                c.clip_rect,
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn hovering_a_row_says_its_words_in_a_tooltip_inside_the_window() {
    let mut h = harness(&["arbeid.etk", "asiel.nareis"]);
    h.run();
    // The working area, and the row's name beside the chart in it (the first from the top).
    let centre = h
        .query_all_by_role(Role::Pane)
        .find(|n| n.accesskit_node().label().as_deref() == Some(t().region_centre))
        .and_then(|n| n.accesskit_node().bounding_box())
        .expect("the working area");
    let name = painted(&h)
        .into_iter()
        .filter(|(t, r, _)| {
            t.starts_with("Aanpassing vrijst")
                && f64::from(r.left()) > centre.x0
                && f64::from(r.left()) < centre.x1
        })
        .min_by(|a, b| a.1.top().total_cmp(&b.1.top()))
        .expect("the row's name");
    // Near the right edge, where a label drawn beside the pointer would be cut.
    h.hover_at(egui::pos2(centre.x1 as f32 - 30.0, name.1.center().y));
    h.run();
    h.run();
    let shapes = painted(&h);
    let tip = shapes
        .iter()
        // The words with their basis and source: "“…” (bron; …)", the table has the words alone.
        .find(|(t, _, _)| t.starts_with('“') && t.ends_with(')'))
        .unwrap_or_else(|| {
            panic!(
                "no tooltip with the row's words: {:?}",
                shapes.iter().map(|s| &s.0).collect::<Vec<_>>()
            )
        });
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1600.0, 1000.0));
    assert!(
        screen.contains_rect(tip.1),
        "inside the window: {:?}",
        tip.1
    );
    assert!(
        tip.2.expand(1.0).contains_rect(tip.1),
        "not cut by its area: {:?} in {:?}",
        tip.1,
        tip.2
    );
    let on_a_background = h.output().shapes.iter().any(|c| match &c.shape {
        egui::epaint::Shape::Rect(r) => r.fill.a() == 255 && r.rect.contains_rect(tip.1),
        _ => false,
    });
    assert!(
        on_a_background,
        "the words stand on a background of their own"
    );
}

#[test]
fn measures_without_a_lead_time_are_counted_and_their_titles_folded() {
    let c = knoppen::catalogue::Catalogue::builtin().catalogue;
    let ids: Vec<&str> = c.measures.iter().map(|m| m.id.as_str()).collect();
    let mut h = harness(&ids);
    h.run();
    let header = h
        .query_all_by(|n| {
            n.label()
                .is_some_and(|l| l.starts_with(t().lead_unknown) && l.ends_with("maatregelen"))
        })
        .next()
        .expect("a counted header")
        .accesskit_node()
        .label()
        .expect("label");
    // No paragraph of titles run together under it: they are folded, one a line.
    let paragraph = h
        .query_all_by(|n| {
            n.label()
                .is_some_and(|l| l.starts_with(t().lead_unknown) && l.contains("; "))
        })
        .count();
    assert_eq!(paragraph, 0, "{header}");
}
