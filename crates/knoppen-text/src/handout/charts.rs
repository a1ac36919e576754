//! Annex figures on paper: a chart with a value axis in round Dutch numbers, a legend of the
//! series above it (never over the data), bars (grouped or stacked) or lines with a point shape
//! per series, and the categories under the axis, wrapped in full. A figure whose labels leave
//! the chart no room is shown as its table.

use super::blocks::NOTE;
use super::colour;
use super::pdf::{Doc, LEADING};
use super::wrap::wrap;
use super::{MARGIN, WIDTH};
use crate::catalogue::figures::{Figure, FigureKind, MAX_VALUE, Value};
use crate::strings;

/// The size of a value standing on its bar.
const VALUE: f32 = 11.0;
/// The least height a chart's plot keeps; with less, the figure is shown as its table.
const MIN_PLOT: f32 = 110.0;

/// A figure as the slide shows it, between the page's current top and `bottom`.
pub fn figure(doc: &mut Doc, f: &Figure, bottom: f32) {
    match f.kind {
        FigureKind::Line | FigureKind::Bars | FigureKind::StackedBars if f.has_numbers() => {
            chart(doc, f, bottom);
        }
        _ => super::table::table(doc, f, bottom),
    }
}

/// A value as drawn: a finite number within what the catalogue accepts.
fn plotted(v: &Value) -> Option<f64> {
    v.number()
        .filter(|n| n.is_finite())
        .map(|n| n.clamp(-MAX_VALUE, MAX_VALUE))
}

/// Round steps for a value axis from `lo` to `hi`: 1, 2, 2,5 or 5 times a power of ten, about
/// five of them, starting and ending on a step.
fn ticks(lo: f64, hi: f64) -> Vec<f64> {
    let (lo, hi) = if hi > lo { (lo, hi) } else { (lo, lo + 1.0) };
    let raw = (hi - lo) / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    let first = (lo / step).floor();
    let last = (hi / step).ceil();
    let steps = (last - first).clamp(1.0, 20.0) as i32;
    (0..=steps).map(|k| (first + f64::from(k)) * step).collect()
}

/// Where each category stands along the axis, from 0 to 1: by year where the categories are
/// years (a gap in the years shows), otherwise evenly.
fn positions(f: &Figure) -> Vec<f32> {
    let n = f.categories.len();
    let years: Option<Vec<f64>> = f.years().map(|ys| ys.into_iter().map(f64::from).collect());
    match years {
        Some(ys) if f.kind == FigureKind::Line && n > 1 => {
            let (min, max) = ys
                .iter()
                .fold((f64::MAX, f64::MIN), |(a, b), y| (a.min(*y), b.max(*y)));
            if max > min {
                return ys
                    .iter()
                    .map(|y| ((y - min) / (max - min)) as f32)
                    .collect();
            }
            (0..n).map(|i| i as f32 / (n - 1) as f32).collect()
        }
        _ if n > 1 => (0..n).map(|i| i as f32 / (n - 1) as f32).collect(),
        _ => vec![0.5; n],
    }
}

/// The figure as a chart: a legend of series above it (never over the data), a value axis
/// with round Dutch numbers, bars (grouped or stacked) or lines with point markers, and the
/// categories under the axis.
fn chart(doc: &mut Doc, f: &Figure, bottom: f32) {
    let line_chart = f.kind == FigureKind::Line;
    let stacked = f.kind == FigureKind::StackedBars;
    let legend_h = doc.measure(|d| series_legend(d, f, line_chart));

    let n = f.categories.len();
    let (lo, hi) = value_range(f);
    let ticks = ticks(lo, hi);
    let (t0, t1) = (
        ticks.first().copied().unwrap_or(0.0),
        ticks.last().copied().unwrap_or(1.0),
    );
    let labels: Vec<String> = ticks.iter().map(|v| strings::number(*v)).collect();
    let axis_w = labels
        .iter()
        .map(|l| doc.width(l, NOTE, false))
        .fold(0.0, f32::max);
    let left = MARGIN + axis_w + 8.0;
    let right = WIDTH - MARGIN;

    // Categories under the axis: wrapped in their slot, every word of them.
    let slot = (right - left) / n.max(1) as f32;
    let (every, cat_lines) = category_labels(doc, f, slot, line_chart);
    let cat_h = NOTE * LEADING * cat_lines.iter().map(Vec::len).max().unwrap_or(1) as f32;
    let plot_bottom = bottom + cat_h + 6.0;
    let plot_top = doc.page.y - legend_h - NOTE;
    if plot_top - plot_bottom < MIN_PLOT {
        return super::table::table(doc, f, bottom);
    }
    series_legend(doc, f, line_chart);
    let y_of = |v: f64| plot_bottom + ((v - t0) / (t1 - t0)) as f32 * (plot_top - plot_bottom);

    for (v, label) in ticks.iter().zip(&labels) {
        let y = y_of(*v);
        doc.page.rule([left, y], [right, y], 0.5, colour::GRID);
        doc.line_right(left - 6.0, y - NOTE * 0.35, label, NOTE, false);
    }
    let zero = y_of(0.0);
    doc.page
        .rule([left, zero], [right, zero], 1.0, colour::TEXT);
    doc.page
        .rule([left, plot_bottom], [left, plot_top], 0.8, colour::TEXT);

    // Bars and lines stand in slots (half a slot of room at either end of a line chart).
    let pos = positions(f);
    let x_of = |i: usize| {
        let p = pos.get(i).copied().unwrap_or(0.5);
        if line_chart || n == 1 {
            left + slot / 2.0 + p * (right - left - slot)
        } else {
            left + slot * (i as f32 + 0.5)
        }
    };
    if line_chart {
        lines(doc, f, &x_of, &y_of);
    } else {
        bars(doc, f, stacked, slot, &x_of, &y_of, [left, right]);
    }
    for (i, lines) in cat_lines.iter().enumerate().step_by(every) {
        for (k, line) in lines.iter().enumerate() {
            let y = plot_bottom - 4.0 - NOTE * LEADING * (k as f32 + 0.8);
            doc.line_centred(x_of(i), y, line, NOTE, [MARGIN, right]);
        }
    }
    doc.page.y = bottom;
}

