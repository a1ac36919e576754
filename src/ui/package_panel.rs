//! The package panel: the combined effect and why, what it needs, hints, and the measures with
//! their meeting status, variant, weight and note.

use egui::RichText;

use super::theme;
use crate::catalogue::{Catalogue, Stream, Term, VariantKind};
use crate::command::{Command, UiCommand};
use crate::effect::{Assessment, Tally, VerdictKind};
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
            matrix(ui, a);
            why(ui, catalogue, a, commands);
            hints(ui, catalogue, a, commands);
            needs(ui, a);
            reach(ui, catalogue, a);
            ui.add_space(theme::GAP_M);
            measures(ui, catalogue, package, commands);
        });
}

/// The folded panel: the verdict per stream as markers, and the way back.
pub fn slim(ui: &mut egui::Ui, package: &Package, a: &Assessment, commands: &mut Vec<Command>) {
    if ui
        .button(format!("« {}", t().package))
        .on_hover_text(UiCommand::TogglePackagePanel.hover_text())
        .clicked()
    {
        commands.push(UiCommand::TogglePackagePanel.command());
    }
    let n = u32::try_from(package.items.len()).unwrap_or(u32::MAX);
    ui.label(strings::count(
        n,
        t().measures_count_one,
        t().measures_count_many,
    ));
    if package.items.is_empty() {
        return;
    }
    ui.add_space(theme::GAP_S);
    headline(ui, t().overall, &a.overall, a.weighted, false);
    for (stream, tally) in &a.streams {
        headline(ui, strings::stream(*stream), tally, a.weighted, false);
    }
}

fn header(ui: &mut egui::Ui, package: &Package, dirty: bool, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.heading(t().package);
        if dirty {
            ui.label(RichText::new(t().unsaved).color(ui.visuals().warn_fg_color));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("»")
                .on_hover_text(UiCommand::TogglePackagePanel.hover_text())
                .clicked()
            {
                commands.push(UiCommand::TogglePackagePanel.command());
            }
        });
    });
    let label = ui.label(t().package_name);
    let mut name = package.name.clone();
    let r = ui
        .add(
            egui::TextEdit::singleline(&mut name)
                .id(name_id())
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if r.changed() {
        commands.push(Command::Edit(Edit::Rename(name)));
    }
    if r.lost_focus() {
        commands.push(Command::EndEditRun);
    }
}

/// One verdict as a headline: a marker (shape and colour) and the words. With `words` off,
/// only the name and the marker, with the words on hover (the folded panel).
fn headline(ui: &mut egui::Ui, name: &str, tally: &Tally, weighted: bool, words: bool) {
    let v = tally.verdict(weighted);
    let text = format!("{name}: {}", strings::verdict_short(&v));
    ui.horizontal(|ui| {
        marker(ui, &v.kind);
        if words {
            ui.add(egui::Label::new(RichText::new(text).size(theme::VERDICT).strong()).wrap());
        } else {
            ui.label(RichText::new(name).strong())
                .on_hover_text(format!("{name}: {}", strings::verdict(&v)));
        }
    });
    if let Some(detail) = strings::verdict_detail(&v).filter(|_| words) {
        ui.indent(("detail", name), |ui| {
            ui.add(egui::Label::new(RichText::new(detail).weak()).wrap());
        });
    }
}

/// The direction as a shape in its colour (see [`super::marker`]).
fn marker(ui: &mut egui::Ui, kind: &VerdictKind) {
    let color = theme::verdict_color(kind, ui.visuals().dark_mode);
    super::marker::show(ui, kind, theme::MARKER, color);
}

