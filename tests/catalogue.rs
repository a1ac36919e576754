//! The shipped catalogue against the seeds' structure: every measure of the source tables is
//! there, exactly once, with a sign the sources use, and a source that points at it.

mod common;

use std::collections::BTreeSet;

use knoppen::catalogue::{Catalogue, Direction, Status, Stream, fidelity};

fn catalogue() -> Catalogue {
    let r = Catalogue::builtin();
    assert!(r.errors.is_empty(), "{:#?}", r.errors);
    r.catalogue
}

/// Lines (1-based) of a seed whose text matches `pred`.
fn lines_where(file: &str, pred: impl Fn(&str) -> bool) -> Option<BTreeSet<u32>> {
    let lines = common::seed_lines(file)?;
    Some(
        lines
            .iter()
            .enumerate()
            .filter(|(_, l)| pred(l))
            .map(|(i, _)| i as u32 + 1)
            .collect(),
    )
}

/// All source lines in document `doc` whose locator starts with `at_prefix`.
fn source_lines(c: &Catalogue, doc: &str, at_prefix: &str) -> BTreeSet<u32> {
    c.measures
        .iter()
        .flat_map(|m| m.sources.iter().chain(m.sections.iter().map(|s| &s.source)))
        .filter(|s| s.doc == doc && s.at.starts_with(at_prefix))
        .filter_map(|s| s.line)
        .collect()
}

#[test]
fn every_fiche_of_004_is_in_the_catalogue() {
    // Counted in the seed: each fiche starts with a line "Maatregel: <title>" (32 of them).
    let Some(fiches) = lines_where("004_42778b42754516a9.txt", |l| {
        l.trim_start().starts_with("Maatregel:")
    }) else {
        return;
    };
    assert_eq!(fiches.len(), 32);
    let c = catalogue();
    assert_eq!(source_lines(&c, "004", "Fiche"), fiches);
}

#[test]
fn measure_table_rows_per_stream() {
    // Counted by hand in 004's table pages (rows = measure titles in the first column):
    // Arbeid 7 + 7 on its two pages, Studie 6, Gezin 2, Asiel 11.
    let c = catalogue();
    let rows = |stream: Stream| {
        c.measures
            .iter()
            .filter(|m| m.stream == stream)
            .filter(|m| {
                m.sources
                    .iter()
                    .any(|s| s.doc == "004" && s.at.starts_with("Tabel"))
            })
            .count()
    };
    assert_eq!(rows(Stream::Arbeid), 14);
    assert_eq!(rows(Stream::Studie), 6);
    assert_eq!(rows(Stream::Gezin), 2);
    assert_eq!(rows(Stream::Asiel), 11);
}

#[test]
fn every_item_of_the_szw_proposal_is_in_the_catalogue() {
    // Counted in 000: EU efforts "1.1 Inzet:" … "1.5 Inzet:", national measures "2.1 Maatregel:" …
    // "2.7 Maatregel:" and "Maatregel 2.8" … "Maatregel 2.16": 21 headings.
    let heading = |l: &str| {
        let l = l.trim_start();
        let numbered = l
            .split_whitespace()
            .next()
            .is_some_and(|w| w.starts_with("1.") || w.starts_with("2."));
        (numbered && (l.contains(" Inzet:") || l.contains(" Maatregel:")))
            || (l.starts_with("Maatregel 2.")
                && l[12..].chars().next().is_some_and(|c| c.is_ascii_digit()))
    };
    let Some(headings) = lines_where("000_493903987daedd2c.txt", heading) else {
        return;
    };
    assert_eq!(headings.len(), 21, "{headings:?}");
    let c = catalogue();
    let cited: BTreeSet<u32> = c
        .measures
        .iter()
        .flat_map(|m| m.sources.iter())
        .filter(|s| s.doc == "000")
        .filter_map(|s| s.line)
        .collect();
    let missing: Vec<_> = headings.difference(&cited).collect();
    assert!(
        missing.is_empty(),
        "000 headings without a measure: {missing:?}"
    );
}

