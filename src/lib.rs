//! Knoppen: the catalogue of labour-migration measures, packages of measures and what they do.
//!
//! The layers are crates: `knoppen-model` (catalogue, package, effect, timeline, months — plain
//! data and functions), `knoppen-text` (the words in both languages, the note, the slides, the
//! PDF and Office files, the palette) and this one, the app: `command`, `app` (state, the one
//! place commands apply, the platform), `ui` (the views) and `cli`. A layer cannot use one above
//! it: the compiler keeps that.

// No panic on data: an unwrap or expect outside the tests is a defect.
#![deny(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod app;
pub mod cli;
pub mod command;
pub mod state;
pub mod ui;

// The layers below, under the paths the app, the tests and the benches use.
pub use knoppen_model::{
    catalogue, comparison, effect, history, month, package, presets, sources, timeline,
};
pub use knoppen_text::{
    additions_text, handout, office, palette, pptx, preflight, present, report, sources_text,
    strings,
};
