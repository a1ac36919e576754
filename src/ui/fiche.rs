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
            text_section(ui, t().summary, &strings::in_words(catalogue, &m.summary));
            // Where the sources contradict each other, the reader sees it before the texts.
            for n in m.notes.iter().filter(|n| n.field == CONFLICT) {
                ui.add_space(theme::GAP_S);
                ui.add(
                    egui::Label::new(
                        RichText::new(format!(
                            "{}: {}",
                            t().sources_differ,
                            strings::in_words(catalogue, &n.text)
                        ))
                        .color(ui.visuals().warn_fg_color),
                    )
                    .wrap(),
                );
            }
            variants(ui, catalogue, m);
            figures(ui, catalogue, m, commands);
            fiche(ui, m);
            for s in &m.sections {
                text_section(ui, &s.heading, &strings::in_words(catalogue, &s.text));
                source_note(ui, catalogue, &s.source, commands);
            }
            history(ui, catalogue, m, commands);
            links(ui, catalogue, m, commands);
            ui.add_space(theme::GAP_M);
            ui.label(RichText::new(t().sources).strong().size(theme::SECTION));
            for s in &m.sources {
                source_link(ui, catalogue, s, RichText::new, commands);
            }
            data_notes(ui, catalogue, m);
            ui.add_space(theme::GAP_XL);
        });
}

fn facts(ui: &mut egui::Ui, catalogue: &Catalogue, m: &Measure) {
    let dark = ui.visuals().dark_mode;
    // The values wrap in what is left beside the names, so the grid never runs off the view.
    let value_width = (ui.available_width() - theme::FACT_NAME_WIDTH - theme::GAP_L).max(120.0);
    egui::Grid::new("facts")
        .num_columns(2)
        .min_col_width(theme::FACT_NAME_WIDTH)
        .max_col_width(value_width)
        .spacing([theme::GAP_L, theme::GAP_S])
        .show(ui, |ui| {
            ui.label(RichText::new(t().field_effect).strong());
            let d = m.direction();
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(m.effect_text())
                        .strong()
                        .size(theme::SECTION)
                        .color(theme::direction_color(d, dark)),
                );
                ui.label(format!("({})", strings::direction(d)));
            });
            ui.end_row();
            // Words of the source that point a way where it gives no symbol: apart, as such.
            if let Some(p) = m.prose_reading(None) {
                ui.label("");
                ui.add(egui::Label::new(RichText::new(strings::prose_reading(p)).italics()).wrap());
                ui.end_row();
            }
            row(ui, t().field_stream, strings::stream(m.stream));
            for r in &m.reach {
                let place = strings::source_place(catalogue, &r.source);
                ui.add(egui::Label::new(RichText::new(t().reach).strong()).wrap());
                ui.add(egui::Label::new(format!("{} ({place})", strings::reach_fact(r))).wrap());
                ui.end_row();
            }
            row(ui, t().field_horizon, &strings::horizon(&m.horizon));
            row(ui, t().field_implementation, &m.implementation);
            row(
                ui,
                t().field_instrument,
                &strings::instrument_text(&m.instrument),
            );
            let ministries = if m.ministries.is_empty() {
                t().ministries_not_recorded.to_owned()
            } else {
                m.ministries.join(", ")
            };
            row(ui, t().field_ministries, &ministries);
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

/// The field of a data note that says where the sources contradict each other.
const CONFLICT: &str = "conflict";

fn row(ui: &mut egui::Ui, name: &str, value: &str) {
    ui.add(egui::Label::new(RichText::new(name).strong()).wrap());
    ui.add(egui::Label::new(value).wrap());
    ui.end_row();
}

fn text_section(ui: &mut egui::Ui, heading: &str, text: &str) {
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new(heading).strong().size(theme::SECTION));
    ui.label(text);
}

