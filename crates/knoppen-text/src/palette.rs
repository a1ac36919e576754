//! The one palette: every colour the screen, the PDF hand-out and the Office files use, as plain
//! red-green-blue bytes. Okabe–Ito, which stays distinguishable with the common colour-vision
//! deficiencies; a colour is never the only carrier of meaning (a symbol or shape says the same).
//! The screen turns these into egui colours (`ui::theme`), the PDF into fractions.

use crate::catalogue::{Direction, InstrumentKind};
use crate::effect::VerdictKind;

/// A colour as red, green and blue bytes.
pub type Rgb = [u8; 3];

pub const fn grey(v: u8) -> Rgb {
    [v, v, v]
}

pub mod okabe_ito {
    use super::Rgb;
    pub const ORANGE: Rgb = [0xE6, 0x9F, 0x00];
    pub const SKY_BLUE: Rgb = [0x56, 0xB4, 0xE9];
    pub const GREEN: Rgb = [0x00, 0x9E, 0x73];
    pub const YELLOW: Rgb = [0xF0, 0xE4, 0x42];
    pub const BLUE: Rgb = [0x00, 0x72, 0xB2];
    pub const VERMILLION: Rgb = [0xD5, 0x5E, 0x00];
    pub const PURPLE: Rgb = [0xCC, 0x79, 0xA7];
}

/// Paul Tol's muted colours that stand apart from Okabe–Ito's, for charts with more series.
pub mod tol {
    use super::Rgb;
    pub const INDIGO: Rgb = [0x33, 0x22, 0x88];
    pub const WINE: Rgb = [0x88, 0x22, 0x55];
    pub const OLIVE: Rgb = [0x99, 0x99, 0x33];
    pub const TEAL: Rgb = [0x44, 0xAA, 0x99];
    pub const GREY: Rgb = [0x99, 0x99, 0x99];
}

/// Series colours for charts, in order: twelve, so no figure repeats a colour (the most series
/// a figure has is nine); Okabe–Ito first, then the Tol colours furthest from them.
pub const SERIES: [Rgb; 12] = [
    okabe_ito::BLUE,
    okabe_ito::ORANGE,
    okabe_ito::GREEN,
    okabe_ito::PURPLE,
    okabe_ito::SKY_BLUE,
    okabe_ito::VERMILLION,
    okabe_ito::YELLOW,
    tol::INDIGO,
    tol::WINE,
    tol::OLIVE,
    tol::TEAL,
    tol::GREY,
];

/// The keyboard focus ring: dark blue on a light background, yellow on a dark one (both well
/// over 3:1 against the background, as WCAG asks of focus indicators).
pub fn focus(dark: bool) -> Rgb {
    if dark {
        okabe_ito::YELLOW
    } else {
        okabe_ito::BLUE
    }
}

/// The documents' headings (a dark government blue) and their table headers' shading.
pub const HEADING: Rgb = [0x15, 0x42, 0x73];
pub const TABLE_HEADER: Rgb = [0xE7, 0xEC, 0xF3];

/// A colour as Office writes it: "154273".
pub fn hex(c: Rgb) -> String {
    format!("{:02X}{:02X}{:02X}", c[0], c[1], c[2])
}

/// A colour as one number, 0xRRGGBB.
pub fn packed(c: Rgb) -> u32 {
    u32::from(c[0]) << 16 | u32::from(c[1]) << 8 | u32::from(c[2])
}

/// The timeline's today and decision lines.
pub const TODAY: Rgb = okabe_ito::VERMILLION;
pub const DECISION: Rgb = okabe_ito::BLUE;

/// The colour of an effect direction; `dark` for a dark background.
pub fn direction(d: Direction, dark: bool) -> Rgb {
    match d {
        Direction::Increase | Direction::PossibleIncrease => okabe_ito::ORANGE,
        Direction::Decrease | Direction::StrongDecrease | Direction::NeutralToDecrease => {
            if dark {
                okabe_ito::SKY_BLUE
            } else {
                okabe_ito::BLUE
            }
        }
        Direction::Neutral => grey(if dark { 170 } else { 110 }),
        Direction::Mixed => okabe_ito::PURPLE,
        // Dark enough that a white symbol on it reads (≥ 4.5:1), light enough to stand out.
        Direction::Unknown | Direction::NotApplicable => grey(if dark { 110 } else { 150 }),
    }
}

/// The colour of a verdict's marker: its direction's.
pub fn verdict(kind: &VerdictKind, dark: bool) -> Rgb {
    let d = match kind {
        VerdictKind::Increasing => Direction::Increase,
        VerdictKind::Decreasing => Direction::Decrease,
        VerdictKind::Mixed { .. } => Direction::Mixed,
        VerdictKind::Neutral => Direction::Neutral,
        VerdictKind::MostlyUnknown { .. } | VerdictKind::Empty => Direction::Unknown,
    };
    direction(d, dark)
}

/// Colour per instrument on the timeline; legends name them.
pub fn instrument(k: Option<InstrumentKind>) -> Rgb {
    use InstrumentKind::*;
    match k {
        Some(Law) => okabe_ito::VERMILLION,
        Some(Amvb) => okabe_ito::BLUE,
        Some(EuEffort) => okabe_ito::PURPLE,
        Some(Agreement) => okabe_ito::GREEN,
        Some(Regulation) => okabe_ito::SKY_BLUE,
        // Each decision its own colour: a Besluit MR is not an other Besluit.
        Some(CabinetDecision) => okabe_ito::ORANGE,
        Some(MinisterDecision) => okabe_ito::YELLOW,
        Some(Decision) => tol::OLIVE,
        Some(Funding) => tol::TEAL,
        Some(Execution) => tol::WINE,
        Some(Unknown) | None => grey(140),
    }
}

/// A matrix figure's cell by its symbol.
pub fn matrix(symbol: &str) -> Rgb {
    match symbol.trim() {
        "+" => okabe_ito::SKY_BLUE,
        "+/-" | "+/–" | "±" => okabe_ito::YELLOW,
        "-" | "–" => okabe_ito::ORANGE,
        _ => grey(200),
    }
}

#[cfg(test)]
mod tests {
    use super::SERIES;

    /// The "redmean" distance: a cheap approximation of how far apart two colours look.
    fn distance(a: [u8; 3], b: [u8; 3]) -> f64 {
        let [a, b] = [a, b].map(|c| c.map(f64::from));
        let r = (a[0] + b[0]) / 2.0;
        let d = [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
        ((2.0 + r / 256.0) * d[0] * d[0]
            + 4.0 * d[1] * d[1]
            + (2.0 + (255.0 - r) / 256.0) * d[2] * d[2])
            .sqrt()
    }

    #[test]
    fn every_instrument_has_a_colour_of_its_own() {
        let kinds = crate::catalogue::InstrumentKind::ALL;
        let colours: std::collections::BTreeSet<_> =
            kinds.iter().map(|k| super::instrument(Some(*k))).collect();
        assert_eq!(colours.len(), kinds.len());
    }

    #[test]
    fn the_series_colours_stand_apart() {
        for (i, a) in SERIES.iter().enumerate() {
            for b in &SERIES[i + 1..] {
                assert!(distance(*a, *b) > 100.0, "{a:?} {b:?}");
            }
        }
    }
}
