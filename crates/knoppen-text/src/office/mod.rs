//! Office files for ministry staff: the package note as a Word document, and the package's,
//! the catalogue's and the figures' tables as Excel workbooks. Part of the text layer: the
//! words come from the note and the catalogue; these modules only lay them out.

pub mod docx;
pub mod xlsx;

pub use xlsx::{catalogue as catalogue_workbook, figures as figures_workbook};

/// A UTF-8 byte order mark: Excel opens a CSV that starts with it as UTF-8 (the accents in
/// "Beëindigen" survive). Only for files the app saves for people; scripts get plain UTF-8.
pub const BOM: &str = "\u{feff}";
