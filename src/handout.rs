//! The deck as a PDF hand-out: one landscape page per slide with the slide's own words, dark
//! on white so it prints; the presenter's notes, when asked for, on a page of their own after
//! the slide. The standard Helvetica needs no embedded font; text is written in WinAnsi, which
//! holds every Dutch letter.

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str};

use crate::catalogue::Catalogue;
use crate::catalogue::figures::{Figure, FigureKind, MAX_VALUE, Value};
use crate::effect::VerdictKind;
use crate::present::{Slide, StreamPicture, TERMS};
use crate::strings::{self, t};
use crate::timeline::Row;

/// A 16:9 page as wide as A4 landscape, in points.
pub const WIDTH: f32 = 842.0;
pub const HEIGHT: f32 = 474.0;
/// No text comes nearer the edge than this, except the page number below the text.
pub const MARGIN: f32 = 40.0;
const REGULAR: Name = Name(b"F1");
const BOLD: Name = Name(b"F2");

/// Type sizes on paper, in points.
const TITLE: f32 = 30.0;
const HEADING: f32 = 24.0;
const BODY: f32 = 15.0;
const SMALL: f32 = 11.0;

/// The deck as PDF bytes.
pub fn to_pdf(slides: &[Slide], catalogue: &Catalogue, with_notes: bool) -> Vec<u8> {
    let mut pages: Vec<Vec<u8>> = Vec::new();
    for (i, slide) in slides.iter().enumerate() {
        let mut page = Page::new();
        draw(&mut page, slide, catalogue);
        page.footer(&format!("{} / {}", i + 1, slides.len()));
        pages.push(page.finish());
        let notes = slide.notes();
        if with_notes && !notes.is_empty() {
            let mut page = Page::new();
            page.text(&t().handout_notes(i + 1), HEADING, true);
            page.text(&notes, BODY, false);
            pages.push(page.finish());
        }
    }
    write(&pages)
}

