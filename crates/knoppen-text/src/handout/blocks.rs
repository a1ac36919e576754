//! A slide on paper: its blocks, as `Slide::blocks` decides them, top to bottom in the deck's
//! one type scale; what is left of the page is shared out between the blocks, as the screen
//! does, so a short slide does not leave two thirds of the page empty.

use super::colour::{self, Rgb};
use super::pdf::{Doc, LEADING, TOP};
use super::wrap::wrap;
use super::{MARGIN, WIDTH};
use crate::catalogue::Catalogue;
use crate::effect::VerdictKind;
use crate::month::Month;
use crate::present::{Block, Role, StreamPicture};

/// Body text on paper.
pub const BODY: f32 = 16.0;
/// The smallest role: sources, legends, the effect picture's words.
pub const NOTE: f32 = 12.5;
/// The room a line of text takes across the page.
pub const FULL: f32 = WIDTH - 2.0 * MARGIN;

/// The deck's type roles on paper, in points: the screen's scale (`theme::slide::role_size`)
/// as a 1366-pixel slide comes out on an 842-point page, rounded.
pub fn role_size(role: Role) -> f32 {
    match role {
        Role::Display => 34.0,
        Role::Title => 25.0,
        Role::Lead => 19.0,
        Role::Body => BODY,
        Role::Note => NOTE,
    }
}

/// Space between blocks before it grows to use the page.
const GAP: f32 = 8.0;
/// How far the space between blocks grows, as a multiple of it.
const SPREAD: f32 = 4.0;

/// What drawing a slide needs besides its blocks.
pub struct Ctx<'a> {
    pub catalogue: &'a Catalogue,
    /// Today, for the timeline's line.
    pub today: Month,
}

/// The type a slide is set in: the deck's scale, or a step smaller where that keeps the slide
/// on one page; never below 11 points.
#[derive(Debug, Clone, Copy)]
pub struct Type {
    scale: f32,
}

impl Type {
    const FULL: Type = Type { scale: 1.0 };
    /// The smaller steps: the larger roles shrink by the step, the note role stops at the
    /// floor.
    const STEPS: [f32; 3] = [0.94, 0.88, 0.82];
    /// The least any text is set in.
    const FLOOR: f32 = 11.0;

    fn size(self, role: Role) -> f32 {
        (role_size(role) * self.scale).max(Self::FLOOR)
    }

    fn body(self) -> f32 {
        self.size(Role::Body)
    }

    fn note(self) -> f32 {
        self.size(Role::Note)
    }
}

/// Draw a slide's blocks on the page begun for it (and the pages it goes on to).
pub fn slide(doc: &mut Doc, blocks: &[Block], ctx: &Ctx) {
    let fills = blocks
        .iter()
        .any(|b| matches!(b, Block::Chart { .. } | Block::Gantt { .. }));
    let mut gap = GAP;
    let mut ty = Type::FULL;
    if !fills && blocks.len() > 1 {
        let room = TOP - MARGIN;
        let mut total = doc.measure(|d| all(d, blocks, ctx, ty, GAP));
        for scale in Type::STEPS {
            if total <= room {
                break;
            }
            ty = Type { scale };
            total = doc.measure(|d| all(d, blocks, ctx, ty, GAP));
        }
        let between = (blocks.len() - 1) as f32;
        // A point to spare, for rounding.
        gap += ((room - total - 1.0) / between).clamp(0.0, SPREAD * GAP);
        // A title page stands a third of the way down, not at the top.
        if matches!(
            blocks.first(),
            Some(Block::Text {
                role: Role::Display,
                ..
            })
        ) {
            let used = total + (gap - GAP) * between;
            doc.page.y -= ((room - used) * 0.4).max(0.0);
        }
    }
    all(doc, blocks, ctx, ty, gap);
}

fn all(doc: &mut Doc, blocks: &[Block], ctx: &Ctx, ty: Type, gap: f32) {
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            doc.page.y -= gap;
        }
        one(doc, block, &blocks[i + 1..], ctx, ty, gap);
    }
}

