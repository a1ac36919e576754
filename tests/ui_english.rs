//! An English-speaking colleague walks every view and the presentation: no Dutch chrome on
//! screen (the catalogue's own texts stay Dutch, quoted). The Dutch table is read from the
//! source, so a text added there is checked without a list kept by hand.

mod common;

use common::App;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use knoppen::command::{CatalogueCommand, CenterView, Command, Deck, SlideCommand};
use knoppen::package::{Edit, MeetingStatus};
use knoppen::strings::{EN, Lang, NL, set_lang, t};

/// `field: "text",` lines of a table in a source file, a nested table's fields named by its
/// field (`own.close`), so that the same name in two parts is not taken for one text.
fn table(file: &str, start: &str) -> Vec<(String, String)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    let body = text.split(start).nth(1).unwrap_or_default();
    let body = body.split("\n};").next().unwrap_or_default();
    let mut part = String::new();
    let mut out = Vec::new();
    for l in body.lines().map(str::trim) {
        if let Some(name) = l.strip_suffix(" {").and_then(|h| h.split_once(':')) {
            part = format!("{}.", name.0);
        } else if l == "}," {
            part.clear();
        } else if let Some((k, v)) = l.split_once(": \"")
            && let Some(v) = v.strip_suffix("\",")
            && !v.contains('\\')
        {
            out.push((format!("{part}{k}"), v.to_owned()));
        }
    }
    out
}

/// The Dutch texts that English replaces: what must not be on an English screen.
fn dutch_only() -> Vec<String> {
    // Each language's one table, its nested parts (the user's catalogue, the workbooks) with it.
    let nl = table(
        "crates/knoppen-text/src/strings/nl.rs",
        "pub static NL: Strings = Strings {",
    );
    let en = table(
        "crates/knoppen-text/src/strings/en.rs",
        "pub static EN: Strings = Strings {",
    );
    assert!(
        nl.len() > 200 && en.len() > 200,
        "{} {}",
        nl.len(),
        en.len()
    );
    let differ = |nl: Vec<(String, String)>, en: Vec<(String, String)>| -> Vec<String> {
        nl.into_iter()
            .filter(|(k, v)| {
                v.chars().filter(|c| c.is_alphabetic()).count() >= 4
                    && en.iter().any(|(ek, ev)| ek == k && ev != v)
            })
            .map(|(_, v)| v)
            .collect()
    };
    differ(nl, en)
}

/// Every text on screen.
fn texts(h: &Harness<'_, App>) -> Vec<String> {
    h.query_all_by(|_| true)
        .filter_map(|n| {
            let node = n.accesskit_node();
            node.value().or(node.label())
        })
        .collect()
}

fn dutch_on_screen(h: &Harness<'_, App>, dutch: &[String], place: &str) -> Vec<String> {
    let mut found = Vec::new();
    for text in texts(h) {
        for d in dutch {
            // "Filters (2 actief)" is chrome; "Kosten (ETK) …" is the end of a measure's title.
            let bracketed = text
                .strip_prefix(&format!("{d} ("))
                .is_some_and(|rest| !rest.starts_with(char::is_uppercase));
            let hit = text == *d || text.starts_with(&format!("{d}:")) || bracketed;
            if hit {
                found.push(format!("{place}: “{text}” (Dutch “{d}”)"));
            }
        }
        // Counted words and the verdict's words come from functions, not the table.
        for word in [" maatregel", " wetswijziging", " AMvB", " mnd", " onbekend"] {
            let counted = text
                .match_indices(word)
                .any(|(i, _)| text[..i].ends_with(|c: char| c.is_ascii_digit()));
            if counted {
                found.push(format!("{place}: “{text}” (Dutch count “{word}”)"));
            }
        }
        for word in ["per saldo", "gemengd", "Totaal:", "Regel "] {
            if text.contains(word) {
                found.push(format!("{place}: “{text}” (Dutch word “{word}”)"));
            }
        }
    }
    found
}

