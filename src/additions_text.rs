//! The words for the user's catalogue: its forms, its review and its messages. Kept apart from
//! `strings` while that table is reshaped; the same rule holds: the user's words, never ids.

use crate::catalogue::additions::{Change, Conflict, Problem};
use crate::catalogue::{Catalogue, CorrectedField, DocumentKind, LinkKind};
use crate::strings;

pub const MENU: &str = "Catalogus bijwerken…";
pub const TIP_MENU: &str = "Een nieuwe brief, rapport of besluit vastleggen: stappen, nieuwe maatregelen en correcties, elk met citaat en vindplaats";
pub const WINDOW: &str = "Catalogus bijwerken";
pub const FOLDER: &str = "Eigen catalogus";
pub const NO_FOLDER: &str =
    "Geen map voor de eigen catalogus: toevoegingen kunnen niet worden opgeslagen.";
pub const TAB_DOCUMENT: &str = "Document";
pub const TAB_STEP: &str = "Stap";
pub const TAB_MEASURE: &str = "Nieuwe maatregel";
pub const TAB_CORRECTION: &str = "Correctie";
pub const TAB_REVIEW: &str = "Overzicht";
pub const TITLE: &str = "Titel";
pub const DATE: &str = "Datum (JJJJ-MM-DD of JJJJ-MM)";
pub const KIND: &str = "Soort";
pub const PATH: &str = "Eigen bestand (pad, optioneel)";
pub const DOCUMENT: &str = "Bron (document)";
pub const PLACE: &str = "Vindplaats (paragraaf, pagina of alinea)";
pub const QUOTE: &str = "Citaat";
pub const MEASURE: &str = "Maatregel";
pub const STATUS: &str = "Status";
pub const WHAT: &str = "Wat er gebeurt";
pub const STREAM: &str = "Migratiestroom";
pub const EFFECT: &str = "Effect zoals geschreven";
pub const BASIS: &str = "Onderbouwing van het effect";
pub const HORIZON: &str = "Termijn (KT, MLT, LT)";
pub const IMPLEMENTATION: &str = "Implementatietermijn";
pub const INSTRUMENT: &str = "Benodigd (instrument)";
pub const MINISTRIES: &str = "Ministeries (kommagescheiden)";
pub const SUMMARY: &str = "Samenvatting (twee of drie regels)";
pub const LINK: &str = "Verband met eerdere maatregel";
pub const LINK_NONE: &str = "geen";
pub const LINKED: &str = "Eerdere maatregel";
pub const FIELD: &str = "Veld";
pub const VALUE: &str = "Nieuwe waarde";
pub const NOW: &str = "Nu in de catalogus";
pub const ADD: &str = "Toevoegen";
pub const SAVE: &str = "Opslaan";
pub const EXPORT: &str = "Delen (exporteren)…";
pub const IMPORT: &str = "Importeren…";
pub const CLOSE: &str = "Sluiten";
pub const CHOOSE: &str = "kies…";
pub const UNSAVED: &str = "niet opgeslagen";
pub const SAVED: &str = "Eigen toevoegingen opgeslagen";
pub const EXPORTED: &str = "Toevoegingen gedeeld in";
pub const SAVE_FAILED: &str = "Toevoegingen niet opgeslagen";
pub const NOTHING_YET: &str = "Nog geen eigen toevoegingen.";
pub const ADDED: &str = "Toegevoegd; nog niet opgeslagen.";
pub const NOT_ADDED: &str = "Niet toegevoegd";
pub const REMOVE: &str = "Verwijderen";
pub const REMOVED: &str = "Verwijderd; nog niet opgeslagen.";
pub const NOT_REMOVED: &str = "Niet verwijderd: andere toevoegingen steunen erop";
pub const IMPORT_REFUSED: &str = "Niet geïmporteerd";
pub const OWN_ADDITION: &str = "eigen toevoeging";
pub const CORRECTED: &str = "gecorrigeerd";
pub const PACKAGE_USES: &str = "Dit pakket gebruikt eigen toevoegingen aan de catalogus";
pub const PACKAGE_MISSING: &str = "Dit pakket gebruikt toevoegingen aan de catalogus die hier ontbreken; importeer ze van wie het pakket maakte";

/// Opening a package whose added measures this catalogue lacks: which, and from where.
pub fn package_missing(added: &[crate::package::AddedMeasure], missing: &[String]) -> String {
    let named: Vec<String> = added
        .iter()
        .filter(|a| missing.contains(&a.measure))
        .map(|a| {
            if a.document.is_empty() {
                format!("‘{}’", a.title)
            } else {
                format!("‘{}’ ({})", a.title, a.document)
            }
        })
        .collect();
    format!(
        "{PACKAGE_MISSING}: {}.",
        strings::fold(&named, 6).join(", ")
    )
}

pub fn imported(n: usize) -> String {
    format!("{n} toevoeging(en) geïmporteerd; bekijk het overzicht en sla op.")
}

