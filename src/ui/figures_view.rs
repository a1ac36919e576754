//! The annex figures: a list, and the chosen figure as the chart that fits it, with exact values
//! on hover, a table view, its source and the measures it informs.

use egui::{Color32, RichText};
use egui_plot::{Bar, BarChart, Line, Plot, PlotPoints, Points};

use super::legend::Key;
use super::theme;
use crate::catalogue::Catalogue;
use crate::catalogue::figures::{Figure, FigureKind, Value};
use crate::command::{Chart, Command};
use crate::strings::{self, t};

/// Series colours (Okabe–Ito).
pub const PALETTE: [Color32; 12] = theme::SERIES;

pub struct FiguresView {
    pub selected: Option<usize>,
    pub as_table: bool,
}

impl FiguresView {
    pub fn new() -> Self {
        Self {
            selected: None,
            as_table: false,
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, catalogue: &Catalogue, commands: &mut Vec<Command>) {
        if catalogue.figures.is_empty() {
            ui.label(t().no_figures);
            return;
        }
        // The list and the figure side by side in the room this view has (a panel nested in
        // the centre took its width from the window, and the figure ran under the package).
        let full = ui.available_rect_before_wrap();
        let list_w = (full.width() * theme::FIGURE_LIST_SHARE).clamp(160.0, 300.0);
        let (list_rect, rest) = full.split_left_right_at_x(full.left() + list_w);
        let list = ui.scope_builder(egui::UiBuilder::new().max_rect(list_rect), |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                for (i, f) in catalogue.figures.iter().enumerate() {
                    if ui
                        .selectable_label(self.selected == Some(i), &f.title)
                        .clicked()
                    {
                        commands.push(Command::ShowFigure(i));
                    }
                }
            });
        });
        super::name_region(&list.response, t().region_figure_list);
        let rest = super::right_pane(ui, rest);
        ui.scope_builder(egui::UiBuilder::new().max_rect(rest), |ui| {
            let Some(f) = self.selected.and_then(|i| catalogue.figures.get(i)) else {
                ui.label(t().choose_figure);
                return;
            };
            egui::ScrollArea::vertical()
                .id_salt(("figure", &f.id))
                .show(ui, |ui| self.figure(ui, catalogue, f, commands));
        });
    }

    fn figure(
        &mut self,
        ui: &mut egui::Ui,
        catalogue: &Catalogue,
        f: &Figure,
        commands: &mut Vec<Command>,
    ) {
        // Everything below wraps to the view's width; a wide table must not widen it.
        ui.set_max_width(ui.available_width());
        ui.heading(&f.title);
        ui.label(RichText::new(format!("{}: {}", t().unit, f.unit)).size(theme::FIGURE));
        if f.kind != FigureKind::NotAvailable {
            // The buttons wrap where the centre is narrow (a laptop with both panels open).
            ui.horizontal_wrapped(|ui| {
                ui.checkbox(&mut self.as_table, t().show_as_table);
                if ui
                    .button(t().export_figure_excel)
                    .on_hover_text(t().tip_export_figure_excel)
                    .clicked()
                {
                    commands.push(Command::ExportFigureXlsx(f.id.clone()));
                }
                if ui
                    .button(t().export_csv)
                    .on_hover_text(t().tip_export_figure_csv)
                    .clicked()
                {
                    commands.push(Command::ExportFigureCsv(f.id.clone()));
                }
                if !self.as_table && ui.button(t().export_png).clicked() {
                    commands.push(Command::ExportChartPng(Chart::Figure(f.id.clone())));
                }
            });
        }
        match f.kind {
            FigureKind::NotAvailable => {
                ui.label(RichText::new(t().numbers_not_available).size(theme::SECTION));
            }
            FigureKind::Table | FigureKind::Matrix => table(ui, f),
            _ if self.as_table => table(ui, f),
            _ => chart_or_table(ui, f, ChartUse::View),
        }
        // Notes about the data are for whoever checks it, folded as in the fiche.
        if !f.notes.is_empty() {
            egui::CollapsingHeader::new(RichText::new(t().data_notes).strong())
                .id_salt(("figure-notes", &f.id))
                .show(ui, |ui| {
                    for n in &f.notes {
                        ui.label(RichText::new(n).italics());
                    }
                });
        }
        // The caption's source opens the reader at the figure's passage.
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("{}:", t().source)).small());
            super::fiche::source_link(
                ui,
                catalogue,
                &f.source,
                |t| RichText::new(t).small(),
                commands,
            );
        });
        if !f.measures.is_empty() {
            ui.add_space(theme::GAP_M);
            ui.label(RichText::new(t().informs).strong());
            for id in &f.measures {
                if let Some(pos) = catalogue.position(id) {
                    let title = &catalogue.measures[pos].title;
                    if ui.link(title).clicked() {
                        commands.push(Command::Select(pos));
                        commands.push(Command::View(crate::command::CenterView::Fiche));
                    }
                }
            }
        }
    }
}