fn one(doc: &mut Doc, block: &Block, after: &[Block], ctx: &Ctx, ty: Type, gap: f32) {
    match block {
        Block::Text { role, text, marker } => self::text(doc, ty, *role, text, marker.as_ref()),
        Block::Facts(facts) => {
            for (k, v) in facts {
                let line = format!("{k}: {v}");
                doc.paragraph(MARGIN, FULL, &line, ty.body(), false, colour::TEXT);
            }
        }
        Block::Bullets { items, more } => bullets(doc, ty, items, more.as_deref()),
        Block::Effect { heads, rows } => effect(doc, ty, heads, rows),
        Block::Legend(entries) => legend(doc, ty, entries),
        Block::Chart { figure } => {
            if let Some(f) = ctx.catalogue.figures.iter().find(|g| &g.id == figure) {
                // The chart takes the room the blocks after it leave.
                let reserve = doc.measure(|d| all(d, after, ctx, ty, gap)) + gap;
                super::charts::figure(doc, f, MARGIN + reserve);
            }
        }
        Block::Gantt {
            bars,
            decision,
            more,
        } => {
            super::gantt::draw(doc, bars, *decision, ctx.today);
            if let Some(more) = more {
                doc.paragraph(MARGIN, FULL, more, ty.note(), false, colour::MUTED);
            }
        }
    }
}

/// The colour of a role's text: secondary lines muted.
fn role_rgb(role: Role) -> Rgb {
    match role {
        Role::Note => colour::MUTED,
        _ => colour::TEXT,
    }
}

/// A text in its role, wrapped; the verdict's shape before it where given.
fn text(doc: &mut Doc, ty: Type, role: Role, text: &str, marker: Option<&VerdictKind>) {
    let size = ty.size(role);
    let bold = matches!(role, Role::Display | Role::Title);
    let Some(kind) = marker else {
        doc.paragraph(MARGIN, FULL, text, size, bold, role_rgb(role));
        return;
    };
    let indent = size * 1.4;
    doc.ensure(size * LEADING);
    let baseline = doc.page.y - size * LEADING;
    doc.page.marker(kind, MARGIN, baseline - size * 0.1, size);
    doc.paragraph(
        MARGIN + indent,
        FULL - indent,
        text,
        size,
        bold,
        role_rgb(role),
    );
}

/// A list, each item after a bullet with its lines indented under its first; then how many
/// are left out.
fn bullets(doc: &mut Doc, ty: Type, items: &[String], more: Option<&str>) {
    let (body, note) = (ty.body(), ty.note());
    let indent = body * 1.2;
    for item in items {
        let lines = wrap(&doc.fonts, item, FULL - indent, body, false);
        for (k, line) in lines.iter().enumerate() {
            doc.ensure(body * LEADING);
            doc.page.y -= body * LEADING;
            let y = doc.page.y;
            if k == 0 {
                doc.line(MARGIN, y, "•", body, false);
            }
            doc.line(MARGIN + indent, y, line, body, false);
        }
        doc.page.y -= body * 0.35;
    }
    if let Some(more) = more {
        doc.paragraph(MARGIN, FULL, more, note, false, colour::MUTED);
    }
}

/// What the shapes mean, flowing in lines (wrapping between entries, never inside one).
fn legend(doc: &mut Doc, ty: Type, entries: &[(VerdictKind, String)]) {
    let size = ty.note();
    let line_h = size * LEADING;
    doc.ensure(line_h);
    doc.page.y -= line_h;
    let mut x = MARGIN;
    for (kind, word) in entries {
        let w = size + 5.0 + doc.width(word, size, false);
        if x > MARGIN && x + w > WIDTH - MARGIN {
            x = MARGIN;
            doc.ensure(line_h);
            doc.page.y -= line_h;
        }
        let y = doc.page.y;
        doc.page.marker(kind, x, y - size * 0.1, size);
        doc.line(x + size + 5.0, y, word, size, false);
        x += w + 20.0;
    }
    doc.page.y -= size * 0.3;
}

/// The effect picture's lines stand closer than a paragraph's, and its rows this far apart.
const GRID_LEADING: f32 = 1.17;
const ROW_PAD: f32 = 6.0;
/// The names' share of the width: the term columns get room for their words on one line
/// ("grotendeels onbekend"), the names' verdicts wrap under them.
const NAME_SHARE: f32 = 0.22;

/// The effect picture's columns: the stream's name and verdict, then one per term.
struct Columns {
    name_w: f32,
    term_w: f32,
    gutter: f32,
}

