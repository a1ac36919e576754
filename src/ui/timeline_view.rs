//! The implementation timeline of the package: a Gantt chart with the source's words on hover,
//! the assumptions in plain sight, and the package's dates.

use egui::{Color32, RichText};
use egui_plot::{Bar, BarChart, Plot, VLine};

use super::theme;
use crate::catalogue::{Catalogue, InstrumentKind};
use crate::command::{Chart, Command};
use crate::month::Month;
use crate::package::{Edit, Package};
use crate::strings::{self, month_name, t};
use crate::timeline::{self, Assumptions, Basis, Row};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Start,
    Stream,
    Instrument,
}

pub struct TimelineView {
    pub sort: Sort,
    pub show_assumptions: bool,
    date_text: String,
}

impl Default for TimelineView {
    fn default() -> Self {
        Self {
            sort: Sort::Start,
            show_assumptions: false,
            date_text: String::new(),
        }
    }
}

pub use super::theme::instrument_color;

impl TimelineView {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        catalogue: &Catalogue,
        package: &Package,
        rows: &[Row],
        today: Month,
        commands: &mut Vec<Command>,
    ) {
        let assumptions = &package.assumptions;
        ui.heading(t().timeline);
        let decision = package.decision(today);
        self.controls(ui, decision, commands);
        if package.items.is_empty() {
            ui.label(t().package_empty);
            return;
        }
        let mut rows = rows.to_vec();
        self.sort_rows(&mut rows, catalogue);
        summary_ui(ui, catalogue, &rows);
        if ui.button(t().export_png).clicked() {
            commands.push(Command::ExportChartPng(Chart::Timeline));
        }
        egui::ScrollArea::vertical()
            .id_salt("timeline")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                chart(ui, catalogue, &rows, today, decision, None);
                basis_table(ui, catalogue, &rows, commands);
            });
        if self.show_assumptions {
            // The window edits a copy; a change goes through the command path.
            let mut edited = assumptions.clone();
            let released = assumptions_window(ui.ctx(), &mut edited, &mut self.show_assumptions);
            if edited != *assumptions {
                commands.push(Command::Edit(Edit::SetAssumptions(edited)));
            }
            if released {
                commands.push(Command::EndEditRun);
            }
        }
    }

    /// The timeline on its own, as saved to PNG: title, what the bars mean, legend and chart
    /// sized to the window, and the documents the lead times come from.
    pub fn export(
        &self,
        ui: &mut egui::Ui,
        catalogue: &Catalogue,
        package: &Package,
        rows: &[Row],
        today: Month,
    ) {
        let mut rows = rows.to_vec();
        self.sort_rows(&mut rows, catalogue);
        ui.heading(format!("{} — {}", t().timeline, package.name));
        ui.label(t().timeline_unit);
        let mut documents: Vec<&str> = Vec::new();
        for r in &rows {
            let doc = r.source.as_ref().and_then(|s| catalogue.document(&s.doc));
            if let Some(d) = doc.filter(|d| !documents.contains(&d.title.as_str())) {
                documents.push(&d.title);
            }
        }
        let sources = format!("{}: {}", t().sources, documents.join("; "));
        // What is left after the texts (one line each, the legend up to two).
        let line = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
        let height = ui.available_height() - 5.0 * line;
        chart(
            ui,
            catalogue,
            &rows,
            today,
            package.decision(today),
            Some(height),
        );
        ui.add(egui::Label::new(sources).wrap());
    }

    fn controls(&mut self, ui: &mut egui::Ui, decision: Month, commands: &mut Vec<Command>) {
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t().decision_date);
            // While the field is being typed in, keep what the user typed; otherwise show the date.
            let id = egui::Id::unique("decision-date");
            if !ui.memory(|m| m.has_focus(id)) {
                self.date_text = decision.to_string();
            }
            let edit = egui::TextEdit::singleline(&mut self.date_text)
                .id(id)
                .desired_width(90.0);
            let r = ui.add(edit).labelled_by(label.id);
            if r.changed() && Month::parse(&self.date_text).is_some() {
                commands.push(Command::Edit(Edit::SetDecisionDate(Some(
                    self.date_text.clone(),
                ))));
            }
            // Typing a date is one undo step; the next edit starts another.
            if r.lost_focus() {
                commands.push(Command::EndEditRun);
            }
            ui.label(RichText::new(format!("({})", month_name(decision))).weak());
            ui.separator();
            ui.label(t().sort_by);
            for (s, name) in [
                (Sort::Start, t().sort_start),
                (Sort::Stream, t().field_stream),
                (Sort::Instrument, t().field_instrument),
            ] {
                ui.selectable_value(&mut self.sort, s, name);
            }
            ui.separator();
            if ui.button(t().assumptions).clicked() {
                self.show_assumptions = !self.show_assumptions;
            }
        });
    }

    fn sort_rows(&self, rows: &mut [Row], catalogue: &Catalogue) {
        match self.sort {
            Sort::Start => rows.sort_by_key(|r| (r.start, r.lead_months_min)),
            Sort::Stream => rows.sort_by_key(|r| catalogue.get(&r.id).map(|m| m.stream)),
            Sort::Instrument => rows.sort_by_key(|r| r.instrument),
        }
    }
}

