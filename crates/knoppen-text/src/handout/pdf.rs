//! The pages being written: shapes on a page, lines of text in the embedded fonts, and the
//! flow from one page to the next (a long table or timeline goes on, its header repeated).

use pdf_writer::types::TextRenderingMode;
use pdf_writer::{Content, Str, TextStr};

use super::colour::{self, Rgb};
use super::font::{BOLD_STROKE, Fonts};
use super::{HEIGHT, MARGIN, WIDTH};
use crate::effect::VerdictKind;

/// Line height as a multiple of the type size.
pub const LEADING: f32 = 1.25;
/// The size of the page number.
pub const FOOTER: f32 = 11.0;

/// One page's drawing, top to bottom.
pub struct Page {
    pub content: Content,
    /// The top of what comes next (the baseline of the next line is a line below it), from the
    /// bottom of the page.
    pub y: f32,
}

/// Where the content of a page starts.
pub const TOP: f32 = HEIGHT - MARGIN;
/// Where a measuring page starts: nothing runs off it (it never breaks), and near zero a
/// float keeps its hundredths.
const MEASURE_TOP: f32 = 0.0;

impl Page {
    fn new(y: f32) -> Self {
        Self {
            content: Content::new(),
            y,
        }
    }

    pub fn bar(&mut self, [x, y, w, h]: [f32; 4], rgb: Rgb) {
        self.content
            .set_fill_rgb(rgb[0], rgb[1], rgb[2])
            .rect(x, y, w, h)
            .fill_nonzero();
    }

    /// A straight line from `a` to `b`.
    pub fn rule(&mut self, a: [f32; 2], b: [f32; 2], line_width: f32, rgb: Rgb) {
        self.content
            .set_stroke_rgb(rgb[0], rgb[1], rgb[2])
            .set_line_width(line_width)
            .move_to(a[0], a[1])
            .line_to(b[0], b[1])
            .stroke();
    }

    /// A dashed line from `a` to `b`.
    pub fn dashed(&mut self, a: [f32; 2], b: [f32; 2], line_width: f32, rgb: Rgb) {
        self.content.save_state().set_dash_pattern([4.0, 3.0], 0.0);
        self.rule(a, b, line_width, rgb);
        self.content.restore_state();
    }

    /// A filled polygon.
    pub fn polygon(&mut self, points: &[[f32; 2]], rgb: Rgb) {
        let Some(([x, y], rest)) = points.split_first() else {
            return;
        };
        self.content.set_fill_rgb(rgb[0], rgb[1], rgb[2]);
        self.content.move_to(*x, *y);
        for [x, y] in rest {
            self.content.line_to(*x, *y);
        }
        self.content.close_path().fill_nonzero();
    }

    /// A circle through four Bézier quarters, stroked (a ring) or filled (a dot).
    pub fn circle(&mut self, [cx, cy]: [f32; 2], r: f32, rgb: Rgb, stroke: Option<f32>) {
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
                c.set_fill_rgb(rgb[0], rgb[1], rgb[2]).fill_nonzero();
            }
        }
    }

    /// A verdict's marker in the square of side `size` whose lower left corner is `(x, y)`,
    /// drawn as `ui::marker` draws it: up, down, diamond, bar, ring.
    pub fn marker(&mut self, kind: &VerdictKind, x: f32, y: f32, size: f32) {
        let rgb = colour::verdict(kind);
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
}

/// The document as it is written: its fonts, the pages done, the page being drawn.
pub struct Doc {
    pub fonts: Fonts,
    pub page: Page,
    done: Vec<Vec<u8>>,
    /// The page number every page of the current slide carries.
    footer: String,
    /// What a page that goes on from the one before says at its top.
    running: Option<String>,
    /// Measuring, not drawing: no page breaks, and the drawing is thrown away.
    measuring: bool,
}

impl Doc {
    pub fn new() -> Self {
        Self {
            fonts: Fonts::new(),
            page: Page::new(TOP),
            done: Vec::new(),
            footer: String::new(),
            running: None,
            measuring: false,
        }
    }

    /// Start a slide's (or a notes') first page, numbered `footer`; `running` heads the pages
    /// it goes on to.
    pub fn start(&mut self, footer: String, running: Option<String>) {
        self.footer = footer;
        self.running = running;
        self.page = Page::new(TOP);
    }

    /// The page done: its number at the bottom right.
    pub fn end_page(&mut self) {
        let footer = std::mem::take(&mut self.footer);
        let w = self.fonts.width(&footer, FOOTER, false);
        self.line(WIDTH - MARGIN - w, MARGIN / 2.0, &footer, FOOTER, false);
        let page = std::mem::replace(&mut self.page, Page::new(TOP));
        self.done.push(page.content.finish().to_vec());
        self.footer = footer;
    }

