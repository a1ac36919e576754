//! Knoppen: the catalogue of labour-migration measures, packages of measures and what they do.
//!
//! The model (`month`, `catalogue`, `package`, `effect`, `timeline`, `history`, `presets`) is plain
//! data and functions; the text layer (`strings`, `report`, `present`, `office`) words it; `ui` draws it and
//! `app` ties them together. `tests/layers.rs` keeps the model from reaching up.

// No panic on data: an unwrap or expect outside the tests is a defect.
#![deny(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod additions_text;
pub mod app;
pub mod catalogue;
pub mod cli;
pub mod command;
pub mod comparison;
pub mod effect;
pub mod handout;
pub mod history;
pub mod month;
pub mod office;
pub mod package;
pub mod present;
pub mod presets;
pub mod report;
pub mod strings;
pub mod timeline;
pub mod ui;
