//! Implementation timeline: lead times read from the sources' words, the app's stated
//! assumptions where the sources are silent, and the package's dates.

use serde::Serialize;

pub use crate::assumptions::Assumptions;

use crate::catalogue::{Catalogue, InstrumentKind, Measure};
use crate::month::{DUTCH_NAMES, Month, months_between};
use crate::package::Package;

/// What a phrase says about timing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reading {
    pub min: Option<u32>,
    pub max: Option<u32>,
    pub earliest: Option<Month>,
}

fn number_word(w: &str) -> Option<u32> {
    Some(match w {
        "een" | "één" | "1" => 1,
        "twee" | "2" => 2,
        "drie" | "3" => 3,
        "vier" | "4" => 4,
        "vijf" | "5" => 5,
        "zes" | "6" => 6,
        "zeven" | "7" => 7,
        "acht" | "8" => 8,
        "negen" | "9" => 9,
        "tien" | "10" => 10,
        "twaalf" | "12" => 12,
        "achttien" | "18" => 18,
        "vierentwintig" | "24" => 24,
        _ => w.parse().ok()?,
    })
}

/// Read a Dutch timing phrase: "1 tot 2 jaar", "zeker twee jaar", "ten minste zes maanden",
/// "paar maanden", "enkele jaren", "Q1/Q2 2024", "vanaf Q3 2023", "per 1 september 2023".
/// A minimum without a maximum stays open; words it cannot read give nothing, not a guess.
pub fn read_phrase(phrase: &str) -> Reading {
    let text = phrase
        .to_lowercase()
        .replace(['(', ')', ',', '.', ';', ':'], " ");
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut r = Reading {
        earliest: read_date(&words),
        ..Reading::default()
    };
    for (i, w) in words.iter().enumerate() {
        let unit = match *w {
            "jaar" | "jaren" => 12,
            "maand" | "maanden" => 1,
            _ => continue,
        };
        let before = |k: usize| i.checked_sub(k).and_then(|j| words.get(j)).copied();
        if let (Some(a), Some("tot" | "à" | "a" | "-" | "á"), Some(b)) = (
            before(3).and_then(number_word),
            before(2),
            before(1).and_then(number_word),
        ) {
            r.min = Some(a * unit);
            r.max = Some(b * unit);
        } else if let Some(range) = before(1).and_then(|w| w.split_once('-'))
            && let (Some(a), Some(b)) = (number_word(range.0), number_word(range.1))
        {
            r.min = Some(a * unit);
            r.max = Some(b * unit);
        } else if let Some(n) = before(1).and_then(number_word) {
            let open = matches!(before(2), Some("zeker" | "minimaal" | "minstens"))
                || (before(3) == Some("ten") && before(2) == Some("minste"));
            let at_most = matches!(before(2), Some("maximaal" | "hooguit" | "binnen"));
            r.min = if at_most { None } else { Some(n * unit) };
            r.max = if open { None } else { Some(n * unit) };
        } else if matches!(before(1), Some("paar" | "enkele" | "aantal")) {
            // "a few": at least two, with no stated upper bound.
            r.min = Some(2 * unit);
            r.max = None;
        } else {
            continue;
        }
        break;
    }
    r
}

/// An absolute date in the words: a quarter ("Q3 2023", "Q1/Q2 2024"), a month ("september
/// 2024", "1 juli 2027"), or a year after "in"/"vanaf"/"per" ("vanaf 2024").
fn read_date(words: &[&str]) -> Option<Month> {
    let year_at = |i: usize| {
        words
            .get(i)
            .and_then(|w| w.trim_start_matches('\'').parse::<i32>().ok())
            .filter(|y| (2000..2100).contains(y))
    };
    for (i, w) in words.iter().enumerate() {
        // "q3" or "q1/q2": the first quarter named. Other words starting with q ("quotum") are
        // words, not quarters.
        if let Some(q) = w.strip_prefix('q')
            && let Some(quarter) = q.split('/').next().and_then(|q| q.parse::<u32>().ok())
            && (1..=4).contains(&quarter)
        {
            let year = (i + 1..words.len().min(i + 4)).find_map(year_at)?;
            return Month::new(year, (quarter - 1) * 3 + 1);
        }
        // A month by name or abbreviation ("sept."), followed by a year.
        let short = w.trim_end_matches('.');
        let month = DUTCH_NAMES
            .iter()
            .position(|m| *m == short || (short.len() >= 3 && m.starts_with(short)));
        if let Some(m) = month
            && let Some(y) = year_at(i + 1)
        {
            return Month::new(y, m as u32 + 1);
        }
    }
    for (i, w) in words.iter().enumerate() {
        if matches!(*w, "in" | "vanaf" | "per" | "medio")
            && let Some(y) = year_at(i + 1)
        {
            return Month::new(y, if *w == "medio" { 7 } else { 1 });
        }
    }
    None
}

