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
    let r = report();
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
