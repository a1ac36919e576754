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
    if others.is_empty() {
        ui.label(t().compare_how);
        return;
    }
    let packages: Vec<&Package> = std::iter::once(current).chain(others.iter()).collect();
    let assessments: Vec<&Assessment> = std::iter::once(current_assessment)
        .chain(other_assessments)
        .collect();
    // Every column gets an equal share of the width and wraps in it: nothing runs off the view.
    let columns = packages.len() + 1;
    let spacing = ui.spacing().item_spacing.x;
    let col = ((ui.available_width() - theme::GAP_XL) / columns as f32 - spacing).max(80.0);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(
                RichText::new(t().compare_verdicts)
                    .strong()
                    .size(theme::SECTION),
            );
            egui::Grid::new("compare-verdicts")
                .striped(true)
                .num_columns(columns)
                .min_col_width(col)
                .max_col_width(col)
                .show(ui, |ui| {
                    header_row(ui, &packages, col);
                    wrapped(ui, RichText::new(t().overall).strong(), col);
                    for a in &assessments {
                        wrapped(
                            ui,
                            strings::verdict(&a.overall.verdict(a.weighted)).into(),
                            col,
                        );
                    }
                    ui.end_row();
                    // Beside the sources' picture, never in it: the meeting's own readings.
                    if assessments.iter().any(|a| a.with_readings.is_some()) {
                        wrapped(ui, RichText::new(t().reading_picture).strong(), col);
                        for a in &assessments {
                            let text = a.with_readings.as_ref().map_or_else(
                                || t().reading_none.to_owned(),
                                |w| {
                                    strings::read_verdict(
                                        &w.overall.verdict(a.weighted),
                                        w.read.len(),
                                    )
                                },
                            );
                            wrapped(ui, RichText::new(text).italics(), col);
                        }
                        ui.end_row();
                    }
                    for stream in Stream::ALL {
                        if assessments.iter().all(|a| !a.streams.contains_key(&stream)) {
                            continue;
                        }
                        let verdicts: Vec<String> = assessments
                            .iter()
                            .map(|a| {
                                a.streams.get(&stream).map_or("—".to_owned(), |t| {
                                    strings::verdict(&t.verdict(a.weighted))
                                })
                            })
                            .collect();
                        let differs = verdicts.iter().any(|v| *v != verdicts[0]);
                        wrapped(ui, RichText::new(strings::stream(stream)).strong(), col);
                        for v in verdicts {
                            let text = if differs {
                                RichText::new(v).strong()
                            } else {
                                RichText::new(v)
                            };
                            wrapped(ui, text, col);
                        }
                        ui.end_row();
                    }
                });
            ui.add_space(theme::GAP_L);
            ui.label(
                RichText::new(t().compare_differing)
                    .strong()
                    .size(theme::SECTION),
            );
            let differing = crate::comparison::differing(&packages, catalogue);
            if differing.is_empty() {
                ui.label(t().compare_same);
            }
            egui::Grid::new("compare-measures")
                .striped(true)
                .num_columns(columns)
                .min_col_width(col)
                .max_col_width(col)
                .show(ui, |ui| {
                    header_row(ui, &packages, col);
                    for id in &differing {
                        let title = catalogue.get(id).map_or(id.to_owned(), |m| {
                            format!("{} ({})", m.title, m.effect_text())
                        });
                        wrapped(ui, title.into(), col);
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

/// The first row of a comparison grid: an empty corner, then the package names.
fn header_row(ui: &mut egui::Ui, packages: &[&Package], col: f32) {
    ui.label("");
    for p in packages {
        wrapped(ui, RichText::new(&p.name).strong(), col);
    }
    ui.end_row();
}

/// A grid cell that wraps at the column's width.
fn wrapped(ui: &mut egui::Ui, text: RichText, width: f32) {
    ui.scope(|ui| {
        ui.set_max_width(width);
        ui.add(egui::Label::new(text).wrap());
    });
}
