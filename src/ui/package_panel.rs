//! The package panel: the combined effect and why, what it needs, hints, and the measures with
//! their meeting status, variant, weight and note.

use egui::RichText;

use super::theme;
use crate::catalogue::{Catalogue, Stream, Term, VariantKind};
use crate::command::Command;
use crate::effect::{Assessment, Tally};
use crate::package::{Edit, MeetingStatus, Package};
use crate::strings::{self, t};

pub fn ui(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    package: &Package,
    a: &Assessment,
    dirty: bool,
    commands: &mut Vec<Command>,
) {
    header(ui, package, dirty, commands);
    ui.separator();
    if package.items.is_empty() {
        ui.label(t().package_empty);
        ui.label(RichText::new(t().package_how).weak());
        return;
    }
    // Everything in the panel wraps to the panel's width; nothing may widen it.
    let width = ui.available_width();
    egui::ScrollArea::vertical()
        .id_salt("package")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(width - 12.0);
            verdicts(ui, a);
            why(ui, catalogue, a);
            hints(ui, catalogue, a);
            needs(ui, a);
            ui.add_space(6.0);
            ui.label(
                RichText::new(t().package_measures)
                    .strong()
                    .size(theme::SECTION),
            );
            for stream in Stream::ALL {
                let items: Vec<_> = package
                    .measures(catalogue)
                    .filter(|(_, m)| m.stream == stream)
                    .collect();
                if items.is_empty() {
                    continue;
                }
                ui.label(RichText::new(strings::stream(stream)).strong());
                for (item, m) in items {
                    ui.scope(|ui| item_ui(ui, item, m, commands));
                }
            }
            let unknown = package.unknown_ids(catalogue);
            if !unknown.is_empty() {
                ui.label(
                    RichText::new(format!(
                        "{}: {}",
                        t().unknown_in_package,
                        unknown.join(", ")
                    ))
                    .color(ui.visuals().warn_fg_color),
                );
            }
        });
}

fn header(ui: &mut egui::Ui, package: &Package, dirty: bool, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.heading(t().package);
        if dirty {
            ui.label(RichText::new(t().unsaved).color(ui.visuals().warn_fg_color));
        }
    });
    let label = ui.label(t().package_name);
    let mut name = package.name.clone();
    let r = ui
        .add(egui::TextEdit::singleline(&mut name).desired_width(260.0))
        .labelled_by(label.id);
    if r.changed() {
        commands.push(Command::Edit(Edit::Rename(name)));
    }
    if r.lost_focus() {
        commands.push(Command::EndEditRun);
    }
}

fn verdicts(ui: &mut egui::Ui, a: &Assessment) {
    ui.label(
        RichText::new(t().combined_effect)
            .strong()
            .size(theme::SECTION),
    );
    let overall = strings::verdict(&a.overall.verdict(a.weighted));
    ui.label(
        RichText::new(format!("{}: {overall}", t().overall))
            .size(17.0)
            .strong(),
    );
    if a.weighted {
        ui.label(
            RichText::new(t().weights_in_use)
                .small()
                .color(ui.visuals().warn_fg_color),
        );
    }
    // The verdict column gets what is left of the panel, so long verdicts wrap instead of
    // widening the panel over the fiche.
    let verdict_width = (ui.available_width() - 270.0).max(100.0);
    egui::Grid::new("verdict-grid")
        .max_col_width(verdict_width)
        .striped(true)
        .num_columns(6)
        .show(ui, |ui| {
            for h in ["", "+", "–", "0", "?", ""] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for (stream, tally) in &a.streams {
                tally_row(
                    ui,
                    strings::stream(*stream),
                    tally,
                    a.weighted,
                    verdict_width,
                );
            }
            for term in [Term::KT, Term::MLT, Term::LT] {
                if let Some(tally) = a.horizons.get(&term) {
                    tally_row(
                        ui,
                        strings::term_short(term),
                        tally,
                        a.weighted,
                        verdict_width,
                    );
                }
            }
            if a.horizon_unknown.total() > 0 {
                tally_row(
                    ui,
                    t().term_unknown,
                    &a.horizon_unknown,
                    a.weighted,
                    verdict_width,
                );
            }
        });
}

fn tally_row(ui: &mut egui::Ui, name: &str, t: &Tally, weighted: bool, width: f32) {
    ui.label(name);
    for n in [t.increase, t.decrease, t.neutral, t.unknown] {
        ui.label(n.to_string());
    }
    ui.scope(|ui| {
        ui.set_max_width(width);
        ui.add(egui::Label::new(strings::verdict(&t.verdict(weighted))).wrap());
    });
    ui.end_row();
}

