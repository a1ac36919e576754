//! Presenter mode: full screen, large type, high contrast, driven by a clicker. Nothing on the
//! slides a minister should not see: no ids, no paths, no editing controls. Clicks change nothing.

use egui::{FontId, RichText};

use super::theme::{self, slide};
use crate::catalogue::Catalogue;
use crate::command::{SlideCommand, slide_command};
use crate::effect::VerdictKind;
use crate::present::{Block, Role, Slide, StreamPicture};
use crate::state::presentation::Presentation;
use crate::strings::{self, t};

/// The clicker's keys this frame, as commands. Keys are consumed, so a key acts once even when
/// egui runs a second pass.
pub fn keys(ctx: &egui::Context) -> Vec<SlideCommand> {
    ctx.input_mut(|i| {
        let mut out = Vec::new();
        i.events.retain(|e| {
            let egui::Event::Key {
                key, pressed: true, ..
            } = e
            else {
                return true;
            };
            match slide_command(*key) {
                Some(c) => {
                    out.push(c);
                    false
                }
                None => true,
            }
        });
        out
    })
}

/// Where a slide's parts go on the screen: the content, and below it a band of its own for the
/// counter and the presenter's questions, so neither is ever drawn over the content.
pub struct Frame {
    pub scale: f32,
    pub content: egui::Rect,
    pub band: egui::Rect,
}

impl Frame {
    /// A full screen, at the screen's scale.
    pub fn of(screen: egui::Rect) -> Self {
        Self::at(screen, slide::scale(screen.size()))
    }

    /// A slide drawn in `screen` at `scale` (the presenter's preview of the next slide is one
    /// drawn small).
    pub fn at(screen: egui::Rect, scale: f32) -> Self {
        // Whole pixels, so text lands on the pixel grid at any scale.
        let margin = (slide::MARGIN * scale).round();
        let band_h = (1.6 * slide::NOTE * scale).round();
        let inner = screen.shrink2(margin);
        Self {
            scale,
            content: egui::Rect::from_min_max(inner.min, inner.max - egui::vec2(0.0, band_h)),
            band: egui::Rect::from_min_max(
                egui::pos2(inner.left(), inner.bottom() - band_h),
                inner.max,
            ),
        }
    }
}

/// Draw the current slide full screen. Presenter lock: the slide takes no clicks.
pub fn ui(ui: &mut egui::Ui, p: &Presentation, catalogue: &Catalogue) {
    let rect = ui.max_rect();
    ui.painter().rect_filled(rect, 0.0, slide::BACKGROUND);
    if p.blank {
        return;
    }
    let frame = Frame::of(rect);
    let s = frame.scale;
    // High contrast: dark visuals (so strong text and table stripes are light on black).
    ui.style_mut().visuals = egui::Visuals::dark();
    ui.style_mut().visuals.override_text_color = Some(slide::TEXT);
    if p.grid {
        ui.scope_builder(egui::UiBuilder::new().max_rect(frame.content), |ui| {
            grid_ui(ui, p, s);
        });
        return;
    }
    if let Some(current) = p.current() {
        draw_slide(ui, current, catalogue, &frame);
    }
    band(ui, p, &frame);
}

/// Draw one slide's content in its frame, as the full screen lays it out: the presenter's
/// window draws the next slide with it, small.
pub fn draw_slide(ui: &mut egui::Ui, slide: &Slide, catalogue: &Catalogue, frame: &Frame) {
    let blocks = slide.blocks(catalogue);
    let (top, gap) = spread(ui, &blocks, catalogue, frame, slide.is_title());
    ui.scope_builder(egui::UiBuilder::new().max_rect(frame.content), |ui| {
        ui.add_space(top);
        draw_blocks(ui, &blocks, catalogue, frame.scale, gap);
    });
}

/// The space above the content and between blocks that lets a text slide use its height at
/// the deck's one type size: the content is measured unseen, and what is left is shared out
/// (up to a limit); a title slide stands in the middle.
fn spread(
    ui: &mut egui::Ui,
    blocks: &[Block],
    catalogue: &Catalogue,
    frame: &Frame,
    centred: bool,
) -> (f32, f32) {
    let s = frame.scale;
    let gap = slide::GAP * s;
    let fills = blocks
        .iter()
        .any(|b| matches!(b, Block::Chart { .. } | Block::Gantt { .. }));
    if fills || blocks.len() < 2 {
        return (0.0, gap);
    }
    let mut probe = ui.new_child(
        egui::UiBuilder::new()
            .id_salt("fit-probe")
            .max_rect(frame.content)
            .sizing_pass()
            .invisible(),
    );
    draw_blocks(&mut probe, blocks, catalogue, s, gap);
    let spare = (frame.content.height() - probe.min_rect().height()).max(0.0);
    if centred {
        return (spare * 0.45, gap);
    }
    let extra = (spare / (blocks.len() - 1) as f32).clamp(0.0, 2.5 * gap);
    (0.0, gap + extra)
}

