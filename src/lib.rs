//! Knoppen: the catalogue of labour-migration measures, packages of measures and what they do.
//!
//! The model (`catalogue`) is plain Rust; `ui` draws it and `app` ties the two together.

pub mod app;
pub mod catalogue;
pub mod cli;
pub mod command;
pub mod comparison;
pub mod effect;
pub mod figures;
pub mod history;
pub mod package;
pub mod present;
pub mod presets;
pub mod report;
pub mod strings;
pub mod timeline;
pub mod ui;
