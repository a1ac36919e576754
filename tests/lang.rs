//! Two languages: Dutch (the default) and English. Words, plurals, numbers and dates follow the
//! language; the catalogue's content stays Dutch; the keys of CSV and JSON do not move.

mod common;

use egui_kittest::kittest::Queryable;
use knoppen::catalogue::Catalogue;
use knoppen::command::Command;
use knoppen::effect::{Needs, Verdict, VerdictKind};
use knoppen::month::{Date, Month};
use knoppen::strings::{self, Lang, set_lang, t};

const ETK: &str = "arbeid.etk";
const ZOEKPERIODE: &str = "arbeid.zoekperiode-kennismigranten";

fn today() -> Date {
    Date::new(2026, 12, 1).expect("date")
}

#[test]
fn numbers_the_dutch_and_the_english_way() {
    set_lang(Lang::Nl);
    assert_eq!(strings::number(1234.5), "1.234,5");
    assert_eq!(strings::decimal(1.0), "1,0");
    set_lang(Lang::En);
    assert_eq!(strings::number(1234.5), "1,234.5");
    assert_eq!(strings::number(282080.0), "282,080");
    assert_eq!(strings::decimal(1.0), "1.0");
    assert_eq!(strings::decimal(0.5), "0.5");
    set_lang(Lang::Nl);
}

#[test]
fn dates_and_months_in_either_language() {
    let d = Date::new(2026, 12, 1).expect("date");
    let m = Month::new(2027, 3).expect("month");
    set_lang(Lang::Nl);
    assert_eq!(strings::long_date(d), "1 december 2026");
    assert_eq!(strings::month_name(m), "maart 2027");
    set_lang(Lang::En);
    assert_eq!(strings::long_date(d), "1 December 2026");
    assert_eq!(strings::month_name(m), "March 2027");
    assert_eq!(strings::lead_text(Some(3), Some(6)), "3–6 months");
    assert_eq!(strings::lead_text(Some(1), Some(1)), "1 month");
    set_lang(Lang::Nl);
    assert_eq!(strings::lead_text(Some(3), Some(6)), "3–6 mnd");
}

#[test]
fn plurals_are_real_in_both_languages() {
    let one = Needs {
        laws: 1,
        amvbs: 1,
        ..Needs::default()
    };
    let two = Needs {
        laws: 2,
        amvbs: 2,
        ..Needs::default()
    };
    set_lang(Lang::Nl);
    assert_eq!(strings::needs_summary(&one), "1 wetswijziging, 1 AMvB");
    assert_eq!(strings::needs_summary(&two), "2 wetswijzigingen, 2 AMvB's");
    assert_eq!(
        strings::legislative_load(2027, 1, 2),
        "2027: 1 wetswijziging, 2 AMvB's"
    );
    set_lang(Lang::En);
    assert_eq!(
        strings::needs_summary(&one),
        "1 law change, 1 order in council"
    );
    assert_eq!(
        strings::needs_summary(&two),
        "2 law changes, 2 orders in council"
    );
    assert_eq!(strings::measures(1), "1 measure");
    assert_eq!(strings::measures(3), "3 measures");
    set_lang(Lang::Nl);
    assert_eq!(strings::measures(3), "3 maatregelen");
}

#[test]
fn verdicts_in_english() {
    set_lang(Lang::En);
    let v = Verdict {
        kind: VerdictKind::Mixed { up: 2, down: 3 },
        unknown: 1,
        lean: None,
        strength: Default::default(),
    };
    assert_eq!(
        strings::verdict(&v),
        "mixed: 2 increasing, 3 limiting, 1 unknown"
    );
    assert_eq!(strings::verdict_short(&v), "mixed");
    set_lang(Lang::Nl);
    assert_eq!(
        strings::verdict(&v),
        "gemengd: 2 verhogend, 3 beperkend, 1 onbekend"
    );
}

#[test]
fn strength_and_certainty_in_english() {
    use knoppen::effect::Strength;
    set_lang(Lang::En);
    let d = Verdict {
        kind: VerdictKind::Decreasing,
        unknown: 1,
        lean: None,
        strength: Strength {
            strong_decrease: 1,
            neutral_to_decrease: 3,
            possible_increase: 0,
        },
    };
    assert_eq!(
        strings::verdict(&d),
        "limiting on balance (of which 1 strong, 3 neutral to limiting), 1 unknown"
    );
    assert_eq!(
        strings::verdict_detail(&d).as_deref(),
        Some("of which 1 strong, 3 neutral to limiting; 1 unknown")
    );
    let i = Verdict {
        kind: VerdictKind::Increasing,
        unknown: 0,
        lean: None,
        strength: Strength {
            possible_increase: 1,
            ..Strength::default()
        },
    };
    assert_eq!(
        strings::read_verdict(&i, 1),
        "with the meeting's reading (1 measure) — increasing on balance (of which 1 possible)"
    );
    assert_eq!(
        strings::read_verdict(&i, 2),
        "with the meeting's reading (2 measures) — increasing on balance (of which 1 possible)"
    );
    set_lang(Lang::Nl);
    assert_eq!(
        strings::read_verdict(&i, 1),
        "met inschatting overleg (1 maatregel) — per saldo verhogend (waarvan 1 mogelijk)"
    );
}

