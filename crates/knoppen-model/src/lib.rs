//! Knoppen's model: the catalogue, packages, their assessment, timeline and history. Plain data
//! and functions — no egui, no words, no command line; "today" is passed in. Being its own
//! crate, it cannot reach up into the words or the app: the compiler keeps the layering.

// No panic on data: an unwrap or expect outside the tests is a defect.
#![deny(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod assumptions;
pub mod catalogue;
pub mod comparison;
pub mod effect;
pub mod history;
pub mod month;
pub mod package;
pub mod presets;
pub mod sources;
pub mod timeline;
