//! Presenter mode through the keyboard, as with a clicker: every slide's content, the jumps,
//! blanking, the overview, and nothing on screen a minister should not see.

mod common;

use common::App;
use egui_kittest::{
    Harness,
    kittest::{NodeT, Queryable},
};
use knoppen::package::{Edit, MeetingStatus};
use knoppen::present::Slide;
use knoppen::state::screens::{Area, Screens};
use knoppen::strings::t;

fn harness(ids: &[&str], size: egui::Vec2) -> Harness<'static, App> {
    let mut state = common::state_with(ids);
    state
        .document
        .edit(Edit::SetStatus("arbeid.etk".into(), MeetingStatus::Agreed));
    state.document.edit(Edit::Rename("Variant A".into()));
    common::harness_with(state, size)
}

/// The test window's screen (it sits at the origin, 1366×768) and a projector to its right.
const LAPTOP: Area = Area::new(0.0, 0.0, 1366.0, 768.0);
const BEAMER: Area = Area::new(1366.0, 0.0, 1920.0, 1080.0);

fn screens(h: &mut Harness<'_, App>, areas: &[Area]) {
    h.state_mut().platform.screens = Screens::Known(areas.to_vec());
    h.run();
}

fn press(h: &mut Harness<'_, App>, key: egui::Key) {
    h.key_press(key);
    h.run();
}

fn index(h: &Harness<'_, App>) -> usize {
    h.state()
        .state
        .view
        .presentation
        .as_ref()
        .map(|p| p.index)
        .expect("presenting")
}

/// Every text on screen.
fn texts(h: &Harness<'_, App>) -> Vec<String> {
    h.query_all_by_role(egui::accesskit::Role::Label)
        .filter_map(|n| {
            n.accesskit_node()
                .label()
                .or_else(|| n.accesskit_node().value())
        })
        .collect()
}

const IDS: [&str; 3] = [
    "arbeid.etk",
    "arbeid.zoekperiode-kennismigranten",
    "asiel.nareis",
];

#[test]
fn the_clicker_walks_the_package() {
    for size in [egui::vec2(1366.0, 768.0), egui::vec2(1920.0, 1080.0)] {
        let mut h = harness(&IDS, size);
        press(&mut h, egui::Key::F5);
        let slides = h
            .state()
            .state
            .view
            .presentation
            .as_ref()
            .expect("presenting")
            .slides
            .clone();
        // Title, combined picture, three measures, their figures, needs.
        assert!(
            matches!(slides[0], Slide::Title { .. }) && matches!(slides[1], Slide::Combined { .. })
        );
        assert_eq!(
            slides
                .iter()
                .filter(|s| matches!(s, Slide::Measure(_)))
                .count(),
            3
        );
        assert!(matches!(slides.last(), Some(Slide::Needs { .. })));
        let last = slides.len() - 1;
        h.get_by_label("Variant A");
        press(&mut h, egui::Key::ArrowRight);
        h.get_by_label("Gemengd: 1 verhogend, 2 beperkend");
        press(&mut h, egui::Key::Space);
        // Measures by stream: the first Arbeid measure, with sign, words and meeting status.
        let Slide::Measure(m) = &slides[2] else {
            panic!("measure slide")
        };
        h.get_by_label(&m.title);
        h.get_by_label(&format!("Effect: {}", m.effect));
        h.get_by_label_contains("Status in overleg:");
        press(&mut h, egui::Key::PageDown);
        press(&mut h, egui::Key::PageDown);
        h.get_by_label("Aanpassing nareis");
        press(&mut h, egui::Key::End);
        h.get_by_label(t().what_package_needs);
        h.get_by_label_contains("wetswijziging");
        press(&mut h, egui::Key::PageDown);
        assert_eq!(index(&h), last, "stays on the last slide");
        press(&mut h, egui::Key::PageUp);
        assert_eq!(index(&h), last - 1);
        press(&mut h, egui::Key::Home);
        assert_eq!(index(&h), 0);
        // Nothing a minister should not see: no ids, no paths — on any slide.
        let mut all = Vec::new();
        for _ in 0..slides.len() {
            all.extend(texts(&h));
            press(&mut h, egui::Key::ArrowRight);
        }
        assert!(all.len() > 20, "{all:?}");
        for text in all {
            assert!(
                !text.contains("arbeid.") && !text.contains(".ron") && !text.contains(".knoppen"),
                "{text}"
            );
        }
    }
}

