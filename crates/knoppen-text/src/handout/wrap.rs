//! Text broken into lines that fit: at spaces, and a word longer than a line at a letter.
//! Nothing is ever cut short.

use super::font::Fonts;

/// What a width may exceed by: rounding, not a letter.
const SLACK: f32 = 0.01;

/// `text` in lines no wider than `width` at `size`: each paragraph (a line of `text`) on lines
/// of its own, broken at spaces; a word too long for a line is broken between letters.
pub fn wrap(fonts: &Fonts, text: &str, width: f32, size: f32, bold: bool) -> Vec<String> {
    let space = fonts.width(" ", size, false);
    // Bold's stroke widens a line once, not each word.
    let width = width - fonts.width("", size, bold);
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        let mut line_w = 0.0;
        for word in paragraph.split_whitespace() {
            let w = fonts.width(word, size, false);
            if !line.is_empty() && line_w + space + w <= width + SLACK {
                line.push(' ');
                line.push_str(word);
                line_w += space + w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if w <= width + SLACK {
                line = word.to_owned();
                line_w = w;
                continue;
            }
            // Broken between letters: every piece but the last fills a line.
            let mut pieces = split_word(fonts, word, width, size);
            line = pieces.pop().unwrap_or_default();
            line_w = fonts.width(&line, size, false);
            lines.extend(pieces);
        }
        lines.push(line);
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// A word in pieces no wider than `width` (at least a letter each).
fn split_word(fonts: &Fonts, word: &str, width: f32, size: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    for c in word.chars() {
        piece.push(c);
        if fonts.width(&piece, size, false) > width + SLACK && piece.chars().count() > 1 {
            piece.pop();
            pieces.push(std::mem::take(&mut piece));
            piece.push(c);
        }
    }
    pieces.push(piece);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_wraps_and_long_words_break_but_nothing_is_cut() {
        let fonts = Fonts::new();
        let label = "Nijverheid (geen bouw) en energie";
        let w = fonts.width(label, 15.0, true);
        assert_eq!(wrap(&fonts, label, w, 15.0, true), [label]);
        assert_eq!(wrap(&fonts, label, w - 1.0, 15.0, true).len(), 2);
        let long = "Arbeidsmigratievoorwaardenonderzoeksrapportage";
        let pieces = wrap(&fonts, long, 60.0, 15.0, false);
        assert!(pieces.len() > 2);
        assert_eq!(pieces.concat(), long, "every letter kept");
        for p in &pieces {
            assert!(fonts.width(p, 15.0, false) <= 60.0 + SLACK, "{p}");
        }
        let all = wrap(&fonts, "een twee drie vier vijf zes", 60.0, 15.0, false);
        assert_eq!(all.join(" "), "een twee drie vier vijf zes");
        assert_eq!(wrap(&fonts, "a\nb", 100.0, 15.0, false), ["a", "b"]);
    }
}
