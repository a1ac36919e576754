//! The words for the user's catalogue: its forms, its review and its messages, in both
//! languages like `strings` (a Dutch and an English table, and branches where words are built).

use crate::catalogue::additions::{Change, Conflict, Problem};
use crate::catalogue::{Catalogue, CorrectedField, DocumentKind, LinkKind};
use crate::strings;

/// The texts of the user's catalogue, one table per language (a missing English text does
/// not compile).
pub struct Texts {
    pub menu: &'static str,
    pub tip_menu: &'static str,
    pub window: &'static str,
    pub folder: &'static str,
    pub no_folder: &'static str,
    pub tab_document: &'static str,
    pub tab_step: &'static str,
    pub tab_measure: &'static str,
    pub tab_correction: &'static str,
    pub tab_review: &'static str,
    pub title: &'static str,
    pub date: &'static str,
    pub kind: &'static str,
    pub path: &'static str,
    pub document: &'static str,
    pub place: &'static str,
    pub quote: &'static str,
    pub measure: &'static str,
    pub status: &'static str,
    pub what: &'static str,
    pub stream: &'static str,
    pub effect: &'static str,
    pub basis: &'static str,
    pub horizon: &'static str,
    pub implementation: &'static str,
    pub instrument: &'static str,
    pub ministries: &'static str,
    pub summary: &'static str,
    pub link: &'static str,
    pub link_none: &'static str,
    pub linked: &'static str,
    pub field: &'static str,
    pub value: &'static str,
    pub now: &'static str,
    pub add: &'static str,
    pub save: &'static str,
    pub export: &'static str,
    pub import: &'static str,
    pub close: &'static str,
    pub choose: &'static str,
    pub unsaved: &'static str,
    pub saved: &'static str,
    pub exported: &'static str,
    pub save_failed: &'static str,
    pub nothing_yet: &'static str,
    pub added: &'static str,
    pub not_added: &'static str,
    pub remove: &'static str,
    pub removed: &'static str,
    pub not_removed: &'static str,
    pub import_refused: &'static str,
    pub own_addition: &'static str,
    pub corrected: &'static str,
    pub package_uses: &'static str,
    pub package_missing: &'static str,
}

pub static NL: Texts = Texts {
    menu: "Catalogus bijwerken…",
    tip_menu: "Een nieuwe brief, rapport of besluit vastleggen: stappen, nieuwe maatregelen en correcties, elk met citaat en vindplaats",
    window: "Catalogus bijwerken",
    folder: "Eigen catalogus",
    no_folder: "Geen map voor de eigen catalogus: toevoegingen kunnen niet worden opgeslagen.",
    tab_document: "Document",
    tab_step: "Stap",
    tab_measure: "Nieuwe maatregel",
    tab_correction: "Correctie",
    tab_review: "Overzicht",
    title: "Titel",
    date: "Datum (JJJJ-MM-DD of JJJJ-MM)",
    kind: "Soort",
    path: "Eigen bestand (pad, optioneel)",
    document: "Bron (document)",
    place: "Vindplaats (paragraaf, pagina of alinea)",
    quote: "Citaat",
    measure: "Maatregel",
    status: "Status",
    what: "Wat er gebeurt",
    stream: "Migratiestroom",
    effect: "Effect zoals geschreven",
    basis: "Onderbouwing van het effect",
    horizon: "Termijn (KT, MLT, LT)",
    implementation: "Implementatietermijn",
    instrument: "Benodigd (instrument)",
    ministries: "Ministeries (kommagescheiden)",
    summary: "Samenvatting (twee of drie regels)",
    link: "Verband met eerdere maatregel",
    link_none: "geen",
    linked: "Eerdere maatregel",
    field: "Veld",
    value: "Nieuwe waarde",
    now: "Nu in de catalogus",
    add: "Toevoegen",
    save: "Opslaan",
    export: "Delen (exporteren)…",
    import: "Importeren…",
    close: "Sluiten",
    choose: "kies…",
    unsaved: "niet opgeslagen",
    saved: "Eigen toevoegingen opgeslagen",
    exported: "Toevoegingen gedeeld in",
    save_failed: "Toevoegingen niet opgeslagen",
    nothing_yet: "Nog geen eigen toevoegingen.",
    added: "Toegevoegd; nog niet opgeslagen.",
    not_added: "Niet toegevoegd",
    remove: "Verwijderen",
    removed: "Verwijderd; nog niet opgeslagen.",
    not_removed: "Niet verwijderd: andere toevoegingen steunen erop",
    import_refused: "Niet geïmporteerd",
    own_addition: "eigen toevoeging",
    corrected: "gecorrigeerd",
    package_uses: "Dit pakket gebruikt eigen toevoegingen aan de catalogus",
    package_missing: "Dit pakket gebruikt toevoegingen aan de catalogus die hier ontbreken; importeer ze van wie het pakket maakte",
};

pub static EN: Texts = Texts {
    menu: "Update catalogue…",
    tip_menu: "Record a new letter, report or decision: steps, new measures and corrections, each with a quote and its place",
    window: "Update catalogue",
    folder: "Own catalogue",
    no_folder: "No folder for the own catalogue: additions cannot be saved.",
    tab_document: "Document",
    tab_step: "Step",
    tab_measure: "New measure",
    tab_correction: "Correction",
    tab_review: "Overview",
    title: "Title",
    date: "Date (YYYY-MM-DD or YYYY-MM)",
    kind: "Kind",
    path: "Own file (path, optional)",
    document: "Source (document)",
    place: "Place (section, page or paragraph)",
    quote: "Quote",
    measure: "Measure",
    status: "Status",
    what: "What happens",
    stream: "Migration stream",
    effect: "Effect as written",
    basis: "Grounds for the effect",
    horizon: "Term (KT, MLT, LT)",
    implementation: "Implementation time",
    instrument: "Needs (instrument)",
    ministries: "Ministries (comma-separated)",
    summary: "Summary (two or three lines)",
    link: "Relation to an earlier measure",
    link_none: "none",
    linked: "Earlier measure",
    field: "Field",
    value: "New value",
    now: "Now in the catalogue",
    add: "Add",
    save: "Save",
    export: "Share (export)…",
    import: "Import…",
    close: "Close",
    choose: "choose…",
    unsaved: "not saved",
    saved: "Own additions saved",
    exported: "Additions shared in",
    save_failed: "Additions not saved",
    nothing_yet: "No own additions yet.",
    added: "Added; not saved yet.",
    not_added: "Not added",
    remove: "Remove",
    removed: "Removed; not saved yet.",
    not_removed: "Not removed: other additions rest on it",
    import_refused: "Not imported",
    own_addition: "own addition",
    corrected: "corrected",
    package_uses: "This package uses own additions to the catalogue",
    package_missing: "This package uses additions to the catalogue that are missing here; import them from whoever made the package",
};

/// The table of the language spoken now.
pub fn t() -> &'static Texts {
    strings::pick(&NL, &EN)
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
        Problem::Refused(located) => located.clone(),
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
        Conflict::Invalid(located) => located.clone(),
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