#[test]
fn effect_symbols_are_the_sources_own() {
    let standard = [
        "+",
        "-",
        "--",
        "0",
        "0/-",
        "PM",
        "Mogelijk +",
        "Nnb",
        "nnb",
        "ntb",
        fidelity::NOT_STATED,
    ];
    let c = catalogue();
    for m in &c.measures {
        let effects = m
            .effect
            .iter()
            .chain(m.variants.iter().filter_map(|v| v.effect.as_ref()));
        for e in effects {
            // Words instead of a symbol are allowed only with an explicit direction; the seed
            // check below verifies that such words stand in the source.
            assert!(
                standard.contains(&e.symbol.as_str()) || e.direction.is_some(),
                "{}: '{}'",
                m.id,
                e.symbol
            );
            if e.symbol == fidelity::NOT_STATED {
                assert_eq!(
                    e.direction(),
                    Direction::Unknown,
                    "{}: not stated is unknown",
                    m.id
                );
            }
        }
    }
}

/// A direction read from running text is not a source's symbol: an effect in words must be the
/// words of an effect column or effect box (a measure table row or a fiche), never a phrase
/// lifted from prose; such a reading sits in `prose` and counts as unknown.
#[test]
fn no_effect_symbol_is_a_prose_phrase() {
    use knoppen::catalogue::Basis;
    let c = catalogue();
    for m in &c.measures {
        let has_effect_column = m
            .sources
            .iter()
            .any(|s| s.at.starts_with("Tabel") || s.at.starts_with("Fiche"));
        let effects = m
            .effect
            .iter()
            .chain(m.variants.iter().filter_map(|v| v.effect.as_ref()));
        for e in effects {
            if e.basis() == Basis::EffectWords {
                assert!(
                    has_effect_column,
                    "{}: '{}' is no symbol and no effect column's words: a reading from prose \
                     belongs in `prose`",
                    m.id, e.symbol
                );
            }
            if let Some(p) = &e.prose {
                assert_eq!(
                    e.direction(),
                    Direction::Unknown,
                    "{}: a reading from prose is never the counted direction",
                    m.id
                );
                assert!(p.direction.sign().is_some(), "{}", m.id);
            }
        }
    }
    // The measure the issue names: no symbol in 000, its words shown apart.
    let k = c
        .get("arbeid.aanscherpen-kennismigrantenregeling")
        .expect("in the catalogue");
    assert_eq!(k.direction(), Direction::Unknown);
    let p = k.prose_reading(None).expect("a reading from the text");
    assert_eq!(p.direction, Direction::Decrease);
    assert!(p.words.contains("Om dit meer in te perken"));
}

#[test]
fn unknowns_are_never_neutral() {
    let c = catalogue();
    for m in &c.measures {
        if let Some(e) = &m.effect
            && ["PM", "Nnb", "nnb", "ntb"].contains(&e.symbol.as_str())
        {
            assert_eq!(m.direction(), Direction::Unknown, "{}", m.id);
        }
    }
}

#[test]
fn ids_unique_sources_everywhere_summaries_present() {
    let c = catalogue();
    let ids: BTreeSet<&str> = c.measures.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids.len(), c.measures.len());
    for m in &c.measures {
        assert!(!m.sources.is_empty(), "{}", m.id);
        assert!(
            m.summary.split_whitespace().count() >= 8,
            "{}: summary too short",
            m.id
        );
        assert_ne!(m.summary.trim(), m.title.trim(), "{}", m.id);
        for l in &m.links {
            assert!(c.get(&l.to).is_some(), "{} → {}", m.id, l.to);
        }
    }
}

