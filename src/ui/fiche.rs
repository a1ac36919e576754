//! The selected measure's fiche, in full, with its history and sources.

use egui::RichText;

use super::theme;
use crate::catalogue::{Catalogue, Measure, Source, VariantKind};
use crate::command::Command;
use crate::package::{Edit, Package};
use crate::strings::{self, t};

pub fn ui(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    measure: Option<&Measure>,
    package: &Package,
    commands: &mut Vec<Command>,
) {
    let Some(m) = measure else {
        ui.add_space(40.0);
        ui.vertical_centered(|ui| ui.label(RichText::new(t().no_selection).size(theme::SECTION)));
        return;
    };
    egui::ScrollArea::vertical()
        .id_salt(("fiche", &m.id))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(900.0));
            ui.heading(&m.title);
            let (label, edit) = if package.contains(&m.id) {
                (t().remove_from_package, Edit::Remove(m.id.clone()))
            } else {
                (t().add_to_package_button, Edit::Add(m.id.clone()))
            };
            if ui.button(label).clicked() {
                commands.push(Command::Edit(edit));
            }
            ui.add_space(theme::GAP_S);
            facts(ui, catalogue, m);
            ui.add_space(theme::GAP_M);
            text_section(ui, t().summary, &m.summary);
            variants(ui, m);
            figures(ui, catalogue, m, commands);
            fiche(ui, m);
            for s in &m.sections {
                text_section(ui, &s.heading, &s.text);
                ui.label(
                    RichText::new(source_line(catalogue, &s.source))
                        .small()
                        .weak(),
                );
            }
            history(ui, catalogue, m);
            links(ui, catalogue, m);
            if !m.notes.is_empty() {
                ui.add_space(theme::GAP_M);
                ui.label(RichText::new(t().ambiguities).strong().size(theme::SECTION));
                for n in &m.notes {
                    ui.label(format!("• {}: {}", field_name(&n.field), n.text));
                }
            }
            ui.add_space(theme::GAP_M);
            ui.label(RichText::new(t().sources).strong().size(theme::SECTION));
            for s in &m.sources {
                ui.label(source_line(catalogue, s));
            }
            ui.add_space(24.0);
        });
}

fn facts(ui: &mut egui::Ui, catalogue: &Catalogue, m: &Measure) {
    let dark = ui.visuals().dark_mode;
    egui::Grid::new("facts")
        .num_columns(2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            ui.label(RichText::new(t().field_effect).strong());
            let d = m.direction();
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(m.effect_text())
                        .strong()
                        .size(theme::SECTION)
                        .color(theme::direction_color(d, dark)),
                );
                ui.label(format!("({})", strings::direction(d)));
            });
            ui.end_row();
            row(ui, t().field_stream, strings::stream(m.stream));
            row(ui, t().field_horizon, &m.horizon.text);
            row(ui, t().field_implementation, &m.implementation);
            row(ui, t().field_instrument, &m.instrument.text);
            if !m.ministries.is_empty() {
                row(ui, t().field_ministries, &m.ministries.join(", "));
            }
            if !m.tracks.is_empty() {
                let names: Vec<String> = m
                    .tracks
                    .iter()
                    .map(|n| match catalogue.track(*n) {
                        Some(tr) => format!("{} – {}", strings::track(*n), tr.title),
                        None => strings::track(*n),
                    })
                    .collect();
                row(ui, t().field_tracks, &names.join("; "));
            }
            if let Some(c) = &m.cost {
                row(ui, t().field_cost, c);
            }
        });
}

fn row(ui: &mut egui::Ui, name: &str, value: &str) {
    ui.label(RichText::new(name).strong());
    ui.label(value);
    ui.end_row();
}

fn text_section(ui: &mut egui::Ui, heading: &str, text: &str) {
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new(heading).strong().size(theme::SECTION));
    ui.label(text);
}

