//! The user's own catalogue as the app holds it: the folder, the own file as edited and as
//! saved, the folder's other files, and what they change.

use std::collections::HashSet;
use std::path::PathBuf;

use crate::catalogue::CatalogueFile;
use crate::catalogue::additions::{self, Change};

/// The user's folder of catalogue files and what the app adds to it.
#[derive(Debug, Clone, Default)]
pub struct UserCatalogue {
    /// The folder; `None` when there is no place to keep additions.
    pub dir: Option<PathBuf>,
    /// The app's own file as it is now (with what is not saved yet).
    pub own: CatalogueFile,
    /// The app's own file as it was last read or written.
    pub saved: CatalogueFile,
    /// What the folder's other files hold, read as they are.
    pub others: CatalogueFile,
    /// The own file could not be read: saving would overwrite it, so it is refused.
    pub unreadable: Option<String>,
    /// What the additions change, for the review.
    pub changes: Vec<Change>,
    /// The part of `changes` the app's own file makes (these can be taken back).
    pub own_changes: Vec<Change>,
    /// Measures the user's files add (ids).
    pub added: HashSet<String>,
}

impl UserCatalogue {
    /// Additions not written yet.
    pub fn dirty(&self) -> bool {
        self.own != self.saved
    }

    /// How many entries the folder and the form hold together.
    pub fn count(&self) -> usize {
        additions::count(&self.own) + additions::count(&self.others)
    }

    /// Every addition, the folder's other files first (what an export shares).
    pub fn all(&self) -> CatalogueFile {
        let mut all = self.others.clone();
        additions::merge_into(&mut all, self.own.clone());
        all
    }
}
