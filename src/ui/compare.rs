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
            ui.menu_button("Pakket toevoegen: voorbeeld", |ui| {
                for (i, p) in PRESETS.iter().enumerate() {
                    if ui.button(p.name).clicked() {
                        commands.push(Command::ComparePreset(i));
                    }
                }
            });
            if ui.button("Pakket toevoegen: bestand…").clicked() {
                commands.push(Command::CompareFile);
            }
        }
        for (i, p) in others.iter().enumerate() {
            if ui.button(format!("Verwijder “{}”", p.name)).clicked() {
                commands.push(Command::CompareRemove(i));
            }
        }
    });
    if others.is_empty() {
        ui.label("Voeg een of twee pakketten toe om ze naast het huidige pakket te zetten.");
        return;
    }
    let packages: Vec<&Package> = std::iter::once(current).chain(others.iter()).collect();
    let assessments: Vec<&Assessment> = std::iter::once(current_assessment)
        .chain(other_assessments)
        .collect();
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(
                RichText::new("Oordeel per migratiestroom")
                    .strong()
                    .size(theme::SECTION),
            );
            egui::Grid::new("compare-verdicts")
                .striped(true)
                .num_columns(packages.len() + 1)
                .show(ui, |ui| {
                    header_row(ui, &packages);
                    ui.label(RichText::new(t().overall).strong());
                    for a in &assessments {
                        ui.label(strings::verdict(&a.overall.verdict(a.weighted)));
                    }
                    ui.end_row();
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
                        ui.label(RichText::new(strings::stream(stream)).strong());
                        for v in verdicts {
                            ui.label(if differs {
                                RichText::new(v).strong()
                            } else {
                                RichText::new(v)
                            });
                        }
                        ui.end_row();
                    }
                });
            ui.add_space(theme::GAP_L);
            ui.label(
                RichText::new("Maatregelen die verschillen")
                    .strong()
                    .size(theme::SECTION),
            );
            let differing = crate::comparison::differing(&packages, catalogue);
            if differing.is_empty() {
                ui.label("Geen: de pakketten bevatten dezelfde maatregelen.");
            }
            egui::Grid::new("compare-measures")
                .striped(true)
                .num_columns(packages.len() + 1)
                .show(ui, |ui| {
                    header_row(ui, &packages);
                    for id in &differing {
                        let title = catalogue.get(id).map_or(id.to_owned(), |m| {
                            format!("{} ({})", m.title, m.effect_text())
                        });
                        ui.label(title);
                        for p in &packages {
                            ui.label(if p.contains(id) { "in pakket" } else { "—" });
                        }
                        ui.end_row();
                    }
                });
        });
}

/// The first row of a comparison grid: an empty corner, then the package names.
fn header_row(ui: &mut egui::Ui, packages: &[&Package]) {
    ui.label("");
    for p in packages {
        ui.label(RichText::new(&p.name).strong());
    }
    ui.end_row();
}
