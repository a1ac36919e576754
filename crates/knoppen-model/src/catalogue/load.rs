//! Reading catalogue files: size limit, RON parsing with located errors, merging the files into
//! one catalogue, and validation of every reference. Errors never stop the load: a bad file is
//! skipped, a bad measure is left out, a bad reference is dropped, and each is reported.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::Catalogue;
use super::model::*;

/// Files larger than this are refused unread: no catalogue or package comes near it.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Ministries the sources name, in their short forms.
pub const MINISTRIES: &[&str] = &[
    "AenM", "BZ", "BZK", "DEF", "EZ", "EZK", "Fin", "IenW", "JenV", "KGG", "LVVN", "OCW", "SZW",
    "VRO", "VWS",
];

/// A problem in a file, located as precisely as we can.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    pub field: String,
    /// The technical message, in English: for the command line and for data maintainers.
    pub message: String,
    /// What went wrong, as data: the text layer says it in the user's language. (Boxed: an
    /// error stays small to pass around.)
    pub problem: Box<Problem>,
}

/// What went wrong in a file, as data (no words: the text layer makes them).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Problem {
    /// Something only the technical message describes.
    #[default]
    Other,
    CannotOpen,
    NotAFile,
    /// A data folder without `.ron` files.
    NoDataFiles,
    TooLarge {
        megabytes: u64,
        limit: u64,
    },
    NotText,
    Empty,
    /// The file ends in the middle of something (truncated?).
    Truncated,
    /// The syntax wants this here.
    Expected(Token),
    /// A character that does not belong here.
    Unexpected(char),
    /// Text after the end of the value.
    TrailingText,
    UnknownField(String),
    MissingField(String),
    DuplicateField(String),
    /// A value of the wrong kind (text where a number belongs, an unknown option).
    WrongValue,
    /// A package written by a newer (or much older) Knoppen.
    FormatVersion {
        found: u32,
        oldest: u32,
        newest: u32,
    },
    /// A decision date that is not a month.
    NotAMonth(String),
    /// A weight outside the slider's range (the weight as written).
    WeightOutOfRange {
        measure: String,
        weight: String,
    },
    /// The package's own assumptions are out of range.
    AssumptionsOutOfRange,
    /// An id (of a measure, document, variant, timing) used twice.
    DuplicateId(String),
    /// A reference to a measure, document or ministry that does not exist (empty: not named).
    UnknownReference(String),
    /// A value that must be there is empty or missing.
    MissingValue,
    /// An id not written as `stream.slug` in lower case.
    BadId,
    /// A number or date outside what can be meant.
    OutOfRange,
    /// An effect symbol that is not standard, without its direction.
    NeedsDirection(String),
    /// A measure listed more than once.
    ListedTwice {
        measure: String,
        times: usize,
    },
    /// A measure the catalogue does not know.
    UnknownMeasure(String),
    /// A variant the measure does not have.
    UnknownVariant {
        measure: String,
        variant: String,
    },
}

/// What the syntax expected at a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token {
    Comma,
    /// `(` opening a record.
    OpenParen,
    /// `)` closing a record.
    CloseParen,
    /// `[` opening a list.
    OpenBracket,
    /// `]` closing a list.
    CloseBracket,
    /// `{` opening a map.
    OpenBrace,
    /// `}` closing a map.
    CloseBrace,
    Colon,
    /// A text in double quotes.
    Text,
    /// The closing double quote of a text.
    TextEnd,
    Number,
    WholeNumber,
    /// `true` or `false`.
    Boolean,
    /// A name (of a field or an option).
    Name,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            escape_control(&self.file.display().to_string()),
            self.line,
            self.column,
            escape_control(&self.field),
            escape_control(&self.message)
        )
    }
}

/// Control characters written as escapes (`\n`, `\u{1b}`): an id from a file must not forge
/// an output line or reach the terminal as an escape code.
pub fn escape_control(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_owned();
    }
    s.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

impl LoadError {
    pub fn new(file: &Path, (line, column): (usize, usize), field: &str, message: String) -> Self {
        Self {
            file: file.to_path_buf(),
            line,
            column,
            field: field.to_owned(),
            message,
            problem: Box::new(Problem::Other),
        }
    }

    /// A data folder without catalogue files.
    pub fn no_ron_files(dir: &Path) -> Self {
        Self::new(dir, (1, 1), "data", "no .ron files in this folder".into())
            .with(Problem::NoDataFiles)
    }

    /// The same error, with what went wrong as data.
    pub fn with(mut self, problem: Problem) -> Self {
        self.problem = Box::new(problem);
        self
    }
}

/// What a load produced: the catalogue with everything valid, and every problem found.
#[derive(Debug, Clone, Default)]
pub struct LoadReport {
    pub catalogue: Catalogue,
    pub errors: Vec<LoadError>,
    pub files: Vec<PathBuf>,
}

