//! The reader through the UI: from a fiche's source to the passage in its document, the cited
//! words highlighted; back to the fiche; search with accents folded; the uncited passages.

mod common;

use common::App;
use egui_kittest::{
    Harness,
    kittest::{NodeT, Queryable},
};
use knoppen::command::{CenterView, Command};
use knoppen::strings::t;
use knoppen::ui::reader::Cited;

const EURES: &str = "arbeid.eures";
const FICHE_SOURCE: &str =
    "Lijst maatregelen per migratiestroom, 2023, Fiche 'Beter benutten EURES'";

fn at_fiche(id: &str) -> (Harness<'static, App>, usize) {
    let mut h = common::harness(egui::vec2(1600.0, 1000.0));
    let pos = h.state().state.catalogue.position(id).expect("measure");
    common::run(&mut h, [Command::Select(pos)]);
    (h, pos)
}

#[test]
fn a_fiche_source_opens_the_reader_at_its_passage_and_back_returns() {
    let (mut h, pos) = at_fiche(EURES);
    let link = h
        .query_all_by_label(FICHE_SOURCE)
        .next()
        .expect("the source is a link in the fiche");
    link.scroll_to_me();
    h.run();
    h.query_all_by_label(FICHE_SOURCE)
        .next()
        .expect("link")
        .click();
    h.run();
    h.run();
    let state = &h.state().state;
    assert_eq!(state.view.center, CenterView::Reader);
    assert_eq!(
        state.view.reader.cited,
        Some(Cited {
            doc: "004".into(),
            line: 607,
            quote: None
        })
    );
    assert_eq!(
        state.view.reader.highlighted(),
        [(607, "Maatregel: Beter benutten EURES".to_owned())]
    );
    // What is shown: the cited passage, marked as such with its words, in its section.
    h.get_by_label(&format!(
        "{}: Maatregel: Beter benutten EURES",
        t().reader_cited_passage
    ));
    assert!(
        h.query_all_by_label("Maatregel: Beter benutten EURES")
            .count()
            >= 2
    );
    // The measures citing the passage stand beside it.
    h.get_by_role_and_label(egui::accesskit::Role::Link, "Beter benutten EURES");
    // Back returns to the fiche of the same measure.
    h.get_by_label(t().reader_back).click();
    h.run();
    let state = &h.state().state;
    assert_eq!(state.view.center, CenterView::Fiche);
    assert_eq!(state.view.browser.selected, Some(pos));
    assert!(state.view.came_from.is_none());
    h.get_by_label(FICHE_SOURCE);
}

#[test]
fn the_source_link_opens_with_the_keyboard() {
    let (mut h, _) = at_fiche(EURES);
    h.query_all_by_label(FICHE_SOURCE)
        .next()
        .expect("link")
        .focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    h.run();
    assert_eq!(h.state().state.view.center, CenterView::Reader);
    // Alt+← goes back.
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().state.view.center, CenterView::Fiche);
}

#[test]
fn search_folds_accents_and_a_hit_leads_to_its_passage() {
    let (mut h, _) = at_fiche(EURES);
    common::run(&mut h, [Command::View(CenterView::Reader)]);
    h.get_by_label(t().reader_search).click();
    h.run();
    h.get_by_label(t().reader_search)
        .type_text("eenstatusstelsel");
    h.run();
    h.run();
    let hit = h
        .query_all_by_role(egui::accesskit::Role::Link)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.contains("éénstatusstelsel"))
        })
        .expect("a hit in the measure list");
    hit.click();
    h.run();
    h.run();
    let reader = &h.state().state.view.reader;
    let cited = reader.cited.as_ref().expect("cited");
    assert_eq!((cited.doc.as_str(), cited.line), ("004", 393));
    let words = reader.highlighted();
    assert_eq!(words.len(), 1, "{words:?}");
    assert_eq!(words[0].1.to_lowercase(), "éénstatusstelsel");
}

