//! The timeline as shapes, as the hand-out draws it (`handout::gantt`): one bar per measure in
//! its instrument's colour, solid up to the earliest ready date and lighter up to the latest;
//! today and the decision date as lines; a legend above that names the instruments, the
//! lighter part and both dates. Every shape a user can move or recolour.

use super::deck::{Type, count_lines, lines_h, muted_rgb, pt_to_design, text_item, text_rgb};
use super::{Item, Rect, ShapeKind, fit};
use crate::month::Month;
use crate::palette::{self, Rgb};
use crate::present::GanttAxis as Axis;
use crate::strings::t;
use crate::timeline::{Basis, Row};

/// The share of the width the names take, as on paper.
const NAMES_SHARE: f32 = 0.34;
/// Where the names would be set smaller than the hand-out's smallest at that share: a slide
/// cannot go on to a next page as paper does, so the names take more of the width.
const WIDE_SHARE: f32 = 0.42;
/// Space above and below a row's name, and the most a row grows to use the slide.
const PAD: f32 = 10.0;
const GROW: f32 = 22.0;

/// A colour lightened towards white: the uncertain part of a bar, as on paper.
fn light(c: Rgb) -> Rgb {
    c.map(|v| v + ((255 - v) as f32 * 0.6) as u8)
}

fn shape(kind: ShapeKind, rect: Rect, fill: Rgb) -> Item {
    Item::Shape {
        rect,
        kind,
        fill,
        label: None,
    }
}

/// A bar's start, end of the solid part and end of the lighter part, in years; `None` where
/// no lead time is known.
fn bar_span(r: &Row) -> Option<(f64, f64, f64)> {
    let min = r.ready_min().filter(|_| r.basis != Basis::Unknown)?;
    let open_end = r.ready_max().map_or(min.as_year() + 1.0, Month::as_year);
    Some((r.start.as_year(), min.as_year(), open_end))
}

/// The timeline's items in `rect`.
pub fn items(bars: &[Row], decision: Month, today: Month, rect: Rect, ty: Type) -> Vec<Item> {
    let (start, end) = crate::timeline::years_shown(bars, decision);
    let today = (start..=end).contains(&today.as_year()).then_some(today);
    let (mut out, legend_h) = legend(bars, decision, today, rect, ty);
    let note = ty.note();
    let label_h = lines_h(1, note);
    let top = rect.y + legend_h + 6.0 + label_h;
    let room = rect.y + rect.h - top;
    // Names at body size where every row fits, else at the note size, else a half point
    // smaller till they do: one size for every name. Rows grow into what is left, to a limit.
    let heights = |share: f32, size: f32| -> Vec<f32> {
        bars.iter()
            .map(|r| {
                let name = lines_h(count_lines(&r.title, size, false, rect.w * share), size);
                name.max(pt_to_design(14.0)) + PAD
            })
            .collect()
    };
    let mut plan = None;
    'shares: for (share, floor) in [(NAMES_SHARE, note * 0.85), (WIDE_SHARE, fit::MIN_PT)] {
        let mut size = ty.body();
        loop {
            let hs = heights(share, size);
            if hs.iter().sum::<f32>() <= room {
                plan = Some((share, size, hs));
                break 'shares;
            }
            if size <= floor {
                break;
            }
            size = if size > note {
                note
            } else {
                (size - 0.5).max(floor)
            };
        }
    }
    let (share, size, mut hs) =
        plan.unwrap_or_else(|| (WIDE_SHARE, fit::MIN_PT, heights(WIDE_SHARE, fit::MIN_PT)));
    let names_w = rect.w * share;
    let axis = Axis {
        left: rect.x + names_w + 16.0,
        right: rect.x + rect.w,
        start,
        end,
    };
    let total: f32 = hs.iter().sum();
    if total > room {
        // Still too tall: the rows share the room, the names shrink into it.
        hs.iter_mut().for_each(|h| *h *= room / total);
    } else {
        let grow = ((room - total) / bars.len().max(1) as f32).min(GROW);
        hs.iter_mut().for_each(|h| *h += grow);
    }
    let bottom = top + hs.iter().sum::<f32>();
    out.extend(year_marks(&axis, top, bottom, note, label_h));
    let mut y = top;
    for (r, h) in bars.iter().zip(&hs) {
        out.extend(row(r, &axis, Rect::new(rect.x, y, names_w, *h), size, note));
        y += h;
        out.push(shape(
            ShapeKind::Line,
            Rect::new(rect.x, y, axis.right - rect.x, 0.0),
            palette::grey(215),
        ));
    }
    if let Some(today) = today {
        let x = axis.x(today.as_year());
        out.push(shape(
            ShapeKind::Line,
            Rect::new(x, top, 0.0, bottom - top),
            palette::TODAY,
        ));
    }
    let x = axis.x(decision.as_year());
    out.push(shape(
        ShapeKind::Line,
        Rect::new(x, top, 0.0, bottom - top),
        palette::DECISION,
    ));
    out
}

