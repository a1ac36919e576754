//! Two or three packages side by side: which measures differ, and how the verdicts differ.

use egui::RichText;

use super::theme;
use crate::catalogue::{Catalogue, Stream};
use crate::command::Command;
use crate::effect::Assessment;
use crate::package::Package;
use crate::presets::PRESETS;
use crate::strings::{self, t};

pub fn ui(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    current: &Package,
    others: &[Package],
    current_assessment: &Assessment,
    other_assessments: &[Assessment],
    commands: &mut Vec<Command>,
) {
    ui.heading(t().compare);
    toolbar(ui, others, commands);
    if others.is_empty() {
        ui.label(t().compare_how);
        return;
    }
    let packages: Vec<&Package> = std::iter::once(current).chain(others.iter()).collect();
    let assessments: Vec<&Assessment> = std::iter::once(current_assessment)
        .chain(other_assessments)
        .collect();
    let differing = crate::comparison::differing(&packages, catalogue);
    let titles: Vec<String> = differing
        .iter()
        .map(|id| {
            catalogue.get(id).map_or(id.to_owned(), |m| {
                format!("{} ({})", m.title, m.effect_text())
            })
        })
        .collect();
    let widths = Widths::of(ui, &titles, &packages);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(
                RichText::new(t().compare_verdicts)
                    .strong()
                    .size(theme::SECTION),
            );
            verdict_grid(ui, &packages, &assessments, &widths);
            ui.add_space(theme::GAP_L);
            ui.label(
                RichText::new(t().compare_differing)
                    .strong()
                    .size(theme::SECTION),
            );
            if differing.is_empty() {
                ui.label(t().compare_same);
            }
            egui::Grid::new("compare-measures")
                .striped(true)
                .num_columns(packages.len() + 1)
                .show(ui, |ui| {
                    header_row(ui, &packages, &widths);
                    for (id, title) in differing.iter().zip(&titles) {
                        wrapped(ui, title.as_str().into(), widths.label);
                        for p in &packages {
                            ui.label(if p.contains(id) {
                                t().compare_in
                            } else {
                                t().none
                            });
                        }
                        ui.end_row();
                    }
                });
        });
}

/// Add a package to compare (an example or a file), or remove one.
fn toolbar(ui: &mut egui::Ui, others: &[Package], commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        if others.len() < 2 {
            ui.menu_button(t().compare_add_preset, |ui| {
                for (i, p) in PRESETS.iter().enumerate() {
                    if ui.button(p.name).clicked() {
                        commands.push(Command::ComparePreset(i));
                    }
                }
            });
            if ui.button(t().compare_add_file).clicked() {
                commands.push(Command::CompareFile);
            }
        }
        for (i, p) in others.iter().enumerate() {
            if ui
                .button(format!("{} “{}”", t().compare_remove, p.name))
                .clicked()
            {
                commands.push(Command::CompareRemove(i));
            }
        }
    });
}

/// The grids' column widths: the first holds the longest word of any measure title whole (a
/// title broken mid-word cannot be read), the packages share what is left.
struct Widths {
    label: f32,
    package: f32,
}

impl Widths {
    fn of(ui: &egui::Ui, titles: &[String], packages: &[&Package]) -> Self {
        let words = |texts: &mut dyn Iterator<Item = &str>| {
            super::columns::widest_word(ui, texts) + theme::GAP_S
        };
        let label = words(&mut titles.iter().map(String::as_str));
        // A package column holds its name's and the short verdicts' words.
        let package = words(&mut packages.iter().map(|p| p.name.as_str())).max(60.0);
        let n = packages.len();
        let spacing = ui.spacing().item_spacing.x * (n + 1) as f32;
        let total = ui.available_width() - theme::GAP_XL - spacing;
        let mut shares = vec![1.0; n + 1];
        let mut least = vec![package; n + 1];
        (shares[0], least[0]) = (1.0, label);
        let w = super::columns::widths(total, &shares, &least);
        Self {
            label: w[0],
            package: w[1..].iter().copied().fold(f32::INFINITY, f32::min),
        }
    }
}

/// The verdicts side by side: overall, the meeting's reading (beside the sources' picture,
/// never in it), then each stream, bold where the packages differ.
fn verdict_grid(
    ui: &mut egui::Ui,
    packages: &[&Package],
    assessments: &[&Assessment],
    widths: &Widths,
) {
    egui::Grid::new("compare-verdicts")
        .striped(true)
        .num_columns(packages.len() + 1)
        .show(ui, |ui| {
            header_row(ui, packages, widths);
            wrapped(ui, RichText::new(t().overall).strong(), widths.label);
            for a in assessments {
                let v = a.overall.verdict(a.weighted);
                verdict_cell(ui, &v, RichText::new(strings::verdict_short(&v)), widths);
            }
            ui.end_row();
            if assessments.iter().any(|a| a.with_readings.is_some()) {
                wrapped(
                    ui,
                    RichText::new(t().reading_picture).strong(),
                    widths.label,
                );
                for a in assessments {
                    let text = a.with_readings.as_ref().map_or_else(
                        || t().reading_none.to_owned(),
                        |w| strings::read_verdict(&w.overall.verdict(a.weighted), w.read.len()),
                    );
                    wrapped(ui, RichText::new(text).italics(), widths.package);
                }
                ui.end_row();
            }
            for stream in Stream::ALL {
                stream_row(ui, stream, assessments, widths);
            }
        });
}

fn stream_row(ui: &mut egui::Ui, stream: Stream, assessments: &[&Assessment], widths: &Widths) {
    if assessments.iter().all(|a| !a.streams.contains_key(&stream)) {
        return;
    }
    let verdicts: Vec<Option<crate::effect::Verdict>> = assessments
        .iter()
        .map(|a| a.streams.get(&stream).map(|t| t.verdict(a.weighted)))
        .collect();
    let short: Vec<String> = verdicts
        .iter()
        .map(|v| v.as_ref().map_or("—".to_owned(), strings::verdict_short))
        .collect();
    let differs = short.iter().any(|v| *v != short[0]);
    wrapped(
        ui,
        RichText::new(strings::stream(stream)).strong(),
        widths.label,
    );
    for (v, text) in verdicts.iter().zip(short) {
        let text = if differs {
            RichText::new(text).strong()
        } else {
            RichText::new(text)
        };
        match v {
            Some(v) => verdict_cell(ui, v, text, widths),
            None => wrapped(ui, text, widths.package),
        }
    }
    ui.end_row();
}

/// A verdict in short ("gemengd"), its counts on hover and for a screen reader.
fn verdict_cell(ui: &mut egui::Ui, v: &crate::effect::Verdict, text: RichText, widths: &Widths) {
    let full = strings::verdict(v);
    ui.scope(|ui| {
        ui.set_max_width(widths.package);
        let r = ui.add(egui::Label::new(text).wrap());
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &full));
        r.on_hover_text(&full);
    });
}

/// The first row of a comparison grid: an empty corner, then the package names.
fn header_row(ui: &mut egui::Ui, packages: &[&Package], widths: &Widths) {
    ui.allocate_space(egui::vec2(widths.label, 0.0));
    for p in packages {
        wrapped(ui, RichText::new(&p.name).strong(), widths.package);
    }
    ui.end_row();
}

/// A grid cell that wraps at the column's width (and takes it, so the columns line up).
fn wrapped(ui: &mut egui::Ui, text: RichText, width: f32) {
    ui.scope(|ui| {
        ui.set_min_width(width);
        ui.set_max_width(width);
        ui.add(egui::Label::new(text).wrap());
    });
}