/// The value range: stacks add up, positives upward and negatives downward.
fn value_range(f: &Figure) -> (f64, f64) {
    let stacked = f.kind == FigureKind::StackedBars;
    let (mut lo, mut hi) = (0f64, 0f64);
    for i in 0..f.categories.len() {
        let values = f
            .series
            .iter()
            .filter_map(|s| s.values.get(i).and_then(plotted));
        if stacked {
            let (mut up, mut down) = (0.0, 0.0);
            for v in values {
                if v >= 0.0 {
                    up += v;
                } else {
                    down += v;
                }
            }
            hi = hi.max(up);
            lo = lo.min(down);
        } else {
            for v in values {
                hi = hi.max(v);
                lo = lo.min(v);
            }
        }
    }
    (lo, hi)
}

/// The categories under the axis, wrapped in their slot, every word of them; a line chart over
/// many years names every second (fifth …) one where all would touch. Returns the step and
/// each category's lines.
fn category_labels(
    doc: &Doc,
    f: &Figure,
    slot: f32,
    line_chart: bool,
) -> (usize, Vec<Vec<String>>) {
    let n = f.categories.len();
    let widest = f
        .categories
        .iter()
        .map(|c| doc.width(c, NOTE, false))
        .fold(0.0, f32::max);
    let every = if line_chart && slot < 40.0 {
        (1..n.max(1))
            .find(|k| slot * *k as f32 >= widest + 6.0)
            .unwrap_or(1)
    } else {
        1
    };
    let lines = f
        .categories
        .iter()
        .map(|c| {
            wrap(
                &doc.fonts,
                c,
                (slot * every as f32 - 6.0).max(20.0),
                NOTE,
                false,
            )
        })
        .collect();
    (every, lines)
}

/// The series' names, each with its colour (and point shape for lines), flowing in rows; a
/// long name wraps within half the width.
fn series_legend(doc: &mut Doc, f: &Figure, line_chart: bool) {
    let size = NOTE;
    let line_h = size * LEADING;
    let swatch = 9.0;
    let most = (WIDTH - 2.0 * MARGIN) / 2.0 - swatch - 20.0;
    let mut x = MARGIN;
    // The baseline of the row's first line, and how many lines the row's tallest entry has.
    let mut y = doc.page.y - line_h;
    let mut row_lines = 1;
    for (i, s) in f.series.iter().enumerate() {
        let name = wrap(&doc.fonts, &s.name, most, size, false);
        let name_w = name
            .iter()
            .map(|l| doc.width(l, size, false))
            .fold(0.0, f32::max);
        let w = swatch + 5.0 + name_w + 16.0;
        if x + w - 16.0 > WIDTH - MARGIN && x > MARGIN {
            x = MARGIN;
            y -= line_h * row_lines as f32;
            row_lines = 1;
        }
        if line_chart {
            let mid = y + size * 0.3;
            doc.page.rule(
                [x - 2.0, mid],
                [x + swatch + 2.0, mid],
                2.0,
                colour::series(i),
            );
            point(doc, i, [x + swatch / 2.0, mid], 3.5);
        } else {
            doc.page
                .bar([x, y - 1.0, swatch, swatch], colour::series(i));
        }
        for (k, line) in name.iter().enumerate() {
            doc.line(x + swatch + 5.0, y - line_h * k as f32, line, size, false);
        }
        row_lines = row_lines.max(name.len());
        x += w;
    }
    doc.page.y = y - line_h * (row_lines - 1) as f32 - 10.0;
}

