//! Every slide fits, for any package: the pre-flight check lays each slide out as the screen
//! draws it and reads back what egui paints. The hard case is the test's case: all five
//! streams, the longest titles, every figure with numbers, a private note, a rejected measure —
//! at a laptop's real window (1366×700) and a large screen (1920×1050), in both languages.

mod common;

use egui::{Rect, pos2, vec2};
use knoppen::catalogue::{Catalogue, Stream};
use knoppen::month::Date;
use knoppen::package::{MeetingStatus, Package};
use knoppen::preflight::Fault;
use knoppen::present::{Slide, package_slides, track_slides};
use knoppen::strings::{Lang, set_lang};
use knoppen::ui::preflight::{self, Painted};

const SIZES: [(f32, f32); 2] = [(1366.0, 700.0), (1920.0, 1050.0)];
use common::{PRIVATE_NOTE as NOTE, worst_case};

fn catalogue() -> Catalogue {
    Catalogue::builtin().catalogue
}

fn today() -> Date {
    Date::new(2026, 12, 7).expect("a date")
}

fn lines(problems: &[knoppen::preflight::Problem], slides: usize, (w, h): (f32, f32)) -> String {
    preflight::report(problems, slides, vec2(w, h)).join("\n")
}

#[test]
fn the_worst_case_fits_every_slide_in_both_languages_at_both_sizes() {
    let c = catalogue();
    let p = worst_case(&c);
    let streams: std::collections::BTreeSet<_> = p.measures(&c).map(|(_, m)| m.stream).collect();
    assert_eq!(streams.len(), 5, "all five streams");
    for lang in [Lang::Nl, Lang::En] {
        set_lang(lang);
        let slides = package_slides(&p, &c, today());
        assert!(slides.len() > 30, "a long deck: {}", slides.len());
        for size in SIZES {
            let problems = preflight::check(&slides, &c, vec2(size.0, size.1));
            assert!(
                problems.is_empty(),
                "{lang:?} {size:?}:\n{}",
                lines(&problems, slides.len(), size)
            );
        }
    }
    set_lang(Lang::Nl);
}

#[test]
fn every_preset_and_the_tracks_fit() {
    let c = catalogue();
    let mut decks: Vec<(String, Vec<Slide>)> = knoppen::presets::PRESETS
        .iter()
        .map(|p| {
            (
                p.name.to_owned(),
                package_slides(&p.package(&c), &c, today()),
            )
        })
        .collect();
    decks.push(("sporen".into(), track_slides(&c)));
    for (name, slides) in decks {
        for size in SIZES {
            let problems = preflight::check(&slides, &c, vec2(size.0, size.1));
            assert!(
                problems.is_empty(),
                "{name} {size:?}:\n{}",
                lines(&problems, slides.len(), size)
            );
        }
    }
}

#[test]
fn a_two_thousand_character_name_does_not_pass() {
    let c = catalogue();
    let mut p = Package::from_ids("x", ["arbeid.etk"]);
    p.name = "Zeer lange naam ".repeat(125);
    let slides = package_slides(&p, &c, today());
    let problems = preflight::check(&slides, &c, vec2(1366.0, 700.0));
    assert!(
        problems
            .iter()
            .any(|p| p.slide == 1 && p.fault == Fault::OffScreen),
        "{problems:?}"
    );
    let said = lines(&problems, slides.len(), (1366.0, 700.0));
    assert!(said.starts_with("dia 1 ("), "{said}");
    assert!(said.contains("valt buiten het scherm"), "{said}");
}

#[test]
fn a_screen_too_small_for_the_deck_does_not_pass() {
    let c = catalogue();
    let p = worst_case(&c);
    let slides = package_slides(&p, &c, today());
    let problems = preflight::check(&slides, &c, vec2(480.0, 360.0));
    assert!(!problems.is_empty());
    let effect = slides
        .iter()
        .position(|s| matches!(s, Slide::Combined { .. }))
        .expect("an effect slide");
    assert!(
        problems.iter().any(|p| p.slide == effect + 1),
        "the effect slide is among them: {problems:?}"
    );
    assert!(
        !problems.iter().any(|p| p.text.contains("Unaligned")),
        "read as a release build paints"
    );
}

fn painted(text: &str, rect: Rect, clip: Rect, size: f32) -> Painted {
    Painted {
        text: text.into(),
        rect,
        clip,
        size,
        elided: false,
    }
}

#[test]
fn each_kind_of_fault_is_found_in_what_is_painted() {
    let screen = Rect::from_min_size(pos2(0.0, 0.0), vec2(1366.0, 700.0));
    let r = |x: f32, y: f32, w: f32, h: f32| Rect::from_min_size(pos2(x, y), vec2(w, h));
    let fine = painted("Arbeid", r(10.0, 10.0, 100.0, 20.0), screen, 20.0);
    assert!(preflight::faults(std::slice::from_ref(&fine), screen, &[]).is_empty());
    let off = painted("Lange termijn", r(1300.0, 10.0, 100.0, 20.0), screen, 20.0);
    let cut = painted(
        "Legenda",
        r(10.0, 50.0, 100.0, 20.0),
        r(0.0, 0.0, 60.0, 700.0),
        20.0,
    );
    let over = painted("gemengd", r(50.0, 15.0, 100.0, 20.0), screen, 20.0);
    let small = painted("bron", r(10.0, 200.0, 40.0, 10.0), screen, 11.0);
    let note = painted(NOTE, r(10.0, 300.0, 400.0, 20.0), screen, 20.0);
    let found = preflight::faults(&[fine, off, cut, over, small, note], screen, &[NOTE]);
    let kinds: Vec<&Fault> = found.iter().map(|(_, f)| f).collect();
    assert!(kinds.contains(&&Fault::OffScreen), "{found:?}");
    assert!(kinds.contains(&&Fault::Cut), "{found:?}");
    assert!(
        kinds
            .iter()
            .any(|f| matches!(f, Fault::Overlaps(o) if o == "gemengd")),
        "{found:?}"
    );
    assert!(
        kinds.iter().any(|f| matches!(f, Fault::TooSmall { .. })),
        "{found:?}"
    );
    assert!(kinds.contains(&&Fault::PrivateNote), "{found:?}");
}