/// Where a bar's lead time comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    Source,
    Assumption,
    /// Neither the source nor an assumption gives a lead time (instrument unknown).
    Unknown,
}

/// One measure on the timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub id: String,
    pub title: String,
    pub instrument: Option<InstrumentKind>,
    /// Implementation starts: the decision date, or a later start the source gives.
    pub start: Month,
    pub lead_months_min: Option<u32>,
    pub lead_months_max: Option<u32>,
    pub basis: Basis,
    /// A start date the source gave that lies before the decision date (shown, not moved).
    pub past_source_start: Option<Month>,
    /// Effect window in years after implementation, from the horizon and the assumptions.
    pub effect_years: Option<(f32, f32)>,
    pub horizon: String,
    /// The source's words and where they stand.
    pub words: String,
    pub source: Option<crate::catalogue::Source>,
    /// Dated plans from the sources (e.g. a law's planned entry into force).
    pub milestones: Vec<(Month, String)>,
}

impl Row {
    pub fn ready_min(&self) -> Option<Month> {
        self.lead_months_min
            .map(|m| self.start.add_months(i64::from(m)))
    }

    /// `None` when the source leaves the maximum open.
    pub fn ready_max(&self) -> Option<Month> {
        self.lead_months_max
            .map(|m| self.start.add_months(i64::from(m)))
    }
}

/// The instrument that takes longest, which decides an assumed lead time.
pub fn slowest(kinds: &[InstrumentKind]) -> Option<InstrumentKind> {
    use InstrumentKind::*;
    [
        Law,
        EuEffort,
        Amvb,
        Agreement,
        Regulation,
        CabinetDecision,
        MinisterDecision,
        Decision,
        Funding,
        Execution,
    ]
    .into_iter()
    .find(|k| kinds.contains(k))
}