fn write(pages: &[Vec<u8>]) -> Vec<u8> {
    let (catalog, tree, regular, bold) = (Ref::new(1), Ref::new(2), Ref::new(3), Ref::new(4));
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    let ids: Vec<(Ref, Ref)> = (0..pages.len())
        .map(|i| {
            let n = 5 + 2 * i as i32;
            (Ref::new(n), Ref::new(n + 1))
        })
        .collect();
    pdf.pages(tree)
        .kids(ids.iter().map(|(page, _)| *page))
        .count(pages.len() as i32);
    for ((page_id, content_id), content) in ids.iter().zip(pages) {
        let mut page = pdf.page(*page_id);
        page.media_box(Rect::new(0.0, 0.0, WIDTH, HEIGHT));
        page.parent(tree);
        page.contents(*content_id);
        let mut resources = page.resources();
        resources.fonts().pair(REGULAR, regular).pair(BOLD, bold);
        resources.finish();
        page.finish();
        pdf.stream(*content_id, content);
    }
    for (id, name) in [(regular, "Helvetica"), (bold, "Helvetica-Bold")] {
        pdf.type1_font(id)
            .base_font(Name(name.as_bytes()))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    pdf.finish()
}

/// A colour as PDF's red, green and blue fractions.
type Rgb = [f32; 3];

const fn rgb(r: u8, g: u8, b: u8) -> Rgb {
    [r as f32 / 255.0, g as f32 / 255.0, b as f32 / 255.0]
}

const fn grey(v: u8) -> Rgb {
    rgb(v, v, v)
}

/// Print colours: the light-mode colours of `ui::theme` (Okabe–Ito, which stay apart with the
/// common colour-vision deficiencies), repeated here because the hand-out is not UI code.
mod colour {
    use super::{Rgb, grey, rgb};
    pub const BLACK: Rgb = grey(0);
    pub const ORANGE: Rgb = rgb(0xE6, 0x9F, 0x00);
    pub const SKY_BLUE: Rgb = rgb(0x56, 0xB4, 0xE9);
    pub const GREEN: Rgb = rgb(0x00, 0x9E, 0x73);
    pub const YELLOW: Rgb = rgb(0xF0, 0xE4, 0x42);
    pub const BLUE: Rgb = rgb(0x00, 0x72, 0xB2);
    pub const VERMILLION: Rgb = rgb(0xD5, 0x5E, 0x00);
    pub const PURPLE: Rgb = rgb(0xCC, 0x79, 0xA7);
    /// `theme::SERIES`, in its order, so a series has the colour it has on screen; then black
    /// and grey, so a chart of up to nine series never repeats a colour on paper.
    pub const SERIES: [Rgb; 9] = [
        BLUE,
        ORANGE,
        GREEN,
        PURPLE,
        SKY_BLUE,
        VERMILLION,
        YELLOW,
        grey(40),
        grey(160),
    ];
    /// Secondary text ("—" for no measure), grid lines, row rules.
    pub const MUTED: Rgb = grey(110);
    pub const GRID: Rgb = grey(215);
    pub const RULE: Rgb = grey(170);
}

/// `theme::verdict_color` in light mode: the marker's shape says the same without colour.
fn verdict_rgb(kind: &VerdictKind) -> Rgb {
    match kind {
        VerdictKind::Increasing => colour::ORANGE,
        VerdictKind::Decreasing => colour::BLUE,
        VerdictKind::Mixed { .. } => colour::PURPLE,
        VerdictKind::Neutral => grey(110),
        VerdictKind::MostlyUnknown { .. } | VerdictKind::Empty => grey(150),
    }
}

/// The colour of a series: the screen's palette, round again after seven.
fn series_rgb(i: usize) -> Rgb {
    colour::SERIES[i % colour::SERIES.len()]
}

/// One page being written, top to bottom.
struct Page {
    content: Content,
    /// The baseline of the next line, from the bottom of the page.
    y: f32,
}

impl Page {
    fn new() -> Self {
        Self {
            content: Content::new(),
            y: HEIGHT - MARGIN,
        }
    }

    /// Write text wrapped to the page's width; what would run below the margin is cut, the
    /// last line kept ending in "…" (a slide never holds more than a page).
    fn text(&mut self, text: &str, size: f32, bold: bool) {
        self.text_at(MARGIN, WIDTH - 2.0 * MARGIN, text, size, bold);
    }

    fn text_at(&mut self, x: f32, width: f32, text: &str, size: f32, bold: bool) {
        let room = ((self.y - MARGIN) / (size * LEADING)).max(0.0) as usize;
        for line in wrap_lines(text, width, size, bold, room) {
            self.y -= size * LEADING;
            self.line(x, self.y, &line, size, bold);
        }
        self.y -= size * 0.4;
    }

    fn line(&mut self, x: f32, y: f32, text: &str, size: f32, bold: bool) {
        self.line_in(x, y, text, size, bold, colour::BLACK);
    }

    fn line_in(&mut self, x: f32, y: f32, text: &str, size: f32, bold: bool, rgb: Rgb) {
        if text.is_empty() {
            return;
        }
        let font = if bold { BOLD } else { REGULAR };
        self.content
            .set_fill_rgb(rgb[0], rgb[1], rgb[2])
            .begin_text()
            .set_font(font, size)
            .next_line(x, y)
            .show(Str(&win_ansi(text)))
            .end_text()
            .set_fill_rgb(0.0, 0.0, 0.0);
    }

    /// Text ending at `right`.
    fn line_right(&mut self, right: f32, y: f32, text: &str, size: f32, bold: bool) {
        let x = right - width(text, size, bold);
        self.line(x, y, text, size, bold);
    }

    /// Text centred on `centre`, kept between `left` and `right`.
    fn line_centred(
        &mut self,
        centre: f32,
        y: f32,
        text: &str,
        size: f32,
        [left, right]: [f32; 2],
    ) {
        let text = shorten(text, right - left, size, false);
        let w = width(&text, size, false);
        let x = (centre - w / 2.0).clamp(left, (right - w).max(left));
        self.line(x, y, &text, size, false);
    }

    fn bar(&mut self, rect: [f32; 4], rgb: Rgb) {
        self.content
            .set_fill_rgb(rgb[0], rgb[1], rgb[2])
            .rect(rect[0], rect[1], rect[2], rect[3])
            .fill_nonzero()
            .set_fill_rgb(0.0, 0.0, 0.0);
    }

    /// A straight line from `a` to `b`.
    fn rule(&mut self, a: [f32; 2], b: [f32; 2], line_width: f32, rgb: Rgb) {
        self.content
            .set_stroke_rgb(rgb[0], rgb[1], rgb[2])
            .set_line_width(line_width)
            .move_to(a[0], a[1])
            .line_to(b[0], b[1])
            .stroke();
    }

    /// A filled polygon.
    fn polygon(&mut self, points: &[[f32; 2]], rgb: Rgb) {
        let Some(([x, y], rest)) = points.split_first() else {
            return;
        };
        self.content.set_fill_rgb(rgb[0], rgb[1], rgb[2]);
        self.content.move_to(*x, *y);
        for [x, y] in rest {
            self.content.line_to(*x, *y);
        }
        self.content
            .close_path()
            .fill_nonzero()
            .set_fill_rgb(0.0, 0.0, 0.0);
    }

    /// A circle through four Bézier quarters, stroked (a ring) or filled (a dot).
    fn circle(&mut self, [cx, cy]: [f32; 2], r: f32, rgb: Rgb, stroke: Option<f32>) {
        // The control-point distance that makes a cubic quarter all but a true circle.
        let k = 0.552_284_8 * r;
        let c = &mut self.content;
        c.move_to(cx + r, cy)
            .cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r)
            .cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy)
            .cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r)
            .cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy)
            .close_path();
        match stroke {
            Some(w) => {
                c.set_stroke_rgb(rgb[0], rgb[1], rgb[2])
                    .set_line_width(w)
                    .stroke();
            }
            None => {
                c.set_fill_rgb(rgb[0], rgb[1], rgb[2])
                    .fill_nonzero()
                    .set_fill_rgb(0.0, 0.0, 0.0);
            }
        }
    }

    /// A verdict's marker in the square of side `size` whose lower left corner is `(x, y)`,
    /// drawn as `ui::marker` draws it: up, down, diamond, bar, ring.
    fn marker(&mut self, kind: &VerdictKind, x: f32, y: f32, size: f32) {
        let rgb = verdict_rgb(kind);
        let (l, r, b, t) = (
            x + size * 0.1,
            x + size * 0.9,
            y + size * 0.1,
            y + size * 0.9,
        );
        let (cx, cy) = (x + size / 2.0, y + size / 2.0);
        match kind {
            VerdictKind::Increasing => self.polygon(&[[cx, t], [r, b], [l, b]], rgb),
            VerdictKind::Decreasing => self.polygon(&[[l, t], [r, t], [cx, b]], rgb),
            VerdictKind::Mixed { .. } => {
                self.polygon(&[[cx, t], [r, cy], [cx, b], [l, cy]], rgb);
            }
            VerdictKind::Neutral => {
                let h = (t - b) * 0.25;
                self.bar([l, cy - h / 2.0, r - l, h], rgb);
            }
            VerdictKind::MostlyUnknown { .. } | VerdictKind::Empty => {
                let stroke = ((r - l) * 0.15).max(1.5);
                self.circle([cx, cy], (r - l - stroke) / 2.0, rgb, Some(stroke));
            }
        }
    }

    /// The page number, right-aligned in the bottom margin.
    fn footer(&mut self, text: &str) {
        self.line_right(WIDTH - MARGIN, MARGIN / 2.0, text, SMALL, false);
    }

    fn finish(self) -> Vec<u8> {
        self.content.finish().to_vec()
    }
}

/// What a width may exceed by: rounding, not a letter (a column's width minus its gap can
/// come out a hair under the width it was made from).
const SLACK: f32 = 0.01;

