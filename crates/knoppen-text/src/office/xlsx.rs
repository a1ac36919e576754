//! Workbooks for people who go on in Excel: every sheet a table with a frozen header row and
//! filters on, numbers as numbers (formats Excel shows the Dutch way: `#,##0` becomes 1.234
//! and `#,##0.0` becomes 1.234,5 on a Dutch system), months as dates, the unit and the source
//! written under the table in the reader's words. Never an id or a file number.

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatBorder, Workbook, Worksheet, XlsxError,
};

use crate::catalogue::figures::{Figure, FigureKind, Value};
use crate::catalogue::{Catalogue, Stream};
use crate::month::Month;
use crate::report::Report;
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
    let clean: String = wanted
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c })
        .collect();
    let clean = clean.trim().trim_matches('\'').trim();
    let fit = |s: &str, room: usize| -> String {
        if s.chars().count() <= room {
            s.to_owned()
        } else {
            let cut: String = s.chars().take(room - 1).collect();
            format!("{}…", cut.trim_end())
        }
    };
    let base = fit(
        if clean.is_empty() {
            strings::pick("Blad", "Sheet")
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
        name = format!("{}{suffix}", fit(&base, 31 - suffix.chars().count()));
        i += 1;
    }
    name
}

fn write_sheet(book: &mut Workbook, sheet: &Sheet) -> Result<(), XlsxError> {
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_background_color(Color::RGB(0x00E7_ECF3))
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
                .set_comment(strings::pick("Gemaakt met Knoppen", "Made with Knoppen")),
        );
        for s in sheets {
            write_sheet(&mut book, s)?;
        }
        book.save_to_buffer()
    };
    run().map_err(|e| e.to_string())
}

