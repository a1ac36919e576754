//! Tables as real PowerPoint tables (a:tbl in a graphic frame). Colours are
//! theme colours (accent1 header, light accent1 bands) so a ministry theme
//! recolours them. Column widths and the font size are chosen here so that
//! no word is broken and the table fits its rect.

use std::fmt::Write;

use super::slide::{run, xfrm};
use super::xml::{design_to_pt, paragraphs};
use super::{PptxError, Rect, fit};

const EMU_PER_PT: f32 = 12_700.0;
/// Cell margins in points (left/right, top/bottom).
const MAR_X: f32 = 3.6;
const MAR_Y: f32 = 2.0;

/// Widths (pt) per column: proportional to each column's longest cell,
/// but never below its longest word at `size`.
fn column_widths(cells: &[Vec<&str>], ncols: usize, total: f32, size: f32) -> Vec<f32> {
    let mut need = vec![1.0f32; ncols];
    let mut min = vec![0.0f32; ncols];
    for row in cells {
        for (c, text) in row.iter().enumerate() {
            need[c] = need[c].max(fit::width_pt(text, 1.0, true).min(40.0));
            for w in text.split_whitespace() {
                min[c] = min[c].max(fit::width_pt(w, size, true) + 2.0 * MAR_X);
            }
        }
    }
    // Give each column at least its longest word, share the rest by need.
    let fixed: f32 = min.iter().sum();
    let spare = (total - fixed).max(0.0);
    let need_sum: f32 = need.iter().sum();
    (0..ncols)
        .map(|c| min[c] + spare * need[c] / need_sum)
        .collect()
}

/// Row heights (pt) at `size`, or None if some word does not fit.
fn row_heights(cells: &[Vec<&str>], widths: &[f32], size: f32) -> Option<Vec<f32>> {
    cells
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let mut lines = 1usize;
            for (c, text) in row.iter().enumerate() {
                let n = fit::total_lines(&paragraphs(text), size, r == 0, widths[c] - 2.0 * MAR_X)?;
                lines = lines.max(n);
            }
            Some(lines as f32 * size * fit::LINE + 2.0 * MAR_Y)
        })
        .collect()
}

/// Largest font size whose layout fits the rect, with widths and heights.
fn layout(
    cells: &[Vec<&str>],
    ncols: usize,
    w: f32,
    h: f32,
    size: f32,
) -> (f32, Vec<f32>, Vec<f32>) {
    let mut s = (size * 2.0).floor() / 2.0;
    loop {
        let widths = column_widths(cells, ncols, w, s);
        let heights = row_heights(cells, &widths, s);
        let fits_w = widths.iter().sum::<f32>() <= w + 0.5;
        match heights {
            Some(hs) if (fits_w && hs.iter().sum::<f32>() <= h) || s <= fit::MIN_PT => {
                return (s, widths, hs);
            }
            None if s <= fit::MIN_PT => {
                let hs = vec![s * fit::LINE * 2.0; cells.len()];
                return (s, widths, hs);
            }
            _ => s -= 0.5,
        }
    }
}

/// The graphic frame holding the table. An empty table writes nothing.
pub fn frame(
    id: usize,
    r: Rect,
    header: &[String],
    rows: &[Vec<String>],
    size: f32,
    lang: &str,
) -> Result<String, PptxError> {
    let ncols = rows
        .iter()
        .map(Vec::len)
        .chain([header.len()])
        .max()
        .unwrap_or(0);
    if ncols == 0 {
        return Ok(String::new());
    }
    // Pad short rows so every row has ncols cells, as a:tbl requires.
    let cells: Vec<Vec<&str>> = std::iter::once(header)
        .chain(rows.iter().map(Vec::as_slice))
        .map(|row| {
            (0..ncols)
                .map(|c| row.get(c).map_or("", String::as_str))
                .collect()
        })
        .collect();
    let (w, h) = (design_to_pt(r.w), design_to_pt(r.h));
    let (size, widths, heights) = layout(&cells, ncols, w, h, size);
    let emu = |pt: f32| (pt * EMU_PER_PT).round() as i64;
    let mut grid = String::new();
    for cw in &widths {
        let _ = write!(grid, "<a:gridCol w=\"{}\"/>", emu(*cw));
    }
    let mut body = String::new();
    for (ri, row) in cells.iter().enumerate() {
        let _ = write!(body, "<a:tr h=\"{}\">", emu(heights[ri]));
        for text in row {
            body.push_str(&cell(text, ri, size, lang));
        }
        body.push_str("</a:tr>");
    }
    let mut rect = r;
    rect.w = r.w * widths.iter().sum::<f32>() / w.max(1.0);
    rect.h = r.h * heights.iter().sum::<f32>() / h.max(1.0);
    Ok(format!(
        "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"{id}\" name=\"Table {id}\"/>\
         <p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>\
         {}<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\">\
         <a:tbl><a:tblPr firstRow=\"1\" bandRow=\"1\"/><a:tblGrid>{grid}</a:tblGrid>{body}</a:tbl>\
         </a:graphicData></a:graphic></p:graphicFrame>",
        xfrm("p:xfrm", rect)
    ))
}

/// One cell: header row bold on accent1, body rows banded.
fn cell(text: &str, row: usize, size: f32, lang: &str) -> String {
    let (font, fill) = match row {
        0 => (
            "<a:solidFill><a:schemeClr val=\"bg1\"/></a:solidFill>",
            "<a:schemeClr val=\"accent1\"/>",
        ),
        r if r % 2 == 1 => (
            "",
            "<a:schemeClr val=\"accent1\"><a:lumMod val=\"20000\"/><a:lumOff val=\"80000\"/></a:schemeClr>",
        ),
        _ => ("", "<a:schemeClr val=\"bg1\"/>"),
    };
    let mut ps = String::new();
    for p in paragraphs(text) {
        let _ = write!(ps, "<a:p>{}</a:p>", run(p, size, row == 0, font, lang));
    }
    let m = |pt: f32| (pt * EMU_PER_PT).round() as i64;
    format!(
        "<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{ps}</a:txBody>\
         <a:tcPr marL=\"{x}\" marR=\"{x}\" marT=\"{y}\" marB=\"{y}\" anchor=\"ctr\"><a:solidFill>{fill}</a:solidFill></a:tcPr></a:tc>",
        x = m(MAR_X),
        y = m(MAR_Y)
    )
}
