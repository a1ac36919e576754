//! The user's words, never internals: documents by name and place, no file numbers, no lines of
//! a text extraction, no curation field names — unless the reader opens the fold for them.

mod common;

use common::App;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use knoppen::app::AppState;
use knoppen::catalogue::{Catalogue, Measure};
use knoppen::command::Command;
use knoppen::package::{Edit, MeetingStatus};
use knoppen::strings::t;

/// Every text on screen.
fn texts(h: &Harness<'_, App>) -> Vec<String> {
    h.query_all_by(|_| true)
        .filter_map(|n| {
            let node = n.accesskit_node();
            node.value().or(node.label())
        })
        .collect()
}

/// "regel 46", "(r. 46)", a bare "000"–"004", "title:": what only a data maintainer reads.
fn internal(text: &str) -> bool {
    let ids = ["000", "001", "002", "003", "004"];
    let bare_id = text
        .split(|c: char| !c.is_alphanumeric() && c != '.' && c != ',')
        .any(|w| ids.contains(&w));
    bare_id
        || text.contains(" regel ")
        || text.contains("(r. ")
        || text.contains(".txt")
        || ["title:", "variants:", "fiche.legal:"]
            .iter()
            .any(|f| text.contains(f))
}

fn fiche_of(pick: impl Fn(&Measure) -> bool) -> (Harness<'static, App>, Measure) {
    let mut s = AppState::new(Catalogue::builtin());
    let i = s
        .catalogue
        .measures
        .iter()
        .position(pick)
        .expect("such a measure");
    let m = s.catalogue.measures[i].clone();
    s.apply(Command::Select(i));
    (common::harness_with(s, egui::vec2(1600.0, 1000.0)), m)
}

#[test]
fn a_fiche_names_documents_and_places_and_keeps_the_data_notes_folded() {
    // A measure with curation notes, with sources that carry lines.
    let (mut h, m) = fiche_of(|m| {
        m.notes.iter().any(|n| n.field == "title") && m.sources.iter().any(|s| s.line.is_some())
    });
    let shown: Vec<String> = texts(&h).into_iter().filter(|t| internal(t)).collect();
    assert!(shown.is_empty(), "{}: {shown:#?}", m.id);
    h.get_by_label(t().data_notes).click_accesskit();
    h.run();
    // Behind the fold: the file and the line, for whoever checks the data.
    assert!(texts(&h).iter().any(|t| t.contains(".txt, regel ")));
    assert!(texts(&h).iter().any(|t| t.starts_with("• Titel: ")));
}

#[test]
fn variants_without_their_own_sign_say_so_once() {
    let (h, m) =
        fiche_of(|m| m.variants.len() > 1 && m.variants.iter().all(|v| v.effect.is_none()));
    let all = texts(&h);
    assert!(
        !all.iter()
            .any(|t| t.contains("geen eigen teken in de bron")),
        "{}",
        m.id
    );
    let once = h
        .query_all_by_role(egui::accesskit::Role::Label)
        .filter_map(|n| n.accesskit_node().value())
        .filter(|t| t.contains("geen eigen teken"))
        .count();
    assert_eq!(once, 1, "{}", m.id);
}

#[test]
fn a_measure_without_a_ministry_says_the_sources_do_not_name_one() {
    let (h, _) = fiche_of(|m| m.ministries.is_empty());
    h.get_by_label(t().ministries_not_recorded);
}

#[test]
fn the_package_names_ministries_as_recorded_and_sets_rejected_measures_apart() {
    let c = Catalogue::builtin().catalogue;
    let with = c
        .measures
        .iter()
        .find(|m| !m.ministries.is_empty())
        .expect("a measure with a ministry");
    let without = c
        .measures
        .iter()
        .find(|m| m.ministries.is_empty())
        .expect("a measure without");
    let mut s = common::state_with(&[&with.id, &without.id]);
    s.document
        .edit(Edit::SetStatus(without.id.clone(), MeetingStatus::Rejected));
    let h = common::harness_with(s, egui::vec2(1600.0, 1000.0));
    h.get_by_label(t().rejected_group);
    // The rejected measure does not count, so all counted measures record a ministry.
    let line = format!("Ministerie: {}", with.ministries.join(", "));
    h.get_by_label(&line);
}

#[test]
fn the_note_names_documents_not_files_or_lines() {
    let c = Catalogue::builtin().catalogue;
    let ids: Vec<&str> = c.measures.iter().take(30).map(|m| m.id.as_str()).collect();
    let s = common::state_with(&ids);
    let note = s.report().to_markdown();
    let bad: Vec<&str> = note.lines().filter(|l| internal(l)).collect();
    assert!(bad.is_empty(), "{bad:#?}");
    assert!(note.contains("Kamerbrief 14 november 2024") || note.contains("Lijst maatregelen"));
}
