//! Crash recovery: unsaved work is written to a recovery file every so often, and offered back
//! when Knoppen starts after a crash.
//!
//! Each run writes only its own file, named after the document (a hash of its path, or "nieuw")
//! and the run, and the file says which document it belongs to. A run holds a lock on
//! `<run>.lock` while it lives, so another window can tell a running window's copy (left alone)
//! from a crashed run's (offered). A run removes only the files it wrote or the user answered.

use std::fs::File;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::package::{self, Package};

/// How often unsaved work is written to the recovery file.
pub const AUTOSAVE_SECONDS: f64 = 30.0;

/// What a recovery file holds: the work and the document it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Copy {
    /// The document's file; `None` for a document never saved.
    pub path: Option<PathBuf>,
    pub package: Package,
}

/// Work an earlier run left behind, waiting for the user's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    /// The recovery file itself.
    pub file: PathBuf,
    pub path: Option<PathBuf>,
    pub package: Package,
}

#[derive(Default)]
pub struct Recovery {
    /// The folder of recovery files; `None` turns autosave off.
    dir: Option<PathBuf>,
    /// This run's name in file names.
    run: String,
    /// Held while this run lives: tells other windows that this run's files are not orphans.
    _lock: Option<File>,
    /// Work from crashed runs, first one shown first.
    pub offered: Vec<Offer>,
    pub last_write: f64,
    /// This run's recovery file and what it holds now.
    written: Option<(PathBuf, Copy)>,
    /// A write on its way.
    writing: Option<(PathBuf, Copy)>,
    /// Offers the user recovered: removed once this run's own copy of the work is on disk.
    answered: Vec<PathBuf>,
}

impl Recovery {
    /// Recovery in folder `dir`, offering what crashed runs left there.
    pub fn at(dir: PathBuf) -> Self {
        let run = run_name();
        let _ = std::fs::create_dir_all(&dir);
        let lock = File::create(dir.join(format!("{run}.lock")))
            .ok()
            .filter(|f| f.try_lock().is_ok());
        let offered = orphans(&dir);
        sweep_locks(&dir, &run, &offered);
        Self {
            dir: Some(dir),
            run,
            _lock: lock,
            offered,
            ..Self::default()
        }
    }

    /// Where the recovery files live.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// The recovery file for the document at `path` (or a new one), or `None` without a folder.
    pub fn file_for(&self, path: Option<&Path>) -> Option<PathBuf> {
        let key = path.map_or_else(|| "nieuw".to_owned(), |p| format!("{:016x}", hash(p)));
        let dir = self.dir.as_ref()?;
        Some(dir.join(format!("{key}-{}.{}", self.run, package::EXTENSION)))
    }

    /// What to write now for this document, if anything: its file and content. `urgent`: the
    /// window is losing the user (unfocused, minimised), and may draw no frame for a long time.
    pub fn due(&self, now: f64, copy: &Copy, dirty: bool, urgent: bool) -> Option<PathBuf> {
        let file = self.file_for(copy.path.as_deref())?;
        let fresh = self
            .written
            .as_ref()
            .is_some_and(|(f, c)| *f == file && c == copy);
        (dirty && !fresh && (urgent || now - self.last_write >= AUTOSAVE_SECONDS)).then_some(file)
    }

    /// A write of `copy` to `file` was asked for.
    pub fn writing(&mut self, file: PathBuf, copy: Copy) {
        self.writing = Some((file, copy));
    }

    /// The write to `file` succeeded: returns the files now superseded (this run's copy of
    /// another document, and recovered offers whose work is now in this run's copy).
    pub fn written(&mut self, file: &Path) -> Vec<PathBuf> {
        let Some(w) = self.writing.take().filter(|(f, _)| f == file) else {
            return Vec::new();
        };
        let mut stale: Vec<PathBuf> = std::mem::take(&mut self.answered);
        if let Some((old, _)) = self.written.replace(w)
            && old != file
        {
            stale.push(old);
        }
        stale
    }

    /// This run's copy, no longer needed (the work is saved, discarded or clean again).
    pub fn forget_own(&mut self) -> Option<PathBuf> {
        self.writing = None;
        self.written.take().map(|(f, _)| f)
    }

    /// Whether this run has a copy on disk.
    pub fn has_own(&self) -> bool {
        self.written.is_some()
    }

    /// Take the first offer; `recovered` keeps its file until this run's copy replaces it.
    pub fn answer(&mut self, recovered: bool) -> Option<Offer> {
        if self.offered.is_empty() {
            return None;
        }
        let offer = self.offered.remove(0);
        if recovered {
            self.answered.push(offer.file.clone());
        }
        Some(offer)
    }
}

/// A name no other run has: process id and start time.
fn run_name() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("{}-{nanos}", std::process::id())
}

/// FNV-1a: a stable, short key for a path (the path itself is inside the file).
fn hash(path: &Path) -> u64 {
    let bytes = path.as_os_str().as_encoded_bytes();
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Recovery files of runs that no longer hold their lock, oldest name first.
fn orphans(dir: &Path) -> Vec<Offer> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    files.sort();
    files
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == package::EXTENSION))
        .filter(|f| !run_alive(dir, f))
        .filter_map(|f| read(&f).map(|c| (f, c)))
        .filter(|(_, c)| !c.package.items.is_empty())
        .map(|(file, c)| Offer {
            file,
            path: c.path,
            package: c.package,
        })
        .collect()
}

/// Whether the run that wrote `file` ("<key>-<run>.knoppen") still holds its lock.
fn run_alive(dir: &Path, file: &Path) -> bool {
    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned());
    let Some(run) = stem
        .as_deref()
        .and_then(|s| s.split_once('-'))
        .map(|(_, r)| r)
    else {
        return false;
    };
    let Ok(lock) = File::open(dir.join(format!("{run}.lock"))) else {
        return false;
    };
    // Locked by someone else: that run is alive. A lock we can take is a crashed run's.
    lock.try_lock_shared().is_err()
}

/// Remove the lock files of ended runs that left no recovery file (runs that ended normally, or
/// whose work was answered), so the folder does not fill up with them.
fn sweep_locks(dir: &Path, own: &str, offered: &[Offer]) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let names: Vec<String> = offered
        .iter()
        .filter_map(|o| o.file.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    for lock in entries.flatten().map(|e| e.path()) {
        let run = lock.file_stem().map(|s| s.to_string_lossy().into_owned());
        let Some(run) = run.filter(|r| r != own && lock.extension().is_some_and(|e| e == "lock"))
        else {
            continue;
        };
        let has_work = names.iter().any(|n| n.contains(&format!("-{run}.")));
        let ended = File::open(&lock).is_ok_and(|f| f.try_lock().is_ok());
        if ended && !has_work {
            let _ = std::fs::remove_file(&lock);
        }
    }
}

fn read(file: &Path) -> Option<Copy> {
    let text = crate::catalogue::load::read_limited(file).ok()?;
    ron::from_str(&text).ok()
}

/// The text of a recovery file.
pub fn to_text(copy: &Copy) -> Result<String, ron::Error> {
    ron::ser::to_string_pretty(copy, ron::ser::PrettyConfig::new().struct_names(false))
}