/// The band under the content: a question the presenter's key raised on the left (nothing
/// private in it), the slide counter on the right.
fn band(ui: &mut egui::Ui, p: &Presentation, frame: &Frame) {
    let size = slide::NOTE * frame.scale;
    let counter = format!("{} / {}", p.index + 1, p.slides.len());
    let font = FontId::proportional(size);
    let counter_w = ui
        .painter()
        .layout_no_wrap(counter.clone(), font.clone(), slide::FOOTER)
        .size()
        .x;
    let at = egui::Rect::from_min_max(
        egui::pos2(frame.band.right() - counter_w, frame.band.top()),
        frame.band.max,
    );
    let label = egui::Label::new(RichText::new(counter).font(font).color(slide::FOOTER));
    let shown = ui.put(at, label);
    // A screen reader hears each slide change: where we are, and the slide's title.
    let said = format!(
        "{}: {}",
        strings::slide_of(p.index + 1, p.slides.len()),
        p.current().map(Slide::label).unwrap_or_default()
    );
    ui.ctx().accesskit_node_builder(shown.id, |node| {
        node.set_label(said);
        node.set_live(egui::accesskit::Live::Polite);
    });
    let question = if p.confirm_leave {
        t().present_confirm_leave
    } else if p.confirm_presenter_view {
        t().present_confirm_view
    } else if let Some(why) = super::presenter_view::refusal_text(p) {
        why
    } else {
        return;
    };
    let area = egui::Rect::from_min_max(
        frame.band.min,
        egui::pos2(
            frame.band.right() - counter_w - 2.0 * size,
            frame.band.bottom(),
        ),
    );
    let label = RichText::new(question).size(size).color(slide::FOOTER);
    ui.scope_builder(
        egui::UiBuilder::new()
            .max_rect(area)
            .layout(egui::Layout::left_to_right(egui::Align::Center)),
        |ui| {
            ui.add(egui::Label::new(label).truncate());
        },
    );
}

fn grid_ui(ui: &mut egui::Ui, p: &Presentation, scale: f32) {
    ui.label(RichText::new(t().overview_hint).size(slide::role_size(Role::Body) * scale));
    ui.add_space(12.0 * scale);
    // Left-aligned in a fixed cell: a justified layout would letter-space short titles.
    let cell = egui::vec2(300.0 * scale, 60.0 * scale);
    // A long deck is shown a screenful at a time: the one holding the current slide.
    let spacing = ui.spacing().item_spacing;
    let cols = ((ui.available_width() + spacing.x) / (cell.x + spacing.x))
        .floor()
        .max(1.0);
    let rows = ((ui.available_height() + spacing.y) / (cell.y + spacing.y))
        .floor()
        .max(1.0);
    let per_page = (cols * rows) as usize;
    let first = p.index / per_page * per_page;
    ui.horizontal_wrapped(|ui| {
        for (i, s) in p.slides.iter().enumerate().skip(first).take(per_page) {
            let current = i == p.index;
            let text = RichText::new(format!(
                "{}. {}",
                i + 1,
                strings::short_title(&s.label(), 40)
            ))
            .size(slide::NOTE * scale);
            let text = if current {
                text.strong().color(slide::CURRENT)
            } else {
                text
            };
            ui.allocate_ui_with_layout(cell, egui::Layout::top_down(egui::Align::Min), |ui| {
                ui.set_min_size(cell);
                ui.add(egui::Label::new(text).wrap());
            });
        }
    });
}

fn size(role: Role, s: f32) -> f32 {
    slide::role_size(role) * s
}

fn draw_blocks(ui: &mut egui::Ui, blocks: &[Block], catalogue: &Catalogue, s: f32, gap: f32) {
    ui.spacing_mut().item_spacing.y = 2.0 * s;
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            ui.add_space(gap);
        }
        match block {
            Block::Text { role, text, marker } => line(ui, *role, text, marker.as_ref(), s),
            Block::Facts(facts) => {
                for (k, v) in facts {
                    big(ui, format!("{k}: {v}"), size(Role::Body, s));
                }
            }
            Block::Bullets { items, more } => {
                for item in items {
                    big(ui, format!("•  {item}"), size(Role::Body, s));
                }
                if let Some(more) = more {
                    big(ui, more.clone(), size(Role::Note, s));
                }
            }
            Block::Effect { heads, rows } => effect_grid(ui, heads, rows, s),
            Block::Legend(entries) => legend(ui, entries, s),
            Block::Chart { figure } => {
                if let Some(f) = catalogue.figures.iter().find(|g| &g.id == figure) {
                    let reserve = height_of_texts(ui, &blocks[i + 1..], s, gap);
                    chart(ui, f, reserve, s);
                }
            }
            Block::Gantt {
                bars,
                decision,
                more,
            } => {
                let reserve = if more.is_some() {
                    1.5 * size(Role::Note, s)
                } else {
                    0.0
                };
                let mut area = ui.available_rect_before_wrap();
                area.max.y -= reserve;
                ui.scope_builder(egui::UiBuilder::new().max_rect(area), |ui| {
                    // The chart paints into the whole area: take all of it.
                    ui.set_min_size(area.size());
                    super::gantt::ui(ui, bars, *decision, s);
                });
                if let Some(more) = more {
                    big(ui, more.clone(), size(Role::Note, s));
                }
            }
        }
    }
}

