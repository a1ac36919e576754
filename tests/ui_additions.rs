//! Keeping the catalogue current through the window "Catalogus bijwerken": a new letter, a
//! status step and a new measure typed into the forms, then found in the list, in the fiche's
//! history and in a package's verdict; saved to the user's folder; refused without a quote.

mod common;

use common::App;
use egui::accesskit::Role;
use egui_kittest::{
    Harness,
    kittest::{NodeT, Queryable},
};
use knoppen::app::AppState;
use knoppen::catalogue::additions;
use knoppen::command::{CatalogueCommand, Command};
use knoppen::package::Edit;
use knoppen::strings::t;

const LETTER: &str = "Kamerbrief voortgang arbeidsmigratie 2026";
const NEW: &str = "Register voor uitzendbureaus met borg";

fn harness(test: &str) -> (Harness<'static, App>, std::path::PathBuf) {
    let dir = common::temp(test, "catalogue");
    let state =
        AppState::new(knoppen::catalogue::Catalogue::builtin()).with_user_catalogue(dir.clone());
    let mut h = common::harness_with(state, egui::vec2(1600.0, 1000.0));
    common::run(&mut h, [Command::Catalogue(CatalogueCommand::Show(true))]);
    (h, dir)
}

fn type_into(h: &mut Harness<'_, App>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn tab(h: &mut Harness<'_, App>, name: &str) {
    h.get_by_label(name).click();
    h.run();
}

fn add(h: &mut Harness<'_, App>) {
    h.get_by_label(t().own.add).click();
    h.run();
}

/// The letter through the document form: it becomes the source of the forms that follow.
fn add_letter(h: &mut Harness<'_, App>) {
    type_into(h, "Titel", LETTER);
    type_into(h, "Datum (JJJJ-MM-DD of JJJJ-MM)", "2026-03-02");
    add(h);
    assert_eq!(
        h.state().state.user.own.documents.len(),
        1,
        "{:?}",
        h.state().state.view.additions.feedback
    );
}

fn source(h: &mut Harness<'_, App>, place: &str, quote: &str) {
    type_into(h, "Vindplaats (paragraaf, pagina of alinea)", place);
    type_into(h, "Citaat", quote);
}

#[test]
fn a_letter_and_a_step_typed_in_the_forms_show_in_the_fiche_history() {
    let (mut h, _) = harness("ui-step");
    add_letter(&mut h);
    tab(&mut h, "Stap");
    // The measure is chosen from the list of titles (widget state of the form).
    h.state_mut().state.view.additions.step.measure = "arbeid.etk".into();
    h.state_mut().state.view.additions.step.status = knoppen::catalogue::Status::BillInParliament;
    h.run();
    type_into(&mut h, "Datum (JJJJ-MM-DD of JJJJ-MM)", "2026-03-02");
    type_into(
        &mut h,
        "Wat er gebeurt",
        "Het wetsvoorstel is bij de Kamer ingediend.",
    );
    source(
        &mut h,
        "p. 3, alinea 2",
        "Het wetsvoorstel is op 2 maart ingediend.",
    );
    add(&mut h);
    h.get_by_label(t().own.added);
    // The review lists it with its source and quote.
    tab(&mut h, "Overzicht");
    h.get_by_label_contains(&format!("Nieuw document (Kamerbrief): {LETTER}"));
    h.get_by_label_contains(
        "Nieuwe stap bij Aanpassing vrijstelling Extraterritoriale Kosten (ETK): 2026-03-02",
    );
    h.get_by_label_contains("“Het wetsvoorstel is op 2 maart ingediend.”");
    // Close the window and open the measure's fiche: the step is in its history.
    common::run(&mut h, [Command::Catalogue(CatalogueCommand::Show(false))]);
    let i = h
        .state()
        .state
        .catalogue
        .position("arbeid.etk")
        .expect("etk");
    common::run(&mut h, [Command::Select(i)]);
    h.get_by_label_contains(
        "2 maart 2026 — wetsvoorstel bij de Kamer: Het wetsvoorstel is bij de Kamer ingediend.",
    );
    h.get_by_label_contains(&format!("{LETTER}, p. 3, alinea 2"));
}

