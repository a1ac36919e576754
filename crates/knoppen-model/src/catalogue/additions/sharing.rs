//! Sharing: a file of additions from a colleague, imported when nothing in it is already there
//! or contradicts what is.

use super::*;

/// Why an import is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    /// A document of this title and date is already there.
    DocumentExists(String),
    /// A measure of this id or title is already there (its title).
    MeasureExists(String),
    /// The same step is already in this measure's history (measure title, date).
    StepExists(String, String),
    /// This field of this measure is already corrected otherwise (measure title, field).
    CorrectionConflicts(String, CorrectedField),
    /// The file cannot be read as a catalogue file, or the loader refuses what it adds.
    Invalid(LoadError),
    /// An entry the file adds is incomplete or wrong.
    Draft(Problem),
    /// The file adds nothing.
    Empty,
}

/// The own file with `incoming` added, when nothing in it is already there or contradicts what
/// is; otherwise every conflict, and nothing changes.
pub fn import(
    dir: Option<&Path>,
    own: &CatalogueFile,
    incoming: &CatalogueFile,
    current: &Catalogue,
) -> Result<(CatalogueFile, LoadReport), Vec<Conflict>> {
    let mut conflicts = Vec::new();
    if count(incoming) == 0 {
        conflicts.push(Conflict::Empty);
    }
    for d in &incoming.documents {
        let same = |x: &Document| x.id == d.id || (x.title == d.title && x.date == d.date);
        if current.documents.iter().any(same) {
            conflicts.push(Conflict::DocumentExists(d.title.clone()));
        }
    }
    for m in &incoming.measures {
        if current.get(&m.id).is_some() || current.measures.iter().any(|x| x.title == m.title) {
            conflicts.push(Conflict::MeasureExists(m.title.clone()));
        }
    }
    let title = |id: &str| current.get(id).map_or(id.to_owned(), |m| m.title.clone());
    for s in &incoming.steps {
        let there = current.get(&s.measure).is_some_and(|m| {
            m.lineage
                .iter()
                .any(|x| x.date == s.date && x.status == s.status && x.source.doc == s.source.doc)
        });
        if there {
            conflicts.push(Conflict::StepExists(title(&s.measure), s.date.clone()));
        }
    }
    for c in &incoming.corrections {
        let there = current
            .get(&c.measure)
            .is_some_and(|m| m.corrections.iter().any(|x| x.field == c.field));
        if there {
            conflicts.push(Conflict::CorrectionConflicts(title(&c.measure), c.field));
        }
    }
    if !conflicts.is_empty() {
        return Err(conflicts);
    }
    add(dir, own, incoming.clone()).map_err(|problems| {
        problems
            .into_iter()
            .map(|p| match p {
                Problem::Refused(e) => Conflict::Invalid(e),
                other => Conflict::Draft(other),
            })
            .collect()
    })
}

/// Import a shared file's text: first checked on its own (errors located in that file), then
/// against what is already there ([`import`]).
pub fn import_text(
    dir: Option<&Path>,
    own: &CatalogueFile,
    path: &Path,
    text: &str,
    current: &Catalogue,
) -> Result<(CatalogueFile, LoadReport), Vec<Conflict>> {
    let incoming: CatalogueFile =
        load::parse_ron(path, text).map_err(|e| vec![Conflict::Invalid(e)])?;
    let user = dir.map(user_sources).unwrap_or_default();
    let alone = load::load_layered(
        embedded_files().map(|(p, t)| (p, Ok(t))).chain(user),
        [(path.to_path_buf(), Ok(text.to_owned()))],
    );
    let located: Vec<Conflict> = alone
        .errors
        .iter()
        .filter(|e| e.file == path)
        // Duplicates are said below, in the user's words.
        .filter(|e| !matches!(*e.problem, load::Problem::DuplicateId(_)))
        .map(|e| Conflict::Invalid(e.clone()))
        .collect();
    if !located.is_empty() {
        return Err(located);
    }
    import(dir, own, &incoming, current)
}
