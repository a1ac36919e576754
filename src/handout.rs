//! The deck as a PDF hand-out: one landscape page per slide with the slide's own words, dark
//! on white so it prints; the presenter's notes, when asked for, on a page of their own after
//! the slide. The standard Helvetica needs no embedded font; text is written in WinAnsi, which
//! holds every Dutch letter.

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str};

use crate::catalogue::Catalogue;
use crate::present::Slide;
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

    /// Write text wrapped to the page's width; lines that would run off the page are dropped
    /// (a slide never holds more than a page).
    fn text(&mut self, text: &str, size: f32, bold: bool) {
        self.text_at(MARGIN, WIDTH - 2.0 * MARGIN, text, size, bold);
    }

    fn text_at(&mut self, x: f32, width: f32, text: &str, size: f32, bold: bool) {
        for line in wrap(text, width, size) {
            self.y -= size * 1.25;
            if self.y < MARGIN {
                return;
            }
            self.line(x, self.y, &line, size, bold);
        }
        self.y -= size * 0.4;
    }

    fn line(&mut self, x: f32, y: f32, text: &str, size: f32, bold: bool) {
        let font = if bold { BOLD } else { REGULAR };
        self.content
            .begin_text()
            .set_font(font, size)
            .next_line(x, y)
            .show(Str(&win_ansi(text)))
            .end_text();
    }

    fn bar(&mut self, rect: [f32; 4], rgb: [f32; 3]) {
        self.content
            .set_fill_rgb(rgb[0], rgb[1], rgb[2])
            .rect(rect[0], rect[1], rect[2], rect[3])
            .fill_nonzero()
            .set_fill_rgb(0.0, 0.0, 0.0);
    }

    fn footer(&mut self, text: &str) {
        self.line(WIDTH - MARGIN - 40.0, MARGIN / 2.0, text, SMALL, false);
    }

    fn finish(self) -> Vec<u8> {
        self.content.finish().to_vec()
    }
}

/// Helvetica's letters average about half an em; wrapping on 0.52 em keeps lines inside.
fn wrap(text: &str, width: f32, size: f32) -> Vec<String> {
    let per_line = ((width / (0.52 * size)) as usize).max(10);
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > per_line {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
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
        Slide::Combined { overall, rows, .. } => {
            page.text(t().combined_effect, TITLE, true);
            page.text(&format!("Per saldo: {overall}"), HEADING - 4.0, false);
            for (name, [up, down, neutral, unknown], verdict) in rows {
                let line =
                    format!("{name}: +{up}  –{down}  0: {neutral}  ?: {unknown} — {verdict}");
                page.text(&line, BODY, false);
            }
        }
        Slide::Measure(m) => {
            page.text(&m.title, HEADING, true);
            page.text(
                &format!("{} · Effect: {} ({})", m.stream, m.symbol, m.words),
                BODY + 2.0,
                false,
            );
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
            page.text(title, HEADING, true);
            if let Some(f) = catalogue.figures.iter().find(|f| &f.id == figure) {
                for s in &f.series {
                    for (category, value) in f.categories.iter().zip(&s.values) {
                        let v = value
                            .number()
                            .map_or(t().missing.to_owned(), strings::number);
                        page.text(
                            &format!("{} — {category}: {v} {}", s.name, f.unit),
                            BODY,
                            false,
                        );
                    }
                }
                let doc = catalogue
                    .document(&f.source.doc)
                    .map_or(String::new(), |d| d.title.clone());
                page.text(
                    &format!("{}: {doc}, {}", t().source, f.source.at),
                    SMALL,
                    false,
                );
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

/// The timeline as bars: solid to the earliest ready date, grey to the latest.
fn gantt(page: &mut Page, bars: &[Row], decision: crate::month::Month) {
    let (start, end) = crate::timeline::years_shown(bars, decision);
    let (left, right) = (MARGIN + 260.0, WIDTH - MARGIN);
    let x = |year: f64| left + ((year - start) / (end - start)) as f32 * (right - left);
    let row = ((page.y - MARGIN - 20.0) / bars.len().max(1) as f32).clamp(8.0, 26.0);
    let year_y = page.y - SMALL;
    for year in start as i32..=end as i32 {
        page.line(
            x(f64::from(year)) - 12.0,
            year_y,
            &year.to_string(),
            SMALL,
            false,
        );
    }
    page.y = year_y - 6.0;
    for r in bars {
        page.y -= row;
        let title: String = r.title.chars().take(42).collect();
        page.line(
            MARGIN,
            page.y + row * 0.3,
            &title,
            (row * 0.55).min(BODY),
            false,
        );
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
            0x80 => 556.0,                      // €
            0x82 | 0x91 | 0x92 => 222.0,        // low and single quotes
            0x84 | 0x93 | 0x94 => 333.0,        // double quotes
            0x85 | 0x97 => 1000.0,              // … —
            0x95 => 350.0,                      // •
            0x96 => 556.0,                      // –
            0xa0 => 278.0,                      // no-break space
            0xb1 => 584.0,                      // ±
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