#[test]
fn a_new_measure_typed_in_the_form_is_in_the_list_and_in_a_package_verdict_and_saved() {
    let (mut h, dir) = harness("ui-measure");
    add_letter(&mut h);
    tab(&mut h, "Nieuwe maatregel");
    type_into(&mut h, "Titel", NEW);
    type_into(&mut h, "Effect zoals geschreven", "-");
    type_into(&mut h, "Termijn (KT, MLT, LT)", "korte termijn");
    type_into(
        &mut h,
        "Samenvatting (twee of drie regels)",
        "Uitzendbureaus stellen een borg voordat zij arbeidsmigranten plaatsen.",
    );
    type_into(&mut h, "Ministeries (kommagescheiden)", "SZW");
    source(&mut h, "§ 3", "Wij voeren een borg in voor uitzendbureaus.");
    add(&mut h);
    h.get_by_label(t().own.added);
    let id = h
        .state()
        .state
        .catalogue
        .measures
        .iter()
        .find(|m| m.title == NEW)
        .map(|m| m.id.clone())
        .expect("the new measure is in the catalogue");
    // In the list.
    common::run(&mut h, [Command::Catalogue(CatalogueCommand::Show(false))]);
    h.get_by_label(t().search_label).click();
    h.run();
    h.get_by_label(t().search_label).type_text("borg");
    h.run();
    assert!(h.query_all_by_role(Role::ListItem).any(|n| {
        egui_kittest::kittest::NodeT::accesskit_node(&n)
            .label()
            .as_deref()
            == Some(NEW)
    }));
    // In a package: the verdict counts it, and the panel says the package uses an addition.
    common::run(&mut h, [Command::Edit(Edit::Add(id.clone()))]);
    h.get_by_label("Totaal: per saldo beperkend");
    h.get_by_label_contains(t().own.package_uses);
    // Saved through the window: the folder now layers it for the next run.
    common::run(&mut h, [Command::Catalogue(CatalogueCommand::Show(true))]);
    h.get_by_label("Opslaan").click();
    h.run();
    let again = additions::layered(Some(&dir));
    assert!(again.errors.is_empty(), "{:#?}", again.errors);
    assert!(again.catalogue.get(&id).is_some());
    assert!(!h.state().state.user.dirty());
}

#[test]
fn a_fact_without_a_quote_is_refused_and_says_why() {
    let (mut h, _) = harness("ui-noquote");
    add_letter(&mut h);
    tab(&mut h, "Stap");
    h.state_mut().state.view.additions.step.measure = "arbeid.etk".into();
    h.run();
    type_into(&mut h, "Datum (JJJJ-MM-DD of JJJJ-MM)", "2026-03");
    type_into(&mut h, "Wat er gebeurt", "Aangekondigd.");
    type_into(&mut h, "Vindplaats (paragraaf, pagina of alinea)", "p. 1");
    add(&mut h);
    h.get_by_label("Citaat is verplicht.");
    assert!(h.state().state.user.own.steps.is_empty());
}

#[test]
fn a_correction_keeps_the_original_in_the_history() {
    let (mut h, _) = harness("ui-correction");
    add_letter(&mut h);
    tab(&mut h, "Correctie");
    let before = h
        .state()
        .state
        .catalogue
        .get("arbeid.etk")
        .expect("etk")
        .implementation
        .clone();
    h.state_mut().state.view.additions.correction.measure = "arbeid.etk".into();
    h.state_mut().state.view.additions.correction.field =
        knoppen::catalogue::CorrectedField::Implementation;
    h.run();
    type_into(&mut h, "Nieuwe waarde", "per 1 januari 2027");
    source(&mut h, "p. 4", "De invoering volgt per 1 januari 2027.");
    add(&mut h);
    tab(&mut h, "Overzicht");
    h.get_by_label_contains(&format!(
        "implementatietermijn ‘{before}’ wordt ‘per 1 januari 2027’"
    ));
    common::run(&mut h, [Command::Catalogue(CatalogueCommand::Show(false))]);
    let i = h
        .state()
        .state
        .catalogue
        .position("arbeid.etk")
        .expect("etk");
    common::run(&mut h, [Command::Select(i)]);
    h.get_by_label_contains(&format!(
        "gecorrigeerd: implementatietermijn was ‘{before}’"
    ));
}

#[test]
fn a_package_with_added_measures_names_them_and_warns_where_they_are_absent() {
    let (mut h, dir) = harness("ui-package");
    add_letter(&mut h);
    tab(&mut h, "Nieuwe maatregel");
    type_into(&mut h, "Titel", NEW);
    type_into(&mut h, "Effect zoals geschreven", "PM");
    type_into(
        &mut h,
        "Samenvatting (twee of drie regels)",
        "Een borg voor uitzendbureaus.",
    );
    source(&mut h, "§ 3", "Wij voeren een borg in.");
    add(&mut h);
    let id = h
        .state()
        .state
        .catalogue
        .measures
        .iter()
        .find(|m| m.title == NEW)
        .map(|m| m.id.clone())
        .expect("added");
    common::run(&mut h, [Command::Edit(Edit::Add(id.clone()))]);
    let file = dir.parent().expect("dir").join("pakket.knoppen");
    h.state_mut().platform.answer(&file);
    common::run(&mut h, [Command::SaveAs]);
    let saved = std::fs::read_to_string(&file).expect("saved");
    assert!(
        saved.contains(NEW),
        "the package names the added measure: {saved}"
    );

    // A colleague without the additions opens it: told which measure, from which letter.
    let mut theirs = common::harness_with(
        AppState::new(knoppen::catalogue::Catalogue::builtin()),
        egui::vec2(1600.0, 1000.0),
    );
    common::run(&mut theirs, [Command::OpenPath(file.clone())]);
    assert!(
        theirs.state().state.package().contains(&id),
        "kept in the package"
    );
    let notice = theirs.state().state.view.notice.clone().expect("a warning");
    assert!(
        notice
            .text
            .contains("toevoegingen aan de catalogus die hier ontbreken")
            && notice.text.contains(NEW)
            && notice.text.contains(LETTER),
        "{}",
        notice.text
    );
    assert!(
        !notice.text.contains(&id),
        "no ids on screen: {}",
        notice.text
    );
}