#[test]
fn the_catalogue_matches_the_seed_texts() {
    let Some(dir) = common::seeds_dir() else {
        return;
    };
    let c = catalogue();
    let seeds = fidelity::Seeds::load(&dir, &c).expect("seeds readable");
    let problems = seeds.check(&c);
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn figure_totals_equal_the_sources_totals() {
    // Where a source prints totals (third-country inflow per year, the wind park's demand and
    // supply, vacancies and job openings), the series must add up to them exactly.
    let c = catalogue();
    let with_totals: Vec<_> = c.figures.iter().filter(|f| f.totals.is_some()).collect();
    assert!(with_totals.len() >= 3, "the 002 tables with totals are in");
    for f in with_totals {
        let totals = f.totals.as_ref().expect("totals");
        for ((cat, sum), total) in f.categories.iter().zip(f.column_sums()).zip(totals) {
            if let (Some(sum), Some(total)) = (sum, total.number()) {
                assert!(
                    (sum - total).abs() < 1e-6,
                    "{} {cat}: series add up to {sum}, source says {total}",
                    f.id
                );
            }
        }
    }
}

#[test]
fn the_figures_csv_carries_the_sources_totals() {
    use knoppen::catalogue::export::{csv_line, source_text};
    use knoppen::catalogue::figures::to_csv;
    let c = catalogue();
    let csv = to_csv(&c.figures);
    let lines: BTreeSet<&str> = csv.lines().collect();
    let mut checked = 0;
    for f in c.figures.iter().filter(|f| f.totals.is_some()) {
        let totals = f.totals.as_ref().expect("totals");
        for ((cat, total), sum) in f.categories.iter().zip(totals).zip(f.column_sums()) {
            let line = csv_line(&[
                &f.id,
                &f.title,
                "Totaal",
                cat,
                &total.display(),
                &f.unit,
                &source_text(&f.source),
            ]);
            assert!(
                lines.contains(line.as_str()),
                "{}: no totals row {line}",
                f.id
            );
            if let (Some(t), Some(sum)) = (total.number(), sum) {
                assert!((t - sum).abs() < 1e-6, "{} {cat}", f.id);
            }
            checked += 1;
        }
    }
    // Third-country inflow 2017–2022, the wind park's demand and supply, vacancies and openings.
    assert_eq!(checked, 6 + 2 + 2);
    // The printed totals themselves, as the source prints them (002 l.371, 375, 393, 630).
    for (id, cat, shown) in [
        (
            "002-derdelanders-instroom-beleidscategorie",
            "2022",
            "16951",
        ),
        ("002-derdelanders-instroom-beleidscategorie", "2017", "8807"),
        ("002-windpark-vraag-aanbod", "Vraag", "26501"),
        ("002-windpark-vraag-aanbod", "Aanbod", "16794"),
        (
            "002-arbeidsvraag-techniek-ict",
            "Openstaande vacatures in Q3 2022",
            "116500",
        ),
    ] {
        assert!(
            csv.lines()
                .any(|l| l.starts_with(id) && l.contains(&format!(",Totaal,{cat},{shown},"))),
            "{id} {cat}: {shown}"
        );
    }
}

#[test]
fn every_figure_has_values_or_says_why_not() {
    let c = catalogue();
    assert!(c.figures.len() >= 30);
    for f in &c.figures {
        let values = f.series.iter().flat_map(|s| &s.values).count();
        match f.kind {
            knoppen::catalogue::figures::FigureKind::NotAvailable => {
                assert!(!f.notes.is_empty(), "{}", f.id)
            }
            _ => assert!(values > 0, "{}", f.id),
        }
    }
    // The ones the issue names are there.
    for id in [
        "002-eu-werknemers-2017-2021",
        "002-derdelanders-instroom-beleidscategorie",
        "002-windpark-vraag-aanbod",
        "002-randvoorwaarden-migratie-per-beroepsgroep",
    ] {
        assert!(c.figures.iter().any(|f| f.id == id), "{id}");
    }
}

/// Does `text` hold `number` as a number of its own (not a piece of "2.178" or "1-1-2022")?
fn holds_number(text: &str, number: &str) -> bool {
    let part_of_number = |c: char| c.is_ascii_digit() || c == '.' || c == ',' || c == '-';
    text.match_indices(number).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + number.len()..].chars().next();
        // A sentence's full stop after the number is fine; a digit after it is not.
        let after_ok = match after {
            None => true,
            Some(c) if c == '.' || c == ',' => !text[i + number.len() + 1..]
                .chars()
                .next()
                .is_some_and(|d| d.is_ascii_digit()),
            Some(c) => !part_of_number(c),
        };
        !before.is_some_and(part_of_number) && after_ok
    })
}