/// Read a text file, refusing oversized files before reading them.
pub fn read_limited(path: &Path) -> Result<String, LoadError> {
    let at_start = |msg: String| LoadError::new(path, (1, 1), "file", msg);
    let cannot_open = |msg: String| at_start(msg).with(Problem::CannotOpen);
    let too_large = |msg: String, len: u64| {
        at_start(msg).with(Problem::TooLarge {
            megabytes: len / (1024 * 1024),
            limit: MAX_FILE_BYTES / (1024 * 1024),
        })
    };
    // Before opening: a FIFO or device would block or never end.
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => {
            return Err(at_start("not a regular file".into()).with(Problem::NotAFile));
        }
        Err(e) => return Err(cannot_open(format!("cannot open: {e}"))),
        Ok(_) => {}
    }
    let file = std::fs::File::open(path).map_err(|e| cannot_open(format!("cannot open: {e}")))?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    if len > MAX_FILE_BYTES {
        return Err(too_large(
            format!(
                "file is {} MB; files over {} MB are refused",
                len / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            len,
        ));
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| cannot_open(format!("cannot read: {e}")))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(
            "file grew past the size limit while reading".into(),
            bytes.len() as u64,
        ));
    }
    String::from_utf8(bytes)
        .map_err(|e| {
            let (line, col) = line_col(
                &String::from_utf8_lossy(e.as_bytes()),
                e.utf8_error().valid_up_to(),
            );
            LoadError::new(path, (line, col), "file", "not valid UTF-8 text".into())
                .with(Problem::NotText)
        })
        .map(strip_bom)
}

/// Text without a UTF-8 byte-order mark (Windows Notepad may write one).
pub fn strip_bom(text: String) -> String {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    }
}

/// Every `*.ron` file directly in `dir`, sorted by name.
pub fn ron_files(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| LoadError::new(dir, (1, 1), "data", format!("cannot read the folder: {e}")))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    for f in &files {
        let name = f.file_name().map(PathBuf::from).unwrap_or_default();
        inside(dir, &name).map_err(|e| LoadError::new(f, (1, 1), "data", e))?;
    }
    Ok(files)
}

/// `name` within `dir`: no absolute path, no `..`, and no symlink that leads out of it.
pub fn inside(dir: &Path, name: &Path) -> Result<PathBuf, String> {
    use std::path::Component;
    if !name.components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(format!(
            "'{}' must be a plain name inside {}",
            escape_control(&name.display().to_string()),
            dir.display()
        ));
    }
    let path = dir.join(name);
    let (real_dir, real) = (std::fs::canonicalize(dir), std::fs::canonicalize(&path));
    match (real_dir, real) {
        (Ok(d), Ok(p)) if !p.starts_with(&d) => Err(format!(
            "{} leads outside {} (a symlink?)",
            path.display(),
            dir.display()
        )),
        _ => Ok(path),
    }
}

/// Load every catalogue file in a folder.
pub fn load_dir(dir: &Path) -> LoadReport {
    match ron_files(dir) {
        Ok(files) if files.is_empty() => LoadReport {
            errors: vec![LoadError::no_ron_files(dir)],
            ..Default::default()
        },
        Ok(files) => load_paths(&files),
        Err(e) => LoadReport {
            errors: vec![e],
            ..Default::default()
        },
    }
}

pub fn load_paths(files: &[PathBuf]) -> LoadReport {
    load_sources(files.iter().map(|p| (p.clone(), read_limited(p))))
}

/// Load already-read files (the embedded catalogue comes this way).
pub fn load_sources(
    sources: impl IntoIterator<Item = (PathBuf, Result<String, LoadError>)>,
) -> LoadReport {
    load_marked(sources.into_iter().map(|(p, t)| (p, t, false)))
}

/// Load the built-in files with the user's own layered over them. The user's files use the same
/// schema and rules, and more: every source in them quotes its passage and names its place, and
/// they add no tracks or figures. What breaks these rules is left out and reported, located.
pub fn load_layered(
    builtin: impl IntoIterator<Item = (PathBuf, Result<String, LoadError>)>,
    user: impl IntoIterator<Item = (PathBuf, Result<String, LoadError>)>,
) -> LoadReport {
    load_marked(
        builtin
            .into_iter()
            .map(|(p, t)| (p, t, false))
            .chain(user.into_iter().map(|(p, t)| (p, t, true))),
    )
}

