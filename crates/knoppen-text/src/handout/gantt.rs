//! The timeline on paper: one bar per measure in its instrument's colour, solid up to the
//! earliest ready date and lighter up to the latest; today and the decision date as lines; a
//! legend above that names the instruments, the lighter part and both dates. Names wrap in
//! full; a timeline longer than the page goes on on the next, its years repeated.

use super::blocks::{BODY, FULL, NOTE};
use super::colour::{self, Rgb};
use super::pdf::{Doc, LEADING};
use super::wrap::wrap;
use super::{MARGIN, WIDTH};
use crate::month::Month;
use crate::present::GanttAxis as Axis;
use crate::strings::t;
use crate::timeline::{Basis, Row};

/// The share of the width the names take, as on the screen's slide.
const NAMES_SHARE: f32 = 0.34;
/// Space above and below a row's name.
const PAD: f32 = 8.0;
/// The most a row grows to use the page.
const GROW: f32 = 14.0;

/// A row laid out: its name's lines, what stands in for a bar with no lead time, its height.
struct Laid {
    name: Vec<String>,
    unknown: Option<Vec<String>>,
    height: f32,
}

pub fn draw(doc: &mut Doc, bars: &[Row], decision: Month, today: Month) {
    let (start, end) = crate::timeline::years_shown(bars, decision);
    let axis = Axis {
        left: MARGIN + FULL * NAMES_SHARE + 12.0,
        right: WIDTH - MARGIN,
        start,
        end,
    };
    let today = axis.shows(today).then_some(today);
    legend(doc, bars, decision, today);
    doc.page.y -= 4.0;
    let axis_h = NOTE * LEADING + 4.0;
    let room = doc.page.y - MARGIN - axis_h;
    // Names at body size where every row fits, at the note size otherwise; rows grow into
    // what is left of the page, to a limit.
    let height = |rows: &[Laid]| rows.iter().map(|r| r.height).sum::<f32>();
    let (size, mut rows) = [BODY, NOTE]
        .into_iter()
        .map(|size| (size, layout(doc, bars, &axis, size)))
        .find(|(_, rows)| height(rows) <= room)
        .unwrap_or_else(|| (NOTE, layout(doc, bars, &axis, NOTE)));
    let grow = ((room - height(&rows)) / bars.len().max(1) as f32).clamp(0.0, GROW);
    for r in &mut rows {
        r.height += grow;
    }
    let dates = Dates { today, decision };
    let mut i = 0;
    while i < rows.len() {
        if !doc.fits(axis_h + rows[i].height, MARGIN) {
            doc.next_page();
        }
        let room = doc.page.y - MARGIN - axis_h;
        let mut n = 1;
        let mut h = rows[i].height;
        while i + n < rows.len() && h + rows[i + n].height <= room {
            h += rows[i + n].height;
            n += 1;
        }
        chunk(doc, &bars[i..i + n], &rows[i..i + n], &axis, size, &dates);
        i += n;
    }
}

/// The two dates drawn as lines: today (where the chart shows it) and the decision.
struct Dates {
    today: Option<Month>,
    decision: Month,
}

/// Each row's name wrapped in the names' column, and its height.
fn layout(doc: &Doc, bars: &[Row], axis: &Axis, size: f32) -> Vec<Laid> {
    let names_w = FULL * NAMES_SHARE;
    let line = size * LEADING;
    bars.iter()
        .map(|r| {
            let name = wrap(&doc.fonts, &r.title, names_w, size, false);
            let unknown = bar_span(r).is_none().then(|| {
                let from = axis.x(r.start.as_year()) + 4.0;
                wrap(&doc.fonts, t().lead_unknown, axis.right - from, NOTE, false)
            });
            let lines = name.len() as f32 * line;
            let words = unknown
                .as_ref()
                .map_or(0.0, |u| u.len() as f32 * NOTE * LEADING);
            Laid {
                height: lines.max(words).max(18.0) + PAD,
                name,
                unknown,
            }
        })
        .collect()
}

/// A bar's solid part (to the earliest ready date) and lighter part (to the latest, or a year
/// on where the source leaves it open), in years; `None` where no lead time is known.
fn bar_span(r: &Row) -> Option<(f64, f64, f64)> {
    let min = r.ready_min().filter(|_| r.basis != Basis::Unknown)?;
    let open_end = r.ready_max().map_or(min.as_year() + 1.0, Month::as_year);
    Some((r.start.as_year(), min.as_year(), open_end))
}

