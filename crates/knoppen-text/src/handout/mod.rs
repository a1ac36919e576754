//! The deck as a PDF hand-out: one landscape page per slide (more where a table or the
//! timeline goes on), dark on white so it prints; the presenter's notes, when asked for, on a
//! page of their own after the slide. What a page holds is what the slide holds: it draws
//! `Slide::blocks`, the one decision the screen and the pre-flight check use too. Text is set
//! in egui's own fonts, embedded as subsets, so every letter a catalogue or a user writes
//! prints, can be copied and is found by a search.

mod blocks;
mod charts;
mod colour;
mod font;
mod gantt;
mod pdf;
mod table;
mod wrap;

use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, TextStr};

use crate::catalogue::Catalogue;
use crate::month::Date;
use crate::present::{Block, Role, Slide};
use crate::strings::{self, Lang, t};
// The deck's type roles on paper: the PowerPoint slides take their sizes from the same scale.
pub use blocks::role_size;
use blocks::{BODY, Ctx, FULL};
use pdf::{Doc, LEADING};

/// A 16:9 page as wide as A4 landscape, in points: the slides' own shape.
pub const WIDTH: f32 = 842.0;
pub const HEIGHT: f32 = 474.0;
/// No text comes nearer the edge than this, except the page number below the text.
pub const MARGIN: f32 = 40.0;

/// The deck as PDF bytes, written `today`.
pub fn to_pdf(slides: &[Slide], catalogue: &Catalogue, with_notes: bool, today: Date) -> Vec<u8> {
    let mut doc = Doc::new();
    let ctx = Ctx {
        catalogue,
        today: today.month(),
    };
    for (i, slide) in slides.iter().enumerate() {
        let footer = format!("{} / {}", i + 1, slides.len());
        let blocks = slide.blocks(catalogue);
        doc.start(footer.clone(), heading(&blocks).map(strings::continued));
        blocks::slide(&mut doc, &blocks, &ctx);
        doc.end_page();
        let notes = slide.notes();
        if with_notes && !notes.is_empty() {
            let heading = t().handout_notes(i + 1);
            doc.start(footer, Some(strings::continued(&heading)));
            notes_page(&mut doc, &heading, &notes);
            doc.end_page();
        }
    }
    let title = slides.iter().find_map(|s| match s {
        Slide::Title { title, .. } => Some(title.as_str()),
        _ => None,
    });
    write(doc, title.unwrap_or(t().app_title), today)
}

/// A slide's heading: what a page it goes on to is headed by.
fn heading(blocks: &[Block]) -> Option<&str> {
    blocks.iter().find_map(|b| match b {
        Block::Text {
            role: Role::Title | Role::Display,
            text,
            ..
        } => Some(text.as_str()),
        _ => None,
    })
}

/// The presenter's notes for a slide: a heading, then the notes at body size.
fn notes_page(doc: &mut Doc, heading: &str, notes: &str) {
    let size = role_size(Role::Title);
    doc.paragraph(MARGIN, FULL, heading, size, true, colour::TEXT);
    doc.page.y -= size * (LEADING - 1.0);
    doc.paragraph(MARGIN, FULL, notes, BODY, false, colour::TEXT);
}

/// The document's language, as PDF names it.
fn lang_tag() -> &'static str {
    match strings::lang() {
        Lang::Nl => "nl-NL",
        Lang::En => "en-GB",
    }
}

/// The pages into a PDF: catalog (with the language), document information, one page object
/// and content stream per page, the fonts used.
fn write(doc: Doc, title: &str, today: Date) -> Vec<u8> {
    let (fonts, pages) = doc.pages();
    let mut last = 0;
    let mut next = || {
        last += 1;
        Ref::new(last)
    };
    let (catalog, tree, info) = (next(), next(), next());
    let ids: Vec<(Ref, Ref)> = pages.iter().map(|_| (next(), next())).collect();
    let faces: Vec<(usize, Name, Ref)> = fonts
        .used()
        .into_iter()
        .map(|(i, name)| (i, name, next()))
        .collect();

    let mut pdf = Pdf::new();
    let mut cat = pdf.catalog(catalog);
    cat.pages(tree).lang(TextStr(lang_tag()));
    cat.viewer_preferences().display_doc_title(true);
    cat.finish();
    let date = pdf_writer::Date::new(u16::try_from(today.month().year()).unwrap_or(2000))
        .month(u8::try_from(today.month().month()).unwrap_or(1))
        .day(u8::try_from(today.day()).unwrap_or(1));
    pdf.document_info(info)
        .title(TextStr(title))
        .author(TextStr("Knoppen"))
        .creator(TextStr("Knoppen"))
        .creation_date(date);
    pdf.pages(tree)
        .kids(ids.iter().map(|(page, _)| *page))
        .count(i32::try_from(pages.len()).unwrap_or(i32::MAX));
    for ((page_id, content_id), content) in ids.iter().zip(&pages) {
        let mut page = pdf.page(*page_id);
        page.media_box(Rect::new(0.0, 0.0, WIDTH, HEIGHT));
        page.parent(tree);
        page.contents(*content_id);
        let mut resources = page.resources();
        let mut names = resources.fonts();
        for (_, name, id) in &faces {
            names.pair(*name, *id);
        }
        names.finish();
        resources.finish();
        page.finish();
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(content, 6);
        pdf.stream(*content_id, &packed).filter(Filter::FlateDecode);
    }
    for (i, _, id) in faces {
        fonts.write(i, &mut pdf, id, &mut next);
    }
    pdf.finish()
}