fn load_marked(
    sources: impl IntoIterator<Item = (PathBuf, Result<String, LoadError>, bool)>,
) -> LoadReport {
    let mut errors = Vec::new();
    let mut parsed = Vec::new();
    let mut files = Vec::new();
    for (path, text, user) in sources {
        files.push(path.clone());
        let text = match text {
            Ok(t) => t,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        match parse_ron::<CatalogueFile>(&path, &text) {
            Ok(file) => {
                let index = TextIndex::new(&text);
                let mut p = Parsed {
                    path,
                    text,
                    file,
                    index,
                };
                if user {
                    p.file = check_user_file(&p, &mut errors);
                }
                parsed.push(p);
            }
            Err(e) => errors.push(e),
        }
    }
    let catalogue = assemble(parsed, &mut errors);
    LoadReport {
        catalogue,
        errors,
        files,
    }
}

/// Parse RON text, turning its errors into located ones that name the field.
pub fn parse_ron<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<T, LoadError> {
    if text.trim().is_empty() {
        return Err(
            LoadError::new(path, (1, 1), "file", "the file is empty".into()).with(Problem::Empty),
        );
    }
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str::<T>(text)
        .map_err(|e| {
            let pos = (e.span.start.line, e.span.start.col);
            let field = match &e.code {
                ron::Error::NoSuchStructField { found, .. } => found.clone(),
                ron::Error::MissingStructField { field, .. } => (*field).to_owned(),
                ron::Error::DuplicateStructField { field, .. } => (*field).to_owned(),
                _ => field_before(text, pos).unwrap_or_else(|| "file".into()),
            };
            let message = match &e.code {
                ron::Error::Eof => "the file ends too early (truncated?)".to_owned(),
                code => code.to_string(),
            };
            LoadError::new(path, pos, &field, message).with(problem_of(&e.code))
        })
}

/// A RON error as data.
fn problem_of(code: &ron::Error) -> Problem {
    use ron::Error as E;
    let expected = |t: Token| Problem::Expected(t);
    match code {
        E::Eof | E::UnclosedBlockComment | E::UnclosedLineComment | E::ExpectedStringEnd => {
            Problem::Truncated
        }
        E::ExpectedComma => expected(Token::Comma),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) | E::ExpectedOption => {
            expected(Token::OpenParen)
        }
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => expected(Token::CloseParen),
        E::ExpectedArray => expected(Token::OpenBracket),
        E::ExpectedArrayEnd => expected(Token::CloseBracket),
        E::ExpectedMap => expected(Token::OpenBrace),
        E::ExpectedMapEnd => expected(Token::CloseBrace),
        E::ExpectedMapColon => expected(Token::Colon),
        E::ExpectedString | E::ExpectedChar => expected(Token::Text),
        E::ExpectedFloat => expected(Token::Number),
        E::ExpectedInteger | E::IntegerOutOfBounds | E::InvalidIntegerDigit { .. } => {
            expected(Token::WholeNumber)
        }
        E::ExpectedBoolean => expected(Token::Boolean),
        E::ExpectedIdentifier | E::InvalidIdentifier(_) | E::ExpectedStructName(_) => {
            expected(Token::Name)
        }
        E::UnexpectedChar(c) => Problem::Unexpected(*c),
        E::TrailingCharacters => Problem::TrailingText,
        E::NoSuchStructField { found, .. } => Problem::UnknownField(found.clone()),
        E::MissingStructField { field, .. } => Problem::MissingField((*field).to_owned()),
        E::DuplicateStructField { field, .. } => Problem::DuplicateField((*field).to_owned()),
        E::InvalidValueForType { .. }
        | E::NoSuchEnumVariant { .. }
        | E::ExpectedDifferentLength { .. }
        | E::ExpectedDifferentStructName { .. }
        | E::Message(_) => Problem::WrongValue,
        _ => Problem::Other,
    }
}

/// The name of the innermost `name:` written before a position, to say which field a type
/// error is in.
fn field_before(text: &str, (line, col): (usize, usize)) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let last = line.min(lines.len());
    for i in (0..last).rev() {
        let l = lines[i];
        let l = if i + 1 == line {
            l.get(..col.saturating_sub(1).min(l.len())).unwrap_or(l)
        } else {
            l
        };
        if let Some(name) = last_field_name(l) {
            return Some(name);
        }
    }
    None
}

fn last_field_name(line: &str) -> Option<String> {
    let bytes = line.as_bytes();
    let mut found = None;
    for (i, _) in line.match_indices(':') {
        let head = &line[..i];
        let name: String = head
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect::<String>()
            .chars()
            .rev()
            .collect();
        let in_string = bytes[..i].iter().filter(|&&b| b == b'"').count() % 2 == 1;
        if !name.is_empty() && !in_string {
            found = Some(name);
        }
    }
    found
}

/// 1-based line and column of a byte offset.
/// Line starts of a text, found once, so that locating many errors stays linear.
pub struct LineTable<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineTable<'a> {
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { text, starts }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|s| *s <= offset).max(1);
        let start = self.starts[line - 1];
        let col = self
            .text
            .get(start..offset)
            .map_or(0, |l| l.chars().count());
        (line, col + 1)
    }
}

pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

