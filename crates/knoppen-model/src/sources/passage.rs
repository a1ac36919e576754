//! Passages: the units a reader cites and the gap finder counts. A passage is a paragraph, a
//! list item, a table cell block or a heading. The extraction breaks sentences over blank lines,
//! page breaks and footnotes; a passage follows its sentence across them.

use crate::sources::heading::Heading;
use crate::sources::noise::LineKind;
use crate::sources::section::{self, Section};
use crate::sources::shape;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PassageKind {
    Heading,
    Text,
    /// Page numbers, running headers, footnotes, web addresses, rules.
    Noise,
}

/// A passage: its lines (1-based, ascending, not always consecutive: a footnote block or a page
/// header may stand between the lines of one sentence) and the section it opens in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub index: usize,
    pub kind: PassageKind,
    pub lines: Vec<usize>,
    pub section: Option<usize>,
}

impl Passage {
    pub fn first(&self) -> usize {
        self.lines.first().copied().unwrap_or(0)
    }

    pub fn last(&self) -> usize {
        self.lines.last().copied().unwrap_or(0)
    }

    pub fn contains(&self, line: usize) -> bool {
        self.lines.binary_search(&line).is_ok()
    }
}

/// A wrapped line at least this long that stops mid-sentence continues after a blank line.
const FULL_LINE_CHARS: usize = 70;

/// Splits a document's lines (0-based kinds) into passages.
pub(crate) fn split(
    lines: &[&str],
    kinds: &[LineKind],
    headings: &[Heading],
    sections: &[Section],
) -> Vec<Passage> {
    let mut groups: Vec<(PassageKind, Vec<usize>)> = Vec::new();
    let mut text: Option<usize> = None; // the open text passage, index into groups
    let mut noise: Option<(usize, LineKind)> = None;
    let mut i = 0;
    while i < lines.len() {
        if let Some(h) = headings.iter().find(|h| h.first == i) {
            let own = (h.first..=h.last)
                .filter(|&j| kinds[j] == LineKind::Text)
                .collect();
            groups.push((PassageKind::Heading, own));
            (text, noise, i) = (None, None, h.last + 1);
            continue;
        }
        match kinds[i] {
            LineKind::Blank => noise = None,
            LineKind::Text => {
                let open = text.filter(|&g| continues(lines, kinds, last_line(&groups[g]), i));
                match open {
                    Some(g) => groups[g].1.push(i),
                    None => {
                        groups.push((PassageKind::Text, vec![i]));
                        text = Some(groups.len() - 1);
                    }
                }
                noise = None;
            }
            kind => match noise.filter(|&(g, k)| k == kind && last_line(&groups[g]) + 1 == i) {
                Some((g, _)) => groups[g].1.push(i),
                None => {
                    groups.push((PassageKind::Noise, vec![i]));
                    noise = Some((groups.len() - 1, kind));
                }
            },
        }
        i += 1;
    }
    let mut passages = number(groups, sections);
    mark_furniture(lines, &mut passages);
    passages
}

/// A passage repeated this often is a running label wrapped over lines ("Op welke termijn heeft
/// ⏎ deze maatregel effect?").
const REPEATED_PASSAGE: usize = 3;

/// Marks as noise what is page furniture at passage level: labels repeated over the pages,
/// and the letterhead and signature, i.e. the passages before the first sentence and after
/// the last one.
fn mark_furniture(lines: &[&str], passages: &mut [Passage]) {
    let key = |p: &Passage| -> String {
        p.lines
            .iter()
            .flat_map(|&l| lines[l - 1].chars())
            .filter(|c| !c.is_whitespace())
            .collect()
    };
    let keys: Vec<String> = passages.iter().map(key).collect();
    let mut counts = std::collections::HashMap::new();
    keys.iter()
        .for_each(|k| *counts.entry(k.as_str()).or_insert(0usize) += 1);
    let sentence = |p: &Passage| p.kind == PassageKind::Text && has_sentence(lines, p);
    let first = passages.iter().position(sentence).unwrap_or(passages.len());
    let last = passages.iter().rposition(sentence).unwrap_or(0);
    for (n, p) in passages.iter_mut().enumerate() {
        let repeated = counts.get(keys[n].as_str()).copied().unwrap_or(0) >= REPEATED_PASSAGE;
        let outside = n < first || n > last;
        if p.kind == PassageKind::Text && (repeated || outside) {
            p.kind = PassageKind::Noise;
        }
    }
}

/// Does the passage hold running text: a sentence end, or a line as long as body text?
fn has_sentence(lines: &[&str], p: &Passage) -> bool {
    p.lines.iter().any(|&l| {
        let t = lines[l - 1].trim_end();
        t.chars().count() >= FULL_LINE_CHARS || (shape::ends_terminal(t) && !t.ends_with(':'))
    })
}

fn last_line(group: &(PassageKind, Vec<usize>)) -> usize {
    group.1.last().copied().unwrap_or(0)
}

/// Does text line `next` go on with the passage whose last line is `prev`?
/// Adjacent lines belong together unless a list item starts. Across a gap the sentence must
/// be unfinished and the next line must not start a list item; then either it starts in lower
/// case, or the line before was a full wrapped line and the gap is only page furniture or a
/// single blank line (two blank lines end a slide).
fn continues(lines: &[&str], kinds: &[LineKind], prev: usize, next: usize) -> bool {
    if shape::is_bullet(lines[next]) {
        return false;
    }
    if prev + 1 == next {
        return true;
    }
    if shape::ends_terminal(lines[prev]) {
        return false;
    }
    let gap = &kinds[prev + 1..next];
    let blanks = gap.iter().filter(|k| **k == LineKind::Blank).count();
    let furniture = gap.iter().any(|k| k.is_noise());
    let full = lines[prev].trim().chars().count() >= FULL_LINE_CHARS;
    shape::starts_continuation(lines[next]) || (full && (furniture || blanks == 1))
}

/// Orders passages by their first line, numbers them, and converts to 1-based lines.
fn number(mut groups: Vec<(PassageKind, Vec<usize>)>, sections: &[Section]) -> Vec<Passage> {
    groups.retain(|g| !g.1.is_empty());
    groups.sort_by_key(|g| g.1[0]);
    groups
        .into_iter()
        .enumerate()
        .map(|(index, (kind, lines))| {
            let lines: Vec<usize> = lines.into_iter().map(|l| l + 1).collect();
            let section = section::index_at(sections, lines[0]);
            Passage {
                index,
                kind,
                lines,
                section,
            }
        })
        .collect()
}