/// Line height as a multiple of the type size.
const LEADING: f32 = 1.25;

/// Text broken into lines no wider than `width` (measured in Helvetica); a word too long for a
/// line of its own is shortened with "…".
fn wrap(text: &str, width: f32, size: f32, bold: bool) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if self::width(&candidate, size, bold) <= width + SLACK {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line = shorten(word, width, size, bold);
        }
        lines.push(line);
    }
    lines
}

/// At most `max` wrapped lines; when text is cut, the last line shown ends in "…".
fn wrap_lines(text: &str, width: f32, size: f32, bold: bool, max: usize) -> Vec<String> {
    let mut lines = wrap(text, width, size, bold);
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            *last = ellipsis(last, width, size, bold);
        }
    }
    lines
}

/// The text as it is if it fits in `width`, or cut to fit with "…".
fn shorten(text: &str, width: f32, size: f32, bold: bool) -> String {
    if self::width(text, size, bold) <= width + SLACK {
        text.to_owned()
    } else {
        ellipsis(text, width, size, bold)
    }
}

/// The text cut to end in "…" within `width` (empty where not even the "…" fits).
fn ellipsis(text: &str, width: f32, size: f32, bold: bool) -> String {
    let mut chars: Vec<char> = text.trim_end().chars().collect();
    loop {
        let cut: String = chars.iter().collect::<String>().trim_end().to_owned() + "…";
        if self::width(&cut, size, bold) <= width {
            return cut;
        }
        if chars.pop().is_none() {
            return String::new();
        }
    }
}
/// Text in WinAnsi (Windows-1252): Latin-1 as it is, the typographic quotes, dashes, bullet
/// and ellipsis at their own codes; anything else as "?".
fn win_ansi(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '\u{20}'..='\u{7e}' | '\u{a0}'..='\u{ff}' => c as u8,
            '€' => 0x80,
            '‚' => 0x82,
            '„' => 0x84,
            '…' => 0x85,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            _ => b'?',
        })
        .collect()
}

fn draw(page: &mut Page, slide: &Slide, catalogue: &Catalogue) {
    match slide {
        Slide::Title { title, subtitle } => {
            page.y -= 120.0;
            page.text(title, TITLE + 8.0, true);
            page.text(subtitle, HEADING - 4.0, false);
        }
        Slide::Combined {
            overall,
            overall_kind,
            picture,
            weighted,
            read,
            ..
        } => effect(
            page,
            overall,
            overall_kind,
            picture,
            *weighted,
            read.as_deref(),
        ),
        Slide::Measure(m) => {
            page.text(&m.title, HEADING, true);
            page.text(
                &format!("{} · {}: {} ({})", m.stream, t().effect, m.symbol, m.words),
                BODY + 2.0,
                false,
            );
            for extra in [&m.from_text, &m.reading].into_iter().flatten() {
                page.text(extra, BODY, false);
            }
            for (label, value) in [
                (t().field_horizon, &m.horizon),
                (t().field_instrument, &m.instrument),
                (t().field_implementation, &m.implementation),
                (t().meeting_status, &m.status),
            ] {
                page.text(&format!("{label}: {value}"), BODY, false);
            }
            if let Some(v) = &m.variant {
                page.text(&format!("{}: {v}", t().variant), BODY, false);
            }
            page.text(&m.summary, BODY, false);
        }
        Slide::Timeline {
            headline,
            bars,
            decision,
            ..
        } => {
            page.text(t().timeline, TITLE, true);
            page.text(headline, BODY, false);
            gantt(page, bars, *decision);
        }
        Slide::Figure { figure, title } => {
            match catalogue.figures.iter().find(|f| &f.id == figure) {
                Some(f) => figure_page(page, f, catalogue),
                None => page.text(title, HEADING, true),
            }
        }
        Slide::Attention { items } => {
            page.text(t().attention, TITLE, true);
            for i in items {
                page.text(&format!("• {i}"), BODY, false);
            }
        }
        Slide::Needs { lines } => {
            page.text(t().needs, TITLE, true);
            for l in lines {
                page.text(&format!("• {l}"), BODY + 2.0, false);
            }
        }
        Slide::Track {
            number,
            title,
            question,
            measures,
        } => {
            page.text(&strings::track(*number), BODY, false);
            page.text(title, HEADING, true);
            page.text(question, BODY, false);
            for m in measures {
                page.text(&format!("• {m}"), BODY - 2.0, false);
            }
        }
    }
}

