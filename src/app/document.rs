//! The document: the package being edited, where it lives, what was last saved, and its undo
//! history. Every change goes through here, so each is undoable and bumps the revision that
//! derived data is cached against.

use std::path::{Path, PathBuf};

use crate::history::History;
use crate::package::{Edit, Package};

pub struct Document {
    package: Package,
    /// The file the package was opened from or saved to.
    path: Option<PathBuf>,
    /// The package as last opened or saved; anything else is unsaved.
    saved: Package,
    history: History<Package>,
    /// Counts changes; derived data is recomputed when it moves.
    revision: u64,
}

impl Default for Document {
    fn default() -> Self {
        Self::empty(Package::new(crate::strings::t().new_package))
    }
}

impl Document {
    /// A new, unsaved document holding `package` as its clean state (a new package's name is
    /// in the user's language).
    pub fn empty(package: Package) -> Self {
        Self {
            saved: package.clone(),
            package,
            path: None,
            history: History::default(),
            revision: 0,
        }
    }
}

impl Document {
    pub fn package(&self) -> &Package {
        &self.package
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn dirty(&self) -> bool {
        self.package != self.saved
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Apply a change as one undoable step. A change that changes nothing leaves no step.
    pub fn edit(&mut self, edit: Edit) -> bool {
        let mut next = self.package.clone();
        let key = edit.run_key();
        edit.apply(&mut next);
        if next == self.package {
            return false;
        }
        self.history.record(&self.package, key.as_deref());
        self.set(next);
        true
    }

    /// End a run of same-key edits: the next edit is a step of its own.
    pub fn end_run(&mut self) {
        self.history.break_run();
    }

    pub fn undo(&mut self) -> bool {
        let done = self.history.undo(&mut self.package);
        self.revision += u64::from(done);
        done
    }

    pub fn redo(&mut self) -> bool {
        let done = self.history.redo(&mut self.package);
        self.revision += u64::from(done);
        done
    }

    /// A package opened from `path` (or a new one): saved as it is, no history.
    pub fn load(&mut self, package: Package, path: Option<PathBuf>) {
        let path = path.map(|p| absolute(&p));
        self.saved = package.clone();
        self.set(package);
        self.path = path;
        self.history.clear();
    }

    /// Work that is not on disk (a preset, or recovered work of the document at `path`):
    /// unsaved until the user saves it.
    pub fn load_unsaved(&mut self, package: Package, path: Option<PathBuf>) {
        self.load(package, path);
        // As a new document: the work shows as unsaved until it is taken back to nothing.
        self.saved = Package::new(crate::strings::t().new_package);
    }

    /// The package was written to `path` as it is now.
    pub fn mark_saved(&mut self, path: &Path) {
        self.saved = self.package.clone();
        self.path = Some(absolute(path));
    }

    fn set(&mut self, package: Package) {
        self.package = package;
        self.revision += 1;
    }
}

/// The path made absolute against the folder Knoppen started in: a recovered document saved
/// later, after a start in another folder, still goes to its own file.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_opened_by_a_relative_path_keeps_its_absolute_path() {
        let mut d = Document::empty(Package::new("x"));
        d.load(Package::new("x"), Some(PathBuf::from("plan.knoppen")));
        let path = d.path().expect("a path");
        assert!(path.is_absolute(), "{}", path.display());
        assert!(path.ends_with("plan.knoppen"));
        d.mark_saved(Path::new("ander.knoppen"));
        assert!(d.path().is_some_and(Path::is_absolute));
    }

    #[test]
    fn an_edit_that_changes_nothing_leaves_no_undo_step() {
        let mut d = Document::default();
        assert!(d.edit(Edit::Add("arbeid.a".into())));
        assert!(!d.edit(Edit::Add("arbeid.a".into())), "already there");
        assert!(
            !d.edit(Edit::SetNote("arbeid.b".into(), "x".into())),
            "not there"
        );
        assert!(d.undo());
        assert!(!d.can_undo(), "one step only");
        assert!(d.package().items.is_empty());
    }

    #[test]
    fn undoing_to_the_saved_state_is_clean() {
        let mut d = Document::default();
        d.edit(Edit::Add("arbeid.a".into()));
        assert!(d.dirty());
        let r = d.revision();
        d.undo();
        assert!(!d.dirty());
        assert!(d.revision() > r, "derived data must follow an undo");
    }
}
