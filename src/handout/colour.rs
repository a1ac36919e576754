//! Print colours: the light-mode colours `ui::theme` decides (Okabe–Ito, which stay apart with
//! the common colour-vision deficiencies), as PDF's red, green and blue fractions.

use egui::Color32;

use crate::catalogue::InstrumentKind;
use crate::effect::VerdictKind;
use crate::ui::theme;

/// A colour as PDF's red, green and blue fractions.
pub type Rgb = [f32; 3];

pub fn of(c: Color32) -> Rgb {
    let [r, g, b, _] = c.to_array();
    [r, g, b].map(|v| f32::from(v) / 255.0)
}

const fn grey(v: u8) -> Rgb {
    let f = v as f32 / 255.0;
    [f, f, f]
}

pub const TEXT: Rgb = grey(0);
/// Secondary text (the kicker, sources, "—" for no measure): dark enough to read on paper.
pub const MUTED: Rgb = grey(85);
/// Grid lines, row rules.
pub const GRID: Rgb = grey(215);
pub const RULE: Rgb = grey(170);

/// `theme::verdict_color` in light mode: the marker's shape says the same without colour.
pub fn verdict(kind: &VerdictKind) -> Rgb {
    of(theme::verdict_color(kind, false))
}

/// A series' colour: the screen's palette in its order, then black and grey, so a chart of up
/// to nine series never repeats a colour on paper.
pub fn series(i: usize) -> Rgb {
    let extra = [grey(40), grey(160)];
    let n = theme::SERIES.len() + extra.len();
    match i % n {
        k if k < theme::SERIES.len() => of(theme::SERIES[k]),
        k => extra[k - theme::SERIES.len()],
    }
}

/// An instrument's colour on the timeline, as the screen has it.
pub fn instrument(k: Option<InstrumentKind>) -> Rgb {
    of(theme::instrument_color(k))
}

/// A colour lightened towards white: the uncertain part of a bar.
pub fn light(rgb: Rgb) -> Rgb {
    rgb.map(|v| v + (1.0 - v) * 0.6)
}

pub fn today() -> Rgb {
    of(theme::TODAY)
}

pub fn decision() -> Rgb {
    of(theme::DECISION)
}

/// A matrix cell's colour by its symbol, as the figures view colours it.
pub fn matrix(symbol: &str) -> Rgb {
    of(crate::ui::figures_view::matrix_color(symbol))
}
