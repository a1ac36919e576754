//! The annex figures: tables and charts from the sources, as data with title, unit, source and
//! notes. Values are exactly the source's; what it marks unavailable stays missing.

use serde::{Deserialize, Serialize};

use crate::catalogue::Source;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Stable id, lower case: "eu-werknemers-2017-2021".
    pub id: String,
    /// The source's title, verbatim where it has one.
    pub title: String,
    /// What the numbers count: "personen", "aanvragen", "%", "vacatures", "€".
    pub unit: String,
    pub kind: FigureKind,
    /// The x-axis or row labels (years, sectors, occupations), in the source's order.
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub series: Vec<Series>,
    /// Totals the source itself prints, per category, to check the series against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totals: Option<Vec<Value>>,
    /// E.g. "stand, geen jaarlijkse instroom"; "getallen staan niet in de tekst".
    #[serde(default)]
    pub notes: Vec<String>,
    pub source: Source,
    /// Measures this figure informs (ids).
    #[serde(default)]
    pub measures: Vec<String>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum FigureKind {
    /// Series over years.
    Line,
    /// Categories side by side.
    Bars,
    /// Categories stacked to a total.
    StackedBars,
    /// A grid of symbols (+, +/-, -, ?), rows = categories, columns = series.
    Matrix,
    /// One-off numbers: a plain table.
    Table,
    /// The source shows a chart whose numbers are not in the text.
    NotAvailable,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Series {
    pub name: String,
    /// One value per category, in the same order.
    pub values: Vec<Value>,
}

/// The largest number a figure may hold: no count in the sources comes near it.
pub const MAX_VALUE: f64 = 1e12;

/// How the sources mark a value they do not have ("2021 369.500 X 594.900 X", 002 l.579):
/// written so in the CSV and the workbook, where an empty cell would read as "not extracted"
/// or, summed in Excel, as zero.
pub const UNAVAILABLE_MARK: &str = "X";

/// One cell, as the source gives it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum Value {
    /// A number (Dutch formats read: 282.080 → 282080, 0,6 → 0.6).
    N(f64),
    /// A range as the source writes it, e.g. 1–2.
    Range(f64, f64),
    /// Text or a symbol ("+", "+/-", "ca. 10%").
    Text(String),
    /// The source marks the cell unavailable: it prints [`UNAVAILABLE_MARK`] (002 l.579).
    Missing,
}

impl Value {
    /// A number or range is finite and within ±[`MAX_VALUE`]: NaN, infinity or a huge number
    /// would load silently and break a chart's bounds.
    pub fn is_finite(&self) -> bool {
        let ok = |n: &f64| n.is_finite() && n.abs() <= MAX_VALUE;
        match self {
            Value::N(n) => ok(n),
            Value::Range(a, b) => ok(a) && ok(b),
            _ => true,
        }
    }

    pub fn number(&self) -> Option<f64> {
        match self {
            Value::N(n) => Some(*n),
            _ => None,
        }
    }

    /// As written to CSV: a plain number, the range, the text, or the source's mark for a value
    /// it does not have.
    pub fn display(&self) -> String {
        match self {
            Value::N(n) => format_number(*n),
            Value::Range(a, b) => format!("{}–{}", format_number(*a), format_number(*b)),
            Value::Text(t) => t.clone(),
            Value::Missing => UNAVAILABLE_MARK.to_owned(),
        }
    }
}

fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A figure's own consistency: every series has one value per category.
pub fn check(f: &Figure) -> Result<(), (&'static str, String)> {
    if f.kind != FigureKind::NotAvailable && f.series.is_empty() {
        return Err(("series", "has no series".into()));
    }
    for s in &f.series {
        if s.values.len() != f.categories.len() {
            return Err((
                "values",
                format!(
                    "series '{}' has {} values for {} categories",
                    s.name,
                    s.values.len(),
                    f.categories.len()
                ),
            ));
        }
    }
    if let Some(t) = &f.totals
        && t.len() != f.categories.len()
    {
        return Err(("totals", "one total per category".into()));
    }
    let values = f.series.iter().flat_map(|s| &s.values);
    if values
        .chain(f.totals.iter().flatten())
        .any(|v| !v.is_finite())
    {
        return Err((
            "values",
            "a value is NaN, infinite or beyond ±10^12; write the source's number".into(),
        ));
    }
    check_years(f)
}

/// Categories that are all numbers are drawn as years: they must be years in
/// [`crate::month::YEARS`], or the chart's axis would stretch to the far one.
fn check_years(f: &Figure) -> Result<(), (&'static str, String)> {
    let numbers: Vec<f64> = f
        .categories
        .iter()
        .filter_map(|c| c.trim().parse::<f64>().ok())
        .collect();
    if f.kind != FigureKind::Line || numbers.len() != f.categories.len() {
        return Ok(());
    }
    let years = crate::month::YEARS;
    match numbers.iter().find(|n| {
        n.fract() != 0.0 || !(f64::from(*years.start())..=f64::from(*years.end())).contains(*n)
    }) {
        Some(n) => Err((
            "categories",
            format!(
                "category {n} is not a year from {} to {}; a line chart's numeric categories are years",
                years.start(),
                years.end()
            ),
        )),
        None => Ok(()),
    }
}

pub const CSV_HEADER: &str = "figure_id,title,series,category,value,unit,source";

/// One row per value: `figure_id,title,series,category,value,unit,source`; the totals the
/// source prints follow each figure's values as series "Totaal".
pub fn to_csv(figures: &[Figure]) -> String {
    use crate::catalogue::export::{csv_line, source_text};
    let mut out = String::from(CSV_HEADER);
    out.push('\n');
    for f in figures {
        let source = source_text(&f.source);
        for s in &f.series {
            for (cat, v) in f.categories.iter().zip(&s.values) {
                out.push_str(&csv_line(&[
                    &f.id,
                    &f.title,
                    &s.name,
                    cat,
                    &v.display(),
                    &f.unit,
                    &source,
                ]));
                out.push('\n');
            }
        }
        // The totals the source prints, as rows of their own (series "Totaal").
        for (cat, v) in f.categories.iter().zip(f.totals.iter().flatten()) {
            out.push_str(&csv_line(&[
                &f.id,
                &f.title,
                TOTAL_SERIES,
                cat,
                &v.display(),
                &f.unit,
                &source,
            ]));
            out.push('\n');
        }
    }
    out
}

/// The series name of the totals rows in the CSV.
pub const TOTAL_SERIES: &str = "Totaal";

impl Figure {
    /// Whether the source gives numbers for it (some charts are only pictures in the source).
    /// The categories as years, where every one is a whole year in the accepted range; `None`
    /// otherwise ("2020" beside "1e12" would stretch an axis). The one rule the charts, the
    /// hand-out and the workbooks follow.
    pub fn years(&self) -> Option<Vec<i32>> {
        if self.categories.is_empty() {
            return None;
        }
        self.categories
            .iter()
            .map(|c| {
                c.trim()
                    .parse::<i32>()
                    .ok()
                    .filter(|y| crate::month::YEARS.contains(y))
            })
            .collect()
    }

    pub fn has_numbers(&self) -> bool {
        self.kind != FigureKind::NotAvailable
            && self
                .series
                .iter()
                .flat_map(|s| &s.values)
                .any(|v| v.number().is_some())
    }
    /// The numeric sum of each category over the series (None where a value is not a number).
    pub fn column_sums(&self) -> Vec<Option<f64>> {
        (0..self.categories.len())
            .map(|i| {
                self.series
                    .iter()
                    .map(|s| s.values.get(i).and_then(Value::number))
                    .sum()
            })
            .collect()
    }
}
