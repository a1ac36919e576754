//! Implementation timeline: lead times read from the sources' words, the app's stated
//! assumptions where the sources are silent, and the package's dates.

use serde::{Deserialize, Serialize};

/// A month as (year, month 1–12).
pub type Month = (i32, u32);

/// "2024-03" or "2024-03-15" → (2024, 3).
pub fn parse_month(s: &str) -> Option<Month> {
    let mut parts = s.split('-');
    let y: i32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    (1..=12).contains(&m).then_some((y, m))
}

pub fn add_months((y, m): Month, n: i64) -> Month {
    let total = y as i64 * 12 + (m as i64 - 1) + n;
    (total.div_euclid(12) as i32, (total.rem_euclid(12) + 1) as u32)
}

pub fn months_between(a: Month, b: Month) -> i64 {
    (b.0 as i64 * 12 + b.1 as i64) - (a.0 as i64 * 12 + a.1 as i64)
}

/// A month as a fractional year, for the chart's x axis.
pub fn as_year(m: Month) -> f64 {
    m.0 as f64 + (m.1 as f64 - 1.0) / 12.0
}

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
    let text = phrase.to_lowercase().replace(['(', ')', ',', '.', ';', ':'], " ");
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut r = Reading { earliest: read_date(&words), ..Reading::default() };
    for (i, w) in words.iter().enumerate() {
        let unit = match *w {
            "jaar" | "jaren" => 12,
            "maand" | "maanden" => 1,
            _ => continue,
        };
        let before = |k: usize| i.checked_sub(k).and_then(|j| words.get(j)).copied();
        if let (Some(a), Some("tot" | "à" | "a" | "-" | "á"), Some(b)) =
            (before(3).and_then(number_word), before(2), before(1).and_then(number_word))
        {
            r.min = Some(a * unit);
            r.max = Some(b * unit);
        } else if let Some(range) = before(1).and_then(|w| w.split_once('-'))
            && let (Some(a), Some(b)) = (number_word(range.0), number_word(range.1))
        {
            r.min = Some(a * unit);
            r.max = Some(b * unit);
        } else if let Some(n) = before(1).and_then(number_word) {
            let open = matches!(before(2), Some("zeker" | "minimaal" | "minstens")) || (before(3) == Some("ten") && before(2) == Some("minste"));
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
    let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
    let year_at = |i: usize| words.get(i).and_then(|w| w.trim_start_matches('\'').parse::<i32>().ok()).filter(|y| (2000..2100).contains(y));
    for (i, w) in words.iter().enumerate() {
        if let Some(q) = w.strip_prefix('q') {
            let first: u32 = q.split('/').next()?.trim_start_matches('q').parse().ok()?;
            let year = (i + 1..words.len().min(i + 4)).find_map(year_at)?;
            return Some((year, (first - 1) * 3 + 1));
        }
        let short = w.trim_end_matches('.');
        if let Some(m) = months.iter().position(|m| *m == *w || (short.len() >= 3 && m.starts_with(short) && *w != "mei" && short != "mei")) {
            if let Some(y) = year_at(i + 1) {
                return Some((y, m as u32 + 1));
            }
        }
        if *w == "mei" && let Some(y) = year_at(i + 1) {
            return Some((y, 5));
        }
    }
    for (i, w) in words.iter().enumerate() {
        if matches!(*w, "in" | "vanaf" | "per" | "medio") && let Some(y) = year_at(i + 1) {
            return Some((y, if *w == "medio" { 7 } else { 1 }));
        }
    }
    None
}

/// The app's assumptions where the sources are silent. Shown in the UI as assumptions and
/// adjustable; saved with the app's settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assumptions {
    /// Typical lead time, in months (min, max), per instrument.
    pub law: (u32, u32),
    pub amvb: (u32, u32),
    pub regulation: (u32, u32),
    pub decision: (u32, u32),
    pub eu: (u32, u32),
    pub agreement: (u32, u32),
    /// How many years after implementation the effect comes: short, medium, long term.
    pub kt_years: (f32, f32),
    pub mlt_years: (f32, f32),
    pub lt_years: (f32, f32),
}

impl Default for Assumptions {
    fn default() -> Self {
        Self {
            law: (24, 36),
            amvb: (12, 18),
            regulation: (3, 6),
            decision: (1, 6),
            eu: (24, 60),
            agreement: (3, 12),
            kt_years: (0.0, 1.0),
            mlt_years: (1.0, 4.0),
            lt_years: (4.0, 10.0),
        }
    }
}
