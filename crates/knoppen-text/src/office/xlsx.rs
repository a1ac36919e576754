//! Workbooks for people who go on in Excel: every sheet a table with a frozen header row and
//! filters on, numbers as numbers (formats Excel shows the Dutch way: `#,##0` becomes 1.234
//! and `#,##0.0` becomes 1.234,5 on a Dutch system), months as dates, the unit and the source
//! written under the table in the reader's words. Never an id or a file number.

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatBorder, Workbook, Worksheet, XlsxError,
};

use crate::catalogue::figures::{Figure, FigureKind, UNAVAILABLE_MARK, Value};
use crate::catalogue::{Catalogue, Stream};
use crate::month::Month;
use crate::package::Item;
use crate::report::{Report, Row};
use crate::strings;

/// One cell of a sheet's table.
enum Cell {
    Text(String),
    /// A number and the format it shows with.
    Number(f64, &'static str),
    /// A month, shown as "jan. 2027" by Excel's own month names.
    Month(Month),
    Empty,
}

/// A sheet: a table, then lines saying what the numbers are and where they come from.
struct Sheet {
    name: String,
    header: Vec<String>,
    rows: Vec<Vec<Cell>>,
    below: Vec<String>,
}

const WHOLE: &str = "#,##0";
const ONE_DECIMAL: &str = "#,##0.0";
/// Wider than this (pixels), a column wraps its text instead of growing.
const MAX_WIDTH: u32 = 320;
/// Text longer than this wraps within its cell.
const WRAP_AT: usize = 45;
/// About the characters a column of [`MAX_WIDTH`] holds on one line.
const LINE_CHARS: usize = 40;

fn text(s: &str) -> Cell {
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s.to_owned())
    }
}

fn count(n: u32) -> Cell {
    Cell::Number(f64::from(n), WHOLE)
}

fn months(n: Option<u32>) -> Cell {
    n.map_or(Cell::Empty, count)
}

fn month(s: Option<&str>) -> Cell {
    match s {
        Some(s) => Month::parse(s).map_or_else(|| text(s), Cell::Month),
        None => Cell::Empty,
    }
}

fn headers(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| (*s).to_owned()).collect()
}

fn stream_name(id: &str) -> String {
    Stream::ALL
        .iter()
        .find(|s| s.id() == id)
        .map_or_else(|| id.to_owned(), |s| strings::stream(*s).to_owned())
}

