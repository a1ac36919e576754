//! The timeline as a slide: one bar per measure, type a room can read, a legend of the
//! instruments. Drawn by hand rather than with a plot, so sizes follow the slide's scale.

use egui::{Rect, Stroke, UiBuilder, pos2, vec2};

use super::legend::Key;
use super::theme::{self, slide};
use crate::catalogue::InstrumentKind;
use crate::month::Month;
use crate::strings::{self, t};
use crate::timeline::{Basis, Row};

/// A measure's name at the left of its row, on up to two lines (the check reports a name that
/// still does not fit, rather than the slide hiding it).
fn left_label(ui: &mut egui::Ui, rect: Rect, text: &str, size: f32) {
    let mut job = egui::text::LayoutJob::simple(
        text.to_owned(),
        egui::FontId::proportional(size),
        slide::TEXT,
        rect.width(),
    );
    // As many lines as the row holds, two at least.
    job.wrap.max_rows = ((rect.height() / (size * 1.2)) as usize).clamp(2, 3);
    let galley = ui.painter().layout_job(job);
    let top = rect.center().y - galley.size().y / 2.0;
    ui.painter()
        .galley(pos2(rect.left(), top), galley, slide::TEXT);
    // Painted, so named for a screen reader here.
    let id = ui.scope_id().with("gantt-name").with(text);
    ui.interact(rect, id, egui::Sense::hover())
        .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, text));
}

pub fn ui(ui: &mut egui::Ui, bars: &[Row], decision: Month, s: f32) {
    let area = ui.available_rect_before_wrap();
    // Two lines of legend: the instruments wrap between entries.
    let (legend_h, axis_h) = (2.6 * slide::NOTE * s, 34.0 * s);
    // Room for a long measure name on two lines; the bars keep the larger part.
    let label_w = area.width() * 0.46;
    let rows = bars.len().max(1) as f32;
    // Up to three lines of name per row where there are few rows.
    let row_h = ((area.height() - legend_h - axis_h) / rows).clamp(12.0, 3.8 * slide::NOTE * s);
    // The deck's note size: names take two lines where they need them.
    let size = slide::NOTE * s;
    let chart = Rect::from_min_max(
        pos2(area.left() + label_w, area.top() + axis_h),
        pos2(area.right() - 16.0 * s, area.top() + axis_h + rows * row_h),
    );
    let (y0, y1) = crate::timeline::years_shown(bars, decision);
    let x = |year: f64| chart.left() + ((year - y0) / (y1 - y0)) as f32 * chart.width();
    axis(ui, chart, (y0, y1), &x, s);
    for (i, r) in bars.iter().enumerate() {
        let top = chart.top() + i as f32 * row_h;
        let title = Rect::from_min_size(pos2(area.left(), top), vec2(label_w - 12.0 * s, row_h));
        left_label(ui, title, &r.title, size);
        bar(ui, r, (top, row_h), &x, size);
    }
    let line = x(decision.as_year());
    ui.painter().line_segment(
        [pos2(line, chart.top()), pos2(line, chart.bottom())],
        Stroke::new(3.0 * s, slide::DECISION),
    );
    legend(ui, bars, pos2(area.left(), chart.bottom() + 12.0 * s), s);
}

/// Years along the top, with faint lines down the chart.
fn axis(ui: &egui::Ui, chart: Rect, (y0, y1): (f64, f64), x: &dyn Fn(f64) -> f32, s: f32) {
    let step = if y1 - y0 > 12.0 { 2 } else { 1 };
    let painter = ui.painter();
    for year in (y0 as i32..=y1 as i32).step_by(step) {
        let at = x(f64::from(year));
        painter.line_segment(
            [pos2(at, chart.top()), pos2(at, chart.bottom())],
            Stroke::new(1.0, slide::FOOTER.gamma_multiply(0.4)),
        );
        painter.text(
            pos2(at, chart.top() - 4.0 * s),
            egui::Align2::CENTER_BOTTOM,
            year.to_string(),
            egui::FontId::proportional(slide::NOTE * s),
            slide::FOOTER,
        );
    }
}

/// One measure: solid up to the earliest ready date, lighter up to the latest (or a year on
/// where the source gives no maximum); a question mark where no lead time is known.
fn bar(ui: &egui::Ui, r: &Row, (top, h): (f32, f32), x: &dyn Fn(f64) -> f32, size: f32) {
    let painter = ui.painter();
    let (y_top, y_bottom) = (top + h * 0.2, top + h * 0.8);
    let start = x(r.start.as_year());
    let Some(min) = r.ready_min().filter(|_| r.basis != Basis::Unknown) else {
        painter.text(
            pos2(start, top + h / 2.0),
            egui::Align2::LEFT_CENTER,
            "?",
            egui::FontId::proportional(size),
            slide::TEXT,
        );
        return;
    };
    let colour = theme::instrument_color(r.instrument);
    let solid_end = x(min.as_year()).max(start + 3.0);
    painter.rect_filled(
        Rect::from_min_max(pos2(start, y_top), pos2(solid_end, y_bottom)),
        2.0,
        colour,
    );
    let open_end = r.ready_max().map_or(min.as_year() + 1.0, Month::as_year);
    let end = x(open_end);
    if end > solid_end {
        painter.rect_filled(
            Rect::from_min_max(pos2(solid_end, y_top), pos2(end, y_bottom)),
            2.0,
            colour.gamma_multiply(0.4),
        );
    }
}

/// The instruments on the slide, each with its colour; then what the light part and the line mean.
fn legend(ui: &mut egui::Ui, bars: &[Row], at: egui::Pos2, s: f32) {
    let mut kinds: Vec<Option<InstrumentKind>> = bars.iter().map(|r| r.instrument).collect();
    kinds.sort();
    kinds.dedup();
    let size = slide::NOTE * s;
    let rect = Rect::from_min_size(at, vec2(ui.max_rect().right() - at.x, 2.6 * size));
    let mut entries: Vec<(Key, String)> = kinds
        .into_iter()
        .map(|k| {
            let name = k.map_or(t().basis_unknown, strings::instrument);
            (Key::Swatch(theme::instrument_color(k)), name.to_owned())
        })
        .collect();
    entries.push((
        Key::Swatch(slide::TEXT.gamma_multiply(0.4)),
        t().uncertain_part.to_owned(),
    ));
    // The decision date is a line on the chart, so its key is a line too.
    entries.push((Key::Line(slide::DECISION), t().decision_date.to_owned()));
    ui.scope_builder(UiBuilder::new().max_rect(rect), |ui| {
        super::legend::show(ui, &entries, Some(egui::FontId::proportional(size)));
    });
}
