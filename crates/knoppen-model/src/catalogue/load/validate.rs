//! The rules every measure and every user file must meet: ids, dates, ministries, quoted sources.

use super::*;

/// Ministries the sources name, in their short forms.
pub const MINISTRIES: &[&str] = &[
    "AenM", "BZ", "BZK", "DEF", "EZ", "EZK", "Fin", "IenW", "JenV", "KGG", "LVVN", "OCW", "SZW",
    "VRO", "VWS",
];

pub(super) fn valid_id(id: &str) -> bool {
    let mut parts = id.splitn(2, '.');
    let stream = parts.next().unwrap_or("");
    let slug = parts.next().unwrap_or("");
    Stream::ALL.iter().any(|s| s.id() == stream)
        && !slug.is_empty()
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
}

/// One thing wrong with a measure: where, the technical message, the problem as data, and
/// whether the measure is left out for it.
struct Fault {
    field: &'static str,
    message: String,
    problem: Problem,
    fatal: bool,
}

fn fatal(field: &'static str, message: String, problem: Problem) -> Fault {
    Fault {
        field,
        message,
        problem,
        fatal: true,
    }
}

fn dropped(field: &'static str, message: String, problem: Problem) -> Fault {
    Fault {
        field,
        message,
        problem,
        fatal: false,
    }
}

/// Check one measure on its own. Returns it without its bad references, or `None` when it
/// cannot be shown honestly (no id, no source, no summary, an effect without a direction).
pub(super) fn validate_measure(
    mut m: Measure,
    loc: &Locator,
    offset: usize,
    doc_ids: &HashSet<String>,
    errors: &mut Vec<LoadError>,
) -> Option<Measure> {
    let mut faults = text_faults(&m);
    faults.extend(effect_faults(&m));
    faults.extend(ministry_faults(&m));
    faults.extend(drop_bad_reach(&mut m));
    faults.extend(drop_unknown_sources(&mut m, doc_ids));
    let at = loc.line_col(offset);
    let ok = !faults.iter().any(|f| f.fatal);
    for f in faults {
        errors.push(
            loc.error(at, f.field, format!("measure '{}': {}", m.id, f.message))
                .with(f.problem),
        );
    }
    ok.then_some(m)
}

fn text_faults(m: &Measure) -> Vec<Fault> {
    let mut out = Vec::new();
    if !valid_id(&m.id) {
        out.push(fatal(
            "id",
            "an id is '<stream>.<slug>' in lower case, e.g. 'arbeid.etk'".into(),
            Problem::BadId,
        ));
    }
    if m.title.trim().is_empty() {
        out.push(fatal(
            "title",
            "the title is empty".into(),
            Problem::MissingValue,
        ));
    }
    if m.summary.trim().is_empty() {
        out.push(fatal(
            "summary",
            "the summary is empty".into(),
            Problem::MissingValue,
        ));
    }
    out
}

/// An effect (the measure's or its variants') must have a direction; variant keys are unique.
fn effect_faults(m: &Measure) -> Vec<Fault> {
    let mut out = Vec::new();
    match &m.effect {
        Some(e) if e.direction.is_none() && Direction::from_symbol(&e.symbol).is_none() => {
            out.push(fatal(
                "effect.direction",
                format!(
                    "'{}' is not a standard symbol: give its direction",
                    e.symbol
                ),
                Problem::NeedsDirection(e.symbol.clone()),
            ));
        }
        None if !m.variants.iter().any(|v| v.effect.is_some()) => {
            out.push(fatal(
                "effect",
                "no effect, and no variant has one".into(),
                Problem::MissingValue,
            ));
        }
        _ => {}
    }
    let mut keys = HashSet::new();
    for v in &m.variants {
        if let Some(e) = &v.effect
            && e.direction.is_none()
            && Direction::from_symbol(&e.symbol).is_none()
        {
            out.push(fatal(
                "variants.effect.direction",
                format!("variant '{}': '{}' needs a direction", v.key, e.symbol),
                Problem::NeedsDirection(e.symbol.clone()),
            ));
        }
        if !keys.insert(v.key.as_str()) {
            out.push(fatal(
                "variants.key",
                format!("duplicate variant key '{}'", v.key),
                Problem::DuplicateId(v.key.clone()),
            ));
        }
    }
    out
}

fn ministry_faults(m: &Measure) -> Vec<Fault> {
    m.ministries
        .iter()
        .filter(|min| !MINISTRIES.contains(&min.as_str()))
        .map(|min| {
            dropped(
                "ministries",
                format!("unknown ministry '{min}'"),
                Problem::UnknownReference(min.clone()),
            )
        })
        .collect()
}

/// A reach number no one could mean (NaN, infinite, negative, beyond a population) is left out
/// and said; the measure stays.
fn drop_bad_reach(m: &mut Measure) -> Option<Fault> {
    let before = m.reach.len();
    m.reach.retain(|r| reach_ok(r.value));
    (m.reach.len() < before).then(|| {
        dropped(
            "reach.value",
            "a reach number is not a count of people".into(),
            Problem::OutOfRange,
        )
    })
}

/// Sources in unknown documents are dropped; a measure left without any is left out.
fn drop_unknown_sources(m: &mut Measure, doc_ids: &HashSet<String>) -> Vec<Fault> {
    let mut out = Vec::new();
    let before = m.sources.len();
    m.sources.retain(|s| doc_ids.contains(&s.doc));
    if m.sources.len() < before {
        out.push(dropped(
            "sources.doc",
            "a source names an unknown document".into(),
            Problem::UnknownReference(String::new()),
        ));
    }
    if m.sources.is_empty() {
        out.push(fatal(
            "sources",
            "has no source".into(),
            Problem::MissingValue,
        ));
    }
    out
}