impl Default for FiguresView {
    fn default() -> Self {
        Self::new()
    }
}

/// A value as drawn: finite and within what the catalogue accepts, so that a value that
/// bypassed the loader cannot push the plot bounds to infinity.
fn plotted(v: &crate::catalogue::figures::Value) -> Option<f64> {
    let max = crate::catalogue::figures::MAX_VALUE;
    v.number()
        .filter(|n| n.is_finite())
        .map(|n| n.clamp(-max, max))
}

/// x positions: the year where categories are years, otherwise the index. Only whole years in
/// the accepted range count: far-apart numbers ("2020", "1e12") would stretch the axis.
fn xs(f: &Figure) -> Vec<f64> {
    match f.years() {
        Some(years) => years.into_iter().map(f64::from).collect(),
        None => (0..f.categories.len()).map(|i| i as f64).collect(),
    }
}

fn axis_label(f: &Figure, x: f64) -> String {
    let xs = xs(f);
    xs.iter()
        .position(|v| (v - x).abs() < 1e-6)
        .and_then(|i| f.categories.get(i).cloned())
        .unwrap_or_default()
}

/// Hovering a point names its series, category and value, the Dutch way; elsewhere nothing.
fn hover_label(f: &Figure, pos: &egui_plot::HoverPosition<'_>) -> Option<String> {
    let egui_plot::HoverPosition::NearDataPoint {
        plot_name,
        position,
        ..
    } = pos
    else {
        return None;
    };
    Some(format!(
        "{plot_name}\n{}: {} {}",
        axis_label(f, position.x),
        strings::number(position.y),
        f.unit
    ))
}

/// The legend above the chart, never over the data: a swatch and the name of each series.
/// The figure on its own, as saved to PNG: title, unit, legend and chart, source.
pub fn export(ui: &mut egui::Ui, catalogue: &Catalogue, f: &Figure) {
    ui.heading(&f.title);
    ui.label(format!("{}: {}", t().unit, f.unit));
    chart_or_table(ui, f, ChartUse::Still);
    ui.label(format!(
        "{}: {}",
        t().source,
        strings::source_place(catalogue, &f.source)
    ));
}

fn series_legend(ui: &mut egui::Ui, f: &Figure) {
    let entries: Vec<_> = f
        .series
        .iter()
        .enumerate()
        .map(|(si, s)| (Key::Swatch(PALETTE[si % PALETTE.len()]), s.name.clone()))
        .collect();
    super::legend::show(ui, &entries, None);
}

/// Where a chart is drawn: in the working view (values on hover, the unit along the axis), or
/// still — on a slide or in a picture — where the pointer may rest on it in front of a room and
/// the unit is said above the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartUse {
    View,
    Still,
}

