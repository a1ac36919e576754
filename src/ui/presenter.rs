//! Presenter mode: full screen, large type, high contrast, driven by a clicker. Nothing on the
//! slides a minister should not see: no ids, no paths, no editing controls. Clicks change nothing.

use egui::{FontId, RichText};

use super::theme::{self, slide};
use crate::app::presentation::Presentation;
use crate::catalogue::Catalogue;
use crate::catalogue::figures::FigureKind;
use crate::command::{SlideCommand, slide_command};
use crate::effect::VerdictKind;
use crate::present::{Slide, StreamPicture, TERMS};
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

/// Draw the current slide full screen. Presenter lock: the slide takes no clicks.
pub fn ui(ui: &mut egui::Ui, p: &Presentation, catalogue: &Catalogue) {
    let rect = ui.max_rect();
    // Scale type with the screen: 1366×768 is the smallest projector we design for.
    let scale = (rect.width() / 1366.0)
        .min(rect.height() / 768.0)
        .clamp(0.6, 2.5);
    ui.painter().rect_filled(rect, 0.0, slide::BACKGROUND);
    if p.blank {
        return;
    }
    let frame = egui::Frame::NONE.inner_margin(egui::Margin::same((40.0 * scale) as i8));
    frame.show(ui, |ui| {
        // High contrast: dark visuals (so strong text and table stripes are light on black).
        ui.style_mut().visuals = egui::Visuals::dark();
        ui.style_mut().visuals.override_text_color = Some(slide::TEXT);
        if p.grid {
            grid_ui(ui, p, scale);
            return;
        }
        if let Some(slide) = p.current() {
            let boost = fill(ui, slide, catalogue, scale);
            draw_slide(ui, slide, catalogue, scale * boost);
        }
        questions(ui, p, rect, scale);
        let footer = format!("{} / {}", p.index + 1, p.slides.len());
        ui.painter().text(
            rect.right_bottom() - egui::vec2(24.0, 16.0) * scale,
            egui::Align2::RIGHT_BOTTOM,
            footer,
            FontId::proportional(slide::FOOTER_SIZE * scale),
            slide::FOOTER,
        );
    });
}

/// The most a text slide's type grows to fill the screen.
const MAX_BOOST: f32 = 1.6;

/// How much larger a text slide can be drawn and still fit: the content is measured unseen,
/// so a short slide fills the screen instead of its top half. Charts size themselves.
fn fill(ui: &mut egui::Ui, slide: &Slide, catalogue: &Catalogue, scale: f32) -> f32 {
    let chart = match slide {
        Slide::Timeline { .. } => true,
        Slide::Figure { figure, .. } => catalogue
            .figures
            .iter()
            .find(|f| &f.id == figure)
            .is_none_or(|f| !matches!(f.kind, FigureKind::Table | FigureKind::Matrix)),
        _ => false,
    };
    if chart {
        return 1.0;
    }
    // Room for the footer and a question line below the content.
    let room = ui.available_height() - 3.0 * slide::FOOTER_SIZE * scale;
    let mut measure = |s: f32| {
        // Its own ids: the probe's widgets must not clash with the drawn slide's.
        let mut probe = ui.new_child(
            egui::UiBuilder::new()
                .id_salt(("fit-probe", s.to_bits()))
                .max_rect(ui.available_rect_before_wrap())
                .sizing_pass()
                .invisible(),
        );
        draw_slide(&mut probe, slide, catalogue, s);
        probe.min_rect().height()
    };
    let height = measure(scale);
    if height <= 0.0 || height >= room {
        return 1.0;
    }
    let boost = (room / height).min(MAX_BOOST);
    // Wider type wraps into more lines: measure again and settle for what fits.
    let grown = measure(scale * boost);
    if grown <= room {
        boost
    } else {
        (boost * room / grown).max(1.0)
    }
}

/// A question the presenter's key raised, small at the bottom left: nothing private in it.
fn questions(ui: &mut egui::Ui, p: &Presentation, rect: egui::Rect, scale: f32) {
    let text = if p.confirm_leave {
        t().present_confirm_leave
    } else if p.confirm_presenter_view {
        t().present_confirm_view
    } else {
        return;
    };
    let size = slide::FOOTER_SIZE * scale;
    let area = egui::Rect::from_min_size(
        rect.left_bottom() + egui::vec2(24.0 * scale, -3.0 * size),
        egui::vec2(rect.width() * 0.7, 2.5 * size),
    );
    let label = RichText::new(text).size(size).color(slide::FOOTER);
    ui.scope_builder(egui::UiBuilder::new().max_rect(area), |ui| {
        ui.add(egui::Label::new(label).wrap());
    });
}