fn verdicts(ui: &mut egui::Ui, a: &Assessment) {
    ui.label(
        RichText::new(t().combined_effect)
            .strong()
            .size(theme::SECTION),
    );
    headline(ui, t().overall, &a.overall, a.weighted, true);
    if a.weighted {
        ui.label(
            RichText::new(t().weights_in_use)
                .small()
                .color(ui.visuals().warn_fg_color),
        );
    }
    for (stream, tally) in &a.streams {
        headline(ui, strings::stream(*stream), tally, a.weighted, true);
    }
    // The meeting's own picture comes after the sources', labelled, never in it.
    if let Some(w) = &a.with_readings {
        ui.add_space(theme::GAP_S);
        let v = w.overall.verdict(a.weighted);
        ui.add(
            egui::Label::new(
                RichText::new(strings::read_verdict(&v, w.read.len()))
                    .italics()
                    .strong(),
            )
            .wrap(),
        )
        .on_hover_text(t().reading_hint);
    }
}

/// Streams down, terms across: each cell the verdict's symbol in its colour, the words on hover.
fn matrix(ui: &mut egui::Ui, a: &Assessment) {
    ui.add_space(theme::GAP_S);
    ui.label(RichText::new(t().stream_by_term).strong());
    let dark = ui.visuals().dark_mode;
    let terms: [Option<Term>; 4] = [Some(Term::KT), Some(Term::MLT), Some(Term::LT), None];
    egui::Grid::new("stream-term")
        .striped(true)
        .num_columns(terms.len() + 1)
        .show(ui, |ui| {
            ui.label("");
            for term in terms {
                let head = term.map_or(t().term_unknown_col, strings::term_short);
                let tip = term.map_or(t().term_unknown, strings::term);
                ui.label(RichText::new(head).strong()).on_hover_text(tip);
            }
            ui.end_row();
            for stream in a.streams.keys() {
                ui.label(RichText::new(strings::stream(*stream)).strong());
                for term in terms {
                    cell(ui, a.matrix.get(&(*stream, term)), a.weighted, dark);
                }
                ui.end_row();
            }
        });
    ui.add(egui::Label::new(RichText::new(strings::matrix_legend()).small().weak()).wrap());
}

fn cell(ui: &mut egui::Ui, tally: Option<&Tally>, weighted: bool, dark: bool) {
    let Some(tally) = tally else {
        ui.label(RichText::new("·").weak());
        return;
    };
    let v = tally.verdict(weighted);
    let color = theme::verdict_color(&v.kind, dark);
    ui.label(
        RichText::new(theme::verdict_symbol(&v.kind))
            .size(theme::VERDICT)
            .strong()
            .color(color),
    )
    .on_hover_text(strings::verdict(&v));
}

/// Who drives each direction: short titles, long lists folded.
fn why(ui: &mut egui::Ui, catalogue: &Catalogue, a: &Assessment, commands: &mut Vec<Command>) {
    ui.add_space(theme::GAP_S);
    ui.label(RichText::new(t().why).strong());
    for (label, ids) in [
        (t().pushing_up, &a.overall.increasing),
        (t().pushing_down, &a.overall.decreasing),
        (t().not_known, &a.overall.unknowns),
    ] {
        if ids.is_empty() {
            continue;
        }
        egui::CollapsingHeader::new(format!("{label} ({})", ids.len()))
            .id_salt(("why", label))
            .default_open(ids.len() <= theme::FOLD_AFTER)
            .show(ui, |ui| {
                // The title wraps in the room the "bron" link leaves beside it (in a wrapping
                // row it was squeezed to a few letters a line).
                let font = egui::TextStyle::Small.resolve(ui.style());
                let link_w = ui
                    .painter()
                    .layout_no_wrap(t().source_lower.to_owned(), font, egui::Color32::WHITE)
                    .size()
                    .x;
                for id in ids {
                    let room = ui.available_width() - link_w - 2.0 * ui.spacing().item_spacing.x;
                    ui.horizontal_top(|ui| {
                        ui.scope(|ui| {
                            ui.set_max_width(room);
                            title_bullet(ui, catalogue, id);
                        });
                        source_of(ui, catalogue, id, commands);
                    });
                }
            });
    }
}

