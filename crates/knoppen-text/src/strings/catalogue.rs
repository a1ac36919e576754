//! Words for the catalogue's data: streams, terms, instruments, statuses, sources, reach, readings.

use super::*;

/// Where a fact stands, in the reader's words: the document's name and the place in it
/// ("Kamerbrief 14 november 2024, § 'Huisvesting', alinea 1"); never a file number or a line.
pub fn source_place(catalogue: &Catalogue, s: &crate::catalogue::Source) -> String {
    let doc = catalogue
        .document(&s.doc)
        .map_or_else(|| t().unknown_document.to_owned(), |d| d.short.clone());
    if s.at.trim().is_empty() {
        doc
    } else {
        format!("{doc}, {}", s.at)
    }
}

/// For whoever checks the data: the place, with the file and the line of its text extraction.
pub fn source_detail(catalogue: &Catalogue, s: &crate::catalogue::Source) -> String {
    let file = catalogue
        .document(&s.doc)
        .map_or(s.doc.as_str(), |d| d.file.as_str());
    match s.line {
        Some(l) => format!("{} — {file}, {} {l}", source_place(catalogue, s), t().line),
        None => format!("{} — {file}", source_place(catalogue, s)),
    }
}

/// Text from the catalogue with its document numbers ("000", "(001)") replaced by the
/// documents' names, as users know them.
pub fn in_words(catalogue: &Catalogue, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find("00") {
        let (before, tail) = rest.split_at(pos);
        out.push_str(before);
        let id = tail.get(..3).unwrap_or(tail);
        let prev = out.chars().last();
        let next = tail.get(3..).and_then(|t| t.chars().next());
        let standalone = !prev.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',')
            && !next.is_some_and(|c| c.is_alphanumeric());
        match catalogue.document(id).filter(|_| standalone) {
            Some(d) => {
                // "Voorstel in 000" would read "Voorstel in Voorstel minister SZW": the name
                // already says what kind of document it is.
                let first = d.short.split_whitespace().next().unwrap_or_default();
                let echo = format!("{first} in ");
                if !first.is_empty() && out.ends_with(&echo) {
                    out.truncate(out.len() - echo.len());
                }
                out.push_str(&d.short);
                rest = &tail[3..];
            }
            None => {
                out.push_str("00");
                rest = &tail[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A curation note's field, in words ("title" → "Titel"); unknown fields are left out.
pub fn field_name(field: &str) -> Option<&'static str> {
    let base = field.split('.').next().unwrap_or(field);
    Some(match base {
        "effect" => t().field_effect,
        "horizon" => t().field_horizon,
        "implementation" => t().field_implementation,
        "instrument" => t().field_instrument,
        "ministries" => t().field_ministries,
        "cost" => t().field_cost,
        "title" => t().field_title,
        "summary" => t().summary,
        "fiche" => t().fiche,
        "variants" => t().field_variants,
        "links" => t().links,
        "sources" => t().sources,
        "steps" | "status" => t().history,
        "sections" => t().field_sections,
        "tracks" => t().field_tracks,
        "conflict" => t().sources_differ,
        "reach" => t().reach,
        _ => return None,
    })
}

pub fn stream(s: Stream) -> &'static str {
    match s {
        Stream::Arbeid => pick("Arbeid", "Labour"),
        Stream::Studie => pick("Studie", "Study"),
        Stream::Gezin => pick("Gezin", "Family"),
        Stream::Asiel => pick("Asiel", "Asylum"),
        Stream::Eu => pick("EU-inzet", "EU efforts"),
    }
}

pub fn direction(d: Direction) -> &'static str {
    match d {
        Direction::Increase => pick("toename", "increase"),
        Direction::PossibleIncrease => pick("mogelijk toename", "possible increase"),
        Direction::Neutral => pick("neutraal", "neutral"),
        Direction::NeutralToDecrease => pick("neutraal tot beperkend", "neutral to limiting"),
        Direction::Decrease => pick("beperkend", "limiting"),
        Direction::StrongDecrease => pick("sterk beperkend", "strongly limiting"),
        Direction::Mixed => pick("gemengd", "mixed"),
        Direction::Unknown => pick("nog onbekend", "not yet known"),
        Direction::NotApplicable => pick("niet van toepassing", "not applicable"),
    }
}

pub fn effect_class(c: EffectClass) -> &'static str {
    match c {
        EffectClass::Increase => pick("Toename", "Increase"),
        EffectClass::Decrease => pick("Beperking", "Limiting"),
        EffectClass::Neutral => pick("Neutraal", "Neutral"),
        EffectClass::Mixed => pick("Gemengd", "Mixed"),
        EffectClass::Unknown => pick("Onbekend", "Unknown"),
    }
}