fn why(ui: &mut egui::Ui, catalogue: &Catalogue, a: &Assessment) {
    let titles = |ids: &[String]| {
        ids.iter()
            .map(|i| catalogue.get(i).map_or(i.clone(), |m| m.title.clone()))
            .collect::<Vec<_>>()
            .join("; ")
    };
    ui.add_space(theme::GAP_S);
    ui.label(RichText::new(t().why).strong());
    for (label, ids) in [
        (t().pushing_up, &a.overall.increasing),
        (t().pushing_down, &a.overall.decreasing),
        (t().not_known, &a.overall.unknowns),
    ] {
        if !ids.is_empty() {
            ui.label(format!("{label} ({}): {}", ids.len(), titles(ids)));
        }
    }
}

fn hints(ui: &mut egui::Ui, catalogue: &Catalogue, a: &Assessment) {
    if a.hints.is_empty() {
        return;
    }
    ui.add_space(theme::GAP_S);
    ui.label(RichText::new(t().hints).strong());
    for h in &a.hints {
        ui.label(format!("• {}", strings::hint_text(h, catalogue)));
        if let Some(s) = &h.source {
            ui.label(
                RichText::new(super::fiche::source_line(catalogue, s))
                    .small()
                    .weak(),
            );
        }
    }
}

fn needs(ui: &mut egui::Ui, a: &Assessment) {
    let n = &a.needs;
    ui.add_space(theme::GAP_S);
    ui.label(RichText::new(t().needs).strong());
    ui.label(strings::needs_summary(n));
    if !n.ministries.is_empty() {
        ui.label(format!(
            "{}: {}",
            t().field_ministries,
            n.ministries.join(", ")
        ));
    }
}

fn item_ui(
    ui: &mut egui::Ui,
    item: &crate::package::Item,
    m: &crate::catalogue::Measure,
    commands: &mut Vec<Command>,
) {
    let d = crate::effect::item_direction(item, m);
    let dark = ui.visuals().dark_mode;
    let head = format!(
        "{}  {} — {}",
        theme::badge_text(&m.effect_text(), d),
        // A collapsing header does not wrap: fit the title to the panel.
        shorten(
            &m.title,
            (ui.available_width() / 9.0 - 24.0).clamp(12.0, 90.0) as usize
        ),
        strings::meeting_status(item.status)
    );
    // Long titles are cut in the header (the full title is in the fiche), so the panel never
    // grows over the fiche.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    let color = theme::direction_color(d, dark);
    egui::CollapsingHeader::new(RichText::new(head).color(color))
        .id_salt(("item", &m.id))
        .show(ui, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
            ui.label(format!("{} ({})", m.effect_text(), strings::direction(d)));
            ui.horizontal(|ui| {
                let label = ui.label(t().meeting_status);
                egui::ComboBox::from_id_salt(("status", &m.id))
                    .selected_text(strings::meeting_status(item.status))
                    .show_ui(ui, |ui| {
                        for s in MeetingStatus::ALL {
                            if ui
                                .selectable_label(item.status == s, strings::meeting_status(s))
                                .clicked()
                                && item.status != s
                            {
                                commands.push(Command::Edit(Edit::SetStatus(m.id.clone(), s)));
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
            });
            if m.variant_kind == VariantKind::Alternatives && !m.variants.is_empty() {
                let chosen = m
                    .variants
                    .iter()
                    .find(|v| Some(&v.key) == item.variant.as_ref());
                let label = ui.label(t().variant);
                egui::ComboBox::from_id_salt(("variant", &m.id))
                    .width(ui.available_width())
                    .selected_text(chosen.map_or(t().no_variant, |v| v.title.as_str()))
                    .show_ui(ui, |ui| {
                        for v in &m.variants {
                            let on = chosen.is_some_and(|c| c.key == v.key);
                            if ui.selectable_label(on, &v.title).clicked() && !on {
                                commands.push(Command::Edit(Edit::SetVariant(
                                    m.id.clone(),
                                    Some(v.key.clone()),
                                )));
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
            }
            let mut w = item.weight.unwrap_or(1.0);
            let label = ui.label(t().weight);
            let r = ui
                .add(egui::Slider::new(&mut w, crate::package::WEIGHTS).step_by(0.5))
                .labelled_by(label.id);
            if r.changed() {
                commands.push(Command::Edit(Edit::SetWeight(m.id.clone(), Some(w))));
            }
            if r.drag_stopped() {
                commands.push(Command::EndEditRun);
            }
            let label = ui.label(t().note);
            let mut note = item.note.clone();
            let r = ui
                .add(
                    egui::TextEdit::multiline(&mut note)
                        .desired_rows(2)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if r.changed() {
                commands.push(Command::Edit(Edit::SetNote(m.id.clone(), note)));
            }
            if r.lost_focus() {
                commands.push(Command::EndEditRun);
            }
            if ui.button(t().remove_from_package).clicked() {
                commands.push(Command::Edit(Edit::Remove(m.id.clone())));
            }
        });
}

/// At most `n` characters, with an ellipsis when cut.
fn shorten(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>().trim_end())
    }
}
