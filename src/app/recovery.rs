//! Crash recovery: unsaved work is written to a recovery file every so often, and offered back
//! when Knoppen starts after a crash.

use std::path::PathBuf;

use crate::package::Package;

/// How often unsaved work is written to the recovery file.
pub const AUTOSAVE_SECONDS: f64 = 30.0;

#[derive(Default)]
pub struct Recovery {
    /// Where unsaved work is kept; `None` turns autosave off.
    pub path: Option<PathBuf>,
    /// A package found in the recovery file at start-up, waiting for the user's choice.
    pub offered: Option<Package>,
    pub last_write: f64,
    /// What the recovery file holds now.
    pub written: Option<Package>,
}

impl Recovery {
    /// Recovery in `path`, offering what an earlier session left there.
    pub fn at(path: PathBuf) -> Self {
        let offered = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| crate::package::parse(&path, &text).ok())
            .filter(|p| !p.items.is_empty());
        Self {
            path: Some(path),
            offered,
            ..Self::default()
        }
    }

    /// Whether `package` should be written now.
    pub fn due(&self, now: f64, package: &Package, dirty: bool) -> Option<PathBuf> {
        let path = self.path.clone()?;
        let fresh = self.written.as_ref() == Some(package);
        (dirty && !fresh && now - self.last_write >= AUTOSAVE_SECONDS).then_some(path)
    }
}
