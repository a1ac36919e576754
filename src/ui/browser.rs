//! The catalogue list: search as you type, facet filters, a count, and a virtualised list that
//! stays fluid with 10,000 measures.

use std::collections::BTreeSet;

use egui::{RichText, Sense};

use super::theme;
use crate::catalogue::search::{EffectClass, Filter, SearchIndex};
use crate::catalogue::{Catalogue, InstrumentKind, Term};
use crate::command::Command;
use crate::package::{Edit, Package};
use crate::strings::{self, t};

const ROW_HEIGHT: f32 = 46.0;

/// The search field's id: ↑/↓/Esc act on the catalogue while it has the keyboard.
pub fn search_id() -> egui::Id {
    egui::Id::unique("catalogue-search")
}

/// The results list's id: ↓ from the search field gives it the keyboard, and there ↑/↓ move,
/// Space and Enter tick and untick the selected measure.
pub fn list_id() -> egui::Id {
    egui::Id::unique("catalogue-results")
}

pub struct Browser {
    pub filter: Filter,
    index: SearchIndex,
    matches: Vec<usize>,
    computed_for: Option<Filter>,
    pub selected: Option<usize>,
    scroll_to_selected: bool,
    list_offset: f32,
    /// Values each facet offers, from the catalogue (computed once).
    instruments: Vec<InstrumentKind>,
    ministries: Vec<String>,
    tracks: Vec<u8>,
}

impl Browser {
    pub fn new(catalogue: &Catalogue) -> Self {
        let mut instruments: Vec<InstrumentKind> = catalogue
            .measures
            .iter()
            .flat_map(|m| m.instrument.kinds.iter().copied())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        instruments.sort();
        let tracks = (1..=5)
            .filter(|n| catalogue.measures.iter().any(|m| m.tracks.contains(n)))
            .collect();
        let mut browser = Self {
            filter: Filter::default(),
            index: SearchIndex::new(catalogue),
            matches: Vec::new(),
            computed_for: None,
            selected: None,
            scroll_to_selected: false,
            list_offset: 0.0,
            instruments,
            ministries: catalogue.ministries(),
            tracks,
        };
        browser.refresh(catalogue);
        browser
    }

    /// The same search and filters over a changed catalogue (the user's additions).
    pub fn rebuild(&mut self, catalogue: &Catalogue) {
        let filter = std::mem::take(&mut self.filter);
        *self = Self::new(catalogue);
        self.filter = filter;
        self.refresh(catalogue);
    }

    /// Indices of the measures that match the filter.
    pub fn matches(&self) -> &[usize] {
        &self.matches
    }

    /// Recompute the matches only when the filter changed.
    pub fn refresh(&mut self, catalogue: &Catalogue) {
        if self.computed_for.as_ref() != Some(&self.filter) {
            self.matches = self.index.matches(catalogue, &self.filter);
            self.computed_for = Some(self.filter.clone());
        }
    }

    /// Move the selection within the matches; from nothing, ↓ takes the first.
    pub fn step_selection(&mut self, delta: isize) -> Option<usize> {
        if self.matches.is_empty() {
            return None;
        }
        let pos = self
            .selected
            .and_then(|s| self.matches.iter().position(|&m| m == s));
        let next = match pos {
            None if delta > 0 => 0,
            None => self.matches.len() - 1,
            Some(p) => p.saturating_add_signed(delta).min(self.matches.len() - 1),
        };
        self.scroll_to_selected = true;
        Some(self.matches[next])
    }

    /// Esc: first clear the search text, then the filters.
    pub fn clear(&mut self) {
        if self.filter.query.is_empty() {
            self.filter = Filter::default();
        } else {
            self.filter.query.clear();
        }
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        catalogue: &Catalogue,
        package: &Package,
        commands: &mut Vec<Command>,
    ) {
        self.search_field(ui);
        self.filters_ui(ui, catalogue);
        self.refresh(catalogue);
        ui.add_space(theme::GAP_S);
        ui.label(
            RichText::new(strings::matches_of(
                self.matches.len(),
                catalogue.measures.len(),
            ))
            .strong(),
        );
        ui.separator();
        self.list(ui, catalogue, package, commands);
    }

    fn search_field(&mut self, ui: &mut egui::Ui) {
        let label = ui.label(RichText::new(t().search_label).strong());
        let edit = egui::TextEdit::singleline(&mut self.filter.query)
            .id(search_id())
            .hint_text(t().search_hint)
            .desired_width(f32::INFINITY);
        ui.add(edit).labelled_by(label.id);
    }

