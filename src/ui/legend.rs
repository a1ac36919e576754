//! A legend: a key and a name per entry, the row breaking between entries, never inside one
//! ("Onzeker / deel" on two lines reads as two entries). Used by the figures, the timeline and
//! the timeline slide.

use egui::{Color32, FontId};

/// What stands before a name: a colour swatch, or a line (for the dates drawn as lines).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Key {
    Swatch(Color32),
    Line(Color32),
}

/// Draw the entries in `font` (the body text where `None`), wrapping between them.
pub fn show(ui: &mut egui::Ui, entries: &[(Key, String)], font: Option<FontId>) {
    let font = font.unwrap_or_else(|| egui::TextStyle::Body.resolve(ui.style()));
    let key = font.size * 0.8;
    let gap = font.size * 0.3;
    ui.horizontal_wrapped(|ui| {
        for (k, name) in entries {
            let color = ui.visuals().text_color();
            let galley = ui
                .painter()
                .layout_no_wrap(name.clone(), font.clone(), color);
            // Sized up front, so the row breaks before an entry that would not fit.
            let size = egui::vec2(key + gap + galley.size().x, galley.size().y);
            let layout = egui::Layout::left_to_right(egui::Align::Center);
            ui.allocate_ui_with_layout(size, layout, |ui| {
                ui.spacing_mut().item_spacing.x = gap;
                let (rect, _) = ui.allocate_exact_size(egui::vec2(key, key), egui::Sense::hover());
                match *k {
                    Key::Swatch(c) => {
                        ui.painter().rect_filled(rect, 2.0, c);
                    }
                    Key::Line(c) => {
                        let stroke = egui::Stroke::new(3.0, c);
                        ui.painter().vline(rect.center().x, rect.y_range(), stroke);
                    }
                }
                ui.label(galley);
            });
            ui.add_space(gap * 2.5);
        }
    });
}
