#[test]
fn document_numbers_become_names_without_echo() {
    let report = crate::catalogue::Catalogue::builtin();
    let c = &report.catalogue;
    assert_eq!(
        super::in_words(c, "Voorstel in 000 §2.5: de aftrek vervalt."),
        "Voorstel minister SZW, 2023 §2.5: de aftrek vervalt."
    );
    assert_eq!(
        super::in_words(c, "Alternatief 1) in 000 §2.5."),
        "Alternatief 1) in Voorstel minister SZW, 2023 §2.5."
    );
    assert_eq!(super::in_words(c, "in 2000 mensen"), "in 2000 mensen");
}

use super::*;
use crate::effect::WeightedLean;

fn v(kind: VerdictKind, unknown: u32) -> Verdict {
    Verdict {
        kind,
        unknown,
        lean: None,
        strength: Strength::default(),
    }
}

#[test]
fn verdicts_in_words() {
    use VerdictKind::*;
    assert_eq!(verdict(&v(Empty, 0)), "geen maatregelen");
    assert_eq!(verdict(&v(Decreasing, 0)), "per saldo beperkend");
    assert_eq!(verdict(&v(Increasing, 0)), "per saldo verhogend");
    assert_eq!(
        verdict(&v(Mixed { up: 2, down: 3 }, 0)),
        "gemengd: 2 verhogend, 3 beperkend"
    );
    assert_eq!(
        verdict(&v(
            MostlyUnknown {
                unknown: 3,
                total: 5
            },
            3
        )),
        "grotendeels onbekend: 3 van 5 PM of onbekend"
    );
    assert_eq!(
        verdict(&v(Decreasing, 1)),
        "per saldo beperkend, 1 onbekend"
    );
    assert_eq!(verdict(&v(Neutral, 0)), "neutraal");
}

#[test]
fn weights_are_worded_with_a_decimal_comma() {
    let mut w = v(VerdictKind::Mixed { up: 1, down: 1 }, 0);
    w.lean = Some(WeightedLean {
        lean: Lean::Decreasing,
        decrease_weight: 3.0,
        increase_weight: 1.0,
    });
    assert_eq!(
        verdict(&w),
        "gemengd: 1 verhogend, 1 beperkend — met de weging van dit overleg weegt beperkend (3,0 tegen 1,0)"
    );
    w.lean = Some(WeightedLean {
        lean: Lean::Even,
        decrease_weight: 1.5,
        increase_weight: 1.5,
    });
    assert!(verdict(&w).ends_with("weegt gelijk op (1,5 tegen 1,5)"));
}

#[test]
fn needs_with_real_plurals() {
    assert_eq!(needs_summary(&Needs::default()), "—");
    let one = Needs {
        laws: 1,
        amvbs: 1,
        cabinet_decisions: 1,
        eu_efforts: 1,
        agreements: 1,
        unknown: 1,
        ..Needs::default()
    };
    assert_eq!(
        needs_summary(&one),
        "1 wetswijziging, 1 AMvB, 1 besluit van de ministerraad, inzet in de EU bij 1 maatregel, \
         1 bestuursakkoord, instrument nog onbekend bij 1 maatregel"
    );
    let two = Needs {
        laws: 2,
        amvbs: 2,
        cabinet_decisions: 2,
        minister_decisions: 2,
        other_decisions: 2,
        agreements: 3,
        ..Needs::default()
    };
    assert_eq!(
        needs_summary(&two),
        "2 wetswijzigingen, 2 AMvB's, 2 besluiten van de ministerraad, 2 besluiten van \
         bewindspersonen, 2 overige besluiten of regelingen, 3 bestuursakkoorden"
    );
    for words in [needs_summary(&one), needs_summary(&two)] {
        assert!(
            !words.contains("(en)") && !words.contains("('s)"),
            "{words}"
        );
    }
}

