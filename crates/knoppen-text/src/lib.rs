//! Knoppen's words and documents: every text the app, the note and the slides show, in Dutch and
//! English (`strings`), the package note (`report`), the slides (`present`), the PDF hand-out
//! (`handout`) and the Office files (`office`). Uses the model; never the app or a GUI.

// No panic on data: an unwrap or expect outside the tests is a defect.
#![deny(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

// The model's modules under this crate's root, so `crate::catalogue` reads the same here.
pub use knoppen_model::{
    catalogue, comparison, effect, history, month, package, presets, sources, timeline,
};

pub mod additions_text;
pub mod handout;
pub mod office;
pub mod palette;
pub mod pptx;
pub mod preflight;
pub mod present;
pub mod report;
pub mod sources_text;
pub mod strings;
