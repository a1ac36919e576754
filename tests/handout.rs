//! The PDF hand-out looks like the slides: the effect picture with its markers, figures as
//! charts with a Dutch value axis, tables ruled, and every word inside the page's margins.

use knoppen::catalogue::Catalogue;
use knoppen::catalogue::figures::FigureKind;
use knoppen::handout::{HEIGHT, MARGIN, WIDTH, to_pdf, win_ansi_width};
use knoppen::month::Date;
use knoppen::package::Package;
use knoppen::present::{Slide, package_slides, track_slides};
use lopdf::content::Content;

/// One piece of text as the page shows it: where it starts, its size, font and words.
#[derive(Debug)]
struct Text {
    x: f32,
    y: f32,
    size: f32,
    bold: bool,
    bytes: Vec<u8>,
}

impl Text {
    fn words(&self) -> String {
        self.bytes
            .iter()
            .map(|b| match b {
                0x80 => '€',
                0x85 => '…',
                0x96 => '–',
                0x97 => '—',
                0x95 => '•',
                _ => char::from(*b),
            })
            .collect()
    }

    fn right(&self) -> f32 {
        self.x + win_ansi_width(&self.bytes, self.size, self.bold)
    }
}

/// A page's drawing: its operators in order, and its texts.
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

fn pages(pdf: &[u8]) -> Vec<PageOps> {
    let doc = lopdf::Document::load_mem(pdf).expect("a PDF a reader opens");
    doc.get_pages()
        .values()
        .map(|id| {
            let data = doc.get_page_content(*id);
            let content = Content::decode(&data).expect("a content stream");
            let mut ops = PageOps {
                operators: Vec::new(),
                texts: Vec::new(),
            };
            let (mut size, mut bold, mut at) = (0.0, false, (0.0, 0.0));
            for op in &content.operations {
                ops.operators.push(op.operator.clone());
                let num = |i: usize| op.operands.get(i).and_then(|o| o.as_float().ok());
                match op.operator.as_str() {
                    "BT" => at = (0.0, 0.0),
                    "Tf" => {
                        bold = op.operands.first().and_then(|o| o.as_name().ok()) == Some(b"F2");
                        size = num(1).expect("a size");
                    }
                    "Td" => at = (at.0 + num(0).expect("x"), at.1 + num(1).expect("y")),
                    "Tj" => ops.texts.push(Text {
                        x: at.0,
                        y: at.1,
                        size,
                        bold,
                        bytes: op.operands[0].as_str().expect("a string").to_vec(),
                    }),
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
    let pdf = to_pdf(&slides, &catalogue, false);
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
    let pdf = to_pdf(&figure_deck(&catalogue, &ids), &catalogue, false);
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
    let pdf = to_pdf(&figure_deck(&catalogue, &ids), &catalogue, false);
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
            assert_inside(&to_pdf(&slides, &catalogue, notes), what);
        }
    }
    let numbers: Vec<&str> = catalogue
        .figures
        .iter()
        .filter(|f| f.has_numbers())
        .map(|f| f.id.as_str())
        .collect();
    let deck = figure_deck(&catalogue, &numbers);
    let pdf = to_pdf(&deck, &catalogue, false);
    assert_eq!(pages(&pdf).len(), deck.len());
    assert_inside(&pdf, "figures");
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
    let pdf = to_pdf(&deck, &catalogue, false);
    assert_eq!(pages(&pdf).len(), deck.len());
    assert_inside(&pdf, "oversized figures");
    if let Some(dir) = std::env::var_os("KNOPPEN_HANDOUT_DIR") {
        std::fs::write(std::path::Path::new(&dir).join("stress.pdf"), &pdf).expect("write");
    }
}

#[test]
fn pages_follow_the_slides_and_their_notes() {
    let catalogue = Catalogue::builtin().catalogue;
    let slides = package_slides(&package(), &catalogue, today());
    let with_notes = slides.iter().filter(|s| !s.notes().is_empty()).count();
    assert_eq!(
        pages(&to_pdf(&slides, &catalogue, false)).len(),
        slides.len()
    );
    assert_eq!(
        pages(&to_pdf(&slides, &catalogue, true)).len(),
        slides.len() + with_notes
    );
}

#[test]
fn widths_are_helveticas() {
    assert!((win_ansi_width(b"0", 10.0, false) - 5.56).abs() < 0.01);
    assert!((win_ansi_width(b"W", 10.0, true) - 9.44).abs() < 0.01);
    assert!((win_ansi_width(b"i", 10.0, false) - 2.22).abs() < 0.01);
}

/// With `KNOPPEN_HANDOUT_DIR` set, write the decks to look at (pdftoppm).
#[test]
fn write_decks_to_look_at() {
    let Some(dir) = std::env::var_os("KNOPPEN_HANDOUT_DIR") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
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
            to_pdf(&slides, &catalogue, false),
        )
        .expect("write");
    }
}