/// "bron": the passage a measure's effect rests on (its first source), in the reader.
fn source_of(ui: &mut egui::Ui, catalogue: &Catalogue, id: &str, commands: &mut Vec<Command>) {
    let Some(s) = catalogue.get(id).and_then(|m| m.sources.first()) else {
        return;
    };
    let readable = catalogue
        .document(&s.doc)
        .is_some_and(|d| crate::sources::text(&d.file).is_some());
    let Some(line) = s.line.filter(|_| readable) else {
        return;
    };
    let place = strings::source_place(catalogue, s);
    let link = ui.add(egui::Link::new(RichText::new(t().source_lower).small()));
    // A screen reader hears where it leads, not "bron" once per measure.
    let name = format!("{}: {place}", t().source);
    link.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Link, true, &name));
    let link = link.on_hover_text(place);
    if link.clicked() {
        commands.push(Command::OpenSource {
            doc: s.doc.clone(),
            line: line as usize,
            quote: s.quote.clone(),
        });
    }
}

/// "• Short title…", the full title on hover.
fn title_bullet(ui: &mut egui::Ui, catalogue: &Catalogue, id: &str) {
    let full = catalogue.get(id).map_or(id, |m| m.title.as_str());
    let short = strings::short_title(full, theme::SHORT_TITLE);
    let r = ui.add(egui::Label::new(format!("• {short}")).wrap());
    if short != full {
        r.on_hover_text(full);
    }
}

fn hints(ui: &mut egui::Ui, catalogue: &Catalogue, a: &Assessment, commands: &mut Vec<Command>) {
    if a.hints.is_empty() {
        return;
    }
    ui.add_space(theme::GAP_S);
    ui.label(RichText::new(t().hints).strong());
    for h in &a.hints {
        ui.label(RichText::new(format!("• {}", strings::hint_title(h))).strong());
        let short = strings::hint_text_short(h, catalogue, theme::SHORT_TITLE);
        ui.indent(("hint", &short), |ui| {
            ui.add(egui::Label::new(&short).wrap())
                .on_hover_text(strings::hint_text(h, catalogue));
            if let Some(s) = &h.source {
                let small = |t: String| RichText::new(t).small();
                super::fiche::source_link(ui, catalogue, s, small, commands);
            }
        });
    }
}

fn needs(ui: &mut egui::Ui, a: &Assessment) {
    let n = &a.needs;
    ui.add_space(theme::GAP_S);
    ui.label(RichText::new(t().needs).strong());
    ui.label(strings::needs_summary(n));
    ui.label(format!(
        "{}: {}",
        t().field_ministries,
        strings::ministries_line(n)
    ));
}

/// How large the groups are that the package touches, where the sources say so: each number
/// as its source gives it, never added up.
fn reach(ui: &mut egui::Ui, catalogue: &Catalogue, a: &Assessment) {
    if a.reach.is_empty() {
        return;
    }
    ui.add_space(theme::GAP_S);
    ui.label(RichText::new(t().reach).strong());
    for l in &a.reach {
        let titles: Vec<&str> = l
            .measures
            .iter()
            .map(|id| catalogue.get(id).map_or(id.as_str(), |m| m.title.as_str()))
            .collect();
        ui.add(egui::Label::new(format!("• {}", strings::reach(&l.reach))).wrap())
            .on_hover_text(format!(
                "{}\n{}",
                titles.join("; "),
                strings::source_place(catalogue, &l.reach.source)
            ));
    }
}