/// Every text a deck's slides hold, as the one slide model decides it.
fn deck_texts(slides: &[Slide], c: &Catalogue) -> Vec<String> {
    use knoppen::present::Block;
    let mut out = Vec::new();
    for s in slides {
        for b in s.blocks(c) {
            match b {
                Block::Text { text, .. } => out.push(text),
                Block::Facts(f) => out.extend(f.into_iter().map(|(k, v)| format!("{k}: {v}"))),
                Block::Bullets { items, more } => out.extend(items.into_iter().chain(more)),
                _ => {}
            }
        }
    }
    out
}

#[test]
fn no_raw_or_blank_fields_and_no_doubled_words() {
    let c = catalogue();
    let mut p = Package::from_ids("x", ["studie.collegegeld", "arbeid.etk"]);
    p.items.retain(|i| c.get(&i.measure).is_some());
    assert_eq!(p.items.len(), 2, "both measures exist");
    let slides = package_slides(&p, &c, today());
    let texts = deck_texts(&slides, &c);
    let all = texts.join("\n");
    assert!(!all.contains(" | "), "no glued symbols: {all}");
    assert!(
        !all.to_lowercase().contains("per saldo: per saldo"),
        "{all}"
    );
    for t in &texts {
        assert!(!t.trim_end().ends_with(':'), "a blank field: {t:?}");
    }
    assert!(
        all.contains("niet genoemd in de bron"),
        "an empty term in words: {all}"
    );
    assert!(
        all.contains("beperkend (-)"),
        "a symbol with its meaning: {all}"
    );
}

#[test]
fn a_rejected_measure_is_marked_on_its_slide_and_in_the_overview() {
    let c = catalogue();
    let mut p = Package::from_ids("x", ["arbeid.etk"]);
    if let Some(i) = p.item_mut("arbeid.etk") {
        i.status = MeetingStatus::Rejected;
    }
    let slides = package_slides(&p, &c, today());
    let texts = deck_texts(&slides, &c).join("\n");
    assert!(
        texts.contains("Afgewezen in overleg, telt niet mee"),
        "{texts}"
    );
    assert!(
        slides.iter().any(|s| s.label().contains("afgewezen")),
        "the overview says so too"
    );
}

#[test]
fn figures_of_one_value_are_a_sentence_and_every_chart_gets_a_slide() {
    let c = catalogue();
    let linked: Vec<_> = c
        .figures
        .iter()
        .filter(|f| f.has_numbers() && !f.measures.is_empty())
        .collect();
    let ids: Vec<&str> = linked
        .iter()
        .flat_map(|f| f.measures.iter().map(String::as_str))
        .collect();
    let p = Package::from_ids("x", ids);
    let slides = package_slides(&p, &c, today());
    let shown: Vec<&str> = slides
        .iter()
        .filter_map(|s| match s {
            Slide::Figure { figure, .. } => Some(figure.as_str()),
            _ => None,
        })
        .collect();
    let texts = deck_texts(&slides, &c).join("\n");
    for f in &linked {
        let cells = f
            .series
            .iter()
            .flat_map(|s| &s.values)
            .filter(|v| !matches!(v, knoppen::catalogue::figures::Value::Missing));
        if cells.count() == 1 {
            assert!(!shown.contains(&f.id.as_str()), "{} is one value", f.title);
            assert!(texts.contains(&f.title), "{} said in a sentence", f.title);
        } else {
            assert!(shown.contains(&f.id.as_str()), "{} has a slide", f.title);
        }
    }
}

#[test]
fn one_measure_per_stream_and_the_whole_catalogue_fit() {
    let c = catalogue();
    let mut packages: Vec<Package> = Stream::ALL
        .iter()
        .filter_map(|s| {
            c.measures
                .iter()
                .filter(|m| m.stream == *s)
                .max_by_key(|m| m.title.chars().count())
        })
        .map(|m| Package::from_ids("Eén maatregel", [m.id.as_str()]))
        .collect();
    packages.push(Package::from_ids(
        "De hele catalogus",
        c.measures.iter().map(|m| m.id.as_str()),
    ));
    assert_eq!(packages.len(), 6);
    for p in &packages {
        let slides = package_slides(p, &c, today());
        for size in SIZES {
            let problems = preflight::check(&slides, &c, vec2(size.0, size.1));
            assert!(
                problems.is_empty(),
                "{} measures {size:?}:\n{}",
                p.items.len(),
                lines(&problems, slides.len(), size)
            );
        }
    }
}
