//! The package note: one document, rendered as Markdown and as HTML, that must say the same.

use std::collections::BTreeSet;

use knoppen::catalogue::Catalogue;
use knoppen::month::Date;
use knoppen::package::Package;
use knoppen::report::{Report, build};

/// Pushes both ways in one stream (a hint), a measure the catalogue lacks, a note.
fn report() -> Report {
    let mut p = Package::from_ids(
        "Variant C",
        [
            "arbeid.etk",
            "arbeid.zoekperiode-kennismigranten",
            "arbeid.eures",
            "arbeid.bestaat-niet",
        ],
    );
    if let Some(i) = p.item_mut("arbeid.etk") {
        i.note = "Navragen bij Fin".into();
    }
    p.decision_date = Some("2027-01".into());
    let c = Catalogue::builtin().catalogue;
    build(&p, &c, Date::new(2026, 11, 30).expect("date"))
}

fn md_headings(md: &str) -> Vec<String> {
    md.lines()
        .filter_map(|l| l.strip_prefix("## ").or_else(|| l.strip_prefix("# ")))
        .map(str::to_owned)
        .collect()
}

fn html_headings(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for tag in ["h1", "h2"] {
        let open = format!("<{tag}>");
        let close = format!("</{tag}>");
        let mut rest = html;
        while let Some(i) = rest.find(&open) {
            rest = &rest[i + open.len()..];
            let end = rest.find(&close).expect("closed heading");
            out.push(unescape(&rest[..end]));
            rest = &rest[end..];
        }
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// The words of a text, without markup.
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The visible text of the HTML body.
fn html_text(html: &str) -> String {
    let body = &html[html.find("<body>").expect("body")..];
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(&out)
}

#[test]
fn markdown_and_html_have_the_same_sections() {
    let r = report();
    let (md, html) = (r.to_markdown(), r.to_html());
    let (m, h) = (md_headings(&md), html_headings(&html));
    assert!(m.len() >= 6, "{m:?}");
    assert_eq!(m, h, "Markdown and HTML headings differ");
    for s in ["Waarom", "Niet in de catalogus"] {
        assert!(m.iter().any(|x| x == s), "no section {s}: {m:?}");
    }
    assert!(md.contains("arbeid.bestaat-niet"), "{md}");
    assert!(html.contains("arbeid.bestaat-niet"), "{html}");
}

#[test]
fn markdown_and_html_say_the_same_words() {
    // With the meeting's notes, so that their words are compared too.
    let r = report().with_private_notes(true);
    let (md, html) = (words(&r.to_markdown()), words(&html_text(&r.to_html())));
    let only_md: Vec<_> = md.difference(&html).collect();
    let only_html: Vec<_> = html.difference(&md).collect();
    assert!(
        only_md.is_empty() && only_html.is_empty(),
        "only in Markdown: {only_md:?}\nonly in HTML: {only_html:?}"
    );
    // The test reads the note, not an empty page.
    for w in ["waarom", "navragen", "beperkend", "verhogend", "tijdlijn"] {
        assert!(md.contains(w), "{w}");
    }
}

/// Strength, a reading from prose, and the meeting's own reading: each in the JSON and the note,
/// the meeting's picture beside the sourced one and labelled.
#[test]
fn strength_prose_and_the_meetings_reading_in_note_and_json() {
    use knoppen::catalogue::Direction;
    use knoppen::package::Reading;
    let mut p = Package::from_ids(
        "Sterkte",
        [
            "asiel.veilig-derde-land",
            "asiel.asielvergunning-onbepaalde-tijd",
            "arbeid.etk",
            "studie.basisbeurs-56-uursnorm",
            "arbeid.aanscherpen-kennismigrantenregeling",
        ],
    );
    let c = Catalogue::builtin().catalogue;
    let today = Date::new(2026, 11, 30).expect("date");
    let plain = build(&p, &c, today);
    let v: serde_json::Value = serde_json::from_str(&plain.to_json()).expect("JSON");
    let o = &v["overall"];
    for (k, n) in [
        ("increase", 1),
        ("decrease", 3),
        ("neutral", 0),
        ("unknown", 1),
        ("strong_decrease", 1),
        ("neutral_to_decrease", 1),
        ("possible_increase", 1),
    ] {
        assert_eq!(o[k], n, "{k}");
    }
    assert!(v["with_readings"].is_null());
    let basis = |title: &str| {
        v["measures"]
            .as_array()
            .and_then(|ms| ms.iter().find(|m| m["id"] == title))
            .map(|m| m["basis"].clone())
    };
    assert_eq!(basis("asiel.veilig-derde-land"), Some("symbol".into()));
    assert_eq!(
        basis("arbeid.aanscherpen-kennismigrantenregeling"),
        Some("not_stated".into()),
        "a reading from the text is not the basis"
    );
    let md = plain.to_markdown();
    assert!(
        md.contains("waarvan 1 sterk, 1 neutraal tot beperkend"),
        "{md}"
    );
    assert!(md.contains("waarvan 1 mogelijk"), "{md}");
    assert!(
        md.contains("strekking volgens de tekst: beperkend"),
        "a reading from the text is shown as such"
    );
    assert!(!md.contains("inschatting overleg"), "no reading, no label");

    if let Some(i) = p.item_mut("arbeid.aanscherpen-kennismigrantenregeling") {
        i.reading = Some(Reading::new(Direction::StrongDecrease, "richtgetal laag"));
    }
    let read = build(&p, &c, today);
    let w: serde_json::Value = serde_json::from_str(&read.to_json()).expect("JSON");
    assert_eq!(
        w["overall"], v["overall"],
        "the sourced picture is unchanged"
    );
    assert_eq!(w["with_readings"]["overall"]["decrease"], 4);
    assert_eq!(w["with_readings"]["overall"]["strong_decrease"], 2);
    let md = read.to_markdown();
    assert!(
        md.contains("met inschatting overleg (1 maatregel) — per saldo beperkend"),
        "{md}"
    );
    assert!(md.contains("inschatting overleg: sterk beperkend — richtgetal laag"));
    let sourced = md.find("Totaal").expect("sourced table");
    let meeting = md
        .find("met inschatting overleg")
        .expect("meeting's picture");
    assert!(sourced < meeting, "the sourced picture comes first");
    let html = read.to_html();
    assert!(html.contains("inschatting overleg"));
    // Reach: the source's numbers, each as given, in the note and the JSON.
    assert!(md.contains("raakt: kennismigranten — 33.080 beslissingen over vergunningen in 2022"));
    assert_eq!(w["reach"].as_array().map(Vec::len), Some(2));
    assert!(read.to_csv().contains("richtgetal laag"));
}

/// Dutch conventions in the note: dates and months in words, never "2026-11-30" or "2027-01".
#[test]
fn the_note_says_dates_in_words() {
    let md = report().to_markdown();
    assert!(md.contains("30 november 2026"), "the note's date");
    assert!(md.contains("januari 2027"), "the decision month");
    let iso = md
        .lines()
        .filter(|l| !l.contains('“'))
        .find(|l| l.contains("2026-1") || l.contains("2027-0"));
    assert_eq!(iso, None, "an ISO date outside the sources' own words");
}

#[test]
fn the_meetings_own_notes_are_in_the_note_only_when_asked() {
    let r = report();
    assert!(
        !r.to_markdown().contains("Navragen bij Fin"),
        "left out by default"
    );
    assert!(!r.to_html().contains("Navragen bij Fin"));
    let with = r.clone().with_private_notes(true);
    assert!(
        with.to_markdown().contains("Navragen bij Fin"),
        "in when asked"
    );
}
