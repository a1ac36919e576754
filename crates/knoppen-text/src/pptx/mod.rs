//! PowerPoint (.pptx) writer for the deck model that the screen and the PDF
//! also draw from. Writes the OpenXML parts by hand (see CRATES.md for why):
//! text boxes and a real title placeholder per slide, shapes for the effect
//! picture and timeline, native charts with an embedded workbook, PowerPoint
//! tables, and speaker notes only when asked for.

mod chart;
mod deck;
mod effect;
mod figure;
mod fit;
mod notes;
mod package;
mod slide;
mod table;
mod template;
mod timeline;
mod xml;

#[cfg(test)]
mod tests;

use std::fmt;

pub use deck::to_pptx;

/// A colour: the one palette's red, green and blue bytes.
pub use crate::palette::Rgb;

/// A rectangle in the 1366x768 design space (scaled to the 16:9 slide).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn new(x: f32, y: f32, w: f32, h: f32) -> Self {
        Rect { x, y, w, h }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShapeKind {
    Ellipse,
    TriangleUp,
    TriangleDown,
    Diamond,
    Rect,
    /// A straight line from the rect's top-left to its bottom-right corner.
    Line,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    Line,
    Bar,
    StackedBar,
}

/// One thing drawn on a slide.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Text {
        rect: Rect,
        text: String,
        size_pt: f32,
        bold: bool,
        colour: Rgb,
        /// Set in the middle of its box (top otherwise).
        middle: bool,
    },
    Bullets {
        rect: Rect,
        lines: Vec<String>,
        size_pt: f32,
    },
    Shape {
        rect: Rect,
        kind: ShapeKind,
        fill: Rgb,
        label: Option<String>,
    },
    Table {
        rect: Rect,
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        size_pt: f32,
    },
    Chart {
        rect: Rect,
        kind: ChartKind,
        categories: Vec<String>,
        /// (series name, one value per category; None is a gap).
        series: Vec<(String, Vec<Option<f64>>)>,
        /// Shown as the value axis title.
        unit: String,
        title: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct DeckSlide {
    /// Goes into the layout's title placeholder.
    pub title: String,
    /// Where the title stands when not where the layout puts it (a title slide, a kicker
    /// above the title), in design units.
    pub title_rect: Option<Rect>,
    /// The title's size when not the layout's (a title slide's display type), in points.
    pub title_pt: Option<f32>,
    pub items: Vec<Item>,
    /// Speaker notes; written only when `write(.., with_notes: true)`.
    pub notes: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Deck {
    pub title: String,
    /// The deck's date as the user reads it ("8 december 2026").
    pub date_words: String,
    /// "nl-NL" or "en-GB".
    pub language: String,
    pub slides: Vec<DeckSlide>,
}

#[derive(Debug)]
pub enum PptxError {
    /// The deck model cannot be written as asked (e.g. a chart series whose
    /// length differs from its categories).
    Invalid(String),
    Zip(zip::result::ZipError),
    Io(std::io::Error),
    Workbook(String),
}

impl fmt::Display for PptxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // The words are the caller's (`strings`); this is the detail.
            PptxError::Invalid(m) | PptxError::Workbook(m) => f.write_str(m),
            PptxError::Zip(e) => e.fmt(f),
            PptxError::Io(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for PptxError {}

impl From<zip::result::ZipError> for PptxError {
    fn from(e: zip::result::ZipError) -> Self {
        PptxError::Zip(e)
    }
}

impl From<std::io::Error> for PptxError {
    fn from(e: std::io::Error) -> Self {
        PptxError::Io(e)
    }
}

/// Write the deck as .pptx bytes. Without `with_notes` the package holds no
/// notes parts and no notes text at all.
pub fn write(deck: &Deck, with_notes: bool) -> Result<Vec<u8>, PptxError> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    package::write_deck(deck, with_notes, now)
}
