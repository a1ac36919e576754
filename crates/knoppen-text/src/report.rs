//! The package note: the same content for the app's export and for `knoppen report`, as
//! Markdown, HTML (prints well to PDF), CSV and JSON.

use serde::Serialize;

use crate::catalogue::export::csv_line;
use crate::catalogue::{Catalogue, Stream, Term};
use crate::effect::{Assessment, Hint, Tally, assess, item_direction};
use crate::month::Date;
use crate::package::Reading;
use crate::package::{Package, chosen_variant};
use crate::strings;

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
pub fn build(package: &Package, catalogue: &Catalogue, today: Date) -> Report {
    let a: Assessment = assess(package, catalogue);
    let decision = package.decision(today.month());
    let rows = crate::timeline::rows(package, catalogue, today.month());
    let tl_summary = crate::timeline::summary(&rows);
    let timeline = rows
        .iter()
        .map(|r| TimelineRow {
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
        })
        .collect();
    // The documents by the names users know them by; no file numbers or lines in a note.
    let doc_sources = |s: &crate::catalogue::Source| strings::source_place(catalogue, s);
    let measures = package
        .measures(catalogue)
        .map(|(item, m)| Row {
            id: m.id.clone(),
            title: m.title.clone(),
            stream: m.stream.id().to_owned(),
            effect: m.effect_text(),
            effect_words: crate::present::effect_phrase(m, chosen_variant(item, m)),
            direction: strings::direction(item_direction(item, m)).to_owned(),
            basis: chosen_variant(item, m)
                .and_then(|v| v.effect.as_ref())
                .or(m.effect.as_ref())
                .map(crate::catalogue::Effect::basis),
            from_text: m
                .prose_reading(chosen_variant(item, m))
                .map(strings::prose_reading),
            reading: item.reading.as_ref().map(strings::reading),
            reading_data: item.reading.clone(),
            variant: chosen_variant(item, m).map(|v| v.title.clone()),
            horizon: strings::horizon(&m.horizon),
            implementation: m.implementation.clone(),
            instrument: strings::instrument_text(&m.instrument),
            status: strings::meeting_status(item.status).to_owned(),
            weight: item.weight,
            note: item.note.clone(),
            summary: strings::in_words(catalogue, &m.summary),
            sources: m.sources.iter().map(doc_sources).collect(),
        })
        .collect();
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
        with_readings: a.with_readings.as_ref().map(|w| ReadVerdicts {
            label: strings::meeting_reading().to_owned(),
            overall: read_verdict(&w.overall, a.weighted, w.read.len()),
            streams: w
                .streams
                .iter()
                .map(|(s, t)| (s.id().to_owned(), read_verdict(t, a.weighted, w.read.len())))
                .collect(),
            read: w.read.clone(),
        }),
        measures,
        hints: a.hints.iter().map(hint).collect(),
        reach: a
            .reach
            .iter()
            .map(|l| ReachRow {
                text: strings::reach(&l.reach),
                group: l.reach.group.clone(),
                value: l.reach.value,
                unit: l.reach.unit.clone(),
                year: l.reach.year.clone(),
                source: doc_sources(&l.reach.source),
                measures: l
                    .measures
                    .iter()
                    .map(|id| catalogue.get(id).map_or(id.clone(), |m| m.title.clone()))
                    .collect(),
            })
            .collect(),
        needs: a.needs.clone(),
        unknown_ids: package.unknown_ids(catalogue),
        decision_date: decision.to_string(),
        timeline,
        all_in_force: tl_summary.all_in_force_earliest.map(|m| m.to_string()),
        decided_by: tl_summary
            .decided_by
            .and_then(|id| catalogue.get(&id).map(|m| m.title.clone())),
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
fn month_words(m: &str) -> String {
    crate::month::Month::parse(m).map_or(m.to_owned(), strings::month_name)
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

    /// The note as a document, built once; [`Report::to_markdown`] and [`Report::to_html`]
    /// render these same sections, so the two cannot drift apart.
    pub fn note(&self) -> Note {
        let s = strings::t();
        let mut sections = vec![self.effect_section()];
        let title = |id: &String| {
            self.measures
                .iter()
                .find(|r| &r.id == id)
                .map_or(id.clone(), |r| r.title.clone())
        };
        let why: Vec<Entry> = [
            (s.pushing_up, &self.overall.increasing),
            (s.pushing_down, &self.overall.decreasing),
            (s.unknown_label, &self.overall.unknowns),
        ]
        .into_iter()
        .filter(|(_, ids)| !ids.is_empty())
        .map(|(label, ids)| {
            let titles: Vec<String> = ids.iter().map(title).collect();
            Entry::new(format!("{label}: {}", titles.join("; ")))
        })
        .collect();
        if !why.is_empty() {
            sections.push(Section::new(s.why, vec![Block::List(why)]));
        }
        // Two tables of few columns rather than one of eight: on a portrait page every column
        // then holds its longest word whole.
        let mut header = cells(&[s.measure, s.effect, s.status_label, s.note_label]);
        // The meeting's own reading of a measure's weight, only when it gives one.
        if self.weighted {
            header.push(s.weighting_column.into());
        }
        let effects = Block::Table {
            header,
            rows: self
                .measures
                .iter()
                .map(|r| {
                    let variant = r
                        .variant
                        .as_ref()
                        .map(|v| format!(" ({}: {v})", s.variant_lower))
                        .unwrap_or_default();
                    let mut effect = r.effect_words.clone();
                    for extra in [&r.from_text, &r.reading].into_iter().flatten() {
                        effect.push_str(&format!("; {extra}"));
                    }
                    let mut row = vec![
                        format!("{}{variant}", r.title),
                        effect,
                        r.status.clone(),
                        r.note.clone(),
                    ];
                    if self.weighted {
                        row.push(strings::decimal(r.weight.unwrap_or(1.0)));
                    }
                    row
                })
                .collect(),
        };
        let when = Block::Table {
            header: cells(&[s.measure, s.term_label, s.needs, s.implementation]),
            rows: self
                .measures
                .iter()
                .map(|r| {
                    vec![
                        r.title.clone(),
                        strings::or_not_stated(&r.horizon),
                        strings::or_not_stated(&r.instrument),
                        strings::or_not_stated(&r.implementation),
                    ]
                })
                .collect(),
        };
        sections.push(Section::new(s.note_measures, vec![effects, when]));
        if !self.hints.is_empty() {
            let hints = self
                .hints
                .iter()
                .map(|h| Entry {
                    text: h.text.clone(),
                    aside: h
                        .source
                        .as_ref()
                        .map(|src| format!("{}: {src}", s.source_lower)),
                })
                .collect();
            sections.push(Section::new(s.hints_heading, vec![Block::List(hints)]));
        }
        if !self.reach.is_empty() {
            let rows = self
                .reach
                .iter()
                .map(|r| Entry {
                    text: r.text.clone(),
                    aside: Some(format!("{}: {}", s.source_lower, r.source)),
                })
                .collect();
            sections.push(Section::new(
                s.reach_heading,
                vec![Block::Paragraph(s.reach_intro.into()), Block::List(rows)],
            ));
        }
        sections.push(self.timeline_section());
        let mut needs = vec![Block::Paragraph(format!("{}.", self.needs_line()))];
        needs.push(Block::Paragraph(format!(
            "{}: {}.",
            s.ministries_as_named,
            strings::ministries_line(&self.needs)
        )));
        sections.push(Section::new(s.what_package_needs, needs));
        if !self.unknown_ids.is_empty() {
            sections.push(Section::new(
                s.not_in_catalogue,
                vec![
                    Block::Paragraph(s.not_in_catalogue_text.into()),
                    Block::List(self.unknown_ids.iter().cloned().map(Entry::new).collect()),
                ],
            ));
        }
        sections.push(Section::new(
            s.sources,
            vec![Block::List(
                self.measures
                    .iter()
                    .map(|r| Entry::new(format!("{}: {}", r.title, r.sources.join("; "))))
                    .collect(),
            )],
        ));
        Note {
            title: self.name.clone(),
            // The date in words ("8 december 2026"); the data keeps "2026-12-08".
            intro: strings::note_intro(
                &crate::month::Date::parse(&self.date)
                    .map_or(self.date.clone(), strings::long_date),
            ),
            sections,
        }
    }

    fn effect_section(&self) -> Section {
        let s = strings::t();
        let mut blocks = vec![Block::Paragraph(s.note_directions.into())];
        if self.weighted {
            blocks.push(Block::Emphasis(s.note_weighted.into()));
        }
        blocks.push(Block::Table {
            header: cells(&["", "+", "–", "0", "?", s.verdict_lower]),
            rows: self
                .verdict_rows()
                .into_iter()
                .map(|(name, v)| {
                    vec![
                        name,
                        v.increase.to_string(),
                        v.decrease.to_string(),
                        v.neutral.to_string(),
                        v.unknown.to_string(),
                        v.verdict.clone(),
                    ]
                })
                .collect(),
        });
        if let Some(w) = &self.with_readings {
            blocks.push(Block::Emphasis(strings::readings_below(w.read.len())));
            let mut rows = vec![(s.overall.to_owned(), &w.overall)];
            for s in Stream::ALL {
                if let Some(v) = w.streams.get(s.id()) {
                    rows.push((strings::stream(s).to_owned(), v));
                }
            }
            blocks.push(Block::List(
                rows.into_iter()
                    .map(|(name, v)| Entry::new(format!("{name} {}", v.verdict)))
                    .collect(),
            ));
        }
        Section::new(s.combined_effect, blocks)
    }

    fn timeline_section(&self) -> Section {
        let s = strings::t();
        let month = month_words;
        let mut intro = format!("{} {}.", s.decision_date, month(&self.decision_date));
        if let (Some(d), Some(by)) = (&self.all_in_force, &self.decided_by) {
            let d = month(d);
            intro.push_str(&format!(
                " {}: {d} ({} {by}).",
                s.all_in_force,
                s.decided_by.to_lowercase()
            ));
        }
        Section::new(
            s.timeline,
            vec![
                Block::Paragraph(intro),
                Block::Table {
                    header: cells(&[
                        s.measure,
                        s.lead_time,
                        s.basis,
                        s.start,
                        s.ready,
                        s.source_words,
                    ]),
                    rows: self
                        .timeline
                        .iter()
                        .map(|r| {
                            vec![
                                r.title.clone(),
                                r.lead(),
                                r.basis_words().to_owned(),
                                month_words(&r.start),
                                r.ready(),
                                format!("“{}”", r.words),
                            ]
                        })
                        .collect(),
                },
            ],
        )
    }

    pub fn to_markdown(&self) -> String {
        self.note().to_markdown()
    }

    pub fn to_html(&self) -> String {
        self.note().to_html()
    }

    /// The note as a Word document (.docx bytes).
    pub fn to_docx(&self) -> Result<Vec<u8>, String> {
        crate::office::docx::note(&self.note())
    }

    /// The package's tables as an Excel workbook (.xlsx bytes).
    pub fn to_xlsx(&self) -> Result<Vec<u8>, String> {
        crate::office::xlsx::package(self)
    }
}

/// The package note as a document: what every text format renders.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub title: String,
    /// The line under the title: what this is and its date.
    pub intro: String,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(String),
    /// A paragraph that must not be overlooked (the meeting's own weighting is in use).
    Emphasis(String),
    List(Vec<Entry>),
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

/// A list entry, with an aside in smaller print (where it comes from).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub text: String,
    pub aside: Option<String>,
}