pub fn term(t: Term) -> &'static str {
    match t {
        Term::KT => pick("Korte termijn", "Short term"),
        Term::MLT => pick("Middellange termijn", "Medium term"),
        Term::LT => pick("Lange termijn", "Long term"),
    }
}

pub fn term_short(t: Term) -> &'static str {
    match t {
        Term::KT => pick("KT", "ST"),
        Term::MLT => pick("MLT", "MT"),
        Term::LT => "LT",
    }
}

pub fn instrument(k: InstrumentKind) -> &'static str {
    match k {
        InstrumentKind::Law => pick("Wet(swijziging)", "Law (change)"),
        InstrumentKind::Amvb => pick("AMvB", "Order in council (AMvB)"),
        InstrumentKind::Regulation => pick("Lagere regelgeving", "Lower regulation"),
        InstrumentKind::CabinetDecision => pick("Besluit MR", "Cabinet decision"),
        InstrumentKind::MinisterDecision => pick("Besluit bewindspersoon", "Minister's decision"),
        InstrumentKind::Decision => pick("Besluit (overig)", "Decision (other)"),
        InstrumentKind::EuEffort => pick("Inzet in EU", "EU negotiation"),
        InstrumentKind::Agreement => pick("Bestuursakkoord", "Agreement with institutions"),
        InstrumentKind::Funding => pick("Financiering", "Funding"),
        InstrumentKind::Execution => pick("Uitvoering", "Execution"),
        InstrumentKind::Unknown => pick("Nog onbekend", "Not yet known"),
    }
}

pub fn status(s: Status) -> &'static str {
    match s {
        Status::Proposed => pick("voorgesteld", "proposed"),
        Status::Announced => pick("aangekondigd", "announced"),
        Status::Study => pick("in onderzoek", "being studied"),
        Status::Consultation => pick("in consultatie", "in consultation"),
        Status::Bill => pick("wetsvoorstel", "bill"),
        Status::BillInParliament => pick("wetsvoorstel bij de Kamer", "bill before parliament"),
        Status::Adopted => pick("aangenomen / besloten", "adopted / decided"),
        Status::InForce => pick("in werking", "in force"),
        Status::Ongoing => pick("loopt", "ongoing"),
        Status::Changed => pick("gewijzigd", "changed"),
        Status::Dropped => pick("niet doorgezet", "dropped"),
        Status::Deferred => pick("keuze doorgeschoven", "choice deferred"),
    }
}

pub fn track(n: u8) -> String {
    pick(format!("Spoor {n}"), format!("Track {n}"))
}

pub fn meeting_status(s: crate::package::MeetingStatus) -> &'static str {
    use crate::package::MeetingStatus as M;
    match s {
        M::Proposed => pick("voorgesteld", "proposed"),
        M::Agreed => pick("akkoord", "agreed"),
        M::InDoubt => pick("twijfel", "in doubt"),
        M::Rejected => pick("afgewezen", "rejected"),
    }
}