fn grid_ui(ui: &mut egui::Ui, p: &Presentation, scale: f32) {
    ui.label(RichText::new(t().overview_hint).size(slide::OVERVIEW * scale));
    ui.add_space(12.0 * scale);
    ui.horizontal_wrapped(|ui| {
        for (i, s) in p.slides.iter().enumerate() {
            let current = i == p.index;
            let text = RichText::new(format!("{}. {}", i + 1, short(&s.label(), 40)))
                .size(slide::SMALL * scale);
            let text = if current {
                text.strong().color(slide::CURRENT)
            } else {
                text
            };
            // Left-aligned in a fixed cell: a justified layout would letter-space short titles.
            let cell = egui::vec2(300.0 * scale, 60.0 * scale);
            ui.allocate_ui_with_layout(cell, egui::Layout::top_down(egui::Align::Min), |ui| {
                ui.set_min_size(cell);
                ui.add(egui::Label::new(text).wrap());
            });
        }
    });
}

fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

/// The effect slide: per stream a large marker and its verdict, then its direction per term,
/// and a legend for the shapes. Shape and colour say the same, so it reads in black and white.
fn effect_picture(
    ui: &mut egui::Ui,
    overall: &str,
    overall_kind: &VerdictKind,
    picture: &[StreamPicture],
    weighted: bool,
    read: Option<&str>,
    s: f32,
) {
    let dark = true;
    big(ui, t().slide_effect_title, slide::HEADING * s);
    ui.add_space(10.0 * s);
    ui.horizontal(|ui| {
        let color = theme::verdict_color(overall_kind, dark);
        super::marker::show(ui, overall_kind, slide::LEAD * s, color);
        big(
            ui,
            format!("{}: {overall}", t().on_balance),
            slide::LEAD * s,
        );
    });
    // Beside the sources' picture, labelled: what the meeting itself expects.
    if let Some(read) = read {
        big(ui, format!("{} {read}", t().besides), slide::SECONDARY * s);
    }
    if weighted {
        big(ui, t().slide_weighted, slide::SECONDARY * s);
    }
    ui.add_space(20.0 * s);
    // Fixed column shares: a grid would squeeze wrapped words to a letter per line.
    let width = ui.available_width();
    let name_w = width * 0.32;
    let term_w = (width - name_w) / TERMS.len() as f32 - 12.0 * s;
    let mark = slide::BODY * 1.2 * s;
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
        cell(ui, name_w, &mut |_| {});
        for term in TERMS {
            let head = term.map_or(t().slide_term_unknown, strings::term);
            cell(ui, term_w, &mut |ui| big(ui, head, slide::SMALL * s));
        }
    });
    for row in picture {
        ui.add_space(14.0 * s);
        ui.separator();
        ui.horizontal_top(|ui| {
            cell(ui, name_w, &mut |ui| {
                ui.horizontal(|ui| {
                    let color = theme::verdict_color(&row.kind, dark);
                    super::marker::show(ui, &row.kind, slide::LEAD * s, color);
                    big(ui, row.name.clone(), slide::LEAD * s);
                });
                big(ui, row.words.clone(), slide::SMALL * s);
            });
            for term in &row.terms {
                cell(ui, term_w, &mut |ui| match term {
                    Some((kind, words)) => {
                        let color = theme::verdict_color(kind, dark);
                        super::marker::show(ui, kind, mark, color);
                        big(ui, words.clone(), slide::SMALL * s);
                    }
                    None => {
                        ui.label(
                            RichText::new("—")
                                .size(slide::BODY * s)
                                .color(slide::FOOTER),
                        );
                    }
                });
            }
        });
    }
    ui.add_space(20.0 * s);
    legend(ui, s);
    big(ui, t().slide_effect_caveat, slide::SMALL * s);
}

/// What the shapes mean, in one line.
fn legend(ui: &mut egui::Ui, s: f32) {
    let kinds = crate::present::LEGEND;
    ui.horizontal_wrapped(|ui| {
        for (kind, word) in kinds.iter().zip(t().slide_legend) {
            let color = theme::verdict_color(kind, true);
            super::marker::show(ui, kind, slide::SMALL * s, color);
            ui.label(RichText::new(word).size(slide::SMALL * s));
            ui.add_space(18.0 * s);
        }
    });
}

fn big(ui: &mut egui::Ui, text: impl Into<String>, size: f32) {
    ui.add(egui::Label::new(RichText::new(text).size(size)).wrap());
}

