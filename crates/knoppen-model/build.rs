//! Embeds every `data/catalogue/*.ron` file and the source texts `data/sources/*.txt` in the
//! binary, so the release binary runs from any folder with the shipped catalogue and documents.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Read when the script runs, not when it was compiled: a target folder shared between
    // checkouts must embed this checkout's data.
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let data = Path::new(&root).join("..").join("..").join("data");
    write("embedded.rs", &embed(&data.join("catalogue"), "ron"));
    write("sources.rs", &embed(&data.join("sources"), "txt"));
}

/// A `FILES` table of every file with this extension in `dir`, by file name, sorted.
fn embed(dir: &Path, ext: &str) -> String {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == ext));
    files.sort();
    let mut out = String::from("pub const FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            f.display().to_string()
        );
    }
    out.push_str("];\n");
    out
}

/// Writes a generated file into `OUT_DIR`.
fn write(name: &str, text: &str) {
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join(name);
    if let Err(e) = std::fs::write(&dest, text) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
