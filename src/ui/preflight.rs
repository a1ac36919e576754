//! The pre-flight check: every slide laid out at a screen size as the presenter's screen draws
//! it, and what egui actually paints read back — each text's glyphs, its clip rectangle, its
//! size — so the check cannot disagree with the screen.

use egui::epaint::{ClippedShape, Shape};
use egui::{Rect, Vec2};

use super::theme::slide;
use crate::catalogue::Catalogue;
use crate::preflight::{Fault, Problem};
use crate::present::Slide;
use crate::state::presentation::Presentation;

/// Rounding slack, in points: a glyph may touch its edge.
const SLACK: f32 = 1.0;

/// A text as painted: what it says, where its glyphs are, the area it may use, its size.
#[derive(Debug, Clone)]
pub struct Painted {
    pub text: String,
    pub rect: Rect,
    pub clip: Rect,
    pub size: f32,
    pub elided: bool,
}

/// Every text in a frame's shapes, with its clip rectangle.
pub fn painted_texts(shapes: &[ClippedShape]) -> Vec<Painted> {
    fn walk(shape: &Shape, clip: Rect, out: &mut Vec<Painted>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, clip, out)),
            Shape::Text(t) => {
                let text = t.galley.text().to_owned();
                if text.trim().is_empty() {
                    return;
                }
                let size = t
                    .galley
                    .job
                    .sections
                    .iter()
                    .map(|s| s.format.font_id.size)
                    .fold(f32::INFINITY, f32::min);
                out.push(Painted {
                    text,
                    rect: t.visual_bounding_rect(),
                    clip,
                    size,
                    elided: t.galley.elided,
                });
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for s in shapes {
        walk(&s.shape, s.clip_rect, &mut out);
    }
    out
}

/// The faults among a slide's painted texts on a screen of `screen`.
pub fn faults(texts: &[Painted], screen: Rect, private: &[&str]) -> Vec<(String, Fault)> {
    let min = slide::min_text(screen.size());
    let mut out = Vec::new();
    for (i, p) in texts.iter().enumerate() {
        let fault = |f: Fault| (p.text.clone(), f);
        if !screen.expand(SLACK).contains_rect(p.rect) {
            out.push(fault(Fault::OffScreen));
        } else if p.elided || !p.clip.expand(SLACK).contains_rect(p.rect) {
            out.push(fault(Fault::Cut));
        }
        if p.size + 0.01 < min {
            out.push(fault(Fault::TooSmall { px: p.size, min }));
        }
        if private
            .iter()
            .any(|note| !note.trim().is_empty() && p.text.contains(note.trim()))
        {
            out.push(fault(Fault::PrivateNote));
        }
        for q in &texts[i + 1..] {
            let both = p.rect.intersect(q.rect);
            if both.width() > 2.0 * SLACK && both.height() > 2.0 * SLACK {
                out.push(fault(Fault::Overlaps(q.text.clone())));
            }
        }
    }
    out
}

/// Lay out every slide at `size` (dark, as presenter mode draws) and list what does not fit.
pub fn check(slides: &[Slide], catalogue: &Catalogue, size: Vec2) -> Vec<Problem> {
    let ctx = egui::Context::default();
    // As a release build paints: no debug marks (a debug build paints "Unaligned" and the like;
    // release builds have no such setting).
    #[cfg(debug_assertions)]
    ctx.all_styles_mut(|s| s.debug = Default::default());
    let screen = Rect::from_min_size(egui::Pos2::ZERO, size);
    let mut deck = Presentation::new(slides.to_vec());
    let mut out = Vec::new();
    for (index, slide) in slides.iter().enumerate() {
        deck.index = index;
        let texts = painted_texts(&paint(&ctx, &deck, catalogue, screen));
        let notes = private_notes(slide);
        for (text, fault) in faults(&texts, screen, &notes) {
            out.push(Problem {
                slide: index + 1,
                label: slide.label(),
                text,
                fault,
            });
        }
    }
    out
}

/// The meeting's notes on a slide: for the presenter only.
fn private_notes(slide: &Slide) -> Vec<&str> {
    match slide {
        Slide::Measure(m) => vec![m.note.as_str()],
        _ => Vec::new(),
    }
}

/// The shapes of the deck's current slide, once its layout has settled (egui measures some
/// widgets in a first pass and draws them in the next).
fn paint(
    ctx: &egui::Context,
    deck: &Presentation,
    catalogue: &Catalogue,
    screen: Rect,
) -> Vec<ClippedShape> {
    let input = || egui::RawInput {
        screen_rect: Some(screen),
        ..Default::default()
    };
    let mut shapes = Vec::new();
    for _ in 0..3 {
        let mut output = ctx.run_ui(input(), |ui| {
            super::presenter::ui(ui, deck, catalogue);
        });
        // Nothing renders these frames: the font atlas is not uploaded anywhere.
        output.textures_delta.clear();
        shapes = output.shapes;
    }
    shapes
}

/// The check as the presenter reads it: one line per problem, or that every slide fits.
pub fn report(problems: &[Problem], slides: usize, size: Vec2) -> Vec<String> {
    if problems.is_empty() {
        return vec![crate::strings::preflight_ok(slides, size.x, size.y)];
    }
    problems
        .iter()
        .map(|p| crate::strings::preflight_problem(p.slide, &p.label, &p.text, &p.fault))
        .collect()
}