/// One page's share of the timeline: the years along the top with faint lines down, the
/// rows, and the two dates' lines over them.
fn chunk(doc: &mut Doc, bars: &[Row], rows: &[Laid], axis: &Axis, size: f32, dates: &Dates) {
    let height: f32 = rows.iter().map(|r| r.height).sum();
    let label_y = doc.page.y - NOTE * LEADING;
    let top = label_y - 4.0;
    let bottom = top - height;
    // One label per year, or per few years where they would touch.
    let years = (axis.end - axis.start).max(1.0) as i32;
    let every = (1..=10)
        .find(|k| (axis.right - axis.left) / years as f32 * *k as f32 >= 40.0)
        .unwrap_or(10);
    for year in (axis.start as i32..=axis.end as i32).step_by(every as usize) {
        let x = axis.x(f64::from(year));
        doc.page.rule([x, top], [x, bottom], 0.5, colour::GRID);
        let span = [axis.left - 14.0, axis.right];
        doc.line_centred(x, label_y, &year.to_string(), NOTE, span);
    }
    let mut y = top;
    for (r, laid) in bars.iter().zip(rows) {
        row(doc, r, laid, axis, size, [y, laid.height]);
        y -= laid.height;
        doc.page
            .rule([MARGIN, y], [axis.right, y], 0.4, colour::GRID);
    }
    if let Some(today) = dates.today {
        let x = axis.x(today.as_year());
        doc.page.dashed([x, top], [x, bottom], 1.5, colour::today());
    }
    let x = axis.x(dates.decision.as_year());
    doc.page
        .rule([x, top], [x, bottom], 2.0, colour::decision());
    doc.page.y = bottom;
}

/// One measure: its name, and its bar (or the words that say its lead time is unknown).
fn row(doc: &mut Doc, r: &Row, laid: &Laid, axis: &Axis, size: f32, [top, h]: [f32; 2]) {
    let line = size * LEADING;
    // The name's lines stand in the middle of the row, as the bar does.
    let text_h = laid.name.len() as f32 * line;
    let first = top - (h - text_h) / 2.0 - size;
    for (k, name) in laid.name.iter().enumerate() {
        doc.line(MARGIN, first - line * k as f32, name, size, false);
    }
    let mid = top - h / 2.0;
    let Some((start, solid, open)) = bar_span(r) else {
        let words = laid.unknown.as_deref().unwrap_or_default();
        let from = axis.x(r.start.as_year()) + 4.0;
        let words_h = words.len() as f32 * NOTE * LEADING;
        let first = mid + words_h / 2.0 - NOTE;
        for (k, w) in words.iter().enumerate() {
            doc.line_in(
                from,
                first - NOTE * LEADING * k as f32,
                w,
                NOTE,
                false,
                colour::MUTED,
            );
        }
        return;
    };
    let colour = colour::instrument(r.instrument);
    let bar_h = (h - PAD).clamp(8.0, 14.0);
    let (x0, x1) = (axis.x(start), axis.x(solid).max(axis.x(start) + 3.0));
    doc.page
        .bar([x0, mid - bar_h / 2.0, x1 - x0, bar_h], colour);
    let x2 = axis.x(open);
    if x2 > x1 {
        doc.page.bar(
            [x1, mid - bar_h / 2.0, x2 - x1, bar_h],
            colour::light(colour),
        );
    }
}

/// The legend above the chart: each instrument on it with its colour, the lighter part, and
/// the two dates as the lines they are, the decision date named.
fn legend(doc: &mut Doc, bars: &[Row], decision: Month, today: Option<Month>) {
    use crate::present::GanttKey as G;
    let entries = crate::present::gantt_legend(bars, decision, today)
        .into_iter()
        .map(|(key, word)| {
            let key = match key {
                G::Instrument(k) => Key::Swatch(colour::instrument(k)),
                G::Uncertain => Key::Uncertain,
                G::Today => Key::Line(colour::today(), true),
                G::Decision => Key::Line(colour::decision(), false),
            };
            (key, word)
        });
    let size = NOTE;
    let line_h = size * LEADING;
    let key_w = 16.0;
    doc.ensure(line_h);
    doc.page.y -= line_h;
    let mut x = MARGIN;
    for (key, word) in entries {
        let w = key_w + 5.0 + doc.width(&word, size, false);
        if x > MARGIN && x + w > WIDTH - MARGIN {
            x = MARGIN;
            doc.ensure(line_h);
            doc.page.y -= line_h;
        }
        let y = doc.page.y;
        key.draw(doc, [x, y - size * 0.15], [key_w, size]);
        doc.line(x + key_w + 5.0, y, &word, size, false);
        x += w + 18.0;
    }
    doc.page.y -= size * 0.4;
}

/// What a legend entry shows before its words.
enum Key {
    Swatch(Rgb),
    /// A solid and a lighter part, in grey: any instrument's bar.
    Uncertain,
    /// A line across the chart: dashed or solid.
    Line(Rgb, bool),
}

impl Key {
    fn draw(&self, doc: &mut Doc, [x, y]: [f32; 2], [w, h]: [f32; 2]) {
        match self {
            Key::Swatch(rgb) => doc.page.bar([x, y, w, h * 0.8], *rgb),
            Key::Uncertain => {
                let grey = colour::instrument(None);
                doc.page.bar([x, y, w / 2.0, h * 0.8], grey);
                doc.page
                    .bar([x + w / 2.0, y, w / 2.0, h * 0.8], colour::light(grey));
            }
            Key::Line(rgb, dashed) => {
                let (a, b) = ([x + w / 2.0, y - 2.0], [x + w / 2.0, y + h]);
                if *dashed {
                    doc.page.dashed(a, b, 1.5, *rgb);
                } else {
                    doc.page.rule(a, b, 2.0, *rgb);
                }
            }
        }
    }
}