/// The effect slide's picture: per stream a marker, its name and verdict, then its direction
/// per term under the term's name; a legend of the shapes and the caveat below.
fn effect(
    page: &mut Page,
    overall: &str,
    overall_kind: &VerdictKind,
    picture: &[StreamPicture],
    weighted: bool,
    read: Option<&str>,
) {
    page.text(t().slide_effect_title, HEADING, true);
    // "Per saldo" with its marker, as on the slide.
    let lead = BODY + 3.0;
    let text_x = MARGIN + lead + 8.0;
    let lines = wrap_lines(
        &format!("{}: {overall}", t().on_balance),
        WIDTH - MARGIN - text_x,
        lead,
        false,
        2,
    );
    for (i, line) in lines.iter().enumerate() {
        page.y -= lead * LEADING;
        if i == 0 {
            page.marker(overall_kind, MARGIN, page.y - lead * 0.15, lead);
        }
        page.line(text_x, page.y, line, lead, false);
    }
    page.y -= 4.0;
    // The meeting's own reading, labelled, beside the sources' picture (never mixed in).
    if let Some(read) = read {
        page.text(&format!("{} {read}", t().besides), BODY, false);
    }
    if weighted {
        page.text(t().slide_weighted, SMALL, false);
    }
    page.y -= 6.0;

    // Fixed column shares, as the slide has them.
    let full = WIDTH - 2.0 * MARGIN;
    let name_w = full * 0.32;
    let term_w = (full - name_w) / TERMS.len() as f32;
    let term_x = |i: usize| MARGIN + name_w + i as f32 * term_w;
    let heads: Vec<Vec<String>> = TERMS
        .iter()
        .map(|term| {
            let head = term.map_or(t().slide_term_unknown, strings::term);
            wrap_lines(head, term_w - 10.0, SMALL, true, 2)
        })
        .collect();
    let head_lines = heads.iter().map(Vec::len).max().unwrap_or(1);
    for (i, head) in heads.iter().enumerate() {
        for (k, line) in head.iter().enumerate() {
            let y = page.y - SMALL * LEADING * (k + 1) as f32;
            page.line(term_x(i), y, line, SMALL, true);
        }
    }
    page.y -= SMALL * LEADING * head_lines as f32 + 4.0;

    // The legend and caveat take the bottom; the rows share what is left, two lines of words
    // each where they fit, one otherwise.
    let caveat = wrap_lines(t().slide_effect_caveat, full, SMALL, false, 2);
    let foot = MARGIN + SMALL * LEADING * (caveat.len() + 1) as f32 + 10.0;
    let (mark, small_mark) = (16.0, 12.0);
    let line_h = SMALL * LEADING;
    let layout = |lines: usize| -> Vec<(Vec<String>, Vec<Vec<String>>, f32)> {
        picture
            .iter()
            .map(|row| {
                let words = wrap_lines(&row.words, name_w - 10.0, SMALL, false, lines);
                let terms: Vec<Vec<String>> = row
                    .terms
                    .iter()
                    .map(|term| match term {
                        Some((_, w)) => wrap_lines(w, term_w - 10.0, SMALL, false, lines),
                        None => Vec::new(),
                    })
                    .collect();
                let name_h = mark + 4.0 + line_h * words.len() as f32;
                let term_h = small_mark
                    + 3.0
                    + line_h * terms.iter().map(Vec::len).max().unwrap_or(0) as f32;
                (words, terms, name_h.max(term_h) + 9.0)
            })
            .collect()
    };
    // One line of words per row, then a second for each row in turn while the room lasts.
    let room = page.y - foot;
    let mut rows = layout(1);
    let mut total: f32 = rows.iter().map(|r| r.2).sum();
    for (row, wider) in rows.iter_mut().zip(layout(2)) {
        if total - row.2 + wider.2 <= room {
            total += wider.2 - row.2;
            *row = wider;
        }
    }
    for (row, (words, terms, height)) in picture.iter().zip(&rows) {
        if page.y - height < foot - 6.0 {
            break;
        }
        page.rule(
            [MARGIN, page.y - 2.0],
            [WIDTH - MARGIN, page.y - 2.0],
            0.5,
            colour::RULE,
        );
        let top = page.y - 8.0;
        page.marker(&row.kind, MARGIN, top - mark, mark);
        let name = shorten(&row.name, name_w - mark - 16.0, BODY + 1.0, true);
        page.line(
            MARGIN + mark + 6.0,
            top - mark + 3.0,
            &name,
            BODY + 1.0,
            true,
        );
        for (k, line) in words.iter().enumerate() {
            let y = top - mark - 4.0 - line_h * (k as f32 + 0.8);
            page.line(MARGIN, y, line, SMALL, false);
        }
        for (i, (term, lines)) in row.terms.iter().zip(terms).enumerate() {
            let x = term_x(i);
            match term {
                Some((kind, _)) => {
                    page.marker(kind, x, top - small_mark, small_mark);
                    for (k, line) in lines.iter().enumerate() {
                        let y = top - small_mark - 3.0 - line_h * (k as f32 + 0.8);
                        page.line(x, y, line, SMALL, false);
                    }
                }
                None => page.line_in(x, top - small_mark + 2.0, "—", BODY, false, colour::MUTED),
            }
        }
        page.y -= height;
    }
    page.rule(
        [MARGIN, page.y - 2.0],
        [WIDTH - MARGIN, page.y - 2.0],
        0.5,
        colour::RULE,
    );
    page.y -= 10.0;
    legend(page);
    for line in caveat {
        page.y -= line_h;
        page.line(MARGIN, page.y, &line, SMALL, false);
    }
}

/// What the shapes mean, in one line (wrapping if it must).
fn legend(page: &mut Page) {
    let kinds = crate::present::LEGEND;
    let size = SMALL;
    page.y -= size * LEADING;
    let mut x = MARGIN;
    for (kind, word) in kinds.iter().zip(t().slide_legend) {
        let w = size + 4.0 + width(word, size, false);
        if x + w > WIDTH - MARGIN && x > MARGIN {
            x = MARGIN;
            page.y -= size * LEADING;
        }
        page.marker(kind, x, page.y - 1.0, size);
        page.line(x + size + 4.0, page.y, word, size, false);
        x += w + 18.0;
    }
    page.y -= 4.0;
}

/// A figure as the slide shows it: title, unit, the chart (or table) and its source.
fn figure_page(page: &mut Page, f: &Figure, catalogue: &Catalogue) {
    let full = WIDTH - 2.0 * MARGIN;
    for line in wrap_lines(&f.title, full, HEADING, true, 2) {
        page.y -= HEADING * LEADING;
        page.line(MARGIN, page.y, &line, HEADING, true);
    }
    page.y -= 4.0;
    page.y -= BODY * LEADING;
    let unit = shorten(&format!("{}: {}", t().unit, f.unit), full, BODY, false);
    page.line(MARGIN, page.y, &unit, BODY, false);
    page.y -= 8.0;
    // The source line takes the bottom; the figure what is between.
    let doc = catalogue
        .document(&f.source.doc)
        .map_or(String::new(), |d| d.title.clone());
    let source = wrap_lines(
        &format!("{}: {doc}, {}", t().source, f.source.at),
        full,
        SMALL,
        false,
        2,
    );
    let bottom = MARGIN + SMALL * LEADING * source.len() as f32 + 6.0;
    match f.kind {
        FigureKind::Line | FigureKind::Bars | FigureKind::StackedBars if f.has_numbers() => {
            chart(page, f, bottom);
        }
        _ => table(page, f, bottom),
    }
    for (i, line) in source.iter().enumerate() {
        let y = MARGIN + SMALL * LEADING * (source.len() - 1 - i) as f32;
        page.line(MARGIN, y, line, SMALL, false);
    }
}

