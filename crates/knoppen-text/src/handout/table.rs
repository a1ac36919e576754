//! A figure's table on paper: categories down, series across, values right-aligned and never
//! smaller than their labels; every word wrapped in its cell, rows as tall as they need. A
//! table longer than the page goes on on the next, its header repeated.

use super::MARGIN;
use super::blocks::{BODY, FULL, NOTE};
use super::colour;
use super::pdf::{Doc, LEADING, TOP};
use super::wrap::wrap;
use crate::catalogue::figures::{Figure, FigureKind, Value};
use crate::strings::{self, t};

/// The sizes a table is set in, largest first: the largest that fits its room.
const SIZES: [f32; 3] = [BODY, 14.0, NOTE];
/// The size of a table that goes on over pages.
const SMALLEST: f32 = 11.0;

/// Space between columns.
const GAP: f32 = 14.0;
/// Space above and below a row's text.
const PAD: f32 = 6.0;

/// A table's cells laid out at one type size.
struct Layout {
    size: f32,
    label_w: f32,
    col_w: f32,
    heads: Vec<Vec<String>>,
    labels: Vec<Vec<String>>,
    values: Vec<Vec<Vec<String>>>,
    head_h: f32,
    rows_h: Vec<f32>,
}

impl Layout {
    fn of(doc: &Doc, f: &Figure, heads: &[&str], cells: &[Vec<String>], size: f32) -> Self {
        let columns = heads.len().max(1);
        // Each value column as wide as its widest value (a header wraps instead), the labels
        // as wide as they need up to about half the page; a short table stays compact, so a
        // value stands near its label.
        let value_w = cells
            .iter()
            .flatten()
            .map(|c| doc.width(c, size, false))
            .chain(heads.iter().map(|h| doc.width(h, size, true).min(140.0)))
            .fold(70.0, f32::max)
            .min(FULL / 2.0)
            + GAP;
        let label_need = f
            .categories
            .iter()
            .map(|c| doc.width(c, size, true))
            .fold(0.0, f32::max)
            + GAP;
        let label_w = label_need
            .min(FULL * 0.55)
            .min((FULL - columns as f32 * value_w).max(FULL * 0.3));
        let col_w = value_w.min((FULL - label_w) / columns as f32);
        let line = size * LEADING;
        let heads: Vec<Vec<String>> = heads
            .iter()
            .map(|h| wrap(&doc.fonts, h, col_w - GAP, size, true))
            .collect();
        let labels: Vec<Vec<String>> = f
            .categories
            .iter()
            .map(|c| wrap(&doc.fonts, c, label_w - GAP, size, true))
            .collect();
        let values: Vec<Vec<Vec<String>>> = cells
            .iter()
            .map(|row| {
                row.iter()
                    .map(|v| wrap(&doc.fonts, v, col_w - GAP, size, false))
                    .collect()
            })
            .collect();
        let head_h = line * heads.iter().map(Vec::len).max().unwrap_or(1) as f32 + 4.0;
        let rows_h = labels
            .iter()
            .zip(&values)
            .map(|(l, vs)| {
                let most = vs.iter().map(Vec::len).chain([l.len()]).max().unwrap_or(1);
                line * most as f32 + PAD
            })
            .collect();
        Self {
            size,
            label_w,
            col_w,
            heads,
            labels,
            values,
            head_h,
            rows_h,
        }
    }

    fn height(&self) -> f32 {
        self.head_h + self.rows_h.iter().sum::<f32>()
    }

    fn end(&self) -> f32 {
        MARGIN + self.label_w + self.col_w * self.heads.len() as f32
    }

    /// The right edge of value column `c`.
    fn right(&self, c: usize) -> f32 {
        MARGIN + self.label_w + self.col_w * (c + 1) as f32 - 4.0
    }
}

