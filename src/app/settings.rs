//! What the user sets once and expects back next time: one serde value, stored by eframe.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

const MAX_RECENT: usize = 8;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub dark: bool,
    /// Recently opened or saved packages, newest first.
    pub recent: Vec<PathBuf>,
    /// The package panel is folded to a slim summary.
    pub package_collapsed: bool,
    /// The language Knoppen speaks (the catalogue's content stays Dutch).
    pub lang: crate::strings::Lang,
}

impl Settings {
    /// The key under which eframe keeps the settings.
    pub const STORAGE_KEY: &'static str = "settings";

    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(MAX_RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_newest_first_without_repeats_and_bounded() {
        let mut s = Settings::default();
        for i in 0..10 {
            s.remember(Path::new(&format!("p{i}.knoppen")));
        }
        s.remember(Path::new("p5.knoppen"));
        assert_eq!(s.recent.len(), MAX_RECENT);
        assert_eq!(s.recent[0], Path::new("p5.knoppen"));
        assert_eq!(
            s.recent
                .iter()
                .filter(|p| p.ends_with("p5.knoppen"))
                .count(),
            1
        );
    }
}