/// A value as drawn: a finite number within what the catalogue accepts.
fn plotted(v: &Value) -> Option<f64> {
    v.number()
        .filter(|n| n.is_finite())
        .map(|n| n.clamp(-MAX_VALUE, MAX_VALUE))
}

/// Round steps for a value axis from `lo` to `hi`: 1, 2, 2,5 or 5 times a power of ten, about
/// five of them, starting and ending on a step.
fn ticks(lo: f64, hi: f64) -> Vec<f64> {
    let (lo, hi) = if hi > lo { (lo, hi) } else { (lo, lo + 1.0) };
    let raw = (hi - lo) / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    let first = (lo / step).floor();
    let last = (hi / step).ceil();
    let steps = (last - first).clamp(1.0, 20.0) as i32;
    (0..=steps).map(|k| (first + f64::from(k)) * step).collect()
}

/// Where each category stands along the axis, from 0 to 1: by year where the categories are
/// years (a gap in the years shows), otherwise evenly.
fn positions(f: &Figure) -> Vec<f32> {
    let n = f.categories.len();
    let years: Option<Vec<f64>> = f
        .categories
        .iter()
        .map(|c| c.trim().parse::<i32>().ok())
        .map(|y| y.filter(|y| crate::month::YEARS.contains(y)).map(f64::from))
        .collect();
    match years {
        Some(ys) if f.kind == FigureKind::Line && n > 1 => {
            let (min, max) = ys
                .iter()
                .fold((f64::MAX, f64::MIN), |(a, b), y| (a.min(*y), b.max(*y)));
            if max > min {
                return ys
                    .iter()
                    .map(|y| ((y - min) / (max - min)) as f32)
                    .collect();
            }
            (0..n).map(|i| i as f32 / (n - 1) as f32).collect()
        }
        _ if n > 1 => (0..n).map(|i| i as f32 / (n - 1) as f32).collect(),
        _ => vec![0.5; n],
    }
}

/// The figure as a chart: a legend of series above it (never over the data), a value axis
/// with round Dutch numbers, bars (grouped or stacked) or lines with point markers, and the
/// categories under the axis.
fn chart(page: &mut Page, f: &Figure, bottom: f32) {
    let line_chart = f.kind == FigureKind::Line;
    let stacked = f.kind == FigureKind::StackedBars;
    series_legend(page, f, line_chart);

    // The value range: stacks add up, positives upward and negatives downward.
    let n = f.categories.len();
    let (mut lo, mut hi) = (0f64, 0f64);
    for i in 0..n {
        let values = f
            .series
            .iter()
            .filter_map(|s| s.values.get(i).and_then(plotted));
        if stacked {
            let (mut up, mut down) = (0.0, 0.0);
            for v in values {
                if v >= 0.0 {
                    up += v;
                } else {
                    down += v;
                }
            }
            hi = hi.max(up);
            lo = lo.min(down);
        } else {
            for v in values {
                hi = hi.max(v);
                lo = lo.min(v);
            }
        }
    }
    let ticks = ticks(lo, hi);
    let (t0, t1) = (
        ticks.first().copied().unwrap_or(0.0),
        ticks.last().copied().unwrap_or(1.0),
    );
    let labels: Vec<String> = ticks.iter().map(|v| strings::number(*v)).collect();
    let axis_w = labels
        .iter()
        .map(|l| width(l, SMALL, false))
        .fold(0.0, f32::max);
    let left = MARGIN + axis_w + 8.0;
    let right = WIDTH - MARGIN;

    // Categories under the axis: wrapped in their slot, at most three lines.
    let slot = (right - left) / n.max(1) as f32;
    // A line chart over many years names every second (fifth …) one where all would touch.
    let widest = f
        .categories
        .iter()
        .map(|c| width(c, SMALL, false))
        .fold(0.0, f32::max);
    let every = if line_chart && slot < 40.0 {
        (1..n.max(1))
            .find(|k| slot * *k as f32 >= widest + 6.0)
            .unwrap_or(1)
    } else {
        1
    };
    // In a narrow slot a word a line reads as nothing; one shortened line does better.
    let most = if slot * (every as f32) < 60.0 { 1 } else { 3 };
    let cat_lines: Vec<Vec<String>> = f
        .categories
        .iter()
        .map(|c| wrap_lines(c, (slot * every as f32 - 6.0).max(20.0), SMALL, false, most))
        .collect();
    let cat_h = SMALL * LEADING * cat_lines.iter().map(Vec::len).max().unwrap_or(1) as f32;
    let plot_bottom = bottom + cat_h + 6.0;
    let plot_top = page.y - SMALL;
    if plot_top - plot_bottom < 40.0 {
        return table(page, f, bottom);
    }
    let y_of = |v: f64| plot_bottom + ((v - t0) / (t1 - t0)) as f32 * (plot_top - plot_bottom);

    for (v, label) in ticks.iter().zip(&labels) {
        let y = y_of(*v);
        page.rule([left, y], [right, y], 0.5, colour::GRID);
        page.line_right(left - 6.0, y - SMALL * 0.35, label, SMALL, false);
    }
    let zero = y_of(0.0);
    page.rule([left, zero], [right, zero], 1.0, colour::BLACK);
    page.rule([left, plot_bottom], [left, plot_top], 0.8, colour::BLACK);

    // Bars and lines stand in slots (half a slot of room at either end of a line chart).
    let pos = positions(f);
    let x_of = |i: usize| {
        let p = pos.get(i).copied().unwrap_or(0.5);
        if line_chart || n == 1 {
            left + slot / 2.0 + p * (right - left - slot)
        } else {
            left + slot * (i as f32 + 0.5)
        }
    };
    if line_chart {
        lines(page, f, &x_of, &y_of);
    } else {
        bars(page, f, stacked, slot, &x_of, &y_of, [left, right]);
    }
    for (i, lines) in cat_lines.iter().enumerate().step_by(every) {
        for (k, line) in lines.iter().enumerate() {
            let y = plot_bottom - 4.0 - SMALL * LEADING * (k as f32 + 0.8);
            page.line_centred(x_of(i), y, line, SMALL, [MARGIN, right]);
        }
    }
    page.y = bottom;
}

