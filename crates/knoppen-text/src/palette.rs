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

/// Series colours for charts, in order.
pub const SERIES: [Rgb; 7] = [
    okabe_ito::BLUE,
    okabe_ito::ORANGE,
    okabe_ito::GREEN,
    okabe_ito::PURPLE,
    okabe_ito::SKY_BLUE,
    okabe_ito::VERMILLION,
    okabe_ito::YELLOW,
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
        Some(CabinetDecision | MinisterDecision | Decision | Funding | Execution) => {
            okabe_ito::ORANGE
        }
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
