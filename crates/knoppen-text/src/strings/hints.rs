//! The hints (conflicts, partners, knock-on effects) and the needs (ministries, laws) in words.

use super::*;

/// "JenV, SZW; bij 5 maatregelen niet vermeld in de bronnen": the ministries as the sources
/// record them, and how many measures record none (so a short list does not read as complete).
pub fn ministries_line(n: &Needs) -> String {
    let missing = t().ministries_not_recorded;
    match (n.ministries.is_empty(), n.without_ministry) {
        (true, _) => missing.to_owned(),
        (false, 0) => n.ministries.join(", "),
        (false, k) => pick(
            format!("{}; bij {} {missing}", n.ministries.join(", "), measures(k)),
            format!("{}; {missing} for {}", n.ministries.join(", "), measures(k)),
        ),
    }
}

/// A hint's short title, for the bullet it heads.
pub fn hint_title(h: &Hint) -> String {
    match &h.kind {
        HintKind::Opposite { stream: s, .. } => pick(
            format!("Tegengesteld binnen {}", stream(*s)),
            format!("Opposite within {}", stream(*s)),
        ),
        HintKind::Excludes { .. } => pick("Sluiten elkaar uit", "Exclude each other").into(),
        HintKind::MissingPartner { .. } => pick(
            "Hoort bij een maatregel buiten het pakket",
            "Belongs with a measure outside the package",
        )
        .into(),
        HintKind::MissingDependency { .. } => pick(
            "Hangt af van een maatregel buiten het pakket",
            "Depends on a measure outside the package",
        )
        .into(),
        HintKind::KnockOn { .. } => pick(
            "Doorwerking op gezinsmigratie",
            "Knock-on effect on family migration",
        )
        .into(),
        HintKind::NoVariantChosen { .. } => {
            pick("Nog geen variant gekozen", "No variant chosen yet").into()
        }
    }
}

/// A hint as a slide says it: where it would list many titles (opposite pulls in a stream), its
/// heading and the counts — the titles are in the note; otherwise the hint in full.
pub fn hint_slide_text(h: &Hint, catalogue: &Catalogue) -> String {
    match &h.kind {
        HintKind::Opposite {
            increasing,
            decreasing,
            ..
        } => {
            let (up, down) = (increasing.len(), decreasing.len());
            pick(
                format!(
                    "{}: {} verhogend tegenover {} beperkend",
                    hint_title(h),
                    measures_n(up),
                    measures_n(down)
                ),
                format!(
                    "{}: {} increasing against {} limiting",
                    hint_title(h),
                    measures_n(up),
                    measures_n(down)
                ),
            )
        }
        _ => hint_text(h, catalogue),
    }
}

/// A hint in words with titles cut to `n` characters: the bullet text in the package panel.
pub fn hint_text_short(h: &Hint, catalogue: &Catalogue, n: usize) -> String {
    hint_words(h, &|id: &str| {
        catalogue
            .get(id)
            .map_or(id.to_owned(), |m| short_title(&m.title, n))
    })
}

/// A hint in words, with the measures' titles (their ids when the catalogue lacks them).
pub fn hint_text(h: &Hint, catalogue: &Catalogue) -> String {
    hint_words(h, &|id: &str| {
        catalogue.get(id).map_or(id.to_owned(), |m| m.title.clone())
    })
}

fn hint_words(h: &Hint, title: &dyn Fn(&str) -> String) -> String {
    let titles = |ids: &[String]| ids.iter().map(|i| title(i)).collect::<Vec<_>>().join(", ");
    let en = lang() == Lang::En;
    match &h.kind {
        HintKind::Opposite {
            stream: s,
            increasing,
            decreasing,
        } => {
            let (inc, dec) = (titles(increasing), titles(decreasing));
            if en {
                format!("{}: {inc} increasing against {dec} limiting", stream(*s))
            } else {
                format!("{}: {inc} verhogend tegenover {dec} beperkend", stream(*s))
            }
        }
        HintKind::Excludes { measure, other } => {
            let (a, b) = (title(measure), title(other));
            if en {
                format!("{a} excludes {b}")
            } else {
                format!("{a} sluit {b} uit")
            }
        }
        HintKind::MissingPartner { measure, partner } => {
            let (a, b) = (title(measure), title(partner));
            if en {
                format!("{a} belongs with {b} according to the source (not in the package)")
            } else {
                format!("{a} hoort volgens de bron bij {b} (niet in het pakket)")
            }
        }
        HintKind::MissingDependency { measure, partner } => {
            let (a, b) = (title(measure), title(partner));
            if en {
                format!("{a} depends on {b} (not in the package)")
            } else {
                format!("{a} hangt af van {b} (niet in het pakket)")
            }
        }
        HintKind::KnockOn { symbol, .. } => pick(
            format!("Gezinsmigratie volgt arbeidsmigratie: “{symbol}”"),
            format!("Family migration follows labour migration: “{symbol}”"),
        ),
        HintKind::NoVariantChosen { measure } => pick(
            format!("{}: nog geen variant gekozen", title(measure)),
            format!("{}: no variant chosen yet", title(measure)),
        ),
    }
}