/// The series' names, each with its colour (and point shape for lines), flowing in rows.
fn series_legend(page: &mut Page, f: &Figure, line_chart: bool) {
    let size = SMALL;
    let swatch = 9.0;
    let most = (WIDTH - 2.0 * MARGIN) / 2.0 - swatch - 20.0;
    page.y -= size * LEADING;
    let mut x = MARGIN;
    for (i, s) in f.series.iter().enumerate() {
        let name = shorten(&s.name, most, size, false);
        let w = swatch + 5.0 + width(&name, size, false) + 16.0;
        if x + w - 16.0 > WIDTH - MARGIN && x > MARGIN {
            x = MARGIN;
            page.y -= size * LEADING;
        }
        if line_chart {
            let y = page.y + size * 0.3;
            page.rule([x - 2.0, y], [x + swatch + 2.0, y], 2.0, series_rgb(i));
            point(page, i, [x + swatch / 2.0, y], 3.5);
        } else {
            page.bar([x, page.y - 1.0, swatch, swatch], series_rgb(i));
        }
        page.line(x + swatch + 5.0, page.y, &name, size, false);
        x += w;
    }
    page.y -= 10.0;
}

/// A line chart's point: a shape per series (circle, square, triangle, diamond), so the
/// series part in greyscale too.
fn point(page: &mut Page, series: usize, [x, y]: [f32; 2], r: f32) {
    let rgb = series_rgb(series);
    match series % 4 {
        0 => page.circle([x, y], r, rgb, None),
        1 => page.bar([x - r, y - r, 2.0 * r, 2.0 * r], rgb),
        2 => page.polygon(
            &[[x, y + r * 1.2], [x + r * 1.2, y - r], [x - r * 1.2, y - r]],
            rgb,
        ),
        _ => page.polygon(
            &[
                [x, y + r * 1.3],
                [x + r * 1.3, y],
                [x, y - r * 1.3],
                [x - r * 1.3, y],
            ],
            rgb,
        ),
    }
}

type Axis<'a> = &'a dyn Fn(usize) -> f32;
type Scale<'a> = &'a dyn Fn(f64) -> f32;

/// Lines between a series' values, broken where a value is missing, with a marker on each.
fn lines(page: &mut Page, f: &Figure, x_of: Axis, y_of: Scale) {
    for (si, s) in f.series.iter().enumerate() {
        let rgb = series_rgb(si);
        let points: Vec<Option<[f32; 2]>> = s
            .values
            .iter()
            .enumerate()
            .map(|(i, v)| plotted(v).map(|v| [x_of(i), y_of(v)]))
            .collect();
        for segment in points.split(Option::is_none) {
            let segment: Vec<[f32; 2]> = segment.iter().flatten().copied().collect();
            if let Some((first, rest)) = segment.split_first()
                && !rest.is_empty()
            {
                page.content
                    .set_stroke_rgb(rgb[0], rgb[1], rgb[2])
                    .set_line_width(2.0)
                    .move_to(first[0], first[1]);
                for p in rest {
                    page.content.line_to(p[0], p[1]);
                }
                page.content.stroke();
            }
        }
        for p in points.iter().flatten() {
            point(page, si, *p, 3.5);
        }
    }
}

/// Bars side by side per category, or stacked to the category's total; a thin white edge
/// parts touching bars, and a value (or a stack's total) stands on top where it fits.
fn bars(
    page: &mut Page,
    f: &Figure,
    stacked: bool,
    slot: f32,
    x_of: Axis,
    y_of: Scale,
    span: [f32; 2],
) {
    let n = f.series.len().max(1) as f32;
    let bar_w = if stacked { slot * 0.6 } else { slot * 0.8 / n };
    let label_size = SMALL - 1.0;
    for i in 0..f.categories.len() {
        let centre = x_of(i);
        let (mut up, mut down) = (0.0, 0.0);
        for (si, s) in f.series.iter().enumerate() {
            let Some(v) = s.values.get(i).and_then(plotted) else {
                continue;
            };
            let (from, to, x) = if stacked {
                let base = if v >= 0.0 { up } else { down };
                if v >= 0.0 {
                    up += v;
                } else {
                    down += v;
                }
                (base, base + v, centre - bar_w / 2.0)
            } else {
                (0.0, v, centre - slot * 0.4 + si as f32 * bar_w)
            };
            let (y0, y1) = (y_of(from).min(y_of(to)), y_of(from).max(y_of(to)));
            page.bar([x, y0, bar_w, (y1 - y0).max(0.5)], series_rgb(si));
            page.content
                .set_stroke_rgb(1.0, 1.0, 1.0)
                .set_line_width(0.6);
            page.content.rect(x, y0, bar_w, (y1 - y0).max(0.5)).stroke();
            if !stacked {
                let label = strings::number(v);
                if width(&label, label_size, false) <= bar_w + slot * 0.2 / n {
                    let y = if v >= 0.0 { y1 + 3.0 } else { y0 - label_size };
                    let c = x + bar_w / 2.0;
                    page.line_centred(c, y, &label, label_size, span);
                }
            }
        }
        if stacked && f.series.len() > 1 && up > 0.0 {
            let label = strings::number(up);
            if width(&label, label_size, true) <= slot - 4.0 {
                let x = centre - width(&label, label_size, true) / 2.0;
                page.line(x, y_of(up) + 3.0, &label, label_size, true);
            }
        }
    }
}

