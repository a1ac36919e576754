//! The model is plain data and functions: no module of it may reach up into the text layer, the
//! views, the app or the command line, nor name a GUI or CLI crate. A grep, not a convention.

use std::path::{Path, PathBuf};

/// The model's source files, relative to the crate root (folders are walked).
const MODEL: &[&str] = &[
    "src/month.rs",
    "src/catalogue",
    "src/package.rs",
    "src/package",
    "src/effect.rs",
    "src/timeline",
    "src/history.rs",
    "src/presets.rs",
    "src/comparison.rs",
];

/// Modules of this crate the model must not use.
const UPPER_MODULES: &[&str] = &[
    "strings", "report", "present", "ui", "app", "cli", "command",
];

/// Crates the model must not use.
const FOREIGN_CRATES: &[&str] = &["egui", "eframe", "egui_plot", "egui_extras", "rfd", "clap"];

fn root() -> PathBuf {
    // At run time when cargo sets it, so the test can be pointed at another checkout.
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
}

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for p in entries {
            rust_files(&p, out);
        }
    } else if path.extension().is_some_and(|x| x == "rs") {
        out.push(path.to_path_buf());
    }
}

/// The source without comments, so that a doc line saying "no egui" is not a violation.
/// (A `//` inside a string literal also ends the line here; that only hides text, never adds.)
fn code(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        match (rest.find("//"), rest.find("/*")) {
            (Some(l), b) if b.is_none_or(|b| l < b) => {
                out.push_str(&rest[..l]);
                rest = rest[l..].find('\n').map_or("", |n| &rest[l + n..]);
            }
            (_, Some(b)) => {
                out.push_str(&rest[..b]);
                rest = rest[b..].find("*/").map_or("", |e| &rest[b + e + 2..]);
            }
            _ => {
                out.push_str(rest);
                rest = "";
            }
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The identifiers in `code`, in order, with `::`, `{`, `}` and `,` kept as tokens so that paths
/// and `use` groups can be followed.
fn tokens(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        if is_ident(c) {
            let mut word = String::from(c);
            while let Some(&n) = chars.peek().filter(|n| is_ident(**n)) {
                word.push(n);
                chars.next();
            }
            out.push(word);
        } else if c == ':' && chars.peek() == Some(&':') {
            chars.next();
            out.push("::".into());
        } else if matches!(c, '{' | '}' | ',') {
            out.push(c.to_string());
        }
    }
    out
}

/// The first path segments after `crate::`, including inside `use crate::{a, b::{c}}` groups.
fn crate_modules(tokens: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t != "crate" || tokens.get(i + 1).map(String::as_str) != Some("::") {
            continue;
        }
        match tokens.get(i + 2).map(String::as_str) {
            Some("{") => {
                // Names at depth 1 of the group, each right after `{` or `,`.
                let mut depth = 0;
                for (j, t) in tokens[i + 2..].iter().enumerate() {
                    match t.as_str() {
                        "{" => depth += 1,
                        "}" => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        name if depth == 1
                            && matches!(tokens[i + 2 + j - 1].as_str(), "{" | ",") =>
                        {
                            out.push(name.to_owned());
                        }
                        _ => {}
                    }
                }
            }
            Some(name) => out.push(name.to_owned()),
            None => {}
        }
    }
    out
}

/// What a file breaks, if anything.
fn violations(text: &str) -> Vec<String> {
    let tokens = tokens(&code(text));
    let mut out: Vec<String> = crate_modules(&tokens)
        .into_iter()
        .filter(|m| UPPER_MODULES.contains(&m.as_str()))
        .map(|m| format!("crate::{m}"))
        .collect();
    out.extend(
        tokens
            .iter()
            .filter(|t| FOREIGN_CRATES.contains(&t.as_str()))
            .cloned(),
    );
    out.dedup();
    out
}

#[test]
fn the_model_imports_no_text_layer_ui_app_or_cli() {
    let root = root();
    let mut files = Vec::new();
    for p in MODEL {
        let path = root.join(p);
        assert!(path.exists(), "{} is gone: update MODEL", path.display());
        rust_files(&path, &mut files);
    }
    let problems: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let text =
                std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            let v = violations(&text);
            (!v.is_empty()).then(|| format!("{}: {}", f.display(), v.join(", ")))
        })
        .collect();
    assert!(
        problems.is_empty(),
        "the model must not use these:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_check_sees_every_form_of_import() {
    for bad in [
        "use crate::strings;",
        "let s = crate::strings::stream(x);",
        "use crate::{catalogue::Catalogue, strings::t};",
        "use crate::{\n    package::Package,\n    cli,\n};",
        "use crate :: ui :: Action;",
        "fn f(ui: &mut egui::Ui) {}",
        "use eframe::App;",
        "use clap::Parser;",
        "let p = rfd::FileDialog::new();",
        "use crate::{a::{b, c}, report::Report};",
    ] {
        assert!(!violations(bad).is_empty(), "not caught: {bad}");
    }
    for fine in [
        "//! Plain Rust, no egui, no crate::ui.",
        "use crate::catalogue::{Catalogue, strings_like};",
        "use crate::{catalogue::{ui, strings}, month::Month};",
        "/* crate::app */ let uid = 1;",
        "let figures = crate::catalogue::figures::to_csv(x);",
    ] {
        assert_eq!(violations(fine), Vec::<String>::new(), "{fine}");
    }
}
