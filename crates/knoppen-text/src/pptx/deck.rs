//! The deck's slides as PowerPoint slides: each slide's blocks, as `Slide::blocks` decides them,
//! laid out top to bottom on the 1366×768 design space the way the PDF hand-out lays them on
//! its page (`handout::blocks`): the deck's one type scale (the hand-out's sizes, as its page
//! comes out on a 16:9 slide), a step smaller where that keeps the slide whole, the room left
//! shared out between the blocks, a chart or the timeline taking what the blocks after it leave.
//! Nothing here decides what a slide holds.

use super::fit;
use super::xml::{DESIGN_H, DESIGN_W, design_to_pt};
use super::{Deck, DeckSlide, Item, PptxError, Rect, ShapeKind, template};
use crate::catalogue::Catalogue;
use crate::effect::VerdictKind;
use crate::handout;
use crate::month::{Date, Month};
use crate::palette::{self, Rgb};
use crate::present::{Block, Role, Slide};
use crate::strings::{self, Lang, t};

/// No text nearer the slide's sides than this: the hand-out's margin, scaled.
pub const MARGIN: f32 = handout::MARGIN * DESIGN_W / handout::WIDTH;
/// The width a line of text takes across the slide.
pub const FULL: f32 = DESIGN_W - 2.0 * MARGIN;
/// The lowest any block reaches.
pub const BOTTOM: f32 = DESIGN_H - MARGIN * 0.75;
/// Where the blocks under the title begin.
const BODY_TOP: f32 = template::TITLE_RECT.y + template::TITLE_RECT.h + 16.0;
/// Space between blocks before it grows to use the slide, and how far it grows.
const GAP: f32 = 13.0;
const SPREAD: f32 = 4.0;

/// Text colours: the hand-out's, from the one palette.
pub fn text_rgb() -> Rgb {
    palette::grey(0)
}

/// Secondary text (the kicker, sources, "—"): the hand-out's muted grey.
pub fn muted_rgb() -> Rgb {
    palette::grey(85)
}

/// Rules between rows and grid lines.
pub fn rule_rgb() -> Rgb {
    palette::grey(170)
}

/// Points (on the 960-point-wide slide) to design units.
pub fn pt_to_design(pt: f32) -> f32 {
    pt * DESIGN_W / 960.0
}

/// The height in design units of `lines` lines at `size` points, with the text box's insets.
pub fn lines_h(lines: usize, size: f32) -> f32 {
    pt_to_design(lines as f32 * size * fit::LINE + 2.0 * INSET_Y_PT) + 2.0
}

/// The text boxes' insets (see `slide.rs`).
const INSET_X_PT: f32 = 3.6;
const INSET_Y_PT: f32 = 1.8;

/// Lines `text` takes in a box `w` design units wide.
pub fn count_lines(text: &str, size: f32, bold: bool, w: f32) -> usize {
    let paras: Vec<&str> = text.split('\n').collect();
    let inner = design_to_pt(w) - 2.0 * INSET_X_PT;
    fit::total_lines(&paras, size, bold, inner).unwrap_or(paras.len() * 3)
}

/// The type a slide is set in: the deck's scale, or a step smaller where that keeps the slide
/// whole; never below the hand-out's floor.
#[derive(Debug, Clone, Copy)]
pub struct Type {
    scale: f32,
}

impl Type {
    pub const FULL: Type = Type { scale: 1.0 };
    const STEPS: [f32; 4] = [0.94, 0.88, 0.82, 0.76];
    /// The hand-out's least size (11 points on its page), on the slide.
    const FLOOR: f32 = 11.0 * 960.0 / handout::WIDTH;

    /// A role's size in points on the slide: the hand-out's, as its page comes out at 16:9.
    pub fn size(self, role: Role) -> f32 {
        (handout::role_size(role) * 960.0 / handout::WIDTH * self.scale).max(Self::FLOOR)
    }

    pub fn body(self) -> f32 {
        self.size(Role::Body)
    }

    pub fn note(self) -> f32 {
        self.size(Role::Note)
    }
}

/// What laying out a slide needs besides its blocks.
pub struct Ctx<'a> {
    pub catalogue: &'a Catalogue,
    pub today: Month,
}