#[test]
fn reach_numbers_stand_as_numbers_at_the_cited_line() {
    // Stricter than the seed check's window search: the number stands on its own (not inside a
    // larger number), on the cited line or the five after it.
    let c = catalogue();
    let files = [
        ("000", "000_493903987daedd2c.txt"),
        ("001", "001_a6a25dc85721ffcc.txt"),
        ("002", "002_dc3d1dec2b553ae8.txt"),
        ("003", "003_b89cb9a7f561639d.txt"),
        ("004", "004_42778b42754516a9.txt"),
    ];
    let mut checked = 0;
    for m in &c.measures {
        for r in &m.reach {
            let file = files
                .iter()
                .find(|(d, _)| *d == r.source.doc)
                .map(|(_, f)| *f)
                .unwrap_or_else(|| panic!("{}: reach cites unknown doc {}", m.id, r.source.doc));
            let Some(lines) = common::seed_lines(file) else {
                return;
            };
            let line = r.source.line.expect("a reach fact cites its line") as usize;
            assert!(line >= 1 && line <= lines.len(), "{}: line {line}", m.id);
            let window = lines[line - 1..(line + 5).min(lines.len())].join(" ");
            assert!(
                fidelity::dutch_forms(r.value)
                    .iter()
                    .any(|f| holds_number(&window, f)),
                "{}: {} {} not a number of its own at {} line {line}",
                m.id,
                r.value,
                r.unit,
                r.source.doc
            );
            checked += 1;
        }
    }
    assert!(checked > 0 || common::seeds_dir().is_none());
}

#[test]
fn issue_14_reach_facts_are_recorded() {
    // The group sizes the sources give (issue 14), each on the measure whose group it is.
    let c = catalogue();
    let has = |id: &str, value: f64, unit: &str, year: Option<&str>, doc: &str, line: u32| {
        let m = c
            .measures
            .iter()
            .find(|m| m.id == id)
            .unwrap_or_else(|| panic!("{id} in the catalogue"));
        assert!(
            m.reach.iter().any(|r| r.value == value
                && r.unit == unit
                && r.year.as_deref() == year
                && r.source.doc == doc
                && r.source.line == Some(line)),
            "{id}: {value} {unit} {year:?} ({doc} l.{line}) missing: {:#?}",
            m.reach
        );
    };
    has(
        "arbeid.aanscherpen-kennismigrantenregeling",
        33080.0,
        "beslissingen over vergunningen",
        Some("2022"),
        "000",
        483,
    );
    has(
        "arbeid.aantrekkelijk-kennismigranten",
        33080.0,
        "beslissingen over vergunningen",
        Some("2022"),
        "000",
        483,
    );
    has(
        "arbeid.uitzendverbod-sectoren",
        14.0,
        "duizend werknemers",
        None,
        "004",
        981,
    );
    has(
        "arbeid.statushouders-krapte",
        80000.0,
        "statushouders",
        None,
        "000",
        202,
    );
    has(
        "gezin.volgt-arbeidsmigratie",
        1.0,
        "gezinslid per kennismigrant",
        None,
        "004",
        323,
    );
    has(
        "gezin.volgt-arbeidsmigratie",
        0.6,
        "gezinslid per (lager opgeleide) arbeidsmigrant",
        None,
        "004",
        323,
    );
    has(
        "asiel.nareis",
        10.0,
        "procent van de totale nareisvoorraad",
        None,
        "004",
        2452,
    );
    has(
        "asiel.nareis",
        0.5,
        "procent van de nareisvoorraad",
        None,
        "004",
        2452,
    );
    has(
        "arbeid.cijfermatige-bandbreedte",
        18775.0,
        "personen migratiesaldo (ingezetenen in de BRP)",
        Some("2022"),
        "003",
        74,
    );
    has(
        "arbeid.cijfermatige-bandbreedte",
        17010.0,
        "personen migratiesaldo (ingezetenen in de BRP)",
        Some("2023"),
        "003",
        74,
    );
    has(
        "arbeid.meer-uren-werken",
        4.7,
        "miljoen mensen",
        Some("het tweede kwartaal van 2024"),
        "003",
        141,
    );
}

