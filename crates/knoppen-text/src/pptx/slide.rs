//! Slide parts: the title placeholder, text boxes, bullets and shapes.
//! Tables and charts live in their own modules and come in as graphic frames.

use std::fmt::Write;

use super::xml::{DECL, NS_A, NS_P, NS_R, design_to_pt, emu_x, emu_y, esc, hex, paragraphs};
use super::{DeckSlide, Item, PptxError, Rect, Rgb, ShapeKind, chart, fit, table, template};
use crate::palette;

/// Text frame insets in EMU (3.6 pt left/right, 1.8 pt top/bottom).
const INS_X: i64 = 45_720;
const INS_Y: i64 = 22_860;
const INS_X_PT: f32 = 3.6;
const INS_Y_PT: f32 = 1.8;

/// A chart found on a slide: its global number and its id in the slide rels.
pub struct ChartRef<'a> {
    pub number: usize,
    pub rid: String,
    pub item: &'a Item,
}

pub struct SlideOut<'a> {
    pub xml: String,
    pub charts: Vec<ChartRef<'a>>,
}

/// Build a slide's XML. Charts are numbered from `next_chart` on; their
/// relationship ids start at rId2 (rId1 is the layout).
pub fn build<'a>(
    s: &'a DeckSlide,
    lang: &str,
    next_chart: usize,
) -> Result<SlideOut<'a>, PptxError> {
    let mut x = format!(
        "{DECL}<p:sld xmlns:a=\"{NS_A}\" xmlns:r=\"{NS_R}\" xmlns:p=\"{NS_P}\"><p:cSld><p:spTree>{}",
        template::GROUP_HEAD
    );
    x.push_str(&title_sp(s, lang));
    let mut charts = Vec::new();
    for (i, item) in s.items.iter().enumerate() {
        let id = i + 3; // 1 = tree, 2 = title
        match item {
            Item::Text {
                rect,
                text,
                size_pt,
                bold,
                colour,
                middle,
            } => {
                let anchor = if *middle { "ctr" } else { "t" };
                let style = (*size_pt, *bold, *colour, anchor);
                x.push_str(&text_box(id, *rect, text, style, lang));
            }
            Item::Bullets {
                rect,
                lines,
                size_pt,
            } => x.push_str(&bullets_box(id, *rect, lines, *size_pt, lang)),
            Item::Shape {
                rect,
                kind,
                fill,
                label,
            } => x.push_str(&shape_sp(id, *rect, *kind, *fill, label.as_deref(), lang)),
            Item::Table {
                rect,
                header,
                rows,
                size_pt,
            } => x.push_str(&table::frame(id, *rect, header, rows, *size_pt, lang)?),
            Item::Chart {
                rect, title, unit, ..
            } => {
                let rid = format!("rId{}", charts.len() + 2);
                x.push_str(&chart::frame(id, *rect, &rid, title, unit));
                charts.push(ChartRef {
                    number: next_chart + charts.len(),
                    rid,
                    item,
                });
            }
        }
    }
    x.push_str("</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>");
    Ok(SlideOut { xml: x, charts })
}

/// `<a:xfrm>` (or `<p:xfrm>` for graphic frames) for a design rect.
pub fn xfrm(tag: &str, r: Rect) -> String {
    format!(
        "<{tag}><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></{tag}>",
        emu_x(r.x),
        emu_y(r.y),
        emu_x(r.w),
        emu_y(r.h)
    )
}

/// `<a:solidFill>` for an RGB colour.
pub fn srgb_fill(c: Rgb) -> String {
    format!("<a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill>", hex(c))
}

/// One text run; `fill` is a fill element or "" to leave colour to the theme.
pub fn run(text: &str, size: f32, bold: bool, fill: &str, lang: &str) -> String {
    format!(
        "<a:r><a:rPr lang=\"{}\" sz=\"{}\" b=\"{}\" dirty=\"0\">{fill}</a:rPr><a:t>{}</a:t></a:r>",
        esc(lang),
        (size * 100.0).round() as i64,
        u8::from(bold),
        esc(text)
    )
}

