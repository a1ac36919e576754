//! The user's own catalogue in the app: the additions recorded through the forms, layered over
//! the catalogue at once, reviewed, and saved to the user's folder through effects.

use crate::state::user_catalogue::UserCatalogue;
use std::path::{Path, PathBuf};

use super::effects::Effect;
use super::{AppState, Notice};
use crate::additions_text as text;
use crate::catalogue::additions::{self, Change};
use crate::catalogue::{CatalogueFile, LoadReport};
use crate::command::{CatalogueCommand, OpenPurpose, SaveTarget, WritePurpose};

type Effects = Vec<Effect>;

/// The folder's files other than the app's own, put together.
fn read_others(dir: &Path) -> CatalogueFile {
    let mut others = CatalogueFile::default();
    for (path, text) in additions::user_sources(dir) {
        if path.file_name().is_some_and(|n| n == additions::OWN_FILE) {
            continue;
        }
        if let Ok(f) =
            text.and_then(|t| crate::catalogue::load::parse_ron::<CatalogueFile>(&path, &t))
        {
            additions::merge_into(&mut others, f);
        }
    }
    others
}

impl AppState {
    /// Use this folder for the user's own catalogue: read it and layer it over the catalogue.
    pub fn set_user_catalogue(&mut self, dir: PathBuf) {
        let (own, unreadable) = match additions::read_own(&dir) {
            Ok(own) => (own, None),
            Err(e) => (
                CatalogueFile::default(),
                Some(crate::strings::load_error(&e)),
            ),
        };
        self.user = UserCatalogue {
            others: read_others(&dir),
            dir: Some(dir),
            saved: own.clone(),
            own,
            unreadable,
            ..UserCatalogue::default()
        };
        let report = additions::layered_with(self.user.dir.as_deref(), &self.user.own);
        self.use_catalogue(report);
    }

    /// Builder form of [`AppState::set_user_catalogue`].
    pub fn with_user_catalogue(mut self, dir: PathBuf) -> Self {
        self.set_user_catalogue(dir);
        self
    }

    /// Put a newly layered catalogue in place: the list, the fiche and the package follow.
    fn use_catalogue(&mut self, report: LoadReport) {
        let selected = self.selected().map(|m| m.id.clone());
        self.catalogue = report.catalogue;
        self.load_errors = report.errors;
        self.view.browser.rebuild(&self.catalogue);
        self.view.browser.selected = selected.and_then(|id| self.catalogue.position(&id));
        self.derived = super::derived::Derived::default();
        let all = self.user.all();
        self.user.changes = additions::changes(&all, &self.catalogue);
        self.user.own_changes = additions::changes(&self.user.own, &self.catalogue);
        self.user.added = additions::added_measures(&all)
            .into_iter()
            .filter(|id| self.catalogue.get(id).is_some())
            .collect();
    }

    pub(super) fn catalogue_command(&mut self, c: CatalogueCommand) -> Effects {
        match c {
            CatalogueCommand::Show(on) => self.view.additions.open = on,
            CatalogueCommand::Add(draft) => self.add_draft(&draft),
            CatalogueCommand::Remove(change) => self.remove_addition(&change),
            CatalogueCommand::Save => return self.save_additions(),
            CatalogueCommand::Export => {
                return vec![Effect::PickSave(
                    SaveTarget::Additions,
                    crate::strings::t().additions_file_name.into(),
                )];
            }
            CatalogueCommand::Import => {
                return vec![Effect::PickOpen(OpenPurpose::ImportAdditions)];
            }
        }
        Vec::new()
    }

    fn add_draft(&mut self, draft: &additions::Draft) {
        let form = &mut self.view.additions;
        let entries = match additions::build(draft, &self.catalogue) {
            Ok(e) => e,
            Err(problems) => {
                form.feedback = problems.iter().map(text::problem).collect();
                form.feedback_error = true;
                return;
            }
        };
        match additions::add(self.user.dir.as_deref(), &self.user.own, entries) {
            Ok((own, report)) => {
                let new_document = match draft {
                    additions::Draft::Document(_) => own.documents.last().map(|d| d.id.clone()),
                    _ => None,
                };
                self.user.own = own;
                self.use_catalogue(report);
                let form = &mut self.view.additions;
                form.added(draft, new_document);
                form.feedback = vec![text::t().added.to_owned()];
                form.feedback_error = false;
            }
            Err(problems) => {
                let form = &mut self.view.additions;
                form.feedback = problems.iter().map(text::problem).collect();
                form.feedback_error = true;
            }
        }
    }

    fn remove_addition(&mut self, change: &Change) {
        match additions::remove(self.user.dir.as_deref(), &self.user.own, change) {
            Ok((own, report)) => {
                self.user.own = own;
                self.use_catalogue(report);
                self.view.additions.feedback = vec![text::t().removed.to_owned()];
                self.view.additions.feedback_error = false;
            }
            Err(problems) => {
                let form = &mut self.view.additions;
                form.feedback = std::iter::once(text::t().not_removed.to_owned())
                    .chain(problems.iter().map(text::problem))
                    .collect();
                form.feedback_error = true;
            }
        }
    }