#[test]
fn every_english_text_is_filled_in_and_differs_where_dutch_words_are() {
    // A sample of chrome that must not stay Dutch in the English table.
    set_lang(Lang::En);
    let s = t();
    for (nl, en) in [
        ("Pakket", s.package),
        ("Zoeken", s.search_label),
        ("Tijdlijn", s.timeline),
        ("Maatregelen in het pakket", s.package_measures),
    ] {
        assert_ne!(nl, en);
        assert!(!en.is_empty());
    }
    set_lang(Lang::Nl);
    assert_eq!(t().package, "Pakket");
}

fn note(lang: Lang) -> knoppen::report::Report {
    set_lang(lang);
    let c = Catalogue::builtin().catalogue;
    let p = knoppen::package::Package::from_ids("P", [ETK, ZOEKPERIODE]);
    knoppen::report::build(&p, &c, today())
}

#[test]
fn the_note_in_english_has_english_headings_and_says_the_content_is_dutch() {
    let r = note(Lang::En);
    let md = r.to_markdown();
    for dutch in [
        "## Maatregelen",
        "Onbekend",
        "## Tijdlijn",
        "Bronnen",
        "Notitie bij pakket",
    ] {
        assert!(!md.contains(dutch), "{dutch} in\n{md}");
    }
    assert!(md.contains("## Measures"), "{md}");
    assert!(md.contains("quoted in Dutch"), "{md}");
    assert!(r.to_html().contains("<html lang=\"en\">"));
    set_lang(Lang::Nl);
    let r = note(Lang::Nl);
    assert!(r.to_html().contains("<html lang=\"nl\">"));
    assert!(r.to_markdown().contains("## Maatregelen"));
}

#[test]
fn csv_and_json_keys_do_not_move_with_the_language() {
    let (nl, en) = (note(Lang::Nl), note(Lang::En));
    let header = |csv: &str| csv.lines().next().unwrap_or_default().to_owned();
    assert_eq!(header(&nl.to_csv()), header(&en.to_csv()));
    let keys = |json: &str| {
        let v: serde_json::Value = serde_json::from_str(json).expect("json");
        v.as_object()
            .map(|o| o.keys().cloned().collect::<Vec<_>>())
            .unwrap_or_default()
    };
    assert_eq!(keys(&nl.to_json()), keys(&en.to_json()));
    set_lang(Lang::Nl);
}

#[test]
fn dutch_never_fakes_a_plural_or_writes_a_decimal_point() {
    let r = note(Lang::Nl);
    let md = r.to_markdown();
    for fake in ["(en)", "('s)", "1.00", "0.0 jr"] {
        assert!(!md.contains(fake), "{fake} in\n{md}");
    }
}

#[test]
fn a_parse_error_is_said_in_the_users_language() {
    let path = common::temp("lang-parse", "kapot.knoppen");
    std::fs::write(&path, "(\n  version: 1\n  name: \"x\",\n)").expect("write");
    let c = Catalogue::builtin().catalogue;
    let e = match knoppen::package::open(&path, &c) {
        Err(e) => e,
        Ok(_) => panic!("a missing comma must not open"),
    };
    set_lang(Lang::Nl);
    let nl = strings::load_error(&e);
    assert!(nl.starts_with("Regel 3, kolom"), "{nl}");
    assert!(nl.contains("komma"), "{nl}");
    assert!(!nl.contains("Expected"), "{nl}");
    set_lang(Lang::En);
    let en = strings::load_error(&e);
    assert!(en.starts_with("Line 3, column"), "{en}");
    assert!(en.contains("comma"), "{en}");
    // The technical line for the command line stays as it was.
    assert!(e.to_string().contains("kapot.knoppen:3:"), "{e}");
    set_lang(Lang::Nl);
}

#[test]
fn a_future_format_version_is_said_in_dutch() {
    let path = common::temp("lang-version", "nieuw.knoppen");
    std::fs::write(&path, "(version: 99, name: \"x\", items: [])").expect("write");
    let c = Catalogue::builtin().catalogue;
    let Err(e) = knoppen::package::open(&path, &c) else {
        panic!("version 99 must not open");
    };
    set_lang(Lang::Nl);
    let nl = strings::load_error(&e);
    assert!(nl.contains("99") && nl.contains("versie"), "{nl}");
    assert!(!nl.contains("format version"), "{nl}");
}

