//! Finds headings in extracted text. The seeds keep no markup except the 2024 letter's
//! markdown, so a heading is read from its shape and its neighbours: a short line that does not
//! end a sentence, stands after a break, and is followed by running text. Slide decks add two
//! forms: a one-line divider slide, and a slide title the extraction put after the slide's text.
//!
//! Indices here are 0-based; the public API speaks 1-based lines.

use crate::sources::noise::LineKind;
use crate::sources::shape;
use crate::sources::title;

/// A detected heading.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Heading {
    /// First and last line of the heading (a long title wraps onto a second or third line).
    pub first: usize,
    pub last: usize,
    pub title: String,
    /// Where its section starts: the heading itself, or for a title printed after its slide's
    /// text, the slide's first line.
    pub from: usize,
    /// Where its section must end at the latest: a title printed after its slide's text names
    /// that slide only (the next slides may have lost their titles in the extraction).
    pub until: Option<usize>,
    /// 1 for a document's units (measures, tracks, slides, chapters, "1."), 2 for what stands
    /// under them ("1.1", a plain sub-heading).
    pub level: u8,
}

/// Longest first line a heading may have.
const MAX_LINE_CHARS: usize = 120;
/// A line this long followed by more text is a wrapped sentence, not a title.
const WRAPPED_LINE_CHARS: usize = 75;
/// Running text: a line of words at least this long (or one that ends a sentence).
const BODY_LINE_CHARS: usize = 60;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Verdict {
    Heading,
    /// Possibly a slide title printed after the slide's text; decided per slide.
    Trailing,
    No,
}

/// All headings of a document, in order.
pub(crate) fn detect(lines: &[&str], kinds: &[LineKind]) -> Vec<Heading> {
    let candidates = candidates(lines, kinds);
    let starts: Vec<Option<usize>> = {
        let mut s = vec![None; lines.len()];
        candidates
            .iter()
            .enumerate()
            .for_each(|(n, c)| s[c.first] = Some(n));
        s
    };
    // Decide from the end, so a heading directly followed by a sub-heading can see its verdict.
    let mut verdicts = vec![Verdict::No; candidates.len()];
    for n in (0..candidates.len()).rev() {
        verdicts[n] = judge(lines, kinds, &candidates, n, &starts, &verdicts);
    }
    resolve_trailing(lines, kinds, candidates, &verdicts)
}

/// Lines shaped like a title, joined with their continuation lines.
fn candidates(lines: &[&str], kinds: &[LineKind]) -> Vec<Heading> {
    let mut out: Vec<Heading> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        match candidate_at(lines, kinds, i) {
            Some(h) => {
                i = h.last + 1;
                out.push(h);
            }
            None => i += 1,
        }
    }
    out
}

/// The title starting at line `i`, if the line (with its continuations) is shaped like one.
fn candidate_at(lines: &[&str], kinds: &[LineKind], i: usize) -> Option<Heading> {
    if kinds[i] != LineKind::Text {
        return None;
    }
    if shape::is_markup_heading(lines[i]) {
        let title = shape::clean(lines[i]).trim_end_matches(':').to_string();
        return Some(Heading {
            first: i,
            last: i,
            title,
            from: i,
            until: None,
            level: 1,
        });
    }
    let first = shape::clean(lines[i]);
    let shaped = !shape::is_bullet(lines[i])
        && shape::starts_like_title(first)
        && first.chars().count() <= MAX_LINE_CHARS;
    if !shaped {
        return None;
    }
    let (title, last) = join_title(lines, kinds, i);
    let ok = title::is_title(&title) && !wrapped(lines, kinds, i, last, &title);
    ok.then_some(Heading {
        first: i,
        last,
        title,
        from: i,
        until: None,
        level: 2,
    })
}

/// Is the line a wrapped sentence rather than a title? So if the next line (at most one blank
/// line on) goes on in lower case, or if the line is as long as body text and text follows:
/// at once, or after one blank line unless the title is numbered ("1.2 Inzet: …").
fn wrapped(lines: &[&str], kinds: &[LineKind], first: usize, last: usize, title: &str) -> bool {
    let text = |n: usize| kinds.get(n) == Some(&LineKind::Text) && !shape::is_bullet(lines[n]);
    let blank = |n: usize| kinds.get(n) == Some(&LineKind::Blank);
    let next = if text(last + 1) {
        Some((last + 1, true))
    } else if blank(last + 1) && text(last + 2) {
        Some((last + 2, false))
    } else {
        None
    };
    let Some((n, adjacent)) = next else {
        return false;
    };
    let long = shape::clean(lines[first]).chars().count() >= WRAPPED_LINE_CHARS;
    let numbered = shape::section_number(title).is_some() || title::is_unit_title(title);
    shape::starts_continuation(lines[n]) || (long && (adjacent || !numbered))
}

