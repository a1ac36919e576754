//! Presenter mode's slides, generated from a package or from the catalogue's tracks. Plain data:
//! the presenter view draws them, the tests read them.

use crate::catalogue::figures::{Figure, FigureKind, Value};
use crate::catalogue::{Catalogue, Stream, Term};
use crate::effect::{VerdictKind, assess, item_direction};
use crate::month::{Date, Month};
use crate::package::Package;
use crate::strings;

#[derive(Debug, Clone, PartialEq)]
pub enum Slide {
    Title {
        title: String,
        subtitle: String,
    },
    /// The combined picture: rows of (name, +, –, 0, ?, verdict) for the hand-out's table, and
    /// the picture the slide draws: each stream's direction, overall and per term.
    Combined {
        overall: String,
        overall_kind: VerdictKind,
        rows: Vec<(String, [u32; 4], String)>,
        picture: Vec<StreamPicture>,
        weighted: bool,
        /// Beside the sourced picture: the one with the meeting's readings, labelled
        /// ("met inschatting overleg (2 maatregelen): …"); `None` without readings.
        read: Option<String>,
    },
    Measure(Box<MeasureSlide>),
    /// The implementation timeline: the package's date in words, a table (measure, lead time,
    /// basis, ready) for the note, and the rows the slide draws as bars.
    Timeline {
        headline: String,
        rows: Vec<[String; 4]>,
        bars: Vec<crate::timeline::Row>,
        decision: Month,
    },
    /// An annex figure with numbers (id, for drawing it), under its own title.
    Figure {
        figure: String,
        title: String,
    },
    /// What to watch out for: conflicts, missing partners, knock-on effects, in words.
    Attention {
        items: Vec<String>,
        /// Each point in full, with the measures' titles: the presenter's notes.
        details: Vec<String>,
    },
    Needs {
        lines: Vec<String>,
    },
    Track {
        number: u8,
        title: String,
        question: String,
        measures: Vec<String>,
    },
}

/// One stream on the effect slide: its verdict, and its verdict per term (short, medium, long,
/// not given; `None`: no measure of this stream in that term).
#[derive(Debug, Clone, PartialEq)]
pub struct StreamPicture {
    pub name: String,
    pub kind: VerdictKind,
    pub words: String,
    pub terms: [Option<(VerdictKind, String)>; 4],
}

/// The shapes the effect slide's legend explains, in the order of `strings::t().slide_legend`.
pub const LEGEND: [VerdictKind; 5] = [
    VerdictKind::Increasing,
    VerdictKind::Decreasing,
    VerdictKind::Mixed { up: 1, down: 1 },
    VerdictKind::Neutral,
    VerdictKind::MostlyUnknown {
        unknown: 1,
        total: 1,
    },
];

/// The term columns of the effect slide, in order; `None` is "the sources give no term".
pub const TERMS: [Option<Term>; 4] = [Some(Term::KT), Some(Term::MLT), Some(Term::LT), None];

#[derive(Debug, Clone, PartialEq)]
pub struct MeasureSlide {
    pub title: String,
    pub stream: String,
    pub symbol: String,
    pub words: String,
    pub horizon: String,
    pub instrument: String,
    pub implementation: String,
    pub summary: String,
    pub status: String,
    pub variant: Option<String>,
    /// The effect as the slide says it: the source's symbol with its meaning, per option where
    /// the options differ and none is chosen; never a bare symbol.
    pub effect: String,
    /// The meeting rejected it: the slide says so, and it does not count.
    pub rejected: bool,
    /// Figures of one value, said in a sentence ("… : 30 (procent)") rather than a slide.
    pub facts: Vec<String>,
    /// The meeting's note: for the presenter's eyes only, never on the slide.
    pub note: String,
    /// "strekking volgens de tekst: …" where the source gives words, not a symbol.
    pub from_text: Option<String>,
    /// The meeting's own reading, labelled "inschatting overleg".
    pub reading: Option<String>,
}