/// "Ministerie genoemd bij 1 van de 3 maatregelen: JenV".
pub fn ministries_recorded(ministries: &[String], with: usize, total: usize) -> String {
    let one = ministries.len() == 1;
    let of = measures_n(total);
    let list = ministries.join(", ");
    match (lang(), one) {
        (Lang::Nl, true) => format!("Ministerie genoemd bij {with} van de {of}: {list}"),
        (Lang::Nl, false) => format!("Ministeries genoemd bij {with} van de {of}: {list}"),
        (Lang::En, true) => format!("Ministry named for {with} of the {of}: {list}"),
        (Lang::En, false) => format!("Ministries named for {with} of the {of}: {list}"),
    }
}

/// The notice when a package names measures this catalogue lacks.
pub fn unknown_measures_opened(ids: &[String]) -> String {
    let n = u32::try_from(ids.len()).unwrap_or(u32::MAX);
    let list = fold(ids, 10).join(", ");
    let what = measures(n);
    match lang() {
        Lang::Nl => {
            let kept = if n == 1 { "die blijft" } else { "die blijven" };
            format!(
                "Dit pakket noemt {what} die deze catalogus niet kent: {list}. De rest is geopend; {kept} in het bestand bewaard."
            )
        }
        Lang::En => {
            let kept = if n == 1 { "it is" } else { "they are" };
            format!(
                "This package names {what} this catalogue does not know: {list}. The rest is open; {kept} kept in the file."
            )
        }
    }
}

/// "2027: 2 wetswijzigingen, 1 AMvB": the legislative load of one year.
pub fn legislative_load(year: i32, laws: u32, amvbs: u32) -> String {
    let n = need_words();
    format!(
        "{year}: {}, {}",
        count(laws, n.law.0, n.law.1),
        count(amvbs, n.amvb.0, n.amvb.1)
    )
}

/// "2 wetswijzigingen, 1 AMvB": what the package needs, in words; "—" for nothing.
pub fn needs_summary(n: &Needs) -> String {
    let w = need_words();
    let en = lang() == Lang::En;
    let with = |c: u32, nl: &str, en_: &str| {
        if en {
            format!("{en_} for {}", measures(c))
        } else {
            format!("{nl} bij {}", measures(c))
        }
    };
    let parts = [
        (n.laws, count(n.laws, w.law.0, w.law.1)),
        (n.amvbs, count(n.amvbs, w.amvb.0, w.amvb.1)),
        (
            n.cabinet_decisions,
            count(n.cabinet_decisions, w.cabinet.0, w.cabinet.1),
        ),
        (
            n.minister_decisions,
            count(n.minister_decisions, w.minister.0, w.minister.1),
        ),
        (
            n.other_decisions,
            count(n.other_decisions, w.other.0, w.other.1),
        ),
        (
            n.eu_efforts,
            with(n.eu_efforts, "inzet in de EU", "EU negotiation"),
        ),
        (
            n.agreements,
            count(n.agreements, w.agreement.0, w.agreement.1),
        ),
        (
            n.unknown,
            with(
                n.unknown,
                "instrument nog onbekend",
                "instrument not yet known",
            ),
        ),
    ];
    let v: Vec<String> = parts
        .into_iter()
        .filter(|(c, _)| *c > 0)
        .map(|(_, words)| words)
        .collect();
    if v.is_empty() {
        "—".into()
    } else {
        v.join(", ")
    }
}

/// The instruments' singular and plural, in the current language.
struct NeedWords {
    law: (&'static str, &'static str),
    amvb: (&'static str, &'static str),
    cabinet: (&'static str, &'static str),
    minister: (&'static str, &'static str),
    other: (&'static str, &'static str),
    agreement: (&'static str, &'static str),
}

fn need_words() -> NeedWords {
    pick(
        NeedWords {
            law: ("wetswijziging", "wetswijzigingen"),
            amvb: ("AMvB", "AMvB's"),
            cabinet: (
                "besluit van de ministerraad",
                "besluiten van de ministerraad",
            ),
            minister: (
                "besluit van een bewindspersoon",
                "besluiten van bewindspersonen",
            ),
            other: (
                "overig besluit of overige regeling",
                "overige besluiten of regelingen",
            ),
            agreement: ("bestuursakkoord", "bestuursakkoorden"),
        },
        NeedWords {
            law: ("law change", "law changes"),
            amvb: ("order in council", "orders in council"),
            cabinet: ("cabinet decision", "cabinet decisions"),
            minister: ("minister's decision", "ministers' decisions"),
            other: (
                "other decision or arrangement",
                "other decisions or arrangements",
            ),
            agreement: (
                "agreement with institutions",
                "agreements with institutions",
            ),
        },
    )
}