/// A title and its last line: continuation lines (lower case, or after a colon a short
/// subtitle) are joined, at most two, across at most one blank line.
fn join_title(lines: &[&str], kinds: &[LineKind], i: usize) -> (String, usize) {
    let mut title = shape::clean(lines[i]).to_string();
    let mut last = i;
    // Join while the title does not end a sentence; a colon may introduce a subtitle.
    while last - i < 2
        && (!shape::ends_terminal(&title) || title.ends_with(':'))
        && !title.ends_with(',')
    {
        let Some(n) = continuation(lines, kinds, last, title.ends_with(':')) else {
            break;
        };
        let more = shape::clean(lines[n]);
        let hyphen = title.ends_with('-') && !title.ends_with(" -");
        title = if hyphen {
            format!("{title}{more}")
        } else {
            format!("{title} {more}")
        };
        last = n;
    }
    (title.split_whitespace().collect::<Vec<_>>().join(" "), last)
}

/// The line continuing a title that ends at `last`, if any.
fn continuation(lines: &[&str], kinds: &[LineKind], last: usize, colon: bool) -> Option<usize> {
    let text = |n: usize| kinds.get(n) == Some(&LineKind::Text);
    let adjacent = last + 1;
    if text(adjacent) {
        let l = lines[adjacent];
        let subtitle = colon
            && shape::clean(l).chars().count() <= 60
            && !shape::is_bullet(l)
            && !shape::ends_terminal(l);
        return (shape::starts_continuation(l) || subtitle).then_some(adjacent);
    }
    // The 2023 proposal puts a blank line inside a title: "… dak- en thuisloze ⏎⏎ arbeidsmigranten".
    let after_blank = last + 2;
    let blank = kinds.get(adjacent) == Some(&LineKind::Blank);
    let short = lines
        .get(after_blank)
        .is_some_and(|l| l.trim().chars().count() <= 40);
    (blank && text(after_blank) && short && shape::starts_continuation(lines[after_blank]))
        .then_some(after_blank)
}

/// Is candidate `n` a heading? `verdicts` holds the verdicts of the candidates after it.
fn judge(
    lines: &[&str],
    kinds: &[LineKind],
    candidates: &[Heading],
    n: usize,
    starts: &[Option<usize>],
    verdicts: &[Verdict],
) -> Verdict {
    let c = &candidates[n];
    if shape::is_markup_heading(lines[c.first]) {
        return Verdict::Heading;
    }
    let unit = title::is_unit_title(&c.title);
    // A heading over its text stands right above it; a form field's value stands alone.
    let over_text = kinds.get(c.last + 1) == Some(&LineKind::Text) && is_body(lines[c.last + 1]);
    let placed = after_break(lines, kinds, c.first, starts, candidates)
        && (unit || over_text || !is_field_value(lines, kinds, c.first, 3))
        && !in_numbered_list(lines, kinds, c);
    if !placed {
        return Verdict::No;
    }
    let next = next_text(kinds, c.last + 1);
    let heading_at = |i: usize| starts[i].is_some_and(|m| verdicts[m] == Verdict::Heading);
    // A sub-heading right under it ("Arbeidsmarktbeleid aanpassingen" / "Meer zekerheid …"),
    // or after the page furniture of a page break; but not the title of the next slide.
    let sub_heading = next.is_some_and(|i| {
        let furniture = kinds[c.last + 1..i].iter().any(|k| k.is_noise());
        let adjacent = i == c.last + 1 && !shape::is_page_start(lines[i]);
        heading_at(i) && (adjacent || furniture)
    });
    let body = next.is_some_and(|i| is_body(lines[i]));
    // A slide with nothing but its title ("Uitdagingen", "Studie").
    let divider =
        is_boundary(lines, kinds, c.first) && next.is_none_or(|i| is_boundary(lines, kinds, i));
    // The last line of a slide, where the extraction puts the slide's title.
    let blank_before = c.first > 0 && kinds[c.first - 1] == LineKind::Blank;
    let below = (c.last + 1..kinds.len()).find(|&i| kinds[i] != LineKind::Blank);
    let closes_slide = below.is_some_and(|i| is_boundary(lines, kinds, i));
    let trailing = blank_before && closes_slide && title::is_plain_phrase(&c.title);
    if in_form_page(lines, kinds, c.first) {
        // On a table page only a unit title at the foot ("Arbeid (2/2)") names the page.
        return match (trailing && unit, divider) {
            (true, _) => Verdict::Trailing,
            (false, true) => Verdict::Heading,
            _ => Verdict::No,
        };
    }
    if divider || unit || sub_heading || body {
        Verdict::Heading
    } else if trailing {
        Verdict::Trailing
    } else {
        Verdict::No
    }
}

/// Is the line on a table or form page: a slide that opens with recurring labels (the measure
/// list's column heads, a fiche's "Beschrijving" box)? Its lines are cells, not headings.
fn in_form_page(lines: &[&str], kinds: &[LineKind], i: usize) -> bool {
    let slide = (0..=i).rev().find(|&j| is_boundary(lines, kinds, j));
    slide.is_some_and(|s| kinds[s] == LineKind::Running)
}