/// The deck's type roles: one scale for every slide, so type never jumps from slide to slide.
/// The screen and the paper each map a role to a size; the check holds every role to the
/// room's minimum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The title slide's name.
    Display,
    /// A slide's heading.
    Title,
    /// The line that carries the message (the overall verdict, a measure's effect).
    Lead,
    Body,
    /// Secondary lines: the stream above a title, sources, the legend.
    Note,
}

/// What a slide shows, top to bottom. Decided here once, for the screen, the PDF hand-out and
/// the pre-flight check: which texts, in which role, what is folded.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A text in one of the deck's roles, with the verdict's shape before it where given.
    Text {
        role: Role,
        text: String,
        marker: Option<VerdictKind>,
    },
    /// "Label: value" lines at body size.
    Facts(Vec<(String, String)>),
    /// A list, folded to what a room can read; `more` says how many are left to the note.
    Bullets {
        items: Vec<String>,
        more: Option<String>,
    },
    /// The effect picture: per stream its verdict, and its direction per term.
    Effect {
        heads: Vec<String>,
        rows: Vec<StreamPicture>,
    },
    /// What the effect picture's shapes mean.
    Legend(Vec<(VerdictKind, String)>),
    /// An annex figure drawn as a chart (or a table where the source has one).
    Chart { figure: String },
    /// The timeline as bars, folded to the rows that decide the date.
    Gantt {
        bars: Vec<crate::timeline::Row>,
        decision: Month,
        more: Option<String>,
    },
}

/// The most bullets a slide shows; the rest is counted and left to the note.
pub const MAX_BULLETS: usize = 5;
/// The most measures a track slide lists.
pub const MAX_TRACK_MEASURES: usize = 8;
/// The most bars the timeline slide draws: rows stay large enough for the back of the room.
pub const MAX_GANTT_ROWS: usize = 8;

fn text(role: Role, text: impl Into<String>) -> Block {
    Block::Text {
        role,
        text: text.into(),
        marker: None,
    }
}

fn marked(role: Role, text: impl Into<String>, kind: VerdictKind) -> Block {
    Block::Text {
        role,
        text: text.into(),
        marker: Some(kind),
    }
}

fn bullets(items: &[String], max: usize) -> Block {
    let more = (items.len() > max)
        .then(|| strings::t().and_more(u32::try_from(items.len() - max).unwrap_or(u32::MAX)));
    Block::Bullets {
        items: items.iter().take(max).cloned().collect(),
        more,
    }
}

/// The bars the timeline slide keeps: those that end last decide the date, so they stay; the
/// order is the timeline's own.
fn gantt_rows(bars: &[crate::timeline::Row]) -> (Vec<crate::timeline::Row>, Option<String>) {
    if bars.len() <= MAX_GANTT_ROWS {
        return (bars.to_vec(), None);
    }
    let mut by_end: Vec<usize> = (0..bars.len()).collect();
    by_end.sort_by_key(|&i| std::cmp::Reverse(bars[i].ready_max().or(bars[i].ready_min())));
    let mut keep: Vec<usize> = by_end.into_iter().take(MAX_GANTT_ROWS).collect();
    keep.sort_unstable();
    let more =
        strings::t().and_more(u32::try_from(bars.len() - MAX_GANTT_ROWS).unwrap_or(u32::MAX));
    (
        keep.into_iter().map(|i| bars[i].clone()).collect(),
        Some(more),
    )
}