/// An Excel sheet name: at most 31 characters, none of `[]:*?/\`, unique in the workbook.
fn sheet_name(wanted: &str, used: &[String]) -> String {
    // Excel forbids []:*?/\ in a sheet's name: a colon reads as a dash, the rest as a space;
    // spaces collapse.
    let clean: String = wanted
        .replace(':', " -")
        .chars()
        .map(|c| if "[]*?/\\".contains(c) { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let clean = clean.trim_matches('\'').trim();
    let base = fit_words(
        if clean.is_empty() {
            strings::t().book.sheet
        } else {
            clean
        },
        31,
    );
    let taken = |n: &str| used.iter().any(|u| u.to_lowercase() == n.to_lowercase());
    let mut name = base.clone();
    let mut i = 2;
    while taken(&name) {
        let suffix = format!(" ({i})");
        name = format!("{}{suffix}", fit_words(&base, 31 - suffix.chars().count()));
        i += 1;
    }
    name
}

/// `s` in at most `room` characters, cut after a whole word where one fits (a sheet's tab is
/// read, not decoded), else after `room` letters.
fn fit_words(s: &str, room: usize) -> String {
    if s.chars().count() <= room {
        return s.to_owned();
    }
    let cut: String = s.chars().take(room).collect();
    let at_word = cut
        .rfind(' ')
        .filter(|&i| i > room / 2)
        .map_or(cut.as_str(), |i| &cut[..i]);
    at_word.trim_end_matches([' ', '-', '–', ',']).to_owned()
}

fn write_sheet(book: &mut Workbook, sheet: &Sheet) -> Result<(), XlsxError> {
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_background_color(Color::RGB(crate::palette::packed(
            crate::palette::TABLE_HEADER,
        )))
        .set_border_bottom(FormatBorder::Thin);
    let wrap = Format::new().set_text_wrap();
    let date = Format::new().set_num_format("mmm yyyy");
    let ws: &mut Worksheet = book.add_worksheet();
    ws.set_name(&sheet.name)?;
    for (c, h) in sheet.header.iter().enumerate() {
        ws.write_string_with_format(0, col(c)?, h, &head)?;
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        // Wrapped text needs a taller row: not every program grows it on opening.
        let lines = row
            .iter()
            .filter_map(|c| match c {
                Cell::Text(t) if t.chars().count() > WRAP_AT => {
                    Some(t.chars().count().div_ceil(LINE_CHARS))
                }
                _ => None,
            })
            .max()
            .unwrap_or(1);
        if lines > 1 {
            ws.set_row_height(r, 15.0 * lines.min(12) as f64)?;
        }
        for (c, cell) in row.iter().enumerate() {
            let c = col(c)?;
            match cell {
                Cell::Text(t) if t.chars().count() > WRAP_AT => {
                    ws.write_string_with_format(r, c, t, &wrap)?;
                }
                Cell::Text(t) => {
                    ws.write_string(r, c, t)?;
                }
                Cell::Number(n, f) => {
                    ws.write_number_with_format(r, c, *n, &Format::new().set_num_format(*f))?;
                }
                Cell::Month(m) => {
                    let month = u8::try_from(m.month()).unwrap_or(1);
                    match u16::try_from(m.year())
                        .ok()
                        .and_then(|y| ExcelDateTime::from_ymd(y, month, 1).ok())
                    {
                        Some(d) => ws.write_datetime_with_format(r, c, d, &date)?,
                        None => ws.write_string(r, c, m.to_string())?,
                    };
                }
                Cell::Empty => {}
            }
        }
    }
    let last_row = u32::try_from(sheet.rows.len()).map_err(|_| XlsxError::RowColumnLimitError)?;
    let last_col = col(sheet.header.len().saturating_sub(1))?;
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, last_row, last_col)?;
    // Widths from the table only: the lines below it may be long and run across.
    ws.set_autofit_max_width(MAX_WIDTH);
    ws.autofit();
    for (i, line) in sheet.below.iter().enumerate() {
        let r =
            u32::try_from(sheet.rows.len() + 2 + i).map_err(|_| XlsxError::RowColumnLimitError)?;
        ws.write_string(r, 0, line)?;
    }
    ws.set_repeat_rows(0, 0)?;
    ws.set_paper_size(9);
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    Ok(())
}

fn col(c: usize) -> Result<u16, XlsxError> {
    u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)
}

fn workbook(title: &str, sheets: &[Sheet]) -> Result<Vec<u8>, String> {
    let run = || -> Result<Vec<u8>, XlsxError> {
        let mut book = Workbook::new();
        book.set_properties(
            &DocProperties::new()
                .set_title(title)
                .set_comment(strings::t().book.made_with),
        );
        for s in sheets {
            write_sheet(&mut book, s)?;
        }
        book.save_to_buffer()
    };
    run().map_err(|e| e.to_string())
}

/// A column of a measures sheet: its header and its cell, decided once for the package's and
/// the catalogue's workbooks.
#[derive(Clone, Copy)]
enum MeasureColumn {
    Measure,
    Stream,
    Effect,
    Direction,
    Variant,
    Term,
    Implementation,
    Needs,
    Status,
    Weight,
    Note,
    Summary,
    Sources,
}

impl MeasureColumn {
    fn header(self) -> &'static str {
        let b = &strings::t().book;
        match self {
            Self::Measure => b.measure,
            Self::Stream => b.stream,
            Self::Effect => b.effect,
            Self::Direction => b.direction,
            Self::Variant => b.variant,
            Self::Term => b.term,
            Self::Implementation => b.implementation,
            Self::Needs => b.needs,
            Self::Status => b.status,
            Self::Weight => b.weight,
            Self::Note => b.note,
            Self::Summary => b.summary,
            Self::Sources => b.sources,
        }
    }

    fn cell(self, m: &Row) -> Cell {
        match self {
            Self::Measure => text(&m.title),
            Self::Stream => text(&stream_name(&m.stream)),
            // The symbol with its meaning: "neutraal (0)", never a bare "0" Excel flags as a
            // number stored as text.
            Self::Effect => text(&m.effect_words),
            Self::Direction => text(&m.direction),
            Self::Variant => text(m.variant.as_deref().unwrap_or("")),
            Self::Term => text(&m.horizon),
            Self::Implementation => text(&m.implementation),
            Self::Needs => text(&m.instrument),
            Self::Status => text(&m.status),
            Self::Weight => Cell::Number(f64::from(m.weight.unwrap_or(1.0)), ONE_DECIMAL),
            Self::Note => text(&m.note),
            Self::Summary => text(&m.summary),
            Self::Sources => text(&m.sources.join("; ")),
        }
    }
}