    pub(super) fn save_additions(&mut self) -> Effects {
        let Some(dir) = self.user.dir.clone() else {
            self.view.notice = Some(Notice::error(text::t().no_folder));
            return Vec::new();
        };
        if let Some(e) = &self.user.unreadable {
            self.view.notice = Some(Notice::error(format!("{}: {e}", text::t().save_failed)));
            return Vec::new();
        }
        self.take_in_other_writers(&dir);
        match additions::to_text(&self.user.own) {
            Ok(t) if !additions::fits(&t) => {
                self.view.notice = Some(Notice::error(text::t().too_large));
                Vec::new()
            }
            Ok(t) => vec![Effect::Write(
                WritePurpose::Additions,
                dir.join(additions::OWN_FILE),
                t.into_bytes(),
            )],
            Err(e) => {
                self.view.notice = Some(Notice::error(format!("{}: {e}", text::t().save_failed)));
                Vec::new()
            }
        }
    }

    /// What another writer (a second window, the command line, an import) put in the own file
    /// since this window read it stays: this window's additions and removals are applied to
    /// what is there now, and the catalogue follows.
    fn take_in_other_writers(&mut self, dir: &Path) {
        let Ok(disk) = additions::read_own(dir) else {
            return;
        };
        if disk == self.user.saved {
            return;
        }
        self.user.own = additions::merge(&disk, &self.user.saved, &self.user.own);
        self.user.saved = disk;
        let report = additions::layered_with(Some(dir), &self.user.own);
        self.use_catalogue(report);
    }

    /// Where to share the additions was chosen.
    pub(super) fn export_additions(&mut self, path: PathBuf) -> Effects {
        match additions::to_text(&self.user.all()) {
            Ok(t) => vec![Effect::Write(
                WritePurpose::AdditionsExport,
                path,
                t.into_bytes(),
            )],
            Err(e) => {
                self.view.notice = Some(Notice::error(format!("{}: {e}", text::t().save_failed)));
                Vec::new()
            }
        }
    }

    /// A colleague's file was read: import it, or say why not.
    pub(super) fn import_read(
        &mut self,
        path: &Path,
        read: Result<String, crate::catalogue::LoadError>,
    ) {
        let result = read
            .map_err(|e| vec![additions::Conflict::Invalid(e)])
            .and_then(|t| {
                additions::import_text(
                    self.user.dir.as_deref(),
                    &self.user.own,
                    path,
                    &t,
                    &self.catalogue,
                )
            });
        match result {
            Ok((own, report)) => {
                let n = additions::count(&own).saturating_sub(additions::count(&self.user.own));
                self.user.own = own;
                self.use_catalogue(report);
                self.view.additions.open = true;
                self.view.additions.tab = crate::ui::additions_view::Tab::Review;
                self.view.notice = Some(Notice::info(text::imported(n)));
            }
            Err(conflicts) => {
                let lines: Vec<String> = conflicts.iter().map(text::conflict).collect();
                self.view.notice = Some(Notice::error(format!(
                    "{}:\n{}",
                    text::t().import_refused,
                    crate::strings::fold(&lines, 6).join("\n")
                )));
            }
        }
    }

    /// A write of the additions ended.
    pub(super) fn additions_written(
        &mut self,
        purpose: WritePurpose,
        path: &Path,
        result: Result<(), String>,
    ) {
        let shown = path.display();
        self.view.notice = Some(match (purpose, result) {
            (WritePurpose::Additions, Ok(())) => {
                self.user.saved = self.user.own.clone();
                Notice::info(format!("{}: {shown}", text::t().saved))
            }
            (_, Ok(())) => {
                let why = if std::mem::take(&mut self.view.saved_without_dialog) {
                    format!("{}. ", crate::strings::t().no_file_dialog)
                } else {
                    String::new()
                };
                Notice::info(format!("{why}{}: {shown}", text::t().exported))
            }
            (_, Err(e)) => Notice::error(format!("{} ({shown}): {e}", text::t().save_failed)),
        });
    }

    /// The package as it is written: naming the measures from the user's additions it uses, and
    /// keeping the names it came with for measures still missing here.
    pub fn package_to_write(&self) -> crate::package::Package {
        let mut p = self.package().clone();
        let mut added: Vec<crate::package::AddedMeasure> = Vec::new();
        for item in &p.items {
            let id = &item.measure;
            if self.user.added.contains(id)
                && let Some(m) = self.catalogue.get(id)
            {
                let document = m
                    .sources
                    .first()
                    .and_then(|s| self.catalogue.document(&s.doc))
                    .map(|d| d.short.clone())
                    .unwrap_or_default();
                added.push(crate::package::AddedMeasure {
                    measure: id.clone(),
                    title: m.title.clone(),
                    document,
                });
            } else if self.catalogue.get(id).is_none()
                && let Some(known) = p.added.iter().find(|a| &a.measure == id)
            {
                added.push(known.clone());
            }
        }
        p.added = added;
        p
    }

    /// Titles of the package's measures that the user's catalogue adds.
    pub fn package_additions(&self) -> Vec<String> {
        self.package()
            .items
            .iter()
            .filter(|i| self.user.added.contains(&i.measure))
            .filter_map(|i| self.catalogue.get(&i.measure).map(|m| m.title.clone()))
            .collect()
    }
}