pub fn row(m: &Measure, decision: Month, a: &Assumptions) -> Row {
    let instrument = slowest(&m.instrument.kinds);
    let t = m.timing.as_ref();
    let source_start = t.and_then(|t| t.earliest.as_deref()).and_then(Month::parse);
    let (start, past) = match source_start {
        Some(s) if months_between(s, decision) > 0 => (decision, Some(s)),
        Some(s) => (s, None),
        None => (decision, None),
    };
    // A planned entry into force the sources give is when the measure works: implementation
    // runs from the decision up to it, and no assumed lead time is added on top.
    let in_force = t
        .into_iter()
        .flat_map(|t| &t.milestones)
        .filter(|ms| ms.text.to_lowercase().contains("werking"))
        .filter_map(|ms| Month::parse(&ms.date))
        .filter(|d| months_between(decision, *d) >= 0)
        .min();
    let start = if in_force.is_some() { decision } else { start };
    let (min, max, basis) = match t {
        Some(t) if t.lead_months_min.is_some() || t.lead_months_max.is_some() => (
            t.lead_months_min.or(Some(0)),
            t.lead_months_max,
            Basis::Source,
        ),
        Some(_) if in_force.is_some() => {
            let m = in_force.and_then(|d| u32::try_from(months_between(start, d)).ok());
            (m, m, Basis::Source)
        }
        _ => match instrument.and_then(|k| a.lead(k)) {
            Some((lo, hi)) => (Some(lo), Some(hi), Basis::Assumption),
            None => (None, None, Basis::Unknown),
        },
    };
    let (words, source) = match t {
        Some(t) => (t.phrase.clone(), Some(t.source.clone())),
        None => (m.implementation.clone(), m.sources.first().cloned()),
    };
    Row {
        id: m.id.clone(),
        title: m.title.clone(),
        instrument,
        start,
        lead_months_min: min,
        lead_months_max: max,
        basis,
        past_source_start: past,
        effect_years: a.effect_years(&m.horizon.terms),
        horizon: m.horizon.text.clone(),
        words,
        source,
        milestones: t
            .map(|t| {
                t.milestones
                    .iter()
                    .filter_map(|ms| Month::parse(&ms.date).map(|d| (d, ms.text.clone())))
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// The package's rows, in package order (not rejected measures), with the package's assumptions,
/// from its decision date (or `today` when it has none).
pub fn rows(package: &Package, catalogue: &Catalogue, today: Month) -> Vec<Row> {
    let decision = package.decision(today);
    package
        .measures(catalogue)
        .filter(|(i, _)| i.status != crate::package::MeetingStatus::Rejected)
        .map(|(_, m)| row(m, decision, &package.assumptions))
        .collect()
}

/// The years a chart of these rows shows, as fractional years: from the earliest start (or the
/// decision) to a year past the latest end, at most 30 years, so one far-off date cannot squeeze
/// every bar to a line.
pub fn years_shown(rows: &[Row], decision: Month) -> (f64, f64) {
    let start = rows
        .iter()
        .map(|r| r.start.as_year())
        .fold(decision.as_year(), f64::min)
        .floor();
    let end = rows
        .iter()
        .filter_map(|r| r.ready_max().or_else(|| r.ready_min()))
        .map(|m| m.as_year() + 1.0)
        .fold(start + 1.0, f64::max)
        .ceil();
    (start, end.min(start + 30.0))
}

/// The package's dates: when everything can be in force, and what decides it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// The earliest month by which every measure with a known lead time can be in force.
    pub all_in_force_earliest: Option<Month>,
    /// The measure that decides it.
    pub decided_by: Option<String>,
    /// Whether that date rests on an assumption anywhere.
    pub rests_on_assumption: bool,
    /// Measures whose maximum is open: "at the earliest".
    pub open_ended: Vec<String>,
    pub unknown: Vec<String>,
    /// Law changes and AMvBs starting per year.
    pub load: Vec<(i32, u32, u32)>,
}

pub fn summary(rows: &[Row]) -> Summary {
    let known: Vec<&Row> = rows.iter().filter(|r| r.basis != Basis::Unknown).collect();
    // A measure is in force at the latest at its maximum; where that is open, at its minimum at
    // the earliest — the summary then says "ten vroegste".
    let end = |r: &Row| r.ready_max().or_else(|| r.ready_min());
    // Ties on the end month are common (every law on the same assumed lead time): the longest
    // lead decides, then the first id, so the answer never depends on the rows' order.
    let decisive =
        known
            .iter()
            .filter_map(|r| end(r).map(|e| (e, *r)))
            .max_by(|(e1, r1), (e2, r2)| {
                e1.cmp(e2)
                    .then(months_between(r1.start, *e1).cmp(&months_between(r2.start, *e2)))
                    .then(r2.id.cmp(&r1.id))
            });
    let mut load: Vec<(i32, u32, u32)> = Vec::new();
    for r in rows {
        let (law, amvb) = (
            r.instrument == Some(InstrumentKind::Law),
            r.instrument == Some(InstrumentKind::Amvb),
        );
        if !(law || amvb) {
            continue;
        }
        match load.iter_mut().find(|(y, _, _)| *y == r.start.year()) {
            Some(e) => {
                e.1 += u32::from(law);
                e.2 += u32::from(amvb);
            }
            None => load.push((r.start.year(), u32::from(law), u32::from(amvb))),
        }
    }
    load.sort();
    Summary {
        all_in_force_earliest: decisive.map(|(e, _)| e),
        decided_by: decisive.map(|(_, r)| r.id.clone()),
        rests_on_assumption: known.iter().any(|r| r.basis == Basis::Assumption),
        open_ended: known
            .iter()
            .filter(|r| r.lead_months_max.is_none())
            .map(|r| r.id.clone())
            .collect(),
        unknown: rows
            .iter()
            .filter(|r| r.basis == Basis::Unknown)
            .map(|r| r.id.clone())
            .collect(),
        load,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_spans_whole_years_and_at_most_thirty() {
        let report = crate::catalogue::Catalogue::builtin();
        let m = report.catalogue.get("arbeid.etk").expect("measure");
        let decision = Month::new(2027, 1).expect("month");
        let mut r = row(m, decision, &Assumptions::default());
        let (start, end) = years_shown(std::slice::from_ref(&r), decision);
        assert_eq!(start, 2027.0);
        assert!(end > start && end.fract() == 0.0);
        r.lead_months_max = Some(12 * 150);
        let (start, end) = years_shown(&[r], decision);
        assert_eq!(end - start, 30.0, "a far-off date is cut off");
    }

    fn month(y: i32, m: u32) -> Month {
        Month::new(y, m).expect("valid month")
    }

    #[test]
    fn phrases_read_as_ranges() {
        type Case = (&'static str, Option<u32>, Option<u32>, Option<Month>);
        let cases: &[Case] = &[
            ("1 tot 2 jaar", Some(12), Some(24), None),
            ("zeker twee jaar", Some(24), None, None),
            ("Zeker twee jaar", Some(24), None, None),
            ("ten minste zes maanden", Some(6), None, None),
            ("Twee jaar", Some(24), Some(24), None),
            ("1 jaar", Some(12), Some(12), None),
            ("Paar maanden", Some(2), None, None),
            ("enkele jaren", Some(24), None, None),
            ("Q1/Q2 2024", None, None, Some(month(2024, 1))),
            ("Vanaf Q3 2023", None, None, Some(month(2023, 7))),
            ("Q1 2024", None, None, Some(month(2024, 1))),
            (
                "Per 1 september 2023 komt basisbeurs terug",
                None,
                None,
                Some(month(2023, 9)),
            ),
            ("In 2023", None, None, Some(month(2023, 1))),
            ("Vanaf 2024", None, None, Some(month(2024, 1))),
            ("PM", None, None, None),
            ("Nog onbepaald", None, None, None),
            ("12-18 maanden", Some(12), Some(18), None),
            (
                "Implementatie wet: sept. 2024",
                None,
                None,
                Some(month(2024, 9)),
            ),
            ("medio 2024", None, None, Some(month(2024, 7))),
            ("mei 2025", None, None, Some(month(2025, 5))),
            // A word starting with q is not a quarter, and does not stop the reading.
            ("quotum vanaf 2024", None, None, Some(month(2024, 1))),
            ("Q5 2024", None, None, None),
        ];
        for (phrase, min, max, earliest) in cases {
            let r = read_phrase(phrase);
            assert_eq!(
                (r.min, r.max, r.earliest),
                (*min, *max, *earliest),
                "{phrase}"
            );
        }
    }

    #[test]
    fn a_planned_entry_into_force_is_the_ready_date_not_a_start() {
        let report = crate::catalogue::Catalogue::builtin();
        let m = report
            .catalogue
            .get("arbeid.meld-en-vergewisplicht")
            .expect("measure");
        let r = row(m, month(2026, 12), &Assumptions::default());
        assert_eq!(r.basis, Basis::Source);
        assert_eq!(
            (r.ready_min(), r.ready_max()),
            (Some(month(2027, 7)), Some(month(2027, 7)))
        );
    }

    fn assumed(id: &str, start: Month, lead: (u32, u32)) -> Row {
        Row {
            id: id.into(),
            title: id.into(),
            instrument: Some(InstrumentKind::Law),
            start,
            lead_months_min: Some(lead.0),
            lead_months_max: Some(lead.1),
            basis: Basis::Assumption,
            past_source_start: None,
            effect_years: None,
            horizon: String::new(),
            words: String::new(),
            source: None,
            milestones: Vec::new(),
        }
    }

    #[test]
    fn what_decides_the_date_does_not_depend_on_the_order() {
        // Ties on the end month are common: every law on the same assumed lead time.
        let rows = [
            assumed("b.law", month(2027, 1), (24, 36)),
            assumed("a.law", month(2027, 1), (24, 36)),
            // Ends in the same month, with a shorter lead from a later start.
            assumed("c.late-start", month(2028, 1), (12, 24)),
            assumed("d.early", month(2027, 1), (3, 6)),
        ];
        let mut reversed = rows.clone();
        reversed.reverse();
        let (s, r) = (summary(&rows), summary(&reversed));
        assert_eq!(s.all_in_force_earliest, Some(month(2030, 1)));
        assert_eq!(s.decided_by, r.decided_by);
        // The longest lead decides a tie; between equal leads, the first id.
        assert_eq!(s.decided_by.as_deref(), Some("a.law"));
    }
}
