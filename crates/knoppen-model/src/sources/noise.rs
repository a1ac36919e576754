//! Lines that are not the document's running text: page numbers, running headers and footers,
//! footnotes, web addresses, rules. They stay in the document (a reader may cite or search
//! them) but they never make a heading, and a sentence interrupted by them goes on after them.

use crate::sources::shape;

/// What a line is, before headings and passages are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineKind {
    /// Empty or only whitespace.
    Blank,
    /// Running text (including table cells and labels that occur only once or twice).
    Text,
    /// A slide or page number standing alone ("11").
    PageNumber,
    /// A short line repeated on many pages: the letter's "Datum"/"Onze referentie" block,
    /// the measure list's column heads and form labels ("Beschrijving", "Korte termijn").
    Running,
    /// A footnote at the foot of a page, with its continuation lines.
    Footnote,
    /// A web address on its own line.
    Url,
    /// A horizontal rule ("---").
    Rule,
}

impl LineKind {
    /// Not running text: never a heading, never a gap worth reporting.
    pub fn is_noise(self) -> bool {
        !matches!(self, LineKind::Blank | LineKind::Text)
    }
}

/// A line repeated this often is a running header or a form label, not content.
const RUNNING_MIN_REPEATS: usize = 3;
/// Running headers and labels are short; a repeated long line is content (a repeated sentence).
const RUNNING_MAX_CHARS: usize = 50;

/// Classifies every line of a document.
pub(crate) fn classify(lines: &[&str]) -> Vec<LineKind> {
    let mut kinds: Vec<LineKind> = lines.iter().map(|l| line_kind(l)).collect();
    mark_running(lines, &mut kinds);
    mark_footnotes(lines, &mut kinds);
    kinds
}

/// What a line is on its own, without looking at the rest of the document.
fn line_kind(line: &str) -> LineKind {
    let t = line.trim();
    if t.is_empty() {
        LineKind::Blank
    } else if ["http", "<http", "[http"].iter().any(|p| t.starts_with(p)) {
        LineKind::Url
    } else if t.len() >= 3 && t.chars().all(|c| c == '-' || c == '_') {
        LineKind::Rule
    } else if t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit()) {
        LineKind::PageNumber
    } else if t.starts_with("<sup>") {
        LineKind::Footnote
    } else {
        LineKind::Text
    }
}

/// Marks short lines that recur: running headers and form labels. Lines without a letter or
/// digit (effect signs "-", "+" in the tables) are content however often they recur.
fn mark_running(lines: &[&str], kinds: &mut [LineKind]) {
    let key = |l: &str| {
        shape::clean(l)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut counts = std::collections::HashMap::new();
    for (l, k) in lines.iter().zip(kinds.iter()) {
        if *k == LineKind::Text {
            *counts.entry(key(l)).or_insert(0usize) += 1;
        }
    }
    for (l, k) in lines.iter().zip(kinds.iter_mut()) {
        let text = key(l);
        let repeated = counts.get(&text).copied().unwrap_or(0) >= RUNNING_MIN_REPEATS;
        let short = text.chars().count() <= RUNNING_MAX_CHARS;
        if *k == LineKind::Text && repeated && short && text.chars().any(char::is_alphanumeric) {
            *k = LineKind::Running;
        }
    }
}

/// Marks PDF footnotes: a line "N Text" (or "NText") whose number is the next one expected
/// and whose mark stands glued to a word earlier in the text ("… onder druk zet.1 Het …").
/// Requiring both keeps numbered table rows ("1 Informatie en communicatie") out.
/// A footnote goes on until a blank line, a new page or the next footnote.
fn mark_footnotes(lines: &[&str], kinds: &mut [LineKind]) {
    let mut expected = 1u32;
    let mut i = 0;
    while i < lines.len() {
        let number = footnote_number(lines[i]).filter(|n| (expected..expected + 3).contains(n));
        let Some(n) = number.filter(|n| kinds[i] == LineKind::Text && marked_before(lines, i, *n))
        else {
            i += 1;
            continue;
        };
        kinds[i] = LineKind::Footnote;
        expected = n + 1;
        i += 1;
        while i < lines.len() && continues_footnote(lines[i], kinds[i], expected) {
            kinds[i] = LineKind::Footnote;
            i += 1;
        }
    }
}

/// Is this line the rest of the footnote above it?
fn continues_footnote(line: &str, kind: LineKind, expected: u32) -> bool {
    kind == LineKind::Text && !shape::is_page_start(line) && footnote_number(line) != Some(expected)
}

/// The number opening a footnote line: "3 Toezegging …" or "12Aanbiedingsbrief …".
fn footnote_number(line: &str) -> Option<u32> {
    let t = line.trim_start();
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let rest = t[digits.len()..].trim_start_matches(' ');
    let spaces = t.len() - digits.len() - rest.len();
    let opens_text = rest.starts_with(char::is_uppercase) && spaces <= 1;
    opens_text.then(|| digits.parse().ok()).flatten()
}

/// Does the footnote mark `n` stand glued after a word or punctuation in lines before `at`,
/// or after the mark before it ("uitwerking.9 10 11")?
fn marked_before(lines: &[&str], at: usize, n: u32) -> bool {
    let mark = n.to_string();
    let previous = n.saturating_sub(1).to_string();
    lines[..at].iter().any(|l| {
        l.match_indices(&mark).any(|(i, _)| {
            let head = &l[..i];
            let before = head.chars().next_back();
            let after = l[i + mark.len()..].chars().next();
            let glued = before.is_some_and(|c| c.is_lowercase() || ".,;:)’”'\"".contains(c));
            let in_series = before == Some(' ') && head.trim_end().ends_with(&previous);
            (glued || in_series) && !after.is_some_and(|c| c.is_ascii_digit() || c.is_alphabetic())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footnotes_need_their_mark() {
        let lines = [
            "De commissie zet dit onder druk.1 Het vergroot",
            "",
            "1 Gematigde groei, Staatscommissie",
            "en een vervolgregel",
            " Nieuwe pagina",
            "2 Informatie en communicatie",
        ];
        let kinds = classify(&lines);
        assert_eq!(kinds[2], LineKind::Footnote);
        assert_eq!(kinds[3], LineKind::Footnote);
        assert_eq!(kinds[4], LineKind::Text);
        assert_eq!(kinds[5], LineKind::Text, "no mark 2 in the text");
    }
}
