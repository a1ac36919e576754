//! The views. Each draws part of the state, which it only reads, and pushes what the user asked
//! for as [`crate::command::Command`]s; `app` applies them. A view keeps only its own widget
//! state (a search text, a sort order, a scroll position).

pub mod additions_view;
pub mod browser;
pub mod columns;
pub mod compare;
pub mod fiche;
pub mod figures_view;
pub mod gantt;
pub mod legend;
pub mod marker;
pub mod package_panel;
pub mod png_export;
pub mod preflight;
pub mod presenter;
pub mod presenter_view;
pub mod problems;
pub mod reader;
pub mod theme;
pub mod timeline_view;

/// Names a panel for screen readers, with its rectangle (the layout tests read it to check that
/// no text runs past the edge of its panel).
pub fn name_region(response: &egui::Response, name: &str) {
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Pane, true, name));
}

/// A grid of fixed steps (one line per year, say) while that stays a few hundred lines; beyond
/// that (far-apart data, or zoomed far out) egui_plot's own logarithmic grid. A fixed step over
/// a huge range would allocate a line per step and abort the app.
pub fn bounded_grid(steps: [f64; 3]) -> impl Fn(egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    const MAX_LINES: f64 = 500.0;
    let fixed = egui_plot::uniform_grid_spacer(move |_| steps);
    let adaptive = egui_plot::log_grid_spacer(10);
    move |input: egui_plot::GridInput| {
        let span = (input.bounds.1 - input.bounds.0).abs();
        if span.is_finite() && span / steps[0] <= MAX_LINES {
            fixed(input)
        } else {
            adaptive(input)
        }
    }
}

/// The right-hand pane of a view split in two (a list beside its content): a rule down its
/// left edge, and the room after a margin that keeps the content off the rule.
pub fn right_pane(ui: &egui::Ui, rest: egui::Rect) -> egui::Rect {
    ui.painter().vline(
        rest.left(),
        rest.y_range(),
        ui.visuals().widgets.noninteractive.bg_stroke,
    );
    rest.with_min_x(rest.left() + theme::GAP_L)
}
