//! Presenter mode's slides, generated from a package or from the catalogue's tracks. Plain data:
//! the presenter view draws them, the tests read them.

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
    /// A figure that informs the measure (id).
    pub figure: Option<String>,
    /// The meeting's note: for the presenter's eyes only, never on the slide.
    pub note: String,
    /// "strekking volgens de tekst: …" where the source gives words, not a symbol.
    pub from_text: Option<String>,
    /// The meeting's own reading, labelled "inschatting overleg".
    pub reading: Option<String>,
}

impl Slide {
    /// What the presenter should have in view for this slide (notes, the fuller picture).
    pub fn notes(&self) -> String {
        match self {
            Slide::Measure(m) if !m.note.is_empty() => {
                format!("{}: {}\n\n{}", strings::t().note_label, m.note, m.summary)
            }
            Slide::Measure(m) => m.summary.clone(),
            Slide::Combined { weighted: true, .. } => strings::t().weighted_notes.into(),
            _ => String::new(),
        }
    }

    /// A short name for the overview grid.
    pub fn label(&self) -> String {
        match self {
            Slide::Title { .. } => strings::t().slide_title.into(),
            Slide::Combined { .. } => strings::t().slide_combined.into(),
            Slide::Measure(m) => m.title.clone(),
            Slide::Figure { title, .. } => format!("{}: {title}", strings::t().figures_label),
            Slide::Attention { .. } => strings::t().attention.into(),
            Slide::Needs { .. } => strings::t().slide_needs.into(),
            Slide::Timeline { .. } => strings::t().timeline.into(),
            Slide::Track { number, .. } => strings::track(*number),
        }
    }
}

/// The package's briefing: title, combined picture, one slide per measure (by stream), the
/// linked figures, and what it needs.
pub fn package_slides(package: &Package, catalogue: &Catalogue, today: Date) -> Vec<Slide> {
    let a = assess(package, catalogue);
    let mut slides = vec![Slide::Title {
        title: package.name.clone(),
        subtitle: format!(
            "{} — {}",
            strings::long_date(today),
            strings::measures_n(package.items.len())
        ),
    }];
    let mut rows: Vec<(String, [u32; 4], String)> = a
        .streams
        .iter()
        .map(|(s, t)| {
            (
                strings::stream(*s).to_owned(),
                [t.increase, t.decrease, t.neutral, t.unknown],
                strings::verdict(&t.verdict(a.weighted)),
            )
        })
        .collect();
    for term in [Term::KT, Term::MLT, Term::LT] {
        if let Some(t) = a.horizons.get(&term) {
            rows.push((
                strings::term(term).to_owned(),
                [t.increase, t.decrease, t.neutral, t.unknown],
                strings::verdict(&t.verdict(a.weighted)),
            ));
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
    slides.push(Slide::Combined {
        overall: strings::verdict(&overall),
        overall_kind: overall.kind,
        rows,
        picture,
        weighted: a.weighted,
        read: a
            .with_readings
            .as_ref()
            .map(|w| strings::read_verdict(&w.overall.verdict(a.weighted), w.read.len())),
    });
    let mut figures: Vec<String> = Vec::new();
    for stream in Stream::ALL {
        for (item, m) in package
            .measures(catalogue)
            .filter(|(_, m)| m.stream == stream)
        {
            let d = item_direction(item, m);
            // Only figures with numbers reach the deck: a chart that is not in the source's
            // text has nothing to show an audience.
            let figure = catalogue
                .figures_for(&m.id)
                .into_iter()
                .find(|f| f.has_numbers())
                .map(|f| f.id.clone());
            if let Some(f) = &figure
                && !figures.contains(f)
            {
                figures.push(f.clone());
            }
            slides.push(Slide::Measure(Box::new(MeasureSlide {
                title: m.title.clone(),
                stream: strings::stream(m.stream).to_owned(),
                symbol: m.effect_text(),
                words: strings::direction(d).to_owned(),
                horizon: strings::horizon(&m.horizon),
                instrument: strings::instrument_text(&m.instrument),
                implementation: m.implementation.clone(),
                summary: m.summary.clone(),
                status: strings::meeting_status(item.status).to_owned(),
                note: item.note.clone(),
                variant: crate::package::chosen_variant(item, m).map(|v| v.title.clone()),
                from_text: m
                    .prose_reading(crate::package::chosen_variant(item, m))
                    .map(strings::prose_reading),
                reading: item.reading.as_ref().map(strings::reading),
                figure,
            })));
        }
    }
    slides.push(timeline_slide(package, catalogue, today.month()));
    slides.extend(figures.into_iter().filter_map(|id| {
        let f = catalogue.figures.iter().find(|f| f.id == id)?;
        Some(Slide::Figure {
            figure: id,
            title: f.title.clone(),
        })
    }));
    if !a.hints.is_empty() {
        let items = a
            .hints
            .iter()
            .map(|h| strings::hint_text(h, catalogue))
            .collect();
        slides.push(Slide::Attention { items });
    }
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
    slides.push(Slide::Needs { lines });
    slides
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
                .map(|m| format!("{}  {}", m.effect_text(), m.title))
                .collect(),
        });
    }
    slides
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
