//! The shape of one line of extracted text: is it a bullet, does it end a sentence, does it
//! open a new page. The PDF extraction keeps no structure, so structure is read from shape.

/// The line without markdown heading and emphasis marks (the 2024 letter is markdown) and
/// without surrounding whitespace.
pub(crate) fn clean(line: &str) -> &str {
    let t = line.trim().trim_start_matches('#').trim();
    let t = t
        .strip_prefix("**")
        .and_then(|s| s.strip_suffix("**"))
        .unwrap_or(t);
    let t = t
        .strip_prefix('*')
        .and_then(|s| s.strip_suffix('*'))
        .unwrap_or(t);
    t.trim()
}

/// A markdown heading: `### …`, or a whole line in single-star emphasis (`*…*`), which is how
/// the 2024 letter marks its sub-headings. Bold (`**…**`) is a label, not a heading.
pub(crate) fn is_markup_heading(line: &str) -> bool {
    let t = line.trim();
    if t.starts_with('#') {
        return true;
    }
    let bold = t.starts_with("**");
    !bold && t.len() > 2 && t.starts_with('*') && t.ends_with('*')
}

/// The extraction opens a page, slide or text box with one space; body lines start flush.
pub(crate) fn is_page_start(line: &str) -> bool {
    let mut chars = line.chars();
    chars.next() == Some(' ') && chars.next().is_some_and(|c| !c.is_whitespace())
}

/// A list item: bullet glyphs, "-", "–", "o " and "> " (a quoted address block).
pub(crate) fn is_bullet(line: &str) -> bool {
    let t = line.trim_start();
    let mut chars = t.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    match first {
        '•' | '▪' | '›' | '◦' | '*' | '>' => !t.starts_with("**") && !t.ends_with('*'),
        c if ('\u{E000}'..='\u{F8FF}').contains(&c) => true,
        '-' | '–' | 'o' => rest.starts_with(' ') && !rest.trim().is_empty(),
        _ => false,
    }
}

/// The last character of the text that closes a sentence or clause, ignoring closing brackets
/// and quotes and a trailing footnote mark (".7", ".9 10 11", "<sup>4</sup>."). An
/// abbreviation ("(w.o.", "bijv.") does not close anything.
pub(crate) fn ends_terminal(text: &str) -> bool {
    let t = strip_footnote_tail(text.trim_end());
    let t = t.trim_end_matches([')', '’', '”', '\'', '"', '*', ' ']);
    t.ends_with(['.', '!', '?', ':', ';']) && !ends_abbreviation(t)
}

/// Abbreviations the sources break lines after.
const ABBREVIATIONS: [&str; 8] = [
    "bijv.", "incl.", "excl.", "nr.", "art.", "ca.", "resp.", "ong.",
];

/// Does the text end on an abbreviation: a word with a dot inside ("w.o.", "t.a.v.") or a
/// known short form?
fn ends_abbreviation(text: &str) -> bool {
    let last = text.split_whitespace().last().unwrap_or("");
    let word = last.trim_start_matches(['(', '‘', '“']).to_lowercase();
    let inner_dot = word.len() > 2
        && word[..word.len() - 1].contains('.')
        && word.chars().all(|c| c.is_alphabetic() || c == '.');
    inner_dot || ABBREVIATIONS.contains(&word.as_str())
}

/// Ends with a comma: a sentence goes on, a heading never does.
pub(crate) fn ends_comma(text: &str) -> bool {
    text.trim_end().ends_with(',')
}

/// Text without a footnote mark glued to its end.
fn strip_footnote_tail(text: &str) -> &str {
    let mut t = text;
    if let Some(i) = t.rfind("<sup>")
        && t[i..].trim_end_matches(['.', ' ']).ends_with("</sup>")
    {
        let tail_dot = t[i..].trim_end().ends_with('.');
        t = &t[..i];
        if tail_dot {
            return "."; // "…mogen<sup>4</sup>." ends a sentence
        }
    }
    // Digits and spaces after punctuation that follows a word: "keuzes.7", "uitwerking.9 10
    // 11"; a number such as "2.282" is not a footnote mark.
    let stripped = t.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
    let mut rev = stripped.chars().rev();
    let punct = rev
        .next()
        .is_some_and(|c| ['.', ')', '’', '”'].contains(&c));
    let after_word = rev.next().is_some_and(char::is_alphabetic);
    if stripped.len() < t.len() && punct && after_word {
        return stripped;
    }
    t
}

