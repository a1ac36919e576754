//! The hand-out's type: egui's own fonts, so paper and screen set text alike. Ubuntu Light
//! carries the text (every Latin letter a catalogue or a user writes: Ł, Ş, ő, €, quotes,
//! dashes); Noto Emoji and Hack take what it lacks (emoji, arrows, shapes). Each face used is
//! embedded as a subset: a CID font (Type0, Identity-H) with its widths and a ToUnicode map, so
//! text can be copied and searched. A character no face has is drawn as a box, with the
//! original character kept as the text behind it.

use std::collections::BTreeMap;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, Str};
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, GlyphId, MetadataProvider};
use subsetter::GlyphRemapper;

/// The faces in the order a character is looked up (egui's own order for its proportional
/// family, with Hack for the symbols it alone has). Ubuntu Font Licence and OFL: embedding is
/// allowed.
const FACES: [(&str, &[u8]); 3] = [
    ("Ubuntu-Light", epaint_default_fonts::UBUNTU_LIGHT),
    (
        "NotoEmoji-Regular",
        epaint_default_fonts::NOTO_EMOJI_REGULAR,
    ),
    ("Hack-Regular", epaint_default_fonts::HACK_REGULAR),
];

/// What stands for a character no face has: a box, as egui draws one.
const REPLACEMENT: char = '□';

/// Faux bold: the outline stroked as well as filled, this wide (a share of the type size).
pub const BOLD_STROKE: f32 = 0.035;

/// One face: its metrics, and the glyphs the document uses (renumbered for the subset).
struct Face {
    name: &'static str,
    data: &'static [u8],
    font: FontRef<'static>,
    metrics: GlyphMetrics<'static>,
    upem: f32,
    used: GlyphRemapper,
    /// The character each used glyph (by its number in the subset) stands for.
    unicode: BTreeMap<u16, char>,
}

impl Face {
    fn load(name: &'static str, data: &'static [u8]) -> Option<Self> {
        let font = FontRef::new(data).ok()?;
        let metrics = font.glyph_metrics(Size::unscaled(), LocationRef::default());
        let upem = f32::from(
            font.metrics(Size::unscaled(), LocationRef::default())
                .units_per_em,
        );
        Some(Self {
            name,
            data,
            font,
            metrics,
            upem,
            used: GlyphRemapper::new(),
            unicode: BTreeMap::new(),
        })
    }

    fn glyph(&self, c: char) -> Option<GlyphId> {
        self.font.charmap().map(c).filter(|g| g.to_u32() != 0)
    }

    /// A glyph's advance in ems.
    fn advance(&self, glyph: GlyphId) -> f32 {
        self.metrics.advance_width(glyph).unwrap_or(0.0) / self.upem
    }
}

/// A stretch of text in one face: the codes to show (two bytes a glyph), and the text behind
/// it where the glyphs stand in for characters no face has.
pub struct Run {
    pub font: Name<'static>,
    pub codes: Vec<u8>,
    pub actual: Option<String>,
}

/// The document's fonts: measuring text, and writing it as codes.
pub struct Fonts {
    faces: Vec<Face>,
}

/// The resource name of face `i` on every page.
const NAMES: [Name<'static>; 3] = [Name(b"F0"), Name(b"F1"), Name(b"F2")];

/// Characters that take no room and show nothing: controls, joiners, direction marks,
/// variation selectors, the soft hyphen.
fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
            | '\u{E0000}'..='\u{E007F}')
}

impl Default for Fonts {
    fn default() -> Self {
        Self::new()
    }
}

impl Fonts {
    pub fn new() -> Self {
        Self {
            faces: FACES
                .iter()
                .filter_map(|(name, data)| Face::load(name, data))
                .collect(),
        }
    }

    /// The face and glyph that draw `c`: the first face that has it, else the box.
    fn find(&self, c: char) -> Option<(usize, GlyphId, bool)> {
        let found = |c: char| {
            self.faces
                .iter()
                .enumerate()
                .find_map(|(i, f)| f.glyph(c).map(|g| (i, g)))
        };
        if let Some((i, g)) = found(c) {
            return Some((i, g, false));
        }
        found(REPLACEMENT).map(|(i, g)| (i, g, true))
    }

