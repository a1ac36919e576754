//! The views. Each draws part of the state and returns what the user asked for as actions;
//! the app applies them.

pub mod browser;
pub mod fiche;
pub mod problems;
pub mod style;

/// Something the user asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show this measure's fiche (index into the catalogue).
    Select(usize),
    ToggleTheme,
    ShowProblems(bool),
}