#[test]
fn uncited_passages_are_marked_on_request() {
    let (mut h, _) = at_fiche(EURES);
    // A passage of the 2025 letter that nothing in the catalogue cites (found, not hard-coded:
    // the catalogue keeps closing gaps).
    let catalogue = &h.state().state.catalogue;
    let library = knoppen::sources::Library::for_catalogue(catalogue);
    let index = knoppen::sources::index(catalogue, &library);
    let letter = library.get("001").expect("the 2025 letter");
    let gap = index
        .uncited(letter)
        .first()
        .map(|p| p.first())
        .expect("an uncited passage");
    common::run(
        &mut h,
        [Command::ReadAt {
            doc: "001".into(),
            line: gap,
        }],
    );
    assert!(h.query_by_label(t().reader_uncited).is_none());
    h.get_by_label(t().reader_show_uncited).click();
    h.run();
    h.run();
    assert!(h.query_all_by_label(t().reader_uncited).count() >= 1);
    assert!(
        h.query_by_label_contains(t().reader_uncited_count)
            .is_some()
    );
}

#[test]
fn a_figure_caption_opens_the_reader_and_back_returns_to_the_figure() {
    let mut h = common::harness(egui::vec2(1600.0, 1000.0));
    let (i, f) = {
        let c = &h.state().state.catalogue;
        let i = c
            .figures
            .iter()
            .position(|f| f.source.line.is_some())
            .expect("a figure with a line");
        (i, c.figures[i].clone())
    };
    common::run(&mut h, [Command::ShowFigure(i)]);
    let place = knoppen::strings::source_place(&h.state().state.catalogue, &f.source);
    let link = h.query_all_by_label(&place).next().expect("caption link");
    link.scroll_to_me();
    h.run();
    h.query_all_by_label(&place).next().expect("link").click();
    h.run();
    h.run();
    let state = &h.state().state;
    assert_eq!(state.view.center, CenterView::Reader);
    let cited = state.view.reader.cited.as_ref().expect("cited");
    assert_eq!(Some(cited.line as u32), f.source.line);
    common::run(&mut h, [Command::Back]);
    assert_eq!(h.state().state.view.center, CenterView::Figures);
    assert_eq!(h.state().state.view.figures.selected, Some(i));
}

#[test]
fn a_timeline_row_opens_the_reader_at_its_source() {
    let mut state = common::state_with(&[EURES]);
    state.apply(Command::View(CenterView::Timeline));
    let mut h = common::harness_with(state, egui::vec2(1600.0, 1000.0));
    let (source, place) = {
        let s = &h.state().state;
        let m = s.catalogue.get(EURES).expect("measure");
        let source = m
            .timing
            .as_ref()
            .map(|t| t.source.clone())
            .unwrap_or_else(|| m.sources[0].clone());
        let place = knoppen::additions_text::source(&s.catalogue, &source);
        (source, place)
    };
    let link = h.query_all_by_label(&place).next().expect("row link");
    link.scroll_to_me();
    h.run();
    h.query_all_by_label(&place).next().expect("link").click();
    h.run();
    let s = &h.state().state;
    assert_eq!(s.view.center, CenterView::Reader);
    let cited = s.view.reader.cited.as_ref().expect("cited");
    assert_eq!(
        (cited.doc.as_str(), Some(cited.line as u32)),
        (source.doc.as_str(), source.line)
    );
    common::run(&mut h, [Command::Back]);
    assert_eq!(h.state().state.view.center, CenterView::Timeline);
}

#[test]
fn the_package_panels_why_opens_the_source_of_a_measures_effect() {
    let state = common::state_with(&["arbeid.etk"]);
    let mut h = common::harness_with(state, egui::vec2(1600.0, 1000.0));
    let first = {
        let c = &h.state().state.catalogue;
        c.get("arbeid.etk").expect("measure").sources[0].clone()
    };
    let place = knoppen::strings::source_place(&h.state().state.catalogue, &first);
    h.get_by_role_and_label(
        egui::accesskit::Role::Link,
        &format!("{}: {place}", t().source),
    )
    .click();
    h.run();
    let s = &h.state().state;
    assert_eq!(s.view.center, CenterView::Reader);
    let cited = s.view.reader.cited.as_ref().expect("cited");
    assert_eq!(
        (cited.doc.as_str(), Some(cited.line as u32)),
        (first.doc.as_str(), first.line)
    );
    h.get_by_label(t().reader_back).click();
    h.run();
    assert_eq!(h.state().state.view.center, CenterView::Fiche);
}