/// The package's tables: its measures, the verdicts, the timeline.
pub fn package(r: &Report) -> Result<Vec<u8>, String> {
    let measures = Sheet {
        name: strings::pick("Maatregelen", "Measures").into(),
        header: headers(&[
            strings::pick("Maatregel", "Measure"),
            strings::pick("Stroom", "Stream"),
            "Effect",
            strings::pick("Richting", "Direction"),
            "Variant",
            strings::pick("Termijn", "Term"),
            strings::pick("Implementatie", "Implementation"),
            strings::pick("Benodigd", "Needs"),
            "Status",
            strings::pick("Weging overleg", "Meeting's weighting"),
            strings::pick("Notitie", "Note"),
            strings::pick("Bronnen", "Sources"),
        ]),
        rows: r
            .measures
            .iter()
            .map(|m| {
                vec![
                    text(&m.title),
                    text(&stream_name(&m.stream)),
                    // The symbol with its meaning: "neutraal (0)", never a bare "0" Excel flags
                    // as a number stored as text.
                    text(&m.effect_words),
                    text(&m.direction),
                    text(m.variant.as_deref().unwrap_or("")),
                    text(&m.horizon),
                    text(&m.implementation),
                    text(&m.instrument),
                    text(&m.status),
                    Cell::Number(f64::from(m.weight.unwrap_or(1.0)), ONE_DECIMAL),
                    text(&m.note),
                    text(&m.sources.join("; ")),
                ]
            })
            .collect(),
        below: vec![
            strings::pick(
                format!("Pakket: {}, {}. Gemaakt met Knoppen.", r.name, r.date),
                format!("Package: {}, {}. Made with Knoppen.", r.name, r.date),
            ),
            strings::pick(
                "Effect: het teken uit de bron (+ toename, – beperking, 0 neutraal; PM, nnb: nog \
                 onbekend). Richting: hoe Knoppen het teken leest, met de gekozen variant.",
                "Effect: the source's sign (+ increase, – limit, 0 neutral; PM, nnb: not yet \
                 known). Direction: how Knoppen reads the sign, with the chosen variant.",
            )
            .into(),
            strings::pick(
                "Weging overleg: het eigen oordeel van het overleg (1,0 = als de andere), geen bron.",
                "Meeting's weighting: the meeting's own judgement (1.0 = like the others), not a source.",
            )
            .into(),
        ],
    };
    let verdicts = Sheet {
        name: strings::pick("Oordeel", "Verdict").into(),
        header: headers(&[
            strings::pick("Groep", "Group"),
            strings::pick("Verhogend (+)", "Increasing (+)"),
            strings::pick("Beperkend (–)", "Limiting (–)"),
            strings::pick("Neutraal (0)", "Neutral (0)"),
            strings::pick("Onbekend (?)", "Unknown (?)"),
            strings::pick("Oordeel", "Verdict"),
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
        below: vec![
            strings::pick(
                "Aantallen maatregelen. De bronnen geven richtingen, geen omvang; onbekend (PM, nnb) \
                 telt nooit als neutraal.",
                "Numbers of measures. The sources give directions, not sizes; unknown (PM, nnb) \
                 never counts as neutral.",
            )
            .into(),
        ],
    };
    let mut after = vec![strings::pick(
        format!("Besluitdatum: {}.", r.decision_date),
        format!("Decision date: {}.", r.decision_date),
    )];
    if let (Some(d), Some(by)) = (&r.all_in_force, &r.decided_by) {
        after.push(strings::pick(
            format!("Alles kan in werking zijn: {d} (bepaald door {by})."),
            format!("Everything can be in force: {d} (set by {by})."),
        ));
    }
    after.push(
        strings::pick(
            "Doorlooptijd in maanden; grondslag 'aanname Knoppen' is een aanname van het overleg, \
             geen bron.",
            "Lead time in months; basis \"Knoppen's assumption\" is an assumption of the meeting, not \
             a source.",
        )
        .into(),
    );
    let timeline = Sheet {
        name: strings::pick("Tijdlijn", "Timeline").into(),
        header: headers(&[
            strings::pick("Maatregel", "Measure"),
            strings::pick("Doorlooptijd vanaf (maanden)", "Lead time from (months)"),
            strings::pick("Doorlooptijd tot (maanden)", "Lead time to (months)"),
            strings::pick("Grondslag", "Basis"),
            "Start",
            strings::pick("Gereed vanaf", "Ready from"),
            strings::pick("Gereed uiterlijk", "Ready at the latest"),
            strings::pick("Woorden van de bron", "The source's words"),
            strings::pick("Bron", "Source"),
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
        below: after,
    };
    workbook(&r.name, &[measures, verdicts, timeline])
}

/// The whole catalogue of measures, one row each.
pub fn catalogue(c: &Catalogue) -> Result<Vec<u8>, String> {
    let sheet = Sheet {
        name: strings::pick("Maatregelen", "Measures").into(),
        header: headers(&[
            strings::pick("Maatregel", "Measure"),
            strings::pick("Stroom", "Stream"),
            "Effect",
            strings::pick("Richting", "Direction"),
            strings::pick("Termijn", "Term"),
            strings::pick("Implementatie", "Implementation"),
            strings::pick("Benodigd", "Needs"),
            strings::pick("Samenvatting", "Summary"),
            strings::pick("Bronnen", "Sources"),
        ]),
        rows: c
            .measures
            .iter()
            .map(|m| {
                let sources: Vec<String> = m
                    .sources
                    .iter()
                    .map(|s| strings::source_place(c, s))
                    .collect();
                vec![
                    text(&m.title),
                    text(strings::stream(m.stream)),
                    text(&crate::present::effect_phrase(m, None)),
                    text(strings::direction(m.direction())),
                    text(&m.horizon.text),
                    text(&m.implementation),
                    text(&m.instrument.text),
                    text(&strings::in_words(c, &m.summary)),
                    text(&sources.join("; ")),
                ]
            })
            .collect(),
        below: vec![
            strings::pick(
                "Effect: het teken uit de bron (+ toename, – beperking, 0 neutraal; PM, nnb: nog \
                 onbekend). Samenvattingen in eigen woorden; titels zoals de bron ze noemt.",
                "Effect: the source's sign (+ increase, – limit, 0 neutral; PM, nnb: not yet \
                 known). Summaries in our own (Dutch) words; titles as the source names them.",
            )
            .into(),
        ],
    };
    workbook(
        strings::pick(
            "Catalogus maatregelen arbeidsmigratie",
            "Catalogue of labour migration measures",
        ),
        &[sheet],
    )
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
        Value::Missing => Cell::Empty,
        // A range or the source's own words stay as the source writes them.
        other => Cell::Text(strings::figure_value(other)),
    }
}

fn figure_sheet(c: &Catalogue, f: &Figure, name: String) -> Sheet {
    let format = number_format(f);
    let years = f.years().is_some();
    let mut header = vec![
        if years {
            strings::pick("Jaar", "Year")
        } else {
            strings::pick("Categorie", "Category")
        }
        .to_owned(),
    ];
    header.extend(f.series.iter().map(|s| s.name.clone()));
    if f.totals.is_some() {
        header
            .push(strings::pick("Totaal volgens de bron", "Total according to the source").into());
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
        format!("{}: {}", strings::pick("Eenheid", "Unit"), f.unit),
        format!(
            "{}: {}",
            strings::pick("Bron", "Source"),
            strings::source_place(c, &f.source)
        ),
    ];
    if f.kind == FigureKind::NotAvailable {
        below.push(
            strings::pick(
                "De bron toont hier een grafiek; de getallen staan niet in de tekst.",
                "The source shows a chart here; the numbers are not in the text.",
            )
            .into(),
        );
    }
    below.extend(f.notes.iter().cloned());
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
    let mut used = vec![strings::pick("Overzicht", "Overview").to_owned()];
    let mut sheets = Vec::new();
    for (i, f) in figures.iter().enumerate() {
        let name = sheet_name(&format!("{} {}", i + 1, f.title), &used);
        used.push(name.clone());
        sheets.push(figure_sheet(c, f, name));
    }
    let overview = Sheet {
        name: strings::pick("Overzicht", "Overview").into(),
        header: headers(&[
            strings::pick("Cijfer", "Figure"),
            strings::pick("Eenheid", "Unit"),
            strings::pick("Bron", "Source"),
            strings::pick("Blad", "Sheet"),
            strings::pick("Opmerkingen", "Remarks"),
        ]),
        rows: figures
            .iter()
            .zip(&sheets)
            .map(|(f, s)| {
                vec![
                    text(&f.title),
                    text(&f.unit),
                    text(&strings::source_place(c, &f.source)),
                    text(&s.name),
                    text(&f.notes.join(" ")),
                ]
            })
            .collect(),
        below: vec![
            strings::pick(
                "Cijfers zoals de bronnen ze geven; een leeg vak staat leeg in de bron.",
                "Figures as the sources give them; an empty cell is empty in the source.",
            )
            .into(),
        ],
    };
    sheets.insert(0, overview);
    let title = match figures {
        [one] => one.title.as_str(),
        _ => strings::pick("Cijfers", "Figures"),
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
}