/// A line chart's point: a shape per series (circle, square, triangle, diamond), so the
/// series part in greyscale too.
fn point(doc: &mut Doc, series: usize, [x, y]: [f32; 2], r: f32) {
    let rgb = colour::series(series);
    match series % 4 {
        0 => doc.page.circle([x, y], r, rgb, None),
        1 => doc.page.bar([x - r, y - r, 2.0 * r, 2.0 * r], rgb),
        2 => doc.page.polygon(
            &[[x, y + r * 1.2], [x + r * 1.2, y - r], [x - r * 1.2, y - r]],
            rgb,
        ),
        _ => doc.page.polygon(
            &[
                [x, y + r * 1.3],
                [x + r * 1.3, y],
                [x, y - r * 1.3],
                [x - r * 1.3, y],
            ],
            rgb,
        ),
    }
}

type Axis<'a> = &'a dyn Fn(usize) -> f32;
type Scale<'a> = &'a dyn Fn(f64) -> f32;

/// Lines between a series' values, broken where a value is missing, with a marker on each.
fn lines(doc: &mut Doc, f: &Figure, x_of: Axis, y_of: Scale) {
    for (si, s) in f.series.iter().enumerate() {
        let rgb = colour::series(si);
        let points: Vec<Option<[f32; 2]>> = s
            .values
            .iter()
            .enumerate()
            .map(|(i, v)| plotted(v).map(|v| [x_of(i), y_of(v)]))
            .collect();
        for segment in points.split(Option::is_none) {
            let segment: Vec<[f32; 2]> = segment.iter().flatten().copied().collect();
            if let Some((first, rest)) = segment.split_first()
                && !rest.is_empty()
            {
                doc.page
                    .content
                    .set_stroke_rgb(rgb[0], rgb[1], rgb[2])
                    .set_line_width(2.0)
                    .move_to(first[0], first[1]);
                for p in rest {
                    doc.page.content.line_to(p[0], p[1]);
                }
                doc.page.content.stroke();
            }
        }
        for p in points.iter().flatten() {
            point(doc, si, *p, 3.5);
        }
    }
}

/// Bars side by side per category, or stacked to the category's total; a thin white edge
/// parts touching bars, and a value (or a stack's total) stands on top where it fits.
fn bars(
    doc: &mut Doc,
    f: &Figure,
    stacked: bool,
    slot: f32,
    x_of: Axis,
    y_of: Scale,
    span: [f32; 2],
) {
    let n = f.series.len().max(1) as f32;
    let bar_w = if stacked { slot * 0.6 } else { slot * 0.8 / n };
    let label_size = VALUE;
    for i in 0..f.categories.len() {
        let centre = x_of(i);
        let (mut up, mut down) = (0.0, 0.0);
        for (si, s) in f.series.iter().enumerate() {
            let Some(v) = s.values.get(i).and_then(plotted) else {
                continue;
            };
            let (from, to, x) = if stacked {
                let base = if v >= 0.0 { up } else { down };
                if v >= 0.0 {
                    up += v;
                } else {
                    down += v;
                }
                (base, base + v, centre - bar_w / 2.0)
            } else {
                (0.0, v, centre - slot * 0.4 + si as f32 * bar_w)
            };
            let (y0, y1) = (y_of(from).min(y_of(to)), y_of(from).max(y_of(to)));
            doc.page
                .bar([x, y0, bar_w, (y1 - y0).max(0.5)], colour::series(si));
            doc.page
                .content
                .set_stroke_rgb(1.0, 1.0, 1.0)
                .set_line_width(0.6);
            doc.page
                .content
                .rect(x, y0, bar_w, (y1 - y0).max(0.5))
                .stroke();
            if !stacked {
                let label = strings::number(v);
                if doc.width(&label, label_size, false) <= bar_w + slot * 0.2 / n {
                    let y = if v >= 0.0 { y1 + 3.0 } else { y0 - label_size };
                    let c = x + bar_w / 2.0;
                    doc.line_centred(c, y, &label, label_size, span);
                }
            }
        }
        if stacked && f.series.len() > 1 && up > 0.0 {
            let label = strings::number(up);
            if doc.width(&label, label_size, true) <= slot - 4.0 {
                let x = centre - doc.width(&label, label_size, true) / 2.0;
                doc.line(x, y_of(up) + 3.0, &label, label_size, true);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_steps_are_round() {
        assert_eq!(
            ticks(0.0, 16951.0),
            [0.0, 5000.0, 10000.0, 15000.0, 20000.0]
        );
        assert_eq!(
            ticks(0.0, 1.0),
            [0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0]
        );
        assert_eq!(ticks(-3.0, 0.0).first(), Some(&-3.0));
        assert_eq!(ticks(0.0, 0.0).len(), 6, "a flat series still has an axis");
    }
}
