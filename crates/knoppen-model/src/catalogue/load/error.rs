//! What went wrong in a file, as data: located (file, line, column, field) and classified; the text layer words it.

use super::*;

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
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