/// Starts with a lower-case letter or an opening bracket: the rest of a sentence.
pub(crate) fn starts_continuation(text: &str) -> bool {
    text.trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c == '(')
}

/// Starts with an upper-case letter, or a section number ("2.1 Maatregel", "1. Europese").
pub(crate) fn starts_like_title(text: &str) -> bool {
    let t = text.trim_start();
    let Some(first) = t.chars().next() else {
        return false;
    };
    if first.is_uppercase() {
        return true;
    }
    // A number must be a section number: digits and dots, then a space and an upper-case word.
    let number: String = t
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let rest = t[number.len()..].trim_start();
    first.is_ascii_digit()
        && t[number.len()..].starts_with(' ')
        && rest.starts_with(char::is_uppercase)
}

/// Words that hold only digits and punctuation: table rows are full of them, titles are not.
pub(crate) fn numeric_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_ascii_digit()) && !w.chars().any(char::is_alphabetic))
        .count()
}

/// The table signs "+", "-", "+/-", "?" standing as words (an en dash "–" is punctuation).
pub(crate) fn sign_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().all(|c| "+-/?".contains(c)))
        .count()
}

/// A word that is a section number ("2.8", "3."), as its parts.
pub(crate) fn section_number_word(word: &str) -> Option<Vec<u32>> {
    let digits = word.trim_end_matches(['.', ')', ':']);
    digits
        .split('.')
        .map(|p| p.parse().ok())
        .collect::<Option<Vec<u32>>>()
        .filter(|p| !p.is_empty())
}

/// The section number a line opens with ("2.1", "3." → its parts), if any.
pub(crate) fn section_number(text: &str) -> Option<Vec<u32>> {
    let t = text.trim_start();
    let token = t.split_whitespace().next()?;
    section_number_word(token).filter(|_| t.len() > token.len())
}

/// Words of two letters or more; a passage with few of them is a label or a table cell.
pub(crate) fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
}

/// Dutch words a title does not end on but a wrapped sentence line often does.
const FUNCTION_WORDS: [&str; 43] = [
    "de", "het", "een", "en", "of", "van", "voor", "in", "op", "aan", "met", "te", "om", "die",
    "dat", "naar", "bij", "tot", "door", "als", "dan", "is", "zijn", "wordt", "worden", "we",
    "zij", "ook", "maar", "over", "uit", "dit", "deze", "er", "hun", "hen", "zich", "wat", "waar",
    "welke", "kan", "moet", "zal",
];

/// Does the text end on a function word ("… de", "… voor")? Then a sentence goes on.
pub(crate) fn ends_function_word(text: &str) -> bool {
    let last = text.split_whitespace().last().unwrap_or("");
    FUNCTION_WORDS.contains(&last.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(clean("#### *Cijfermatig inzicht*"), "Cijfermatig inzicht");
        assert!(is_markup_heading("#### *Cijfermatig inzicht*"));
        assert!(!is_markup_heading("**Datum**"));
        assert!(is_page_start(" Beschrijving"));
        assert!(!is_page_start("  "));
        assert!(is_bullet("\u{f0d8} Verruimen van voorwaarden"));
        assert!(is_bullet("- Effecten: "));
        assert!(!is_bullet("-"));
        assert!(ends_terminal("aanknopingspunten voor verdere keuzes.7 "));
        assert!(ends_terminal("(Vergelijk met statiegeld op blikjes.) "));
        assert!(ends_terminal("af te remmen<sup>4</sup>."));
        assert!(!ends_terminal("Meer zekerheid voor flexwerkers "));
        assert!(starts_like_title("2.1 Maatregel: visie"));
        assert!(!starts_like_title("2017 282.080 17.800"));
        assert!(ends_function_word("het rapport van de Onderzoeksraad voor"));
        assert_eq!(numeric_words("Zorg Maatschappelijk werkers 16.200 20%"), 2);
        assert!(!ends_terminal(
            "Elektriciens en elektronicamonteurs 8.535 2.282"
        ));
        assert!(!ends_terminal("aan de orde stellen (w.o. "));
        assert_eq!(section_number("2.1 Maatregel: visie"), Some(vec![2, 1]));
        assert_eq!(section_number("3. Zorg"), Some(vec![3]));
        assert_eq!(section_number("Zorg 3"), None);
    }
}
