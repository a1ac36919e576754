//! Every timing phrase in the catalogue, read by the phrase reader, against the reading the
//! curators wrote down by hand: they must agree, unless the entry's note explains a reading
//! that needs more than the phrase (two routes, a law procedure on top, a table and a fiche).

use knoppen::catalogue::Catalogue;
use knoppen::month::Month;
use knoppen::timeline::read_phrase;

#[test]
fn every_phrase_reads_as_the_curators_read_it() {
    let c = Catalogue::builtin().catalogue;
    let entries: Vec<_> = c
        .measures
        .iter()
        .filter_map(|m| m.timing.as_ref())
        .collect();
    assert!(entries.len() >= 50, "timing for the catalogue is in");
    let mut disagree = Vec::new();
    let mut explained = 0;
    for t in entries {
        let r = read_phrase(&t.phrase);
        let data = (
            t.lead_months_min,
            t.lead_months_max,
            t.earliest.as_deref().and_then(Month::parse),
        );
        if (r.min, r.max, r.earliest) == data {
            continue;
        }
        if t.note.is_some() {
            explained += 1;
        } else {
            disagree.push(format!(
                "{:?}: reader {:?}, data {:?}",
                t.phrase,
                (r.min, r.max, r.earliest),
                data
            ));
        }
    }
    assert!(
        disagree.is_empty(),
        "{} phrases read differently:\n{}",
        disagree.len(),
        disagree.join("\n")
    );
    eprintln!("{explained} entries read by hand with a note");
}

#[test]
fn no_reading_invents_a_maximum_the_phrase_does_not_give() {
    // "zeker", "ten minste", "enkele", "paar": a minimum without a maximum stays open.
    let c = Catalogue::builtin().catalogue;
    for t in c.measures.iter().filter_map(|m| m.timing.as_ref()) {
        let p = t.phrase.to_lowercase();
        if ["zeker", "ten minste", "minimaal", "enkele", "paar"]
            .iter()
            .any(|w| p.contains(w))
        {
            assert_eq!(t.lead_months_max, None, "{}: {}", t.measure, t.phrase);
        }
    }
}
