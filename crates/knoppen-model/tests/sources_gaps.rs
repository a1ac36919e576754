//! The gap finder on small documents of our own.

use knoppen_model::sources::{Citation, CitationIndex, Document};

const FIXTURE: &str = "\
Eerste alinea met genoeg woorden om een uitspraak te zijn.

Tweede alinea, ook met genoeg woorden om mee te tellen.

Kort label

1. Afspraken met gemeenten
De eerste afspraak gaat over huisvesting van arbeidsmigranten in de regio.

De tweede afspraak gaat over registratie van arbeidsmigranten in de gemeente.

2. Handhaving
Er komen meer inspecteurs voor de handhaving van de arbeidswetten.
";

fn cite(line: usize, by: &str) -> Citation<String> {
    Citation {
        doc: "t".into(),
        line,
        by: by.into(),
    }
}

#[test]
fn fixture_reads_as_expected() {
    let d = Document::parse("t", FIXTURE);
    let titles: Vec<&str> = d.sections().iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["", "1. Afspraken met gemeenten", "2. Handhaving"]);
}

#[test]
fn uncited_passages_are_the_statements_no_citation_reaches() {
    let docs = [Document::parse("t", FIXTURE)];
    let d = &docs[0];
    // One paragraph cited directly, one heading (standing for its section), one off the map.
    let index = CitationIndex::build(
        &docs,
        [cite(3, "m1"), cite(7, "m2"), cite(99, "m3"), cite(3, "m4")],
    );
    assert_eq!(index.placed(), 3);
    assert_eq!(index.unplaced().len(), 1);
    let p = d.passage_at(3).expect("passage");
    assert_eq!(
        index.cited_by("t", p.index),
        ["m1".to_string(), "m4".to_string()]
    );
    let uncited: Vec<usize> = index.uncited(d).iter().map(|p| p.first()).collect();
    // l.1 is uncited; "Kort label" is too short to be a statement; §1 is covered by its heading;
    // §2's paragraph is not.
    assert_eq!(uncited, [1, 13]);
}

#[test]
fn nothing_cited_means_every_statement_is_a_gap() {
    let docs = [Document::parse("t", FIXTURE)];
    let index: CitationIndex<String> = CitationIndex::build(&docs, []);
    assert_eq!(index.uncited(&docs[0]).len(), 5);
}
