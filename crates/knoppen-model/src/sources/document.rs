//! A source document read into lines, sections and passages.

use std::borrow::Cow;
use std::ops::Range;

use crate::sources::heading;
use crate::sources::noise::{self, LineKind};
use crate::sources::passage::{self, Passage};
use crate::sources::section::{self, Section};
use crate::sources::stream::Stream;

/// One source document. Lines are 1-based, as the catalogue cites them.
#[derive(Debug, Clone)]
pub struct Document {
    id: String,
    text: Cow<'static, str>,
    /// Byte range of each line in `text`, without its line break.
    spans: Vec<Range<usize>>,
    kinds: Vec<LineKind>,
    sections: Vec<Section>,
    passages: Vec<Passage>,
    /// For each line (0-based), the passage holding it; blank lines have none.
    passage_of: Vec<Option<usize>>,
    /// Folded text per passage, for search.
    streams: Vec<Stream>,
}

impl Document {
    /// Reads a document. The text is usually `include_str!` of a seed; a user's own document
    /// may be an owned string.
    pub fn parse(id: impl Into<String>, text: impl Into<Cow<'static, str>>) -> Document {
        let text = text.into();
        let spans = line_spans(&text);
        let lines: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
        let kinds = noise::classify(&lines);
        let headings = heading::detect(&lines, &kinds);
        let sections = section::build(&headings, lines.len());
        let passages = passage::split(&lines, &kinds, &headings, &sections);
        let passage_of = passage_of_lines(&passages, &kinds);
        let streams = passages
            .iter()
            .map(|p| Stream::build(p.lines.iter().map(|&l| (l, lines[l - 1]))))
            .collect();
        Document {
            id: id.into(),
            spans,
            kinds,
            sections,
            passages,
            passage_of,
            streams,
            text,
        }
    }

    /// The short id sources cite ("001").
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn line_count(&self) -> usize {
        self.spans.len()
    }

    /// The text of a 1-based line.
    pub fn line(&self, line: usize) -> Option<&str> {
        let span = self.spans.get(line.checked_sub(1)?)?;
        self.text.get(span.clone())
    }

    /// What a 1-based line is (text, blank, footnote, running header …).
    pub fn line_kind(&self, line: usize) -> Option<LineKind> {
        self.kinds.get(line.checked_sub(1)?).copied()
    }

    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    /// The section holding a 1-based line; lines before the first heading have none.
    pub fn section_at(&self, line: usize) -> Option<&Section> {
        section::index_at(&self.sections, line).map(|i| &self.sections[i])
    }

    pub fn passages(&self) -> &[Passage] {
        &self.passages
    }

    /// The passage holding a 1-based line; blank lines are in none.
    pub fn passage_at(&self, line: usize) -> Option<&Passage> {
        let index = (*self.passage_of.get(line.checked_sub(1)?)?)?;
        self.passages.get(index)
    }

    /// A passage's lines joined with line breaks, as the source prints them.
    pub fn passage_text(&self, passage: &Passage) -> String {
        let lines: Vec<&str> = passage.lines.iter().filter_map(|&l| self.line(l)).collect();
        lines.join("\n")
    }

    /// The lines around a 1-based line: `around` before and after, clipped to the document.
    pub fn context(&self, line: usize, around: usize) -> Vec<(usize, &str)> {
        let from = line.saturating_sub(around).max(1);
        let to = line.saturating_add(around).min(self.line_count());
        (from..=to)
            .filter_map(|l| self.line(l).map(|t| (l, t)))
            .collect()
    }

    pub(crate) fn stream(&self, passage: usize) -> Option<&Stream> {
        self.streams.get(passage)
    }

    /// Folded text of a range of 1-based lines, leaving out blank lines.
    pub(crate) fn stream_of_lines(&self, lines: impl Iterator<Item = usize>) -> Stream {
        Stream::build(lines.filter_map(|l| self.line(l).map(|t| (l, t))))
    }
}

/// The passage holding a 1-based line of `doc`.
pub fn passage_at(doc: &Document, line: usize) -> Option<&Passage> {
    doc.passage_at(line)
}

/// The lines around a 1-based line of `doc`.
pub fn context(doc: &Document, line: usize, around: usize) -> Vec<(usize, &str)> {
    doc.context(line, around)
}

/// The passage of each line (0-based). A blank line between two lines of one passage belongs
/// to it: the extraction puts blank lines inside sentences.
fn passage_of_lines(passages: &[Passage], kinds: &[LineKind]) -> Vec<Option<usize>> {
    let mut of = vec![None; kinds.len()];
    for p in passages {
        for pair in p.lines.windows(2) {
            let inner = pair[0]..pair[1] - 1; // 0-based lines strictly between
            for l in inner.filter(|&l| kinds[l] == LineKind::Blank) {
                of[l] = Some(p.index);
            }
        }
        p.lines.iter().for_each(|&l| of[l - 1] = Some(p.index));
    }
    of
}

/// Byte ranges of the lines, as `str::lines` splits them (a final line break ends the last line).
fn line_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.strip_suffix('\n').unwrap_or(line);
        let body = body.strip_suffix('\r').unwrap_or(body);
        spans.push(start..start + body.len());
        start += line.len();
    }
    spans
}
