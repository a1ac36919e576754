//! The words for the user's own catalogue built from its data (conflicts, problems, changes);
//! the fixed texts are in each language's table (`strings::t().own`).

use crate::catalogue::additions::{Change, Conflict, Problem};
use crate::catalogue::{Catalogue, CorrectedField, DocumentKind, LinkKind};
use crate::strings;

/// The table of the language spoken now.
pub fn t() -> &'static strings::OwnCatalogue {
    &strings::t().own
}

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
        "{}: {}.",
        t().package_missing,
        strings::fold(&named, 6).join(", ")
    )
}

/// "1 toevoeging", "3 toevoegingen".
pub fn additions_nl(n: usize) -> String {
    format!("{n} {}", if n == 1 { "toevoeging" } else { "toevoegingen" })
}

/// "1 addition", "3 additions".
pub fn additions_en(n: usize) -> String {
    format!("{n} {}", if n == 1 { "addition" } else { "additions" })
}

/// A count of additions in the language spoken now.
pub fn additions(n: usize) -> String {
    strings::pick(additions_nl(n), additions_en(n))
}

pub fn imported(n: usize) -> String {
    strings::pick(
        format!(
            "{} geïmporteerd; bekijk het overzicht en sla op.",
            additions_nl(n)
        ),
        format!(
            "{} imported; look at the overview and save.",
            additions_en(n)
        ),
    )
}

/// The command line's line after sharing: "3 toevoegingen uit DIR naar FILE".
pub fn exported_line(n: usize, from: &std::path::Path, to: &std::path::Path) -> String {
    strings::pick(
        format!(
            "{} uit {} naar {}",
            additions_nl(n),
            from.display(),
            to.display()
        ),
        format!(
            "{} from {} to {}",
            additions_en(n),
            from.display(),
            to.display()
        ),
    )
}

/// No folder for the user's catalogue on the command line.
pub fn no_user_folder() -> &'static str {
    strings::pick(
        "geen map voor eigen gegevens; geef er een met --user-data DIR",
        "no user data folder; give one with --user-data DIR",
    )
}

/// `knoppen catalogue` without what to do.
pub fn catalogue_usage() -> &'static str {
    strings::pick(
        "catalogue: geef --format csv|json|xlsx, export-additions of import",
        "catalogue: give --format csv|json|xlsx, export-additions or import",
    )
}

pub fn folder_line(dir: &std::path::Path, count: usize) -> String {
    strings::pick(
        format!(
            "{}: {} — {}",
            t().folder,
            dir.display(),
            additions_nl(count)
        ),
        format!(
            "{}: {} — {}",
            t().folder,
            dir.display(),
            additions_en(count)
        ),
    )
}

pub fn document_kind(k: DocumentKind) -> &'static str {
    match k {
        DocumentKind::Letter => strings::pick("Kamerbrief", "letter to parliament"),
        DocumentKind::Report => strings::pick("rapport", "report"),
        DocumentKind::Decision => strings::pick("besluit", "decision"),
        DocumentKind::Note => strings::pick("notitie", "note"),
    }
}

pub fn field(f: CorrectedField) -> &'static str {
    match f {
        CorrectedField::Title => strings::pick("titel", "title"),
        CorrectedField::Summary => strings::pick("samenvatting", "summary"),
        CorrectedField::Effect => "effect",
        CorrectedField::Horizon => strings::pick("termijn", "term"),
        CorrectedField::Implementation => {
            strings::pick("implementatietermijn", "implementation time")
        }
        CorrectedField::Cost => strings::pick("kosten", "cost"),
    }
}

pub fn link_kind(k: LinkKind) -> &'static str {
    match k {
        LinkKind::BelongsWith => strings::t().link_belongs_with,
        LinkKind::DependsOn => strings::t().link_depends_on,
        LinkKind::Excludes => strings::t().link_excludes,
        LinkKind::SeeAlso => strings::t().link_see_also,
        LinkKind::Continues => strings::t().link_continues,
        LinkKind::Replaces => strings::t().link_replaces,
    }
}

fn required_name(name: &str) -> &'static str {
    match name {
        "title" => t().title,
        "date" => strings::pick("Datum", "Date"),
        "doc" => t().document,
        "at" => strings::pick("Vindplaats", "Place"),
        "quote" => t().quote,
        "measure" => t().measure,
        "text" => t().what,
        "effect" => t().effect,
        "summary" => t().summary,
        "value" => t().value,
        _ => t().field,
    }
}

