//! The views. Each draws part of the state, which it only reads, and pushes what the user asked
//! for as [`crate::command::Command`]s; `app` applies them. A view keeps only its own widget
//! state (a search text, a sort order, a scroll position).

pub mod browser;
pub mod compare;
pub mod fiche;
pub mod figures_view;
pub mod package_panel;
pub mod png_export;
pub mod presenter;
pub mod problems;
pub mod theme;
pub mod timeline_view;

/// Names a panel for screen readers, with its rectangle (the layout tests read it to check that
/// no text runs past the edge of its panel).
pub fn name_region(response: &egui::Response, name: &str) {
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Pane, true, name));
}