/// The deck as .pptx bytes, written `today`; the presenter's notes as speaker notes only
/// `with_notes` (the hand-out's `--notes` source: `Slide::notes`).
pub fn to_pptx(
    slides: &[Slide],
    catalogue: &Catalogue,
    with_notes: bool,
    today: Date,
) -> Result<Vec<u8>, PptxError> {
    let ctx = Ctx {
        catalogue,
        today: today.month(),
    };
    let deck_slides = slides
        .iter()
        .map(|s| {
            let mut d = slide(&s.blocks(catalogue), &ctx);
            let notes = s.notes();
            d.notes = (with_notes && !notes.trim().is_empty()).then_some(notes);
            d
        })
        .collect();
    let title = slides.iter().find_map(|s| match s {
        Slide::Title { title, .. } => Some(title.as_str()),
        _ => None,
    });
    let deck = Deck {
        title: title.unwrap_or(t().app_title).to_owned(),
        date_words: strings::long_date(today),
        language: lang_tag().to_owned(),
        slides: deck_slides,
    };
    super::write(&deck, with_notes)
}

/// The language's tag, as the document properties and the text runs carry it.
pub fn lang_tag() -> &'static str {
    match strings::lang() {
        Lang::Nl => "nl-NL",
        Lang::En => "en-GB",
    }
}

/// One slide: its heading in the title placeholder, what stands above it as a kicker, the
/// blocks below it flowing down the slide.
fn slide(blocks: &[Block], ctx: &Ctx) -> DeckSlide {
    let heading = blocks.iter().enumerate().find_map(|(i, b)| match b {
        Block::Text {
            role: role @ (Role::Title | Role::Display),
            text,
            ..
        } => Some((i, *role, text)),
        _ => None,
    });
    let Some((at, role, title)) = heading else {
        return DeckSlide {
            title: String::new(),
            title_rect: None,
            title_pt: None,
            items: flow(blocks, BODY_TOP, ctx),
            notes: None,
        };
    };
    let (above, below) = (&blocks[..at], &blocks[at + 1..]);
    if role == Role::Display {
        return title_slide(title, below, ctx);
    }
    // A kicker (the stream above a measure's title) stands where the title would; the title
    // moves down by its height.
    let mut items = Vec::new();
    let mut y = template::TITLE_RECT.y;
    for b in above {
        let (mut placed, h) = place(b, y, &[], Type::FULL, GAP, ctx);
        items.append(&mut placed);
        y += h;
    }
    let shift = y - template::TITLE_RECT.y;
    let title_rect = (shift > 0.0).then_some(Rect {
        y: template::TITLE_RECT.y + shift,
        ..template::TITLE_RECT
    });
    items.extend(flow(below, BODY_TOP + shift, ctx));
    DeckSlide {
        title: title.clone(),
        title_rect,
        title_pt: None,
        items,
        notes: None,
    }
}

/// The deck's opening slide: the name in display type a third of the way down, the lines under
/// it after.
fn title_slide(title: &str, below: &[Block], ctx: &Ctx) -> DeckSlide {
    let ty = Type::FULL;
    let size = ty.size(Role::Display);
    let title_h = lines_h(count_lines(title, size, true, FULL), size);
    let (_, rest) = measure(below, ty, GAP, ctx);
    let used = title_h + GAP * 2.0 + rest;
    let top = template::TITLE_RECT.y + ((BOTTOM - template::TITLE_RECT.y - used) * 0.4).max(0.0);
    let rect = Rect::new(MARGIN, top, FULL, title_h);
    let mut items = Vec::new();
    let mut y = top + title_h + GAP * 2.0;
    for b in below {
        let (mut placed, h) = place(b, y, &[], ty, GAP, ctx);
        items.append(&mut placed);
        y += h + GAP;
    }
    DeckSlide {
        title: title.to_owned(),
        title_rect: Some(rect),
        title_pt: Some(size),
        items,
        notes: None,
    }
}

/// The height the blocks take at a type and gap (between them), and each one's.
fn measure(blocks: &[Block], ty: Type, gap: f32, ctx: &Ctx) -> (Vec<f32>, f32) {
    let hs: Vec<f32> = blocks
        .iter()
        .map(|b| place(b, 0.0, &[], ty, gap, ctx).1)
        .collect();
    let total = hs.iter().sum::<f32>() + gap * blocks.len().saturating_sub(1) as f32;
    (hs, total)
}