fn summary_ui(ui: &mut egui::Ui, catalogue: &Catalogue, rows: &[Row]) {
    let s = timeline::summary(rows);
    let title = |id: &str| catalogue.get(id).map_or(id.to_owned(), |m| m.title.clone());
    if let (Some(date), Some(by)) = (s.all_in_force_earliest, &s.decided_by) {
        let open = if s.open_ended.is_empty() {
            ""
        } else {
            t().earliest_open
        };
        ui.label(
            RichText::new(if open.is_empty() {
                format!("{}: {}", t().all_in_force, month_name(date))
            } else {
                format!("{}: {} ({open})", t().all_in_force, month_name(date))
            })
            .size(theme::SECTION)
            .strong(),
        );
        ui.label(format!("{}: {}", t().decided_by, title(by)));
        if s.rests_on_assumption {
            ui.label(RichText::new(t().rests_on_assumption).color(ui.visuals().warn_fg_color));
        }
    }
    if !s.unknown.is_empty() {
        // Counted, the titles folded: a paragraph of fifteen titles pushed the chart off screen.
        let n = u32::try_from(s.unknown.len()).unwrap_or(u32::MAX);
        egui::CollapsingHeader::new(format!("{}: {}", t().lead_unknown, strings::measures(n)))
            .id_salt("lead-unknown")
            .default_open(s.unknown.len() <= theme::FOLD_AFTER)
            .show(ui, |ui| {
                for i in &s.unknown {
                    ui.label(format!("• {}", title(i)));
                }
            });
    }
    if !s.load.is_empty() {
        let load: Vec<String> = s
            .load
            .iter()
            .map(|(y, law, amvb)| strings::legislative_load(*y, *law, *amvb))
            .collect();
        ui.label(format!("{}: {}", t().legislative_load, load.join(" · ")));
    }
}

