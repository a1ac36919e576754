//! Office files for ministry staff: the package note as a Word document, and the package's,
//! the catalogue's and the figures' tables as Excel workbooks. Part of the text layer: the
//! words come from the note and the catalogue; these modules only lay them out.

pub mod docx;
pub mod xlsx;

pub use xlsx::{catalogue as catalogue_workbook, figures as figures_workbook};

/// A UTF-8 byte order mark: Excel opens a CSV that starts with it as UTF-8 (the accents in
/// "Beëindigen" survive). Only for files the app saves for people; scripts get plain UTF-8.
pub const BOM: &str = "\u{feff}";

/// Text for an XML part's element or attribute: made safe ([`xml_safe`]) and its markup
/// characters escaped. The one escaping for every Office part the app writes by hand.
pub fn xml_escaped(text: &str) -> String {
    let safe = xml_safe(text);
    let mut out = String::with_capacity(safe.len());
    for c in safe.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// Text as an Office file may hold it: XML 1.0 forbids most control characters, and Word
/// refuses a file with one. A soft line break or page break pasted from Word or PowerPoint
/// (U+000B, U+000C) becomes a space; the rest of the forbidden ones are dropped.
pub fn xml_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let forbidden = |c: char| {
        let n = c as u32;
        (n < 0x20 && !matches!(c, '\t' | '\n' | '\r')) || n == 0xFFFE || n == 0xFFFF
    };
    if !text.chars().any(forbidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .filter_map(|c| match c {
            '\u{b}' | '\u{c}' => Some(' '),
            c if forbidden(c) => None,
            c => Some(c),
        })
        .collect::<String>()
        .into()
}