impl Slide {
    /// What the slide shows, in order: the one decision the screen, the PDF and the check use.
    /// (Long: an arm per kind of slide, read as one table of what each holds.)
    pub fn blocks(&self, catalogue: &Catalogue) -> Vec<Block> {
        let t = strings::t();
        match self {
            Slide::Title { title, subtitle } => {
                vec![text(Role::Display, title), text(Role::Lead, subtitle)]
            }
            Slide::Combined {
                overall,
                overall_kind,
                picture,
                weighted,
                read,
                ..
            } => {
                let mut out = vec![
                    text(Role::Title, t.slide_effect_title),
                    marked(Role::Lead, strings::capitalised(overall), *overall_kind),
                ];
                if let Some(read) = read {
                    out.push(text(Role::Note, format!("{} {read}", t.besides)));
                }
                if *weighted {
                    out.push(text(Role::Note, t.slide_weighted));
                }
                out.push(Block::Effect {
                    heads: TERMS
                        .iter()
                        .map(|term| term.map_or(t.slide_term_unknown, strings::term).to_owned())
                        .collect(),
                    rows: picture.clone(),
                });
                out.push(Block::Legend(
                    LEGEND
                        .iter()
                        .zip(t.slide_legend)
                        .map(|(k, w)| (*k, w.to_owned()))
                        .collect(),
                ));
                out.push(text(Role::Note, t.slide_effect_caveat));
                out
            }
            Slide::Measure(m) => measure_blocks(m),
            Slide::Timeline {
                headline,
                bars,
                decision,
                ..
            } => {
                let (bars, more) = gantt_rows(bars);
                vec![
                    text(Role::Title, t.timeline),
                    text(Role::Body, headline),
                    Block::Gantt {
                        bars,
                        decision: *decision,
                        more,
                    },
                ]
            }
            Slide::Figure { figure, title } => {
                let Some(f) = catalogue.figures.iter().find(|g| &g.id == figure) else {
                    return vec![text(Role::Title, title)];
                };
                let doc = catalogue
                    .document(&f.source.doc)
                    .map_or(String::new(), |d| d.title.clone());
                vec![
                    text(Role::Title, &f.title),
                    text(Role::Note, format!("{}: {}", t.unit, f.unit)),
                    Block::Chart {
                        figure: figure.clone(),
                    },
                    // The figure's notes are about the data, for whoever checks it: not here.
                    text(Role::Note, format!("{}: {doc}, {}", t.source, f.source.at)),
                ]
            }
            Slide::Attention { items, .. } => {
                vec![text(Role::Title, t.attention), bullets(items, MAX_BULLETS)]
            }
            Slide::Needs { lines } => {
                vec![
                    text(Role::Title, t.what_package_needs),
                    bullets(lines, MAX_BULLETS),
                ]
            }
            Slide::Track {
                number,
                title,
                question,
                measures,
            } => {
                let mut out = vec![
                    text(Role::Note, strings::track(*number)),
                    text(Role::Title, strings::capitalised(title)),
                ];
                if !question.is_empty() {
                    out.push(text(Role::Body, question));
                }
                out.push(bullets(measures, MAX_TRACK_MEASURES));
                out
            }
        }
    }

    /// What the presenter should have in view for this slide (notes, the fuller picture).
    pub fn notes(&self) -> String {
        match self {
            Slide::Measure(m) if !m.note.is_empty() => {
                format!("{}: {}\n\n{}", strings::t().note_label, m.note, m.summary)
            }
            Slide::Measure(m) => m.summary.clone(),
            Slide::Combined { weighted: true, .. } => strings::t().weighted_notes.into(),
            // What a folded list leaves to the note ("… en 3 meer (in de notitie)").
            Slide::Attention { details, .. } => details
                .iter()
                .map(|d| format!("• {d}"))
                .collect::<Vec<_>>()
                .join("\n"),
            Slide::Needs { lines } => folded(lines, MAX_BULLETS),
            Slide::Track { measures, .. } => folded(measures, MAX_TRACK_MEASURES),
            Slide::Timeline { rows, bars, .. } if bars.len() > MAX_GANTT_ROWS => rows
                .iter()
                .map(|[measure, lead, basis, ready]| {
                    format!("• {measure}: {lead} ({basis}), {ready}")
                })
                .collect::<Vec<_>>()
                .join("\n"),
            _ => String::new(),
        }
    }

    /// The deck's opening slide, which stands in the middle of the screen.
    pub fn is_title(&self) -> bool {
        matches!(self, Slide::Title { .. })
    }