pub fn draw_slide(ui: &mut egui::Ui, slide: &Slide, catalogue: &Catalogue, s: f32) {
    match slide {
        Slide::Title { title, subtitle } => {
            ui.add_space(160.0 * s);
            big(ui, title.clone(), slide::TITLE * s);
            ui.add_space(slide::SECONDARY * s);
            big(ui, subtitle.clone(), slide::SUBTITLE * s);
        }
        Slide::Combined {
            overall,
            overall_kind,
            picture,
            weighted,
            read,
            ..
        } => effect_picture(
            ui,
            overall,
            overall_kind,
            picture,
            *weighted,
            read.as_deref(),
            s,
        ),
        Slide::Measure(m) => {
            big(ui, m.stream.clone(), slide::SECONDARY * s);
            big(ui, m.title.clone(), slide::HEADING * s);
            ui.add_space(14.0 * s);
            big(
                ui,
                format!("{}: {}  ({})", t().effect, m.symbol, m.words),
                slide::LEAD * s,
            );
            for extra in [&m.from_text, &m.reading].into_iter().flatten() {
                big(ui, extra.clone(), slide::SECONDARY * s);
            }
            if let Some(v) = &m.variant {
                big(
                    ui,
                    format!("{}: {v}", t().variant_label),
                    slide::SECONDARY * s,
                );
            }
            ui.add_space(10.0 * s);
            for (k, v) in [
                (t().term_label, &m.horizon),
                (t().needs, &m.instrument),
                (t().implementation, &m.implementation),
                (t().meeting_status, &m.status),
            ] {
                big(ui, format!("{k}: {v}"), slide::BODY * s);
            }
            ui.add_space(14.0 * s);
            big(ui, m.summary.clone(), slide::SECONDARY * s);
            if let Some(f) = m
                .figure
                .as_ref()
                .and_then(|id| catalogue.figures.iter().find(|g| &g.id == id))
            {
                ui.add_space(10.0 * s);
                big(
                    ui,
                    format!("{}: {}", t().figures_label, f.title),
                    slide::SECONDARY * s,
                );
            }
        }
        Slide::Figure { figure, .. } => {
            if let Some(f) = catalogue.figures.iter().find(|g| &g.id == figure) {
                big(ui, f.title.clone(), slide::HEADING * s);
                big(
                    ui,
                    format!("{}: {}", t().unit, f.unit),
                    slide::SECONDARY * s,
                );
                ui.add_space(10.0 * s);
                ui.scope(|ui| {
                    ui.style_mut().override_text_style = None;
                    for (_, font) in ui.style_mut().text_styles.iter_mut() {
                        font.size *= 1.3 * s;
                    }
                    super::figures_view::chart_or_table(ui, f);
                });
                // The figure's notes are about the data, for whoever checks it: not on a slide.
                let doc = catalogue
                    .document(&f.source.doc)
                    .map_or(String::new(), |d| d.title.clone());
                big(
                    ui,
                    format!("{}: {doc}, {}", t().source, f.source.at),
                    slide::SECONDARY * s,
                );
            }
        }
        Slide::Timeline {
            headline,
            bars,
            decision,
            ..
        } => {
            big(ui, t().timeline, slide::HEADING * s);
            big(ui, headline.clone(), slide::SECONDARY * s);
            ui.add_space(12.0 * s);
            super::gantt::ui(ui, bars, *decision, s);
        }
        Slide::Attention { items } => {
            big(ui, t().attention, slide::HEADING * s);
            ui.add_space(16.0 * s);
            // A slide holds what a room can read; the rest is in the note.
            const SHOWN: usize = 6;
            for i in items.iter().take(SHOWN) {
                big(ui, format!("• {i}"), slide::BODY * s);
                ui.add_space(6.0 * s);
            }
            if items.len() > SHOWN {
                let more = u32::try_from(items.len() - SHOWN).unwrap_or(u32::MAX);
                big(ui, t().and_more(more), slide::SECONDARY * s);
            }
        }
        Slide::Needs { lines } => {
            big(ui, t().what_package_needs, slide::HEADING * s);
            ui.add_space(16.0 * s);
            for l in lines {
                big(ui, format!("• {l}"), slide::SUBTITLE * s);
            }
        }
        Slide::Track {
            number,
            title,
            question,
            measures,
        } => {
            big(ui, strings::track(*number), slide::BODY * s);
            big(ui, title.clone(), slide::HEADING * s);
            ui.add_space(12.0 * s);
            if !question.is_empty() {
                big(ui, question.clone(), slide::SECONDARY * s);
                ui.add_space(12.0 * s);
            }
            for m in measures {
                big(ui, format!("• {m}"), slide::SECONDARY * s);
            }
        }
    }
}
