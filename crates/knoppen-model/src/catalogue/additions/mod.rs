//! The user's own catalogue: a folder of catalogue files (same schema, same loader) layered over
//! the built-in catalogue, which it never changes. What a user records from a new letter —
//! the document, status steps, new measures, corrections — goes into one file there
//! ([`OWN_FILE`]); other files in the folder are read as they are.
//!
//! Plain data and functions: the forms' drafts become entries here, checked by the loader's rules.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::catalogue::fidelity::NOT_STATED;
use crate::catalogue::load::{self, LoadError, LoadReport};
use crate::catalogue::model::*;
use crate::catalogue::{Catalogue, embedded_files};

mod drafts;
mod review;
mod sharing;

pub use drafts::*;
pub use review::*;
pub use sharing::*;

/// The file the app writes in the user's folder.
pub const OWN_FILE: &str = "toevoegingen.ron";

/// The folder of catalogue files inside a user data folder.
pub fn catalogue_dir(user_data: &Path) -> PathBuf {
    user_data.join("catalogue")
}

type Sources = Vec<(PathBuf, Result<String, LoadError>)>;

/// The user's catalogue files, read; none when the folder is not there (yet).
pub fn user_sources(dir: &Path) -> Sources {
    if !dir.is_dir() {
        return Vec::new();
    }
    match load::ron_files(dir) {
        Ok(files) => files
            .into_iter()
            .map(|p| {
                let t = load::read_limited(&p);
                (p, t)
            })
            .collect(),
        Err(e) => vec![(dir.to_path_buf(), Err(e))],
    }
}

/// The built-in catalogue with the user's folder layered over it.
pub fn layered(dir: Option<&Path>) -> LoadReport {
    let user = dir.map(user_sources).unwrap_or_default();
    load::load_layered(embedded_files().map(|(p, t)| (p, Ok(t))), user)
}

/// The built-in catalogue with the user's folder, its own file replaced by `own` (not yet saved).
pub fn layered_with(dir: Option<&Path>, own: &CatalogueFile) -> LoadReport {
    let own_path = own_path(dir);
    let mut user: Sources = dir
        .map(user_sources)
        .unwrap_or_default()
        .into_iter()
        .filter(|(p, _)| p.file_name() != own_path.file_name())
        .collect();
    if *own != CatalogueFile::default() {
        user.push((own_path, to_text(own).map_err(|e| whole_file(dir, e))));
    }
    load::load_layered(embedded_files().map(|(p, t)| (p, Ok(t))), user)
}

fn whole_file(dir: Option<&Path>, message: String) -> LoadError {
    LoadError::new(&own_path(dir), (1, 1), "file", message)
}

/// Where the app's own file is (a bare name when there is no folder).
pub fn own_path(dir: Option<&Path>) -> PathBuf {
    dir.map_or_else(|| PathBuf::from(OWN_FILE), |d| d.join(OWN_FILE))
}

/// The app's own file in the folder: empty when there is none yet.
pub fn read_own(dir: &Path) -> Result<CatalogueFile, LoadError> {
    let path = dir.join(OWN_FILE);
    if !path.exists() {
        return Ok(CatalogueFile::default());
    }
    let text = load::read_limited(&path)?;
    load::parse_ron(&path, &text)
}

/// Every catalogue file in the folder, parsed and put together (what an export shares).
pub fn read_all(dir: &Path) -> (CatalogueFile, Vec<LoadError>) {
    let mut all = CatalogueFile::default();
    let mut errors = Vec::new();
    for (path, text) in user_sources(dir) {
        match text.and_then(|t| load::parse_ron::<CatalogueFile>(&path, &t)) {
            Ok(f) => merge_into(&mut all, f),
            Err(e) => errors.push(e),
        }
    }
    (all, errors)
}

/// `other`'s entries after `into`'s.
pub fn merge_into(into: &mut CatalogueFile, other: CatalogueFile) {
    into.documents.extend(other.documents);
    into.measures.extend(other.measures);
    into.amend.extend(other.amend);
    into.steps.extend(other.steps);
    into.tracks.extend(other.tracks);
    into.figures.extend(other.figures);
    into.timing.extend(other.timing);
    into.corrections.extend(other.corrections);
}

/// A catalogue file's text, as the loader reads it.
pub fn to_text(file: &CatalogueFile) -> Result<String, String> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .separate_tuple_members(false);
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .to_string_pretty(file, config)
        .map(|t| format!("// Knoppen: eigen toevoegingen aan de catalogus.\n{t}\n"))
        .map_err(|e| e.to_string())
}

/// Whether the own file's text can be read back: over the loader's size limit, every addition
/// would be refused at the next start, so such a file is never written.
pub fn fits(text: &str) -> bool {
    u64::try_from(text.len()).is_ok_and(|n| n <= load::MAX_FILE_BYTES)
}

/// How many entries a file holds.
pub fn count(file: &CatalogueFile) -> usize {
    file.documents.len()
        + file.measures.len()
        + file.amend.len()
        + file.steps.len()
        + file.corrections.len()
        + file.timing.len()
}

/// Measure ids a user file adds.
pub fn added_measures(file: &CatalogueFile) -> Vec<String> {
    file.measures.iter().map(|m| m.id.clone()).collect()
}