fn variants(ui: &mut egui::Ui, catalogue: &Catalogue, m: &Measure) {
    if m.variants.is_empty() {
        return;
    }
    let heading = match m.variant_kind {
        VariantKind::Components => t().variants_components,
        VariantKind::Alternatives => t().variants_alternatives,
    };
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new(heading).strong().size(theme::SECTION));
    let own_signs = m.variants.iter().any(|v| v.effect.is_some());
    for v in &m.variants {
        let mut line = format!("• {}", v.title);
        if let Some(e) = &v.effect {
            line.push_str(&format!(
                " — {} ({})",
                e.symbol,
                strings::direction(e.direction())
            ));
        }
        if let Some(c) = &v.cost {
            line.push_str(&format!(" — {} {c}", t().cost_lower));
        }
        ui.label(line);
        if let Some(n) = &v.note {
            ui.label(
                RichText::new(strings::in_words(catalogue, n))
                    .small()
                    .weak(),
            );
        }
    }
    if !own_signs {
        ui.label(RichText::new(t().no_own_sign).small().weak());
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

fn history(ui: &mut egui::Ui, catalogue: &Catalogue, m: &Measure, commands: &mut Vec<Command>) {
    if m.lineage.is_empty() && m.corrections.is_empty() {
        return;
    }
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new(t().history).strong().size(theme::SECTION));
    for s in &m.lineage {
        let mut line = format!(
            "{} — {}: {}",
            strings::date_words(&s.date),
            strings::status(s.status),
            strings::in_words(catalogue, &s.text)
        );
        if let Some(timing) = &s.timing {
            line.push_str(&format!(" ({}: {timing})", t().planning));
        }
        ui.label(line);
        source_note(ui, catalogue, &s.source, commands);
    }
    // Corrections by later sources: the original stays readable.
    for c in &m.corrections {
        ui.label(crate::additions_text::correction(c));
        source_note(ui, catalogue, &c.source, commands);
    }
}

fn links(ui: &mut egui::Ui, catalogue: &Catalogue, m: &Measure, commands: &mut Vec<Command>) {
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
            crate::catalogue::LinkKind::BelongsWith => t().link_belongs_with,
            crate::catalogue::LinkKind::DependsOn => t().link_depends_on,
            crate::catalogue::LinkKind::Excludes => t().link_excludes,
            crate::catalogue::LinkKind::SeeAlso => t().link_see_also,
            crate::catalogue::LinkKind::Continues => t().link_continues,
            crate::catalogue::LinkKind::Replaces => t().link_replaces,
        };
        let mut line = format!("• {kind}: {other}");
        if let Some(n) = &l.note {
            line.push_str(&format!(" — {}", strings::in_words(catalogue, n)));
        }
        ui.label(line);
        source_note(ui, catalogue, &l.source, commands);
    }
}

/// A source under a block of text, small: the document's name and the place in it.
fn source_note(ui: &mut egui::Ui, catalogue: &Catalogue, s: &Source, commands: &mut Vec<Command>) {
    source_link(ui, catalogue, s, |t| RichText::new(t).small(), commands);
}

/// A source as a link that opens the reader at its passage (focusable, Enter opens it), where
/// the document's text is in the app and the source gives a line; else its words alone.
pub fn source_link(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    s: &Source,
    style: impl Fn(String) -> RichText,
    commands: &mut Vec<Command>,
) {
    let text = crate::additions_text::source(catalogue, s);
    let readable = catalogue
        .document(&s.doc)
        .is_some_and(|d| crate::sources::text(&d.file).is_some());
    match s.line {
        Some(line) if readable => {
            // Wrapped where it is long: a link must not widen its column.
            let link = ui
                .scope(|ui| {
                    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                    ui.add(egui::Link::new(style(text)))
                })
                .inner
                .on_hover_text(t().tip_reader_open);
            if link.clicked() {
                commands.push(Command::OpenSource {
                    doc: s.doc.clone(),
                    line: line as usize,
                    quote: s.quote.clone(),
                });
            }
        }
        _ => {
            ui.add(egui::Label::new(style(text).weak()).wrap());
        }
    }
}

/// For whoever checks the data, folded away: the curation notes, and where each source stands
/// in the text files.
fn data_notes(ui: &mut egui::Ui, catalogue: &Catalogue, m: &Measure) {
    ui.add_space(theme::GAP_M);
    egui::CollapsingHeader::new(RichText::new(t().data_notes).strong())
        .id_salt(("data-notes", &m.id))
        .default_open(false)
        .show(ui, |ui| {
            ui.label(RichText::new(t().data_notes_intro).weak());
            for n in &m.notes {
                let text = strings::in_words(catalogue, &n.text);
                match strings::field_name(&n.field) {
                    Some(f) => ui.label(format!("• {f}: {text}")),
                    None => ui.label(format!("• {text}")),
                };
            }
            for s in &m.sources {
                ui.label(RichText::new(strings::source_detail(catalogue, s)).small());
            }
        });
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
