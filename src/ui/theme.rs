//! Design tokens: type sizes, spacing and colours, light and dark, in one place. Type is large
//! enough to read from the back of a meeting room at 1366×768; colours are Okabe–Ito, which
//! stay distinguishable with the common colour-vision deficiencies, and are never the only
//! carrier of meaning.

use egui::{Color32, FontId, TextStyle};

use crate::catalogue::{Direction, InstrumentKind};
use crate::effect::VerdictKind;
use crate::palette;

/// Type sizes in points.
pub const SMALL: f32 = 13.0;
pub const BODY: f32 = 16.0;
/// A value in a chart's table, a unit line.
pub const FIGURE: f32 = 17.0;
/// A section title inside a view.
pub const SECTION: f32 = 18.0;
pub const HEADING: f32 = 24.0;

/// The package panel: its share of the window (so zooming keeps it in proportion), and its
/// width when folded to a summary.
pub const PACKAGE_SHARE: f32 = 0.3;
pub const PACKAGE_SHARE_MAX: f32 = 0.4;
pub const CATALOGUE_SHARE: f32 = 0.27;
pub const CATALOGUE_SHARE_MAX: f32 = 0.32;
/// Never narrower than this share of the window (and never below the fixed minimum).
pub const SIDE_SHARE_MIN: f32 = 0.16;
pub const SIDE_MIN: f32 = 200.0;
pub const SLIM_PANEL: f32 = 140.0;
/// The timeline: the share of the width for the measure names beside the bars, the width of a
/// character there, and the shares of the table's columns (measure, lead time, basis, words).
pub const GANTT_NAMES_SHARE: f32 = 0.28;
pub const TIMELINE_COLUMNS: [f32; 4] = [0.34, 0.14, 0.17, 0.35];
/// The figures view: the list of figures' share of the centre's width.
pub const FIGURE_LIST_SHARE: f32 = 0.28;
/// The most of the catalogue panel's height the open filters take before they scroll.
pub const FILTERS_SHARE: f32 = 0.4;
/// Space between a figure table's columns and rows.
pub const TABLE_SPACING: [f32; 2] = [18.0, 8.0];
/// A legend's colour swatch.
pub const SWATCH: f32 = 14.0;
/// A verdict's marker, in points.
pub const MARKER: f32 = 18.0;
/// A headline verdict.
pub const VERDICT: f32 = 19.0;
/// Titles in hints and lists are cut to this many characters (the full title on hover).
pub const SHORT_TITLE: usize = 42;
/// A list longer than this is folded.
pub const FOLD_AFTER: usize = 3;

/// Vertical spacing between blocks.
pub const GAP_S: f32 = 4.0;
pub const GAP_M: f32 = 8.0;
pub const GAP_L: f32 = 12.0;
/// The space left below the last block of a scrolling view.
pub const GAP_XL: f32 = 24.0;
/// A tooltip's width before it wraps: a few lines of a measure's words, not one long line.
pub const TOOLTIP_WIDTH: f32 = 360.0;

/// The names column of a fiche's facts.
pub const FACT_NAME_WIDTH: f32 = 170.0;

/// A colour of the one palette (`knoppen_text::palette`) as egui draws it.
pub const fn rgb([r, g, b]: palette::Rgb) -> Color32 {
    Color32::from_rgb(r, g, b)
}

/// The Okabe–Ito palette.
pub mod okabe_ito {
    use super::{palette::okabe_ito as p, rgb};
    use egui::Color32;
    pub const ORANGE: Color32 = rgb(p::ORANGE);
    pub const SKY_BLUE: Color32 = rgb(p::SKY_BLUE);
    pub const GREEN: Color32 = rgb(p::GREEN);
    pub const YELLOW: Color32 = rgb(p::YELLOW);
    pub const BLUE: Color32 = rgb(p::BLUE);
    pub const VERMILLION: Color32 = rgb(p::VERMILLION);
    pub const PURPLE: Color32 = rgb(p::PURPLE);
}

/// Series colours for charts, in order.
pub const SERIES: [Color32; 12] = [
    rgb(palette::SERIES[0]),
    rgb(palette::SERIES[1]),
    rgb(palette::SERIES[2]),
    rgb(palette::SERIES[3]),
    rgb(palette::SERIES[4]),
    rgb(palette::SERIES[5]),
    rgb(palette::SERIES[6]),
    rgb(palette::SERIES[7]),
    rgb(palette::SERIES[8]),
    rgb(palette::SERIES[9]),
    rgb(palette::SERIES[10]),
    rgb(palette::SERIES[11]),
];

/// The keyboard focus ring and its width.
pub fn focus_color(dark: bool) -> Color32 {
    rgb(palette::focus(dark))
}
pub const FOCUS_WIDTH: f32 = 2.5;

/// The reader: the cited words' background, the edge of the cited passage, and the mark of a
/// passage nothing cites (the gap finder).
pub fn cited_fill(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(112, 92, 0)
    } else {
        okabe_ito::YELLOW
    }
}
pub fn cited_edge(dark: bool) -> Color32 {
    focus_color(dark)
}
pub fn uncited_color(dark: bool) -> Color32 {
    if dark {
        okabe_ito::ORANGE
    } else {
        okabe_ito::VERMILLION
    }
}

/// Text on a coloured badge or a light chart fill.
pub const ON_COLOUR: Color32 = Color32::BLACK;

/// Black or white, whichever reads on `fill` (a "-" in black on dark blue all but vanishes
/// on a projector).
pub fn text_on(fill: Color32) -> Color32 {
    let [r, g, b, _] = fill.to_array();
    let luma = 0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b);
    if luma < 128.0 {
        Color32::WHITE
    } else {
        ON_COLOUR
    }
}

