//! Folded text that remembers where each character came from, for matching across line
//! breaks and highlighting the source's own characters.

use std::ops::Range;

use crate::sources::fold::{Folded, fold_char};

/// Source text to highlight: a byte range within one line (on character boundaries, as a
/// text layout takes it). Lines are 1-based.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Highlight {
    pub line: usize,
    pub bytes: Range<usize>,
}

/// One folded character and the source character it came from.
#[derive(Debug, Clone, Copy)]
struct Unit {
    c: char,
    line: u32,
    start: u32,
    len: u8,
    /// A line-end hyphen and the break after it: "arbeids-⏎markt" matches "arbeidsmarkt",
    /// "24-⏎weken" matches "24-weken" and "werkgever-⏎en" matches "werkgever- en".
    optional: bool,
}

/// Folded text of some lines of a document.
#[derive(Debug, Clone, Default)]
pub(crate) struct Stream {
    units: Vec<Unit>,
}

impl Stream {
    /// Folds lines given as (1-based number, text), in reading order.
    pub fn build<'a>(lines: impl IntoIterator<Item = (usize, &'a str)>) -> Stream {
        let lines: Vec<(usize, &str)> = lines.into_iter().collect();
        let mut s = Stream::default();
        for (n, &(line, text)) in lines.iter().enumerate() {
            let next = lines.get(n + 1).map(|l| l.1);
            let soft = soft_hyphen(text, next);
            s.push_line(line as u32, text.trim_end(), soft);
            // The line break is a word break, unless a soft hyphen may join the words.
            s.push_space(line as u32, text.trim_end().len() as u32, soft);
        }
        while s.units.last().is_some_and(|u| u.c == ' ') {
            s.units.pop();
        }
        s
    }

    fn push_line(&mut self, line: u32, text: &str, soft: bool) {
        for (b, ch) in text.char_indices() {
            let at = |c: char| Unit {
                c,
                line,
                start: b as u32,
                len: ch.len_utf8() as u8,
                optional: soft && b + ch.len_utf8() == text.len(),
            };
            match fold_char(ch) {
                Folded::Skip => {}
                Folded::Space => self.push_space(line, b as u32, false),
                Folded::One(a) => self.units.push(at(a)),
                Folded::Two(a, z) => self.units.extend([at(a), at(z)]),
            }
        }
    }

    fn push_space(&mut self, line: u32, start: u32, optional: bool) {
        if self.units.last().is_some_and(|u| u.c != ' ') {
            self.units.push(Unit {
                c: ' ',
                line,
                start,
                len: 0,
                optional,
            });
        }
    }

    /// Every non-overlapping match of a folded needle, as unit ranges.
    pub fn find_all(&self, needle: &[char]) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.units.len() {
            match self.match_at(i, needle) {
                Some(end) => {
                    out.push(i..end);
                    i = end;
                }
                None => i += 1,
            }
        }
        out
    }

    /// The first match starting at or after unit `from`.
    pub fn find_from(&self, from: usize, needle: &[char]) -> Option<Range<usize>> {
        (from..self.units.len()).find_map(|i| self.match_at(i, needle).map(|end| i..end))
    }

    /// Matches the needle at unit `i`; optional units may be skipped. Returns the end.
    fn match_at(&self, mut i: usize, needle: &[char]) -> Option<usize> {
        if needle.is_empty() || self.units.get(i).is_none_or(|u| u.optional || u.c == ' ') {
            return None;
        }
        let mut j = 0;
        while j < needle.len() {
            let u = self.units.get(i)?;
            if u.c == needle[j] {
                j += 1;
            } else if !u.optional {
                return None;
            }
            i += 1;
        }
        Some(i)
    }

    /// The source ranges a unit range covers, one per line.
    pub fn highlights(&self, range: Range<usize>) -> Vec<Highlight> {
        let mut out: Vec<Highlight> = Vec::new();
        for u in self
            .units
            .get(range)
            .unwrap_or(&[])
            .iter()
            .filter(|u| u.len > 0)
        {
            let (line, from, to) = (
                u.line as usize,
                u.start as usize,
                (u.start + u.len as u32) as usize,
            );
            match out.last_mut() {
                Some(h) if h.line == line => h.bytes.end = h.bytes.end.max(to),
                _ => out.push(Highlight {
                    line,
                    bytes: from..to,
                }),
            }
        }
        out
    }

    /// The 1-based line a unit came from.
    pub fn line_of(&self, unit: usize) -> Option<usize> {
        self.units.get(unit).map(|u| u.line as usize)
    }
}

/// A line ending in a hyphen right after a letter, before a line that starts with a letter:
/// the hyphen may be a word split by the layout or a real one; matching accepts both.
fn soft_hyphen(text: &str, next: Option<&str>) -> bool {
    let t = text.trim_end();
    let mut rev = t.chars().rev();
    let hyphen = rev.next() == Some('-') && rev.next().is_some_and(char::is_alphanumeric);
    let next_word = next
        .and_then(|n| n.trim_start().chars().next())
        .is_some_and(char::is_alphabetic);
    hyphen && next_word
}

#[cfg(test)]
mod tests {
    use super::*;

    fn needle(s: &str) -> Vec<char> {
        crate::sources::fold::fold(s).chars().collect()
    }

    #[test]
    fn matches_across_breaks_and_hyphens() {
        let s = Stream::build([
            (1, "de Europese arbeids-"),
            (2, "markt en het 24-"),
            (3, "weken-eis"),
        ]);
        assert_eq!(s.find_all(&needle("arbeidsmarkt")).len(), 1);
        assert_eq!(s.find_all(&needle("arbeids-markt")).len(), 1);
        assert_eq!(s.find_all(&needle("het 24-weken-eis")).len(), 1);
        let r = s.find_all(&needle("europese arbeidsmarkt"))[0].clone();
        let h = s.highlights(r);
        assert_eq!(
            h,
            vec![
                Highlight {
                    line: 1,
                    bytes: 3..20
                },
                Highlight {
                    line: 2,
                    bytes: 0..5
                }
            ]
        );
    }
}
