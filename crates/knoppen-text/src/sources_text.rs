//! The words for the source documents: what a citation backs, why a source cannot be placed,
//! a placed passage as plain text with the cited words marked (for `knoppen source`).

use crate::catalogue::{Catalogue, Source};
use crate::sources::{Library, Miss, Owner, Placed, Role};
use crate::strings::{self, t};

/// Marks around the cited words in plain text: visible in any terminal and in a note.
pub const MARK_OPEN: &str = "»";
pub const MARK_CLOSE: &str = "«";

/// What a citation backs, in words.
pub fn role(role: Role) -> &'static str {
    match role {
        Role::Source => t().cite_source,
        Role::Step => t().cite_step,
        Role::Section => t().cite_section,
        Role::Variant => t().cite_variant,
        Role::Link => t().cite_link,
        Role::Reach => t().cite_reach,
        Role::Timing => t().cite_timing,
        Role::Milestone => t().cite_milestone,
        Role::Correction => t().cite_correction,
        Role::Prose => t().cite_prose,
        Role::Figure => t().cite_figure,
        Role::Track => t().cite_track,
    }
}

/// Why a source cannot be placed, in words.
pub fn miss(miss: Miss) -> &'static str {
    match miss {
        Miss::Document => t().source_no_text,
        Miss::NoLine => t().source_no_line,
        Miss::Outside => t().source_outside,
        Miss::NoPassage => t().source_no_passage,
        Miss::Quote => t().source_quote_missing,
    }
}

/// The document's name and the place: "Kamerbrief eind 2025, Inleiding, alinea 3".
pub fn place(catalogue: &Catalogue, s: &Source) -> String {
    strings::source_place(catalogue, s)
}

/// Every reference of the catalogue that does not land on a passage of its document's text at
/// its line, or whose quoted words are not there: one located line each ("arbeid.eures, Bron:
/// Lijst …, Fiche 'Beter benutten EURES', regel 605: op deze regel staat geen passage").
/// References to documents without an embedded text (a user's own) are not checked here.
pub fn check(catalogue: &Catalogue, library: &Library) -> Vec<String> {
    crate::sources::cites(catalogue)
        .iter()
        .filter(|c| library.get(&c.source.doc).is_some())
        .filter_map(|c| {
            let why = crate::sources::place(library, c.source, 0).err()?;
            let owner = match &c.owner {
                Owner::Measure(id) | Owner::Figure(id) => id.clone(),
                Owner::Track(n) => strings::track(*n),
            };
            let line = c
                .source
                .line
                .map(|l| format!(", {} {l}", t().line))
                .unwrap_or_default();
            Some(format!(
                "{owner}, {}: {}{line}: {}",
                role(c.role),
                place(catalogue, c.source),
                miss(why)
            ))
        })
        .collect()
}

/// A source line as it can be printed: the PDF extraction's private-use bullets (Wingdings
/// glyphs no font here has) become "•" — of the same length in bytes, so highlights keep their
/// place.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    // "›" is a list bullet in these PDFs, and of the same length.
    let private = |c: char| ('\u{E000}'..='\u{F8FF}').contains(&c) || c == '›';
    if text.chars().any(private) {
        std::borrow::Cow::Owned(
            text.chars()
                .map(|c| if private(c) { '•' } else { c })
                .collect(),
        )
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// A line with its highlighted byte ranges between marks.
pub fn marked_line(text: &str, ranges: &[std::ops::Range<usize>]) -> String {
    let mut ranges: Vec<_> = ranges
        .iter()
        .filter(|r| r.start < r.end && text.get((*r).clone()).is_some())
        .cloned()
        .collect();
    ranges.sort_by_key(|r| r.start);
    let mut out = String::with_capacity(text.len() + 8);
    let mut at = 0;
    for r in ranges {
        if r.start < at {
            continue;
        }
        out.push_str(text.get(at..r.start).unwrap_or_default());
        out.push_str(MARK_OPEN);
        out.push_str(text.get(r.clone()).unwrap_or_default());
        out.push_str(MARK_CLOSE);
        at = r.end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

/// A placed source as plain text: its section, then the lines shown, those of the passage
/// behind a bar, the cited words between marks; blank lines kept, runs of them shortened.
pub fn passage(placed: &Placed<'_>) -> String {
    let mut out = String::new();
    if let Some(s) = placed.section.filter(|s| !s.title.is_empty()) {
        out.push_str(&format!("   {}: {}\n", t().source_section, s.title));
    }
    let mut blank = false;
    for (n, text) in &placed.lines {
        let text = text.trim_end();
        if text.trim().is_empty() {
            if !blank {
                out.push('\n');
            }
            blank = true;
            continue;
        }
        blank = false;
        let ranges: Vec<_> = placed.marks(*n).map(|h| h.bytes.clone()).collect();
        let text = printable(text);
        let bar = if placed.passage.contains(*n) {
            "   | "
        } else {
            "     "
        };
        out.push_str(bar);
        out.push_str(&marked_line(&text, &ranges));
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::marked_line;

    #[test]
    fn marks_ranges_on_character_boundaries() {
        assert_eq!(marked_line("één twee", &[0..5, 9..9]), "»één« twee");
        assert_eq!(marked_line("a b c", &[4..5, 0..1]), "»a« b »c«");
        // A range off the text's boundaries is left out, not a panic.
        assert_eq!(marked_line("één", &[1..2, 3..3]), "één");
    }

    #[test]
    fn private_use_bullets_print_as_bullets_of_the_same_length() {
        let line = "\u{F0A7} Huisvesting";
        assert_eq!(super::printable(line), "• Huisvesting");
        assert_eq!(super::printable(line).len(), line.len());
    }
}