struct Parsed {
    path: PathBuf,
    text: String,
    file: CatalogueFile,
    index: TextIndex,
}

impl Parsed {
    fn locator(&self) -> Locator<'_> {
        Locator {
            path: &self.path,
            text: &self.text,
            index: &self.index,
        }
    }
}

/// Where each string literal and each line starts, found in one pass, so that locating many
/// errors stays linear instead of re-scanning the file for each.
struct TextIndex {
    /// A literal's text as written (between its quotes) → offsets of its opening quote.
    strings: HashMap<String, Vec<usize>>,
    lines: Vec<usize>,
}

impl TextIndex {
    fn new(text: &str) -> Self {
        let mut strings: HashMap<String, Vec<usize>> = HashMap::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] != b'"' {
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            while i < bytes.len() && bytes[i] != b'"' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            if let Some(content) = text.get(start + 1..i.min(bytes.len())) {
                strings.entry(content.to_owned()).or_default().push(start);
            }
            i += 1;
        }
        let lines = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { strings, lines }
    }
}

/// Finds where things are written, to locate errors found after parsing.
struct Locator<'a> {
    path: &'a Path,
    text: &'a str,
    index: &'a TextIndex,
}

impl Locator<'_> {
    /// Position of the `nth` occurrence of `"value"` at or after `from`.
    fn quoted(&self, value: &str, from: usize, nth: usize) -> (usize, usize) {
        let hit = self.index.strings.get(value).and_then(|at| {
            let first = at.partition_point(|i| *i < from);
            at.get(first + nth).copied()
        });
        self.line_col(hit.unwrap_or(from))
    }

    fn offset_of(&self, value: &str, nth: usize) -> usize {
        let at = self.index.strings.get(value);
        at.and_then(|at| at.get(nth).copied()).unwrap_or(0)
    }

    fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.index.lines.partition_point(|s| *s <= offset).max(1);
        let start = self.index.lines.get(line - 1).copied().unwrap_or(0);
        let col = self
            .text
            .get(start..offset)
            .map_or(0, |l| l.chars().count());
        (line, col + 1)
    }

    fn error(&self, pos: (usize, usize), field: &str, message: String) -> LoadError {
        LoadError::new(self.path, pos, field, message)
    }
}

fn assemble(parsed: Vec<Parsed>, errors: &mut Vec<LoadError>) -> Catalogue {
    let documents = collect_documents(&parsed, errors);
    let doc_ids: HashSet<String> = documents.iter().map(|d| d.id.clone()).collect();
    let mut measures: Vec<Measure> = Vec::new();
    let mut origin: HashMap<String, (usize, usize)> = HashMap::new();
    for (fi, p) in parsed.iter().enumerate() {
        let loc = p.locator();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for m in &p.file.measures {
            let nth = seen.entry(m.id.as_str()).or_insert(0);
            let offset = loc.offset_of(&m.id, *nth);
            *nth += 1;
            if origin.contains_key(&m.id) {
                errors.push(
                    loc.error(
                        loc.line_col(offset),
                        "id",
                        format!("duplicate measure id '{}'", m.id),
                    )
                    .with(Problem::DuplicateId(m.id.clone())),
                );
                continue;
            }
            if let Some(m) = validate_measure(m.clone(), &loc, offset, &doc_ids, errors) {
                origin.insert(m.id.clone(), (fi, offset));
                measures.push(m);
            }
        }
    }
    let mut catalogue = Catalogue::new(documents, measures, Vec::new());
    for p in &parsed {
        let loc = p.locator();
        apply_amendments(&mut catalogue, &p.file.amend, &loc, &doc_ids, errors);
        apply_steps(&mut catalogue, &p.file.steps, &loc, &doc_ids, errors);
        apply_timing(&mut catalogue, &p.file.timing, &loc, &doc_ids, errors);
        apply_corrections(&mut catalogue, &p.file.corrections, &loc, &doc_ids, errors);
    }
    let tracks = collect_tracks(&parsed, &mut catalogue, &doc_ids, errors);
    catalogue.tracks = tracks;
    catalogue.figures = collect_figures(&parsed, &catalogue, &doc_ids, errors);
    check_links(&mut catalogue, &parsed, &origin, errors);
    catalogue
}

