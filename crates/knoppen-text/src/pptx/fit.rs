//! Text sizing. PowerPoint applies "shrink text on overflow" only once the
//! user edits a box, so a file that must look right when opened carries a
//! font size that already fits. Widths are estimated from Arial metrics, erring slightly wide.

/// Smallest size we shrink to; below this the text is unreadable anyway.
pub const MIN_PT: f32 = 8.0;
/// Line height as a multiple of the font size (Arial's is ~1.15).
pub const LINE: f32 = 1.2;

/// Advance width of a character in em, from Arial's (= Liberation Sans')
/// metrics; unknown characters count as a wide lowercase letter.
fn char_em(c: char) -> f32 {
    match c {
        'i' | 'j' | 'l' | '\'' | '|' => 0.222,
        'f' | 't' | 'I' | ' ' | '.' | ',' | ':' | ';' | '!' | '/' | '[' | ']' => 0.278,
        'r' | '-' | '(' | ')' | '"' => 0.333,
        'c' | 'k' | 's' | 'v' | 'x' | 'y' | 'z' | 'J' => 0.5,
        'w' => 0.722,
        'm' | 'M' => 0.833,
        'W' => 0.944,
        '%' => 0.889,
        'A'..='Z' => 0.70,
        _ => 0.556,
    }
}

/// Safety margin on estimated widths: a template font may run wider.
const MARGIN: f32 = 1.06;

/// Estimated width of `s` in points (bold Arial runs ~8% wider).
pub fn width_pt(s: &str, size: f32, bold: bool) -> f32 {
    let em: f32 = s.chars().map(char_em).sum();
    em * size * MARGIN * if bold { 1.08 } else { 1.0 }
}

/// Lines `para` wraps to at `width` points; None when one word is wider
/// than the box (PowerPoint would then break the word mid-way).
pub fn wrap_lines(para: &str, size: f32, bold: bool, width: f32) -> Option<usize> {
    let space = width_pt(" ", size, bold);
    let (mut lines, mut used) = (1usize, 0.0f32);
    for word in para.split_whitespace() {
        let w = width_pt(word, size, bold);
        if w > width {
            return None;
        }
        if used > 0.0 && used + space + w > width {
            lines += 1;
            used = w;
        } else {
            used += if used > 0.0 { space + w } else { w };
        }
    }
    Some(lines)
}

/// Total lines for all paragraphs, or None if a word does not fit.
pub fn total_lines(paras: &[&str], size: f32, bold: bool, width: f32) -> Option<usize> {
    paras
        .iter()
        .map(|p| wrap_lines(p, size, bold, width))
        .sum::<Option<usize>>()
}

/// Largest size <= `size` (half-point steps, >= MIN_PT) at which the
/// paragraphs fit a `w` x `h` point box; `extra` is per-paragraph spacing
/// in lines.
pub fn fit_size(paras: &[&str], size: f32, bold: bool, w: f32, h: f32, extra: f32) -> f32 {
    let mut s = (size * 2.0).floor() / 2.0;
    while s > MIN_PT {
        if let Some(n) = total_lines(paras, s, bold, w) {
            let gaps = paras.len().saturating_sub(1) as f32 * extra;
            if (n as f32 + gaps) * s * LINE <= h {
                return s;
            }
        }
        s -= 0.5;
    }
    MIN_PT.min(size)
}