/// The Gantt chart; `height` fixes its height (for export), else it grows with the rows.
fn chart(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    rows: &[Row],
    today: Month,
    decision: Month,
    height: Option<f32>,
) {
    let n = rows.len();
    let bars = GanttBars::of(rows);
    // The names column takes a share of the width, so the bars keep theirs on a small screen.
    let names_width = (ui.available_width() * theme::GANTT_NAMES_SHARE).clamp(140.0, 300.0);
    let labels = fitted_labels(ui, rows, names_width - theme::GAP_M);
    let height = height.unwrap_or((n as f32 * 30.0 + 90.0).clamp(220.0, 1400.0));
    legend_row(ui, &bars.solid);
    let shown = Plot::new("gantt")
        .height(height)
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .show_y(false)
        .y_axis_min_width(names_width)
        .show_crosshair(false)
        .y_grid_spacer(crate::ui::bounded_grid([1.0, 5.0, 10.0]))
        .y_axis_formatter(move |mark, _| {
            let i = n as i64 - mark.value.round() as i64;
            if (mark.value - mark.value.round()).abs() < 1e-6 && i >= 0 {
                labels.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .x_axis_formatter(|mark, _| {
            if (mark.value - mark.value.round()).abs() < 1e-6 {
                format!("{}", mark.value.round() as i64)
            } else {
                String::new()
            }
        })
        .x_grid_spacer(crate::ui::bounded_grid([0.25, 1.0, 5.0]))
        .show(ui, |p| bars.draw(p, today, decision));
    row_tip(&shown.response, &shown.transform, rows, catalogue);
}

/// Every row's bars: solid to the earliest ready date (coloured by instrument), the uncertain
/// margin to the latest, the effect window after; and the milestones. Row i stands at y = n − i.
/// (What a bar rests on is said by the row's tooltip, so the bars carry no names.)
struct GanttBars {
    solid: Vec<(InstrumentKind, Bar)>,
    uncertain: Vec<Bar>,
    effect: Vec<Bar>,
    milestones: Vec<[f64; 2]>,
}

impl GanttBars {
    fn of(rows: &[Row]) -> Self {
        let n = rows.len();
        let y = |i: usize| (n - i) as f64;
        let mut bars = Self {
            solid: Vec::new(),
            uncertain: Vec::new(),
            effect: Vec::new(),
            milestones: Vec::new(),
        };
        for (i, r) in rows.iter().enumerate() {
            let Some(min) = r.ready_min() else { continue };
            let (start, ready) = (r.start.as_year(), min.as_year());
            let kind = r.instrument.unwrap_or(InstrumentKind::Unknown);
            let colour = instrument_color(Some(kind));
            let bar = |len: f64, from: f64| Bar::new(y(i), len).base_offset(from).width(0.6);
            bars.solid
                .push((kind, bar((ready - start).max(0.05), start).fill(colour)));
            let max_end = r.ready_max().map_or(ready + 1.0, Month::as_year);
            if max_end > ready {
                let lighter = colour.gamma_multiply(0.35);
                bars.uncertain
                    .push(bar(max_end - ready, ready).fill(lighter));
            }
            if let Some((lo, hi)) = r.effect_years {
                bars.effect.push(
                    Bar::new(y(i), (hi - lo).max(0.1) as f64)
                        .base_offset(max_end + lo as f64)
                        .width(0.25)
                        .fill(theme::EFFECT_WINDOW),
                );
            }
            bars.milestones
                .extend(r.milestones.iter().map(|(m, _)| [m.as_year(), y(i)]));
        }
        bars
    }

    fn draw(self, p: &mut egui_plot::PlotUi<'_>, today: Month, decision: Month) {
        let mut kinds: Vec<InstrumentKind> = self.solid.iter().map(|(k, _)| *k).collect();
        kinds.sort();
        kinds.dedup();
        for k in kinds {
            let bars: Vec<Bar> = self
                .solid
                .iter()
                .filter(|(kk, _)| *kk == k)
                .map(|(_, b)| b.clone())
                .collect();
            p.bar_chart(
                BarChart::new(strings::instrument(k), bars)
                    .color(instrument_color(Some(k)))
                    .allow_hover(false)
                    .horizontal(),
            );
        }
        for (name, colour, bars) in [
            (t().uncertain_part, theme::UNCERTAIN, self.uncertain),
            (t().effect_after, theme::EFFECT_WINDOW, self.effect),
        ] {
            p.bar_chart(
                BarChart::new(name, bars)
                    .color(colour)
                    .allow_hover(false)
                    .horizontal(),
            );
        }
        p.points(
            egui_plot::Points::new(t().milestone, egui_plot::PlotPoints::from(self.milestones))
                .shape(egui_plot::MarkerShape::Diamond)
                .radius(7.0)
                .allow_hover(false)
                .color(theme::MILESTONE),
        );
        for (name, when, colour) in [
            (t().today, today, theme::TODAY),
            (t().decision_date, decision, theme::DECISION),
        ] {
            p.vline(VLine::new(name, when.as_year()).color(colour).width(2.0));
        }
    }
}

/// The row under the pointer in a tooltip of its own (a background, kept inside the window):
/// the title, the source's words with their basis and source, and the effect window.
fn row_tip(
    response: &egui::Response,
    transform: &egui_plot::PlotTransform,
    rows: &[Row],
    catalogue: &Catalogue,
) {
    let Some(pos) = response.hover_pos() else {
        return;
    };
    // Row i stands at y = n − i, its bar 0.6 high.
    let y = transform.value_from_position(pos).y;
    let i = rows.len() as f64 - y.round();
    if (y - y.round()).abs() > 0.4 || i < 0.0 {
        return;
    }
    let Some(r) = rows.get(i as usize) else {
        return;
    };
    let source = r
        .source
        .as_ref()
        .map(|s| strings::source_place(catalogue, s))
        .unwrap_or_default();
    response.clone().on_hover_ui_at_pointer(|ui| {
        ui.set_max_width(theme::TOOLTIP_WIDTH);
        ui.label(RichText::new(&r.title).strong());
        ui.label(format!(
            "“{}” ({}; {source})",
            r.words,
            strings::basis(r.basis)
        ));
        if r.ready_max().is_none() {
            ui.label(RichText::new(t().no_maximum).weak());
        }
        if r.effect_years.is_some() {
            ui.label(format!(
                "{}: {} ({})",
                t().effect_lower,
                r.horizon,
                t().assumed_years
            ));
        }
    });
}

/// The legend above the chart (inside it would cover bars): instruments, the uncertain part,
/// the effect window, today and the decision date.
fn legend_row(ui: &mut egui::Ui, solid: &[(InstrumentKind, Bar)]) {
    let mut kinds: Vec<InstrumentKind> = solid.iter().map(|(k, _)| *k).collect();
    kinds.sort();
    kinds.dedup();
    let mut entries: Vec<(Color32, String)> = kinds
        .iter()
        .map(|k| {
            (
                instrument_color(Some(*k)),
                strings::instrument(*k).to_owned(),
            )
        })
        .collect();
    entries.push((theme::UNCERTAIN, t().uncertain_part.to_owned()));
    entries.push((theme::EFFECT_WINDOW, t().effect_after.to_owned()));
    entries.push((theme::MILESTONE, t().milestone.to_owned()));
    let lines = [
        (theme::TODAY, t().today.to_owned()),
        (theme::DECISION, t().decision_date.to_owned()),
    ];
    // The two dates are lines in the chart, so their keys are lines too.
    let keys: Vec<_> = entries
        .into_iter()
        .map(|(c, n)| (super::legend::Key::Swatch(c), n))
        .chain(
            lines
                .into_iter()
                .map(|(c, n)| (super::legend::Key::Line(c), n)),
        )
        .collect();
    super::legend::show(ui, &keys, None);
}

/// Below the chart: every row's words, basis and source, readable without hovering. Each
/// column has a share of the width and wraps in it, so no column falls off a small screen.
fn basis_table(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    rows: &[Row],
    commands: &mut Vec<Command>,
) {
    ui.add_space(theme::GAP_M);
    let header = [t().measure, t().lead_time, t().basis, t().source_words];
    let cells: Vec<[String; 4]> = rows.iter().map(table_row).collect();
    let spacing = ui.spacing().item_spacing.x * 4.0 + theme::GAP_XL;
    let total = (ui.available_width() - spacing).max(320.0);
    // The last column also holds each row's source link.
    let links: Vec<String> = rows
        .iter()
        .filter_map(|r| r.source.as_ref())
        .map(|s| strings::source_place(catalogue, s))
        .collect();
    let least: Vec<f32> = (0..4)
        .map(|c| {
            let extra = links.iter().filter(|_| c == 3).map(String::as_str);
            super::columns::widest_word(
                ui,
                std::iter::once(header[c])
                    .chain(cells.iter().map(|r| r[c].as_str()))
                    .chain(extra),
            ) + theme::GAP_M
        })
        .collect();
    // Where the columns cannot each hold their longest word, the rows become a list: a word
    // broken between two lines, or a column under the package panel, cannot be read.
    if least.iter().sum::<f32>() > total {
        return basis_list(ui, catalogue, rows, cells, commands);
    }
    let widths = super::columns::widths(total, &theme::TIMELINE_COLUMNS, &least);
    egui::Grid::new("timeline-table")
        .striped(true)
        .show(ui, |ui| {
            for (h, w) in header.into_iter().zip(&widths) {
                cell(ui, RichText::new(h).strong(), *w);
            }
            ui.end_row();
            for (r, row) in rows.iter().zip(cells) {
                let [title, lead, basis, words] = row;
                for (text, w) in [title, lead, basis].into_iter().zip(&widths) {
                    cell(ui, RichText::new(text), *w);
                }
                ui.scope(|ui| {
                    ui.set_min_width(widths[3]);
                    ui.set_max_width(widths[3]);
                    words_and_source(ui, catalogue, r, &words, commands);
                });
                ui.end_row();
            }
        });
}

/// The table's rows as a list, for a view too narrow for its columns: the measure, its lead
/// time and basis, then the source's words.
fn basis_list(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    rows: &[Row],
    cells: Vec<[String; 4]>,
    commands: &mut Vec<Command>,
) {
    for (r, [title, lead, basis, words]) in rows.iter().zip(cells) {
        ui.separator();
        ui.add(egui::Label::new(RichText::new(title).strong()).wrap());
        ui.add(egui::Label::new(format!("{lead} · {basis}")).wrap());
        words_and_source(ui, catalogue, r, &words, commands);
    }
}

/// The source's words, and the link that opens the reader at their passage.
fn words_and_source(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    r: &Row,
    words: &str,
    commands: &mut Vec<Command>,
) {
    ui.add(egui::Label::new(words).wrap());
    if let Some(s) = &r.source {
        let small = |t: String| RichText::new(t).small();
        super::fiche::source_link(ui, catalogue, s, small, commands);
    }
}

/// A row of the table: measure, lead time, basis, the source's words.
fn table_row(r: &Row) -> [String; 4] {
    let basis = match r.basis {
        Basis::Source => t().basis_source.to_owned(),
        Basis::Assumption => format!(
            "{} ({})",
            t().basis_assumption,
            r.instrument.map_or("?", strings::instrument)
        ),
        Basis::Unknown => t().basis_unknown.to_owned(),
    };
    let mut words = format!("“{}”", r.words);
    if let Some(p) = r.past_source_start {
        words.push_str(&format!(" — {} {}", t().past_start, month_name(p)));
    }
    let lead = strings::lead_text(r.lead_months_min, r.lead_months_max);
    [r.title.clone(), lead, basis, words]
}

/// A table cell that wraps at its column's width.
fn cell(ui: &mut egui::Ui, text: RichText, width: f32) {
    ui.scope(|ui| {
        ui.set_min_width(width);
        ui.set_max_width(width);
        ui.add(egui::Label::new(text).wrap());
    });
}

/// The assumptions, editable. Returns whether a drag ended (the end of an undo step).
fn assumptions_window(ctx: &egui::Context, a: &mut Assumptions, open: &mut bool) -> bool {
    let mut released = false;
    egui::Window::new(t().assumptions)
        .open(open)
        .show(ctx, |ui| {
            ui.label(t().assumptions_intro);
            egui::Grid::new("assumptions").show(ui, |ui| {
                for (name, v) in [
                    (strings::instrument(InstrumentKind::Law), &mut a.law),
                    (strings::instrument(InstrumentKind::Amvb), &mut a.amvb),
                    (
                        strings::instrument(InstrumentKind::Regulation),
                        &mut a.regulation,
                    ),
                    (t().any_decision, &mut a.decision),
                    (strings::instrument(InstrumentKind::EuEffort), &mut a.eu),
                    (
                        strings::instrument(InstrumentKind::Agreement),
                        &mut a.agreement,
                    ),
                ] {
                    ui.label(name);
                    // "van 24 mnd" … "tot 36 mnd": a range, said as one.
                    let lo = ui.add(
                        egui::DragValue::new(&mut v.0)
                            .range(0..=240)
                            .prefix(strings::range_from())
                            .suffix(strings::months_suffix()),
                    );
                    let hi = ui.add(
                        egui::DragValue::new(&mut v.1)
                            .range(v.0..=240)
                            .prefix(strings::range_to())
                            .suffix(strings::months_suffix()),
                    );
                    released |= lo.drag_stopped() || lo.lost_focus();
                    released |= hi.drag_stopped() || hi.lost_focus();
                    ui.end_row();
                }
                for (term, v) in [
                    (crate::catalogue::Term::KT, &mut a.kt_years),
                    (crate::catalogue::Term::MLT, &mut a.mlt_years),
                    (crate::catalogue::Term::LT, &mut a.lt_years),
                ] {
                    ui.label(strings::term(term));
                    let lo = ui.add(
                        egui::DragValue::new(&mut v.0)
                            .range(0.0..=20.0)
                            .speed(0.25)
                            .prefix(strings::range_from())
                            .suffix(strings::years_suffix())
                            .custom_formatter(|v, _| strings::decimal(v as f32))
                            .custom_parser(strings::parse_decimal),
                    );
                    let hi = ui.add(
                        egui::DragValue::new(&mut v.1)
                            .range(v.0..=30.0)
                            .speed(0.25)
                            .prefix(strings::range_to())
                            .suffix(strings::years_suffix())
                            .custom_formatter(|v, _| strings::decimal(v as f32))
                            .custom_parser(strings::parse_decimal),
                    );
                    released |= lo.drag_stopped() || lo.lost_focus();
                    released |= hi.drag_stopped() || hi.lost_focus();
                    ui.end_row();
                }
            });
            if ui.button(t().reset_assumptions).clicked() {
                *a = Assumptions::default();
                released = true;
            }
        });
    released
}

/// Every row's title fitted to `width`, kept between frames: measuring is cheap once, not forty
/// times a frame. The key holds the titles, the width and the font size.
fn fitted_labels(ui: &egui::Ui, rows: &[Row], width: f32) -> std::sync::Arc<Vec<String>> {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let titles: Vec<&str> = rows.iter().map(|r| r.title.as_str()).collect();
    let key =
        egui::Id::unique("gantt-labels").with((&titles, width.to_bits(), font.size.to_bits()));
    if let Some(labels) = ui.data(|d| d.get_temp::<std::sync::Arc<Vec<String>>>(key)) {
        return labels;
    }
    let labels: std::sync::Arc<Vec<String>> = std::sync::Arc::new(
        rows.iter()
            .map(|r| fit_width(ui, &r.title, width))
            .collect(),
    );
    ui.data_mut(|d| d.insert_temp(key, labels.clone()));
    labels
}

/// The title as it fits in `width` points in the axis font, shortened with "…" when it must
/// be (measured, not guessed: a guess per letter cut names off at the window's edge).
fn fit_width(ui: &egui::Ui, text: &str, width: f32) -> String {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let fits = |s: &str| {
        let galley = ui
            .painter()
            .layout_no_wrap(s.to_owned(), font.clone(), Color32::WHITE);
        galley.size().x <= width
    };
    if fits(text) {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let shortened = |n: usize| format!("{}…", chars[..n].iter().collect::<String>().trim_end());
    let (mut lo, mut hi) = (0, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if fits(&shortened(mid)) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    shortened(lo)
}