fn collect_figures(
    parsed: &[Parsed],
    catalogue: &Catalogue,
    doc_ids: &HashSet<String>,
    errors: &mut Vec<LoadError>,
) -> Vec<crate::catalogue::figures::Figure> {
    let mut figures: Vec<crate::catalogue::figures::Figure> = Vec::new();
    for p in parsed {
        let loc = p.locator();
        for f in &p.file.figures {
            let pos = loc.quoted(&f.id, 0, 0);
            let problem = if figures.iter().any(|g| g.id == f.id) {
                Some(("id", format!("duplicate figure id '{}'", f.id)))
            } else if !doc_ids.contains(&f.source.doc) {
                Some((
                    "source.doc",
                    format!("figure '{}': unknown document '{}'", f.id, f.source.doc),
                ))
            } else {
                crate::catalogue::figures::check(f)
                    .err()
                    .map(|(field, msg)| (field, format!("figure '{}': {msg}", f.id)))
            };
            if let Some((field, msg)) = problem {
                errors.push(loc.error(pos, field, msg));
                continue;
            }
            let mut f = f.clone();
            f.measures.retain(|id| {
                let known = catalogue.get(id).is_some();
                if !known {
                    errors.push(
                        loc.error(
                            loc.quoted(id, 0, 0),
                            "measures",
                            format!("figure '{}' names unknown measure '{id}'", f.id),
                        )
                        .with(Problem::UnknownReference(id.clone())),
                    );
                }
                known
            });
            figures.push(f);
        }
    }
    figures
}

fn collect_documents(parsed: &[Parsed], errors: &mut Vec<LoadError>) -> Vec<Document> {
    let mut docs: Vec<Document> = Vec::new();
    for p in parsed {
        let loc = p.locator();
        for d in &p.file.documents {
            if docs.iter().any(|x| x.id == d.id) {
                let pos = loc.quoted(&d.id, 0, 0);
                errors.push(
                    loc.error(pos, "id", format!("duplicate document id '{}'", d.id))
                        .with(Problem::DuplicateId(d.id.clone())),
                );
            } else {
                docs.push(d.clone());
            }
        }
    }
    docs
}

fn valid_id(id: &str) -> bool {
    let mut parts = id.splitn(2, '.');
    let stream = parts.next().unwrap_or("");
    let slug = parts.next().unwrap_or("");
    Stream::ALL.iter().any(|s| s.id() == stream)
        && !slug.is_empty()
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
}

/// Check one measure on its own. Returns it without its bad references, or `None` when it
/// cannot be shown honestly (no id, no source, no summary, an effect without a direction).
fn validate_measure(
    mut m: Measure,
    loc: &Locator,
    offset: usize,
    doc_ids: &HashSet<String>,
    errors: &mut Vec<LoadError>,
) -> Option<Measure> {
    let at = loc.line_col(offset);
    let mut ok = true;
    let mut fail = |field: &str, msg: String, problem: Problem| {
        errors.push(
            loc.error(at, field, format!("measure '{}': {msg}", m.id))
                .with(problem),
        );
    };
    if !valid_id(&m.id) {
        fail(
            "id",
            "an id is '<stream>.<slug>' in lower case, e.g. 'arbeid.etk'".into(),
            Problem::BadId,
        );
        ok = false;
    }
    if m.title.trim().is_empty() {
        fail("title", "the title is empty".into(), Problem::MissingValue);
        ok = false;
    }
    if m.summary.trim().is_empty() {
        fail(
            "summary",
            "the summary is empty".into(),
            Problem::MissingValue,
        );
        ok = false;
    }
    match &m.effect {
        Some(e) if e.direction.is_none() && Direction::from_symbol(&e.symbol).is_none() => {
            fail(
                "effect.direction",
                format!(
                    "'{}' is not a standard symbol: give its direction",
                    e.symbol
                ),
                Problem::NeedsDirection(e.symbol.clone()),
            );
            ok = false;
        }
        None if !m.variants.iter().any(|v| v.effect.is_some()) => {
            fail(
                "effect",
                "no effect, and no variant has one".into(),
                Problem::MissingValue,
            );
            ok = false;
        }
        _ => {}
    }
    for v in &m.variants {
        if let Some(e) = &v.effect
            && e.direction.is_none()
            && Direction::from_symbol(&e.symbol).is_none()
        {
            fail(
                "variants.effect.direction",
                format!("variant '{}': '{}' needs a direction", v.key, e.symbol),
                Problem::NeedsDirection(e.symbol.clone()),
            );
            ok = false;
        }
    }
    let mut keys = HashSet::new();
    for v in &m.variants {
        if !keys.insert(v.key.as_str()) {
            fail(
                "variants.key",
                format!("duplicate variant key '{}'", v.key),
                Problem::DuplicateId(v.key.clone()),
            );
            ok = false;
        }
    }
    for min in &m.ministries {
        if !MINISTRIES.contains(&min.as_str()) {
            fail(
                "ministries",
                format!("unknown ministry '{min}'"),
                Problem::UnknownReference(min.clone()),
            );
        }
    }
    let before = m.sources.len();
    m.sources.retain(|s| doc_ids.contains(&s.doc));
    if m.sources.len() < before {
        fail(
            "sources.doc",
            "a source names an unknown document".into(),
            Problem::UnknownReference(String::new()),
        );
    }
    if m.sources.is_empty() {
        fail("sources", "has no source".into(), Problem::MissingValue);
        ok = false;
    }
    ok.then_some(m)
}

