//! The PDF hand-out looks like the slides: the effect picture with its markers, figures as
//! charts with a Dutch value axis, tables ruled, and every word inside the page's margins.

mod common;

use knoppen::catalogue::Catalogue;
use knoppen::catalogue::figures::FigureKind;
use std::collections::HashMap;

use knoppen::handout::{HEIGHT, MARGIN, WIDTH, to_pdf};
use knoppen::month::Date;
use knoppen::package::Package;
use knoppen::present::{Block, Slide, package_slides, track_slides};
use knoppen::strings::{Lang, set_lang};
use lopdf::content::Content;

/// One line of text as the page shows it: where it starts, its size, whether it is bold (faux
/// bold: filled and stroked), its words as the font's ToUnicode map gives them back, and where
/// it ends by the font's own widths.
#[derive(Debug)]
struct Text {
    x: f32,
    y: f32,
    size: f32,
    bold: bool,
    text: String,
    width: f32,
}

impl Text {
    fn words(&self) -> String {
        self.text.clone()
    }

    fn right(&self) -> f32 {
        self.x + self.width
    }
}

/// What a font on the page says about its codes: their widths (thousandths of the size) and
/// the text each stands for.
#[derive(Default)]
struct FontInfo {
    two_byte: bool,
    default_width: f32,
    widths: HashMap<u16, f32>,
    unicode: HashMap<u16, String>,
}