impl Entry {
    fn new(text: String) -> Self {
        Self { text, aside: None }
    }
}

impl Section {
    fn new(heading: &str, blocks: Vec<Block>) -> Self {
        Self {
            heading: heading.to_owned(),
            blocks,
        }
    }
}

fn cells(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| (*t).to_owned()).collect()
}

impl Note {
    pub fn to_markdown(&self) -> String {
        let mut o = format!("# {}\n\n{}\n", md(&self.title), md(&self.intro));
        for s in &self.sections {
            o.push_str(&format!("\n## {}\n", md(&s.heading)));
            for b in &s.blocks {
                o.push('\n');
                match b {
                    Block::Paragraph(t) => o.push_str(&format!("{}\n", md(t))),
                    Block::Emphasis(t) => o.push_str(&format!("**{}**\n", md(t))),
                    Block::List(entries) => {
                        for e in entries {
                            let aside = e
                                .aside
                                .as_ref()
                                .map(|a| format!(" ({})", md(a)))
                                .unwrap_or_default();
                            o.push_str(&format!("- {}{aside}\n", md(&e.text)));
                        }
                    }
                    Block::Table { header, rows } => {
                        let line = |cells: &[String]| {
                            let cells: Vec<String> = cells.iter().map(|c| md(c)).collect();
                            format!("| {} |\n", cells.join(" | "))
                        };
                        o.push_str(&line(header));
                        o.push_str(&format!("|{}\n", "---|".repeat(header.len())));
                        for r in rows {
                            o.push_str(&line(r));
                        }
                    }
                }
            }
        }
        o
    }

