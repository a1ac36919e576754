//! The meeting-room check: at 1366×768 and 1920×1080, light and dark, no text runs past the
//! edge of the panel it is in — the browser with its filters open, the fiche of the longest
//! measure, every figure, the timeline of a 40-measure package and a comparison of three.

mod common;

use common::App;
use egui::accesskit::{Rect, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use knoppen::app::AppState;
use knoppen::catalogue::Catalogue;
use knoppen::command::{CenterView, Command};
use knoppen::strings::Lang;
use knoppen::strings::t;

const SIZES: [(f32, f32); 2] = [(1366.0, 768.0), (1920.0, 1080.0)];
/// Rounding slack, in points.
const SLACK: f64 = 1.0;

/// Roles that carry no text of their own.
fn is_container(role: Role) -> bool {
    matches!(
        role,
        Role::Pane
            | Role::Splitter
            | Role::ScrollBar
            | Role::GenericContainer
            | Role::Window
            | Role::Dialog
            | Role::Unknown
    )
}

/// The panels the window names, with their rectangles.
fn regions(h: &Harness<'_, App>) -> Vec<(String, Rect)> {
    h.query_all_by_role(Role::Pane)
        .filter_map(|n| {
            let node = n.accesskit_node();
            Some((node.label()?, node.bounding_box()?))
        })
        .collect()
}

/// Every text widget whose right edge runs past the panel its left edge is in (the innermost
/// named panel), or past the window.
fn overflowing(h: &Harness<'_, App>, width: f64) -> Vec<String> {
    let regions = regions(h);
    let centre_top = regions
        .iter()
        .map(|(_, r)| r.y0)
        .fold(f64::INFINITY, f64::min);
    let mut out = Vec::new();
    for n in h.query_all_by(|_| true) {
        let node = n.accesskit_node();
        let (Some(r), role) = (node.bounding_box(), node.role()) else {
            continue;
        };
        let text = node.value().or(node.label()).unwrap_or_default();
        if is_container(role) || text.trim().is_empty() || r.width() < 0.5 {
            continue;
        }
        // Above the side panels (top bar, notices): the window is the limit.
        let limit = if (r.y0 + r.y1) / 2.0 < centre_top {
            Some(("venster".to_owned(), width))
        } else {
            regions
                .iter()
                .filter(|(_, p)| p.x0 - SLACK <= r.x0 && r.x0 < p.x1 - SLACK)
                .min_by(|a, b| a.1.width().total_cmp(&b.1.width()))
                .map(|(name, p)| (name.clone(), p.x1))
        };
        let (panel, right) = limit.unwrap_or(("venster".to_owned(), width));
        let right = right.min(width);
        if r.x1 > right + SLACK {
            out.push(format!(
                "{role:?} “{}” runs to x={:.0}, past {panel} (x={right:.0})",
                text.chars().take(60).collect::<String>(),
                r.x1
            ));
        }
    }
    out
}

fn check(name: &str, state: impl Fn() -> AppState, prepare: impl Fn(&mut Harness<'_, App>)) {
    let mut failures = Vec::new();
    for (w, hgt) in SIZES {
        // English words run longer or shorter than Dutch: they must fit too.
        for (dark, lang) in [(false, Lang::Nl), (true, Lang::Nl), (false, Lang::En)] {
            let mut s = state();
            s.settings.dark = dark;
            s.settings.lang = lang;
            let mut h = common::harness_with(s, egui::vec2(w, hgt));
            prepare(&mut h);
            h.run();
            for f in overflowing(&h, f64::from(w)) {
                failures.push(format!("{name} {w}×{hgt} dark={dark} {lang:?}: {f}"));
            }
        }
        knoppen::strings::set_lang(Lang::Nl);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn builtin() -> AppState {
    AppState::new(Catalogue::builtin())
}

/// The measure with the most text in its fiche.
fn longest(c: &Catalogue) -> usize {
    let len = |m: &knoppen::catalogue::Measure| {
        let f = m.fiche.as_ref().map_or(0, |f| {
            [
                &f.description,
                &f.effect,
                &f.legal,
                &f.eu_comparison,
                &f.other,
                &f.timing,
                &f.needs,
                &f.implementation,
            ]
            .iter()
            .map(|t| t.as_ref().map_or(0, String::len))
            .sum()
        });
        f + m.title.len() + m.summary.len() + m.notes.len() * 200 + m.sources.len() * 80
    };
    (0..c.measures.len())
        .max_by_key(|&i| len(&c.measures[i]))
        .unwrap_or(0)
}

#[test]
fn the_browser_with_filters_open_fits_and_keeps_its_count_in_view() {
    check("catalogus", builtin, |h| {
        h.get_by_label(t().filters).click();
        h.run();
    });
    let mut h = common::harness_with(builtin(), egui::vec2(1366.0, 768.0));
    h.get_by_label(t().filters).click();
    h.run();
    let total = h.state().state.catalogue.measures.len();
    let label = format!("{total} van {total} maatregelen");
    let count = h.get_by_label(&label);
    let r = count
        .accesskit_node()
        .bounding_box()
        .expect("count has a place");
    assert!(
        r.y1 <= 768.0,
        "the count is pushed off-screen to y={}",
        r.y1
    );
}

#[test]
fn the_fiche_of_the_longest_measure_fits() {
    check(
        "fiche",
        || {
            let mut s = builtin();
            let i = longest(&s.catalogue);
            s.apply(Command::Select(i));
            s
        },
        |_| {},
    );
}

#[test]
fn every_figure_fits() {
    let n = Catalogue::builtin().catalogue.figures.len();
    assert!(n > 0);
    for i in 0..n {
        check(
            &format!("figuur {i}"),
            || {
                let mut s = builtin();
                s.apply(Command::ShowFigure(i));
                s
            },
            |_| {},
        );
    }
}

/// A package of 40 measures, across the streams.
fn forty() -> AppState {
    let c = Catalogue::builtin().catalogue;
    let ids: Vec<String> = c.measures.iter().take(40).map(|m| m.id.clone()).collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    common::state_with(&refs)
}

#[test]
fn the_timeline_of_forty_measures_fits() {
    check(
        "tijdlijn",
        || {
            let mut s = forty();
            s.apply(Command::View(CenterView::Timeline));
            s
        },
        |_| {},
    );
}

#[test]
fn comparing_three_packages_fits() {
    check(
        "vergelijken",
        || {
            let mut s = forty();
            s.apply(Command::ComparePreset(0));
            s.apply(Command::ComparePreset(2));
            s.apply(Command::View(CenterView::Compare));
            s
        },
        |_| {},
    );
}

/// The named panel's rectangle.
fn region(h: &Harness<'_, App>, name: &str) -> Option<Rect> {
    regions(h)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, r)| r)
}

#[test]
fn the_package_panel_folds_to_a_summary_and_back_and_is_remembered() {
    let mut h = common::harness_with(forty(), egui::vec2(1366.0, 768.0));
    let open = region(&h, "Pakketpaneel").expect("the panel").width();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Period);
    h.run();
    assert!(h.state().state.settings.package_collapsed, "remembered");
    let slim = region(&h, "Pakketpaneel").expect("the slim panel").width();
    assert!(slim < open / 2.0, "folded: {slim} of {open}");
    // The summary still gives the verdict per stream, and the way back.
    h.get_by_label("Arbeid");
    h.get_by_label("« Pakket").click();
    h.run();
    assert!(!h.state().state.settings.package_collapsed);
}

#[test]
fn focus_mode_gives_the_centre_the_whole_width_and_f11_brings_the_panels_back() {
    let mut h = common::harness_with(forty(), egui::vec2(1366.0, 768.0));
    h.key_press(egui::Key::F11);
    h.run();
    let centre = region(&h, "Werkvlak").expect("the centre");
    assert!(centre.width() > 1300.0, "{centre:?}");
    assert!(region(&h, "Catalogus").is_none());
    h.key_press(egui::Key::F11);
    h.run();
    assert!(region(&h, "Catalogus").is_some());
}

#[test]
fn zooming_in_keeps_the_centre_usable() {
    let mut h = common::harness_with(forty(), egui::vec2(1366.0, 768.0));
    // Ctrl + plus twice, as on a projector: fewer points across the same pixels.
    h.ctx.set_zoom_factor(1.5);
    h.run();
    h.run();
    let centre = region(&h, "Werkvlak").expect("the centre");
    let width = f64::from(h.ctx.content_rect().width());
    assert!(width < 1000.0, "zoomed: {width} points across");
    assert!(
        centre.width() > 0.3 * width,
        "centre {} of {width}",
        centre.width()
    );
}

#[test]
fn comparing_three_packages_at_laptop_size_breaks_no_word() {
    let mut s = forty();
    s.apply(Command::ComparePreset(0));
    s.apply(Command::ComparePreset(2));
    s.apply(Command::View(CenterView::Compare));
    // A laptop's width; tall enough that every row is painted (a label off screen is not).
    let mut h = common::harness_with(s, egui::vec2(1366.0, 5000.0));
    h.run();
    let broken = common::broken_words(&h);
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

#[test]
fn the_timeline_table_at_laptop_size_breaks_no_word() {
    let mut s = forty();
    s.apply(Command::View(CenterView::Timeline));
    // A laptop's width; tall enough that every row is painted.
    let mut h = common::harness_with(s, egui::vec2(1366.0, 5000.0));
    h.run();
    let broken = common::broken_words(&h);
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

#[test]
fn the_reader_fits_with_its_search_and_the_uncited_passages() {
    check(
        "bronteksten",
        || {
            let mut s = builtin();
            s.apply(Command::OpenSource {
                doc: "004".into(),
                line: 393,
                quote: None,
            });
            s.view.reader.show_uncited = true;
            s.view.reader.search = "kennismigrant".into();
            s
        },
        |_| {},
    );
}

#[test]
fn the_reader_at_laptop_size_breaks_no_word() {
    for (doc, line) in [("001", 222), ("004", 393)] {
        let mut s = builtin();
        s.apply(Command::OpenSource {
            doc: doc.into(),
            line,
            quote: None,
        });
        s.view.reader.show_uncited = true;
        // A laptop's width; tall enough that every row is painted.
        let mut h = common::harness_with(s, egui::vec2(1366.0, 4000.0));
        h.run();
        h.run();
        let broken = common::broken_words(&h);
        assert!(broken.is_empty(), "{doc}: {}", broken.join("\n"));
    }
}
