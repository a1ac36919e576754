//! Checks against the real seeds: known lines, their passages and sections, search and quotes.

use knoppen_model::sources::{
    Document, PassageKind, find_quote, highlight, passage_at, search, seed, seeds,
};

fn doc(id: &str) -> Document {
    seed(id).unwrap_or_else(|| panic!("seed {id}"))
}

fn text_of(d: &Document, h: &knoppen_model::sources::Highlight) -> String {
    d.line(h.line)
        .map(|l| l[h.bytes.clone()].to_string())
        .unwrap_or_default()
}

#[test]
fn every_document_splits_into_more_than_five_sections() {
    for d in seeds() {
        let titled = d.sections().iter().filter(|s| !s.title.is_empty()).count();
        assert!(titled > 5, "{}: {} titled sections", d.id(), titled);
        // Sections tile the document in order, without overlap.
        for pair in d.sections().windows(2) {
            assert_eq!(pair[0].end + 1, pair[1].start, "{}: {:?}", d.id(), pair);
        }
    }
}

#[test]
fn sections_of_known_lines() {
    let cases = [
        ("001", 37, ""), // the letter's opening, cited as "Inleiding, alinea 3"
        ("001", 224, "Beter benutten onbenut arbeidspotentieel"),
        (
            "001",
            82,
            "Reactie op de aanbevelingen van de SER, het IBO en de OVV",
        ),
        (
            "000",
            483,
            "Maatregel 2.11 Aanscherpen kennismigrantenregeling",
        ),
        (
            "000",
            51,
            "1.4 Inzet: Gevolgen van detachering derdelanders in EU-verband aan de orde stellen (w.o. mandaat ELA)",
        ),
        (
            "002",
            579,
            "Cijfers over arbeidsmigratie (1): migratie vanuit EU-lidstaten",
        ),
        (
            "002",
            612,
            "Cijfers over arbeidsmigratie (3): instroom vanuit derde landen",
        ),
        ("002", 15, "Belangrijkste problemen en uitdagingen"), // title printed after the slide's text
        (
            "003",
            60,
            "Richtinggevende keuzes voor arbeidsmigratie, economie en arbeidsmarkt",
        ),
        ("003", 183, "Tegengaan van misstanden – huisvesting"),
        (
            "004",
            688,
            "Maatregel: Intensivering plan van aanpak ‘statushouders aan het werk’ – vroege start",
        ),
        (
            "004",
            2221,
            "Maatregel: Afschaffen asielvergunning voor onbepaalde tijd",
        ),
    ];
    for (id, line, title) in cases {
        let d = doc(id);
        let s = d
            .section_at(line)
            .unwrap_or_else(|| panic!("{id} l.{line} has a section"));
        assert_eq!(s.title, title, "{id} l.{line}");
    }
    assert_eq!(doc("001").section_at(37).map(|s| s.start), Some(1));
}

#[test]
fn passages_of_known_lines() {
    let d = doc("001");
    // 001 l.37 sits in the paragraph that opens on the page after the footnotes (l.33–40).
    let p = passage_at(&d, 37).expect("passage");
    assert_eq!((p.first(), p.last(), p.kind), (33, 40, PassageKind::Text));
    // The uncited restatement on statushouders and asylum seekers: its own paragraph.
    let p = passage_at(&d, 224).expect("passage");
    assert_eq!((p.first(), p.last()), (222, 228));
    // A sentence broken by footnotes and a page break (l.236 → l.248) is one passage.
    let p = passage_at(&d, 248).expect("passage");
    assert_eq!((p.first(), p.last()), (235, 250));
    assert!(!p.contains(240), "the footnote between is not part of it");
    assert_eq!(
        passage_at(&d, 240).map(|p| p.kind),
        Some(PassageKind::Noise)
    );
    // Footnote 6 on the motion is a noise passage of its own.
    assert_eq!(passage_at(&d, 82).map(|p| p.kind), Some(PassageKind::Noise));
    // A heading is a passage of its own.
    assert_eq!(
        passage_at(&d, 221).map(|p| p.kind),
        Some(PassageKind::Heading)
    );
    // In the 2023 proposal blank lines fall inside sentences; the line between belongs to it.
    let d = doc("000");
    let p = passage_at(&d, 549).expect("blank line inside a sentence");
    assert_eq!((p.first(), p.last()), (548, 552));
    // Blank lines between paragraphs belong to none.
    assert!(passage_at(&doc("003"), 27).is_none());
}