    /// A short name for the overview grid.
    pub fn label(&self) -> String {
        match self {
            Slide::Title { .. } => strings::t().slide_title.into(),
            Slide::Combined { .. } => strings::t().slide_combined.into(),
            Slide::Measure(m) if m.rejected => {
                format!("{} ({})", m.title, strings::slide_rejected())
            }
            Slide::Measure(m) => m.title.clone(),
            Slide::Figure { title, .. } => format!("{}: {title}", strings::t().figures_label),
            Slide::Attention { .. } => strings::t().attention.into(),
            Slide::Needs { .. } => strings::t().slide_needs.into(),
            Slide::Timeline { .. } => strings::t().timeline.into(),
            Slide::Track { number, .. } => strings::track(*number),
        }
    }
}

/// The items a slide's list folds away, one a line; empty where it shows them all.
fn folded(items: &[String], max: usize) -> String {
    items
        .iter()
        .skip(max)
        .map(|i| format!("• {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn measure_blocks(m: &MeasureSlide) -> Vec<Block> {
    let t = strings::t();
    let mut out = vec![text(Role::Note, &m.stream), text(Role::Title, &m.title)];
    if m.rejected {
        out.push(text(
            Role::Lead,
            strings::capitalised(strings::slide_rejected()),
        ));
    }
    out.push(text(Role::Lead, format!("{}: {}", t.effect, m.effect)));
    for extra in [&m.from_text, &m.reading].into_iter().flatten() {
        out.push(text(Role::Note, extra));
    }
    let mut facts = Vec::new();
    if let Some(v) = &m.variant {
        facts.push((t.variant_label.to_owned(), v.clone()));
    }
    for (k, v) in [
        (t.term_label, &m.horizon),
        (t.needs, &m.instrument),
        (t.implementation, &m.implementation),
        (t.meeting_status, &m.status),
    ] {
        facts.push((k.to_owned(), v.clone()));
    }
    out.push(Block::Facts(facts));
    out.push(text(Role::Body, &m.summary));
    for fact in &m.facts {
        out.push(text(Role::Note, fact));
    }
    out
}

/// The package's briefing: title, combined picture, one slide per measure (by stream), the
/// linked figures, and what it needs.
pub fn package_slides(package: &Package, catalogue: &Catalogue, today: Date) -> Vec<Slide> {
    let a = assess(package, catalogue);
    let mut slides = vec![
        Slide::Title {
            title: package.name.clone(),
            subtitle: format!(
                "{} — {}",
                strings::long_date(today),
                strings::measures_n(package.items.len())
            ),
        },
        combined_slide(&a),
    ];
    let mut figures: Vec<&Figure> = Vec::new();
    for stream in Stream::ALL {
        for (item, m) in package
            .measures(catalogue)
            .filter(|(_, m)| m.stream == stream)
        {
            slides.push(measure_slide(catalogue, item, m, &mut figures));
        }
    }
    slides.push(timeline_slide(package, catalogue, today.month()));
    // Charts first: a table on a slide is the weaker way to show numbers.
    figures.sort_by_key(|f| matches!(f.kind, FigureKind::Table | FigureKind::Matrix));
    slides.extend(figures.into_iter().map(|f| Slide::Figure {
        figure: f.id.clone(),
        title: f.title.clone(),
    }));
    if !a.hints.is_empty() {
        slides.push(Slide::Attention {
            // A room reads a count, not a list of titles; the titles are in the note.
            items: a
                .hints
                .iter()
                .map(|h| strings::hint_slide_text(h, catalogue))
                .collect(),
            details: a
                .hints
                .iter()
                .map(|h| strings::hint_text(h, catalogue))
                .collect(),
        });
    }
    slides.push(needs_slide(package, catalogue, &a));
    slides
}

/// The combined picture: the hand-out's table rows (per stream, then per term) and the
/// picture the slide draws.
fn combined_slide(a: &crate::effect::Assessment) -> Slide {
    let row = |name: &str, t: &crate::effect::Tally| {
        (
            name.to_owned(),
            [t.increase, t.decrease, t.neutral, t.unknown],
            strings::verdict(&t.verdict(a.weighted)),
        )
    };
    let mut rows: Vec<(String, [u32; 4], String)> = a
        .streams
        .iter()
        .map(|(s, t)| row(strings::stream(*s), t))
        .collect();
    for term in [Term::KT, Term::MLT, Term::LT] {
        if let Some(t) = a.horizons.get(&term) {
            rows.push(row(strings::term(term), t));
        }
    }
    let picture = a
        .streams
        .iter()
        .map(|(stream, tally)| {
            let v = tally.verdict(a.weighted);
            StreamPicture {
                name: strings::stream(*stream).to_owned(),
                kind: v.kind,
                words: strings::verdict(&v),
                terms: TERMS.map(|term| {
                    a.matrix.get(&(*stream, term)).map(|t| {
                        let v = t.verdict(a.weighted);
                        (v.kind, strings::verdict_short(&v))
                    })
                }),
            }
        })
        .collect();
    let overall = a.overall.verdict(a.weighted);
    Slide::Combined {
        overall: strings::verdict(&overall),
        overall_kind: overall.kind,
        rows,
        picture,
        weighted: a.weighted,
        read: a
            .with_readings
            .as_ref()
            .map(|w| strings::read_verdict(&w.overall.verdict(a.weighted), w.read.len())),
    }
}

/// A measure's slide. Every linked figure with numbers informs the deck: one value is said in
/// a sentence on the measure's slide, more get a slide of their own (gathered in `figures`).
fn measure_slide<'c>(
    catalogue: &'c Catalogue,
    item: &crate::package::Item,
    m: &crate::catalogue::Measure,
    figures: &mut Vec<&'c Figure>,
) -> Slide {
    let chosen = crate::package::chosen_variant(item, m);
    let mut facts = Vec::new();
    for f in catalogue.figures_for(&m.id) {
        match single_value(f) {
            Some(value) => facts.push(strings::figure_fact(&f.title, &value, &f.unit)),
            None if f.has_numbers() && !figures.iter().any(|g| g.id == f.id) => figures.push(f),
            None => {}
        }
    }
    Slide::Measure(Box::new(MeasureSlide {
        title: m.title.clone(),
        stream: strings::stream(m.stream).to_owned(),
        symbol: m.effect_text(),
        words: strings::direction(item_direction(item, m)).to_owned(),
        effect: strings::effect_phrase(m, chosen),
        horizon: strings::or_not_stated(&strings::horizon(&m.horizon)),
        instrument: strings::or_not_stated(&strings::instrument_text(&m.instrument)),
        implementation: strings::or_not_stated(&m.implementation),
        summary: m.summary.clone(),
        status: strings::meeting_status(item.status).to_owned(),
        rejected: item.status == crate::package::MeetingStatus::Rejected,
        note: item.note.clone(),
        variant: chosen.map(|v| v.title.clone()),
        from_text: m.prose_reading(chosen).map(strings::prose_reading),
        reading: item.reading.as_ref().map(strings::reading),
        facts,
    }))
}

fn needs_slide(package: &Package, catalogue: &Catalogue, a: &crate::effect::Assessment) -> Slide {
    let n = &a.needs;
    let mut lines: Vec<String> = vec![strings::needs_summary(n)];
    if !n.ministries.is_empty() {
        // Most measures record no ministry: say how many do, so the list is not read as complete.
        let total = package.measures(catalogue).count();
        let with = package
            .measures(catalogue)
            .filter(|(_, m)| !m.ministries.is_empty())
            .count();
        lines.push(strings::ministries_recorded(&n.ministries, with, total));
    }
    Slide::Needs { lines }
}

/// The catalogue walked by track: each track's question and its measures.
pub fn track_slides(catalogue: &Catalogue) -> Vec<Slide> {
    let mut slides = vec![Slide::Title {
        title: strings::t().tracks_title.into(),
        subtitle: strings::t().tracks_subtitle.into(),
    }];
    for t in &catalogue.tracks {
        slides.push(Slide::Track {
            number: t.number,
            title: t.title.clone(),
            question: t.question.clone(),
            measures: t
                .measures
                .iter()
                .filter_map(|id| catalogue.get(id))
                .map(|m| format!("{} — {}", m.title, strings::effect_phrase(m, None)))
                .collect(),
        });
    }
    slides
}

/// The one value of a figure that holds a single number (or range), in the language's form.
fn single_value(f: &Figure) -> Option<String> {
    let mut cells = f
        .series
        .iter()
        .flat_map(|s| &s.values)
        .filter(|v| !matches!(v, Value::Missing));
    let only = cells.next()?;
    if cells.next().is_some() {
        return None;
    }
    match only {
        Value::N(n) => Some(strings::number(*n)),
        Value::Range(a, b) => Some(format!("{}–{}", strings::number(*a), strings::number(*b))),
        Value::Text(_) | Value::Missing => None,
    }
}

fn timeline_slide(package: &Package, catalogue: &Catalogue, today: Month) -> Slide {
    use crate::strings::month_name;
    use crate::timeline::{rows, summary};
    let decision = package.decision(today);
    let bars = rows(package, catalogue, today);
    let s = summary(&bars);
    let headline = match (s.all_in_force_earliest, &s.decided_by) {
        (Some(d), Some(id)) => {
            let by = catalogue.get(id).map_or(id.clone(), |m| m.title.clone());
            strings::timeline_headline(decision, Some((d, &by)))
        }
        _ => strings::timeline_headline(decision, None),
    };
    let rows = bars
        .iter()
        .map(|r| {
            let lead = strings::lead_text(r.lead_months_min, r.lead_months_max);
            let basis = strings::basis(r.basis);
            let ready = match (r.ready_min(), r.ready_max()) {
                (Some(x), Some(y)) if x == y => month_name(x),
                (Some(x), Some(y)) => format!("{} – {}", month_name(x), month_name(y)),
                (Some(x), None) => format!("{} {}", strings::t().from_month, month_name(x)),
                _ => "—".into(),
            };
            [r.title.clone(), lead, basis.to_owned(), ready]
        })
        .collect();
    Slide::Timeline {
        headline,
        rows,
        bars,
        decision,
    }
}

/// What a timeline legend entry shows before its words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum GanttKey {
    /// An instrument's bar colour (`None`: not yet known).
    Instrument(Option<crate::catalogue::InstrumentKind>),
    /// A solid and a lighter part: the uncertain margin of any bar.
    Uncertain,
    Today,
    Decision,
}