/// A chart takes the room it is given, up to its full height: on a slide the room is bounded.
/// On a slide the chart takes all the room it is given; in the view no more than a screenful.
fn chart_height(ui: &egui::Ui, used: ChartUse) -> f32 {
    let room = ui.available_height();
    match (room.is_finite(), used) {
        (false, _) => 420.0,
        (true, ChartUse::Still) => room.max(160.0),
        (true, ChartUse::View) => room.clamp(160.0, 420.0),
    }
}

fn plot<'a>(ui: &egui::Ui, f: &'a Figure, used: ChartUse) -> Plot<'a> {
    let plot = Plot::new(("plot", &f.id))
        .height(chart_height(ui, used))
        // One grid line per category (year), so every label is shown.
        .x_grid_spacer(crate::ui::bounded_grid([1.0, 5.0, 10.0]))
        .allow_scroll(false)
        .y_axis_formatter(|mark, _| strings::number(mark.value))
        .show_crosshair(false);
    match used {
        ChartUse::View => plot
            .label_formatter(move |pos| hover_label(f, pos))
            .y_axis_label(f.unit.clone()),
        ChartUse::Still => plot
            .show_x(false)
            .show_y(false)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_boxed_zoom(false),
    }
}

fn line_chart(ui: &mut egui::Ui, f: &Figure, used: ChartUse) {
    let xs = xs(f);
    let hover = used == ChartUse::View;
    plot(ui, f, used)
        .x_axis_formatter(move |mark, _| axis_label(f, mark.value))
        .show(ui, |p| {
            for (si, s) in f.series.iter().enumerate() {
                let color = PALETTE[si % PALETTE.len()];
                // Missing values break the line: nothing is drawn across a gap.
                let mut segment: Vec<[f64; 2]> = Vec::new();
                let mut points: Vec<[f64; 2]> = Vec::new();
                for (x, v) in xs.iter().zip(&s.values) {
                    match plotted(v) {
                        Some(y) => {
                            segment.push([*x, y]);
                            points.push([*x, y]);
                        }
                        None => {
                            if segment.len() > 1 {
                                p.line(
                                    Line::new(
                                        &s.name,
                                        PlotPoints::from(std::mem::take(&mut segment)),
                                    )
                                    .color(color)
                                    .allow_hover(hover)
                                    .width(3.0),
                                );
                            }
                            segment.clear();
                        }
                    }
                }
                if segment.len() > 1 {
                    p.line(
                        Line::new(&s.name, PlotPoints::from(segment))
                            .color(color)
                            .allow_hover(hover)
                            .width(3.0),
                    );
                }
                p.points(
                    Points::new(&s.name, PlotPoints::from(points))
                        .color(color)
                        .allow_hover(hover)
                        .radius(5.0),
                );
            }
        });
}

fn bar_chart(ui: &mut egui::Ui, f: &Figure, stacked: bool, used: ChartUse) {
    let n = f.series.len().max(1) as f64;
    let xs: Vec<f64> = (0..f.categories.len()).map(|i| i as f64).collect();
    let width = if stacked { 0.7 } else { 0.8 / n };
    let charts: Vec<BarChart> = f
        .series
        .iter()
        .enumerate()
        .map(|(si, s)| {
            let offset = if stacked {
                0.0
            } else {
                (si as f64 - (n - 1.0) / 2.0) * width
            };
            let bars: Vec<Bar> = xs
                .iter()
                .zip(&s.values)
                .filter_map(|(x, v)| {
                    plotted(v).map(|y| {
                        let bar = Bar::new(x + offset, y).width(width).name(format!(
                            "{}: {}",
                            s.name,
                            strings::figure_value(v)
                        ));
                        // Still (a slide, a picture): bars solid, so they read on a projector.
                        match used {
                            ChartUse::Still => bar.fill(PALETTE[si % PALETTE.len()]),
                            ChartUse::View => bar,
                        }
                    })
                })
                .collect();
            let unit = f.unit.clone();
            BarChart::new(&s.name, bars)
                .color(PALETTE[si % PALETTE.len()])
                .allow_hover(used == ChartUse::View)
                .element_formatter(Box::new(move |bar, _| {
                    format!("{}\n{} {unit}", bar.name, strings::number(bar.value))
                }))
        })
        .collect();
    let mut stacked_charts: Vec<BarChart> = Vec::new();
    for c in charts {
        let c = if stacked {
            let refs: Vec<&BarChart> = stacked_charts.iter().collect();
            c.stack_on(&refs)
        } else {
            c
        };
        stacked_charts.push(c);
    }
    let index_plot = plot(ui, f, used).x_axis_formatter(move |mark, _| {
        let i = mark.value.round();
        if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
            f.categories.get(i as usize).cloned().unwrap_or_default()
        } else {
            String::new()
        }
    });
    index_plot.show(ui, |p| {
        for c in stacked_charts {
            p.bar_chart(c);
        }
    });
}

