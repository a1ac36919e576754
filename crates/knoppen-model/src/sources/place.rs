//! A catalogue source read in its document: the passage its line lands on, the lines around
//! it, and what to highlight (the quoted words, or the cited line).

use crate::catalogue::Source;
use crate::sources::corpus::Library;
use crate::sources::document::Document;
use crate::sources::passage::{Passage, PassageKind};
use crate::sources::quote::{find_quote, mark_line};
use crate::sources::section::Section;
use crate::sources::stream::Highlight;

/// A passage longer than this (a table the extraction printed as one block) is shown only this
/// many lines either side of the cited line.
const MAX_SPAN: usize = 8;

/// A source placed in its document.
#[derive(Debug, Clone)]
pub struct Placed<'a> {
    pub doc: &'a Document,
    /// The cited 1-based line.
    pub line: usize,
    pub passage: &'a Passage,
    /// The section the line stands in (`None` before a document's first heading).
    pub section: Option<&'a Section>,
    /// The lines to show: the passage (or its part around the line) and `around` lines either
    /// side, 1-based, with their text.
    pub lines: Vec<(usize, &'a str)>,
    /// The quoted words where the source quotes and they are found, else the cited line.
    pub highlights: Vec<Highlight>,
}

/// Why a source cannot be placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Miss {
    /// No embedded text for the document.
    Document,
    /// The source gives no line.
    NoLine,
    /// The line lies outside the document.
    Outside,
    /// The line is blank or page furniture outside any passage.
    NoPassage,
    /// The quoted words are not in the cited line's passage or section.
    Quote,
}

impl Placed<'_> {
    /// Is a 1-based line (and which bytes of it) highlighted?
    pub fn marks(&self, line: usize) -> impl Iterator<Item = &Highlight> {
        self.highlights.iter().filter(move |h| h.line == line)
    }
}

/// Places a source: its document, its passage and what to highlight.
pub fn place<'a>(library: &'a Library, source: &Source, around: usize) -> Result<Placed<'a>, Miss> {
    let doc = library.get(&source.doc).ok_or(Miss::Document)?;
    let line = source.line.ok_or(Miss::NoLine)? as usize;
    place_line(doc, line, source.quote.as_deref(), around)
}

/// Places a line of a document, with an optional quote to find near it.
pub fn place_line<'a>(
    doc: &'a Document,
    line: usize,
    quote: Option<&str>,
    around: usize,
) -> Result<Placed<'a>, Miss> {
    if line == 0 || line > doc.line_count() {
        return Err(Miss::Outside);
    }
    let passage = doc.passage_at(line).ok_or(Miss::NoPassage)?;
    let section = doc.section_at(line);
    let highlights = match quote {
        Some(q) => {
            let found = find_quote(doc, line, q).ok_or(Miss::Quote)?;
            let near = |h: &Highlight| {
                passage.contains(h.line) || section.is_some_and(|s| s.contains(h.line))
            };
            if !found.iter().all(near) {
                return Err(Miss::Quote);
            }
            found
        }
        None => mark_line(doc, line).into_iter().collect(),
    };
    // A heading stands for what follows it: show its first paragraph too.
    let last = match passage.kind {
        PassageKind::Heading => doc
            .passages()
            .iter()
            .skip(passage.index + 1)
            .find(|p| p.kind == PassageKind::Text)
            .map_or(passage.last(), Passage::last),
        _ => passage.last(),
    };
    let from = passage.first().max(line.saturating_sub(MAX_SPAN));
    let to = last.min(line + MAX_SPAN);
    let from = from.saturating_sub(around).max(1);
    let to = (to + around).min(doc.line_count());
    let lines = (from..=to)
        .filter_map(|l| doc.line(l).map(|t| (l, t)))
        .collect();
    Ok(Placed {
        doc,
        line,
        passage,
        section,
        lines,
        highlights,
    })
}