impl FontInfo {
    fn read(doc: &lopdf::Document, font: &lopdf::Dictionary) -> Self {
        let deref = |o: &lopdf::Object| doc.dereference(o).expect("an object").1.clone();
        let mut info = FontInfo {
            default_width: 500.0,
            ..FontInfo::default()
        };
        if let Ok(descendants) = font.get(b"DescendantFonts") {
            info.two_byte = true;
            let descendants = deref(descendants);
            let cid = deref(&descendants.as_array().expect("an array")[0]);
            let cid = cid.as_dict().expect("a CID font");
            info.default_width = cid
                .get(b"DW")
                .ok()
                .and_then(|w| w.as_float().ok())
                .unwrap_or(1000.0);
            if let Ok(w) = cid.get(b"W") {
                let w = deref(w);
                let items = w.as_array().expect("a W array");
                let mut i = 0;
                while i < items.len() {
                    let first = items[i].as_i64().expect("a CID") as u16;
                    match &items[i + 1] {
                        lopdf::Object::Array(ws) => {
                            for (k, w) in ws.iter().enumerate() {
                                info.widths
                                    .insert(first + k as u16, w.as_float().expect("a width"));
                            }
                            i += 2;
                        }
                        last => {
                            let last = last.as_i64().expect("a CID") as u16;
                            let w = items[i + 2].as_float().expect("a width");
                            for c in first..=last {
                                info.widths.insert(c, w);
                            }
                            i += 3;
                        }
                    }
                }
            }
        }
        if let Ok(cmap) = font.get(b"ToUnicode") {
            let cmap = deref(cmap);
            let data = cmap
                .as_stream()
                .expect("a CMap stream")
                .decompressed_content()
                .or_else(|_| Ok::<_, ()>(cmap.as_stream().expect("a stream").content.clone()))
                .expect("its bytes");
            let text = String::from_utf8_lossy(&data);
            for section in text.split("beginbfchar").skip(1) {
                let section = section.split("endbfchar").next().unwrap_or_default();
                let hex: Vec<&str> = section
                    .split(['<', '>'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect();
                for pair in hex.chunks(2) {
                    let code = u16::from_str_radix(pair[0], 16).expect("a code");
                    let units: Vec<u16> = (0..pair[1].len() / 4)
                        .map(|k| u16::from_str_radix(&pair[1][4 * k..4 * k + 4], 16).expect("hex"))
                        .collect();
                    info.unicode.insert(code, String::from_utf16_lossy(&units));
                }
            }
        }
        info
    }

    /// The words and the width (in thousandths of the size) of a shown string.
    fn decode(&self, bytes: &[u8]) -> (String, f32) {
        if !self.two_byte {
            // A simple font (WinAnsi): a byte a letter, about half an em each.
            let text = bytes.iter().map(|b| char::from(*b)).collect();
            return (text, bytes.len() as f32 * 500.0);
        }
        let mut text = String::new();
        let mut width = 0.0;
        for pair in bytes.chunks(2) {
            let code = u16::from_be_bytes([pair[0], *pair.get(1).unwrap_or(&0)]);
            text.push_str(self.unicode.get(&code).map_or("\u{fffd}", String::as_str));
            width += self
                .widths
                .get(&code)
                .copied()
                .unwrap_or(self.default_width);
        }
        (text, width)
    }
}

/// A page's drawing: its operators in order, and its lines of text.
struct PageOps {
    operators: Vec<String>,
    texts: Vec<Text>,
}

impl PageOps {
    fn count(&self, op: &str) -> usize {
        self.operators.iter().filter(|o| *o == op).count()
    }

    fn all_words(&self) -> String {
        self.texts
            .iter()
            .map(Text::words)
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Each page's operators and lines of text: a text object (BT … ET) is one line, however many
/// fonts it switches between.
fn pages(pdf: &[u8]) -> Vec<PageOps> {
    let doc = lopdf::Document::load_mem(pdf).expect("a PDF a reader opens");
    doc.get_pages()
        .values()
        .map(|id| {
            let fonts: HashMap<Vec<u8>, FontInfo> = doc
                .get_page_fonts(*id)
                .expect("the page's fonts")
                .into_iter()
                .map(|(name, dict)| (name, FontInfo::read(&doc, dict)))
                .collect();
            let data = doc.get_page_content(*id);
            let content = Content::decode(&data).expect("a content stream");
            let mut ops = PageOps {
                operators: Vec::new(),
                texts: Vec::new(),
            };
            let (mut font, mut size, mut bold) = (Vec::new(), 0.0, false);
            let mut line: Option<Text> = None;
            let mut at = (0.0, 0.0);
            for op in &content.operations {
                ops.operators.push(op.operator.clone());
                let num = |i: usize| op.operands.get(i).and_then(|o| o.as_float().ok());
                match op.operator.as_str() {
                    "BT" => at = (0.0, 0.0),
                    "ET" => ops.texts.extend(line.take()),
                    "Tf" => {
                        font = op.operands[0].as_name().expect("a font").to_vec();
                        size = num(1).expect("a size");
                    }
                    "Tr" => bold = num(0) == Some(2.0),
                    "Td" => at = (at.0 + num(0).expect("x"), at.1 + num(1).expect("y")),
                    "Tj" => {
                        let bytes = op.operands[0].as_str().expect("a string");
                        let info = fonts.get(&font).expect("a font the page names");
                        let (words, w) = info.decode(bytes);
                        let t = line.get_or_insert(Text {
                            x: at.0,
                            y: at.1,
                            size,
                            bold,
                            text: String::new(),
                            width: 0.0,
                        });
                        t.text.push_str(&words);
                        t.width += w * size / 1000.0;
                        t.size = t.size.max(size);
                    }
                    _ => {}
                }
            }
            ops
        })
        .collect()
}

fn today() -> Date {
    Date::new(2026, 3, 1).expect("a date")
}

/// A package whose deck has an effect slide, a stacked-bar figure and a table figure.
fn package() -> Package {
    Package::from_ids(
        "Variant B",
        [
            "arbeid.24-weken-eis",
            "arbeid.aanscherpen-kennismigrantenregeling",
            "arbeid.etk",
            "asiel.nareis",
            "gezin.volgt-arbeidsmigratie",
            "studie.capaciteitsmaatregelen",
        ],
    )
}

fn figure_deck(catalogue: &Catalogue, ids: &[&str]) -> Vec<Slide> {
    ids.iter()
        .map(|id| {
            let f = catalogue
                .figures
                .iter()
                .find(|f| f.id == *id)
                .expect("the figure");
            Slide::Figure {
                figure: f.id.clone(),
                title: f.title.clone(),
            }
        })
        .collect()
}

#[test]
fn the_effect_page_draws_the_slides_picture() {
    let catalogue = Catalogue::builtin().catalogue;
    let slides = package_slides(&package(), &catalogue, today());
    let index = slides
        .iter()
        .position(|s| matches!(s, Slide::Combined { .. }))
        .expect("an effect slide");
    let Slide::Combined { picture, .. } = &slides[index] else {
        unreachable!()
    };
    let pdf = to_pdf(&slides, &catalogue, false, today());
    let all = pages(&pdf);
    let page = &all[index];
    let words = page.all_words();
    for term in [
        "Korte termijn",
        "Middellange termijn",
        "Lange termijn",
        "Termijn niet genoemd",
        "Effect op de instroom",
        "verhogend",
        "grotendeels onbekend",
        "Onbekend telt nooit als neutraal",
    ] {
        assert!(words.contains(term), "{term} missing from\n{words}");
    }
    for row in picture {
        assert!(words.contains(&row.name), "{} missing", row.name);
    }
    let heading = page
        .texts
        .iter()
        .find(|t| t.words() == "Effect op de instroom")
        .expect("the heading");
    assert!(heading.bold, "the heading is bold (filled and stroked)");
    // Markers are filled shapes: one per stream, one per term it has, the overall one and the
    // legend's four filled shapes (the ring is stroked).
    let filled_terms: usize = picture
        .iter()
        .map(|r| r.terms.iter().flatten().count())
        .sum();
    assert!(
        page.count("f") >= picture.len() + filled_terms / 2 + 4,
        "{} fills for {} streams",
        page.count("f"),
        picture.len()
    );
    assert!(page.count("c") >= 4, "the ring is drawn with curves");
    assert!(!words.contains("+1"), "no counts table: {words}");
}

#[test]
fn figure_pages_are_charts_with_a_dutch_value_axis() {
    let catalogue = Catalogue::builtin().catalogue;
    let ids = [
        "002-derdelanders-instroom-beleidscategorie",
        "szw-kennismigranten-beslissingen",
        "002-eu-werknemers-2017-2021",
    ];
    let kinds: Vec<FigureKind> = ids
        .iter()
        .filter_map(|id| catalogue.figures.iter().find(|f| f.id == *id))
        .map(|f| f.kind)
        .collect();
    assert_eq!(
        kinds,
        [FigureKind::StackedBars, FigureKind::Bars, FigureKind::Line]
    );
    let pdf = to_pdf(&figure_deck(&catalogue, &ids), &catalogue, false, today());
    let all = pages(&pdf);
    assert_eq!(all.len(), ids.len(), "one page per slide");
    let thousands = |t: &Text| {
        let w = t.words();
        let parts: Vec<&str> = w.split('.').collect();
        parts.len() > 1
            && parts[0].len() <= 3
            && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
            && parts[1..].iter().all(|p| p.len() == 3)
    };
    for (page, id) in all.iter().zip(ids) {
        let words = page.all_words();
        assert!(
            !words.contains(" — ") || !words.contains(": "),
            "{id}: no 'series — category: value' lines\n{words}"
        );
        assert!(words.contains("Bron:"), "{id}: the source line");
        let axis: Vec<&Text> = page.texts.iter().filter(|t| thousands(t)).collect();
        assert!(
            axis.len() >= 3,
            "{id}: Dutch axis labels (1.000, 10.000 …)\n{words}"
        );
        // Tick labels are right-aligned to the axis.
        let right = axis[0].right();
        assert!(
            axis.iter()
                .filter(|t| (t.x - axis[0].x).abs() < 40.0)
                .all(|t| (t.right() - right).abs() < 0.5),
            "{id}: tick labels right-aligned"
        );
    }
    // Bars are rectangles; the line chart strokes paths between its points.
    assert!(all[0].count("re") >= 6 * 7, "stacked bars: one per value");
    assert!(all[1].count("re") >= 2, "grouped bars");
    assert!(all[2].count("l") >= 4 * 3, "lines between the years");
    assert!(all[2].count("S") >= 4, "one stroked line per series");
    for year in ["2017", "2021"] {
        assert!(
            all[2].texts.iter().any(|t| t.words() == year),
            "{year} under the axis"
        );
    }
}

#[test]
fn tables_are_ruled_with_values_right_aligned() {
    let catalogue = Catalogue::builtin().catalogue;
    let ids = ["szw-kosten-maatregelen", "002-kennis-talent-beslissingen"];
    let pdf = to_pdf(&figure_deck(&catalogue, &ids), &catalogue, false, today());
    let all = pages(&pdf);
    let page = &all[0];
    let value = page
        .texts
        .iter()
        .find(|t| t.words() == "900.000")
        .expect("the value, the Dutch way");
    let label = page
        .texts
        .iter()
        .find(|t| t.words().starts_with("Uitbreiding NLA"))
        .expect("its label");
    assert!(
        value.size >= label.size,
        "numbers never smaller than labels"
    );
    let text = page
        .texts
        .iter()
        .find(|t| t.words() == "circa € 5 mln.")
        .expect("a text value");
    assert!(
        (text.right() - value.right()).abs() < 0.5,
        "values right-aligned in their column"
    );
    assert!(page.count("S") >= 3, "ruled");
}

/// Every word on every page inside the margins; only the page number sits below them.
fn assert_inside(pdf: &[u8], what: &str) {
    for (n, page) in pages(pdf).iter().enumerate() {
        for t in &page.texts {
            let w = t.words();
            let footer =
                w.contains(" / ") && w.chars().all(|c| c.is_ascii_digit() || " /".contains(c));
            let bottom = if footer {
                MARGIN / 2.0 - 0.5
            } else {
                MARGIN - 0.5
            };
            assert!(
                t.x >= MARGIN - 0.5
                    && t.right() <= WIDTH - MARGIN + 0.5
                    && t.y >= bottom
                    && t.y + t.size * 0.75 <= HEIGHT - MARGIN + 0.5,
                "{what}, page {}: '{w}' at ({}, {}) to {} (size {})",
                n + 1,
                t.x,
                t.y,
                t.right(),
                t.size
            );
        }
    }
}

#[test]
fn every_text_stays_inside_the_margins() {
    let catalogue = Catalogue::builtin().catalogue;
    let mut big = Package::from_ids("Alles", catalogue.measures.iter().map(|m| m.id.as_str()));
    big.name = "Een pakket met een heel lange naam die niet op één regel past, \
                want zo gaan die dingen in een overleg dat uitloopt"
        .into();
    for (what, slides) in [
        ("package", package_slides(&package(), &catalogue, today())),
        ("all measures", package_slides(&big, &catalogue, today())),
        ("tracks", track_slides(&catalogue)),
    ] {
        for notes in [false, true] {
            assert_inside(&to_pdf(&slides, &catalogue, notes, today()), what);
        }
    }
    let numbers: Vec<&str> = catalogue
        .figures
        .iter()
        .filter(|f| f.has_numbers())
        .map(|f| f.id.as_str())
        .collect();
    let deck = figure_deck(&catalogue, &numbers);
    let pdf = to_pdf(&deck, &catalogue, false, today());
    assert_goes_on(&pdf, deck.len(), "figures");
    assert_inside(&pdf, "figures");
}

/// One page per slide, and a table or timeline too long for its page goes on on pages headed
/// "… (vervolg)" that carry the slide's number.
fn assert_goes_on(pdf: &[u8], slides: usize, what: &str) {
    let all = pages(pdf);
    assert!(all.len() >= slides, "{what}: a page per slide");
    let mut numbers = Vec::new();
    for (n, page) in all.iter().enumerate() {
        let footer = page.texts.last().map(Text::words).unwrap_or_default();
        let number: usize = footer
            .split(" / ")
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{what}, page {}: a page number, not '{footer}'", n + 1));
        if numbers.last() == Some(&number) {
            // The heading may wrap: its last line says it goes on.
            let first = page
                .texts
                .iter()
                .take(4)
                .map(Text::words)
                .collect::<Vec<_>>();
            assert!(
                first.iter().any(|t| t.ends_with("(vervolg)")),
                "{what}, page {}: goes on from the page before, so says so: {first:?}",
                n + 1
            );
        }
        numbers.push(number);
    }
    numbers.dedup();
    assert_eq!(
        numbers,
        (1..=slides).collect::<Vec<_>>(),
        "{what}: every slide, in order"
    );
}

/// Figures larger than any in the catalogue: many years, many series with long names,
/// negative values, long categories, a long table.
fn stress_figures(catalogue: &mut Catalogue) -> Vec<Slide> {
    use knoppen::catalogue::figures::{Figure, Series, Value};
    let base = catalogue
        .figures
        .iter()
        .find(|f| f.has_numbers())
        .expect("a figure")
        .clone();
    let long = "Een categorie met een naam die veel te lang is voor de ruimte onder de as";
    let years: Vec<String> = (1990..2030).map(|y| y.to_string()).collect();
    let series = |n: usize, len: usize, sign: f64| -> Vec<Series> {
        (0..n)
            .map(|i| Series {
                name: format!("Reeks {i} met een lange naam over {long}"),
                values: (0..len)
                    .map(|k| match k % 7 {
                        3 => Value::Missing,
                        _ => Value::N(sign * (k as f64 + 1.0) * 12_345.6 * (i as f64 + 1.0)),
                    })
                    .collect(),
            })
            .collect()
    };
    let mut figures = vec![
        Figure {
            id: "stress-line".into(),
            kind: FigureKind::Line,
            categories: years.clone(),
            series: series(12, years.len(), -1.0),
            ..base.clone()
        },
        Figure {
            id: "stress-bars".into(),
            kind: FigureKind::Bars,
            categories: (0..25).map(|i| format!("{long} {i}")).collect(),
            series: series(3, 25, 1.0),
            ..base.clone()
        },
        Figure {
            id: "stress-stacked".into(),
            kind: FigureKind::StackedBars,
            categories: (0..4).map(|i| format!("{long} {i}")).collect(),
            series: series(11, 4, 1.0),
            ..base.clone()
        },
        Figure {
            id: "stress-table".into(),
            title: format!("{long} {long} {long}"),
            unit: long.into(),
            kind: FigureKind::Table,
            categories: (0..40).map(|i| format!("{long} {i}")).collect(),
            series: series(6, 40, 1.0),
            ..base
        },
    ];
    figures[3].series[0].values[0] = Value::Text(long.into());
    let slides = figures
        .iter()
        .map(|f| Slide::Figure {
            figure: f.id.clone(),
            title: f.title.clone(),
        })
        .collect();
    catalogue.figures.append(&mut figures);
    slides
}

#[test]
fn oversized_figures_stay_inside_the_margins() {
    let mut catalogue = Catalogue::builtin().catalogue;
    let deck = stress_figures(&mut catalogue);
    let pdf = to_pdf(&deck, &catalogue, false, today());
    if let Some(dir) = std::env::var_os("KNOPPEN_HANDOUT_DIR") {
        std::fs::write(std::path::Path::new(&dir).join("stress.pdf"), &pdf).expect("write");
    }
    assert_goes_on(&pdf, deck.len(), "oversized figures");
    assert_inside(&pdf, "oversized figures");
}

#[test]
fn pages_follow_the_slides_and_their_notes() {
    let catalogue = Catalogue::builtin().catalogue;
    let slides = package_slides(&package(), &catalogue, today());
    let with_notes = slides.iter().filter(|s| !s.notes().is_empty()).count();
    assert_eq!(
        pages(&to_pdf(&slides, &catalogue, false, today())).len(),
        slides.len()
    );
    assert_eq!(
        pages(&to_pdf(&slides, &catalogue, true, today())).len(),
        slides.len() + with_notes
    );
}

/// Not a test: writes the decks to look at (pdftoppm), to `KNOPPEN_HANDOUT_DIR` or the temp
/// folder. `cargo test --test handout -- --ignored write_decks_to_look_at`.
#[test]
#[ignore = "writes files to look at; asserts nothing"]
fn write_decks_to_look_at() {
    let dir = std::env::var_os("KNOPPEN_HANDOUT_DIR")
        .map_or_else(std::env::temp_dir, std::path::PathBuf::from);
    let catalogue = Catalogue::builtin().catalogue;
    let numbers: Vec<&str> = catalogue
        .figures
        .iter()
        .filter(|f| f.has_numbers())
        .map(|f| f.id.as_str())
        .collect();
    let all = Package::from_ids("Alles", catalogue.measures.iter().map(|m| m.id.as_str()));
    for (name, slides) in [
        ("package", package_slides(&package(), &catalogue, today())),
        ("all", package_slides(&all, &catalogue, today())),
        ("figures", figure_deck(&catalogue, &numbers)),
        ("tracks", track_slides(&catalogue)),
        (
            "matrix",
            figure_deck(
                &catalogue,
                &["002-randvoorwaarden-migratie-per-beroepsgroep"],
            ),
        ),
    ] {
        std::fs::write(
            dir.join(format!("{name}.pdf")),
            to_pdf(&slides, &catalogue, false, today()),
        )
        .expect("write");
    }
}

use common::worst_case;

/// The folded lists' "… and 3 more" lines: the one "…" a page may hold, at a line's start.
fn more_lines(slides: &[Slide], c: &Catalogue) -> Vec<String> {
    slides
        .iter()
        .flat_map(|s| s.blocks(c))
        .filter_map(|b| match b {
            Block::Bullets { more, .. } | Block::Gantt { more, .. } => more,
            _ => None,
        })
        .collect()
}

#[test]
fn nothing_is_cut_short_in_the_worst_case() {
    let c = Catalogue::builtin().catalogue;
    let p = worst_case(&c);
    for lang in [Lang::Nl, Lang::En] {
        set_lang(lang);
        let slides = package_slides(&p, &c, today());
        let more = more_lines(&slides, &c);
        for notes in [false, true] {
            let pdf = to_pdf(&slides, &c, notes, today());
            for (n, page) in pages(&pdf).iter().enumerate() {
                for t in &page.texts {
                    let w = t.words();
                    let folded = more.contains(&w);
                    assert!(
                        folded || !w.contains('…'),
                        "{lang:?} notes={notes}, page {}: cut text '{w}'",
                        n + 1
                    );
                }
                if !notes {
                    assert!(
                        !page.all_words().contains("VERTROUWELIJK"),
                        "the private note on page {}",
                        n + 1
                    );
                }
            }
            assert_inside(&pdf, &format!("worst case {lang:?} notes={notes}"));
        }
        if let Some(dir) = std::env::var_os("KNOPPEN_HANDOUT_DIR") {
            for (notes, tail) in [(false, ""), (true, "-notes")] {
                let name = format!("worst-{}{tail}.pdf", lang.code());
                let path = std::path::Path::new(&dir).join(name);
                std::fs::write(path, to_pdf(&slides, &c, notes, today())).expect("write");
            }
        }
    }
    set_lang(Lang::Nl);
}

/// What users type: Polish, Turkish, Hungarian, typographic quotes and dashes, the euro, emoji.
const TYPED: &str = "Łódź ł Ş ş ő Ő € “zo” – — ‘x’ 😀";

#[test]
fn every_character_a_user_types_comes_back_from_the_text() {
    let c = Catalogue::builtin().catalogue;
    let mut p = Package::from_ids(&format!("Pakket {TYPED}"), ["arbeid.etk", "asiel.nareis"]);
    if let Some(i) = p.item_mut("arbeid.etk") {
        i.note = format!("notitie {TYPED}");
    }
    let slides = package_slides(&p, &c, today());
    let pdf = to_pdf(&slides, &c, true, today());
    let all: Vec<String> = pages(&pdf).iter().map(PageOps::all_words).collect();
    let title = &all[0];
    assert!(title.contains(&format!("Pakket {TYPED}")), "{title}");
    assert!(
        all.iter().any(|p| p.contains(&format!("notitie {TYPED}"))),
        "the note on its notes page"
    );
    for (n, page) in all.iter().enumerate() {
        assert!(
            !page.contains('\u{fffd}'),
            "page {}: an unmapped glyph",
            n + 1
        );
    }
    assert_inside(&pdf, "typed characters");
}

#[test]
fn a_subset_of_the_font_is_embedded() {
    let c = Catalogue::builtin().catalogue;
    let pdf = to_pdf(&package_slides(&package(), &c, today()), &c, false, today());
    let doc = lopdf::Document::load_mem(&pdf).expect("a PDF");
    let files: Vec<usize> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(b"FontFile2").ok())
        .map(|r| {
            let (_, file) = doc.dereference(r).expect("the font file");
            let stream = file.as_stream().expect("a stream");
            stream
                .decompressed_content()
                .map_or(stream.content.len(), |c| c.len())
        })
        .collect();
    assert!(!files.is_empty(), "a TrueType font file embedded");
    // Ubuntu Light, egui's own font, is 361,676 bytes whole.
    for size in files {
        assert!(size < 120_000, "a subset, not the whole font: {size} bytes");
    }
}

#[test]
fn the_document_says_what_it_is_and_its_language() {
    let c = Catalogue::builtin().catalogue;
    for (lang, code) in [(Lang::Nl, "nl-NL"), (Lang::En, "en-GB")] {
        set_lang(lang);
        for (slides, title) in [
            (
                package_slides(&package(), &c, today()),
                "Variant B".to_owned(),
            ),
            (
                track_slides(&c),
                knoppen::strings::t().tracks_title.to_owned(),
            ),
        ] {
            let pdf = to_pdf(&slides, &c, false, today());
            let doc = lopdf::Document::load_mem(&pdf).expect("a PDF");
            let info = doc.trailer.get(b"Info").expect("an Info dictionary");
            let (_, info) = doc.dereference(info).expect("the dictionary");
            let info = info.as_dict().expect("a dictionary");
            let text = |key: &[u8]| {
                let s = info
                    .get(key)
                    .expect("the entry")
                    .as_str()
                    .expect("a string");
                match s {
                    [0xfe, 0xff, rest @ ..] => String::from_utf16_lossy(
                        &rest
                            .chunks(2)
                            .map(|p| u16::from_be_bytes([p[0], p[1]]))
                            .collect::<Vec<_>>(),
                    ),
                    _ => String::from_utf8_lossy(s).into_owned(),
                }
            };
            assert_eq!(text(b"Title"), title);
            assert_eq!(text(b"Author"), "Knoppen");
            assert!(text(b"CreationDate").starts_with("D:20"), "a date");
            let catalog = doc.catalog().expect("a catalog");
            let found = catalog
                .get(b"Lang")
                .expect("/Lang")
                .as_str()
                .expect("a string");
            assert_eq!(found, code.as_bytes());
        }
    }
    set_lang(Lang::Nl);
}

#[test]
fn the_timeline_page_has_its_legend_and_the_decision_date() {
    let c = Catalogue::builtin().catalogue;
    let slides = package_slides(&worst_case(&c), &c, today());
    let timeline: Vec<Slide> = slides
        .iter()
        .filter(|s| matches!(s, Slide::Timeline { .. }))
        .cloned()
        .collect();
    // The bars the slide keeps (the slide model folds a long timeline).
    let Some(Block::Gantt { bars, decision, .. }) = timeline[0]
        .blocks(&c)
        .into_iter()
        .find(|b| matches!(b, Block::Gantt { .. }))
    else {
        panic!("a timeline slide draws bars")
    };
    let pdf = to_pdf(&timeline, &c, false, today());
    let words: String = pages(&pdf)
        .iter()
        .map(PageOps::all_words)
        .collect::<Vec<_>>()
        .join("\n");
    let t = knoppen::strings::t();
    for word in [t.uncertain_part, t.decision_date, t.today] {
        assert!(words.contains(word), "'{word}' missing from\n{words}");
    }
    assert!(
        words.contains(&knoppen::strings::month_name(decision)),
        "the decision date named"
    );
    for kind in bars.iter().filter_map(|b| b.instrument) {
        let name = knoppen::strings::instrument(kind);
        assert!(words.contains(name), "'{name}' in the legend");
    }
}

#[test]
fn body_type_is_at_least_eleven_points() {
    let c = Catalogue::builtin().catalogue;
    let slides = package_slides(&worst_case(&c), &c, today());
    for (n, page) in pages(&to_pdf(&slides, &c, true, today()))
        .iter()
        .enumerate()
    {
        for t in &page.texts {
            assert!(
                t.size >= 11.0,
                "page {}: '{}' at {} pt",
                n + 1,
                t.words(),
                t.size
            );
        }
    }
}

#[test]
fn what_a_folded_list_leaves_to_the_note_is_on_the_notes_pages() {
    let c = Catalogue::builtin().catalogue;
    let slides = package_slides(&worst_case(&c), &c, today());
    let words = |notes: bool| -> String {
        pages(&to_pdf(&slides, &c, notes, today()))
            .iter()
            .map(PageOps::all_words)
            .collect::<Vec<_>>()
            .join("\n")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (without, with) = (words(false), words(true));
    let mut folded = 0;
    for slide in &slides {
        let all: Vec<String> = match slide {
            Slide::Attention { details, .. } => details.clone(),
            Slide::Needs { lines } => lines.clone(),
            Slide::Timeline { bars, .. } => bars.iter().map(|b| b.title.clone()).collect(),
            _ => continue,
        };
        for item in all {
            let item = item.split_whitespace().collect::<Vec<_>>().join(" ");
            if !without.contains(&item) {
                folded += 1;
                assert!(with.contains(&item), "'{item}' in the notes");
            }
        }
    }
    assert!(folded > 0, "the worst case folds a list");
}
