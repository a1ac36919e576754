//! Which passages the catalogue cites, and which it does not (the gap finder).

use std::collections::HashMap;

use crate::sources::document::Document;
use crate::sources::passage::{Passage, PassageKind};
use crate::sources::section;
use crate::sources::shape;

/// One reference to a source line and what makes it (a measure id, a step, a figure …).
#[derive(Debug, Clone, PartialEq)]
pub struct Citation<T> {
    pub doc: String,
    pub line: usize,
    pub by: T,
}

/// A passage with fewer words than this is a label, a table cell or a sign ("-", "PM",
/// "Wetswijziging"): it carries no statement of its own, so it is never reported as a gap.
pub const MIN_GAP_WORDS: usize = 5;

/// Citations placed on passages.
#[derive(Debug, Clone)]
pub struct CitationIndex<T> {
    docs: HashMap<String, Placed<T>>,
    unplaced: Vec<Citation<T>>,
}

#[derive(Debug, Clone)]
struct Placed<T> {
    /// What cites each passage, by passage index.
    by_passage: Vec<Vec<T>>,
    /// Sections whose heading is cited: a citation of a heading ("§2.2", "Fiche 'ETK'")
    /// stands for its whole section, sub-sections included.
    section_cited: Vec<bool>,
}

impl<T: Clone> CitationIndex<T> {
    /// Places every citation on the passage holding its line. A citation of an unknown
    /// document, a line outside it or a blank line is kept apart as unplaced.
    pub fn build(docs: &[Document], citations: impl IntoIterator<Item = Citation<T>>) -> Self {
        let mut placed: HashMap<String, Placed<T>> = docs
            .iter()
            .map(|d| {
                let p = Placed {
                    by_passage: vec![Vec::new(); d.passages().len()],
                    section_cited: vec![false; d.sections().len()],
                };
                (d.id().to_string(), p)
            })
            .collect();
        let mut unplaced = Vec::new();
        for c in citations {
            let doc = docs.iter().find(|d| d.id() == c.doc);
            let target = doc.and_then(|d| d.passage_at(c.line).map(|p| (d, p)));
            match (target, placed.get_mut(&c.doc)) {
                (Some((d, p)), Some(entry)) => {
                    if p.kind == PassageKind::Heading {
                        let s = d.sections().iter().position(|s| p.contains(s.title_line));
                        let covered = s.map(|s| section::with_subsections(d.sections(), s));
                        covered
                            .into_iter()
                            .flatten()
                            .for_each(|s| entry.section_cited[s] = true);
                    }
                    entry.by_passage[p.index].push(c.by);
                }
                _ => unplaced.push(c),
            }
        }
        CitationIndex {
            docs: placed,
            unplaced,
        }
    }

    /// What cites this passage directly.
    pub fn cited_by(&self, doc: &str, passage: usize) -> &[T] {
        self.docs
            .get(doc)
            .and_then(|p| p.by_passage.get(passage))
            .map_or(&[], Vec::as_slice)
    }

    /// Citations that land on no passage.
    pub fn unplaced(&self) -> &[Citation<T>] {
        &self.unplaced
    }

    /// How many citations landed on a passage.
    pub fn placed(&self) -> usize {
        self.docs
            .values()
            .flat_map(|p| &p.by_passage)
            .map(Vec::len)
            .sum()
    }

    /// Is the passage cited, directly or through its section's heading?
    pub fn is_cited(&self, doc: &Document, passage: &Passage) -> bool {
        let Some(p) = self.docs.get(doc.id()) else {
            return false;
        };
        let direct = p
            .by_passage
            .get(passage.index)
            .is_some_and(|v| !v.is_empty());
        let via_heading = passage
            .section
            .is_some_and(|s| p.section_cited.get(s) == Some(&true));
        direct || via_heading
    }

    /// The gap finder: the document's statements no citation reaches.
    pub fn uncited<'d>(&self, doc: &'d Document) -> Vec<&'d Passage> {
        doc.passages()
            .iter()
            .filter(|p| is_statement(doc, p) && !self.is_cited(doc, p))
            .collect()
    }
}

/// Is the passage a statement that could be missing from the catalogue? Headings are structure;
/// page numbers, running headers, footnotes and web addresses are page furniture (a footnote
/// only gives the reference for a statement in the text, which is where a citation belongs);
/// passages of fewer than `MIN_GAP_WORDS` words are labels and table cells.
pub fn is_statement(doc: &Document, passage: &Passage) -> bool {
    let words: usize = passage
        .lines
        .iter()
        .filter_map(|&l| doc.line(l))
        .map(shape::words)
        .sum();
    passage.kind == PassageKind::Text && words >= MIN_GAP_WORDS
}