    fn filters_ui(&mut self, ui: &mut egui::Ui, catalogue: &Catalogue) {
        let active = self.filter.facets_active();
        let title = if active > 0 {
            format!("{} ({active} {})", t().filters, t().active)
        } else {
            t().filters.to_owned()
        };
        // Open filters scroll in at most part of the panel, so the count and the list stay.
        let max_height = ui.available_height() * theme::FILTERS_SHARE;
        egui::CollapsingHeader::new(title)
            .id_salt("filters")
            .default_open(false)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("filter-chips")
                    .max_height(max_height)
                    .show(ui, |ui| self.facets(ui, catalogue));
            });
        // Outside the scrolling chips, so it is always in reach.
        if active > 0 && ui.button(t().clear_filters).clicked() {
            let query = std::mem::take(&mut self.filter.query);
            self.filter = Filter {
                query,
                ..Filter::default()
            };
        }
    }

    fn facets(&mut self, ui: &mut egui::Ui, catalogue: &Catalogue) {
        let f = &mut self.filter;
        ui.set_max_width(ui.available_width());
        facet(
            ui,
            t().facet_stream,
            &mut f.streams,
            crate::catalogue::Stream::ALL.to_vec(),
            |s| strings::stream(*s).to_owned(),
        );
        facet(
            ui,
            t().facet_effect,
            &mut f.effects,
            EffectClass::ALL.to_vec(),
            |c| strings::effect_class(*c).to_owned(),
        );
        facet(
            ui,
            t().facet_term,
            &mut f.terms,
            vec![Term::KT, Term::MLT, Term::LT],
            |x| strings::term(*x).to_owned(),
        );
        facet(
            ui,
            t().facet_instrument,
            &mut f.instruments,
            self.instruments.clone(),
            |k| strings::instrument(*k).to_owned(),
        );
        facet(
            ui,
            t().facet_ministry,
            &mut f.ministries,
            self.ministries.clone(),
            |m| m.clone(),
        );
        if !self.tracks.is_empty() {
            facet(
                ui,
                t().facet_track,
                &mut f.tracks,
                self.tracks.clone(),
                |n| strings::track(*n),
            );
        }
        let docs: Vec<String> = catalogue.documents.iter().map(|d| d.id.clone()).collect();
        facet(ui, t().facet_document, &mut f.documents, docs, |id| {
            catalogue
                .document(id)
                .map_or(id.clone(), |d| d.short.clone())
        });
    }

    fn list(
        &mut self,
        ui: &mut egui::Ui,
        catalogue: &Catalogue,
        package: &Package,
        commands: &mut Vec<Command>,
    ) {
        if self.matches.is_empty() {
            ui.label(t().no_matches);
            return;
        }
        let dark = ui.visuals().dark_mode;
        let mut scroll = egui::ScrollArea::vertical().auto_shrink([false, false]);
        if std::mem::take(&mut self.scroll_to_selected)
            && let Some(pos) = self
                .selected
                .and_then(|s| self.matches.iter().position(|&m| m == s))
        {
            // Keep the selected row in view when moving with the keyboard.
            let spacing = ui.spacing().item_spacing.y;
            let top = pos as f32 * (ROW_HEIGHT + spacing);
            let visible = ui.available_height();
            let current = self.list_offset;
            if top < current || top + ROW_HEIGHT > current + visible {
                scroll = scroll.vertical_scroll_offset((top - visible / 2.0).max(0.0));
            }
        }
        let output = scroll.show_rows(ui, ROW_HEIGHT, self.matches.len(), |ui, range| {
            for &i in &self.matches[range] {
                let m = &catalogue.measures[i];
                let selected = self.selected == Some(i);
                let (row, tick) = measure_row(ui, m, selected, package.contains(&m.id), dark);
                if tick.clicked() {
                    commands.push(Command::Edit(Edit::Toggle(m.id.clone())));
                } else if row.clicked() {
                    commands.push(Command::Select(i));
                }
            }
        });
        self.list_offset = output.state.clamped_offset().y;
        // The list takes the keyboard as a whole (the rows are painted); clicks stay the rows'.
        ui.interact(
            output.inner_rect,
            list_id(),
            egui::Sense::focusable_noninteractive(),
        )
        .widget_info(|| {
            egui::WidgetInfo::labeled(egui::accesskit::Role::List, true, strings::results_list())
        });
        // ↑/↓ move through the results, never egui's focus to a link elsewhere (a fiche's
        // sources).
        let arrows = egui::EventFilter {
            vertical_arrows: true,
            ..Default::default()
        };
        ui.memory_mut(|m| m.set_focus_lock_filter(list_id(), arrows));
    }
}

/// A row of toggle chips for one facet.
fn facet<T: Ord + Clone>(
    ui: &mut egui::Ui,
    title: &str,
    set: &mut BTreeSet<T>,
    values: Vec<T>,
    label: impl Fn(&T) -> String,
) {
    if values.is_empty() {
        return;
    }
    ui.label(RichText::new(title).small().strong());
    ui.horizontal_wrapped(|ui| {
        for v in values {
            let mut on = set.contains(&v);
            if ui.toggle_value(&mut on, label(&v)).changed() {
                if on {
                    set.insert(v);
                } else {
                    set.remove(&v);
                }
            }
        }
    });
}