/// Timeline: the uncertain part of a bar, the effect window, a bar without a lead time.
pub const UNCERTAIN: Color32 = Color32::from_gray(200);
pub const EFFECT_WINDOW: Color32 = Color32::from_gray(160);
pub const MILESTONE: Color32 = Color32::BLACK;
pub const TODAY: Color32 = rgb(palette::TODAY);
pub const DECISION: Color32 = rgb(palette::DECISION);

/// Colour per instrument, so a colour-blind reader can tell them apart; legends name them.
pub fn instrument_color(k: Option<InstrumentKind>) -> Color32 {
    rgb(palette::instrument(k))
}

/// Presenter mode: high contrast on black, type scaled with the screen.
pub mod slide {
    use egui::Color32;
    pub const BACKGROUND: Color32 = Color32::BLACK;
    pub const TEXT: Color32 = Color32::WHITE;
    pub const CURRENT: Color32 = Color32::YELLOW;
    pub const FOOTER: Color32 = Color32::from_gray(170);
    /// The decision line: the light blue reads on black where the dark one does not.
    pub const DECISION: Color32 = super::okabe_ito::SKY_BLUE;
    /// The presenter's own window.
    pub const VIEW_TEXT: f32 = 20.0;

    /// The deck's one type scale at 1366×768, by role; multiplied by the screen's scale.
    pub fn role_size(role: crate::present::Role) -> f32 {
        use crate::present::Role;
        match role {
            Role::Display => 56.0,
            Role::Title => 40.0,
            Role::Lead => 30.0,
            Role::Body => 26.0,
            Role::Note => NOTE,
        }
    }
    /// The smallest role: sources, legends, the counter.
    pub const NOTE: f32 = 20.0;
    /// Space between a slide's blocks, before it grows to use the slide's height.
    pub const GAP: f32 = 14.0;
    /// The margin around a slide's content.
    pub const MARGIN: egui::Vec2 = egui::vec2(40.0, 24.0);

    /// The slide every size is designed at: the smallest projector we plan for.
    pub const DESIGN: egui::Vec2 = egui::vec2(1366.0, 768.0);

    /// The screen's scale against the design size.
    pub fn scale(screen: egui::Vec2) -> f32 {
        (screen.x / DESIGN.x)
            .min(screen.y / DESIGN.y)
            .clamp(0.6, 2.5)
    }

    /// The smallest text a room can read: 18 px on a 1366×768 slide (1/42 of its height, about
    /// 13 pt on a 16:9 slide), scaled with the screen like every size on it. Sources, legends
    /// and the counter sit at this floor's edge; body text is well above it.
    pub fn min_text(screen: egui::Vec2) -> f32 {
        MIN_TEXT * scale(screen)
    }
    pub const MIN_TEXT: f32 = 18.0;
}

/// Sizes chosen to be read from the back of a meeting room at 1366×768.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(SMALL)),
            (TextStyle::Body, FontId::proportional(BODY)),
            (TextStyle::Button, FontId::proportional(BODY)),
            (TextStyle::Heading, FontId::proportional(HEADING)),
            (TextStyle::Monospace, FontId::monospace(SMALL + 1.0)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
        // egui's own weak text, links, warnings and errors fall under 4.5:1 on its panels
        // (`tests/contrast.rs`): darker in the light theme, lighter in the dark.
        let v = &mut style.visuals;
        if v.dark_mode {
            v.weak_text_color = Some(Color32::from_gray(165));
            v.error_fg_color = Color32::from_rgb(0xFF, 0x80, 0x80);
        } else {
            v.weak_text_color = Some(Color32::from_gray(90));
            v.hyperlink_color = Color32::from_rgb(0x00, 0x58, 0xA3);
            v.warn_fg_color = Color32::from_rgb(0x8A, 0x5A, 0x00);
            v.error_fg_color = Color32::from_rgb(0xB0, 0x00, 0x20);
        }
    });
}

/// The colour of an effect direction. The symbol is always shown next to it.
pub fn direction_color(d: Direction, dark: bool) -> Color32 {
    rgb(palette::direction(d, dark))
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

/// The colour of a verdict's marker (Okabe–Ito, so it survives colour blindness and a
/// washed-out projector); the marker's shape says the same without colour.
pub fn verdict_color(kind: &VerdictKind, dark: bool) -> Color32 {
    rgb(palette::verdict(kind, dark))
}

/// The symbol of a verdict in the stream × term matrix and its legend.
pub fn verdict_symbol(kind: &VerdictKind) -> &'static str {
    match kind {
        VerdictKind::Increasing => "+",
        VerdictKind::Decreasing => "–",
        VerdictKind::Mixed { .. } => "±",
        VerdictKind::Neutral => "0",
        VerdictKind::MostlyUnknown { .. } => "?",
        VerdictKind::Empty => "·",
    }
}

/// A success notice: green, not the warning colour.
pub fn success_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x5F, 0xD3, 0xA8)
    } else {
        Color32::from_rgb(0x00, 0x6B, 0x4E)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn badge_text_reads_on_every_direction_colour() {
        assert_eq!(text_on(okabe_ito::BLUE), Color32::WHITE);
        assert_eq!(text_on(okabe_ito::ORANGE), Color32::BLACK);
        for dark in [false, true] {
            for d in [Direction::Decrease, Direction::Increase, Direction::Unknown] {
                let fill = direction_color(d, dark);
                let [r, g, b, _] = fill.to_array();
                let luma = 0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b);
                let text = if text_on(fill) == Color32::WHITE {
                    255.0
                } else {
                    0.0
                };
                assert!((luma - text).abs() > 100.0, "{d:?} dark={dark}");
            }
        }
    }
}