#[test]
fn issue_26_reach_numbers_stand_only_where_their_group_is_the_target() {
    // ≥ 80.000 statushouders without work (000 l.202) is not the vroege start's group (asylum
    // seekers and statushouders still in reception, 004 l.688–689); 594.900 EU-27 employees
    // (002 l.579) is the whole stock, not the group the 2025 convenant supports.
    let c = catalogue();
    let measure = |id: &str| {
        c.measures
            .iter()
            .find(|m| m.id == id)
            .unwrap_or_else(|| panic!("{id} in the catalogue"))
    };
    for id in [
        "arbeid.statushouders-vroege-start",
        "arbeid.convenant-ondersteuning-eu-arbeidsmigranten",
    ] {
        let m = measure(id);
        assert!(m.reach.is_empty(), "{id} has a reach: {:#?}", m.reach);
        assert!(
            m.notes.iter().any(|n| n.field == "reach"),
            "{id}: a note says how the number relates"
        );
    }
    // The 80.000 stays where statushouders are the target.
    for id in [
        "arbeid.statushouders-startbanen",
        "arbeid.statushouders-krapte",
    ] {
        assert!(
            measure(id)
                .reach
                .iter()
                .any(|r| r.value == 80000.0 && r.source.doc == "000" && r.source.line == Some(202)),
            "{id} keeps the 80.000 of 000 l.202"
        );
    }
    // The 594.900 is context: the figure that holds it informs the convenant.
    let figure = c
        .figures
        .iter()
        .find(|f| f.id == "002-eu-werknemers-2017-2021")
        .expect("the EU figure");
    assert!(
        figure
            .measures
            .iter()
            .any(|m| m == "arbeid.convenant-ondersteuning-eu-arbeidsmigranten")
    );
}

#[test]
fn issue_26_the_sources_self_contradictions_are_flagged_and_the_94_percent_is_not_one() {
    let c = catalogue();
    let measure = |id: &str| {
        c.measures
            .iter()
            .find(|m| m.id == id)
            .unwrap_or_else(|| panic!("{id} in the catalogue"))
    };
    let figure_notes = |id: &str| {
        c.figures
            .iter()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("figure {id}"))
            .notes
            .join("\n")
    };
    // 000 says "steeds 94%" of the decisions of 2021 and 2022; 002 l.612 gives 94 % for both:
    // a caveat about 2020, not a conflict between the sources.
    let kennis = measure("arbeid.aanscherpen-kennismigrantenregeling");
    assert!(!kennis.notes.iter().any(|n| n.field == "conflict"));
    assert!(
        kennis
            .notes
            .iter()
            .any(|n| n.field == "reach" && n.text.contains("94%") && n.text.contains("2020"))
    );
    assert!(!figure_notes("002-kennis-talent-beslissingen").contains("bronnen verschillen"));
    // 004 l.1230 "(zie slide 31)": slide 31 is Studiefinanciering; shown before the fiche texts.
    assert!(
        measure("arbeid.zoekperiode-kennismigranten")
            .notes
            .iter()
            .any(|n| n.field == "conflict" && n.text.contains("slide 31"))
    );
    // 002 l.596 "(excl. kennis en talent)" above a row "Kennismigrant kort verblijf" (l.620).
    assert!(
        figure_notes("002-derdelanders-instroom-beleidscategorie")
            .contains("'Kennismigrant kort verblijf' (l.620)")
    );
    // 002 l.711 "(zie sheet 12)": sheet 12 is "Overzicht sectoren (1)".
    assert!(figure_notes("002-lopende-trajecten").contains("(zie sheet 12)"));
}

#[test]
fn issue_26_the_ibo_and_ovv_reactions_have_one_status() {
    // 001 fn. 2 (l.31–32) and fn. 3 (l.77–78) promise the same thing: the cabinet's reaction to a
    // finished report, sent to parliament before the end of 2025.
    let c = catalogue();
    let step = |id: &str| {
        c.measures
            .iter()
            .find(|m| m.id == id)
            .and_then(|m| m.lineage.iter().find(|s| s.source.doc == "001"))
            .unwrap_or_else(|| panic!("a 2025 step on {id}"))
    };
    let ibo = step("arbeid.ibo-arbeidsmigratie");
    let ovv = step("arbeid.ovv-veiligheid-arbeidsmigranten");
    assert_eq!(ibo.status, Status::Announced);
    assert_eq!(ibo.status, ovv.status);
    assert_eq!(ibo.source.line, Some(31), "the status rests on footnote 2");
}