pub fn problem(p: &Problem) -> String {
    match p {
        Problem::Missing(name) => strings::pick(
            format!("{} is verplicht.", required_name(name)),
            format!("{} is required.", required_name(name)),
        ),
        Problem::BadDate => strings::pick(
            "Een datum is JJJJ-MM-DD of JJJJ-MM.",
            "A date is YYYY-MM-DD or YYYY-MM.",
        )
        .into(),
        Problem::UnknownDocument => strings::pick(
            "Kies het document waar dit uit komt.",
            "Choose the document this comes from.",
        )
        .into(),
        Problem::UnknownMeasure => strings::pick(
            "Kies een maatregel uit de catalogus.",
            "Choose a measure from the catalogue.",
        )
        .into(),
        Problem::UnknownMinistry(m) => strings::pick(
            format!("Onbekend ministerie: {m}."),
            format!("Unknown ministry: {m}."),
        ),
        Problem::NotASymbol => strings::pick(
            "Een gecorrigeerd effect is een standaardsymbool: +, -, --, 0, 0/-, Mogelijk + of PM.",
            "A corrected effect is a standard symbol: +, -, --, 0, 0/-, Mogelijk + or PM.",
        )
        .into(),
        Problem::Refused(e) => strings::load_error(e),
    }
}

pub fn conflict(c: &Conflict) -> String {
    match c {
        Conflict::DocumentExists(title) => strings::pick(
            format!("Het document ‘{title}’ staat al in de catalogus."),
            format!("The document ‘{title}’ is already in the catalogue."),
        ),
        Conflict::MeasureExists(title) => strings::pick(
            format!("De maatregel ‘{title}’ staat al in de catalogus."),
            format!("The measure ‘{title}’ is already in the catalogue."),
        ),
        Conflict::StepExists(title, date) => strings::pick(
            format!("De stap van {date} bij ‘{title}’ staat al in de geschiedenis."),
            format!("The step of {date} for ‘{title}’ is already in the history."),
        ),
        Conflict::CorrectionConflicts(title, f) => strings::pick(
            format!("Het veld {} van ‘{title}’ is al gecorrigeerd.", field(*f)),
            format!(
                "The field {} of ‘{title}’ has already been corrected.",
                field(*f)
            ),
        ),
        Conflict::Invalid(e) => strings::load_error(e),
        Conflict::Draft(p) => problem(p),
        Conflict::Empty => strings::pick(
            "Het bestand bevat geen toevoegingen.",
            "The file holds no additions.",
        )
        .into(),
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
    strings::pick(
        format!(
            "{}: {} was ‘{}’, nu ‘{}’",
            t().corrected,
            field(c.field),
            c.before,
            c.after
        ),
        format!(
            "{}: {} was ‘{}’, now ‘{}’",
            t().corrected,
            field(c.field),
            c.before,
            c.after
        ),
    )
}

/// One change in the review, in words, and its source.
pub fn change(c: &Change, catalogue: &Catalogue) -> (String, String) {
    match c {
        Change::Document(d) => {
            let kind = d.kind.map_or("document", document_kind);
            (
                strings::pick(
                    format!("Nieuw document ({kind}): {} — {}", d.title, d.date),
                    format!("New document ({kind}): {} — {}", d.title, d.date),
                ),
                String::new(),
            )
        }
        Change::NewMeasure {
            title,
            stream,
            effect,
            source: s,
        } => (
            strings::pick(
                format!(
                    "Nieuwe maatregel ({}): {title} — effect {effect}",
                    strings::stream(*stream)
                ),
                format!(
                    "New measure ({}): {title} — effect {effect}",
                    strings::stream(*stream)
                ),
            ),
            source(catalogue, s),
        ),
        Change::NewStep { measure, step } => (
            strings::pick(
                format!(
                    "Nieuwe stap bij {measure}: {} — {}: {}",
                    step.date,
                    strings::status(step.status),
                    step.text
                ),
                format!(
                    "New step for {measure}: {} — {}: {}",
                    step.date,
                    strings::status(step.status),
                    step.text
                ),
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
            strings::pick(
                format!(
                    "Correctie bij {measure}: {} ‘{before}’ wordt ‘{after}’",
                    field(*f)
                ),
                format!(
                    "Correction for {measure}: {} ‘{before}’ becomes ‘{after}’",
                    field(*f)
                ),
            ),
            source(catalogue, s),
        ),
    }
}