/// The own file as it is to be written, when `disk` is what is there now and `saved` what
/// this writer last read: what this writer added and removed since, applied to what is there —
/// so a second window, the command line or a colleague's import never loses an addition.
pub fn merge(disk: &CatalogueFile, saved: &CatalogueFile, own: &CatalogueFile) -> CatalogueFile {
    fn three<T: Clone + PartialEq>(disk: &[T], saved: &[T], own: &[T]) -> Vec<T> {
        let removed = |x: &T| saved.contains(x) && !own.contains(x);
        let mut out: Vec<T> = disk.iter().filter(|x| !removed(x)).cloned().collect();
        for x in own {
            if !saved.contains(x) && !out.contains(x) {
                out.push(x.clone());
            }
        }
        out
    }
    CatalogueFile {
        documents: three(&disk.documents, &saved.documents, &own.documents),
        measures: three(&disk.measures, &saved.measures, &own.measures),
        amend: three(&disk.amend, &saved.amend, &own.amend),
        steps: three(&disk.steps, &saved.steps, &own.steps),
        tracks: three(&disk.tracks, &saved.tracks, &own.tracks),
        figures: three(&disk.figures, &saved.figures, &own.figures),
        timing: three(&disk.timing, &saved.timing, &own.timing),
        corrections: three(&disk.corrections, &saved.corrections, &own.corrections),
    }
}

/// Run `f` while holding the folder's lock, so that two writers cannot both read the own file
/// and then each write it without the other's additions. The lock is a file made only if it is
/// not there (the same on every system); one left by a writer that died goes after a minute.
pub fn with_lock<T>(dir: &Path, f: impl FnOnce() -> T) -> std::io::Result<T> {
    std::fs::create_dir_all(dir)?;
    let lock = dir.join(format!("{OWN_FILE}.lock"));
    let mut waited = std::time::Duration::ZERO;
    let step = std::time::Duration::from_millis(25);
    loop {
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&lock)
        {
            Ok(_) => break,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let stale = std::fs::metadata(&lock)
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| t.elapsed().ok())
                    .is_some_and(|age| age > std::time::Duration::from_secs(60));
                if stale {
                    let _ = std::fs::remove_file(&lock);
                } else if waited > std::time::Duration::from_secs(20) {
                    return Err(e);
                }
                std::thread::sleep(step);
                waited += step;
            }
            Err(e) => return Err(e),
        }
    }
    let out = f();
    let _ = std::fs::remove_file(&lock);
    Ok(out)
}

/// Problems the loader finds in the user's files: each located message.
fn user_errors(report: &LoadReport, dir: Option<&Path>) -> Vec<LoadError> {
    let own = own_path(dir);
    let in_user = |e: &LoadError| match dir {
        Some(d) => e.file.starts_with(d),
        None => e.file == own,
    };
    report
        .errors
        .iter()
        .filter(|e| in_user(e))
        .cloned()
        .collect()
}

/// What the own file becomes with `entries` added: the new file and the catalogue it gives, or
/// the problems the loader finds that were not there before (nothing is added then).
pub fn add(
    dir: Option<&Path>,
    own: &CatalogueFile,
    entries: CatalogueFile,
) -> Result<(CatalogueFile, LoadReport), Vec<Problem>> {
    let mut next = own.clone();
    merge_into(&mut next, entries);
    accept(dir, own, next)
}

/// The own file without the entry a change in the review stands for, and the catalogue it
/// gives; refused (with the loader's messages) when other entries still rest on it, such as the
/// steps recorded from a document.
pub fn remove(
    dir: Option<&Path>,
    own: &CatalogueFile,
    change: &Change,
) -> Result<(CatalogueFile, LoadReport), Vec<Problem>> {
    let mut next = own.clone();
    let before = count(&next);
    match change {
        Change::Document(d) => next.documents.retain(|x| x.id != d.id),
        Change::NewMeasure { source, title, .. } => next
            .measures
            .retain(|m| !(m.sources.first() == Some(source) && &m.title == title)),
        Change::NewStep { step, .. } => next.steps.retain(|s| s != step),
        Change::Amended { field, source, .. } => next
            .corrections
            .retain(|c| !(c.field == *field && &c.source == source)),
    }
    if count(&next) == before {
        return Err(Vec::new());
    }
    accept(dir, own, next)
}

/// `next` in place of `own`, unless it brings the loader a problem `own` did not have: those
/// problems are the refusal.
fn accept(
    dir: Option<&Path>,
    own: &CatalogueFile,
    next: CatalogueFile,
) -> Result<(CatalogueFile, LoadReport), Vec<Problem>> {
    // Compared as data, not by line: an entry added above a stale problem moves it down the
    // file without making it new. Counted, so a second problem of the same kind is new.
    let key = |e: &LoadError| (e.file.clone(), e.field.clone(), (*e.problem).clone());
    let mut before: HashMap<_, usize> = HashMap::new();
    for e in user_errors(&layered_with(dir, own), dir) {
        *before.entry(key(&e)).or_default() += 1;
    }
    let report = layered_with(dir, &next);
    let new: Vec<Problem> = user_errors(&report, dir)
        .into_iter()
        .filter(|e| match before.get_mut(&key(e)) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .map(Problem::Refused)
        .collect();
    if new.is_empty() {
        Ok((next, report))
    } else {
        Err(new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_the_loader_would_refuse_does_not_fit() {
        let limit = usize::try_from(load::MAX_FILE_BYTES).unwrap();
        assert!(fits(&"x".repeat(limit)));
        assert!(!fits(&"x".repeat(limit + 1)));
    }

    #[test]
    fn instruments_are_read_from_whole_words() {
        use InstrumentKind::*;
        assert_eq!(kinds_in("Nieuwe regeling"), [Regulation]);
        assert_eq!(kinds_in("wetenschappelijk onderzoek"), [Unknown]);
        assert_eq!(kinds_in("Wetswijziging of AMvB"), [Law, Amvb]);
        assert_eq!(kinds_in("Inzet in EU"), [EuEffort]);
        assert_eq!(kinds_in("Bestuursakkoord met de sector"), [Agreement]);
    }
}