#[test]
fn the_app_switches_language_and_remembers_it() {
    set_lang(Lang::Nl);
    let mut h = common::harness(egui::vec2(1600.0, 1000.0));
    let shown = |h: &egui_kittest::Harness<'_, common::App>, label: &str| {
        h.query_all_by_label(label).count() > 0
    };
    assert!(shown(&h, "Pakket"));
    common::run(&mut h, [Command::SetLanguage(Lang::En)]);
    assert_eq!(h.state().state.settings.lang, Lang::En);
    assert_eq!(strings::lang(), Lang::En);
    assert!(shown(&h, "Package"));
    assert!(!shown(&h, "Pakket"));
    h.get_by_label(t().search_label);
    // Said once: the measures' texts are Dutch.
    h.get_by_label_contains("quoted in Dutch");
    // A new package is named in English.
    common::run(&mut h, [Command::New]);
    assert_eq!(h.state().state.package().name, "New package");
    common::run(&mut h, [Command::SetLanguage(Lang::Nl)]);
    assert!(shown(&h, "Pakket"));
}

#[test]
fn the_package_panel_reads_in_english() {
    set_lang(Lang::En);
    let mut state = common::state_with(&[ETK, ZOEKPERIODE]);
    state.settings.lang = Lang::En;
    let h = common::harness_with(state, egui::vec2(1600.0, 1000.0));
    h.get_by_label(&format!("{}: mixed", t().overall));
    assert!(h.query_all_by_label_contains("1 law change").count() >= 1);
    set_lang(Lang::Nl);
}

#[test]
fn hints_and_ministries_in_english() {
    set_lang(Lang::En);
    let c = Catalogue::builtin().catalogue;
    let etk = c.get(ETK).expect("measure").title.clone();
    let h = knoppen::effect::Hint {
        kind: knoppen::effect::HintKind::MissingDependency {
            measure: ETK.into(),
            partner: "arbeid.weg".into(),
        },
        source: None,
    };
    assert_eq!(
        strings::hint_text(&h, &c),
        format!("{etk} depends on arbeid.weg (not in the package)")
    );
    assert_eq!(
        strings::hint_title(&h),
        "Depends on a measure outside the package"
    );
    assert_eq!(
        strings::ministries_recorded(&["JenV".into()], 1, 3),
        "Ministry named for 1 of the 3 measures: JenV"
    );
    assert_eq!(
        strings::unknown_measures_opened(&["a.b".into()]),
        "This package names 1 measure this catalogue does not know: a.b. The rest is open; it is kept in the file."
    );
    set_lang(Lang::Nl);
    assert_eq!(
        strings::ministries_recorded(&["JenV".into()], 1, 3),
        "Ministerie genoemd bij 1 van de 3 maatregelen: JenV"
    );
}

#[test]
fn typed_numbers_are_read_in_the_language() {
    set_lang(Lang::Nl);
    assert_eq!(strings::parse_decimal("1,5"), Some(1.5));
    assert_eq!(strings::parse_decimal("1.234,5"), Some(1234.5));
    set_lang(Lang::En);
    assert_eq!(strings::parse_decimal("1.5"), Some(1.5));
    assert_eq!(strings::parse_decimal("1,234.5"), Some(1234.5));
    set_lang(Lang::Nl);
}

#[test]
fn every_example_package_has_an_english_description() {
    for lang in [Lang::Nl, Lang::En] {
        set_lang(lang);
        for i in 0..knoppen::presets::PRESETS.len() {
            assert!(
                !strings::preset_description(i).is_empty(),
                "{i} in {lang:?}"
            );
        }
    }
    set_lang(Lang::En);
    assert!(strings::preset_description(0).starts_with("Measures 2.1"));
    set_lang(Lang::Nl);
    assert!(strings::preset_description(0).starts_with("De maatregelen"));
}

#[test]
fn catalogue_problems_are_said_in_the_users_words_too() {
    let dir = common::temp("lang-catalogue", "x");
    let dir = dir.parent().expect("dir").to_path_buf();
    std::fs::write(
        dir.join("documents.ron"),
        r#"(documents: [(id: "004", short: "Lijst", rank: 1, file: "004.txt", title: "Lijst", date: "2023-04")])"#,
    )
    .expect("write");
    std::fs::write(
        dir.join("m.ron"),
        r#"(measures: [(
            id: "Fout",
            title: "",
            stream: Arbeid,
            summary: "Korte samenvatting.",
            effect: Some((symbol: "-")),
            horizon: (text: "MLT", terms: [MLT]),
            implementation: "PM",
            instrument: (text: "Wetswijziging", kinds: [Law]),
            sources: [(doc: "004", at: "Tabel", line: Some(1))],
        )])"#,
    )
    .expect("write");
    let report = knoppen::catalogue::load::load_dir(&dir);
    assert!(!report.errors.is_empty());
    set_lang(Lang::Nl);
    let nl: Vec<String> = report.errors.iter().map(strings::load_error).collect();
    assert!(nl.iter().any(|e| e.contains("kleine letters")), "{nl:#?}");
    assert!(nl.iter().all(|e| e.starts_with("Regel ")), "{nl:#?}");
    set_lang(Lang::En);
    let en: Vec<String> = report.errors.iter().map(strings::load_error).collect();
    assert!(en.iter().any(|e| e.contains("lower case")), "{en:#?}");
    set_lang(Lang::Nl);
}
