//! A package's values, checked after parsing: what cannot be meant (a NaN weight, month 13) is
//! refused; what can be repaired (a measure listed twice) is repaired and said. Every message
//! is located in the file.

use std::collections::HashMap;
use std::path::Path;

use super::{Package, Reading, WEIGHTS};
use crate::catalogue::load::{LineTable, LoadError, Problem};
use crate::catalogue::{Catalogue, VariantKind};
use crate::month::{Month, YEARS};

/// Where the package text writes its fields: keys outside strings, found in one pass.
pub(super) struct Spots<'a> {
    path: &'a Path,
    lines: LineTable<'a>,
    /// Every `key:` outside a string, in order.
    keys: Vec<(&'a str, usize)>,
    /// Where each item's `measure:` key is.
    items: Vec<usize>,
}

impl<'a> Spots<'a> {
    pub(super) fn new(path: &'a Path, text: &'a str) -> Self {
        let keys = keys(text);
        let items = keys
            .iter()
            .filter(|(k, _)| *k == "measure")
            .map(|(_, at)| *at)
            .collect();
        Self {
            path,
            lines: LineTable::new(text),
            keys,
            items,
        }
    }

    /// The first `key:` at or after offset `from`, or the start of the file.
    fn key(&self, key: &str, from: usize) -> usize {
        let start = self.keys.partition_point(|(_, at)| *at < from);
        self.keys[start..]
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(0, |(_, at)| *at)
    }

    /// Where item `i` starts: its `measure:` key.
    fn item(&self, i: usize) -> usize {
        self.items.get(i).copied().unwrap_or(0)
    }

    fn error(&self, at: usize, field: &str, message: String) -> LoadError {
        LoadError::new(self.path, self.lines.line_col(at), field, message)
    }

    pub(super) fn at_key(&self, key: &str, field: &str, message: String) -> LoadError {
        self.error(self.key(key, 0), field, message)
    }

    /// Weights and the decision date: the first value that cannot be meant.
    pub(super) fn values(&self, p: &Package) -> Result<(), LoadError> {
        if let Some(d) = &p.decision_date
            && Month::parse(d).is_none()
        {
            return Err(self
                .at_key(
                    "decision_date",
                    "decision_date",
                    format!(
                        "'{d}' is not a month; write YYYY-MM with a year from {} to {}",
                        YEARS.start(),
                        YEARS.end()
                    ),
                )
                .with(Problem::NotAMonth(d.clone())));
        }
        for (i, item) in p.items.iter().enumerate() {
            if let Some(r) = &item.reading
                && !Reading::DIRECTIONS.contains(&r.direction)
            {
                let at = self.key("reading", self.item(i));
                return Err(self.error(
                    at,
                    "reading",
                    format!(
                        "'{}': a reading of the meeting gives a direction ({:?} is none)",
                        item.measure, r.direction
                    ),
                ));
            }
            if let Some(w) = item.weight
                && !(w.is_finite() && WEIGHTS.contains(&w))
            {
                let at = self.key("weight", self.item(i));
                return Err(self.error(
                    at,
                    "weight",
                    format!(
                        "'{}': weight {w} is not a number from {} to {} (the app's slider range)",
                        item.measure,
                        WEIGHTS.start(),
                        WEIGHTS.end()
                    ),
                )
                .with(Problem::WeightOutOfRange {
                    measure: item.measure.clone(),
                    weight: w.to_string(),
                }));
            }
        }
        Ok(())
    }

    /// Measures listed more than once are merged into the first entry (each counts once), and
    /// said; variants the catalogue lacks are said. Returns those warnings and, apart, where
    /// measures the catalogue lacks are.
    pub(super) fn merge_and_warn(
        &self,
        p: &mut Package,
        c: Option<&Catalogue>,
    ) -> (Vec<LoadError>, Vec<LoadError>) {
        let (mut warnings, mut unknown) = (Vec::new(), Vec::new());
        let mut total: HashMap<&str, usize> = HashMap::new();
        for item in &p.items {
            *total.entry(item.measure.as_str()).or_insert(0) += 1;
        }
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut keep = Vec::with_capacity(p.items.len());
        for (i, item) in p.items.iter().enumerate() {
            let count = seen.entry(item.measure.as_str()).or_insert(0);
            *count += 1;
            keep.push(*count == 1);
            if *count == 2 {
                let n = total.get(item.measure.as_str()).copied().unwrap_or(2);
                warnings.push(
                    self.error(
                        self.item(i),
                        "measure",
                        format!(
                            "'{}' is listed {n} times; it counts once (the first entry is kept, \
                         the others are dropped when saved)",
                            item.measure
                        ),
                    )
                    .with(Problem::ListedTwice {
                        measure: item.measure.clone(),
                        times: n,
                    }),
                );
            }
            if *count == 1
                && let Some(c) = c
            {
                match self.against_catalogue(i, item, c) {
                    Some(Err(e)) => unknown.push(e),
                    Some(Ok(e)) => warnings.push(e),
                    None => {}
                }
            }
        }
        let mut flags = keep.into_iter();
        p.items.retain(|_| flags.next().unwrap_or(true));
        (warnings, unknown)
    }

    /// An unknown measure (`Err`) or an unknown variant (`Ok`), located.
    fn against_catalogue(
        &self,
        i: usize,
        item: &super::Item,
        c: &Catalogue,
    ) -> Option<Result<LoadError, LoadError>> {
        let Some(m) = c.get(&item.measure) else {
            return Some(Err(self
                .error(
                    self.item(i),
                    "measure",
                    format!(
                        "'{}' is not in the catalogue; kept in the file, not counted",
                        item.measure
                    ),
                )
                .with(Problem::UnknownMeasure(item.measure.clone()))));
        };
        let v = item.variant.as_deref()?;
        let known =
            m.variant_kind == VariantKind::Alternatives && m.variants.iter().any(|x| x.key == v);
        (!known).then(|| {
            Ok(self
                .error(
                    self.key("variant", self.item(i)),
                    "variant",
                    format!(
                        "'{}' has no variant '{v}'; counted without one",
                        item.measure
                    ),
                )
                .with(Problem::UnknownVariant {
                    measure: item.measure.clone(),
                    variant: v.to_owned(),
                }))
        })
    }
}

/// Every `name:` outside string literals, with its offset: one pass over the text.
fn keys(text: &str) -> Vec<(&str, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut in_string) = (0, false);
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' => in_string = false,
                _ => {}
            }
            i += 1;
            continue;
        }
        if b == b'"' {
            in_string = true;
            i += 1;
            continue;
        }
        if b.is_ascii_alphabetic() || b == b'_' {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            let mut j = i;
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            if bytes.get(j) == Some(&b':') {
                out.push((&text[start..i], start));
            }
            continue;
        }
        i += 1;
    }
    out
}
