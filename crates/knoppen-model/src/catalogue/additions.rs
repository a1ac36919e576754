//! The user's own catalogue: a folder of catalogue files (same schema, same loader) layered over
//! the built-in catalogue, which it never changes. What a user records from a new letter —
//! the document, status steps, new measures, corrections — goes into one file there
//! ([`OWN_FILE`]); other files in the folder are read as they are.
//!
//! Plain data and functions: the forms' drafts become entries here, checked by the loader's rules.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::load::{self, LoadError, LoadReport};
use super::model::*;
use super::{Catalogue, embedded_files};

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

// ---------------------------------------------------------------------------------------------
// Drafts: what the forms hold, as plain text and choices.

/// Where a fact stands in a document: the document, the place, the passage quoted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SourceDraft {
    /// The document's id (the form offers the documents by name).
    pub doc: String,
    pub at: String,
    pub quote: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DocumentDraft {
    pub title: String,
    /// YYYY-MM-DD or YYYY-MM.
    pub date: String,
    pub kind: DocumentKind,
    /// The user's own copy, if any: its path is remembered, the file is not copied.
    pub path: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StepDraft {
    pub measure: String,
    pub date: String,
    pub status: Status,
    pub text: String,
    pub source: SourceDraft,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MeasureDraft {
    pub title: String,
    pub stream: Stream,
    /// The effect as the document writes it ("-", "0/-", "PM", or words).
    pub effect: String,
    /// What the effect rests on, in the document's words or ours.
    pub basis: String,
    /// The term as written ("KT", "middellange termijn").
    pub horizon: String,
    pub implementation: String,
    pub instrument: String,
    /// Ministries, comma-separated (SZW, JenV …).
    pub ministries: String,
    pub summary: String,
    /// Earlier measures it continues, replaces or belongs with.
    pub links: Vec<(String, LinkKind)>,
    pub source: SourceDraft,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CorrectionDraft {
    pub measure: String,
    pub field: CorrectedField,
    pub value: String,
    pub source: SourceDraft,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Draft {
    Document(DocumentDraft),
    Step(StepDraft),
    Measure(MeasureDraft),
    Correction(CorrectionDraft),
}

/// What is wrong with a draft, for the form to say in the user's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A required field is empty (its name: "title", "date", "quote", "at", …).
    Missing(&'static str),
    /// A date that is not YYYY-MM-DD or YYYY-MM.
    BadDate,
    UnknownDocument,
    UnknownMeasure,
    /// A ministry the sources do not name.
    UnknownMinistry(String),
    /// An effect correction must be a standard symbol.
    NotASymbol,
    /// The loader refused the entry (located message).
    Refused(String),
}

fn required(value: &str, name: &'static str, problems: &mut Vec<Problem>) -> String {
    let v = value.trim();
    if v.is_empty() {
        problems.push(Problem::Missing(name));
    }
    v.to_owned()
}

fn valid_date(d: &str) -> bool {
    crate::month::Date::parse(d).is_some() || crate::month::Month::parse(d).is_some()
}

fn date(value: &str, problems: &mut Vec<Problem>) -> String {
    let d = required(value, "date", problems);
    if !d.is_empty() && !valid_date(&d) {
        problems.push(Problem::BadDate);
    }
    d
}

fn source(s: &SourceDraft, catalogue: &Catalogue, problems: &mut Vec<Problem>) -> Source {
    if s.doc.trim().is_empty() {
        problems.push(Problem::Missing("doc"));
    } else if catalogue.document(s.doc.trim()).is_none() {
        problems.push(Problem::UnknownDocument);
    }
    Source {
        doc: s.doc.trim().to_owned(),
        at: required(&s.at, "at", problems),
        line: None,
        quote: Some(required(&s.quote, "quote", problems)),
    }
}

fn measure_exists(id: &str, catalogue: &Catalogue, problems: &mut Vec<Problem>) -> String {
    let id = id.trim();
    if id.is_empty() {
        problems.push(Problem::Missing("measure"));
    } else if catalogue.get(id).is_none() {
        problems.push(Problem::UnknownMeasure);
    }
    id.to_owned()
}

/// A slug from words: lower-case ASCII letters and digits joined by '-'.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let c = match c {
            'à'..='å' | 'À'..='Å' => 'a',
            'è'..='ë' | 'È'..='Ë' => 'e',
            'ì'..='ï' | 'Ì'..='Ï' => 'i',
            'ò'..='ö' | 'Ò'..='Ö' => 'o',
            'ù'..='ü' | 'Ù'..='Ü' => 'u',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() { "nieuw".into() } else { out }
}

fn unique(base: String, taken: impl Fn(&str) -> bool) -> String {
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// The instrument kinds the words name ("Wetswijziging of AMvB" → law, AMvB).
pub fn kinds_in(text: &str) -> Vec<InstrumentKind> {
    let t = text.to_lowercase();
    // Whole words: "Nieuwe regeling" holds "eu" and "wetenschappelijk" holds "wet", and
    // neither is an EU effort or a law.
    let words: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).collect();
    let word = |w: &str| words.contains(&w);
    let any = |f: &dyn Fn(&str) -> bool| words.iter().any(|w| f(w));
    let mut kinds = Vec::new();
    let mut has = |cond: bool, k: InstrumentKind| {
        if cond && !kinds.contains(&k) {
            kinds.push(k);
        }
    };
    has(
        any(&|w| w == "wet" || w == "wetten" || w.starts_with("wets") || w.starts_with("wetgev")),
        InstrumentKind::Law,
    );
    has(word("amvb"), InstrumentKind::Amvb);
    has(
        any(&|w| w.ends_with("regeling") || w.starts_with("beleidsregel")),
        InstrumentKind::Regulation,
    );
    has(t.contains("besluit mr"), InstrumentKind::CabinetDecision);
    has(
        word("bwp") || any(&|w| w.starts_with("bewindspersoon")),
        InstrumentKind::MinisterDecision,
    );
    has(
        any(&|w| w == "eu" || w.starts_with("europe")),
        InstrumentKind::EuEffort,
    );
    has(
        any(&|w| w.ends_with("akkoord") || w.ends_with("afspraken")),
        InstrumentKind::Agreement,
    );
    has(word("financieel"), InstrumentKind::Funding);
    if kinds.is_empty() {
        kinds.push(InstrumentKind::Unknown);
    }
    kinds
}

/// Make an entry from a draft, checking what the form can check on its own; the loader checks
/// the rest when the entry joins the catalogue ([`add`]).
pub fn build(draft: &Draft, catalogue: &Catalogue) -> Result<CatalogueFile, Vec<Problem>> {
    let mut p = Vec::new();
    let mut file = CatalogueFile::default();
    match draft {
        Draft::Document(d) => {
            let title = required(&d.title, "title", &mut p);
            let date = date(&d.date, &mut p);
            let id = unique(
                format!("eigen-{}", slug(&format!("{date} {title}"))),
                |id| catalogue.document(id).is_some(),
            );
            let path = d.path.trim();
            let file_name = Path::new(path)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            file.documents.push(Document {
                id,
                file: file_name,
                short: title.clone(),
                title,
                rank: 10,
                date,
                date_note: None,
                kind: Some(d.kind),
                path: (!path.is_empty()).then(|| path.to_owned()),
            });
        }
        Draft::Step(s) => {
            let measure = measure_exists(&s.measure, catalogue, &mut p);
            file.steps.push(Step {
                measure,
                date: date(&s.date, &mut p),
                status: s.status,
                text: required(&s.text, "text", &mut p),
                timing: None,
                source: source(&s.source, catalogue, &mut p),
            });
        }
        Draft::Measure(m) => {
            let title = required(&m.title, "title", &mut p);
            let symbol = required(&m.effect, "effect", &mut p);
            let src = source(&m.source, catalogue, &mut p);
            let ministries: Vec<String> = m
                .ministries
                .split([',', ';'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            for min in &ministries {
                if !load::MINISTRIES.contains(&min.as_str()) {
                    p.push(Problem::UnknownMinistry(min.clone()));
                }
            }
            let id = unique(format!("{}.{}", m.stream.id(), slug(&title)), |id| {
                catalogue.get(id).is_some()
            });
            let mut links = Vec::new();
            for (to, kind) in &m.links {
                links.push(Link {
                    to: measure_exists(to, catalogue, &mut p),
                    kind: *kind,
                    note: None,
                    source: src.clone(),
                });
            }
            let direction = match Direction::from_symbol(&symbol) {
                Some(_) => None,
                None => Some(Direction::Unknown),
            };
            let horizon = m.horizon.trim();
            let mut notes = Vec::new();
            if !m.basis.trim().is_empty() {
                notes.push(FieldNote {
                    field: "effect".into(),
                    text: m.basis.trim().to_owned(),
                });
            }
            file.measures.push(Measure {
                id,
                title,
                stream: m.stream,
                summary: required(&m.summary, "summary", &mut p),
                effect: Some(Effect {
                    symbol,
                    direction,
                    prose: None,
                }),
                horizon: Horizon {
                    text: if horizon.is_empty() {
                        "Niet vermeld".into()
                    } else {
                        horizon.to_owned()
                    },
                    terms: load::terms_in(horizon),
                },
                implementation: non_empty_or(&m.implementation, "Niet vermeld"),
                instrument: Instrument {
                    text: non_empty_or(&m.instrument, "Niet vermeld"),
                    kinds: kinds_in(&m.instrument),
                },
                ministries,
                cost: None,
                fiche: None,
                sections: Vec::new(),
                variant_kind: VariantKind::default(),
                variants: Vec::new(),
                links,
                notes,
                sources: vec![src],
                tracks: Vec::new(),
                lineage: Vec::new(),
                timing: None,
                corrections: Vec::new(),
                reach: Vec::new(),
            });
        }
        Draft::Correction(c) => {
            let measure = measure_exists(&c.measure, catalogue, &mut p);
            let value = required(&c.value, "value", &mut p);
            if c.field == CorrectedField::Effect
                && !value.is_empty()
                && Direction::from_symbol(&value).is_none()
            {
                p.push(Problem::NotASymbol);
            }
            file.corrections.push(Correction {
                measure,
                field: c.field,
                value,
                source: source(&c.source, catalogue, &mut p),
            });
        }
    }
    if p.is_empty() { Ok(file) } else { Err(p) }
}

fn non_empty_or(value: &str, default: &str) -> String {
    let v = value.trim();
    if v.is_empty() {
        default.into()
    } else {
        v.into()
    }
}

/// Problems the loader finds in the user's files: each located message.
fn user_errors(report: &LoadReport, dir: Option<&Path>) -> Vec<String> {
    let own = own_path(dir);
    let in_user = |e: &LoadError| match dir {
        Some(d) => e.file.starts_with(d),
        None => e.file == own,
    };
    report
        .errors
        .iter()
        .filter(|e| in_user(e))
        .map(ToString::to_string)
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
    let before: HashSet<String> = user_errors(&layered_with(dir, own), dir)
        .into_iter()
        .collect();
    let report = layered_with(dir, &next);
    let new: Vec<Problem> = user_errors(&report, dir)
        .into_iter()
        .filter(|e| !before.contains(e))
        .map(Problem::Refused)
        .collect();
    if new.is_empty() {
        Ok((next, report))
    } else {
        Err(new)
    }
}

// ---------------------------------------------------------------------------------------------
// Sharing.

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
    Invalid(String),
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
                Problem::Refused(m) => Conflict::Invalid(m),
                other => Conflict::Invalid(format!("{other:?}")),
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
        load::parse_ron(path, text).map_err(|e| vec![Conflict::Invalid(e.to_string())])?;
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
        .filter(|e| !e.message.starts_with("duplicate"))
        .map(|e| Conflict::Invalid(e.to_string()))
        .collect();
    if !located.is_empty() {
        return Err(located);
    }
    import(dir, own, &incoming, current)
}

// ---------------------------------------------------------------------------------------------
// Review.

/// One change the user's files make to the built-in catalogue.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Document(Document),
    NewMeasure {
        title: String,
        stream: Stream,
        effect: String,
        source: Source,
    },
    NewStep {
        measure: String,
        step: Step,
    },
    Amended {
        measure: String,
        field: CorrectedField,
        before: String,
        after: String,
        source: Source,
    },
}

/// What `file` changes in `layered` (the catalogue with the file in it), in the file's order:
/// documents, new measures, new steps, corrected fields (before → after).
pub fn changes(file: &CatalogueFile, layered: &Catalogue) -> Vec<Change> {
    let title = |id: &str| layered.get(id).map_or(id.to_owned(), |m| m.title.clone());
    let mut out: Vec<Change> = file
        .documents
        .iter()
        .cloned()
        .map(Change::Document)
        .collect();
    for m in &file.measures {
        let shown = layered.get(&m.id).unwrap_or(m);
        if let Some(source) = m.sources.first() {
            out.push(Change::NewMeasure {
                title: shown.title.clone(),
                stream: m.stream,
                effect: shown.effect_text(),
                source: source.clone(),
            });
        }
    }
    for s in &file.steps {
        out.push(Change::NewStep {
            measure: title(&s.measure),
            step: s.clone(),
        });
    }
    for c in &file.corrections {
        let applied = layered.get(&c.measure).and_then(|m| {
            m.corrections
                .iter()
                .find(|a| a.field == c.field && a.source == c.source)
        });
        if let Some(a) = applied {
            out.push(Change::Amended {
                measure: title(&c.measure),
                field: c.field,
                before: a.before.clone(),
                after: a.after.clone(),
                source: c.source.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