fn apply_amendments(
    catalogue: &mut Catalogue,
    amends: &[Amendment],
    loc: &Locator,
    doc_ids: &HashSet<String>,
    errors: &mut Vec<LoadError>,
) {
    for a in amends {
        let pos = loc.quoted(&a.id, 0, 0);
        let Some(i) = catalogue.position(&a.id) else {
            errors.push(
                loc.error(pos, "amend.id", format!("no measure '{}' to amend", a.id))
                    .with(Problem::UnknownReference(a.id.clone())),
            );
            continue;
        };
        if let Some(s) = a.sources.iter().find(|s| !doc_ids.contains(&s.doc)) {
            errors.push(
                loc.error(
                    pos,
                    "amend.sources.doc",
                    format!("unknown document '{}'", s.doc),
                )
                .with(Problem::UnknownReference(s.doc.clone())),
            );
            continue;
        }
        if a.sources.is_empty() {
            errors.push(
                loc.error(
                    pos,
                    "amend.sources",
                    format!("amendment of '{}' has no source", a.id),
                )
                .with(Problem::MissingValue),
            );
            continue;
        }
        let m = &mut catalogue.measures[i];
        m.sources.extend(a.sources.iter().cloned());
        m.sections.extend(a.sections.iter().cloned());
        m.links.extend(a.links.iter().cloned());
        m.notes.extend(a.notes.iter().cloned());
        m.reach.extend(a.reach.iter().cloned());
        if let Some(kind) = a.variant_kind {
            m.variant_kind = kind;
        }
        for v in &a.variants {
            if m.variants.iter().any(|x| x.key == v.key) {
                errors.push(
                    loc.error(
                        pos,
                        "amend.variants.key",
                        format!("variant '{}' already exists", v.key),
                    )
                    .with(Problem::DuplicateId(v.key.clone())),
                );
            } else {
                m.variants.push(v.clone());
            }
        }
        for min in &a.ministries {
            if !m.ministries.contains(min) {
                m.ministries.push(min.clone());
            }
        }
        match (&m.cost, &a.cost) {
            (None, Some(c)) => m.cost = Some(c.clone()),
            (Some(old), Some(new)) if old != new => errors.push(loc.error(
                pos,
                "amend.cost",
                format!("'{}' already has cost '{old}'", a.id),
            )),
            _ => {}
        }
    }
}

fn apply_steps(
    catalogue: &mut Catalogue,
    steps: &[Step],
    loc: &Locator,
    doc_ids: &HashSet<String>,
    errors: &mut Vec<LoadError>,
) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut touched: HashSet<usize> = HashSet::new();
    for s in steps {
        let nth = seen.entry(s.measure.as_str()).or_insert(0);
        let pos = loc.quoted(&s.measure, 0, *nth);
        *nth += 1;
        if !doc_ids.contains(&s.source.doc) {
            errors.push(
                loc.error(
                    pos,
                    "steps.source.doc",
                    format!("unknown document '{}'", s.source.doc),
                )
                .with(Problem::UnknownReference(s.source.doc.clone())),
            );
            continue;
        }
        match catalogue.position(&s.measure) {
            Some(i) => {
                catalogue.measures[i].lineage.push(s.clone());
                touched.insert(i);
            }
            None => errors.push(
                loc.error(
                    pos,
                    "steps.measure",
                    format!("no measure '{}' for this step", s.measure),
                )
                .with(Problem::UnknownReference(s.measure.clone())),
            ),
        }
    }
    // Sorted once at the end, not after every step: a file of 20,000 steps stays linear.
    // The sort is stable, so steps of one date keep the order the sources give.
    for i in touched {
        catalogue.measures[i]
            .lineage
            .sort_by(|a, b| a.date.cmp(&b.date));
    }
}

fn apply_timing(
    catalogue: &mut Catalogue,
    timing: &[Timing],
    loc: &Locator,
    doc_ids: &HashSet<String>,
    errors: &mut Vec<LoadError>,
) {
    for t in timing {
        let pos = loc.quoted(&t.measure, 0, 0);
        let problem = if !doc_ids.contains(&t.source.doc) {
            Some((
                "timing.source.doc",
                format!("unknown document '{}'", t.source.doc),
            ))
        } else if let (Some(a), Some(b)) = (t.lead_months_min, t.lead_months_max)
            && a > b
        {
            Some((
                "timing.lead_months_max",
                format!("'{}': maximum {b} is below minimum {a}", t.measure),
            ))
        } else if t
            .earliest
            .as_deref()
            .is_some_and(|e| crate::month::Month::parse(e).is_none())
        {
            Some((
                "timing.earliest",
                format!("'{}': earliest must be YYYY-MM", t.measure),
            ))
        } else {
            None
        };
        if let Some((field, msg)) = problem {
            errors.push(loc.error(pos, field, msg));
            continue;
        }
        match catalogue.position(&t.measure) {
            Some(i) if catalogue.measures[i].timing.is_some() => {
                errors.push(
                    loc.error(
                        pos,
                        "timing.measure",
                        format!("'{}' has timing twice", t.measure),
                    )
                    .with(Problem::DuplicateId(t.measure.clone())),
                );
            }
            Some(i) => catalogue.measures[i].timing = Some(t.clone()),
            None => errors.push(
                loc.error(
                    pos,
                    "timing.measure",
                    format!("no measure '{}' for this timing", t.measure),
                )
                .with(Problem::UnknownReference(t.measure.clone())),
            ),
        }
    }
}