#[test]
fn context_is_clipped_to_the_document() {
    let d = doc("001");
    let c = d.context(2, 3);
    assert_eq!(c.first().map(|l| l.0), Some(1));
    assert_eq!(c.last().map(|l| l.0), Some(5));
    assert_eq!(d.context(390, 5).last().map(|l| l.0), Some(d.line_count()));
}

#[test]
fn search_folds_accents_and_case() {
    let docs = seeds();
    let with = search(&docs, "geïnformeerd");
    let without = search(&docs, "GEINFORMEERD");
    assert!(!with.is_empty());
    assert_eq!(with, without);
    assert!(without.iter().any(|h| h.doc == "001" && h.line == 276));
    let hits = search(&docs, "eenstatusstelsel");
    assert!(
        hits.iter().any(|h| h.doc == "004" && h.line == 393),
        "éénstatusstelsel in the table"
    );
    // "beëindigen" is not in the seeds; a document of one's own shows the folding.
    let own = [Document::parse(
        "x",
        "De regeling wordt beëindigd en de\nkabinetten beëindigen haar.\n",
    )];
    assert_eq!(search(&own, "beeindigen").len(), 1);
    assert_eq!(search(&own, "BEËINDIG").len(), 2);
}

#[test]
fn search_matches_across_line_breaks_and_hyphens() {
    let docs = seeds();
    // 001 l.82–83: "… arbeidsmigratietop beleggen om ⏎ arbeidsmigratie in de toekomst af te remmen".
    let hits = search(&docs, "beleggen om arbeidsmigratie in de toekomst");
    let hit = hits
        .iter()
        .find(|h| h.doc == "001")
        .expect("found across the break");
    assert_eq!(hit.line, 82);
    assert_eq!(
        hit.highlights.iter().map(|h| h.line).collect::<Vec<_>>(),
        vec![82, 83]
    );
    // 000 l.279–281: "24-" ⏎ ⏎ "weken-eis".
    assert!(
        search(
            &docs,
            "afschaffen (of verruimen) van de 24-weken-eis geen aanzuigende"
        )
        .iter()
        .any(|h| h.doc == "000")
    );
}

#[test]
fn quote_found_across_a_line_wrap() {
    let d = doc("001");
    let q = "Motie van de leden Inge van Dijk en Van Oostenbruggen over een arbeidsmigratietop beleggen om arbeidsmigratie in de toekomst af te remmen";
    let h = find_quote(&d, 82, q).expect("quote");
    assert_eq!(h.len(), 2);
    assert_eq!(
        text_of(&d, &h[0]),
        "Motie van de leden Inge van Dijk en Van Oostenbruggen over een arbeidsmigratietop beleggen om"
    );
    assert_eq!(
        text_of(&d, &h[1]),
        "arbeidsmigratie in de toekomst af te remmen"
    );
    // Curly quotes, accents and a hyphen at the line end are matched loosely.
    let h = find_quote(&d, 308, "Gedragscode goed werkgever- en opdrachtgeverschap")
        .expect("hyphen at line end");
    assert_eq!(h.iter().map(|h| h.line).collect::<Vec<_>>(), vec![308, 309]);
    let h = find_quote(&d, 17, "'Wat werkt voor de toekomst'").expect("straight for curly quotes");
    assert_eq!(text_of(&d, &h[0]), "‘Wat werkt voor de");
    // Omissions: each fragment after the one before.
    assert!(
        find_quote(
            &d,
            224,
            "blijft het kabinet zich inzetten om belemmeringen … weg te nemen"
        )
        .is_some()
    );
    assert!(find_quote(&d, 224, "belemmeringen voor koeien").is_none());
}

#[test]
fn without_a_quote_the_cited_line_is_marked() {
    let d = doc("001");
    let h = highlight(&d, 37, None);
    assert_eq!(h.len(), 1);
    assert_eq!(
        text_of(&d, &h[0]),
        "aangepakt. Daarom werkt dit kabinet door aan het uitvoeren van de"
    );
    // A quote that is not there falls back to the line as well.
    assert_eq!(highlight(&d, 37, Some("niet in de tekst")), h);
}