impl Columns {
    fn of(terms: usize) -> Self {
        let name_w = FULL * NAME_SHARE;
        let gutter = 8.0;
        let term_w = (FULL - name_w) / terms.max(1) as f32 - gutter;
        Self {
            name_w,
            term_w,
            gutter,
        }
    }

    fn term_x(&self, i: usize) -> f32 {
        MARGIN + self.name_w + self.gutter + i as f32 * (self.term_w + self.gutter)
    }
}

/// The effect picture: per stream its marker, name and verdict, then its direction per term in
/// fixed columns; every word shown, the rows as tall as their words. Shape and colour say the
/// same, so it reads in black and white.
fn effect(doc: &mut Doc, ty: Type, heads: &[String], rows: &[StreamPicture]) {
    let (body, note) = (ty.body(), ty.note());
    let cols = Columns::of(heads.len());
    let line_h = note * GRID_LEADING;
    let mark = note * 0.85;
    effect_heads(doc, note, heads, &cols);
    for row in rows {
        let words = wrap(&doc.fonts, &row.words, cols.name_w, note, false);
        let name = wrap(&doc.fonts, &row.name, cols.name_w - body * 1.4, body, true);
        let terms: Vec<Vec<String>> = row
            .terms
            .iter()
            .map(|term| match term {
                Some((_, w)) => wrap(&doc.fonts, w, cols.term_w - mark - 4.0, note, false),
                None => Vec::new(),
            })
            .collect();
        let name_h = body * GRID_LEADING * name.len() as f32 + line_h * words.len() as f32;
        let term_h = line_h * terms.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32;
        let height = name_h.max(term_h) + ROW_PAD;
        if doc.ensure(height) {
            effect_heads(doc, note, heads, &cols);
        }
        let top = doc.page.y - ROW_PAD / 2.0;
        for (k, line) in name.iter().enumerate() {
            let y = top - body * GRID_LEADING * (k as f32 + 1.0) + body * 0.2;
            if k == 0 {
                doc.page.marker(&row.kind, MARGIN, y - body * 0.1, body);
            }
            doc.line(MARGIN + body * 1.4, y, line, body, true);
        }
        let below = top - body * GRID_LEADING * name.len() as f32;
        for (k, line) in words.iter().enumerate() {
            let y = below - line_h * (k as f32 + 1.0) + note * 0.2;
            doc.line(MARGIN, y, line, note, false);
        }
        for (i, (term, lines)) in row.terms.iter().zip(&terms).enumerate() {
            let x = cols.term_x(i);
            match term {
                Some((kind, _)) => {
                    for (k, line) in lines.iter().enumerate() {
                        let y = top - line_h * (k as f32 + 1.0) + note * 0.2;
                        if k == 0 {
                            doc.page.marker(kind, x, y - note * 0.1, mark);
                        }
                        doc.line(x + mark + 4.0, y, line, note, false);
                    }
                }
                None => {
                    let y = top - line_h + note * 0.2;
                    doc.line_in(x, y, "—", body, false, colour::MUTED);
                }
            }
        }
        doc.page.y -= height;
        let y = doc.page.y + 2.0;
        doc.page
            .rule([MARGIN, y], [WIDTH - MARGIN, y], 0.5, colour::RULE);
    }
}

/// The term columns' names, bold, wrapped in their column; a rule below.
fn effect_heads(doc: &mut Doc, note: f32, heads: &[String], cols: &Columns) {
    let line_h = note * GRID_LEADING;
    let heads: Vec<Vec<String>> = heads
        .iter()
        .map(|h| wrap(&doc.fonts, h, cols.term_w, note, true))
        .collect();
    let lines = heads.iter().map(Vec::len).max().unwrap_or(1);
    doc.ensure(line_h * lines as f32 + 6.0);
    for (i, head) in heads.iter().enumerate() {
        for (k, line) in head.iter().enumerate() {
            let y = doc.page.y - line_h * (k + 1) as f32;
            doc.line(cols.term_x(i), y, line, note, true);
        }
    }
    doc.page.y -= line_h * lines as f32 + 6.0;
    let y = doc.page.y + 2.0;
    doc.page
        .rule([MARGIN, y], [WIDTH - MARGIN, y], 0.5, colour::RULE);
}
