//! The presenter's own window, on a screen the room does not see: where we are, the time, what
//! comes next, and the meeting's notes in type that reads at arm's length. It opens only where
//! `app::screens` found a second screen; the slide's question line says why when it does not.

use egui::RichText;

use super::theme::slide;
use crate::catalogue::Catalogue;
use crate::command::SlideCommand;
use crate::present::Slide;
use crate::state::clock::Clock;
use crate::state::presentation::Presentation;
use crate::state::screens::Reason;
use crate::strings::t;

/// The notes: read while talking, so never below 22 points.
const NOTES: f32 = 24.0;
/// The slide number, the clock and the next slide's title.
const LARGE: f32 = 32.0;

/// Show the presenter view while it is open. The clicker works from it too; its close button
/// closes it (as a command, like every other change).
pub fn show(
    ctx: &egui::Context,
    p: &Presentation,
    catalogue: &Catalogue,
    clock: &Clock,
    commands: &mut Vec<SlideCommand>,
) {
    if !p.presenter_view {
        return;
    }
    // Opened only with a place on another screen: without one it stays shut.
    let Some(at) = p.presenter_at else {
        return;
    };
    let builder = egui::ViewportBuilder::default()
        .with_title(t().presenter_view_title)
        .with_position(at.position())
        .with_inner_size(at.inner_size());
    ctx.show_viewport_immediate(
        egui::ViewportId::from_hash_of("knoppen-presenter-view"),
        builder,
        |ui, _class| {
            commands.extend(super::presenter::keys(ui.ctx()));
            if ui.ctx().input(|i| i.viewport().close_requested()) {
                commands.push(SlideCommand::ClosePresenterView);
            }
            egui::CentralPanel::default_margins().show(ui, |ui| view_ui(ui, p, catalogue, clock));
        },
    );
}

fn view_ui(ui: &mut egui::Ui, p: &Presentation, catalogue: &Catalogue, clock: &Clock) {
    let current = p.current();
    let next = p.slides.get(p.index + 1);
    ui.horizontal(|ui| {
        let number = format!("{} / {}", p.index + 1, p.slides.len());
        ui.label(RichText::new(number).size(LARGE).strong());
        ui.add_space(LARGE);
        ui.label(RichText::new(&clock.time).size(LARGE));
        ui.add_space(LARGE);
        ui.label(RichText::new(format!("{} {}", t().elapsed, clock.elapsed)).size(LARGE));
    });
    ui.separator();
    ui.columns(2, |columns| {
        let [left, right] = columns else {
            return;
        };
        left.add(
            egui::Label::new(
                RichText::new(format!(
                    "{}: {}",
                    t().now,
                    current.map(Slide::label).unwrap_or_default()
                ))
                .size(slide::VIEW_TEXT),
            )
            .wrap(),
        );
        left.add_space(8.0);
        left.label(RichText::new(t().notes).size(slide::VIEW_TEXT).strong());
        let notes = current.map(Slide::notes).unwrap_or_default();
        let notes = if notes.is_empty() {
            "—".to_owned()
        } else {
            notes
        };
        egui::ScrollArea::vertical()
            .id_salt("presenter-notes")
            .auto_shrink([false, false])
            .show(left, |ui| {
                ui.add(egui::Label::new(RichText::new(notes).size(NOTES)).wrap());
            });

        let title = next.map(Slide::label).unwrap_or_else(|| t().the_end.into());
        right.add(
            egui::Label::new(RichText::new(format!("{}: {title}", t().next)).size(LARGE)).wrap(),
        );
        if let Some(next) = next {
            right.add_space(8.0);
            preview(right, next, catalogue);
        }
    });
}

/// The next slide as the room will see it, small: black, the slide's type scaled down, cut
/// to its frame.
fn preview(ui: &mut egui::Ui, next: &Slide, catalogue: &Catalogue) {
    let design = slide::DESIGN;
    let width = ui
        .available_width()
        .min(ui.available_height() * design.x / design.y)
        .max(1.0);
    let (rect, _) = ui.allocate_exact_size(design * (width / design.x), egui::Sense::hover());
    ui.painter().rect_filled(rect, 4.0, slide::BACKGROUND);
    // The slide's own frame, at the preview's scale: the same layout, small.
    let frame = super::presenter::Frame::at(rect, width / design.x);
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .id_salt("presenter-next-slide")
            .max_rect(rect),
    );
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    child.style_mut().visuals = egui::Visuals::dark();
    child.style_mut().visuals.override_text_color = Some(slide::TEXT);
    super::presenter::draw_slide(&mut child, next, catalogue, &frame);
}

/// Why P did not open the presenter view (or why it closed), in the user's words: the slide's
/// band says it where the question stood.
pub fn refusal_text(p: &Presentation) -> Option<&'static str> {
    let refusal = p.view_refused?;
    Some(if refusal.closed {
        t().view_closed
    } else {
        match refusal.reason {
            Reason::OneScreen => t().view_refused_one_screen,
            Reason::Mirrored => t().view_refused_mirrored,
            Reason::Unknown => t().view_refused_unknown,
        }
    })
}