/// Blocks from `top` down: in a smaller step where they would not fit, the room left shared
/// out between them (a slide with a chart or the timeline lets that take it instead).
fn flow(blocks: &[Block], top: f32, ctx: &Ctx) -> Vec<Item> {
    let fills = blocks
        .iter()
        .any(|b| matches!(b, Block::Chart { .. } | Block::Gantt { .. }));
    let room = BOTTOM - top;
    let mut ty = Type::FULL;
    let mut gap = GAP;
    if !fills && blocks.len() > 1 {
        let mut total = measure(blocks, ty, GAP, ctx).1;
        for scale in Type::STEPS {
            if total <= room {
                break;
            }
            ty = Type { scale };
            total = measure(blocks, ty, GAP, ctx).1;
        }
        let between = (blocks.len() - 1) as f32;
        gap += ((room - total - 1.0) / between).clamp(0.0, SPREAD * GAP);
    } else if fills {
        // The blocks around the chart must leave it room: smaller type where they take much.
        let others: Vec<Block> = blocks
            .iter()
            .filter(|b| !matches!(b, Block::Chart { .. } | Block::Gantt { .. }))
            .cloned()
            .collect();
        for scale in Type::STEPS {
            if measure(&others, ty, GAP, ctx).1 <= room * 0.3 {
                break;
            }
            ty = Type { scale };
        }
    }
    let mut items = Vec::new();
    let mut y = top;
    for (i, b) in blocks.iter().enumerate() {
        let (mut placed, h) = place(b, y, &blocks[i + 1..], ty, gap, ctx);
        items.append(&mut placed);
        y += h + gap;
    }
    items
}

/// One block at `y`: its items and its height. A chart or the timeline takes the room the
/// blocks `after` it leave.
fn place(
    block: &Block,
    y: f32,
    after: &[Block],
    ty: Type,
    gap: f32,
    ctx: &Ctx,
) -> (Vec<Item>, f32) {
    match block {
        Block::Text { role, text, marker } => text_block(*role, text, marker.as_ref(), y, ty),
        Block::Facts(facts) => {
            let lines: Vec<String> = facts.iter().map(|(k, v)| format!("{k}: {v}")).collect();
            text_item(
                &lines.join("\n"),
                ty.body(),
                false,
                text_rgb(),
                MARGIN,
                y,
                FULL,
            )
        }
        Block::Bullets { items, more } => bullets(items, more.as_deref(), y, ty),
        Block::Effect { heads, rows } => super::effect::picture(heads, rows, y, ty),
        Block::Legend(entries) => legend(entries, y, ty),
        Block::Chart { figure } => {
            let reserve = reserve(after, ty, gap, ctx);
            let bottom = (BOTTOM - reserve).max(y + 120.0);
            match ctx.catalogue.figures.iter().find(|f| &f.id == figure) {
                Some(f) => (
                    super::figure::items(f, Rect::new(MARGIN, y, FULL, bottom - y), ty),
                    bottom - y,
                ),
                None => (Vec::new(), 0.0),
            }
        }
        Block::Gantt {
            bars,
            decision,
            more,
        } => {
            let more_h = more.as_ref().map_or(0.0, |m| {
                lines_h(count_lines(m, ty.note(), false, FULL), ty.note())
            });
            let bottom = (BOTTOM - reserve(after, ty, gap, ctx) - more_h).max(y + 120.0);
            let mut items = super::timeline::items(
                bars,
                *decision,
                ctx.today,
                Rect::new(MARGIN, y, FULL, bottom - y),
                ty,
            );
            if let Some(more) = more {
                let (mut m, _) =
                    text_item(more, ty.note(), false, muted_rgb(), MARGIN, bottom, FULL);
                items.append(&mut m);
            }
            (items, bottom - y + more_h)
        }
    }
}

/// The room the blocks after a chart take, with the gaps before them.
fn reserve(after: &[Block], ty: Type, gap: f32, ctx: &Ctx) -> f32 {
    if after.is_empty() {
        return 0.0;
    }
    measure(after, ty, gap, ctx).1 + gap
}

