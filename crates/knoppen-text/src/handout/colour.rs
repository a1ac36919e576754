//! Print colours: the one palette's light-mode colours (`crate::palette`, Okabe–Ito, which stay
//! apart with the common colour-vision deficiencies), as PDF's red, green and blue fractions.

use crate::catalogue::InstrumentKind;
use crate::effect::VerdictKind;
use crate::palette;

/// A colour as PDF's red, green and blue fractions.
pub type Rgb = [f32; 3];

pub fn of(c: palette::Rgb) -> Rgb {
    c.map(|v| f32::from(v) / 255.0)
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
    of(palette::verdict(kind, false))
}

/// A series' colour: the screen's palette in its order, then black and grey, so a chart of up
/// to nine series never repeats a colour on paper.
pub fn series(i: usize) -> Rgb {
    let extra = [grey(40), grey(160)];
    let n = palette::SERIES.len() + extra.len();
    match i % n {
        k if k < palette::SERIES.len() => of(palette::SERIES[k]),
        k => extra[k - palette::SERIES.len()],
    }
}

/// An instrument's colour on the timeline, as the screen has it.
pub fn instrument(k: Option<InstrumentKind>) -> Rgb {
    of(palette::instrument(k))
}

/// A colour lightened towards white: the uncertain part of a bar.
pub fn light(rgb: Rgb) -> Rgb {
    rgb.map(|v| v + (1.0 - v) * 0.6)
}

pub fn today() -> Rgb {
    of(palette::TODAY)
}

pub fn decision() -> Rgb {
    of(palette::DECISION)
}

/// A matrix cell's colour by its symbol, as the figures view colours it.
pub fn matrix(symbol: &str) -> Rgb {
    of(palette::matrix(symbol))
}
