//! Drafts: what the forms hold, as plain text and choices, and the entries made from them.

use super::*;

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
    /// The loader refused the entry (where and why: the text layer says it).
    Refused(LoadError),
}

pub(super) fn required(value: &str, name: &'static str, problems: &mut Vec<Problem>) -> String {
    let v = value.trim();
    if v.is_empty() {
        problems.push(Problem::Missing(name));
    }
    v.to_owned()
}

pub(super) fn valid_date(d: &str) -> bool {
    crate::month::Date::parse(d).is_some() || crate::month::Month::parse(d).is_some()
}

pub(super) fn date(value: &str, problems: &mut Vec<Problem>) -> String {
    let d = required(value, "date", problems);
    if !d.is_empty() && !valid_date(&d) {
        problems.push(Problem::BadDate);
    }
    d
}

pub(super) fn source(
    s: &SourceDraft,
    catalogue: &Catalogue,
    problems: &mut Vec<Problem>,
) -> Source {
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

pub(super) fn measure_exists(
    id: &str,
    catalogue: &Catalogue,
    problems: &mut Vec<Problem>,
) -> String {
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

pub(super) fn unique(base: String, taken: impl Fn(&str) -> bool) -> String {
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
        Draft::Document(d) => file.documents.push(document(d, catalogue, &mut p)),
        Draft::Step(s) => file.steps.push(step(s, catalogue, &mut p)),
        Draft::Measure(m) => file.measures.push(measure(m, catalogue, &mut p)),
        Draft::Correction(c) => file.corrections.push(correction(c, catalogue, &mut p)),
    }
    if p.is_empty() { Ok(file) } else { Err(p) }
}

pub(super) fn document(d: &DocumentDraft, catalogue: &Catalogue, p: &mut Vec<Problem>) -> Document {
    let title = required(&d.title, "title", p);
    let date = date(&d.date, p);
    let id = unique(
        format!("eigen-{}", slug(&format!("{date} {title}"))),
        |id| catalogue.document(id).is_some(),
    );
    let path = d.path.trim();
    let file_name = Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Document {
        id,
        file: file_name,
        short: title.clone(),
        title,
        rank: 10,
        date,
        date_note: None,
        kind: Some(d.kind),
        path: (!path.is_empty()).then(|| path.to_owned()),
    }
}

pub(super) fn step(s: &StepDraft, catalogue: &Catalogue, p: &mut Vec<Problem>) -> Step {
    Step {
        measure: measure_exists(&s.measure, catalogue, p),
        date: date(&s.date, p),
        status: s.status,
        text: required(&s.text, "text", p),
        timing: None,
        source: source(&s.source, catalogue, p),
    }
}

pub(super) fn correction(
    c: &CorrectionDraft,
    catalogue: &Catalogue,
    p: &mut Vec<Problem>,
) -> Correction {
    let measure = measure_exists(&c.measure, catalogue, p);
    let value = required(&c.value, "value", p);
    if c.field == CorrectedField::Effect
        && !value.is_empty()
        && Direction::from_symbol(&value).is_none()
    {
        p.push(Problem::NotASymbol);
    }
    Correction {
        measure,
        field: c.field,
        value,
        source: source(&c.source, catalogue, p),
    }
}

/// The ministries as the form lists them ("SZW, JenV"), each one the sources name.
pub(super) fn ministries(text: &str, p: &mut Vec<Problem>) -> Vec<String> {
    let ministries: Vec<String> = text
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
    ministries
}

pub(super) fn measure(m: &MeasureDraft, catalogue: &Catalogue, p: &mut Vec<Problem>) -> Measure {
    let title = required(&m.title, "title", p);
    let symbol = required(&m.effect, "effect", p);
    let src = source(&m.source, catalogue, p);
    let ministries = ministries(&m.ministries, p);
    let id = unique(format!("{}.{}", m.stream.id(), slug(&title)), |id| {
        catalogue.get(id).is_some()
    });
    let links = m
        .links
        .iter()
        .map(|(to, kind)| Link {
            to: measure_exists(to, catalogue, p),
            kind: *kind,
            note: None,
            source: src.clone(),
        })
        .collect();
    // A symbol the loader does not know needs a direction: unknown, until a source gives one.
    let direction = Direction::from_symbol(&symbol)
        .is_none()
        .then_some(Direction::Unknown);
    let horizon = m.horizon.trim();
    let notes = (!m.basis.trim().is_empty())
        .then(|| FieldNote {
            field: "effect".into(),
            text: m.basis.trim().to_owned(),
        })
        .into_iter()
        .collect();
    Measure {
        id,
        title,
        stream: m.stream,
        summary: required(&m.summary, "summary", p),
        effect: Some(Effect {
            symbol,
            direction,
            prose: None,
        }),
        horizon: Horizon {
            text: non_empty_or(horizon, NOT_STATED),
            terms: load::terms_in(horizon),
        },
        implementation: non_empty_or(&m.implementation, NOT_STATED),
        instrument: Instrument {
            text: non_empty_or(&m.instrument, NOT_STATED),
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
    }
}

pub(super) fn non_empty_or(value: &str, default: &str) -> String {
    let v = value.trim();
    if v.is_empty() {
        default.into()
    } else {
        v.into()
    }
}