/// The data as a table: categories down, series across; matrices coloured by symbol. Every
/// column has an equal share of the width, and the headings wrap in it.
pub fn table(ui: &mut egui::Ui, f: &Figure) {
    let columns = f.series.len() + 1 + usize::from(f.totals.is_some());
    let spacing = theme::TABLE_SPACING[0] * columns as f32;
    let col = ((ui.available_width() - spacing) / columns as f32).max(60.0);
    // Values at body size (never smaller than their labels), which the slides scale up.
    let size = ui
        .style()
        .text_styles
        .get(&egui::TextStyle::Body)
        .map_or(theme::FIGURE, |font| font.size);
    egui::Grid::new(("table", &f.id))
        .striped(true)
        .spacing(theme::TABLE_SPACING)
        .max_col_width(col)
        .show(ui, |ui| {
            ui.label("");
            for s in &f.series {
                wrapped(ui, RichText::new(&s.name).strong(), col);
            }
            if f.totals.is_some() {
                wrapped(ui, RichText::new(t().total).strong(), col);
            }
            ui.end_row();
            for (i, cat) in f.categories.iter().enumerate() {
                wrapped(ui, RichText::new(cat).strong(), col);
                for s in &f.series {
                    let v = s.values.get(i).cloned().unwrap_or(Value::Missing);
                    let text = strings::figure_value(&v);
                    let rich = RichText::new(text).size(size);
                    let rich = match (&f.kind, &v) {
                        (FigureKind::Matrix, Value::Text(sym)) => rich
                            .background_color(matrix_color(sym))
                            .color(theme::ON_COLOUR),
                        _ => rich,
                    };
                    ui.label(rich);
                }
                if let Some(tot) = &f.totals {
                    let total = tot.get(i).map(strings::figure_value).unwrap_or_default();
                    ui.label(RichText::new(total).size(size));
                }
                ui.end_row();
            }
        });
}

/// A table cell that wraps at its column's width.
fn wrapped(ui: &mut egui::Ui, text: RichText, width: f32) {
    ui.scope(|ui| {
        ui.set_max_width(width);
        ui.add(egui::Label::new(text).wrap());
    });
}

pub fn matrix_color(symbol: &str) -> Color32 {
    theme::rgb(crate::palette::matrix(symbol))
}

/// The figure as the source shows it: a chart, or a table where it is one. Slides use this.
pub fn chart_or_table(ui: &mut egui::Ui, f: &Figure, used: ChartUse) {
    // Legends stand above the chart, never over the data.
    match f.kind {
        FigureKind::Line => {
            series_legend(ui, f);
            line_chart(ui, f, used);
        }
        FigureKind::Bars => {
            series_legend(ui, f);
            bar_chart(ui, f, false, used);
        }
        FigureKind::StackedBars => {
            series_legend(ui, f);
            bar_chart(ui, f, true, used);
        }
        FigureKind::Table | FigureKind::Matrix | FigureKind::NotAvailable => table(ui, f),
    }
}
