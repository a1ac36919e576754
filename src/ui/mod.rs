//! The views. Each draws part of the state, which it only reads, and pushes what the user asked
//! for as [`crate::command::Command`]s; `app` applies them. A view keeps only its own widget
//! state (a search text, a sort order, a scroll position).

pub mod browser;
pub mod compare;
pub mod fiche;
pub mod figures_view;
pub mod gantt;
pub mod package_panel;
pub mod png_export;
pub mod presenter;
pub mod problems;
pub mod theme;
pub mod timeline_view;
