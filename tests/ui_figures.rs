//! The figures view through the UI: open a figure, toggle its table, read the values.

mod common;

use common::App;
use egui_kittest::{Harness, kittest::Queryable};
use knoppen::app::AppState;
use knoppen::catalogue::load;
use knoppen::command::{CenterView, Command};
use knoppen::strings::t;

const FIG: &str = r#"(figures: [
    (
        id: "test-instroom",
        title: "Instroom testcategorie",
        unit: "personen",
        kind: StackedBars,
        categories: ["2020", "2021", "2022"],
        series: [
            (name: "Kennismigranten", values: [N(282080), N(0.6), Missing]),
            (name: "Overig", values: [N(10), N(20), N(30)]),
        ],
        totals: Some([N(282090), N(20.6), Missing]),
        notes: ["Stand, geen jaarlijkse instroom."],
        source: (doc: "002", at: "Bijlage 1", line: Some(1)),
        measures: ["arbeid.aantrekkelijk-kennismigranten"],
    ),
])"#;

fn harness() -> Harness<'static, App> {
    let files = knoppen::catalogue::embedded_files()
        .map(|(p, t)| (p, Ok(t)))
        .chain(std::iter::once((
            std::path::PathBuf::from("fig-test.ron"),
            Ok(FIG.to_owned()),
        )));
    let report = load::load_sources(files);
    assert!(report.errors.is_empty(), "{:#?}", report.errors);
    common::harness_with(AppState::new(report), egui::vec2(1600.0, 1000.0))
}

#[test]
fn a_figure_opens_from_its_measure_and_shows_exact_values_as_a_table() {
    let mut h = harness();
    // From the measure's fiche to the figure.
    let pos = h
        .state()
        .state
        .catalogue
        .position("arbeid.aantrekkelijk-kennismigranten")
        .expect("measure");
    common::run(&mut h, [Command::Select(pos)]);
    h.run();
    h.get_by_label(t().figures_for_measure);
    h.get_by_label("Instroom testcategorie").click();
    h.run();
    assert_eq!(h.state().state.view.center, CenterView::Figures);
    h.get_by_label("Eenheid: personen");
    // The data notes are folded, as in the fiche, and open on request.
    assert!(
        h.query_by_label("Stand, geen jaarlijkse instroom.")
            .is_none()
    );
    h.get_by_label(t().data_notes).click();
    h.run();
    h.get_by_label("Stand, geen jaarlijkse instroom.");
    // The table shows the source's values; a missing cell says so and is not filled in.
    h.get_by_label(t().show_as_table).click();
    h.run();
    // Written the Dutch way: a point between thousands, a decimal comma.
    h.get_by_label("282.080");
    h.get_by_label("0,6");
    // The missing value and the missing total.
    assert_eq!(h.query_all_by_label(t().missing).count(), 2);
    h.get_by_label("282.090");
    // And back to the measure.
    h.get_by_role_and_label(
        egui::accesskit::Role::Link,
        "Nederland aantrekkelijker maken voor kennismigranten",
    )
    .click();
    h.run();
    assert_eq!(h.state().state.view.center, CenterView::Fiche);
    assert_eq!(h.state().state.view.browser.selected, Some(pos));
}

