//! Two or three packages side by side: which measures differ, and how the verdicts differ.

use egui::RichText;

use super::Action;
use crate::catalogue::{Catalogue, Stream};
use crate::effect::assess;
use crate::package::Package;
use crate::presets::PRESETS;
use crate::strings::{self, t};

pub fn ui(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    current: &Package,
    others: &[Package],
    actions: &mut Vec<Action>,
) {
    ui.heading(t().compare);
    ui.horizontal_wrapped(|ui| {
        if others.len() < 2 {
            ui.menu_button("Pakket toevoegen: voorbeeld", |ui| {
                for (i, p) in PRESETS.iter().enumerate() {
                    if ui.button(p.name).clicked() {
                        actions.push(Action::ComparePreset(i));
                    }
                }
            });
            if ui.button("Pakket toevoegen: bestand…").clicked() {
                actions.push(Action::CompareFile);
            }
        }
        for (i, p) in others.iter().enumerate() {
            if ui.button(format!("Verwijder “{}”", p.name)).clicked() {
                actions.push(Action::CompareRemove(i));
            }
        }
    });
    if others.is_empty() {
        ui.label("Voeg een of twee pakketten toe om ze naast het huidige pakket te zetten.");
        return;
    }
    let packages: Vec<&Package> = std::iter::once(current).chain(others.iter()).collect();
    let assessments: Vec<_> = packages.iter().map(|p| assess(p, catalogue)).collect();
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(
                RichText::new("Oordeel per migratiestroom")
                    .strong()
                    .size(18.0),
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
            ui.add_space(12.0);
            ui.label(
                RichText::new("Maatregelen die verschillen")
                    .strong()
                    .size(18.0),
            );
            let mut ids: Vec<&str> = packages
                .iter()
                .flat_map(|p| p.items.iter().map(|i| i.measure.as_str()))
                .collect();
            ids.sort_by_key(|id| catalogue.position(id).unwrap_or(usize::MAX));
            ids.dedup();
            let differing: Vec<&str> = ids
                .into_iter()
                .filter(|id| !packages.iter().all(|p| p.contains(id)))
                .collect();
            if differing.is_empty() {
                ui.label("Geen: de pakketten bevatten dezelfde maatregelen.");
            }
            egui::Grid::new("compare-measures")
                .striped(true)
                .num_columns(packages.len() + 1)
                .show(ui, |ui| {
                    header_row(ui, &packages);
                    for id in differing {
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