/// The measures as a sheet of these columns.
fn measure_sheet(rows: &[Row], columns: &[MeasureColumn], below: Vec<String>) -> Sheet {
    Sheet {
        name: strings::t().book.measures.into(),
        header: columns.iter().map(|c| c.header().to_owned()).collect(),
        rows: rows
            .iter()
            .map(|m| columns.iter().map(|c| c.cell(m)).collect())
            .collect(),
        below,
    }
}

/// The package's tables: its measures, the verdicts, the timeline.
pub fn package(r: &Report) -> Result<Vec<u8>, String> {
    use MeasureColumn as C;
    let b = &strings::t().book;
    let measures = measure_sheet(
        &r.measures,
        &[
            C::Measure,
            C::Stream,
            C::Effect,
            C::Direction,
            C::Variant,
            C::Term,
            C::Implementation,
            C::Needs,
            C::Status,
            C::Weight,
            C::Note,
            C::Sources,
        ],
        vec![
            strings::book_package_line(&r.name, &r.date),
            format!("{} {}", b.effect_key, b.direction_key),
            b.weight_key.into(),
        ],
    );
    workbook(&r.name, &[measures, verdict_sheet(r), timeline_sheet(r)])
}

fn verdict_sheet(r: &Report) -> Sheet {
    let b = &strings::t().book;
    Sheet {
        name: b.verdicts.into(),
        header: headers(&[
            b.group,
            b.increasing,
            b.limiting,
            b.neutral,
            b.unknown,
            b.verdicts,
        ]),
        rows: r
            .verdict_rows()
            .into_iter()
            .map(|(name, v)| {
                vec![
                    text(&name),
                    count(v.increase),
                    count(v.decrease),
                    count(v.neutral),
                    count(v.unknown),
                    text(&v.verdict),
                ]
            })
            .collect(),
        below: vec![b.counts_key.into()],
    }
}

fn timeline_sheet(r: &Report) -> Sheet {
    let b = &strings::t().book;
    let words = crate::report::month_words;
    let mut below = vec![strings::book_decision_line(&words(&r.decision_date))];
    if let (Some(d), Some(by)) = (&r.all_in_force, &r.decided_by) {
        below.push(strings::in_force_line(&words(d), by));
    }
    below.push(b.lead_key.into());
    Sheet {
        name: b.timeline.into(),
        header: headers(&[
            b.measure,
            b.lead_from,
            b.lead_to,
            b.basis,
            b.start,
            b.ready_from,
            b.ready_latest,
            b.source_words,
            b.source,
        ]),
        rows: r
            .timeline
            .iter()
            .map(|t| {
                vec![
                    text(&t.title),
                    months(t.lead_months_min),
                    months(t.lead_months_max),
                    text(t.basis_words()),
                    month(Some(&t.start)),
                    month(t.ready_earliest.as_deref()),
                    month(t.ready_latest.as_deref()),
                    text(&t.words),
                    text(&t.source),
                ]
            })
            .collect(),
        below,
    }
}

/// The whole catalogue of measures, one row each (as the package's rows, without a meeting).
pub fn catalogue(c: &Catalogue) -> Result<Vec<u8>, String> {
    use MeasureColumn as C;
    let b = &strings::t().book;
    let rows: Vec<Row> = c
        .measures
        .iter()
        .map(|m| crate::report::measure_row(c, &Item::new(&m.id), m))
        .collect();
    let sheet = measure_sheet(
        &rows,
        &[
            C::Measure,
            C::Stream,
            C::Effect,
            C::Direction,
            C::Term,
            C::Implementation,
            C::Needs,
            C::Summary,
            C::Sources,
        ],
        vec![format!("{} {}", b.effect_key, b.summary_key)],
    );
    workbook(b.catalogue_title, &[sheet])
}

