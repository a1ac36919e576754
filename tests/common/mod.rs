//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The seed texts: `$KNOPPEN_SEEDS`, or `../shared/seeds` beside the repository. In CI they must
/// be there; on a machine without them the seed tests say so and pass nothing off as checked.
pub fn seeds_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("KNOPPEN_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"));
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must have the seeds at {}",
        dir.display()
    );
    eprintln!("seeds not found at {}: seed checks skipped", dir.display());
    None
}

pub fn seed_lines(file: &str) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(seeds_dir()?.join(file)).ok()?;
    Some(text.lines().map(str::to_owned).collect())
}
