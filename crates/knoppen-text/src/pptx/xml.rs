//! XML text helpers: escaping, design-unit to EMU scaling, relationship parts.

use std::fmt::Write;

/// Slide size in EMU: 16:9 widescreen (13.333 in x 7.5 in).
pub const SLIDE_CX: i64 = 12_192_000;
pub const SLIDE_CY: i64 = 6_858_000;
/// The app's design space that `Rect`s are given in.
pub const DESIGN_W: f32 = 1366.0;
pub const DESIGN_H: f32 = 768.0;

/// Design units to EMU along x.
pub fn emu_x(v: f32) -> i64 {
    (f64::from(v.max(0.0)) * SLIDE_CX as f64 / f64::from(DESIGN_W)).round() as i64
}

/// Design units to EMU along y.
pub fn emu_y(v: f32) -> i64 {
    (f64::from(v.max(0.0)) * SLIDE_CY as f64 / f64::from(DESIGN_H)).round() as i64
}

/// Design units to points (the slide is 960 pt wide).
pub fn design_to_pt(v: f32) -> f32 {
    v * 960.0 / DESIGN_W
}

/// Escape for element text and attribute values alike; characters XML forbids (pasted soft
/// breaks, NUL, U+FFFE) made safe as in every Office file the app writes.
pub use crate::office::xml_escaped as esc;

/// Split text into paragraphs on \n (and \r\n, lone \r).
pub fn paragraphs(s: &str) -> Vec<&str> {
    s.split('\n').map(|p| p.trim_end_matches('\r')).collect()
}

pub const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
pub const NS_A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
pub const NS_R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
pub const NS_P: &str = "http://schemas.openxmlformats.org/presentationml/2006/main";
pub const NS_C: &str = "http://schemas.openxmlformats.org/drawingml/2006/chart";

/// Relationship type URIs (officeDocument namespace unless noted).
pub mod rel {
    const B: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    pub fn ty(short: &str) -> String {
        match short {
            "core-properties" => {
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
                    .to_string()
            }
            _ => format!("{B}{short}"),
        }
    }
}

/// One relationship in a .rels part.
pub struct Rel {
    pub id: String,
    pub kind: &'static str,
    pub target: String,
}

impl Rel {
    pub fn new(id: impl Into<String>, kind: &'static str, target: impl Into<String>) -> Self {
        Rel {
            id: id.into(),
            kind,
            target: target.into(),
        }
    }
}

/// A `.rels` part from a list of relationships.
pub fn rels_xml(rels: &[Rel]) -> String {
    let mut s = String::from(DECL);
    s.push_str(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    );
    for r in rels {
        let _ = write!(
            s,
            "<Relationship Id=\"{}\" Type=\"{}\" Target=\"{}\"/>",
            r.id,
            rel::ty(r.kind),
            esc(&r.target)
        );
    }
    s.push_str("</Relationships>");
    s
}

/// `RRGGBB` for a colour.
pub fn hex(c: super::Rgb) -> String {
    crate::palette::hex(c)
}

/// Text with XML-illegal characters dropped but not escaped, for writers
/// (the chart workbook) that escape themselves.
pub fn clean(s: &str) -> String {
    crate::office::xml_safe(s).into_owned()
}