#[test]
fn figures_csv_has_one_row_per_value_and_per_printed_total() {
    let report = load::load_sources([(std::path::PathBuf::from("documents.ron"), Ok(r#"(documents: [(id: "002", short: "D", rank: 1, file: "f", title: "D", date: "2023")])"#.to_owned())), (std::path::PathBuf::from("f.ron"), Ok(FIG.replace(r#"measures: ["arbeid.aantrekkelijk-kennismigranten"],"#, "")))]);
    assert!(report.errors.is_empty(), "{:#?}", report.errors);
    let csv = knoppen::catalogue::figures::to_csv(&report.catalogue.figures);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "figure_id,title,series,category,value,unit,source"
    );
    // Six values, then the three totals the source prints, as series "Totaal".
    assert_eq!(lines.len(), 1 + 6 + 3);
    assert!(lines[7].contains(",Totaal,2020,"), "{}", lines[7]);
    assert_eq!(
        lines[1],
        "test-instroom,Instroom testcategorie,Kennismigranten,2020,282080,personen,002 Bijlage 1 (r. 1)"
    );
    assert!(
        lines[3].ends_with(",2022,X,personen,002 Bijlage 1 (r. 1)"),
        "a value the source marks unavailable is written X, as the source prints it: {}",
        lines[3]
    );
}

#[test]
fn a_figure_whose_series_do_not_fit_its_categories_is_a_located_error() {
    let bad = FIG.replace("N(10), N(20), N(30)", "N(10), N(20)");
    let files = knoppen::catalogue::embedded_files()
        .map(|(p, t)| (p, Ok(t)))
        .chain(std::iter::once((
            std::path::PathBuf::from("bad.ron"),
            Ok(bad),
        )));
    let report = load::load_sources(files);
    assert_eq!(report.errors.len(), 1);
    let e = &report.errors[0];
    assert_eq!(
        (e.file.to_str(), e.line, e.field.as_str()),
        (Some("bad.ron"), 3, "values")
    );
}

#[test]
fn a_figure_is_saved_as_excel_from_its_view_with_numbers_as_numbers() {
    let mut h = harness();
    let i = h
        .state()
        .state
        .catalogue
        .figures
        .iter()
        .position(|f| f.id == "test-instroom")
        .expect("figure");
    let path = common::temp("figure-excel-ui", "instroom.xlsx");
    h.state_mut().platform.answer(&path);
    common::run(&mut h, [Command::ShowFigure(i)]);
    h.get_by_label(t().export_figure_excel).click();
    h.run();
    h.run();
    let book = common::office::read_xlsx(&std::fs::read(&path).expect("written"));
    let (name, cells) = &book.sheets[1];
    use common::office::Cell;
    assert_eq!(cells.get(&(0, 0)), Some(&Cell::Text("Jaar".into())));
    assert_eq!(cells.get(&(1, 1)), Some(&Cell::Number(282_080.0)));
    assert_eq!(cells.get(&(2, 1)), Some(&Cell::Number(0.6)));
    assert_eq!(
        cells.get(&(3, 1)),
        Some(&Cell::Text("X".into())),
        "the source's X, never an empty cell Excel would sum as 0"
    );
    assert_eq!(
        cells.get(&(1, 3)),
        Some(&Cell::Number(282_090.0)),
        "the source's total"
    );
    // One decimal, as the source gives 0,6; Excel groups thousands the Dutch way.
    assert_eq!(book.number_format(name, (1, 1)).as_deref(), Some("#,##0.0"));
}

/// On a laptop's real window (1366×700) with the package panel open, the figure and its
/// buttons stay in the working area: nothing runs under the package panel.
#[test]
fn a_figure_stays_beside_the_package_panel_at_laptop_size() {
    use egui_kittest::kittest::NodeT;
    let state = common::state_with(&["arbeid.etk", "arbeid.eures", "asiel.nareis"]);
    let mut h = common::harness_with(state, egui::vec2(1366.0, 700.0));
    let line = h
        .state()
        .state
        .catalogue
        .figures
        .iter()
        .position(|f| f.kind == knoppen::catalogue::figures::FigureKind::Line)
        .expect("a line chart");
    common::run(
        &mut h,
        [
            Command::View(CenterView::Figures),
            Command::ShowFigure(line),
        ],
    );
    let panel = h
        .get_by_label(t().region_package)
        .accesskit_node()
        .bounding_box()
        .expect("the package panel")
        .x0;
    for label in ["PNG opslaan…", "CSV opslaan…"] {
        let b = h
            .get_by_label(label)
            .accesskit_node()
            .bounding_box()
            .expect(label);
        assert!(
            b.x1 <= panel + 1.0,
            "{label} runs to {} under the panel at {panel}",
            b.x1
        );
    }
}
