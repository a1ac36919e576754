//! The effect picture as shapes a user can recolour: per stream its verdict's marker, its name
//! and verdict, then its direction per term in fixed columns, as the hand-out draws it
//! (`handout::blocks::effect`); every word shown, the rows as tall as their words.

use super::deck::{
    FULL, MARGIN, Type, count_lines, lines_h, marker, muted_rgb, pt_to_design, rule_rgb, text_item,
    text_rgb,
};
use super::{Item, Rect, ShapeKind};
use crate::present::StreamPicture;

/// The names' share of the width, as on paper.
const NAME_SHARE: f32 = 0.22;
const GUTTER: f32 = 13.0;
/// Space above and below a row's words.
const ROW_PAD: f32 = 8.0;

fn term_w(terms: usize) -> f32 {
    (FULL - FULL * NAME_SHARE) / terms.max(1) as f32 - GUTTER
}

fn term_x(terms: usize, i: usize) -> f32 {
    MARGIN + FULL * NAME_SHARE + GUTTER + i as f32 * (term_w(terms) + GUTTER)
}

/// A rule across the picture.
fn rule(y: f32) -> Item {
    Item::Shape {
        rect: Rect::new(MARGIN, y, FULL, 0.0),
        kind: ShapeKind::Line,
        fill: rule_rgb(),
        label: None,
    }
}

/// The picture from `y` down: its items and its height.
pub fn picture(heads: &[String], rows: &[StreamPicture], y: f32, ty: Type) -> (Vec<Item>, f32) {
    let (body, note) = (ty.body(), ty.note());
    let n = heads.len();
    let tw = term_w(n);
    let name_w = FULL * NAME_SHARE;
    let mut out = Vec::new();
    // The term columns' names, bold, a rule below.
    let mut head_h = 0.0f32;
    for (i, h) in heads.iter().enumerate() {
        let (mut items, hh) = text_item(h, note, true, text_rgb(), term_x(n, i), y, tw);
        out.append(&mut items);
        head_h = head_h.max(hh);
    }
    let mut top = y + head_h + 4.0;
    out.push(rule(top));
    let big = pt_to_design(body) * 0.8;
    let small = pt_to_design(note) * 0.75;
    let indent = pt_to_design(body) * 1.4;
    for row in rows {
        let t = top + ROW_PAD / 2.0;
        let name_h = lines_h(count_lines(&row.name, body, true, name_w - indent), body);
        let (mut name, _) = text_item(
            &row.name,
            body,
            true,
            text_rgb(),
            MARGIN + indent,
            t,
            name_w - indent,
        );
        out.append(&mut name);
        out.push(marker(
            &row.kind,
            MARGIN,
            t + (pt_to_design(body * super::fit::LINE) - big) / 2.0 + 2.0,
            big,
        ));
        let (mut words, words_h) = text_item(
            &row.words,
            note,
            false,
            text_rgb(),
            MARGIN,
            t + name_h,
            name_w,
        );
        out.append(&mut words);
        let mut term_h = lines_h(1, note);
        for (i, term) in row.terms.iter().enumerate() {
            let x = term_x(n, i);
            match term {
                Some((kind, w)) => {
                    let (mut items, h) = text_item(
                        w,
                        note,
                        false,
                        text_rgb(),
                        x + small + 4.0,
                        t,
                        tw - small - 4.0,
                    );
                    out.append(&mut items);
                    let line = pt_to_design(note * super::fit::LINE);
                    out.push(marker(kind, x, t + (line - small) / 2.0 + 2.0, small));
                    term_h = term_h.max(h);
                }
                None => {
                    let (mut items, _) = text_item("—", body, false, muted_rgb(), x, t, tw);
                    out.append(&mut items);
                }
            }
        }
        top += (name_h + words_h).max(term_h) + ROW_PAD;
        out.push(rule(top));
    }
    (out, top - y)
}