/// A measure's time frame: the source's words in Dutch; in English the terms in English with
/// the source's words quoted after them ("Medium term (“Middellange termijn”)").
pub fn horizon(h: &crate::catalogue::Horizon) -> String {
    if lang() == Lang::Nl || h.terms.is_empty() {
        return h.text.clone();
    }
    let terms: Vec<&str> = h.terms.iter().map(|x| term(*x)).collect();
    format!("{} (“{}”)", terms.join(", "), h.text)
}

/// The instrument a measure needs: the source's words in Dutch; in English the kinds in
/// English with the source's words quoted after them.
pub fn instrument_text(i: &crate::catalogue::Instrument) -> String {
    if lang() == Lang::Nl || i.kinds.is_empty() {
        return i.text.clone();
    }
    let kinds: Vec<&str> = i.kinds.iter().map(|k| instrument(*k)).collect();
    format!("{} (“{}”)", kinds.join(" or "), i.text)
}

/// What an example package holds, in the current language (its name is a document's and stays).
pub fn preset_description(i: usize) -> &'static str {
    pick(&PRESET_DESCRIPTIONS_NL, &PRESET_DESCRIPTIONS_EN)
        .get(i)
        .copied()
        .unwrap_or("")
}

/// The example packages' descriptions, in the order of [`crate::presets::PRESETS`] (a test
/// checks the counts agree).
const PRESET_DESCRIPTIONS_NL: [&str; 4] = [
    "De maatregelen 2.1–2.16 uit de propositie van de minister van SZW (2023), §2.",
    "De Europese inzet 1.1–1.5 uit de propositie van de minister van SZW (2023), §1.",
    "Alle maatregelen waarover de brief van 14 november 2024 een stap meldt, behalve wat zij laat vallen.",
    "Alle maatregelen waarover de brief van eind 2025 een stap meldt, behalve wat zij laat vallen of aan een volgend kabinet laat.",
];

const PRESET_DESCRIPTIONS_EN: [&str; 4] = [
    "Measures 2.1–2.16 from the SZW minister's proposal (2023), §2.",
    "The European efforts 1.1–1.5 from the SZW minister's proposal (2023), §1.",
    "Every measure the letter of 14 November 2024 reports a step on, except what it drops.",
    "Every measure the letter of late 2025 reports a step on, except what it drops or leaves to the next cabinet.",
];

/// What a lead time rests on: "bron", "aanname", "onbekend".
pub fn basis(b: crate::timeline::Basis) -> &'static str {
    use crate::timeline::Basis;
    match b {
        Basis::Source => t().basis_source,
        Basis::Assumption => t().basis_assumption,
        Basis::Unknown => t().basis_unknown,
    }
}

/// A measure's reading from the source's words, never its symbol: "strekking volgens de
/// tekst: beperkend (“Om dit meer in te perken …”)".
pub fn prose_reading(p: &crate::catalogue::ProseReading) -> String {
    format!(
        "{}: {} (“{}”)",
        pick(
            "strekking volgens de tekst",
            "tendency according to the text"
        ),
        direction(p.direction),
        p.words.trim_end_matches('.')
    )
}

/// A sourced group size: "raakt: kennismigranten — 33.080 beslissingen in 2022"; with the
/// source's qualifier ("ong. 14 duizend werknemers") and without a year where it gives none.
/// (Group, qualifier and unit are the source's Dutch words.)
pub fn reach(r: &crate::catalogue::Reach) -> String {
    format!("{}: {}", pick("raakt", "reaches"), reach_fact(r))
}

/// The group size alone, where a label already says "raakt": "kennismigranten — 33.080
/// beslissingen in 2022".
pub fn reach_fact(r: &crate::catalogue::Reach) -> String {
    let qualifier = r
        .qualifier
        .as_ref()
        .map(|q| format!("{q} "))
        .unwrap_or_default();
    let year = r
        .year
        .as_ref()
        .map(|y| format!(" in {y}"))
        .unwrap_or_default();
    format!(
        "{} — {qualifier}{} {}{year}",
        r.group,
        number(r.value),
        r.unit
    )
}