#[test]
fn an_addition_can_be_taken_back_but_not_a_document_others_rest_on() {
    let (mut h, dir) = harness("ui-remove");
    add_letter(&mut h);
    tab(&mut h, "Stap");
    h.state_mut().state.view.additions.step.measure = "arbeid.etk".into();
    h.run();
    type_into(&mut h, "Datum (JJJJ-MM-DD of JJJJ-MM)", "2026-03");
    type_into(&mut h, "Wat er gebeurt", "Aangekondigd.");
    source(&mut h, "p. 1", "Wij kondigen aan.");
    add(&mut h);
    tab(&mut h, "Overzicht");
    // The letter first: the step rests on it, so it stays.
    h.get_all_by_label(t().own.remove)
        .next()
        .expect("a button")
        .click();
    h.run();
    h.get_by_label_contains("Niet verwijderd");
    assert_eq!(h.state().state.user.own.documents.len(), 1);
    // The step can go; then the letter can.
    h.get_all_by_label(t().own.remove)
        .nth(1)
        .expect("the step's")
        .click();
    h.run();
    assert!(h.state().state.user.own.steps.is_empty());
    let etk = h.state().state.catalogue.get("arbeid.etk").expect("etk");
    assert!(etk.lineage.iter().all(|s| s.date != "2026-03"));
    h.get_by_label(t().own.remove).click();
    h.run();
    assert!(h.state().state.user.own.documents.is_empty());
    h.get_by_label(t().own.nothing_yet);
    // Saving nothing leaves a file the loader reads without complaint.
    common::run(&mut h, [Command::Catalogue(CatalogueCommand::Save)]);
    assert!(dir.join(additions::OWN_FILE).is_file());
    let again = additions::layered(Some(&dir));
    assert!(again.errors.is_empty(), "{:#?}", again.errors);
}

#[test]
fn saving_keeps_what_the_command_line_imported_meanwhile() {
    let (mut h, dir) = harness("save-merges");
    add_letter(&mut h);
    common::run(&mut h, [Command::Catalogue(CatalogueCommand::Save)]);
    // Meanwhile, the command line imports a colleague's letter into the same folder.
    let shared = dir.with_file_name("collega.ron");
    std::fs::write(
        &shared,
        r#"(documents: [(id: "eigen-collega", file: "", title: "Brief van een collega", short: "Brief collega", rank: 10, date: "2026-04-01", kind: Some(Letter))])"#,
    )
    .expect("write");
    let user_data = dir.parent().expect("the user data folder");
    assert_eq!(additions::catalogue_dir(user_data), dir);
    let out = common::cli()
        .env("KNOPPEN_USER_DATA", user_data)
        .args(["catalogue", "import"])
        .arg(&shared)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The window adds a second letter of its own and saves.
    type_into(&mut h, "Titel", "Tweede brief");
    type_into(&mut h, "Datum (JJJJ-MM-DD of JJJJ-MM)", "2026-05-01");
    add(&mut h);
    common::run(&mut h, [Command::Catalogue(CatalogueCommand::Save)]);
    let own = additions::read_own(&dir).expect("the own file");
    let titles: Vec<&str> = own.documents.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(titles.len(), 3, "{titles:?}");
    assert!(titles.contains(&"Brief van een collega"), "{titles:?}");
}

#[test]
fn the_measure_of_a_step_is_found_by_typing_part_of_its_title() {
    let (mut h, _dir) = harness("measure-search");
    tab(&mut h, "Stap");
    // The picker is a search field: a few letters narrow 94 measures to the ones meant.
    h.get_by_label(t().own.measure).click();
    h.run();
    h.get_by_label(t().own.measure).type_text("extraterrit");
    h.run();
    let shown: Vec<String> = h
        .query_all_by_role(Role::ListBoxOption)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(
        shown,
        ["Aanpassing vrijstelling Extraterritoriale Kosten (ETK)"],
        "only what matches"
    );
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().state.view.additions.step.measure, "arbeid.etk");
}