/// The years along the top of the chart, each with a faint line down to `bottom`; as many as
/// leave room for their numbers.
fn year_marks(axis: &Axis, top: f32, bottom: f32, note: f32, label_h: f32) -> Vec<Item> {
    let mut out = Vec::new();
    let (start, end) = (axis.start, axis.end);
    let years = (end - start).max(1.0) as i32;
    let every = (1..=10)
        .find(|k| (axis.right - axis.left) / years as f32 * *k as f32 >= 64.0)
        .unwrap_or(10);
    for year in (start as i32..=end as i32).step_by(every as usize) {
        let x = axis.x(f64::from(year));
        out.push(shape(
            ShapeKind::Line,
            Rect::new(x, top, 0.0, bottom - top),
            palette::grey(215),
        ));
        let w = 80.0;
        let (mut label, _) = text_item(
            &year.to_string(),
            note,
            false,
            text_rgb(),
            (x - w / 2.0).min(axis.right - w),
            top - label_h,
            w,
        );
        if let Some(Item::Text { .. }) = label.first() {
            out.append(&mut label);
        }
    }
    out
}

/// One measure: its name in the names' column, its bar (or the words that say its lead time
/// is unknown) in the middle of its row.
fn row(r: &Row, axis: &Axis, names: Rect, size: f32, note: f32) -> Vec<Item> {
    let name_h = lines_h(count_lines(&r.title, size, false, names.w), size).min(names.h);
    let mid = names.y + names.h / 2.0;
    let (mut out, _) = text_item(
        &r.title,
        size,
        false,
        text_rgb(),
        names.x,
        mid - name_h / 2.0,
        names.w,
    );
    // The name in the middle of its row, as its bar is: the whole row its box.
    if let Some(Item::Text { rect, middle, .. }) = out.first_mut() {
        *rect = names;
        *middle = true;
    }
    let Some((start, solid, open)) = bar_span(r) else {
        let from = axis.x(r.start.as_year()) + 6.0;
        let w = axis.right - from;
        let words_h = lines_h(count_lines(t().lead_unknown, note, false, w), note);
        let (mut words, _) = text_item(
            t().lead_unknown,
            note,
            false,
            muted_rgb(),
            from,
            mid - words_h / 2.0,
            w,
        );
        out.append(&mut words);
        return out;
    };
    let colour = palette::instrument(r.instrument);
    let bar_h = (names.h - PAD).clamp(12.0, 22.0);
    let (x0, x1) = (axis.x(start), axis.x(solid).max(axis.x(start) + 4.0));
    out.push(shape(
        ShapeKind::Rect,
        Rect::new(x0, mid - bar_h / 2.0, x1 - x0, bar_h),
        colour,
    ));
    let x2 = axis.x(open);
    if x2 > x1 {
        out.push(shape(
            ShapeKind::Rect,
            Rect::new(x1, mid - bar_h / 2.0, x2 - x1, bar_h),
            light(colour),
        ));
    }
    out
}

/// What a legend entry shows before its words.
enum Key {
    Swatch(Rgb),
    /// A solid and a lighter part, in grey: any instrument's bar.
    Uncertain,
    /// A line across the chart.
    Line(Rgb),
}

/// The legend above the chart, flowing in lines: its items and height.
fn legend(
    bars: &[Row],
    decision: Month,
    today: Option<Month>,
    rect: Rect,
    ty: Type,
) -> (Vec<Item>, f32) {
    use crate::present::GanttKey as G;
    let entries = crate::present::gantt_legend(bars, decision, today)
        .into_iter()
        .map(|(key, word)| {
            let key = match key {
                G::Instrument(k) => Key::Swatch(palette::instrument(k)),
                G::Uncertain => Key::Uncertain,
                G::Today => Key::Line(palette::TODAY),
                G::Decision => Key::Line(palette::DECISION),
            };
            (key, word)
        });
    let size = ty.note();
    let line = lines_h(1, size);
    let key_w = 26.0;
    let key_h = pt_to_design(size) * 0.7;
    let mut out = Vec::new();
    let (mut x, mut row) = (rect.x, 0.0f32);
    for (key, word) in entries {
        let w = pt_to_design(fit::width_pt(&word, size, false) + 7.2) + 4.0;
        if x > rect.x && x + key_w + 6.0 + w > rect.x + rect.w {
            x = rect.x;
            row += line;
        }
        let ky = rect.y + row + (line - key_h) / 2.0;
        match key {
            Key::Swatch(c) => out.push(shape(ShapeKind::Rect, Rect::new(x, ky, key_w, key_h), c)),
            Key::Uncertain => {
                let grey = palette::instrument(None);
                out.push(shape(
                    ShapeKind::Rect,
                    Rect::new(x, ky, key_w / 2.0, key_h),
                    grey,
                ));
                out.push(shape(
                    ShapeKind::Rect,
                    Rect::new(x + key_w / 2.0, ky, key_w / 2.0, key_h),
                    light(grey),
                ));
            }
            Key::Line(c) => out.push(shape(
                ShapeKind::Line,
                Rect::new(x + key_w / 2.0, rect.y + row + 2.0, 0.0, line - 4.0),
                c,
            )),
        }
        out.push(Item::Text {
            rect: Rect::new(x + key_w + 6.0, rect.y + row, w, line),
            text: word,
            size_pt: size,
            bold: false,
            colour: text_rgb(),
            middle: true,
        });
        x += key_w + 6.0 + w + 22.0;
    }
    (out, row + line)
}
