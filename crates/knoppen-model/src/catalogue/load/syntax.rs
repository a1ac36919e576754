//! RON parsing with located errors: the parser's complaint turned into a line, a column, the field and a classified problem.

use super::*;

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
pub(super) fn problem_of(code: &ron::Error) -> Problem {
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
pub(super) fn field_before(text: &str, (line, col): (usize, usize)) -> Option<String> {
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

pub(super) fn last_field_name(line: &str) -> Option<String> {
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
/// Where each line of a text starts, and whether it is all ASCII: a line and column for any
/// byte offset in logarithmic time (a column is a byte count on an ASCII line; counting the
/// characters of a long line for each error made one-line files quadratic).
#[derive(Debug, Clone, Default)]
pub struct Lines {
    starts: Vec<usize>,
    ascii: Vec<bool>,
}

impl Lines {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let ascii = (0..starts.len())
            .map(|k| {
                let end = starts.get(k + 1).copied().unwrap_or(bytes.len());
                bytes.get(starts[k]..end).is_some_and(<[u8]>::is_ascii)
            })
            .collect();
        Self { starts, ascii }
    }

    /// 1-based line and column (in characters) of a byte offset in `text`.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|s| *s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let col = if self.ascii.get(line - 1).copied().unwrap_or(false) {
            offset.saturating_sub(start)
        } else {
            text.get(start..offset).map_or(0, |l| l.chars().count())
        };
        (line, col + 1)
    }
}

pub struct LineTable<'a> {
    text: &'a str,
    lines: Lines,
}

impl<'a> LineTable<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            lines: Lines::new(text),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(self.text, offset)
    }
}

pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}