/// The meeting's own reading of one measure: "inschatting overleg: sterk beperkend — reden".
pub fn reading(r: &crate::package::Reading) -> String {
    if r.reason.trim().is_empty() {
        format!("{}: {}", meeting_reading(), direction(r.direction))
    } else {
        format!(
            "{}: {} — {}",
            meeting_reading(),
            direction(r.direction),
            r.reason.trim()
        )
    }
}

/// What a catalogue row says to a screen reader beside its title: the effect in words (its
/// badge), the stream, term and instrument (its grey line).
pub fn measure_row_description(m: &crate::catalogue::Measure) -> String {
    let terms: Vec<&str> = m.horizon.terms.iter().map(|t| term(*t)).collect();
    let when = if terms.is_empty() {
        t().slide_term_unknown.to_owned()
    } else {
        terms.join(", ")
    };
    format!(
        "{} · {} · {when} · {}",
        effect_phrase(m, None),
        stream(m.stream),
        or_not_stated(&instrument_text(&m.instrument))
    )
}

/// A measure in the package as a screen reader names it: the full title (the header shows it
/// cut), its effect in words and the meeting's status.
pub fn package_item_name(m: &crate::catalogue::Measure, item: &crate::package::Item) -> String {
    let chosen = crate::package::chosen_variant(item, m);
    format!(
        "{} — {}, {}",
        m.title,
        effect_phrase(m, chosen),
        meeting_status(item.status)
    )
}

/// A field the sources leave empty, said in words rather than left blank.
pub fn or_not_stated(s: &str) -> String {
    if s.trim().is_empty() {
        pick("niet genoemd in de bron", "not stated in the source").into()
    } else {
        s.to_owned()
    }
}

/// A source's effect symbol with its meaning: "beperkend (-)", "nog onbekend (PM)".
pub fn symbol_meaning(symbol: &str, d: crate::catalogue::Direction) -> String {
    format!("{} ({})", direction(d), symbol.trim())
}

/// A source that words its effect instead of giving a symbol: its words where they are short
/// ("nog onbekend (“Niet vermeld”)"), else that it says it in words.
pub fn effect_in_words(words: &str, d: crate::catalogue::Direction) -> String {
    let words = words.trim();
    if words.chars().count() <= 30 && !words.contains('\n') {
        return format!("{} (“{words}”)", direction(d));
    }
    pick(
        format!("{} (in woorden, zonder teken in de bron)", direction(d)),
        format!("{} (in words; the source gives no symbol)", direction(d)),
    )
}

/// A figure of one value, said in a sentence on its measure's slide.
pub fn figure_fact(title: &str, value: &str, unit: &str) -> String {
    if unit.trim().is_empty() {
        format!("{title}: {value}")
    } else {
        format!("{title}: {value} ({unit})")
    }
}

/// The effect in words with the source's symbol beside it: "beperkend (−)". Options that differ
/// are each named where none is chosen; a source that words its effect says so.
pub fn effect_phrase(
    m: &crate::catalogue::Measure,
    chosen: Option<&crate::catalogue::Variant>,
) -> String {
    let of = |symbol: &str, direction: Direction| -> String {
        match Direction::from_symbol(symbol) {
            Some(_) => symbol_meaning(symbol, direction),
            None => effect_in_words(symbol, direction),
        }
    };
    let variant = |v: &crate::catalogue::Variant| {
        v.effect
            .as_ref()
            .map(|e| of(&e.symbol, e.direction()))
            .unwrap_or_else(|| direction(Direction::Unknown).to_owned())
    };
    match (chosen, &m.effect) {
        (Some(v), _) if v.effect.is_some() => variant(v),
        (_, Some(e)) => of(&e.symbol, e.direction()),
        (_, None) if m.variants.is_empty() => direction(Direction::Unknown).to_owned(),
        (_, None) => m
            .variants
            .iter()
            .map(|v| format!("{}: {}", v.title, variant(v)))
            .collect::<Vec<_>>()
            .join("; "),
    }
}
