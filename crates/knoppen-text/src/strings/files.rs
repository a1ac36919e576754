//! File problems in the user's words: where (line, column) and what is wrong.

use super::*;

/// A file problem in the user's language, located: "Regel 3, kolom 12: hier wordt een komma
/// verwacht". (The technical `file:line:column: field: message` is the error's `Display`, for
/// the command line.)
pub fn load_error(e: &crate::catalogue::LoadError) -> String {
    use crate::catalogue::load::Problem as P;
    let what = problem_text(&e.problem, &e.field);
    let problem: &P = &e.problem;
    let whole_file = matches!(
        problem,
        P::CannotOpen | P::NotAFile | P::NoDataFiles | P::TooLarge { .. } | P::Empty
    );
    if whole_file {
        what
    } else {
        pick(
            format!("Regel {}, kolom {}: {what}", e.line, e.column),
            format!("Line {}, column {}: {what}", e.line, e.column),
        )
    }
}

/// A file problem for the command line: located as an editor reads it (file:line:column), said
/// in the chosen language; control characters from the file escaped.
pub fn cli_load_error(e: &crate::catalogue::LoadError) -> String {
    let esc = crate::catalogue::load::escape_control;
    format!(
        "{}:{}:{}: {}",
        esc(&e.file.display().to_string()),
        e.line,
        e.column,
        esc(&problem_text(&e.problem, &e.field))
    )
}

/// What went wrong in a file, in words. (Long: one arm per problem, both languages side by
/// side, so a new problem is worded in one place.)
pub fn problem_text(p: &crate::catalogue::load::Problem, field: &str) -> String {
    use crate::catalogue::load::Problem as P;
    let en = lang() == Lang::En;
    let say = |nl: String, en_: String| if en { en_ } else { nl };
    match p {
        P::Other => say(
            format!("hier klopt iets niet (veld ‘{field}’)"),
            format!("something is wrong here (field ‘{field}’)"),
        ),
        P::CannotOpen => say(
            "het bestand kan niet worden geopend of gelezen".into(),
            "the file cannot be opened or read".into(),
        ),
        P::NotAFile => say(
            "dit is geen gewoon bestand".into(),
            "this is not a regular file".into(),
        ),
        P::NoDataFiles => say(
            "in deze map staan geen .ron-bestanden".into(),
            "there are no .ron files in this folder".into(),
        ),
        P::TooLarge { megabytes, limit } => say(
            format!("het bestand is {megabytes} MB; bestanden boven {limit} MB worden geweigerd"),
            format!("the file is {megabytes} MB; files over {limit} MB are refused"),
        ),
        P::NotText => say(
            "hier staat geen leesbare tekst (UTF-8)".into(),
            "there is no readable text (UTF-8) here".into(),
        ),
        P::Empty => say("het bestand is leeg".into(), "the file is empty".into()),
        P::Truncated => say(
            "het bestand houdt hier te vroeg op (afgebroken?)".into(),
            "the file ends too early here (cut off?)".into(),
        ),
        P::Expected(t) => {
            let (nl, en_) = token_words(*t);
            say(
                format!("hier wordt {nl} verwacht"),
                format!("{en_} is expected here"),
            )
        }
        P::Unexpected(c) => say(
            format!("het teken ‘{}’ hoort hier niet", c.escape_debug()),
            format!("the character ‘{}’ does not belong here", c.escape_debug()),
        ),
        P::TrailingText => say(
            "na het einde van het pakket staat nog tekst".into(),
            "there is text after the end of the package".into(),
        ),
        P::UnknownField(f) => say(
            format!("het veld ‘{f}’ is onbekend"),
            format!("the field ‘{f}’ is unknown"),
        ),
        P::MissingField(f) => say(
            format!("het veld ‘{f}’ ontbreekt"),
            format!("the field ‘{f}’ is missing"),
        ),
        P::DuplicateField(f) => say(
            format!("het veld ‘{f}’ staat er twee keer"),
            format!("the field ‘{f}’ is there twice"),
        ),
        P::WrongValue => say(
            format!("deze waarde past niet bij het veld ‘{field}’"),
            format!("this value does not fit the field ‘{field}’"),
        ),
        P::FormatVersion {
            found,
            oldest,
            newest,
        } => say(
            format!(
                "dit pakket heeft bestandsversie {found}; deze Knoppen leest versie {oldest} tot en met {newest}. Een nieuwere Knoppen kan het openen."
            ),
            format!(
                "this package has file version {found}; this Knoppen reads versions {oldest} to {newest}. A newer Knoppen can open it."
            ),
        ),
        P::NotAMonth(d) => {
            let (lo, hi) = (crate::month::YEARS.start(), crate::month::YEARS.end());
            say(
                format!("‘{d}’ is geen maand; schrijf JJJJ-MM met een jaar van {lo} tot {hi}"),
                format!("‘{d}’ is not a month; write YYYY-MM with a year from {lo} to {hi}"),
            )
        }
        P::WeightOutOfRange { measure, weight } => {
            let shown = weight
                .parse::<f64>()
                .map_or_else(|_| weight.clone(), number);
            let (lo, hi) = (
                number(f64::from(*crate::package::WEIGHTS.start())),
                number(f64::from(*crate::package::WEIGHTS.end())),
            );
            say(
                format!("‘{measure}’: weging {shown} ligt niet tussen {lo} en {hi}"),
                format!("‘{measure}’: weight {shown} is not between {lo} and {hi}"),
            )
        }
        P::DuplicateId(id) => say(
            format!("‘{id}’ staat er twee keer"),
            format!("‘{id}’ is there twice"),
        ),
        P::UnknownReference(id) if id.is_empty() => say(
            format!("een verwijzing in ‘{field}’ wijst naar iets dat niet bestaat"),
            format!("a reference in ‘{field}’ points to something that does not exist"),
        ),
        P::UnknownReference(id) => say(
            format!("‘{id}’ bestaat niet (veld ‘{field}’)"),
            format!("‘{id}’ does not exist (field ‘{field}’)"),
        ),
        P::MissingValue => say(
            format!("het veld ‘{field}’ is leeg of ontbreekt"),
            format!("the field ‘{field}’ is empty or missing"),
        ),
        P::BadId => say(
            "een id is ‘stroom.naam’ in kleine letters, bijvoorbeeld ‘arbeid.etk’".into(),
            "an id is ‘stream.name’ in lower case, for example ‘arbeid.etk’".into(),
        ),
        P::OutOfRange => say(
            format!("de waarde in ‘{field}’ valt buiten wat kan"),
            format!("the value in ‘{field}’ is outside what is possible"),
        ),
        P::NeedsDirection(symbol) => say(
            format!("‘{symbol}’ is geen standaardteken: geef de richting erbij"),
            format!("‘{symbol}’ is not a standard sign: give its direction"),
        ),
        P::AssumptionsOutOfRange => say(
            "de aannames van dit pakket vallen buiten het toegestane bereik".into(),
            "this package's assumptions are outside the allowed range".into(),
        ),
        P::ListedTwice { measure, times } => say(
            format!(
                "‘{measure}’ staat {times} keer in het pakket; hij telt één keer (de eerste blijft, de andere vervallen bij opslaan)"
            ),
            format!(
                "‘{measure}’ is listed {times} times; it counts once (the first is kept, the others are dropped when saved)"
            ),
        ),
        P::UnknownMeasure(m) => say(
            format!("‘{m}’ staat niet in de catalogus; bewaard in het bestand, telt niet mee"),
            format!("‘{m}’ is not in the catalogue; kept in the file, not counted"),
        ),
        P::UnknownVariant { measure, variant } => say(
            format!("‘{measure}’ heeft geen variant ‘{variant}’; telt mee zonder variant"),
            format!("‘{measure}’ has no variant ‘{variant}’; counted without one"),
        ),
    }
}

