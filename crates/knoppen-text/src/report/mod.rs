//! The package note: the same content for the app's export and for `knoppen report`, as
//! Markdown, HTML (prints well to PDF), CSV and JSON.

use serde::Serialize;

use crate::catalogue::export::csv_line;
use crate::catalogue::{Catalogue, Measure, Stream, Term};
use crate::effect::{Assessment, Hint, Tally, assess, item_direction};
use crate::month::Date;
use crate::package::Reading;
use crate::package::{Item, Package, chosen_variant};
use crate::strings;

mod note;
mod sections;

use note::cells;
pub use note::{Block, Entry, Note, Section};

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub name: String,
    pub date: String,
    pub weighted: bool,
    pub overall: Verdict,
    pub streams: std::collections::BTreeMap<String, Verdict>,
    pub horizons: std::collections::BTreeMap<String, Verdict>,
    /// The picture with the meeting's own readings filled in, beside the sourced one;
    /// absent when the meeting recorded none.
    pub with_readings: Option<ReadVerdicts>,
    pub measures: Vec<Row>,
    pub hints: Vec<HintRow>,
    /// Sourced sizes of the groups the package touches, each as its source gives it.
    pub reach: Vec<ReachRow>,
    pub needs: crate::effect::Needs,
    /// Ids in the package that the catalogue does not know.
    pub unknown_ids: Vec<String>,
    /// Decision date the timeline runs from ("YYYY-MM").
    pub decision_date: String,
    pub timeline: Vec<TimelineRow>,
    /// When everything can be in force, and what decides it.
    pub all_in_force: Option<String>,
    pub decided_by: Option<String>,
    /// Whether the note holds the meeting's own notes per measure: only when asked, as a
    /// document handed on should not carry them by accident.
    #[serde(skip)]
    pub private_notes: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct TimelineRow {
    pub id: String,
    pub title: String,
    pub lead_months_min: Option<u32>,
    pub lead_months_max: Option<u32>,
    /// "source", "assumption" or "unknown".
    pub basis: crate::timeline::Basis,
    pub horizon: String,
    pub start: String,
    pub ready_earliest: Option<String>,
    pub ready_latest: Option<String>,
    pub words: String,
    pub source: String,
}

/// The verdicts with the meeting's readings ("inschatting overleg"), labelled as such.
#[derive(Debug, Clone, Serialize)]
pub struct ReadVerdicts {
    /// "inschatting overleg": the label this picture always carries.
    pub label: String,
    pub overall: Verdict,
    pub streams: std::collections::BTreeMap<String, Verdict>,
    /// The measures whose direction here is the meeting's reading.
    pub read: Vec<String>,
}

/// A tally with its verdict in words: the model's counts (one definition, `effect::Tally`,
/// whose weights stay out of the JSON), flattened beside the words.
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    #[serde(flatten)]
    pub counts: Tally,
    pub verdict: String,
}

