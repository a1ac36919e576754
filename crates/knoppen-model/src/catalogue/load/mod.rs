//! Reading catalogue files: size limit, RON parsing with located errors, merging the files into
//! one catalogue, and validation of every reference. Errors never stop the load: a bad file is
//! skipped, a bad measure is left out, a bad reference is dropped, and each is reported.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::Catalogue;
use super::model::*;

mod assemble;
mod error;
mod files;
mod locate;
mod overlay;
mod syntax;
mod validate;

use assemble::*;
pub use error::*;
pub use files::*;
use locate::*;
use overlay::*;
pub use syntax::*;
pub use validate::*;

/// What a load produced: the catalogue with everything valid, and every problem found.
#[derive(Debug, Clone, Default)]
pub struct LoadReport {
    pub catalogue: Catalogue,
    pub errors: Vec<LoadError>,
    pub files: Vec<PathBuf>,
}

/// Load every catalogue file in a folder.
pub fn load_dir(dir: &Path) -> LoadReport {
    match ron_files(dir) {
        Ok(files) if files.is_empty() => LoadReport {
            errors: vec![LoadError::no_ron_files(dir)],
            ..Default::default()
        },
        Ok(files) => load_paths(&files),
        Err(e) => LoadReport {
            errors: vec![e],
            ..Default::default()
        },
    }
}

pub fn load_paths(files: &[PathBuf]) -> LoadReport {
    load_sources(files.iter().map(|p| (p.clone(), read_limited(p))))
}

/// Load already-read files (the embedded catalogue comes this way).
pub fn load_sources(
    sources: impl IntoIterator<Item = (PathBuf, Result<String, LoadError>)>,
) -> LoadReport {
    load_marked(sources.into_iter().map(|(p, t)| (p, t, false)))
}

/// Load the built-in files with the user's own layered over them. The user's files use the same
/// schema and rules, and more: every source in them quotes its passage and names its place, and
/// they add no tracks or figures. What breaks these rules is left out and reported, located.
pub fn load_layered(
    builtin: impl IntoIterator<Item = (PathBuf, Result<String, LoadError>)>,
    user: impl IntoIterator<Item = (PathBuf, Result<String, LoadError>)>,
) -> LoadReport {
    load_marked(
        builtin
            .into_iter()
            .map(|(p, t)| (p, t, false))
            .chain(user.into_iter().map(|(p, t)| (p, t, true))),
    )
}

fn load_marked(
    sources: impl IntoIterator<Item = (PathBuf, Result<String, LoadError>, bool)>,
) -> LoadReport {
    let mut errors = Vec::new();
    let mut parsed = Vec::new();
    let mut files = Vec::new();
    for (path, text, user) in sources {
        files.push(path.clone());
        let text = match text {
            Ok(t) => t,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        match parse_ron::<CatalogueFile>(&path, &text) {
            Ok(file) => {
                let index = TextIndex::new(&text);
                let mut p = Parsed {
                    path,
                    text,
                    file,
                    index,
                };
                if user {
                    p.file = check_user_file(&p, &mut errors);
                }
                parsed.push(p);
            }
            Err(e) => errors.push(e),
        }
    }
    let catalogue = assemble(parsed, &mut errors);
    LoadReport {
        catalogue,
        errors,
        files,
    }
}