#[test]
fn jump_blank_overview_and_leave() {
    let mut h = harness(&IDS, egui::vec2(1366.0, 768.0));
    press(&mut h, egui::Key::F5);
    press(&mut h, egui::Key::Num4);
    press(&mut h, egui::Key::Enter);
    assert_eq!(index(&h), 3);
    press(&mut h, egui::Key::B);
    assert!(texts(&h).is_empty(), "blank shows nothing: {:?}", texts(&h));
    assert!(
        !h.state()
            .state
            .view
            .presentation
            .as_ref()
            .expect("presenting")
            .slides
            .is_empty()
    );
    press(&mut h, egui::Key::B);
    assert!(
        !h.state()
            .state
            .view
            .presentation
            .as_ref()
            .expect("presenting")
            .blank,
        "B again brings the slide back"
    );
    assert!(!texts(&h).is_empty());
    press(&mut h, egui::Key::G);
    h.get_by_label_contains("Overzicht");
    press(&mut h, egui::Key::Num2);
    press(&mut h, egui::Key::Enter);
    assert_eq!(index(&h), 1);
    assert!(
        !h.state()
            .state
            .view
            .presentation
            .as_ref()
            .expect("presenting")
            .grid
    );
    // A click on the slide changes nothing.
    h.hover_at(egui::pos2(600.0, 400.0));
    h.event(egui::Event::PointerButton {
        pos: egui::pos2(600.0, 400.0),
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    h.event(egui::Event::PointerButton {
        pos: egui::pos2(600.0, 400.0),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
    assert_eq!(index(&h), 1);
    assert_eq!(h.state().state.package().items.len(), 3);
    press(&mut h, egui::Key::Escape);
    press(&mut h, egui::Key::Escape);
    assert!(h.state().state.view.presentation.is_none());
    h.get_by_label(t().search_label);
}

#[test]
fn the_catalogue_is_walked_by_track() {
    // With measures in the package, so Shift+F5 cannot fall back on the tracks by accident.
    let mut h = harness(&IDS, egui::vec2(1366.0, 768.0));
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::F5);
    h.run();
    let slides = h
        .state()
        .state
        .view
        .presentation
        .as_ref()
        .expect("presenting")
        .slides
        .clone();
    assert_eq!(slides.len(), 1 + h.state().state.catalogue.tracks.len());
    press(&mut h, egui::Key::ArrowRight);
    h.get_by_label("Spoor 1");
    let first = &h.state().state.catalogue.tracks[0];
    h.get_by_label(&knoppen::strings::capitalised(&first.title));
    let measure = h
        .state()
        .state
        .catalogue
        .get(&first.measures[0])
        .expect("measure")
        .title
        .clone();
    h.get_by_label_contains(&measure);
}

#[test]
fn p_opens_the_presenter_view_with_next_slide_and_notes() {
    let mut h = harness(&IDS, egui::vec2(1366.0, 768.0));
    h.state_mut().state.document.edit(Edit::SetNote(
        "arbeid.etk".into(),
        "Fin vragen naar derving".into(),
    ));
    screens(&mut h, &[LAPTOP, BEAMER]);
    press(&mut h, egui::Key::F5);
    press(&mut h, egui::Key::PageDown);
    press(&mut h, egui::Key::PageDown);
    // The note is not on the slide itself.
    assert!(
        h.query_by_label_contains("Fin vragen naar derving")
            .is_none()
    );
    press(&mut h, egui::Key::P);
    press(&mut h, egui::Key::P);
    assert!(
        h.state()
            .state
            .view
            .presentation
            .as_ref()
            .expect("presenting")
            .presenter_view
    );
    h.get_by_label_contains("Volgende:");
    h.get_by_label_contains("Fin vragen naar derving");
    // Where we are and the time, as in any presenter view.
    let n = presentation(&h).slides.len();
    // On the slide (its band) and in the presenter's window.
    assert_eq!(h.query_all_by_label(&format!("3 / {n}")).count(), 2);
    h.get_by_label_contains("Verstreken 0:00:");
}

fn presentation(h: &Harness<'_, App>) -> knoppen::state::presentation::Presentation {
    h.state()
        .state
        .view
        .presentation
        .clone()
        .expect("presenting")
}

#[test]
fn a_stray_esc_does_not_end_the_briefing() {
    let mut h = harness(&IDS, egui::vec2(1366.0, 768.0));
    press(&mut h, egui::Key::F5);
    press(&mut h, egui::Key::ArrowRight);
    press(&mut h, egui::Key::Escape);
    assert_eq!(index(&h), 1, "still presenting, on the same slide");
    h.get_by_label_contains("nogmaals op Esc");
    // Any other key cancels the question; the deck goes on.
    press(&mut h, egui::Key::ArrowRight);
    assert_eq!(index(&h), 2);
    assert!(h.query_by_label_contains("nogmaals op Esc").is_none());
    press(&mut h, egui::Key::Escape);
    press(&mut h, egui::Key::Escape);
    assert!(h.state().state.view.presentation.is_none());
}

#[test]
fn the_presenter_view_opens_only_when_asked_twice() {
    let mut h = harness(&IDS, egui::vec2(1366.0, 768.0));
    h.state_mut().state.document.edit(Edit::SetNote(
        "arbeid.etk".into(),
        "Fin vragen naar derving".into(),
    ));
    screens(&mut h, &[LAPTOP, BEAMER]);
    press(&mut h, egui::Key::F5);
    press(&mut h, egui::Key::P);
    assert!(!presentation(&h).presenter_view, "a single P only warns");
    h.get_by_label_contains("gespiegeld");
    press(&mut h, egui::Key::P);
    assert!(presentation(&h).presenter_view);
}

#[test]
fn with_one_screen_the_second_p_says_why_and_opens_nothing() {
    let mut h = harness(&IDS, egui::vec2(1366.0, 768.0));
    h.state_mut().state.document.edit(Edit::SetNote(
        "arbeid.etk".into(),
        "VERTROUWELIJK: Fin vragen naar derving".into(),
    ));
    // A laptop mirrored to a projector: one screen, or two showing the same picture.
    for (list, why) in [
        (vec![LAPTOP], "Geen tweede scherm gevonden"),
        (vec![LAPTOP, LAPTOP], "De schermen worden gespiegeld"),
        (vec![], "Knoppen kan niet zien welke schermen er zijn"),
    ] {
        screens(&mut h, &list);
        press(&mut h, egui::Key::F5);
        press(&mut h, egui::Key::PageDown);
        press(&mut h, egui::Key::PageDown);
        press(&mut h, egui::Key::P);
        press(&mut h, egui::Key::P);
        let p = presentation(&h);
        assert!(!p.presenter_view && p.presenter_at.is_none(), "{why}");
        h.get_by_label_contains(why);
        h.get_by_label_contains("de notities niet op het scherm van de zaal");
        assert!(h.query_by_label_contains("VERTROUWELIJK").is_none());
        assert!(h.query_by_label_contains("Volgende:").is_none());
        // The answer goes with the next key.
        press(&mut h, egui::Key::ArrowRight);
        assert!(h.query_by_label_contains(why).is_none());
        press(&mut h, egui::Key::Escape);
        press(&mut h, egui::Key::Escape);
        assert!(h.state().state.view.presentation.is_none());
    }
}

#[test]
fn with_two_screens_the_second_p_opens_on_the_other_one() {
    let mut h = harness(&IDS, egui::vec2(1366.0, 768.0));
    screens(&mut h, &[LAPTOP, BEAMER]);
    press(&mut h, egui::Key::F5);
    press(&mut h, egui::Key::P);
    press(&mut h, egui::Key::P);
    let p = presentation(&h);
    assert!(p.presenter_view);
    let at = p.presenter_at.expect("a place");
    assert_eq!(at.screen, BEAMER);
    assert!(at.position()[0] >= BEAMER.x && !at.window.intersects(&LAPTOP));
    // The projector on the left: the view opens there, still off the slides.
    press(&mut h, egui::Key::P);
    assert!(!presentation(&h).presenter_view, "P closes it");
    let left = Area::new(-1920.0, 0.0, 1920.0, 1080.0);
    screens(&mut h, &[LAPTOP, left]);
    press(&mut h, egui::Key::P);
    press(&mut h, egui::Key::P);
    let at = presentation(&h).presenter_at.expect("a place");
    assert_eq!(at.screen, left);
    assert!(at.window.right() <= 0.0);
    // The projector unplugged mid-briefing: the view closes and the slide says why.
    screens(&mut h, &[LAPTOP]);
    assert!(!presentation(&h).presenter_view);
    assert!(h.query_by_label_contains("Volgende:").is_none());
    h.get_by_label_contains("De presentatorweergave is gesloten");
}

#[test]
fn figure_slides_show_figures_with_numbers_and_no_curation_notes() {
    let ids = [
        "arbeid.etk",
        "arbeid.uitzendverbod-sectoren",
        "asiel.nareis",
    ];
    let mut h = harness(&ids, egui::vec2(1366.0, 768.0));
    press(&mut h, egui::Key::F5);
    let slides = presentation(&h).slides;
    let figures: Vec<&Slide> = slides
        .iter()
        .filter(|s| matches!(s, Slide::Figure { .. }))
        .collect();
    assert!(!figures.is_empty(), "the ETK figure has numbers");
    let catalogue = &h.state().state.catalogue;
    for s in &figures {
        let Slide::Figure { figure, .. } = s else {
            unreachable!()
        };
        let f = catalogue
            .figures
            .iter()
            .find(|f| &f.id == figure)
            .expect("figure");
        assert_ne!(
            f.kind,
            knoppen::catalogue::figures::FigureKind::NotAvailable,
            "{figure}: a figure without numbers has no place in the deck"
        );
    }
    // The overview and every slide: titles, never ids or notes on the data.
    press(&mut h, egui::Key::G);
    let mut all = texts(&h);
    press(&mut h, egui::Key::G);
    for _ in 0..slides.len() {
        all.extend(texts(&h));
        press(&mut h, egui::Key::ArrowRight);
    }
    for text in &all {
        assert!(
            !text.contains("szw-") && !text.contains("002-") && !text.contains("Geen tabeltitel"),
            "{text}"
        );
    }
    assert!(all.iter().any(|t| t.contains("Cijfers: ")), "{all:?}");
}

#[test]
fn the_deck_shows_what_to_watch_out_for_and_an_honest_ministries_line() {
    // ETK (limiting) and the search period (increasing) pull opposite ways in Arbeid.
    let mut h = harness(&IDS, egui::vec2(1366.0, 768.0));
    press(&mut h, egui::Key::F5);
    let slides = presentation(&h).slides;
    let at = slides
        .iter()
        .position(|s| matches!(s, Slide::Attention { .. }))
        .expect("a Let op slide");
    let Slide::Attention { items, .. } = &slides[at] else {
        unreachable!()
    };
    assert!(items.iter().any(|i| i.contains("tegenover")), "{items:?}");
    for _ in 0..at {
        press(&mut h, egui::Key::ArrowRight);
    }
    h.get_by_label("Let op");
    // The needs slide: which measures record a ministry, never as if it were the full list.
    press(&mut h, egui::Key::End);
    for text in texts(&h) {
        assert!(!text.starts_with("Ministeries: "), "{text}");
        assert!(!text.contains("(en)") && !text.contains("('s)"), "{text}");
    }
}

#[test]
fn the_timeline_slide_is_a_gantt_chart_with_a_legend() {
    let mut h = harness(&IDS, egui::vec2(1366.0, 768.0));
    press(&mut h, egui::Key::F5);
    let slides = presentation(&h).slides;
    let at = slides
        .iter()
        .position(|s| matches!(s, Slide::Timeline { .. }))
        .expect("a timeline slide");
    for _ in 0..at {
        press(&mut h, egui::Key::ArrowRight);
    }
    // One bar per measure, named; the legend names the instruments by colour.
    h.get_by_label("Tijdlijn");
    h.get_by_label("Aanpassing nareis");
    h.get_by_label(knoppen::strings::instrument(
        knoppen::catalogue::InstrumentKind::Law,
    ));
    // A bar, not a table: no column heads.
    assert!(h.query_by_label(t().lead_time).is_none());
    // Nothing runs off the slide.
    for n in h.query_all_by_role(egui::accesskit::Role::Label) {
        if let Some(r) = n.accesskit_node().bounding_box() {
            assert!(
                r.x1 <= 1367.0 && r.y1 <= 769.0,
                "{:?} at {r:?}",
                n.accesskit_node().label()
            );
        }
    }
}

#[test]
fn a_figure_slide_draws_the_chart_the_source_shows() {
    // The 2025 letter gives the work-permit terms for asylum seekers as a bar chart.
    let ids = ["arbeid.twv-asielzoekers-streeftermijn", "arbeid.etk"];
    let mut h = harness(&ids, egui::vec2(1366.0, 768.0));
    press(&mut h, egui::Key::F5);
    let slides = presentation(&h).slides;
    let catalogue = h.state().state.catalogue.clone();
    let chart = slides.iter().position(|s| match s {
        Slide::Figure { figure, .. } => catalogue.figures.iter().any(|f| {
            &f.id == figure
                && matches!(
                    f.kind,
                    knoppen::catalogue::figures::FigureKind::Bars
                        | knoppen::catalogue::figures::FigureKind::StackedBars
                        | knoppen::catalogue::figures::FigureKind::Line
                )
        }),
        _ => false,
    });
    let Some(at) = chart else {
        panic!(
            "no chart figure in {:?}",
            slides.iter().map(Slide::label).collect::<Vec<_>>()
        )
    };
    for _ in 0..at {
        press(&mut h, egui::Key::ArrowRight);
    }
    // A chart: a legend entry per series above it, and no table of values.
    let f = catalogue
        .figures
        .iter()
        .find(|f| matches!(&slides[at], Slide::Figure { figure, .. } if *figure == f.id))
        .expect("the figure");
    let shown = texts(&h);
    for s in &f.series {
        assert!(shown.contains(&s.name), "legend for {}: {shown:?}", s.name);
    }
    let first = f.series[0].values.iter().find_map(|v| v.number());
    let cell = first.map(knoppen::strings::number);
    assert!(
        cell.as_ref().is_none_or(|c| !shown.contains(c)),
        "a table, not a chart: {shown:?}"
    );
    // The chart is a picture for the eye; a screen reader gets its numbers.
    let alt: Vec<String> = h
        .query_all_by_role(egui::accesskit::Role::Image)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    let number = cell.expect("a number in the first series");
    assert!(
        alt.iter()
            .any(|a| a.contains(&f.title) && a.contains(&number)),
        "{alt:?}"
    );
}

#[test]
fn the_slides_show_the_sources_first_and_the_meetings_reading_beside_them() {
    use knoppen::catalogue::Direction;
    use knoppen::package::{Package, Reading};
    use knoppen::present::{Slide, package_slides};
    let c = knoppen::catalogue::Catalogue::builtin().catalogue;
    let today = knoppen::month::Date::new(2026, 11, 30).expect("date");
    let mut p = Package::from_ids(
        "x",
        ["arbeid.aanscherpen-kennismigrantenregeling", "arbeid.etk"],
    );
    let combined = |slides: &[Slide]| match &slides[1] {
        Slide::Combined { overall, read, .. } => (overall.clone(), read.clone()),
        _ => panic!("combined picture second"),
    };
    let before = package_slides(&p, &c, today);
    let (overall, read) = combined(&before);
    assert_eq!(read, None);
    let kennis = before
        .iter()
        .find_map(|s| match s {
            Slide::Measure(m) if m.title == "Aanscherpen kennismigrantenregeling" => Some(m),
            _ => None,
        })
        .expect("its slide");
    assert_eq!(kennis.words, "nog onbekend", "no symbol in the source");
    assert!(
        kennis
            .from_text
            .as_deref()
            .is_some_and(|t| t.starts_with("strekking volgens de tekst: beperkend")),
        "{:?}",
        kennis.from_text
    );
    if let Some(i) = p.item_mut("arbeid.aanscherpen-kennismigrantenregeling") {
        i.reading = Some(Reading::new(Direction::Decrease, "salarisgrens omhoog"));
    }
    let after = package_slides(&p, &c, today);
    let (overall_after, read) = combined(&after);
    assert_eq!(overall_after, overall, "the sources' picture is unchanged");
    assert_eq!(
        read.as_deref(),
        Some("met inschatting overleg (1 maatregel) — per saldo beperkend")
    );
}

/// A twelve-measure package across both streams, with a private note on one measure.
const TWELVE: [&str; 12] = [
    "arbeid.etk",
    "arbeid.uitzendverbod-sectoren",
    "arbeid.zoekperiode-kennismigranten",
    "arbeid.eures",
    "arbeid.24-weken-eis",
    "arbeid.statushouders-startbanen",
    "arbeid.vakkrachtenregeling-techniek",
    "arbeid.handhaving-detachering-derdelanders",
    "asiel.nareis",
    "asiel.veilig-derde-land",
    "asiel.bewijslastverdeling",
    "asiel.loslaten-eenstatusstelsel",
];

/// Every text on screen with its rectangle.
fn boxes(h: &Harness<'_, App>) -> Vec<(String, egui::accesskit::Rect)> {
    h.query_all_by(|_| true)
        .filter_map(|n| {
            let node = n.accesskit_node();
            let text = node.label().or_else(|| node.value())?;
            Some((text, node.bounding_box()?))
        })
        .filter(|(text, r)| !text.trim().is_empty() && r.width() > 0.5)
        .collect()
}

#[test]
fn a_twelve_measure_briefing_fits_every_slide_and_shows_nothing_raw() {
    const PRIVATE: &str = "DG wil eerst advies Financiën";
    for size in [egui::vec2(1366.0, 768.0), egui::vec2(1920.0, 1080.0)] {
        let mut h = harness(&TWELVE, size);
        h.state_mut()
            .state
            .document
            .edit(Edit::SetNote("arbeid.etk".into(), PRIVATE.into()));
        press(&mut h, egui::Key::F5);
        let count = presentation(&h).slides.len();
        assert!(count >= 16, "title, effect, 12 measures, … ({count})");
        for i in 0..count {
            assert_eq!(index(&h), i);
            let shown = boxes(&h);
            assert!(!shown.is_empty(), "slide {} shows text", i + 1);
            for (text, r) in &shown {
                let within = r.x0 >= -1.0
                    && r.y0 >= -1.0
                    && r.x1 <= f64::from(size.x) + 1.0
                    && r.y1 <= f64::from(size.y) + 1.0;
                assert!(
                    within,
                    "slide {}: “{text}” at {r:?} leaves the screen",
                    i + 1
                );
                for raw in ["arbeid.", "asiel.", "gezin.", "studie.", "szw-", ".ron"] {
                    assert!(!text.contains(raw), "slide {}: “{text}”", i + 1);
                }
                // A line of a text extraction: "regel 289".
                let line_number = text
                    .match_indices("regel ")
                    .filter(|(at, _)| *at == 0 || text[..*at].ends_with(' '))
                    .any(|(at, _)| text[at + 6..].starts_with(|c: char| c.is_ascii_digit()));
                assert!(!line_number, "slide {}: “{text}”", i + 1);
                assert!(!text.contains(PRIVATE), "slide {}: private note", i + 1);
                assert!(!text.contains("(en)"), "slide {}: “{text}”", i + 1);
            }
            press(&mut h, egui::Key::ArrowRight);
        }
    }
}

#[test]
fn f5_on_a_deck_that_does_not_fit_says_so_before_the_room_sees_it() {
    let mut h = harness(&IDS, egui::vec2(1366.0, 700.0));
    let long = "Een naam die niet op een dia past ".repeat(40);
    common::run(
        &mut h,
        [knoppen::command::Command::Edit(Edit::Rename(long))],
    );
    press(&mut h, egui::Key::F5);
    assert!(
        h.state().state.view.presentation.is_none(),
        "not yet presenting"
    );
    h.get_by_label_contains("Niet elke dia past op dit scherm (1366×700): dia 1 (");
    h.get_by_label_contains("Druk nogmaals op F5 om toch te presenteren");
    press(&mut h, egui::Key::F5);
    assert_eq!(index(&h), 0, "the second F5 presents anyway");
}

#[test]
fn f5_on_a_deck_that_fits_presents_at_once() {
    let mut h = harness(&IDS, egui::vec2(1366.0, 700.0));
    press(&mut h, egui::Key::F5);
    assert_eq!(index(&h), 0);
    assert!(h.state().state.view.notice.is_none());
}

#[test]
fn a_slide_change_is_announced_with_its_number_and_title() {
    use egui_kittest::kittest::NodeT;
    let mut h = harness(&IDS, egui::vec2(1366.0, 768.0));
    press(&mut h, egui::Key::F5);
    press(&mut h, egui::Key::ArrowRight);
    let slides = presentation(&h).slides;
    let said = format!("Dia 2 van {}: {}", slides.len(), slides[1].label());
    let node = h
        .query_all_by(|n| n.label().as_deref() == Some(said.as_str()))
        .next()
        .expect("the counter names the slide");
    assert_eq!(
        node.accesskit_node().live(),
        egui::accesskit::Live::Polite,
        "announced as it changes"
    );
}
