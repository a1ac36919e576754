//! The views. Each draws part of the state and returns what the user asked for as actions;
//! the app applies them.

pub mod browser;
pub mod compare;
pub mod fiche;
pub mod figures_view;
pub mod package_panel;
pub mod png_export;
pub mod presenter;
pub mod problems;
pub mod style;
pub mod timeline_view;

use std::path::PathBuf;

use crate::package::Edit;

/// Something the user asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show this measure's fiche (index into the catalogue).
    Select(usize),
    ToggleTheme,
    ShowProblems(bool),
    /// Change the package (undoable).
    Edit(Edit),
    /// End a run of edits (a note lost focus, a slider was released).
    BreakRun,
    Undo,
    Redo,
    New,
    Open,
    OpenPath(PathBuf),
    Save,
    SaveAs,
    Preset(usize),
    View(CenterView),
    ComparePreset(usize),
    CompareFile,
    CompareRemove(usize),
    /// The answer to "save changes first?".
    Confirm(ConfirmChoice),
    /// Recover (true) or discard (false) the autosaved package of an earlier session.
    Recover(bool),
    DismissNotice,
    /// Save the package note as Markdown (false) or HTML (true).
    ExportNote(bool),
    CopySummary,
    /// Show this figure (index into the catalogue's figures).
    ShowFigure(usize),
    ExportFigureCsv(String),
    /// Save the chart in this rectangle (points) as PNG.
    ExportChartPng(egui::Rect, String),
    /// Start presenter mode: the package (false) or the catalogue by track (true).
    Present(bool),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CenterView {
    Fiche,
    Figures,
    Timeline,
    Compare,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmChoice {
    Save,
    DontSave,
    Cancel,
}
