//! Accent- and case-folding, so that "beeindigen" finds "beëindigen" and a quote typed with
//! straight quotes finds the source's curly ones.
//!
//! Folding works one source character at a time, because every folded character must point
//! back at the source character it came from (to highlight the source's own text).

/// What one source character becomes in folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Folded {
    /// Invisible when matching: markdown emphasis marks in the letters (`*`, `#`).
    Skip,
    /// Whitespace, or a bullet glyph from the PDF extraction: a word break.
    Space,
    /// One folded character.
    One(char),
    /// Two folded characters (ligatures such as "ĳ").
    Two(char, char),
}

/// Folds one character: lower case, without diacritics, with one form of quote and dash.
pub(crate) fn fold_char(c: char) -> Folded {
    match c {
        '*' | '#' => Folded::Skip,
        c if c.is_whitespace() => Folded::Space,
        // Bullets: •, ▪, ›, ◦ and the private-use glyphs the PDF fonts use for list marks.
        '•' | '▪' | '›' | '◦' => Folded::Space,
        c if ('\u{E000}'..='\u{F8FF}').contains(&c) => Folded::Space,
        '‘' | '’' | '‚' | '`' | '´' => Folded::One('\''),
        '“' | '”' | '„' => Folded::One('"'),
        '–' | '—' | '‐' | '‑' => Folded::One('-'),
        'ĳ' | 'Ĳ' => Folded::Two('i', 'j'),
        'ß' => Folded::Two('s', 's'),
        c => Folded::One(base_letter(c)),
    }
}

/// The lower-case letter without its accent; other characters lower-cased as they are.
fn base_letter(c: char) -> char {
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ç' => 'c',
        'ñ' => 'n',
        other => other,
    }
}

/// A query or quote in folded form: whitespace runs become one space, ends trimmed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        match fold_char(c) {
            Folded::Skip => {}
            Folded::Space => space = !out.is_empty(),
            Folded::One(a) => push(&mut out, &mut space, &[a]),
            Folded::Two(a, b) => push(&mut out, &mut space, &[a, b]),
        }
    }
    out
}

/// Appends folded characters, first the pending word break if there is one.
fn push(out: &mut String, space: &mut bool, chars: &[char]) {
    if *space {
        out.push(' ');
        *space = false;
    }
    out.extend(chars);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_quotes_and_space() {
        assert_eq!(
            fold("  Beëindigen  van\n de ‘Coördinatie’ – NU "),
            "beeindigen van de 'coordinatie' - nu"
        );
        assert_eq!(fold("*Gematigde Groei*"), "gematigde groei");
        assert_eq!(fold("\u{f0d8} Verruimen"), "verruimen");
    }
}
