//! Sections: the stretch of lines from one heading to the next.

use crate::sources::heading::Heading;

/// A section of a document. Lines are 1-based and inclusive. Text before the first heading (a
/// letter's opening) is an untitled section: its title is empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading's words, joined when the heading wraps.
    pub title: String,
    /// The line the title stands on. For a slide whose title the extraction printed after
    /// the slide's text, this lies inside the section, not at its start.
    pub title_line: usize,
    pub start: usize,
    pub end: usize,
    /// 1 for a document's units (a measure's fiche, a track, a slide, a chapter, "1."), 2 for
    /// what stands under them ("1.1", a sub-heading). Untitled sections are level 1.
    pub level: u8,
}

impl Section {
    pub fn contains(&self, line: usize) -> bool {
        (self.start..=self.end).contains(&line)
    }
}

/// Sections from headings (0-based), each running to the line before the next one. Lines no
/// heading covers (a letter's opening, slides whose titles the extraction lost) form untitled
/// sections, whose title is empty.
pub(crate) fn build(headings: &[Heading], line_count: usize) -> Vec<Section> {
    let mut starts: Vec<&Heading> = headings.iter().collect();
    starts.sort_by_key(|h| h.from);
    starts.dedup_by_key(|h| h.from);
    let mut out: Vec<Section> = Vec::with_capacity(starts.len() + 2);
    let untitled = |start: usize, end: usize| Section {
        title: String::new(),
        title_line: start,
        start,
        end,
        level: 1,
    };
    let opening = starts.first().map_or(line_count, |h| h.from);
    if opening > 0 {
        out.push(untitled(1, opening));
    }
    for (n, h) in starts.iter().enumerate() {
        let next = starts.get(n + 1).map_or(line_count, |next| next.from);
        let end = h.until.map_or(next, |u| (u + 1).min(next)).max(h.from + 1);
        let title = h.title.clone();
        out.push(Section {
            title,
            title_line: h.first + 1,
            start: h.from + 1,
            end,
            level: h.level,
        });
        if end < next {
            out.push(untitled(end + 1, next));
        }
    }
    out
}

/// The sections a heading's citation stands for: its own and those under it, up to the next
/// section of the same or a higher level (indices).
pub(crate) fn with_subsections(sections: &[Section], s: usize) -> std::ops::Range<usize> {
    let level = sections.get(s).map_or(1, |x| x.level);
    let end = (s + 1..sections.len())
        .find(|&n| sections[n].level <= level)
        .unwrap_or(sections.len());
    s..end
}

/// The index of the section holding a 1-based line, if any (lines before the first heading
/// belong to none).
pub(crate) fn index_at(sections: &[Section], line: usize) -> Option<usize> {
    let n = sections.partition_point(|s| s.start <= line);
    n.checked_sub(1).filter(|&i| sections[i].contains(line))
}