/// A text box as tall as its lines.
pub fn text_item(
    text: &str,
    size: f32,
    bold: bool,
    colour: Rgb,
    x: f32,
    y: f32,
    w: f32,
) -> (Vec<Item>, f32) {
    let h = lines_h(count_lines(text, size, bold, w), size);
    (
        vec![Item::Text {
            rect: Rect::new(x, y, w, h),
            text: text.to_owned(),
            size_pt: size,
            bold,
            colour,
            middle: false,
        }],
        h,
    )
}

/// The shape a verdict is drawn as: the screen's and the paper's, so it reads without colour.
pub fn marker(kind: &VerdictKind, x: f32, y: f32, size: f32) -> Item {
    let (shape, rect) = match kind {
        VerdictKind::Increasing => (ShapeKind::TriangleUp, Rect::new(x, y, size, size)),
        VerdictKind::Decreasing => (ShapeKind::TriangleDown, Rect::new(x, y, size, size)),
        VerdictKind::Mixed { .. } => (ShapeKind::Diamond, Rect::new(x, y, size, size)),
        VerdictKind::Neutral => (
            ShapeKind::Rect,
            Rect::new(x, y + size * 0.375, size, size * 0.25),
        ),
        VerdictKind::MostlyUnknown { .. } | VerdictKind::Empty => {
            (ShapeKind::Ellipse, Rect::new(x, y, size, size))
        }
    };
    Item::Shape {
        rect,
        kind: shape,
        fill: palette::verdict(kind, false),
        label: None,
    }
}

/// A text in its role, wrapped; the verdict's shape before it where given.
fn text_block(
    role: Role,
    text: &str,
    marker_kind: Option<&VerdictKind>,
    y: f32,
    ty: Type,
) -> (Vec<Item>, f32) {
    let size = ty.size(role);
    let bold = matches!(role, Role::Display | Role::Title);
    let colour = if role == Role::Note {
        muted_rgb()
    } else {
        text_rgb()
    };
    let Some(kind) = marker_kind else {
        return text_item(text, size, bold, colour, MARGIN, y, FULL);
    };
    let m = pt_to_design(size) * 0.8;
    let indent = pt_to_design(size) * 1.4;
    let (mut items, h) = text_item(text, size, bold, colour, MARGIN + indent, y, FULL - indent);
    let line = pt_to_design(size * fit::LINE);
    items.push(marker(kind, MARGIN, y + (line - m) / 2.0 + 2.0, m));
    (items, h)
}

/// A list, each item after a bullet; then how many are left to the notes.
fn bullets(items: &[String], more: Option<&str>, y: f32, ty: Type) -> (Vec<Item>, f32) {
    let size = ty.body();
    let inner = FULL - pt_to_design(18.0);
    let lines: usize = items
        .iter()
        .map(|i| count_lines(i, size, false, inner))
        .sum();
    // Each bullet has 0.4 of a line before it (see `slide.rs`).
    let h = lines_h(lines, size) + pt_to_design(size * fit::LINE * 0.4) * items.len() as f32;
    let mut out = vec![Item::Bullets {
        rect: Rect::new(MARGIN, y, FULL, h),
        lines: items.to_vec(),
        size_pt: size,
    }];
    let mut total = h;
    if let Some(more) = more {
        let (mut m, mh) = text_item(more, ty.note(), false, muted_rgb(), MARGIN, y + h, FULL);
        out.append(&mut m);
        total += mh;
    }
    (out, total)
}

/// What the shapes mean, flowing in lines (wrapping between entries, never inside one).
fn legend(entries: &[(VerdictKind, String)], y: f32, ty: Type) -> (Vec<Item>, f32) {
    let size = ty.note();
    let line = lines_h(1, size);
    let m = pt_to_design(size) * 0.8;
    let mut out = Vec::new();
    let (mut x, mut row) = (MARGIN, 0.0f32);
    for (kind, word) in entries {
        let w = pt_to_design(fit::width_pt(word, size, false) + 2.0 * INSET_X_PT) + 4.0;
        let entry = m + 6.0 + w;
        if x > MARGIN && x + entry > MARGIN + FULL {
            x = MARGIN;
            row += line;
        }
        out.push(marker(kind, x, y + row + (line - m) / 2.0, m));
        out.push(Item::Text {
            rect: Rect::new(x + m + 6.0, y + row, w, line),
            text: word.clone(),
            size_pt: size,
            bold: false,
            colour: text_rgb(),
            middle: true,
        });
        x += entry + 24.0;
    }
    (out, row + line)
}
