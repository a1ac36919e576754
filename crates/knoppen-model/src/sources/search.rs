//! Full-text search over the source documents, folding accents and case and matching across
//! line breaks and line-end hyphens.

use crate::sources::document::Document;
use crate::sources::fold::fold;
use crate::sources::stream::Highlight;

/// One place a query was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The document's id ("002").
    pub doc: String,
    /// The 1-based line the match starts on.
    pub line: usize,
    /// The passage's index in its document.
    pub passage: usize,
    /// What to highlight; more than one range when the match runs over a line break.
    pub highlights: Vec<Highlight>,
}

/// Queries shorter than this (folded) match too much to be useful.
const MIN_QUERY_CHARS: usize = 2;

/// Every match of `query` in the documents, in document and reading order.
pub fn search(docs: &[Document], query: &str) -> Vec<Hit> {
    let needle: Vec<char> = fold(query).chars().collect();
    if needle.len() < MIN_QUERY_CHARS {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for doc in docs {
        for p in doc.passages() {
            let Some(stream) = doc.stream(p.index) else {
                continue;
            };
            for r in stream.find_all(&needle) {
                let line = stream.line_of(r.start).unwrap_or(p.first());
                let highlights = stream.highlights(r);
                hits.push(Hit {
                    doc: doc.id().to_string(),
                    line,
                    passage: p.index,
                    highlights,
                });
            }
        }
    }
    hits
}