impl std::ops::Deref for Verdict {
    type Target = Tally;
    fn deref(&self) -> &Tally {
        &self.counts
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub id: String,
    pub title: String,
    pub stream: String,
    pub effect: String,
    /// The effect as the note says it: the symbol with its meaning (the slides' wording).
    #[serde(skip)]
    pub effect_words: String,
    pub direction: String,
    /// Where the counted direction comes from: `symbol`, `effect_words` (an effect column in
    /// words) or `not_stated`; null for a bundle whose items carry their own.
    pub basis: Option<crate::catalogue::Basis>,
    /// A direction the source's words suggest where it gives no symbol: shown, not counted.
    pub from_text: Option<String>,
    /// The meeting's own reading, worded and labelled ("inschatting overleg: …").
    pub reading: Option<String>,
    /// The meeting's reading as data, for the JSON.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading_data: Option<Reading>,
    pub variant: Option<String>,
    pub horizon: String,
    pub implementation: String,
    pub instrument: String,
    pub status: String,
    pub weight: Option<f32>,
    pub note: String,
    pub summary: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReachRow {
    /// "raakt: kennismigranten — 33.080 beslissingen in 2022".
    pub text: String,
    pub group: String,
    pub value: f64,
    pub unit: String,
    pub year: Option<String>,
    pub source: String,
    /// The measures that cite it (titles).
    pub measures: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct HintRow {
    pub text: String,
    pub source: Option<String>,
}

fn verdict(t: &Tally, weighted: bool) -> Verdict {
    Verdict {
        counts: t.clone(),
        verdict: strings::verdict(&t.verdict(weighted)),
    }
}

/// A verdict of the picture with the meeting's readings: its words carry the label.
fn read_verdict(t: &Tally, weighted: bool, readings: usize) -> Verdict {
    Verdict {
        verdict: strings::read_verdict(&t.verdict(weighted), readings),
        ..verdict(t, weighted)
    }
}

/// The note for a package as of `today` (its date, and the decision date when none is set),
/// with the package's own assumptions.
/// A measure as the note and the workbooks show it, with the meeting's choices in `item` (a
/// fresh item for the catalogue's own rows).
pub fn measure_row(catalogue: &Catalogue, item: &Item, m: &Measure) -> Row {
    let variant = chosen_variant(item, m);
    Row {
        id: m.id.clone(),
        title: m.title.clone(),
        stream: m.stream.id().to_owned(),
        effect: m.effect_text(),
        effect_words: strings::effect_phrase(m, variant),
        direction: strings::direction(item_direction(item, m)).to_owned(),
        basis: variant
            .and_then(|v| v.effect.as_ref())
            .or(m.effect.as_ref())
            .map(crate::catalogue::Effect::basis),
        from_text: m.prose_reading(variant).map(strings::prose_reading),
        reading: item.reading.as_ref().map(strings::reading),
        reading_data: item.reading.clone(),
        variant: variant.map(|v| v.title.clone()),
        horizon: strings::horizon(&m.horizon),
        implementation: m.implementation.clone(),
        instrument: strings::instrument_text(&m.instrument),
        status: strings::meeting_status(item.status).to_owned(),
        weight: item.weight,
        note: item.note.clone(),
        summary: strings::in_words(catalogue, &m.summary),
        // The documents by the names users know them by; no file numbers or lines.
        sources: m
            .sources
            .iter()
            .map(|s| strings::source_place(catalogue, s))
            .collect(),
    }
}

pub fn build(package: &Package, catalogue: &Catalogue, today: Date) -> Report {
    let a: Assessment = assess(package, catalogue);
    let rows = crate::timeline::rows(package, catalogue, today.month());
    let tl_summary = crate::timeline::summary(&rows);
    // The documents by the names users know them by; no file numbers or lines in a note.
    let doc_sources = |s: &crate::catalogue::Source| strings::source_place(catalogue, s);
    let hint = |h: &Hint| HintRow {
        text: strings::hint_text(h, catalogue),
        source: h.source.as_ref().map(doc_sources),
    };
    Report {
        name: package.name.clone(),
        date: today.to_string(),
        weighted: a.weighted,
        overall: verdict(&a.overall, a.weighted),
        streams: a
            .streams
            .iter()
            .map(|(s, t)| (s.id().to_owned(), verdict(t, a.weighted)))
            .collect(),
        horizons: a
            .horizons
            .iter()
            .map(|(h, t)| (term_key(*h).to_owned(), verdict(t, a.weighted)))
            .collect(),
        with_readings: read_verdicts(&a),
        measures: package
            .measures(catalogue)
            .map(|(item, m)| measure_row(catalogue, item, m))
            .collect(),
        hints: a.hints.iter().map(hint).collect(),
        reach: a.reach.iter().map(|l| reach_row(catalogue, l)).collect(),
        needs: a.needs.clone(),
        unknown_ids: package.unknown_ids(catalogue),
        decision_date: package.decision(today.month()).to_string(),
        timeline: rows.iter().map(|r| timeline_row(catalogue, r)).collect(),
        all_in_force: tl_summary.all_in_force_earliest.map(|m| m.to_string()),
        decided_by: tl_summary
            .decided_by
            .and_then(|id| catalogue.get(&id).map(|m| m.title.clone())),
        private_notes: false,
    }
}

/// The picture with the meeting's readings, when it gives any.
fn read_verdicts(a: &Assessment) -> Option<ReadVerdicts> {
    a.with_readings.as_ref().map(|w| ReadVerdicts {
        label: strings::meeting_reading().to_owned(),
        overall: read_verdict(&w.overall, a.weighted, w.read.len()),
        streams: w
            .streams
            .iter()
            .map(|(s, t)| (s.id().to_owned(), read_verdict(t, a.weighted, w.read.len())))
            .collect(),
        read: w.read.clone(),
    })
}

fn reach_row(catalogue: &Catalogue, l: &crate::effect::ReachLine) -> ReachRow {
    ReachRow {
        text: strings::reach(&l.reach),
        group: l.reach.group.clone(),
        value: l.reach.value,
        unit: l.reach.unit.clone(),
        year: l.reach.year.clone(),
        source: strings::source_place(catalogue, &l.reach.source),
        measures: l
            .measures
            .iter()
            .map(|id| catalogue.get(id).map_or(id.clone(), |m| m.title.clone()))
            .collect(),
    }
}

fn timeline_row(catalogue: &Catalogue, r: &crate::timeline::Row) -> TimelineRow {
    TimelineRow {
        id: r.id.clone(),
        title: r.title.clone(),
        lead_months_min: r.lead_months_min,
        lead_months_max: r.lead_months_max,
        basis: r.basis,
        horizon: r.horizon.clone(),
        start: r.start.to_string(),
        ready_earliest: r.ready_min().map(|m| m.to_string()),
        ready_latest: r.ready_max().map(|m| m.to_string()),
        words: r.words.clone(),
        source: r
            .source
            .as_ref()
            .map(|s| strings::source_place(catalogue, s))
            .unwrap_or_default(),
    }
}

/// A term as a key of the note's data: the same in every language.
fn term_key(t: Term) -> &'static str {
    match t {
        Term::KT => "KT",
        Term::MLT => "MLT",
        Term::LT => "LT",
    }
}

/// A month in words ("maart 2027", "March 2027"); the data keeps "2027-03".
pub(crate) fn month_words(m: &str) -> String {
    strings::date_words(m)
}

impl TimelineRow {
    fn lead(&self) -> String {
        strings::lead_text(self.lead_months_min, self.lead_months_max)
    }

    /// When it is ready, months in words ("maart 2027 – juni 2027").
    fn ready(&self) -> String {
        let (a, b) = (
            self.ready_earliest.as_deref().map(month_words),
            self.ready_latest.as_deref().map(month_words),
        );
        match (a, b) {
            (Some(a), Some(b)) if a == b => a,
            (Some(a), Some(b)) => format!("{a} – {b}"),
            (Some(a), None) => format!("{} {a}", strings::t().from_month),
            _ => "—".into(),
        }
    }

    pub fn basis_words(&self) -> &'static str {
        match self.basis {
            crate::timeline::Basis::Assumption => strings::t().basis_assumption_knoppen,
            b => strings::basis(b),
        }
    }
}

impl Report {
    /// The same report, its note holding the meeting's own notes (or not).
    pub fn with_private_notes(mut self, on: bool) -> Self {
        self.private_notes = on;
        self
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn to_csv(&self) -> String {
        let mut out = csv_line(&[
            "id",
            "stream",
            "title",
            "effect",
            "direction",
            "variant",
            "horizon",
            "implementation",
            "instrument",
            "status",
            "weight",
            "note",
            "from_text",
            "meeting_reading",
        ]);
        out.push('\n');
        for r in &self.measures {
            let weight = r.weight.map(|w| w.to_string()).unwrap_or_default();
            out.push_str(&csv_line(&[
                &r.id,
                &r.stream,
                &r.title,
                &r.effect,
                &r.direction,
                r.variant.as_deref().unwrap_or(""),
                &r.horizon,
                &r.implementation,
                &r.instrument,
                &r.status,
                &weight,
                &r.note,
                r.from_text.as_deref().unwrap_or(""),
                r.reading.as_deref().unwrap_or(""),
            ]));
            out.push('\n');
        }
        out
    }

    fn needs_line(&self) -> String {
        strings::needs_summary(&self.needs)
    }

    /// The verdicts in the note's order: the total, each stream, each term.
    pub fn verdict_rows(&self) -> Vec<(String, &Verdict)> {
        let mut rows = vec![(strings::t().overall.to_owned(), &self.overall)];
        for s in Stream::ALL {
            if let Some(v) = self.streams.get(s.id()) {
                rows.push((strings::stream(s).to_owned(), v));
            }
        }
        for t in [Term::KT, Term::MLT, Term::LT] {
            if let Some(v) = self.horizons.get(term_key(t)) {
                rows.push((strings::term(t).to_owned(), v));
            }
        }
        rows
    }

    /// A few plain lines for the clipboard: name, verdicts, measures with their signs.
    pub fn summary(&self) -> String {
        let mut o = format!("{} ({})\n", self.name, self.date);
        for (name, v) in self.verdict_rows() {
            o.push_str(&format!("{name}: {}\n", v.verdict));
        }
        if let Some(w) = &self.with_readings {
            o.push_str(&format!("{} {}\n", strings::t().overall, w.overall.verdict));
        }
        o.push_str(&format!("{}:\n", strings::t().note_measures));
        for r in &self.measures {
            o.push_str(&format!("- {} [{}] ({})\n", r.title, r.effect, r.status));
        }
        o.push_str(&format!("{}: {}\n", strings::t().needs, self.needs_line()));
        o
    }

    pub fn to_markdown(&self) -> String {
        self.note().to_markdown()
    }

    pub fn to_html(&self) -> String {
        self.note().to_html()
    }
}