/// A source in the user's catalogue: its place and its quoted passage are both required.
pub(super) fn unquoted(s: &Source) -> Option<(&'static str, &'static str)> {
    if s.at.trim().is_empty() {
        Some((
            "source.at",
            "the place in the document (section, page or paragraph) is missing",
        ))
    } else if s.quote.as_deref().is_none_or(|q| q.trim().is_empty()) {
        Some(("source.quote", "the quoted passage is missing"))
    } else {
        None
    }
}

pub(super) fn valid_date(d: &str) -> bool {
    crate::month::Date::parse(d).is_some() || crate::month::Month::parse(d).is_some()
}

/// The user's file with what breaks the user catalogue's rules left out, each reported.
pub(super) fn check_user_file(p: &Parsed, errors: &mut Vec<LoadError>) -> CatalogueFile {
    let loc = p.locator();
    let f = &p.file;
    let mut bad = |at: &str, field: &str, msg: String| {
        errors.push(loc.error(loc.quoted(at, 0, 0), field, msg));
    };
    if !f.tracks.is_empty() || !f.figures.is_empty() {
        bad(
            "",
            "tracks",
            "the user's catalogue adds no tracks or figures; they are left out".into(),
        );
    }
    CatalogueFile {
        documents: kept(&f.documents, |d| (&d.id, user_document(d)), &mut bad),
        measures: kept(&f.measures, |m| (&m.id, user_measure(m)), &mut bad),
        steps: kept(&f.steps, |s| (&s.measure, user_step(s)), &mut bad),
        amend: kept(&f.amend, |a| (&a.id, user_amendment(a)), &mut bad),
        corrections: kept(
            &f.corrections,
            |c| {
                let problem = unquoted(&c.source).map(|(f, m)| (f, format!("correction: {m}")));
                (&c.measure, problem)
            },
            &mut bad,
        ),
        timing: kept(
            &f.timing,
            |t| {
                let problem = unquoted(&t.source).map(|(f, m)| (f, format!("timing: {m}")));
                (&t.measure, problem)
            },
            &mut bad,
        ),
        ..CatalogueFile::default()
    }
}

/// The entries without a problem; each problem said at the entry (found by `at`).
fn kept<T: Clone>(
    items: &[T],
    check: impl Fn(&T) -> (&String, Option<(&'static str, String)>),
    bad: &mut impl FnMut(&str, &str, String),
) -> Vec<T> {
    items
        .iter()
        .filter(|x| match check(x) {
            (at, Some((field, msg))) => {
                bad(at, field, msg);
                false
            }
            (_, None) => true,
        })
        .cloned()
        .collect()
}

fn user_document(d: &Document) -> Option<(&'static str, String)> {
    if d.title.trim().is_empty() {
        Some(("documents.title", "the document has no title".into()))
    } else if !valid_date(&d.date) {
        Some((
            "documents.date",
            format!("'{}': a date is YYYY-MM-DD or YYYY-MM", d.title),
        ))
    } else {
        None
    }
}

/// Every source in a user's measure (its own, its links', sections' and variants') quotes its
/// passage and names its place.
fn user_measure(m: &Measure) -> Option<(&'static str, String)> {
    m.sources
        .iter()
        .chain(m.links.iter().map(|l| &l.source))
        .chain(m.sections.iter().map(|s| &s.source))
        .chain(m.variants.iter().filter_map(|v| v.source.as_ref()))
        .find_map(unquoted)
        .map(|(field, msg)| (field, format!("measure '{}': {msg}", m.title)))
}

fn user_step(s: &Step) -> Option<(&'static str, String)> {
    if let Some((field, msg)) = unquoted(&s.source) {
        Some((field, format!("step of {}: {msg}", s.date)))
    } else if !valid_date(&s.date) {
        Some((
            "steps.date",
            format!("'{}': a date is YYYY-MM-DD or YYYY-MM", s.date),
        ))
    } else if s.text.trim().is_empty() {
        Some(("steps.text", "the step says nothing".into()))
    } else {
        None
    }
}

fn user_amendment(a: &Amendment) -> Option<(&'static str, String)> {
    a.sources
        .iter()
        .chain(a.links.iter().map(|l| &l.source))
        .chain(a.sections.iter().map(|s| &s.source))
        .find_map(unquoted)
        .map(|(field, msg)| (field, format!("amendment: {msg}")))
}

/// The terms a horizon's words name: "Middellange en lange termijn" → MLT, LT.
pub fn terms_in(text: &str) -> Vec<Term> {
    let mut terms = Vec::new();
    for word in text
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let term = match word {
            "kt" | "korte" => Term::KT,
            "mlt" | "middellange" => Term::MLT,
            "lt" | "lange" => Term::LT,
            _ => continue,
        };
        if !terms.contains(&term) {
            terms.push(term);
        }
    }
    terms
}

/// Whether a reach number can be a count: finite, not negative, below ten billion.
pub(super) fn reach_ok(value: f64) -> bool {
    value.is_finite() && (0.0..1e10).contains(&value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reach_numbers_must_be_counts() {
        assert!(reach_ok(594_900.0) && reach_ok(0.0));
        for bad in [f64::NAN, f64::INFINITY, -1.0, 1e308] {
            assert!(!reach_ok(bad), "{bad}");
        }
    }
}
