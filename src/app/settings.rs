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
    /// The folder of the last file opened or saved: where the next dialog starts.
    pub last_folder: Option<PathBuf>,
    /// Exported notes hold the meeting's own notes per measure (off: a note handed on does not
    /// carry them by accident).
    pub private_notes: bool,
}

impl Settings {
    /// The key under which eframe keeps the settings.
    pub const STORAGE_KEY: &'static str = "settings";

    /// Where a file dialog starts: the last-used folder while it exists, else Documents, else
    /// the home folder.
    pub fn start_folder(&self) -> Option<PathBuf> {
        self.last_folder
            .clone()
            .filter(|d| d.is_dir())
            .or_else(documents_folder)
    }

    /// Keep the folder of a file the user chose.
    pub fn used(&mut self, path: &Path) {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            self.last_folder = Some(dir.to_path_buf());
        }
    }

    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(MAX_RECENT);
    }
}

/// The user's Documents folder (Windows: under the profile; elsewhere under home), or home.
fn documents_folder() -> Option<PathBuf> {
    let home = std::env::var_os("USERPROFILE")
        .or_else(|| std::env::var_os("HOME"))
        .map(PathBuf::from)?;
    let documents = home.join("Documents");
    Some(if documents.is_dir() { documents } else { home })
}

/// A file in `dir` named `name` that does not exist yet: "naam.md", "naam (2).md", …
pub fn free_name(dir: &Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    let stem = Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = Path::new(name)
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    (2..)
        .map(|n| dir.join(format!("{stem} ({n}){ext}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_remembered_and_old_settings_read_as_dutch() {
        let s = Settings {
            lang: crate::strings::Lang::En,
            ..Settings::default()
        };
        let text = ron::to_string(&s).unwrap_or_default();
        let back: Settings = ron::from_str(&text).unwrap_or_default();
        assert_eq!(back.lang, crate::strings::Lang::En, "{text}");
        // Settings saved before there was a language.
        let old: Settings = ron::from_str("(dark: true)").unwrap_or_default();
        assert_eq!(old.lang, crate::strings::Lang::Nl);
        assert!(old.dark);
    }

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