/// A table or matrix as a ruled table: categories down, series across, values right-aligned
/// and never smaller than their labels; the largest type that fits the room.
fn table(page: &mut Page, f: &Figure, bottom: f32) {
    let mut heads: Vec<&str> = f.series.iter().map(|s| s.name.as_str()).collect();
    if f.totals.is_some() {
        heads.push(t().total);
    }
    let cells: Vec<Vec<String>> = (0..f.categories.len())
        .map(|i| {
            let mut row: Vec<String> = f
                .series
                .iter()
                .map(|s| strings::figure_value(s.values.get(i).unwrap_or(&Value::Missing)))
                .collect();
            if let Some(totals) = &f.totals {
                row.push(totals.get(i).map(strings::figure_value).unwrap_or_default());
            }
            row
        })
        .collect();
    let full = WIDTH - 2.0 * MARGIN;
    let columns = heads.len().max(1);
    let gap = 14.0;
    struct Layout {
        size: f32,
        label_w: f32,
        col_w: f32,
        heads: Vec<Vec<String>>,
        labels: Vec<Vec<String>>,
        height: f32,
    }
    let layout = |size: f32| {
        // Each value column as wide as its widest value (a header wraps instead), the labels
        // as wide as they need up to half the page; a short table stays compact, so a value
        // stands near its label.
        let value_w = cells
            .iter()
            .flatten()
            .map(|c| width(c, size, false))
            .chain(heads.iter().map(|h| width(h, size, true).min(140.0)))
            .fold(70.0, f32::max)
            .min(full / 2.0)
            + gap;
        let label_need = f
            .categories
            .iter()
            .map(|c| width(c, size, true))
            .fold(0.0, f32::max)
            + gap;
        let label_w = label_need
            .min(full * 0.55)
            .min((full - columns as f32 * value_w).max(full * 0.3));
        let col_w = value_w.min((full - label_w) / columns as f32);
        let line = size * LEADING;
        let heads: Vec<Vec<String>> = heads
            .iter()
            .map(|h| wrap_lines(h, col_w - gap, size, true, 4))
            .collect();
        let labels: Vec<Vec<String>> = f
            .categories
            .iter()
            .map(|c| wrap_lines(c, label_w - gap, size, true, 3))
            .collect();
        let head_h = line * heads.iter().map(Vec::len).max().unwrap_or(1) as f32 + 6.0;
        let rows_h: f32 = labels
            .iter()
            .map(|l| line * l.len().max(1) as f32 + 6.0)
            .sum();
        Layout {
            size,
            label_w,
            col_w,
            heads,
            labels,
            height: head_h + rows_h,
        }
    };
    let room = page.y - bottom;
    let sizes = [
        BODY,
        BODY - 1.0,
        BODY - 2.0,
        SMALL + 1.0,
        SMALL,
        SMALL - 1.0,
        9.0,
    ];
    let mut chosen = layout(9.0);
    for size in sizes {
        let l = layout(size);
        if l.height <= room {
            chosen = l;
            break;
        }
    }
    let Layout {
        size,
        label_w,
        col_w,
        heads,
        labels,
        ..
    } = chosen;
    let line = size * LEADING;
    let end = MARGIN + label_w + col_w * columns as f32;
    let right = |c: usize| MARGIN + label_w + col_w * (c + 1) as f32 - 4.0;
    // Header: names right-aligned over their values.
    let head_lines = heads.iter().map(Vec::len).max().unwrap_or(1);
    for (c, head) in heads.iter().enumerate() {
        for (k, h) in head.iter().enumerate() {
            page.line_right(right(c), page.y - line * (k as f32 + 0.85), h, size, true);
        }
    }
    page.y -= line * head_lines as f32 + 4.0;
    page.rule([MARGIN, page.y], [end, page.y], 1.0, colour::BLACK);
    for (i, (label, row)) in labels.iter().zip(&cells).enumerate() {
        let h = line * label.len().max(1) as f32 + 6.0;
        if page.y - h < bottom {
            let rest = labels.len() - i;
            page.line_in(
                MARGIN,
                page.y - line,
                &strings::more(rest),
                size,
                false,
                colour::MUTED,
            );
            break;
        }
        let baseline = page.y - 3.0 - line * 0.8;
        for (k, l) in label.iter().enumerate() {
            page.line(MARGIN, baseline - line * k as f32, l, size, true);
        }
        for (c, value) in row.iter().enumerate() {
            let text = shorten(value, col_w - gap, size, false);
            if f.kind == FigureKind::Matrix && !value.trim().is_empty() {
                let w = width(&text, size, false) + 8.0;
                page.bar(
                    [right(c) - w + 4.0, baseline - size * 0.3, w, size * 1.2],
                    matrix_rgb(value),
                );
            }
            page.line_right(right(c), baseline, &text, size, false);
        }
        page.y -= h;
        page.rule([MARGIN, page.y], [end, page.y], 0.4, colour::RULE);
    }
    page.y -= 6.0;
}

/// A matrix cell's colour by its symbol, as `ui::figures_view` colours it.
fn matrix_rgb(symbol: &str) -> Rgb {
    match symbol.trim() {
        "+" => colour::SKY_BLUE,
        "+/-" | "+/–" | "±" => colour::YELLOW,
        "-" | "–" => colour::ORANGE,
        _ => grey(200),
    }
}