#[test]
fn every_view_and_slide_in_english_shows_no_dutch_chrome() {
    set_lang(Lang::En);
    let dutch = dutch_only();
    let ids = [
        "arbeid.etk",
        "arbeid.zoekperiode-kennismigranten",
        "asiel.nareis",
    ];
    let mut state = common::state_with(&ids);
    state.document.edit(Edit::SetStatus(
        "asiel.nareis".into(),
        MeetingStatus::Rejected,
    ));
    state.settings.lang = Lang::En;
    // The package's name is the user's data, whatever language it was typed in.
    state.document.edit(Edit::Rename("Variant A".into()));
    let select = state
        .catalogue
        .measures
        .iter()
        .position(|m| m.id == "arbeid.etk")
        .expect("etk");
    let mut h = common::harness_with(state, egui::vec2(1600.0, 1000.0));
    common::run(&mut h, [Command::Select(select)]);
    let mut found = dutch_on_screen(&h, &dutch, "fiche");
    for (view, name) in [
        (CenterView::Figures, "figures"),
        (CenterView::Timeline, "timeline"),
        (CenterView::Compare, "compare"),
    ] {
        common::run(&mut h, [Command::View(view)]);
        found.extend(dutch_on_screen(&h, &dutch, name));
    }
    // The reader at a cited passage, the uncited passages marked: its chrome is English too.
    let etk = h
        .state()
        .state
        .catalogue
        .get("arbeid.etk")
        .expect("etk")
        .sources[0]
        .clone();
    h.state_mut().state.view.reader.show_uncited = true;
    common::run(
        &mut h,
        [Command::OpenSource {
            doc: etk.doc,
            line: etk.line.unwrap_or(1) as usize,
            quote: None,
        }],
    );
    // (The documents are Dutch: their section titles say "Maatregel: …". The chrome is
    // checked by its own words.)
    let on_screen = texts(&h);
    for (en, nl) in [
        (EN.reader_contents, NL.reader_contents),
        (EN.reader_search, NL.reader_search),
        (EN.reader_show_uncited, NL.reader_show_uncited),
        (EN.reader_cited_by, NL.reader_cited_by),
        (EN.reader_back, NL.reader_back),
    ] {
        if !on_screen.iter().any(|t| t == en) || on_screen.iter().any(|t| t == nl) {
            found.push(format!("reader at a source: “{nl}” not in English"));
        }
    }
    common::run(&mut h, [Command::Back]);
    common::run(&mut h, [Command::ComparePreset(0)]);
    found.extend(dutch_on_screen(&h, &dutch, "compare with a preset"));
    common::run(&mut h, [Command::Catalogue(CatalogueCommand::Show(true))]);
    found.extend(dutch_on_screen(&h, &dutch, "update the catalogue"));
    common::run(&mut h, [Command::Catalogue(CatalogueCommand::Show(false))]);
    common::run(&mut h, [Command::Present(Deck::Package)]);
    let slides = h
        .state()
        .state
        .view
        .presentation
        .as_ref()
        .map_or(0, |p| p.slides.len());
    assert!(slides > 3, "{:?}", h.state().state.view.notice);
    for i in 0..slides {
        found.extend(dutch_on_screen(&h, &dutch, &format!("slide {}", i + 1)));
        common::run(&mut h, [Command::Slide(SlideCommand::Next)]);
    }
    set_lang(Lang::Nl);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn ticking_and_reading_the_verdict_work_in_both_languages() {
    for lang in Lang::ALL {
        set_lang(lang);
        let mut state = knoppen::app::AppState::new(knoppen::catalogue::Catalogue::builtin());
        state.settings.lang = lang;
        let title = state
            .catalogue
            .get("arbeid.etk")
            .expect("etk")
            .title
            .clone();
        let mut h = common::harness_with(state, egui::vec2(1600.0, 1000.0));
        h.get_by_label(t().search_label).click();
        h.run();
        h.get_by_label(t().search_label)
            .type_text("Extraterritoriale");
        h.run();
        h.get_by_label(&format!("{}: {title}", t().in_package))
            .click();
        h.run();
        assert!(h.state().state.package().contains("arbeid.etk"));
        let limiting = match lang {
            Lang::Nl => "per saldo beperkend",
            Lang::En => "limiting on balance",
        };
        h.get_by_label(&format!("{}: {limiting}", t().overall));
        assert!(h.query_all_by_label_contains(t().package_measures).count() >= 1);
    }
    set_lang(Lang::Nl);
}

/// At 1366×768 the top bar holds more English words than Dutch ones: no text may be drawn over
/// another (the "quoted in Dutch" line once covered the Compare tab).
#[test]
fn the_top_bar_never_draws_one_text_over_another() {
    // At 100 %, and zoomed to 150 % as on a projector (the bar then folds onto a second row).
    for (lang, zoom) in [
        (Lang::Nl, 1.0),
        (Lang::En, 1.0),
        (Lang::Nl, 1.5),
        (Lang::En, 1.5),
    ] {
        set_lang(lang);
        let mut state = common::state_with(&["arbeid.etk"]);
        state.settings.lang = lang;
        let mut h = common::harness_with(state, egui::vec2(1366.0, 768.0));
        h.ctx.set_zoom_factor(zoom);
        h.run();
        h.run();
        // The bar's height: the top panel, found by where the centre starts.
        let bar = h
            .query_all_by_role(egui::accesskit::Role::Pane)
            .filter_map(|n| n.accesskit_node().bounding_box())
            .map(|r| r.y0)
            .fold(f64::INFINITY, f64::min)
            .min(200.0);
        let top: Vec<(String, egui::accesskit::Rect)> = h
            .query_all_by(|_| true)
            .filter_map(|n| {
                let node = n.accesskit_node();
                let text = node.label().or_else(|| node.value())?;
                let r = node.bounding_box()?;
                (r.y1 <= bar + 1.0 && !text.trim().is_empty() && r.width() > 0.5)
                    .then_some((text, r))
            })
            .collect();
        assert!(top.len() > 8, "{top:?}");
        for (i, (a, ra)) in top.iter().enumerate() {
            for (b, rb) in &top[i + 1..] {
                // A button's label sits inside the button: only side-by-side texts count.
                let inside = |o: &egui::accesskit::Rect, i: &egui::accesskit::Rect| {
                    o.x0 <= i.x0 && i.x1 <= o.x1 && o.y0 <= i.y0 && i.y1 <= o.y1
                };
                // A text and its own text run are one text.
                if a == b || inside(ra, rb) || inside(rb, ra) {
                    continue;
                }
                let overlap = ra.x0 < rb.x1 - 1.0
                    && rb.x0 < ra.x1 - 1.0
                    && ra.y0 < rb.y1 - 1.0
                    && rb.y0 < ra.y1 - 1.0;
                assert!(!overlap, "{lang:?} ×{zoom}: “{a}” {ra:?} over “{b}” {rb:?}");
            }
        }
    }
    set_lang(Lang::Nl);
}
