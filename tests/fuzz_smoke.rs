//! The fuzz targets' properties on the stable toolchain (cargo-fuzz needs nightly): mutated
//! seed packages and catalogue files either load or give a located error — never a panic — and
//! an accepted package saves and reads back.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use knoppen::catalogue::{Catalogue, load};
use knoppen::package;
use proptest::prelude::*;

fn corpus(kind: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| String::from_utf8_lossy(&std::fs::read(p).expect("read")).into_owned())
        .collect()
}

const ESC: char = '\u{1b}';

fn catalogue() -> &'static Catalogue {
    static C: OnceLock<Catalogue> = OnceLock::new();
    C.get_or_init(|| Catalogue::builtin().catalogue)
}

/// A seed with a slice replaced by hostile text.
fn mutated(seeds: Vec<String>) -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("NaN".to_owned()),
        Just("inf".to_owned()),
        Just("-1e308".to_owned()),
        Just("\"123456789-01\"".to_owned()),
        Just("\"2020\", \"1e12\"".to_owned()),
        Just("\\u{1b}".to_owned()),
        Just("\u{feff}".to_owned()),
        Just("(measure: \"arbeid.etk\"),".to_owned()),
        "[ -~]{0,12}",
    ];
    (
        0..seeds.len(),
        any::<prop::sample::Index>(),
        0usize..16,
        pieces,
    )
        .prop_map(move |(i, at, len, piece)| {
            let seed = &seeds[i];
            let mut start = at.index(seed.len() + 1);
            while !seed.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + len).min(seed.len());
            while !seed.is_char_boundary(end) {
                end -= 1;
            }
            format!("{}{piece}{}", &seed[..start], &seed[end.max(start)..])
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn mutated_packages_load_or_give_a_located_error(text in mutated(corpus("package"))) {
        let path = Path::new("fuzz.knoppen");
        match package::read(path, &text, catalogue()) {
            Ok(o) => {
                let again = o.package.to_ron().expect("serialises");
                let back = package::parse(path, &again).expect("reads back");
                prop_assert_eq!(back, o.package);
            }
            Err(e) => prop_assert!(e.line >= 1 && e.column >= 1),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn mutated_catalogue_files_load_what_is_valid(text in mutated(corpus("catalogue"))) {
        let docs = corpus("catalogue").into_iter().find(|t| t.contains("documents:"));
        let mut sources = vec![(PathBuf::from("fuzz.ron"), Ok(text))];
        if let Some(d) = docs {
            sources.push((PathBuf::from("documents.ron"), Ok(d)));
        }
        let report = load::load_sources(sources);
        for e in &report.errors {
            let escaped = !e.to_string().contains(ESC);
            prop_assert!(e.line >= 1 && escaped, "{}", e);
        }
    }
}