    pub fn to_html(&self) -> String {
        let mut o = format!(
            "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">",
            strings::lang().code()
        );
        o.push_str(&format!("<title>{}</title>", esc(&self.title)));
        o.push_str("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em;text-align:left;vertical-align:top}th{background:#eee}@media print{body{margin:0}}</style></head><body>\n");
        o.push_str(&format!(
            "<h1>{}</h1><p>{}</p>\n",
            esc(&self.title),
            esc(&self.intro)
        ));
        for s in &self.sections {
            o.push_str(&format!("<h2>{}</h2>", esc(&s.heading)));
            for b in &s.blocks {
                match b {
                    Block::Paragraph(t) => o.push_str(&format!("<p>{}</p>", esc(t))),
                    Block::Emphasis(t) => {
                        o.push_str(&format!("<p><strong>{}</strong></p>", esc(t)));
                    }
                    Block::List(entries) => {
                        o.push_str("<ul>");
                        for e in entries {
                            let aside = e
                                .aside
                                .as_ref()
                                .map(|a| format!(" <small>({})</small>", esc(a)))
                                .unwrap_or_default();
                            o.push_str(&format!("<li>{}{aside}</li>", esc(&e.text)));
                        }
                        o.push_str("</ul>");
                    }
                    Block::Table { header, rows } => {
                        let row = |cells: &[String], tag: &str| {
                            let cells: String = cells
                                .iter()
                                .map(|c| format!("<{tag}>{}</{tag}>", esc(c)))
                                .collect();
                            format!("<tr>{cells}</tr>")
                        };
                        o.push_str("<table>");
                        o.push_str(&row(header, "th"));
                        for r in rows {
                            o.push_str(&row(r, "td"));
                        }
                        o.push_str("</table>");
                    }
                }
            }
            o.push('\n');
        }
        o.push_str("</body></html>\n");
        o
    }
}

/// Markdown table cells: no pipes or line breaks.
fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
