//! The layers are crates: `knoppen-model` (plain data and functions), `knoppen-text` (words and
//! documents) and the app on top. The compiler keeps each from reaching up; this test keeps the
//! manifests honest — no GUI, file-dialog or command-line crate below the app, and no layer
//! depending on one above it.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The names in a manifest's `[dependencies]` table (not dev- or build-dependencies).
fn dependencies(manifest: &Path) -> Vec<String> {
    let text =
        std::fs::read_to_string(manifest).unwrap_or_else(|e| panic!("{}: {e}", manifest.display()));
    let mut inside = false;
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            inside = line == "[dependencies]";
            continue;
        }
        if inside && let Some((name, _)) = line.split_once('=') {
            let name = name.trim();
            if !name.is_empty() && !name.starts_with('#') {
                out.push(name.to_owned());
            }
        }
    }
    out
}

const GUI_AND_CLI: &[&str] = &[
    "egui",
    "eframe",
    "egui_plot",
    "egui_extras",
    "rfd",
    "clap",
    "winit",
];

#[test]
fn the_model_depends_on_no_gui_no_words_and_no_command_line() {
    let deps = dependencies(&root().join("crates/knoppen-model/Cargo.toml"));
    assert!(
        deps.contains(&"serde".to_owned()),
        "read the table: {deps:?}"
    );
    for d in &deps {
        assert!(
            !GUI_AND_CLI.contains(&d.as_str()) && !d.starts_with("knoppen"),
            "the model must not depend on {d}"
        );
    }
}

#[test]
fn the_words_depend_on_the_model_only_and_no_gui() {
    let deps = dependencies(&root().join("crates/knoppen-text/Cargo.toml"));
    assert!(deps.contains(&"knoppen-model".to_owned()), "{deps:?}");
    for d in &deps {
        assert!(
            !GUI_AND_CLI.contains(&d.as_str())
                && (d == "knoppen-model" || !d.starts_with("knoppen")),
            "the words must not depend on {d}"
        );
    }
}

#[test]
fn the_app_is_the_only_place_that_names_the_gui() {
    let deps = dependencies(&root().join("Cargo.toml"));
    for layer in ["knoppen-model", "knoppen-text", "eframe", "egui"] {
        assert!(
            deps.contains(&layer.to_owned()),
            "the app uses {layer}: {deps:?}"
        );
    }
}