    /// The width of `text` at `size` points, as it will be drawn (bold adds its stroke).
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let ems: f32 = text
            .chars()
            .filter(|c| !invisible(*c))
            .filter_map(|c| self.find(c))
            .map(|(i, g, _)| self.faces[i].advance(g))
            .sum();
        ems * size + if bold { BOLD_STROKE * size } else { 0.0 }
    }

    /// `text` as runs of codes, one run per face (and per stand-in box); the glyphs are kept
    /// for the subsets.
    pub fn encode(&mut self, text: &str) -> Vec<Run> {
        let mut runs: Vec<(usize, Vec<u8>, Option<String>)> = Vec::new();
        for c in text.chars().filter(|c| !invisible(*c)) {
            let Some((i, glyph, replaced)) = self.find(c) else {
                continue;
            };
            let face = &mut self.faces[i];
            let old = u16::try_from(glyph.to_u32()).unwrap_or(0);
            let code = face.used.remap(old);
            face.unicode
                .entry(code)
                .or_insert(if replaced { REPLACEMENT } else { c });
            let actual = replaced.then(|| c.to_string());
            match runs.last_mut() {
                Some((face, codes, prev)) if *face == i && prev.is_none() && actual.is_none() => {
                    codes.extend(code.to_be_bytes());
                }
                Some((face, codes, Some(prev))) if *face == i && actual.is_some() => {
                    codes.extend(code.to_be_bytes());
                    prev.push(c);
                }
                _ => runs.push((i, code.to_be_bytes().to_vec(), actual)),
            }
        }
        runs.into_iter()
            .map(|(i, codes, actual)| Run {
                font: NAMES[i],
                codes,
                actual,
            })
            .collect()
    }

    /// The faces the document used, by resource name, for each page's resources.
    pub fn used(&self) -> Vec<(usize, Name<'static>)> {
        self.faces
            .iter()
            .enumerate()
            .filter(|(_, f)| f.used.num_gids() > 1)
            .map(|(i, _)| (i, NAMES[i]))
            .collect()
    }

    /// Write face `i` as a Type0 font at `id`, using the next free ids from `next`.
    pub fn write(&self, i: usize, pdf: &mut Pdf, id: Ref, next: &mut impl FnMut() -> Ref) {
        let face = &self.faces[i];
        let (cid, descriptor, file, cmap, gid_map) = (next(), next(), next(), next(), next());
        let base = format!("{}+{}", tag(&face.used), face.name);
        let base = Name(base.as_bytes());
        // A subset renumbers the glyphs as they were first used, so a code is the glyph's
        // number in the subset; should subsetting ever fail, the whole font goes in with a
        // map from code to its own glyph numbers.
        let subset = subsetter::subset(face.data, 0, &face.used).ok();
        let old_gids: Vec<u16> = face.used.remapped_gids().collect();

        pdf.type0_font(id)
            .base_font(base)
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(cmap);

        let mut cid_font = pdf.cid_font(cid);
        cid_font
            .subtype(CidFontType::Type2)
            .base_font(base)
            .system_info(SystemInfo {
                registry: Str(b"Adobe"),
                ordering: Str(b"Identity"),
                supplement: 0,
            })
            .font_descriptor(descriptor)
            .default_width(0.0);
        let scale = 1000.0 / face.upem;
        cid_font.widths().consecutive(
            0,
            old_gids.iter().map(|g| {
                face.metrics
                    .advance_width(GlyphId::new(u32::from(*g)))
                    .unwrap_or(0.0)
                    * scale
            }),
        );
        let map = subset.is_none().then(|| {
            old_gids
                .iter()
                .flat_map(|g| g.to_be_bytes())
                .collect::<Vec<u8>>()
        });
        match &map {
            Some(_) => cid_font.cid_to_gid_map_stream(gid_map),
            None => cid_font.cid_to_gid_map_predefined(Name(b"Identity")),
        };
        cid_font.finish();

        descriptor_of(face, pdf, descriptor, base, file);

        let program = subset.as_deref().unwrap_or(face.data);
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(program, 9);
        pdf.stream(file, &packed).filter(Filter::FlateDecode).pair(
            Name(b"Length1"),
            i32::try_from(program.len()).unwrap_or(i32::MAX),
        );

        pdf.cmap(cmap, &unicode_map(face));
        if let Some(map) = map {
            pdf.stream(gid_map, &map);
        }
    }
}

/// The face's descriptor: its metrics scaled to the PDF's 1000 units, and its embedded file.
fn descriptor_of(face: &Face, pdf: &mut Pdf, descriptor: Ref, base: Name, file: Ref) {
    let scale = 1000.0 / face.upem;
    let m = face.font.metrics(Size::unscaled(), LocationRef::default());
    let bbox = m
        .bounds
        .map_or(Rect::new(0.0, -300.0, 1000.0, 1000.0), |b| {
            Rect::new(
                b.x_min * scale,
                b.y_min * scale,
                b.x_max * scale,
                b.y_max * scale,
            )
        });
    pdf.font_descriptor(descriptor)
        .name(base)
        .flags(FontFlags::SYMBOLIC)
        .bbox(bbox)
        .italic_angle(m.italic_angle)
        .ascent(m.ascent * scale)
        .descent(m.descent * scale)
        .cap_height(m.cap_height.unwrap_or(m.ascent) * scale)
        .stem_v(80.0)
        .font_file2(file);
}

/// The map from each code to the characters it stands for, so text copied from the PDF is text.
fn unicode_map(face: &Face) -> Vec<u8> {
    let mut unicode = UnicodeCmap::new(
        Name(b"Knoppen-UCS"),
        SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"UCS"),
            supplement: 0,
        },
    );
    for (code, c) in &face.unicode {
        unicode.pair(*code, *c);
    }
    unicode.finish().to_vec()
}

/// The six capitals that name a subset, from the glyphs in it (so two subsets of one face in
/// one file never share a name).
fn tag(used: &GlyphRemapper) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for g in used.remapped_gids() {
        for b in g.to_be_bytes() {
            hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    }
    (0..6)
        .map(|k| char::from(b'A' + ((hash >> (k * 5)) % 26) as u8))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font_and_every_letter_has_a_glyph() {
        let mut fonts = Fonts::new();
        assert!(fonts.width("W", 10.0, false) > fonts.width("i", 10.0, false));
        assert!(fonts.width("Łódź € “zo”", 12.0, false) > 0.0);
        let runs = fonts.encode("Łódź😀中");
        assert_eq!(runs.len(), 3, "text, emoji, a box for what no face has");
        assert_eq!(runs[0].font, Name(b"F0"));
        assert_eq!(runs[1].font, Name(b"F1"));
        assert_eq!(runs[2].actual.as_deref(), Some("中"));
        assert!(
            fonts
                .encode("a\u{200d}b")
                .iter()
                .all(|r| r.codes.len() == 4)
        );
    }
}