/// The format that shows a figure's numbers with as many decimals as the source gives (at most
/// three), thousands grouped.
fn number_format(f: &Figure) -> &'static str {
    let decimals = f
        .series
        .iter()
        .flat_map(|s| &s.values)
        .chain(f.totals.iter().flatten())
        .filter_map(Value::number)
        .map(|n| {
            let plain = format!("{n}");
            plain.split_once('.').map_or(0, |(_, d)| d.len())
        })
        .max()
        .unwrap_or(0);
    match decimals {
        0 => WHOLE,
        1 => ONE_DECIMAL,
        2 => "#,##0.00",
        _ => "#,##0.000",
    }
}

fn value(v: &Value, format: &'static str) -> Cell {
    match v {
        Value::N(n) => Cell::Number(*n, format),
        // The source's own mark, never an empty cell Excel would sum as zero.
        Value::Missing => Cell::Text(UNAVAILABLE_MARK.to_owned()),
        // A range or the source's own words stay as the source writes them.
        other => Cell::Text(strings::figure_value(other)),
    }
}

fn figure_sheet(c: &Catalogue, f: &Figure, name: String) -> Sheet {
    let format = number_format(f);
    let years = f.years().is_some();
    let b = &strings::t().book;
    let mut header = vec![if years { b.year } else { b.category }.to_owned()];
    header.extend(f.series.iter().map(|s| s.name.clone()));
    if f.totals.is_some() {
        header.push(b.total.into());
    }
    let rows = f
        .categories
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let mut row = vec![Cell::Text(k.clone())];
            row.extend(
                f.series
                    .iter()
                    .map(|s| s.values.get(i).map_or(Cell::Empty, |v| value(v, format))),
            );
            if let Some(t) = &f.totals {
                row.push(t.get(i).map_or(Cell::Empty, |v| value(v, format)));
            }
            row
        })
        .collect();
    let mut below = vec![
        f.title.clone(),
        format!("{}: {}", b.unit, f.unit),
        format!("{}: {}", b.source, strings::source_place(c, &f.source)),
    ];
    if f.kind == FigureKind::NotAvailable {
        below.push(b.chart_only.into());
    }
    Sheet {
        name,
        header,
        rows,
        below,
    }
}

/// Figures from *Cijfers*: an overview, then one sheet per figure with its categories down and
/// its series across, ready to chart.
pub fn figures(figures: &[Figure], c: &Catalogue) -> Result<Vec<u8>, String> {
    let b = &strings::t().book;
    let mut used = vec![b.overview.to_owned()];
    let mut sheets = Vec::new();
    for (i, f) in figures.iter().enumerate() {
        let name = sheet_name(&format!("{} {}", i + 1, f.title), &used);
        used.push(name.clone());
        sheets.push(figure_sheet(c, f, name));
    }
    let overview = Sheet {
        name: b.overview.into(),
        // The data's curation notes stay in the app: a workbook holds the numbers and where
        // they come from.
        header: headers(&[b.figure, b.unit, b.source, b.sheet]),
        rows: figures
            .iter()
            .zip(&sheets)
            .map(|(f, s)| {
                vec![
                    text(&f.title),
                    text(&f.unit),
                    text(&strings::source_place(c, &f.source)),
                    text(&s.name),
                ]
            })
            .collect(),
        below: vec![b.figures_key.into()],
    };
    sheets.insert(0, overview);
    let title = match figures {
        [one] => one.title.as_str(),
        _ => b.figures,
    };
    workbook(title, &sheets)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_fit_excel() {
        let used = vec!["Overzicht".to_owned()];
        let long = "1 Instroom derdelanders naar beleidscategorie 2017–2022 [x]";
        let a = sheet_name(long, &used);
        assert!(a.chars().count() <= 31 && !a.contains('['), "{a}");
        let b = sheet_name(long, &[used[0].clone(), a.clone()]);
        assert!(
            b.chars().count() <= 31 && b != a && b.ends_with("(2)"),
            "{b}"
        );
        assert_eq!(sheet_name("overzicht", &used), "overzicht (2)");
        assert_eq!(sheet_name("  ", &used), "Blad");
    }

    #[test]
    fn sheet_names_read_as_words() {
        let a = sheet_name("3 Arbeidsmigratie: instroom naar sector en beroep", &[]);
        assert_eq!(a, "3 Arbeidsmigratie - instroom");
        assert!(!a.contains("  ") && !a.contains('…'), "{a}");
    }
}
