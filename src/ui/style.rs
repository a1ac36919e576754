//! Look and feel: type large enough for a projector, a colour-blind-safe palette for effects.

use egui::{Color32, FontId, TextStyle};

use crate::catalogue::Direction;

/// Sizes chosen to be read from the back of a meeting room at 1366×768.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(13.0)),
            (TextStyle::Body, FontId::proportional(16.0)),
            (TextStyle::Button, FontId::proportional(16.0)),
            (TextStyle::Heading, FontId::proportional(24.0)),
            (TextStyle::Monospace, FontId::monospace(14.0)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
}

/// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. The symbol is
/// always shown next to the colour, so colour is never the only carrier.
pub fn direction_color(d: Direction, dark: bool) -> Color32 {
    match d {
        Direction::Increase | Direction::PossibleIncrease => Color32::from_rgb(0xE6, 0x9F, 0x00),
        Direction::Decrease | Direction::StrongDecrease | Direction::NeutralToDecrease => {
            if dark {
                Color32::from_rgb(0x56, 0xB4, 0xE9)
            } else {
                Color32::from_rgb(0x00, 0x72, 0xB2)
            }
        }
        Direction::Neutral => Color32::from_gray(if dark { 170 } else { 110 }),
        Direction::Mixed => Color32::from_rgb(0xCC, 0x79, 0xA7),
        Direction::Unknown | Direction::NotApplicable => {
            Color32::from_gray(if dark { 120 } else { 150 })
        }
    }
}

/// A short symbol for lists; the source's own symbol where it is one, otherwise a stand-in.
pub fn badge_text(symbol: &str, d: Direction) -> String {
    if Direction::from_symbol(symbol).is_some() && symbol.chars().count() <= 10 {
        symbol.to_owned()
    } else {
        match d {
            Direction::Increase => "+".into(),
            Direction::PossibleIncrease => "(+)".into(),
            Direction::Neutral => "0".into(),
            Direction::NeutralToDecrease => "0/-".into(),
            Direction::Decrease => "-".into(),
            Direction::StrongDecrease => "--".into(),
            Direction::Mixed => "±".into(),
            Direction::Unknown | Direction::NotApplicable => "?".into(),
        }
    }
}