/// The slide title in the layout's title placeholder: position and style
/// come from the layout, so a ministry template restyles it. Only the size
/// is set, and only when a long title has to shrink.
fn title_sp(s: &DeckSlide, lang: &str) -> String {
    let r = s.title_rect.unwrap_or(template::TITLE_RECT);
    let base = s.title_pt.unwrap_or(template::TITLE_PT);
    let paras = paragraphs(&s.title);
    let size = fit::fit_size(
        &paras,
        base,
        true,
        design_to_pt(r.w) - 2.0 * INS_X_PT,
        design_to_pt(r.h) - 2.0 * INS_Y_PT,
        0.0,
    );
    let sz = if (size - template::TITLE_PT).abs() > 0.01 {
        format!(" sz=\"{}\"", (size * 100.0).round() as i64)
    } else {
        String::new()
    };
    // Placed by the slide only where the layout's place does not serve.
    let sp_pr = match s.title_rect {
        Some(r) => format!("<p:spPr>{}</p:spPr>", xfrm("a:xfrm", r)),
        None => "<p:spPr/>".to_owned(),
    };
    let mut ps = String::new();
    for p in &paras {
        let _ = write!(
            ps,
            "<a:p><a:r><a:rPr lang=\"{}\"{sz} dirty=\"0\"/><a:t>{}</a:t></a:r></a:p>",
            esc(lang),
            esc(p)
        );
    }
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>\
         <p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr>{sp_pr}\
         <p:txBody><a:bodyPr/><a:lstStyle/>{ps}</p:txBody></p:sp>"
    )
}

/// `<a:bodyPr>` with our insets; anchor t/ctr; wrap or not.
fn body_pr(anchor: &str, ins_x: i64, ins_y: i64) -> String {
    format!(
        "<a:bodyPr wrap=\"square\" lIns=\"{ins_x}\" tIns=\"{ins_y}\" rIns=\"{ins_x}\" bIns=\"{ins_y}\" \
         anchor=\"{anchor}\" rtlCol=\"0\"><a:normAutofit/></a:bodyPr>"
    )
}

/// A text box; `style` is its size, boldness, colour and vertical anchor.
fn text_box(id: usize, r: Rect, text: &str, style: (f32, bool, Rgb, &str), lang: &str) -> String {
    let (size, bold, c, anchor) = style;
    let paras = paragraphs(text);
    let (w, h) = inner_pt(r);
    let size = fit::fit_size(&paras, size, bold, w, h, 0.0);
    let mut ps = String::new();
    for p in &paras {
        let _ = write!(ps, "<a:p>{}</a:p>", run(p, size, bold, &srgb_fill(c), lang));
    }
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"TextBox {id}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>\
         <p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>\
         <p:txBody>{}<a:lstStyle/>{ps}</p:txBody></p:sp>",
        xfrm("a:xfrm", r),
        body_pr(anchor, INS_X, INS_Y)
    )
}

/// Usable text width and height of a rect in points.
fn inner_pt(r: Rect) -> (f32, f32) {
    (
        design_to_pt(r.w) - 2.0 * INS_X_PT,
        design_to_pt(r.h) - 2.0 * INS_Y_PT,
    )
}

/// Bullet indent in EMU (0.25 in) and points.
const BULLET_EMU: i64 = 228_600;
const BULLET_PT: f32 = 18.0;
/// Space before each bullet, as a fraction of a line.
const BULLET_GAP: f32 = 0.4;

