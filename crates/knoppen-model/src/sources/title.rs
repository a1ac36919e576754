//! Does a text read as a title? Only the words count here; where the text stands is judged in
//! `heading`.

use crate::sources::shape;

const MAX_TITLE_CHARS: usize = 130;
const MAX_TITLE_WORDS: usize = 20;
/// Words documents use to label their units; a title starting with one needs no body after it.
const UNIT_WORDS: [&str; 6] = [
    "Maatregel",
    "Spoor",
    "Bijlage",
    "Casus",
    "Hoofdstuk",
    "Thema",
];
/// Captions and notes under figures and tables open with these; they are not titles.
const CAPTION_WORDS: [&str; 5] = ["Bron", "N.B.", "NB.", "NB", "Zie"];
/// The measure tables' effect signs and placeholders; a line opening with one is a table row.
const TABLE_CELLS: [&str; 9] = ["PM", "Nnb", "nnb", "ntb", "Nvt", "n.v.t.", "-", "+", "0/-"];

/// Is the joined text shaped like a title: short, few numbers and signs, not ending or
/// breaking off mid-sentence, not a caption, a table row or a form field?
pub(crate) fn is_title(title: &str) -> bool {
    let first = title.split_whitespace().next().unwrap_or("");
    let first_word = first.trim_end_matches([':', ',']);
    let numbers = shape::numeric_words(title) - usize::from(shape::section_number(title).is_some());
    let single_letters = title
        .split_whitespace()
        .filter(|w| w.chars().count() == 1 && w.chars().all(char::is_alphabetic))
        .count();
    title.chars().count() <= MAX_TITLE_CHARS
        && title.split_whitespace().count() <= MAX_TITLE_WORDS
        && (numbers <= 1 || (numbers == 2 && is_unit_title(title)))
        && shape::sign_words(title) == 0
        && single_letters == 0
        && shape::words(title) >= 1
        && !shape::ends_terminal(title)
        && !shape::ends_comma(title)
        && !shape::ends_function_word(title)
        && !title.ends_with('-')
        && !CAPTION_WORDS.contains(&first_word)
        && !TABLE_CELLS.contains(&first)
        && !is_form_field(title)
        && shape::section_number(title).is_none_or(|n| n.first().is_some_and(|&x| x > 0))
}

/// "Besluit, van: AMvB": a label with a comma before its colon, then a value.
fn is_form_field(title: &str) -> bool {
    match (title.find(','), title.find(':')) {
        (Some(comma), Some(colon)) => comma < colon,
        _ => false,
    }
}

/// A title in the form documents give their units: "Maatregel: …", "Spoor 2: …",
/// "Cijfers over arbeidsmigratie (1): …", "Arbeid (2/2)".
pub(crate) fn is_unit_title(title: &str) -> bool {
    let unit = UNIT_WORDS.iter().any(|w| {
        title
            .strip_prefix(w)
            .is_some_and(|r| r.starts_with([' ', ':']))
    });
    let part =
        |inside: &str| !inside.is_empty() && inside.chars().all(|c| c.is_ascii_digit() || c == '/');
    let numbered_part = title
        .find("): ")
        .is_some_and(|i| part(title[..i].rsplit('(').next().unwrap_or("")));
    let page_of = title
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once('('))
        .is_some_and(|(_, inside)| inside.contains('/') && part(inside));
    unit || numbered_part || page_of
}

/// A title a slide deck prints after the slide's text: a plain phrase of two words or more,
/// without the colon or comma of a label.
pub(crate) fn is_plain_phrase(title: &str) -> bool {
    title.split_whitespace().count() >= 2 && !title.contains([':', ','])
}

/// An item of a numbered list ("3. Zorg en welzijn" after "2. ICT"): the number of the item,
/// when the line opens with a single whole number.
pub(crate) fn list_number(line: &str) -> Option<u32> {
    match shape::section_number(shape::clean(line))?.as_slice() {
        [n] => Some(*n),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        assert!(is_title(
            "2.7 Maatregel: Verbetering informatievoorziening aan arbeidsmigranten (zie ook 1.3)"
        ));
        assert!(is_title(
            "Reactie op de aanbevelingen van de SER, het IBO en de OVV"
        ));
        assert!(!is_title("Besluit, van: AMvB"));
        assert!(!is_title("PM Middellange en lange termijn PM Besluit"));
        assert!(!is_title(
            "Geen formele eisen aan kwalificaties + + +/- +/-"
        ));
        assert!(!is_title(
            "Kamerbrief met visie op de economie in 2050 X EZK PM"
        ));
        assert!(!is_title(
            "Bron: ROA, arbeidsmarkt naar opleiding en beroep 2026"
        ));
        assert!(!is_title("0 Middellange termijn PM Besluit"));
        assert!(is_unit_title(
            "Cijfers over arbeidsmigratie (1): migratie vanuit EU-lidstaten"
        ));
        assert!(is_unit_title("Maatregel 2.8 Subsidieregeling innovatie"));
        assert!(is_unit_title("Arbeid (2/2)"));
        assert_eq!(list_number("3. Zorg en welzijn"), Some(3));
    }
}