/// What the syntax wants, in Dutch and in English.
fn token_words(t: crate::catalogue::load::Token) -> (&'static str, &'static str) {
    use crate::catalogue::load::Token as T;
    match t {
        T::Comma => ("een komma", "a comma"),
        T::OpenParen => ("een openend haakje ‘(’", "an opening bracket ‘(’"),
        T::CloseParen => ("een sluitend haakje ‘)’", "a closing bracket ‘)’"),
        T::OpenBracket => ("een lijst die opent met ‘[’", "a list opening with ‘[’"),
        T::CloseBracket => ("het einde van de lijst, ‘]’", "the end of the list, ‘]’"),
        T::OpenBrace => ("een ‘{’", "a ‘{’"),
        T::CloseBrace => ("een ‘}’", "a ‘}’"),
        T::Colon => ("een dubbele punt", "a colon"),
        T::Text => (
            "een tekst tussen aanhalingstekens",
            "a text in double quotes",
        ),
        T::TextEnd => ("een sluitend aanhalingsteken", "a closing double quote"),
        T::Number => ("een getal", "a number"),
        T::WholeNumber => ("een heel getal", "a whole number"),
        T::Boolean => ("true of false", "true or false"),
        T::Name => ("een naam", "a name"),
    }
}

/// What `knoppen check` found: "80 maatregelen, 5 sporen, 5 documenten; 0 problemen".
pub fn check_summary(measures_: usize, tracks: usize, documents: usize, problems: usize) -> String {
    let n = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
    let (m, tr, d, p) = (n(measures_), n(tracks), n(documents), n(problems));
    pick(
        format!(
            "{}, {}, {}; {}",
            measures(m),
            count(tr, "spoor", "sporen"),
            count(d, "document", "documenten"),
            count(p, "probleem", "problemen")
        ),
        format!(
            "{}, {}, {}; {}",
            measures(m),
            count(tr, "track", "tracks"),
            count(d, "document", "documents"),
            count(p, "problem", "problems")
        ),
    )
}

/// Why a file could not be written, in the user's words (the system's own text otherwise).
pub fn write_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::InvalidInput => pick(
            "dit is geen gewoon bestand (een apparaat, pijp of map): Knoppen vervangt het niet",
            "this is not a regular file (a device, pipe or folder): Knoppen does not replace it",
        )
        .into(),
        K::PermissionDenied => pick(
            "het bestand is alleen-lezen of u heeft er geen schrijfrecht op; kies een andere naam",
            "the file is read-only or you may not write it; choose another name",
        )
        .into(),
        K::NotFound => pick("de map bestaat niet", "the folder does not exist").into(),
        K::StorageFull => pick("de schijf is vol", "the disk is full").into(),
        _ => e.to_string(),
    }
}

// --- Slides -------------------------------------------------------------------------------

/// A screen size that is not WIDTHxHEIGHT in pixels.
pub fn bad_size(text: &str) -> String {
    pick(
        format!(
            "‘{text}’ is geen schermmaat: schrijf breedte x hoogte in pixels, bijvoorbeeld 1366x768"
        ),
        format!(
            "‘{text}’ is not a screen size: write width x height in pixels, for example 1366x768"
        ),
    )
}

/// A binary format asked for on standard output: where it goes instead.
pub fn binary_to_stdout(kind: &str) -> String {
    pick(
        format!(
            "knoppen: {kind} is een binair bestandsformaat en gaat niet naar de standaarduitvoer; \
             noem een bestand met -o BESTAND"
        ),
        format!(
            "knoppen: {kind} is a binary file format and is not written to standard output; \
             name a file with -o FILE"
        ),
    )
}