/// The timeline's legend, decided once for the PDF and PowerPoint: each instrument on it, the
/// lighter part, today where it is shown, and the decision date named.
pub fn gantt_legend(
    bars: &[crate::timeline::Row],
    decision: Month,
    today: Option<Month>,
) -> Vec<(GanttKey, String)> {
    let t = strings::t();
    let mut kinds: Vec<_> = bars.iter().map(|r| r.instrument).collect();
    kinds.sort();
    kinds.dedup();
    let mut entries: Vec<(GanttKey, String)> = kinds
        .into_iter()
        .map(|k| {
            let name = k.map_or(t.basis_unknown, strings::instrument);
            (GanttKey::Instrument(k), name.to_owned())
        })
        .collect();
    entries.push((GanttKey::Uncertain, t.uncertain_part.to_owned()));
    if today.is_some() {
        entries.push((GanttKey::Today, t.today.to_owned()));
    }
    entries.push((
        GanttKey::Decision,
        format!("{}: {}", t.decision_date, strings::month_name(decision)),
    ));
    entries
}

/// Where a timeline chart stands across its page or slide, and the years it shows: the one
/// mapping from a year to a place that the PDF and PowerPoint draw with.
pub struct GanttAxis {
    pub left: f32,
    pub right: f32,
    pub start: f64,
    pub end: f64,
}

impl GanttAxis {
    pub fn x(&self, year: f64) -> f32 {
        self.left
            + ((year - self.start) / (self.end - self.start)) as f32 * (self.right - self.left)
    }

    pub fn shows(&self, m: Month) -> bool {
        (self.start..=self.end).contains(&m.as_year())
    }
}
