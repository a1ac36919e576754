//! Finding where a value is written, to locate problems found after parsing (one index per file, so locating stays linear).

use super::*;

pub(super) struct Parsed {
    pub(super) path: PathBuf,
    pub(super) text: String,
    pub(super) file: CatalogueFile,
    pub(super) index: TextIndex,
}

impl Parsed {
    pub(super) fn locator(&self) -> Locator<'_> {
        Locator {
            path: &self.path,
            text: &self.text,
            index: &self.index,
        }
    }
}

/// Where each string literal and each line starts, found in one pass, so that locating many
/// errors stays linear instead of re-scanning the file for each.
pub(super) struct TextIndex {
    /// A literal's text as written (between its quotes) → offsets of its opening quote.
    pub(super) strings: HashMap<String, Vec<usize>>,
    pub(super) lines: Lines,
}

impl TextIndex {
    pub(super) fn new(text: &str) -> Self {
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
        Self {
            strings,
            lines: Lines::new(text),
        }
    }
}

/// Finds where things are written, to locate errors found after parsing.
pub(super) struct Locator<'a> {
    pub(super) path: &'a Path,
    pub(super) text: &'a str,
    pub(super) index: &'a TextIndex,
}

impl Locator<'_> {
    /// Position of the `nth` occurrence of `"value"` at or after `from`.
    pub(super) fn quoted(&self, value: &str, from: usize, nth: usize) -> (usize, usize) {
        let hit = self.index.strings.get(value).and_then(|at| {
            let first = at.partition_point(|i| *i < from);
            at.get(first + nth).copied()
        });
        self.line_col(hit.unwrap_or(from))
    }

    pub(super) fn offset_of(&self, value: &str, nth: usize) -> usize {
        let at = self.index.strings.get(value);
        at.and_then(|at| at.get(nth).copied()).unwrap_or(0)
    }

    pub(super) fn line_col(&self, offset: usize) -> (usize, usize) {
        self.index.lines.line_col(self.text, offset)
    }

    pub(super) fn error(&self, pos: (usize, usize), field: &str, message: String) -> LoadError {
        LoadError::new(self.path, pos, field, message)
    }
}