    /// Go on on a new page, headed by the running title.
    pub fn next_page(&mut self) {
        if self.measuring {
            return;
        }
        self.end_page();
        if let Some(running) = self.running.clone() {
            let size = super::blocks::NOTE;
            let lines = super::wrap::wrap(&self.fonts, &running, WIDTH - 2.0 * MARGIN, size, false);
            for line in lines {
                self.page.y -= size * LEADING;
                let y = self.page.y;
                self.line_in(MARGIN, y, &line, size, false, colour::MUTED);
            }
            self.page.y -= size * 0.6;
        }
    }

    /// Room for `height` more points above `bottom` on this page (a measuring page has room
    /// for anything).
    pub fn fits(&self, height: f32, bottom: f32) -> bool {
        self.measuring || self.page.y - height >= bottom - 0.01
    }

    /// A new page unless `height` fits above the bottom margin; true where one was begun.
    pub fn ensure(&mut self, height: f32) -> bool {
        if self.fits(height, MARGIN) {
            return false;
        }
        self.next_page();
        true
    }

    /// How tall `draw` is: drawn on a page thrown away, where nothing breaks.
    pub fn measure(&mut self, draw: impl FnOnce(&mut Self)) -> f32 {
        let saved = std::mem::replace(&mut self.page, Page::new(MEASURE_TOP));
        let was = std::mem::replace(&mut self.measuring, true);
        draw(self);
        let height = MEASURE_TOP - self.page.y;
        self.measuring = was;
        self.page = saved;
        height
    }

    /// The pages done, as content streams.
    pub fn pages(self) -> (Fonts, Vec<Vec<u8>>) {
        (self.fonts, self.done)
    }

    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        self.fonts.width(text, size, bold)
    }

    /// One line of text in black, its baseline at `y`.
    pub fn line(&mut self, x: f32, y: f32, text: &str, size: f32, bold: bool) {
        self.line_in(x, y, text, size, bold, colour::TEXT);
    }

    /// One line of text in a colour: one text object, switching faces where a character
    /// needs another; bold is the outline filled and stroked.
    pub fn line_in(&mut self, x: f32, y: f32, text: &str, size: f32, bold: bool, rgb: Rgb) {
        if text.trim().is_empty() || self.measuring {
            return;
        }
        let runs = self.fonts.encode(text);
        let c = &mut self.page.content;
        c.set_fill_rgb(rgb[0], rgb[1], rgb[2]);
        if bold {
            c.set_stroke_rgb(rgb[0], rgb[1], rgb[2])
                .set_line_width(BOLD_STROKE * size);
        }
        // The rendering mode outlives the text object: every line sets its own.
        c.begin_text().set_text_rendering_mode(if bold {
            TextRenderingMode::FillStroke
        } else {
            TextRenderingMode::Fill
        });
        c.next_line(x, y);
        for run in runs {
            c.set_font(run.font, size);
            match &run.actual {
                Some(actual) => {
                    c.begin_marked_content_with_properties(pdf_writer::Name(b"Span"))
                        .properties()
                        .actual_text(TextStr(actual));
                    c.show(Str(&run.codes));
                    c.end_marked_content();
                }
                None => {
                    c.show(Str(&run.codes));
                }
            }
        }
        c.end_text();
    }

    /// Text ending at `right`.
    pub fn line_right(&mut self, right: f32, y: f32, text: &str, size: f32, bold: bool) {
        let x = right - self.width(text, size, bold);
        self.line(x, y, text, size, bold);
    }

    /// Text centred on `centre`, kept between `left` and `right`.
    pub fn line_centred(&mut self, centre: f32, y: f32, text: &str, size: f32, span: [f32; 2]) {
        let w = self.width(text, size, false);
        let x = (centre - w / 2.0).clamp(span[0], (span[1] - w).max(span[0]));
        self.line(x, y, text, size, false);
    }

    /// Text wrapped to `width` from `x`, line by line down the page, going on on a new page
    /// where the page ends.
    pub fn paragraph(&mut self, x: f32, width: f32, text: &str, size: f32, bold: bool, rgb: Rgb) {
        for line in super::wrap::wrap(&self.fonts, text, width, size, bold) {
            self.ensure(size * LEADING);
            self.page.y -= size * LEADING;
            let y = self.page.y;
            self.line_in(x, y, &line, size, bold, rgb);
        }
    }
}