fn variants(ui: &mut egui::Ui, m: &Measure) {
    if m.variants.is_empty() {
        return;
    }
    let heading = match m.variant_kind {
        VariantKind::Components => t().variants_components,
        VariantKind::Alternatives => t().variants_alternatives,
    };
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new(heading).strong().size(theme::SECTION));
    for v in &m.variants {
        let sign = v
            .effect
            .as_ref()
            .map(|e| format!("{} ({})", e.symbol, strings::direction(e.direction())))
            .unwrap_or_else(|| "geen eigen teken in de bron".into());
        let mut line = format!("• {} — {sign}", v.title);
        if let Some(c) = &v.cost {
            line.push_str(&format!(" — kosten {c}"));
        }
        ui.label(line);
        if let Some(n) = &v.note {
            ui.label(RichText::new(n).small().weak());
        }
    }
}

fn fiche(ui: &mut egui::Ui, m: &Measure) {
    let Some(f) = &m.fiche else { return };
    ui.add_space(theme::GAP_L);
    ui.label(RichText::new(t().fiche).heading());
    let sections = [
        (t().fiche_description, &f.description),
        (t().fiche_effect, &f.effect),
        (t().fiche_legal, &f.legal),
        (t().fiche_eu, &f.eu_comparison),
        (t().fiche_other, &f.other),
        (t().fiche_timing, &f.timing),
        (t().fiche_needs, &f.needs),
        (t().fiche_implementation, &f.implementation),
    ];
    for (heading, text) in sections {
        if let Some(text) = text {
            text_section(ui, heading, text);
        }
    }
}

fn history(ui: &mut egui::Ui, catalogue: &Catalogue, m: &Measure) {
    if m.lineage.is_empty() {
        return;
    }
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new(t().history).strong().size(theme::SECTION));
    for s in &m.lineage {
        let mut line = format!("{} — {}: {}", s.date, strings::status(s.status), s.text);
        if let Some(timing) = &s.timing {
            line.push_str(&format!(" (planning: {timing})"));
        }
        ui.label(line);
        ui.label(
            RichText::new(source_line(catalogue, &s.source))
                .small()
                .weak(),
        );
    }
}

fn links(ui: &mut egui::Ui, catalogue: &Catalogue, m: &Measure) {
    if m.links.is_empty() {
        return;
    }
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new(t().links).strong().size(theme::SECTION));
    for l in &m.links {
        let other = catalogue
            .get(&l.to)
            .map_or(l.to.as_str(), |o| o.title.as_str());
        let kind = match l.kind {
            crate::catalogue::LinkKind::BelongsWith => "hoort bij",
            crate::catalogue::LinkKind::DependsOn => "hangt af van",
            crate::catalogue::LinkKind::Excludes => "sluit uit",
            crate::catalogue::LinkKind::SeeAlso => "zie ook",
        };
        let mut line = format!("• {kind}: {other}");
        if let Some(n) = &l.note {
            line.push_str(&format!(" — {n}"));
        }
        ui.label(line);
        ui.label(
            RichText::new(source_line(catalogue, &l.source))
                .small()
                .weak(),
        );
    }
}

/// "Lijst maatregelen per migratiestroom (2023-04), Tabel Arbeid (1/2), rij 2 — regel 46"
pub fn source_line(catalogue: &Catalogue, s: &Source) -> String {
    let doc = catalogue
        .document(&s.doc)
        .map_or(s.doc.clone(), |d| format!("{} ({})", d.title, d.date));
    match s.line {
        Some(l) => format!("{doc}, {} — {} {l} van {}", s.at, t().line, s.doc),
        None => format!("{doc}, {}", s.at),
    }
}

fn field_name(field: &str) -> &str {
    match field {
        "effect" => t().field_effect,
        "horizon" => t().field_horizon,
        "implementation" => t().field_implementation,
        "instrument" => t().field_instrument,
        "ministries" => t().field_ministries,
        "cost" => t().field_cost,
        other => other,
    }
}

fn figures(ui: &mut egui::Ui, catalogue: &Catalogue, m: &Measure, commands: &mut Vec<Command>) {
    let figs = catalogue.figures_for(&m.id);
    if figs.is_empty() {
        return;
    }
    ui.add_space(theme::GAP_M);
    ui.label(
        RichText::new(t().figures_for_measure)
            .strong()
            .size(theme::SECTION),
    );
    for f in figs {
        if ui.link(&f.title).clicked()
            && let Some(i) = catalogue.figures.iter().position(|g| g.id == f.id)
        {
            commands.push(Command::ShowFigure(i));
        }
    }
}
