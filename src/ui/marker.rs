//! The direction of a verdict as a shape, so it reads without colour: a triangle up (raises
//! inflow), down (limits it), a diamond (both ways), a bar (neutral), a ring (mostly unknown).
//! The colour repeats it. Used by the package panel and the effect slide.

use crate::effect::VerdictKind;

/// Paint the marker for `kind` inside `rect`.
pub fn paint(painter: &egui::Painter, rect: egui::Rect, kind: &VerdictKind, color: egui::Color32) {
    let r = rect.shrink(rect.width() * 0.1);
    let poly =
        |points: Vec<egui::Pos2>| egui::Shape::convex_polygon(points, color, egui::Stroke::NONE);
    let c = r.center();
    match kind {
        VerdictKind::Increasing => {
            painter.add(poly(vec![
                r.center_top(),
                r.right_bottom(),
                r.left_bottom(),
            ]));
        }
        VerdictKind::Decreasing => {
            painter.add(poly(vec![r.left_top(), r.right_top(), r.center_bottom()]));
        }
        VerdictKind::Mixed { .. } => {
            painter.add(poly(vec![
                r.center_top(),
                egui::pos2(r.right(), c.y),
                r.center_bottom(),
                egui::pos2(r.left(), c.y),
            ]));
        }
        VerdictKind::Neutral => {
            let bar = egui::Rect::from_center_size(c, egui::vec2(r.width(), r.height() * 0.25));
            painter.rect_filled(bar, 1.0, color);
        }
        VerdictKind::MostlyUnknown { .. } | VerdictKind::Empty => {
            let stroke = (r.width() * 0.15).max(2.0);
            painter.circle_stroke(
                c,
                (r.width() - stroke) / 2.0,
                egui::Stroke::new(stroke, color),
            );
        }
    }
}

/// Allocate a square of `size` points and paint the marker in it.
pub fn show(ui: &mut egui::Ui, kind: &VerdictKind, size: f32, color: egui::Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    paint(ui.painter(), rect, kind, color);
}