/// The figure as a ruled table in the largest type that fits above `bottom`; in the smallest,
/// going on over as many pages as it needs.
pub fn table(doc: &mut Doc, f: &Figure, bottom: f32) {
    let mut heads: Vec<&str> = f.series.iter().map(|s| s.name.as_str()).collect();
    if f.totals.is_some() {
        heads.push(t().total);
    }
    let cells: Vec<Vec<String>> = (0..f.categories.len())
        .map(|i| {
            let mut row: Vec<String> = f
                .series
                .iter()
                .map(|s| strings::figure_value(s.values.get(i).unwrap_or(&Value::Missing)))
                .collect();
            if let Some(totals) = &f.totals {
                row.push(totals.get(i).map(strings::figure_value).unwrap_or_default());
            }
            row
        })
        .collect();
    // As many value columns side by side as leave the header a header (a third of the page at
    // most); the rest follow as tables of their own, each with the labels.
    let n = heads.len().max(1);
    let most = (TOP - MARGIN) / 3.0;
    let per = (1..=n)
        .rev()
        .find(|&k| {
            groups(n, k).all(|g| {
                Layout::of(doc, f, &heads[g.clone()], &part(&cells, g), NOTE).head_h <= most
            })
        })
        .unwrap_or(1);
    for (i, g) in groups(n, per).enumerate() {
        if i > 0 {
            doc.page.y -= 2.0 * PAD;
        }
        let (heads, cells) = (&heads[g.clone()], part(&cells, g));
        let room = doc.page.y - bottom;
        let layout = SIZES
            .into_iter()
            .map(|size| Layout::of(doc, f, heads, &cells, size))
            .find(|l| l.height() <= room)
            .unwrap_or_else(|| Layout::of(doc, f, heads, &cells, SMALLEST));
        draw(doc, f, &layout);
    }
}

/// The columns `0..n` in groups of `per`.
fn groups(n: usize, per: usize) -> impl Iterator<Item = std::ops::Range<usize>> {
    (0..n)
        .step_by(per.max(1))
        .map(move |start| start..(start + per).min(n))
}

/// The cells of some columns.
fn part(cells: &[Vec<String>], columns: std::ops::Range<usize>) -> Vec<Vec<String>> {
    cells
        .iter()
        .map(|row| row.get(columns.clone()).unwrap_or_default().to_vec())
        .collect()
}

fn draw(doc: &mut Doc, f: &Figure, l: &Layout) {
    let (size, line) = (l.size, l.size * LEADING);
    let first_row = l.rows_h.first().copied().unwrap_or(0.0);
    doc.ensure(l.head_h + first_row);
    header(doc, l);
    for (i, label) in l.labels.iter().enumerate() {
        let h = l.rows_h[i];
        if doc.ensure(h) {
            header(doc, l);
        }
        let baseline = doc.page.y - PAD / 2.0 - line * 0.8;
        for (k, text) in label.iter().enumerate() {
            doc.line(MARGIN, baseline - line * k as f32, text, size, true);
        }
        for (c, value) in l.values[i].iter().enumerate() {
            for (k, text) in value.iter().enumerate() {
                let y = baseline - line * k as f32;
                if f.kind == FigureKind::Matrix && !text.trim().is_empty() {
                    let w = doc.width(text, size, false) + 8.0;
                    doc.page.bar(
                        [l.right(c) - w + 4.0, y - size * 0.3, w, size * 1.2],
                        colour::matrix(text),
                    );
                }
                doc.line_right(l.right(c), y, text, size, false);
            }
        }
        doc.page.y -= h;
        let y = doc.page.y;
        doc.page.rule([MARGIN, y], [l.end(), y], 0.4, colour::RULE);
    }
    doc.page.y -= 6.0;
}

/// The series' names right-aligned over their values, a rule below.
fn header(doc: &mut Doc, l: &Layout) {
    let line = l.size * LEADING;
    for (c, head) in l.heads.iter().enumerate() {
        for (k, h) in head.iter().enumerate() {
            let y = doc.page.y - line * (k as f32 + 0.85);
            doc.line_right(l.right(c), y, h, l.size, true);
        }
    }
    doc.page.y -= l.head_h;
    let y = doc.page.y;
    doc.page.rule([MARGIN, y], [l.end(), y], 1.0, colour::TEXT);
}