/// The timeline as bars: solid to the earliest ready date, grey to the latest.
fn gantt(page: &mut Page, bars: &[Row], decision: crate::month::Month) {
    let (start, end) = crate::timeline::years_shown(bars, decision);
    let names_w = 250.0;
    let (left, right) = (MARGIN + names_w + 10.0, WIDTH - MARGIN);
    let x = |year: f64| left + ((year - start) / (end - start)) as f32 * (right - left);
    let year_y = page.y - SMALL;
    // One label per year, or per few years where they would touch.
    let years = (end - start).max(1.0) as i32;
    let every = (1..=10)
        .find(|k| (right - left) / years as f32 * *k as f32 >= 34.0)
        .unwrap_or(10);
    for year in (start as i32..=end as i32).step_by(every as usize) {
        let label = year.to_string();
        page.line_centred(
            x(f64::from(year)),
            year_y,
            &label,
            SMALL,
            [left - 12.0, right],
        );
    }
    page.y = year_y - 6.0;
    // Rows of at least 14 points, so names stay readable on paper (7,7 pt type); what does
    // not fit is counted, not drawn off the page.
    const MIN_ROW: f32 = 14.0;
    let room = page.y - MARGIN;
    let fit = ((room / MIN_ROW) as usize).max(1);
    let (shown, rest) = if bars.len() > fit {
        (&bars[..fit - 1], bars.len() - (fit - 1))
    } else {
        (bars, 0)
    };
    let row = (room / (shown.len() + usize::from(rest > 0)).max(1) as f32).clamp(MIN_ROW, 26.0);
    let size = (row * 0.55).min(BODY);
    for r in shown {
        page.y -= row;
        let title = shorten(&r.title, names_w, size, false);
        page.line(MARGIN, page.y + row * 0.3, &title, size, false);
        let Some(min) = r.ready_min() else { continue };
        let from = x(r.start.as_year());
        let solid = (x(min.as_year()) - from).max(2.0);
        page.bar(
            [from, page.y + row * 0.2, solid, row * 0.6],
            [0.84, 0.37, 0.0],
        );
        let to = x(r.ready_max().map_or(min.as_year() + 1.0, |m| m.as_year()));
        if to > from + solid {
            page.bar(
                [
                    from + solid,
                    page.y + row * 0.2,
                    to - from - solid,
                    row * 0.6,
                ],
                [0.75, 0.75, 0.75],
            );
        }
    }
    if rest > 0 {
        page.y -= row;
        let more = strings::more(rest);
        page.line_in(
            MARGIN,
            page.y + row * 0.3,
            &more,
            size,
            false,
            colour::MUTED,
        );
    }
}

/// Helvetica's advance widths (thousandths of an em) for the printable ASCII letters 32–126,
/// from Adobe's font metrics: text is measured, not guessed, so it never runs off the page.
const REGULAR_WIDTHS: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // ' '–/
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0–?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @–O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P–_
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // `–o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p–~
];
const BOLD_WIDTHS: [u16; 95] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, //
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, //
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, //
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, //
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, //
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, //
];

/// The width of WinAnsi text in Helvetica (bold or not) at `size` points. Accented letters are
/// as wide as their base letter; the few other signs are given their own width.
pub fn win_ansi_width(bytes: &[u8], size: f32, bold: bool) -> f32 {
    let table = if bold { &BOLD_WIDTHS } else { &REGULAR_WIDTHS };
    let ascii = |c: u8| f32::from(table[usize::from(c - 32)]);
    let units: f32 = bytes
        .iter()
        .map(|&b| match b {
            32..=126 => ascii(b),
            0x80 => 556.0,               // €
            0x82 | 0x91 | 0x92 => 222.0, // low and single quotes
            0x84 | 0x93 | 0x94 => 333.0, // double quotes
            0x85 | 0x97 => 1000.0,       // … —
            0x95 => 350.0,               // •
            0x96 => 556.0,               // –
            0xa0 => 278.0,               // no-break space
            0xb1 => 584.0,               // ±
            0xc0..=0xc5 => ascii(b'A'),
            0xc7 => ascii(b'C'),
            0xc8..=0xcb => ascii(b'E'),
            0xcc..=0xcf => ascii(b'I'),
            0xd1 => ascii(b'N'),
            0xd2..=0xd6 | 0xd8 => ascii(b'O'),
            0xd9..=0xdc => ascii(b'U'),
            0xdd => ascii(b'Y'),
            0xe0..=0xe5 => ascii(b'a'),
            0xe7 => ascii(b'c'),
            0xe8..=0xeb => ascii(b'e'),
            0xec..=0xef => ascii(b'i').max(278.0),
            0xf1 => ascii(b'n'),
            0xf2..=0xf6 | 0xf8 => ascii(b'o'),
            0xf9..=0xfc => ascii(b'u'),
            0xfd | 0xff => ascii(b'y'),
            // The widest letters otherwise, so nothing unknown overflows.
            _ => 1000.0,
        })
        .sum();
    units * size / 1000.0
}

/// The width of text as it will be written.
fn width(text: &str, size: f32, bold: bool) -> f32 {
    win_ansi_width(&win_ansi(text), size, bold)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_steps_are_round() {
        assert_eq!(
            ticks(0.0, 16951.0),
            [0.0, 5000.0, 10000.0, 15000.0, 20000.0]
        );
        assert_eq!(
            ticks(0.0, 1.0),
            [0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0]
        );
        assert_eq!(ticks(-3.0, 0.0).first(), Some(&-3.0));
        assert_eq!(ticks(0.0, 0.0).len(), 6, "a flat series still has an axis");
    }

    #[test]
    fn text_is_wrapped_and_shortened_to_its_width() {
        let label = "Nijverheid (geen bouw) en energie";
        let w = width(label, BODY, true);
        assert_eq!(wrap(label, w, BODY, true), [label]);
        assert_eq!(wrap(label, w - 1.0, BODY, true).len(), 2);
        let short = shorten(label, 60.0, BODY, false);
        assert!(
            short.ends_with('…') && width(&short, BODY, false) <= 60.0,
            "{short}"
        );
        assert_eq!(ellipsis("abc", 1.0, BODY, false), "");
        let cut = wrap_lines("een twee drie vier vijf zes", 60.0, BODY, false, 2);
        assert_eq!(cut.len(), 2);
        assert!(cut[1].ends_with('…'));
    }
}