/// Is the line the value of a form field, right under its label ("Benodigd" / "Vanaf Q3/4
/// 2023") or under another value of the same field ("Korte termijn (…)" / "Middellange
/// termijn (…)")? Labels recur, so they are running lines; a new slide is never a value.
fn is_field_value(lines: &[&str], kinds: &[LineKind], i: usize, depth: u8) -> bool {
    if is_boundary(lines, kinds, i) {
        return false;
    }
    let above = (0..i).rev().find(|&j| kinds[j] != LineKind::Blank);
    above.is_some_and(|j| {
        let value_above =
            depth > 0 && kinds[j] == LineKind::Text && is_field_value(lines, kinds, j, depth - 1);
        kinds[j] == LineKind::Running || value_above
    })
}

/// Is the candidate an item of a numbered list: the text line before or after it is the
/// item numbered one less or one more ("1. Pedagogische beroepen", "2. ICT", …)?
fn in_numbered_list(lines: &[&str], kinds: &[LineKind], c: &Heading) -> bool {
    let Some(n) = title::list_number(lines[c.first]) else {
        return false;
    };
    let before = (0..c.first).rev().find(|&j| kinds[j] == LineKind::Text);
    let after = next_text(kinds, c.last + 1);
    let numbered =
        |j: Option<usize>, want: u32| j.and_then(|j| title::list_number(lines[j])) == Some(want);
    numbered(before, n.wrapping_sub(1)) || numbered(after, n + 1)
}

/// A heading follows a break: the start, a blank or noise line, a new page, the end of a
/// sentence, or another title.
fn after_break(
    lines: &[&str],
    kinds: &[LineKind],
    i: usize,
    starts: &[Option<usize>],
    candidates: &[Heading],
) -> bool {
    if i == 0 || shape::is_page_start(lines[i]) || kinds[i - 1] != LineKind::Text {
        return true;
    }
    let title_above = candidates.iter().any(|c| c.last == i - 1) || starts[i - 1].is_some();
    title_above || shape::ends_terminal(lines[i - 1])
}

/// Running text: a long line of words (not a table row of numbers and signs) or a sentence
/// end, of at least three words. A short list item is not enough: in the measure tables a
/// line opening with "-" is an effect sign, not a bullet.
fn is_body(line: &str) -> bool {
    let long = shape::clean(line).chars().count() >= BODY_LINE_CHARS
        && shape::sign_words(line) <= 1
        && shape::numeric_words(line) <= 2;
    shape::words(line) >= 3 && (long || shape::ends_terminal(line))
}

/// The first line at or after `from` that is running text (not blank, not noise).
fn next_text(kinds: &[LineKind], from: usize) -> Option<usize> {
    (from..kinds.len()).find(|&i| kinds[i] == LineKind::Text)
}

/// Where a new slide or page begins: a line the extraction opens with one space, or text
/// after two or more blank lines.
pub(crate) fn is_boundary(lines: &[&str], kinds: &[LineKind], i: usize) -> bool {
    if kinds[i] == LineKind::Blank {
        return false;
    }
    let blanks = (0..i)
        .rev()
        .take_while(|&j| kinds[j] == LineKind::Blank)
        .count();
    shape::is_page_start(lines[i]) || blanks >= 2
}

/// Keeps a title printed after its slide's text only where the slide has no other title; its
/// section then starts at the slide's first line.
fn resolve_trailing(
    lines: &[&str],
    kinds: &[LineKind],
    candidates: Vec<Heading>,
    verdicts: &[Verdict],
) -> Vec<Heading> {
    let confirmed: Vec<usize> = (0..candidates.len())
        .filter(|&n| verdicts[n] == Verdict::Heading)
        .map(|n| candidates[n].first)
        .collect();
    let mut out = Vec::new();
    for (mut c, v) in candidates.into_iter().zip(verdicts) {
        match v {
            Verdict::Heading => {
                c.level = level(lines, kinds, &c);
                out.push(c);
            }
            Verdict::Trailing => {
                let slide = (0..c.first)
                    .rev()
                    .find(|&i| is_boundary(lines, kinds, i))
                    .unwrap_or(0);
                if !confirmed.iter().any(|&f| (slide..c.first).contains(&f)) {
                    c.from = slide;
                    c.until = Some(c.last);
                    c.level = 1;
                    out.push(c);
                }
            }
            Verdict::No => {}
        }
    }
    out
}

/// The level of a confirmed heading: a section number's depth ("1." 1, "2.3" 2, "Maatregel
/// 2.8" 2); otherwise 1 for markup, unit titles and one-line slides, 2 for the rest.
fn level(lines: &[&str], kinds: &[LineKind], c: &Heading) -> u8 {
    let depth = |n: Vec<u32>| n.len().clamp(1, 3) as u8;
    if let Some(n) = shape::section_number(&c.title) {
        return depth(n);
    }
    let unit = title::is_unit_title(&c.title);
    let inner = c
        .title
        .split_whitespace()
        .nth(1)
        .and_then(shape::section_number_word);
    match inner {
        Some(n) if unit && n.len() > 1 => return depth(n),
        _ => {}
    }
    let next = next_text(kinds, c.last + 1);
    let divider =
        is_boundary(lines, kinds, c.first) && next.is_none_or(|i| is_boundary(lines, kinds, i));
    if shape::is_markup_heading(lines[c.first]) || unit || divider {
        1
    } else {
        2
    }
}
