//! Finding a source's quoted words in the passage it cites, to highlight them. A user's own
//! sources carry a `quote`; the built-in catalogue cites only a line, and then the line itself
//! is marked.

use crate::sources::document::Document;
use crate::sources::fold::fold;
use crate::sources::stream::{Highlight, Stream};

/// Where a quote stands near a cited line: first in the line's passage, then in its section,
/// then anywhere in the document (the nearest occurrence). Omissions written "…" or "..." are
/// allowed: each fragment must follow the one before. `None` when the words are not there.
pub fn find_quote(doc: &Document, line: usize, quote: &str) -> Option<Vec<Highlight>> {
    let fragments = fragments(quote);
    if fragments.is_empty() {
        return None;
    }
    let passage = doc
        .passage_at(line)
        .map(|p| doc.stream_of_lines(p.lines.iter().copied()));
    let section = doc
        .section_at(line)
        .map(|s| doc.stream_of_lines(s.start..=s.end));
    let whole = doc.stream_of_lines(1..=doc.line_count());
    [passage, section]
        .iter()
        .flatten()
        .find_map(|s| find_in(s, &fragments, None))
        .or_else(|| find_in(&whole, &fragments, Some(line)))
}

/// What to highlight for a citation: the quote where it has one and it is found, otherwise the
/// cited line's text.
pub fn highlight(doc: &Document, line: usize, quote: Option<&str>) -> Vec<Highlight> {
    quote
        .and_then(|q| find_quote(doc, line, q))
        .unwrap_or_else(|| mark_line(doc, line).into_iter().collect())
}

/// The cited line itself, without its surrounding whitespace.
pub fn mark_line(doc: &Document, line: usize) -> Option<Highlight> {
    let text = doc.line(line)?;
    let start = text.len() - text.trim_start().len();
    let end = text.trim_end().len();
    (end > start).then_some(Highlight {
        line,
        bytes: start..end,
    })
}

/// The quote split at omission marks, folded.
fn fragments(quote: &str) -> Vec<Vec<char>> {
    quote
        .replace("...", "…")
        .split('…')
        .map(|f| fold(f).chars().collect::<Vec<char>>())
        .filter(|f| !f.is_empty())
        .collect()
}

/// All fragments in order in one stream. With `near`, every start is tried and the match whose
/// first line is closest to `near` wins.
fn find_in(
    stream: &Stream,
    fragments: &[Vec<char>],
    near: Option<usize>,
) -> Option<Vec<Highlight>> {
    let chain_from = |start: usize| -> Option<Vec<Highlight>> {
        let mut at = start;
        let mut out = Vec::new();
        for f in fragments {
            let r = stream.find_from(at, f)?;
            at = r.end;
            out.extend(stream.highlights(r));
        }
        Some(out)
    };
    let Some(near) = near else {
        return chain_from(0);
    };
    let starts = stream.find_all(&fragments[0]);
    starts
        .iter()
        .filter_map(|r| chain_from(r.start).map(|h| (stream.line_of(r.start), h)))
        .min_by_key(|(l, _)| l.unwrap_or(0).abs_diff(near))
        .map(|(_, h)| h)
}
