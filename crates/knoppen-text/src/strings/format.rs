//! Formats, decided once: numbers (1.234,5), dates and months in words, counts with real plurals, lists folded.

use super::*;

/// A title cut to `n` characters, with an ellipsis when cut (the full title goes on hover).
pub fn short_title(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>().trim_end())
    }
}

/// "2026-03" → "maart 2026".
pub fn month_name(m: Month) -> String {
    let names = pick(&DUTCH_NAMES, &ENGLISH_MONTHS);
    let name = names
        .get((m.month() as usize).saturating_sub(1))
        .copied()
        .unwrap_or("?");
    format!("{name} {}", m.year())
}

/// English month names, January first.
const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "2026-11-22" → "22 november 2026".
pub fn long_date(d: Date) -> String {
    format!("{} {}", d.day(), month_name(d.month()))
}

/// A lead time in words: "12–24 mnd", "6 mnd", "≥ 24 mnd" (the source gives no maximum),
/// "onbekend".
pub fn lead_text(min: Option<u32>, max: Option<u32>) -> String {
    let unit = |n: u32| match lang() {
        Lang::Nl => "mnd",
        Lang::En if n == 1 => "month",
        Lang::En => "months",
    };
    match (min, max) {
        (Some(a), Some(b)) if a == b => format!("{a} {}", unit(a)),
        (Some(a), Some(b)) => format!("{a}–{b} {}", unit(b)),
        (Some(a), None) => format!("≥ {a} {}", unit(a)),
        (None, Some(b)) => format!("≤ {b} {}", unit(b)),
        (None, None) => pick("onbekend", "unknown").into(),
    }
}

/// The unit after a number of months in a field: " mnd", " months".
/// The start of a range in the assumptions ("van 24 mnd").
pub fn range_from() -> &'static str {
    pick("van ", "from ")
}

/// The end of a range in the assumptions ("tot 36 mnd").
pub fn range_to() -> &'static str {
    pick("tot ", "to ")
}

pub fn months_suffix() -> &'static str {
    pick(" mnd", " months")
}

/// The unit after a number of years in a field: " jr", " yrs".
pub fn years_suffix() -> &'static str {
    pick(" jr", " yrs")
}

/// "1 wetswijziging", "2 wetswijzigingen".
/// "1 maatregel", "3 maatregelen": a count with its real singular or plural.
pub fn count(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "12 van 80 maatregelen", "12 of 80 measures": what the catalogue list shows.
pub fn matches_of(shown: usize, total: usize) -> String {
    pick(
        format!("{shown} van {}", measures_n(total)),
        format!("{shown} of {}", measures_n(total)),
    )
}

/// "1 maatregel", "3 measures": a count of measures in the current language.
pub fn measures(n: u32) -> String {
    count(n, t().measures_count_one, t().measures_count_many)
}

/// A count from a `usize`, as [`measures`] takes it.
pub fn measures_n(n: usize) -> String {
    measures(u32::try_from(n).unwrap_or(u32::MAX))
}

/// A number with one decimal: 3.0 → "3,0" in Dutch, "3.0" in English.
pub fn decimal(x: f32) -> String {
    localised(&format!("{x:.1}"))
}

/// A number typed into a field: "1,5" in Dutch, "1.5" in English (a lone other separator is
/// read as the decimal one too; thousands separators are dropped).
pub fn parse_decimal(s: &str) -> Option<f64> {
    let (thousands, decimal) = pick(('.', ','), (',', '.'));
    let s = s.trim();
    let plain: String = if s.contains(decimal) {
        s.chars()
            .filter(|c| *c != thousands)
            .map(|c| if c == decimal { '.' } else { c })
            .collect()
    } else {
        s.replace(thousands, ".")
    };
    plain.parse().ok()
}

/// "-1234567.5" → "-1.234.567,5" in Dutch (thousands grouped with points, a decimal comma),
/// "-1,234,567.5" in English.
fn localised(plain: &str) -> String {
    let (sep, point) = pick(('.', ','), (',', '.'));
    let (sign, digits) = plain
        .strip_prefix('-')
        .map_or(("", plain), |rest| ("-", rest));
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{frac}")
    }
}

/// A figure's value as shown on screen: Dutch numbers, a range with an en dash, the source's
/// own text as it stands.
pub fn figure_value(v: &crate::catalogue::figures::Value) -> String {
    use crate::catalogue::figures::Value;
    match v {
        Value::N(n) => number(*n),
        Value::Range(a, b) => format!("{}–{}", number(*a), number(*b)),
        Value::Text(t) => t.clone(),
        Value::Missing => t().missing.to_owned(),
    }
}

/// A number in the language's way: 1.234.567 and 0,6 in Dutch, 1,234,567 and 0.6 in English.
pub fn number(x: f64) -> String {
    if !x.is_finite() {
        return "?".into();
    }
    let text = format!("{:.2}", x.abs());
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let sign = if x < 0.0 && text != "0" { "-" } else { "" };
    localised(&format!("{sign}{text}"))
}

/// A heading on a page that goes on from the one before: "Tijdlijn (vervolg)".
pub fn continued(heading: &str) -> String {
    pick(
        format!("{heading} (vervolg)"),
        format!("{heading} (continued)"),
    )
}

/// "… en 3 meer", "… and 3 more": what a list leaves out.
pub fn more(n: impl std::fmt::Display) -> String {
    pick(format!("… en {n} meer"), format!("… and {n} more"))
}

/// The first `max` items, then "… en 297 meer": a banner with a long list keeps its close
/// button on screen.
pub fn fold(items: &[String], max: usize) -> Vec<String> {
    let mut out: Vec<String> = items.iter().take(max).cloned().collect();
    if items.len() > max {
        let more = items.len() - max;
        out.push(pick(
            format!("… en {more} meer"),
            format!("… and {more} more"),
        ));
    }
    out
}

/// The first letter upper case: a verdict or a track's name as a line or a slide title.
pub fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A text quoted in a check's line: short enough to read in a terminal.
pub(super) fn quoted(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 48 {
        format!("‘{}…’", one_line.chars().take(47).collect::<String>())
    } else {
        format!("‘{one_line}’")
    }
}

/// A chart's text alternative, for a screen reader: its title and unit, then per category each
/// series' value ("Grafiek: Instroom (personen). 2017: Werkstudent 1.234, Overig 567; 2018: …").
pub fn figure_alt(f: &crate::catalogue::figures::Figure) -> String {
    let rows: Vec<String> = f
        .categories
        .iter()
        .enumerate()
        .map(|(i, cat)| {
            let values: Vec<String> = f
                .series
                .iter()
                .filter_map(|s| Some(format!("{} {}", s.name, figure_value(s.values.get(i)?))))
                .collect();
            format!("{cat}: {}", values.join(", "))
        })
        .collect();
    format!(
        "{}: {} ({}). {}",
        t().chart_alt,
        f.title,
        f.unit,
        rows.join("; ")
    )
}

/// A date as the data writes it, in words: "2024-11-14" → "14 november 2024", "2025-12" →
/// "december 2025"; anything else as it is.
pub fn date_words(date: &str) -> String {
    if let Some(d) = crate::month::Date::parse(date) {
        long_date(d)
    } else if let Some(m) = crate::month::Month::parse(date) {
        month_name(m)
    } else {
        date.to_owned()
    }
}
