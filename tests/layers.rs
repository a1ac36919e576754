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

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// Which of a crate's top-level modules each one names (`crate::x`), outside its tests.
fn module_graph(
    src: &Path,
) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut graph = std::collections::BTreeMap::<String, std::collections::BTreeSet<String>>::new();
    for file in rust_files(src) {
        let rel = file.strip_prefix(src).expect("under src");
        let first = rel.components().next().expect("a component");
        let top = first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if top == "lib" || top == "main" {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("readable");
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let uses = graph.entry(top.clone()).or_default();
        for part in code.split("crate::").skip(1) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if name != top && !name.is_empty() {
                uses.insert(name);
            }
        }
    }
    graph
}

/// A cycle among the modules, if there is one (as the path that closes it).
fn cycle(
    graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut std::collections::BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == node) {
            let mut c = path[i..].to_vec();
            c.push(node.to_owned());
            return Some(c);
        }
        if !done.insert(node.to_owned()) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if graph.contains_key(next)
                && let Some(c) = visit(next, graph, path, done)
            {
                return Some(c);
            }
        }
        path.pop();
        None
    }
    let mut done = std::collections::BTreeSet::new();
    graph
        .keys()
        .find_map(|k| visit(k, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_crate_has_a_cycle_among_its_modules() {
    for src in ["src", "crates/knoppen-text/src", "crates/knoppen-model/src"] {
        let graph = module_graph(&root().join(src));
        assert!(graph.len() > 3, "{src}: {graph:?}");
        assert_eq!(cycle(&graph), None, "{src}");
    }
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let mut graph = std::collections::BTreeMap::new();
    graph.insert("a".to_owned(), ["b".to_owned()].into());
    graph.insert("b".to_owned(), ["a".to_owned()].into());
    assert_eq!(
        cycle(&graph),
        Some(vec!["a".into(), "b".into(), "a".into()])
    );
}