/// The measures by stream; rejected ones apart at the end, where they plainly do not count.
fn measures(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    package: &Package,
    commands: &mut Vec<Command>,
) {
    ui.label(
        RichText::new(t().package_measures)
            .strong()
            .size(theme::SECTION),
    );
    let rejected = |i: &crate::package::Item| i.status == MeetingStatus::Rejected;
    for stream in Stream::ALL {
        let items: Vec<_> = package
            .measures(catalogue)
            .filter(|(i, m)| m.stream == stream && !rejected(i))
            .collect();
        if items.is_empty() {
            continue;
        }
        ui.label(RichText::new(strings::stream(stream)).strong());
        for (item, m) in items {
            ui.scope(|ui| item_ui(ui, item, m, commands));
        }
    }
    let out: Vec<_> = package
        .measures(catalogue)
        .filter(|(i, _)| rejected(i))
        .collect();
    if !out.is_empty() {
        ui.add_space(theme::GAP_M);
        ui.separator();
        ui.label(
            RichText::new(t().rejected_group)
                .strong()
                .color(ui.visuals().weak_text_color()),
        );
        for (item, m) in out {
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
}

/// An item's header: the effect badge in its direction's colour, the title as far as the panel
/// holds it (measured, not guessed), the meeting's status; a rejected item struck through.
fn item_header(
    ui: &egui::Ui,
    item: &crate::package::Item,
    m: &crate::catalogue::Measure,
) -> egui::text::LayoutJob {
    let d = crate::effect::item_direction(item, m);
    let rejected = item.status == MeetingStatus::Rejected;
    let font = egui::TextStyle::Button.resolve(ui.style());
    let text = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    let badge = format!("{}  ", theme::badge_text(&m.effect_text(), d));
    let status = format!(" — {}", strings::meeting_status(item.status));
    let width = |s: &str| {
        ui.painter()
            .layout_no_wrap(s.to_owned(), font.clone(), text)
            .size()
            .x
    };
    // The collapsing arrow and its gap come before the text.
    let arrow = ui.spacing().icon_width + ui.spacing().icon_spacing;
    let room = ui.available_width() - arrow - width(&badge) - width(&status) - theme::GAP_M;
    let title = fit(&m.title, room, &width);
    let mut job = egui::text::LayoutJob::default();
    let format = |color: egui::Color32| egui::TextFormat {
        font_id: font.clone(),
        color,
        strikethrough: if rejected {
            egui::Stroke::new(1.0, weak)
        } else {
            egui::Stroke::NONE
        },
        ..Default::default()
    };
    let badge_color = if rejected {
        weak
    } else {
        theme::direction_color(d, ui.visuals().dark_mode)
    };
    job.append(&badge, 0.0, format(badge_color));
    job.append(&title, 0.0, format(if rejected { weak } else { text }));
    job.append(&status, 0.0, format(weak));
    job
}

/// `s` whole when it is at most `room` wide, else cut at a word or letter with "…".
fn fit(s: &str, room: f32, width: &dyn Fn(&str) -> f32) -> String {
    if width(s) <= room {
        return s.to_owned();
    }
    let chars: Vec<char> = s.chars().collect();
    let (mut lo, mut hi) = (0, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let cut: String = chars[..mid].iter().collect();
        if width(&format!("{}…", cut.trim_end())) <= room {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let cut: String = chars[..lo.max(1)].iter().collect();
    format!("{}…", cut.trim_end())
}

fn item_ui(
    ui: &mut egui::Ui,
    item: &crate::package::Item,
    m: &crate::catalogue::Measure,
    commands: &mut Vec<Command>,
) {
    let head = item_header(ui, item, m);
    // The title is fitted to the panel in the header (the full title is in the fiche), so the
    // panel never grows over the fiche.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    let d = crate::effect::item_direction(item, m);
    let r = egui::CollapsingHeader::new(head)
        .id_salt(("item", &m.id))
        .show(ui, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
            ui.label(format!("{} ({})", m.effect_text(), strings::direction(d)));
            let variant = crate::package::chosen_variant(item, m);
            if let Some(p) = m.prose_reading(variant) {
                ui.label(RichText::new(strings::prose_reading(p)).weak().italics());
            }
            reading_ui(ui, item, m, commands);
            status_ui(ui, item, m, commands);
            if m.variant_kind == VariantKind::Alternatives && !m.variants.is_empty() {
                variant_ui(ui, item, m, commands);
            }
            weight_ui(ui, item, m, commands);
            note_ui(ui, item, m, commands);
            if ui.button(t().remove_from_package).clicked() {
                commands.push(Command::Edit(Edit::Remove(m.id.clone())));
            }
        });
    // The header is cut to the panel and starts with a glyph; a screen reader hears it whole.
    ui.ctx()
        .accesskit_node_builder(r.header_response.id, |node| {
            node.set_label(strings::package_item_name(m, item));
        });
    r.header_response.on_hover_text(&m.title);
}

fn status_ui(
    ui: &mut egui::Ui,
    item: &crate::package::Item,
    m: &crate::catalogue::Measure,
    commands: &mut Vec<Command>,
) {
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
}

fn variant_ui(
    ui: &mut egui::Ui,
    item: &crate::package::Item,
    m: &crate::catalogue::Measure,
    commands: &mut Vec<Command>,
) {
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

/// The meeting's weight for the measure; one undo step per drag.
fn weight_ui(
    ui: &mut egui::Ui,
    item: &crate::package::Item,
    m: &crate::catalogue::Measure,
    commands: &mut Vec<Command>,
) {
    let mut w = item.weight.unwrap_or(1.0);
    let label = ui.label(t().weight);
    let r = ui
        .add(
            egui::Slider::new(&mut w, crate::package::WEIGHTS)
                .step_by(0.5)
                .custom_formatter(|v, _| strings::decimal(v as f32))
                .custom_parser(strings::parse_decimal),
        )
        .labelled_by(label.id);
    if r.changed() {
        commands.push(Command::Edit(Edit::SetWeight(m.id.clone(), Some(w))));
    }
    if r.drag_stopped() {
        commands.push(Command::EndEditRun);
    }
}

/// The meeting's private note; one undo step per visit to the field.
fn note_ui(
    ui: &mut egui::Ui,
    item: &crate::package::Item,
    m: &crate::catalogue::Measure,
    commands: &mut Vec<Command>,
) {
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
}

/// The meeting's own reading of the measure: a direction with its strength, and a short reason.
fn reading_ui(
    ui: &mut egui::Ui,
    item: &crate::package::Item,
    m: &crate::catalogue::Measure,
    commands: &mut Vec<Command>,
) {
    use crate::package::Reading;
    let current = item.reading.as_ref();
    let label = ui.label(t().reading).on_hover_text(t().reading_hint);
    egui::ComboBox::from_id_salt(("reading", &m.id))
        // All seven choices in view: the strongest one must not hide below a scroll.
        .height(f32::INFINITY)
        .selected_text(current.map_or(t().reading_none, |r| strings::direction(r.direction)))
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(current.is_none(), t().reading_none)
                .clicked()
                && current.is_some()
            {
                commands.push(Command::Edit(Edit::SetReading(m.id.clone(), None)));
            }
            for d in Reading::DIRECTIONS {
                let on = current.is_some_and(|r| r.direction == d);
                if ui.selectable_label(on, strings::direction(d)).clicked() && !on {
                    let reason = current.map_or("", |r| r.reason.as_str());
                    commands.push(Command::Edit(Edit::SetReading(
                        m.id.clone(),
                        Some(Reading::new(d, reason)),
                    )));
                    commands.push(Command::EndEditRun);
                }
            }
        })
        .response
        .labelled_by(label.id);
    let Some(r) = current else {
        return;
    };
    let label = ui.label(t().reading_reason);
    let mut reason = r.reason.clone();
    let resp = ui
        .add(egui::TextEdit::singleline(&mut reason).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    if resp.changed() {
        commands.push(Command::Edit(Edit::SetReading(
            m.id.clone(),
            Some(Reading::new(r.direction, &reason)),
        )));
    }
    if resp.lost_focus() {
        commands.push(Command::EndEditRun);
    }
}

/// The package name field's id, for F2 to give it the focus.
pub fn name_id() -> egui::Id {
    egui::Id::unique("package-name")
}