fn collect_tracks(
    parsed: &[Parsed],
    catalogue: &mut Catalogue,
    doc_ids: &HashSet<String>,
    errors: &mut Vec<LoadError>,
) -> Vec<Track> {
    let mut tracks: Vec<Track> = Vec::new();
    for p in parsed {
        let loc = p.locator();
        for t in &p.file.tracks {
            let pos = loc.quoted(&t.title, 0, 0);
            if !(1..=5).contains(&t.number) || tracks.iter().any(|x| x.number == t.number) {
                errors.push(
                    loc.error(
                        pos,
                        "number",
                        format!("track {} is out of range or repeated", t.number),
                    )
                    .with(Problem::OutOfRange),
                );
                continue;
            }
            if !doc_ids.contains(&t.source.doc) {
                errors.push(
                    loc.error(
                        pos,
                        "source.doc",
                        format!("unknown document '{}'", t.source.doc),
                    )
                    .with(Problem::UnknownReference(t.source.doc.clone())),
                );
            }
            let mut track = t.clone();
            track.measures.retain(|id| match catalogue.position(id) {
                Some(i) => {
                    catalogue.measures[i].tracks.push(t.number);
                    true
                }
                None => {
                    errors.push(
                        loc.error(
                            loc.quoted(id, 0, 0),
                            "measures",
                            format!("track {} names unknown measure '{id}'", t.number),
                        )
                        .with(Problem::UnknownReference(id.clone())),
                    );
                    false
                }
            });
            tracks.push(track);
        }
    }
    tracks.sort_by_key(|t| t.number);
    tracks
}

/// Drop links to measures that do not exist, reporting each where the measure is written.
fn check_links(
    catalogue: &mut Catalogue,
    parsed: &[Parsed],
    origin: &HashMap<String, (usize, usize)>,
    errors: &mut Vec<LoadError>,
) {
    let ids: HashSet<String> = catalogue.measures.iter().map(|m| m.id.clone()).collect();
    for m in &mut catalogue.measures {
        m.links.retain(|l| {
            if ids.contains(&l.to) {
                return true;
            }
            let (path, pos) = match origin.get(&m.id) {
                Some(&(fi, off)) => {
                    let p = &parsed[fi];
                    let loc = p.locator();
                    (p.path.clone(), loc.quoted(&l.to, off, 0))
                }
                None => (PathBuf::from("?"), (1, 1)),
            };
            errors.push(
                LoadError::new(
                    &path,
                    pos,
                    "links.to",
                    format!("measure '{}' links to unknown measure '{}'", m.id, l.to),
                )
                .with(Problem::UnknownReference(l.to.clone())),
            );
            false
        });
    }
}

/// A source in the user's catalogue: its place and its quoted passage are both required.
fn unquoted(s: &Source) -> Option<(&'static str, &'static str)> {
    if s.at.trim().is_empty() {
        Some((
            "source.at",
            "the place in the document (section, page or paragraph) is missing",
        ))
    } else if s.quote.as_deref().is_none_or(|q| q.trim().is_empty()) {
        Some(("source.quote", "the quoted passage is missing"))
    } else {
        None
    }
}

fn valid_date(d: &str) -> bool {
    crate::month::Date::parse(d).is_some() || crate::month::Month::parse(d).is_some()
}