#[test]
fn hints_in_words_name_the_measures() {
    let c = Catalogue::builtin().catalogue;
    let etk = c.get("arbeid.etk").expect("measure").title.clone();
    let h = Hint {
        kind: HintKind::MissingDependency {
            measure: "arbeid.etk".into(),
            partner: "arbeid.weg".into(),
        },
        source: None,
    };
    assert_eq!(
        hint_text(&h, &c),
        format!("{etk} hangt af van arbeid.weg (niet in het pakket)")
    );
    let h = Hint {
        kind: HintKind::Opposite {
            stream: Stream::Arbeid,
            increasing: vec!["arbeid.etk".into()],
            decreasing: vec!["a".into(), "b".into()],
        },
        source: None,
    };
    assert_eq!(
        hint_text(&h, &c),
        format!("Arbeid: {etk} verhogend tegenover a, b beperkend")
    );
}

#[test]
fn strength_and_certainty_are_worded() {
    use VerdictKind::*;
    let mut d = v(Decreasing, 1);
    d.strength = Strength {
        strong_decrease: 1,
        neutral_to_decrease: 3,
        possible_increase: 0,
    };
    assert_eq!(
        verdict(&d),
        "per saldo beperkend (waarvan 1 sterk, 3 neutraal tot beperkend), 1 onbekend"
    );
    assert_eq!(verdict_short(&d), "per saldo beperkend");
    assert_eq!(
        verdict_detail(&d).as_deref(),
        Some("waarvan 1 sterk, 3 neutraal tot beperkend; 1 onbekend")
    );
    let mut m = v(Mixed { up: 2, down: 1 }, 0);
    m.strength = Strength {
        strong_decrease: 1,
        neutral_to_decrease: 0,
        possible_increase: 1,
    };
    assert_eq!(
        verdict(&m),
        "gemengd: 2 verhogend (waarvan 1 mogelijk), 1 beperkend (waarvan 1 sterk)"
    );
    let mut i = v(Increasing, 0);
    i.strength.possible_increase = 1;
    assert_eq!(verdict(&i), "per saldo verhogend (waarvan 1 mogelijk)");
    assert_eq!(
        read_verdict(&i, 1),
        "met inschatting overleg (1 maatregel) — per saldo verhogend (waarvan 1 mogelijk)"
    );
    // A mixed picture keeps one colon: "…): gemengd: …" read as a stammer.
    assert_eq!(
        read_verdict(&m, 2).matches(':').count(),
        1,
        "{}",
        read_verdict(&m, 2)
    );
}

#[test]
fn headline_verdicts_are_short_and_the_counts_come_apart() {
    use VerdictKind::*;
    let mixed = v(Mixed { up: 1, down: 4 }, 1);
    assert_eq!(verdict_short(&mixed), "gemengd");
    assert_eq!(
        verdict_detail(&mixed).as_deref(),
        Some("1 verhogend, 4 beperkend; 1 onbekend")
    );
    assert_eq!(verdict_short(&v(Decreasing, 0)), "per saldo beperkend");
    assert_eq!(verdict_detail(&v(Decreasing, 0)), None);
}

#[test]
fn numbers_the_dutch_way() {
    assert_eq!(number(282080.0), "282.080");
    assert_eq!(number(600000.0), "600.000");
    assert_eq!(number(999.0), "999");
    assert_eq!(number(0.6), "0,6");
    assert_eq!(number(-1234567.5), "-1.234.567,5");
    assert_eq!(decimal(1.0), "1,0");
    assert_eq!(decimal(0.5), "0,5");
}

#[test]
fn months_and_dates_in_words() {
    let m = Month::new(2026, 3).expect("month");
    assert_eq!(month_name(m), "maart 2026");
    let d = Date::new(2026, 11, 30).expect("date");
    assert_eq!(long_date(d), "30 november 2026");
    assert_eq!(lead_text(Some(24), None), "≥ 24 mnd");
    assert_eq!(lead_text(Some(3), Some(6)), "3–6 mnd");
}

#[test]
fn dates_are_said_in_words() {
    set_lang(Lang::Nl);
    assert_eq!(date_words("2024-11-14"), "14 november 2024");
    assert_eq!(date_words("2025-12"), "december 2025");
    assert_eq!(date_words("eind 2025"), "eind 2025");
}