fn bullets_box(id: usize, r: Rect, lines: &[String], size: f32, lang: &str) -> String {
    let paras: Vec<&str> = lines.iter().map(String::as_str).collect();
    let (w, h) = inner_pt(r);
    let size = fit::fit_size(&paras, size, false, w - BULLET_PT, h, BULLET_GAP);
    let mut ps = String::new();
    for p in &paras {
        let _ = write!(
            ps,
            "<a:p><a:pPr marL=\"{BULLET_EMU}\" indent=\"-{BULLET_EMU}\"><a:spcBef><a:spcPct val=\"{}\"/></a:spcBef>\
             <a:buFont typeface=\"Arial\"/><a:buChar char=\"&#8226;\"/></a:pPr>{}</a:p>",
            (BULLET_GAP * 100_000.0) as i64,
            run(p, size, false, "", lang)
        );
    }
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"TextBox {id}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>\
         <p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>\
         <p:txBody>{}<a:lstStyle/>{ps}</p:txBody></p:sp>",
        xfrm("a:xfrm", r),
        body_pr("t", INS_X, INS_Y)
    )
}

/// Preset geometry for a shape kind. A downward triangle is the preset
/// "flowChartMerge" rather than a flipped triangle, whose label would
/// be drawn upside down.
fn preset(kind: ShapeKind) -> &'static str {
    match kind {
        ShapeKind::Ellipse => "ellipse",
        ShapeKind::TriangleUp => "triangle",
        ShapeKind::TriangleDown => "flowChartMerge",
        ShapeKind::Diamond => "diamond",
        ShapeKind::Rect => "rect",
        ShapeKind::Line => "line",
    }
}

/// Black or white label text, whichever reads better on `fill`.
fn label_colour(fill: Rgb) -> Rgb {
    let l = 0.299 * f32::from(fill[0]) + 0.587 * f32::from(fill[1]) + 0.114 * f32::from(fill[2]);
    if l > 150.0 {
        palette::grey(0)
    } else {
        palette::grey(255)
    }
}

/// A filled preset shape (a user can recolour it), label centred inside.
fn shape_sp(
    id: usize,
    r: Rect,
    kind: ShapeKind,
    fill: Rgb,
    label: Option<&str>,
    lang: &str,
) -> String {
    let paint = if kind == ShapeKind::Line {
        format!(
            "<a:noFill/><a:ln w=\"19050\"><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill></a:ln>",
            hex(fill)
        )
    } else {
        format!(
            "<a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill><a:ln><a:noFill/></a:ln>",
            hex(fill)
        )
    };
    let descr = label
        .map(|l| format!(" descr=\"{}\"", esc(l)))
        .unwrap_or_default();
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"Shape {id}\"{descr}/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>\
         <p:spPr>{}<a:prstGeom prst=\"{}\"><a:avLst/></a:prstGeom>{paint}</p:spPr>{}</p:sp>",
        xfrm("a:xfrm", r),
        preset(kind),
        shape_text(r, kind, fill, label, lang)
    )
}

/// The label inside a shape, sized to the shape's inner area.
fn shape_text(r: Rect, kind: ShapeKind, fill: Rgb, label: Option<&str>, lang: &str) -> String {
    let Some(label) = label else {
        return String::new();
    };
    // Round and pointed shapes leave roughly 70% of their box for text.
    let k = if matches!(kind, ShapeKind::Rect | ShapeKind::Line) {
        0.95
    } else {
        0.7
    };
    let (w, h) = (design_to_pt(r.w) * k, design_to_pt(r.h) * k);
    let paras = paragraphs(label);
    let size = fit::fit_size(&paras, (h * 0.6).min(16.0), true, w, h, 0.0);
    let colour = if kind == ShapeKind::Line {
        palette::grey(0)
    } else {
        label_colour(fill)
    };
    let mut ps = String::new();
    for p in &paras {
        let _ = write!(
            ps,
            "<a:p><a:pPr algn=\"ctr\"/>{}</a:p>",
            run(p, size, true, &srgb_fill(colour), lang)
        );
    }
    format!(
        "<p:txBody>{}<a:lstStyle/>{ps}</p:txBody>",
        body_pr("ctr", 0, 0)
    )
}