/// The user's file with what breaks the user catalogue's rules left out, each reported.
fn check_user_file(p: &Parsed, errors: &mut Vec<LoadError>) -> CatalogueFile {
    let loc = p.locator();
    let f = &p.file;
    let mut bad = |at: &str, field: &str, msg: String| {
        errors.push(loc.error(loc.quoted(at, 0, 0), field, msg));
    };
    if !f.tracks.is_empty() || !f.figures.is_empty() {
        bad(
            "",
            "tracks",
            "the user's catalogue adds no tracks or figures; they are left out".into(),
        );
    }
    let mut out = CatalogueFile {
        timing: Vec::new(),
        tracks: Vec::new(),
        figures: Vec::new(),
        ..CatalogueFile::default()
    };
    for d in &f.documents {
        if d.title.trim().is_empty() {
            bad(&d.id, "documents.title", "the document has no title".into());
        } else if !valid_date(&d.date) {
            bad(
                &d.id,
                "documents.date",
                format!("'{}': a date is YYYY-MM-DD or YYYY-MM", d.title),
            );
        } else {
            out.documents.push(d.clone());
        }
    }
    for m in &f.measures {
        let sources = m
            .sources
            .iter()
            .chain(m.links.iter().map(|l| &l.source))
            .chain(m.sections.iter().map(|s| &s.source))
            .chain(m.variants.iter().filter_map(|v| v.source.as_ref()));
        match sources.filter_map(unquoted).next() {
            Some((field, msg)) => bad(&m.id, field, format!("measure '{}': {msg}", m.title)),
            None => out.measures.push(m.clone()),
        }
    }
    for s in &f.steps {
        if let Some((field, msg)) = unquoted(&s.source) {
            bad(&s.measure, field, format!("step of {}: {msg}", s.date));
        } else if !valid_date(&s.date) {
            bad(
                &s.measure,
                "steps.date",
                format!("'{}': a date is YYYY-MM-DD or YYYY-MM", s.date),
            );
        } else if s.text.trim().is_empty() {
            bad(&s.measure, "steps.text", "the step says nothing".into());
        } else {
            out.steps.push(s.clone());
        }
    }
    for a in &f.amend {
        let sources = a
            .sources
            .iter()
            .chain(a.links.iter().map(|l| &l.source))
            .chain(a.sections.iter().map(|s| &s.source));
        match sources.filter_map(unquoted).next() {
            Some((field, msg)) => bad(&a.id, field, format!("amendment: {msg}")),
            None => out.amend.push(a.clone()),
        }
    }
    for c in &f.corrections {
        match unquoted(&c.source) {
            Some((field, msg)) => bad(&c.measure, field, format!("correction: {msg}")),
            None => out.corrections.push(c.clone()),
        }
    }
    for t in &f.timing {
        match unquoted(&t.source) {
            Some((field, msg)) => bad(&t.measure, field, format!("timing: {msg}")),
            None => out.timing.push(t.clone()),
        }
    }
    out
}

/// The terms a horizon's words name: "Middellange en lange termijn" → MLT, LT.
pub fn terms_in(text: &str) -> Vec<Term> {
    let mut terms = Vec::new();
    for word in text
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let term = match word {
            "kt" | "korte" => Term::KT,
            "mlt" | "middellange" => Term::MLT,
            "lt" | "lange" => Term::LT,
            _ => continue,
        };
        if !terms.contains(&term) {
            terms.push(term);
        }
    }
    terms
}

fn apply_corrections(
    catalogue: &mut Catalogue,
    corrections: &[Correction],
    loc: &Locator,
    doc_ids: &HashSet<String>,
    errors: &mut Vec<LoadError>,
) {
    for c in corrections {
        let pos = loc.quoted(&c.measure, 0, 0);
        let field = c.field.id();
        let value = c.value.trim();
        let problem = if !doc_ids.contains(&c.source.doc) {
            Some(format!("unknown document '{}'", c.source.doc))
        } else if value.is_empty() {
            Some(format!("the new {field} is empty"))
        } else if c.field == CorrectedField::Effect && Direction::from_symbol(value).is_none() {
            Some(format!(
                "'{value}' is not a standard effect symbol (+, -, --, 0, 0/-, Mogelijk +, PM)"
            ))
        } else {
            None
        };
        if let Some(msg) = problem {
            errors.push(loc.error(pos, &format!("corrections.{field}"), msg));
            continue;
        }
        let Some(i) = catalogue.position(&c.measure) else {
            errors.push(loc.error(
                pos,
                "corrections.measure",
                format!("no measure '{}' to correct", c.measure),
            ));
            continue;
        };
        let m = &mut catalogue.measures[i];
        let value = value.to_owned();
        let before = match c.field {
            CorrectedField::Title => std::mem::replace(&mut m.title, value.clone()),
            CorrectedField::Summary => std::mem::replace(&mut m.summary, value.clone()),
            CorrectedField::Implementation => {
                std::mem::replace(&mut m.implementation, value.clone())
            }
            CorrectedField::Cost => m.cost.replace(value.clone()).unwrap_or_default(),
            CorrectedField::Effect => {
                let before = m.effect_text();
                m.effect = Some(Effect {
                    symbol: value.clone(),
                    direction: None,
                    prose: None,
                });
                before
            }
            CorrectedField::Horizon => {
                let terms = terms_in(&value);
                let old = std::mem::replace(
                    &mut m.horizon,
                    Horizon {
                        text: value.clone(),
                        terms,
                    },
                );
                old.text
            }
        };
        m.corrections.push(AppliedCorrection {
            field: c.field,
            before,
            after: value,
            source: c.source.clone(),
        });
        m.sources.push(c.source.clone());
    }
}
