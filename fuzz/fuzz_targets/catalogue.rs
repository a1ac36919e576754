//! The catalogue loader: any catalogue file, beside the built-in documents, loads what is valid
//! and reports the rest, never a panic.
#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut sources: Vec<_> = knoppen::catalogue::embedded_files()
        .filter(|(p, _)| p.to_string_lossy().contains("documents"))
        .map(|(p, t)| (p, Ok(t)))
        .collect();
    sources.push((PathBuf::from("fuzz.ron"), Ok(text.to_owned())));
    let report = knoppen::catalogue::load::load_sources(sources);
    for e in &report.errors {
        let _ = e.to_string();
    }
});