#[test]
fn issue_26_measures_001_continues_have_their_2025_step() {
    let c = catalogue();
    let measure = |id: &str| {
        c.measures
            .iter()
            .find(|m| m.id == id)
            .unwrap_or_else(|| panic!("{id} in the catalogue"))
    };
    let step_at = |id: &str, line: u32| {
        measure(id)
            .lineage
            .iter()
            .any(|s| s.source.doc == "001" && s.source.line == Some(line))
    };
    // 001 l.67–69 and fn. 6 (l.82–83): the talks continue "conform de motie" on an arbeidsmigratietop.
    assert!(step_at("arbeid.arbeidsmigratietop", 67));
    assert!(
        measure("arbeid.arbeidsmigratietop")
            .links
            .iter()
            .any(|l| l.to == "arbeid.ser-advies-arbeidsmigratie" && l.source.doc == "001")
    );
    // 001 l.222–226: "blijft het kabinet zich inzetten om belemmeringen … weg te nemen".
    assert!(step_at(
        "arbeid.belemmeringen-statushouders-asielzoekers",
        224
    ));
}

#[test]
fn the_readme_counts_the_catalogue_as_it_is() {
    // The README's opening names the numbers of measures and annex figures; they follow the data.
    let c = catalogue();
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let words: Vec<&str> = readme.split_whitespace().collect();
    let before = |word: &str| {
        words
            .windows(2)
            .filter(|w| w[1].trim_end_matches([',', '.']) == word)
            .find_map(|w| w[0].parse::<usize>().ok())
            .unwrap_or_else(|| panic!("a number before '{word}' in the README"))
    };
    assert_eq!(before("measures"), c.measures.len());
    let figures = words
        .windows(3)
        .filter(|w| w[1] == "annex" && w[2].starts_with("figures"))
        .find_map(|w| w[0].parse::<usize>().ok())
        .expect("'N annex figures' in the README");
    assert_eq!(figures, c.figures.len());
}

#[test]
fn titles_in_lists_and_on_slides_start_with_a_capital() {
    // The sources print many names inside a sentence ("… het kabinet zet in op het verbeteren
    // van …"); a title in a list or on a slide starts with a capital all the same. The seed check
    // proves the title with its first letter folded.
    let c = catalogue();
    let lower = |t: &str| t.chars().next().is_some_and(char::is_lowercase);
    let measures: Vec<_> = c
        .measures
        .iter()
        .filter(|m| lower(&m.title))
        .map(|m| &m.id)
        .collect();
    assert!(
        measures.is_empty(),
        "measure titles in lower case: {measures:?}"
    );
    let figures: Vec<_> = c
        .figures
        .iter()
        .filter(|f| lower(&f.title))
        .map(|f| &f.id)
        .collect();
    assert!(
        figures.is_empty(),
        "figure titles in lower case: {figures:?}"
    );
    let tracks: Vec<_> = c
        .tracks
        .iter()
        .filter(|t| lower(&t.title))
        .map(|t| t.number)
        .collect();
    assert!(tracks.is_empty(), "track titles in lower case: {tracks:?}");
}

#[test]
fn no_figure_has_more_series_than_the_charts_have_colours() {
    let c = Catalogue::builtin().catalogue;
    let most = c.figures.iter().map(|f| f.series.len()).max().unwrap_or(0);
    assert!(most >= 9, "the test sees the figures ({most})");
    assert!(most <= knoppen::palette::SERIES.len(), "{most} series");
}

#[test]
fn economic_affairs_is_one_ministry_under_both_its_codes() {
    use knoppen::catalogue::search::{Filter, SearchIndex};
    let c = Catalogue::builtin().catalogue;
    let all = c.ministries();
    assert!(all.contains(&"EZ/EZK".to_owned()), "{all:?}");
    assert!(!all.iter().any(|m| m == "EZ" || m == "EZK"), "{all:?}");
    let mut f = Filter::default();
    f.ministries.insert("EZ/EZK".into());
    let found: Vec<_> = SearchIndex::new(&c)
        .matches(&c, &f)
        .into_iter()
        .map(|i| &c.measures[i])
        .collect();
    for code in ["EZ", "EZK"] {
        assert!(
            found.iter().any(|m| m.ministries.iter().any(|x| x == code)),
            "{code}"
        );
    }
}