pub fn folder_line(dir: &std::path::Path, count: usize) -> String {
    format!("{FOLDER}: {} — {count} toevoeging(en)", dir.display())
}

pub fn document_kind(k: DocumentKind) -> &'static str {
    match k {
        DocumentKind::Letter => "Kamerbrief",
        DocumentKind::Report => "rapport",
        DocumentKind::Decision => "besluit",
        DocumentKind::Note => "notitie",
    }
}

pub fn field(f: CorrectedField) -> &'static str {
    match f {
        CorrectedField::Title => "titel",
        CorrectedField::Summary => "samenvatting",
        CorrectedField::Effect => "effect",
        CorrectedField::Horizon => "termijn",
        CorrectedField::Implementation => "implementatietermijn",
        CorrectedField::Cost => "kosten",
    }
}

pub fn link_kind(k: LinkKind) -> &'static str {
    match k {
        LinkKind::BelongsWith => "hoort bij",
        LinkKind::DependsOn => "hangt af van",
        LinkKind::Excludes => "sluit uit",
        LinkKind::SeeAlso => "zie ook",
        LinkKind::Continues => "zet voort",
        LinkKind::Replaces => "vervangt",
    }
}

fn required_name(name: &str) -> &'static str {
    match name {
        "title" => TITLE,
        "date" => "Datum",
        "doc" => DOCUMENT,
        "at" => "Vindplaats",
        "quote" => QUOTE,
        "measure" => MEASURE,
        "text" => WHAT,
        "effect" => EFFECT,
        "summary" => SUMMARY,
        "value" => VALUE,
        _ => "Veld",
    }
}

pub fn problem(p: &Problem) -> String {
    match p {
        Problem::Missing(name) => format!("{} is verplicht.", required_name(name)),
        Problem::BadDate => "Een datum is JJJJ-MM-DD of JJJJ-MM.".into(),
        Problem::UnknownDocument => "Kies het document waar dit uit komt.".into(),
        Problem::UnknownMeasure => "Kies een maatregel uit de catalogus.".into(),
        Problem::UnknownMinistry(m) => format!("Onbekend ministerie: {m}."),
        Problem::NotASymbol => {
            "Een gecorrigeerd effect is een standaardsymbool: +, -, --, 0, 0/-, Mogelijk + of PM."
                .into()
        }
        Problem::Refused(located) => located.clone(),
    }
}

pub fn conflict(c: &Conflict) -> String {
    match c {
        Conflict::DocumentExists(title) => {
            format!("Het document ‘{title}’ staat al in de catalogus.")
        }
        Conflict::MeasureExists(title) => {
            format!("De maatregel ‘{title}’ staat al in de catalogus.")
        }
        Conflict::StepExists(title, date) => {
            format!("De stap van {date} bij ‘{title}’ staat al in de geschiedenis.")
        }
        Conflict::CorrectionConflicts(title, f) => {
            format!("Het veld {} van ‘{title}’ is al gecorrigeerd.", field(*f))
        }
        Conflict::Invalid(located) => located.clone(),
        Conflict::Empty => "Het bestand bevat geen toevoegingen.".into(),
    }
}

/// A source in one line: the document's name, the place, and the quoted passage.
pub fn source(catalogue: &Catalogue, s: &crate::catalogue::Source) -> String {
    let place = strings::source_place(catalogue, s);
    match &s.quote {
        Some(q) if !q.trim().is_empty() => format!("{place}: “{q}”"),
        _ => place,
    }
}

/// A correction in the fiche's history: the field, what it said, what it says now.
pub fn correction(c: &crate::catalogue::AppliedCorrection) -> String {
    format!(
        "{CORRECTED}: {} was ‘{}’, nu ‘{}’",
        field(c.field),
        c.before,
        c.after
    )
}

/// One change in the review, in words, and its source.
pub fn change(c: &Change, catalogue: &Catalogue) -> (String, String) {
    match c {
        Change::Document(d) => {
            let kind = d.kind.map_or("document", document_kind);
            (
                format!("Nieuw document ({kind}): {} — {}", d.title, d.date),
                String::new(),
            )
        }
        Change::NewMeasure {
            title,
            stream,
            effect,
            source: s,
        } => (
            format!(
                "Nieuwe maatregel ({}): {title} — effect {effect}",
                strings::stream(*stream)
            ),
            source(catalogue, s),
        ),
        Change::NewStep { measure, step } => (
            format!(
                "Nieuwe stap bij {measure}: {} — {}: {}",
                step.date,
                strings::status(step.status),
                step.text
            ),
            source(catalogue, &step.source),
        ),
        Change::Amended {
            measure,
            field: f,
            before,
            after,
            source: s,
        } => (
            format!(
                "Correctie bij {measure}: {} ‘{before}’ wordt ‘{after}’",
                field(*f)
            ),
            source(catalogue, s),
        ),
    }
}