/// A line of text in its role, with the verdict's shape before it where given.
fn line(ui: &mut egui::Ui, role: Role, text: &str, marker: Option<&VerdictKind>, s: f32) {
    let px = size(role, s);
    match marker {
        Some(kind) => {
            ui.horizontal_top(|ui| {
                super::marker::show(ui, kind, px, theme::verdict_color(kind, true));
                big(ui, text, px);
            });
        }
        None => big(ui, text, px),
    }
}

/// How tall the texts among `blocks` are at this width: the room a chart leaves below itself.
fn height_of_texts(ui: &egui::Ui, blocks: &[Block], s: f32, gap: f32) -> f32 {
    let width = ui.available_width();
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Text { role, text, .. } => {
                let font = FontId::proportional(size(*role, s));
                let galley = ui.painter().layout(text.clone(), font, slide::TEXT, width);
                Some(galley.size().y + gap)
            }
            _ => None,
        })
        .sum()
}

/// A figure's chart in the room left, keeping `reserve` below it for the texts still to come.
fn chart(ui: &mut egui::Ui, f: &crate::catalogue::figures::Figure, reserve: f32, s: f32) {
    let mut area = ui.available_rect_before_wrap();
    area.max.y -= reserve;
    let drawn = ui
        .scope_builder(egui::UiBuilder::new().max_rect(area), |ui| {
            for (_, font) in ui.style_mut().text_styles.iter_mut() {
                font.size = font.size.max(slide::NOTE * s);
            }
            super::figures_view::chart_or_table(ui, f, super::figures_view::ChartUse::Still);
        })
        .response;
    // A picture of numbers: a screen reader gets the numbers themselves.
    let alt = crate::strings::figure_alt(f);
    ui.interact(
        drawn.rect,
        ui.scope_id().with("chart-alt").with(&f.id),
        egui::Sense::hover(),
    )
    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &alt));
}

/// The effect picture: per stream its marker, name and verdict, then its direction per term in
/// fixed columns. Shape and colour say the same, so it reads in black and white.
fn effect_grid(ui: &mut egui::Ui, heads: &[String], rows: &[StreamPicture], s: f32) {
    let dark = true;
    // Fixed column shares: a grid would squeeze wrapped words to a letter per line.
    let width = ui.available_width();
    let name_w = width * 0.34;
    let gutter = 12.0 * s;
    let term_w = (width - name_w) / heads.len().max(1) as f32 - gutter;
    let (body, note) = (size(Role::Body, s), size(Role::Note, s));
    let cell = |ui: &mut egui::Ui, w: f32, add: &mut dyn FnMut(&mut egui::Ui)| {
        ui.allocate_ui_with_layout(
            egui::vec2(w, 0.0),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_width(w);
                add(ui);
            },
        );
    };
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = gutter;
        cell(ui, name_w, &mut |_| {});
        for head in heads {
            cell(ui, term_w, &mut |ui| big(ui, head.clone(), note));
        }
    });
    for row in rows {
        ui.separator();
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gutter;
            cell(ui, name_w, &mut |ui| {
                line(ui, Role::Body, &row.name, Some(&row.kind), s);
                big(ui, row.words.clone(), note);
            });
            for term in &row.terms {
                cell(ui, term_w, &mut |ui| match term {
                    Some((kind, words)) => {
                        ui.horizontal_top(|ui| {
                            let color = theme::verdict_color(kind, dark);
                            super::marker::show(ui, kind, note, color);
                            big(ui, words.clone(), note);
                        });
                    }
                    None => {
                        ui.label(RichText::new("—").size(body).color(slide::FOOTER));
                    }
                });
            }
        });
    }
    ui.separator();
}

/// What the shapes mean, in one line (wrapping between entries, never inside one).
fn legend(ui: &mut egui::Ui, entries: &[(VerdictKind, String)], s: f32) {
    let note = size(Role::Note, s);
    ui.horizontal_wrapped(|ui| {
        for (kind, word) in entries {
            ui.scope(|ui| {
                ui.spacing_mut().item_spacing.x = 6.0 * s;
                super::marker::show(ui, kind, note, theme::verdict_color(kind, true));
                ui.label(RichText::new(word).size(note));
            });
            ui.add_space(18.0 * s);
        }
    });
}

fn big(ui: &mut egui::Ui, text: impl Into<String>, size: f32) {
    ui.add(egui::Label::new(RichText::new(text).size(size)).wrap());
}