/// One list row: a tick box for the package, the sign as a badge, the title, and a line of
/// facts. Painted by hand so that every row has the same height (which `show_rows` needs).
fn measure_row(
    ui: &mut egui::Ui,
    m: &crate::catalogue::Measure,
    selected: bool,
    in_package: bool,
    dark: bool,
) -> (egui::Response, egui::Response) {
    let width = ui.available_width();
    // Clicked with the pointer, but no Tab stop each: the list is one stop, where the arrows
    // move and Space ticks (94 stops would trap a keyboard user).
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, ROW_HEIGHT), Sense::CLICK);
    response
        .widget_info(|| egui::WidgetInfo::selected(egui::Role::ListItem, true, selected, &m.title));
    // The badge and the grey line are painted: a screen reader hears them as the description.
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_description(strings::measure_row_description(m));
    });
    let tick_rect =
        egui::Rect::from_min_size(rect.min + egui::vec2(2.0, 10.0), egui::vec2(26.0, 26.0));
    let tick = ui.interact(tick_rect, response.id.with("tick"), Sense::CLICK);
    tick.widget_info(|| {
        let label = format!("{}: {}", t().in_package, m.title);
        egui::WidgetInfo::selected(egui::Role::CheckBox, true, in_package, label)
    });
    if !ui.is_rect_visible(rect) {
        return (response, tick);
    }
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect);
    if selected {
        painter.rect_filled(rect, 4.0, visuals.selection.bg_fill);
    } else if response.hovered() {
        painter.rect_filled(rect, 4.0, visuals.widgets.hovered.weak_bg_fill);
    }
    let text_color = if selected {
        visuals.selection.stroke.color
    } else {
        visuals.text_color()
    };
    let stroke_color = if tick.hovered() {
        visuals.strong_text_color()
    } else {
        text_color
    };
    paint_tick(&painter, tick_rect.shrink(4.0), in_package, stroke_color);
    let badge = egui::Rect::from_min_size(rect.min + egui::vec2(32.0, 8.0), egui::vec2(44.0, 28.0));
    paint_badge(&painter, badge, m, dark);
    let left = badge.right() + 8.0;
    let width = rect.right() - left - 4.0;
    let font = |size| egui::FontId::proportional(size);
    let title = truncate_galley(ui, &m.title, width, font(15.0), text_color);
    let elided = title.elided;
    painter.galley(egui::pos2(left, rect.top() + 4.0), title, text_color);
    let weak = visuals.weak_text_color();
    let meta = truncate_galley(ui, &row_facts(m), width, font(13.0), weak);
    painter.galley(egui::pos2(left, rect.top() + 25.0), meta, text_color);
    // A cut title is told apart by its full text on hover.
    let response = if elided {
        response.on_hover_text(&m.title)
    } else {
        response
    };
    (response, tick)
}

/// The tick box, with a drawn tick (the default fonts have no check-mark glyph).
fn paint_tick(painter: &egui::Painter, box_rect: egui::Rect, ticked: bool, colour: egui::Color32) {
    painter.rect_stroke(
        box_rect,
        3.0,
        egui::Stroke::new(1.5, colour),
        egui::StrokeKind::Inside,
    );
    if ticked {
        let r = box_rect.shrink(3.0);
        let points = vec![
            egui::pos2(r.left(), r.center().y),
            egui::pos2(r.left() + r.width() * 0.4, r.bottom()),
            egui::pos2(r.right(), r.top()),
        ];
        painter.add(egui::Shape::line(points, egui::Stroke::new(2.5, colour)));
    }
}

/// The effect badge: the source's symbol on its direction's colour.
fn paint_badge(
    painter: &egui::Painter,
    badge: egui::Rect,
    m: &crate::catalogue::Measure,
    dark: bool,
) {
    let direction = m.direction();
    let fill = theme::direction_color(direction, dark);
    painter.rect_filled(badge, 4.0, fill);
    painter.text(
        badge.center(),
        egui::Align2::CENTER_CENTER,
        theme::badge_text(&m.effect_text(), direction),
        egui::FontId::proportional(16.0),
        theme::text_on(fill),
    );
}

/// "Arbeid · MLT/LT · Besluit": stream, terms ("?" where the source names none), instrument.
fn row_facts(m: &crate::catalogue::Measure) -> String {
    let terms: Vec<&str> = m
        .horizon
        .terms
        .iter()
        .map(|t| strings::term_short(*t))
        .collect();
    let terms = if terms.is_empty() {
        "?".to_owned()
    } else {
        terms.join("/")
    };
    format!(
        "{} · {terms} · {}",
        strings::stream(m.stream),
        m.instrument.text
    )
}

fn truncate_galley(
    ui: &egui::Ui,
    text: &str,
    width: f32,
    font: egui::FontId,
    color: egui::Color32,
) -> std::sync::Arc<egui::Galley> {
    let mut job = egui::text::LayoutJob::single_section(
        text.to_owned(),
        egui::TextFormat::simple(font, color),
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width(width.max(10.0));
    ui.fonts_mut(|f| f.layout_job(job))
}
