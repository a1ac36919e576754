//! Checks the catalogue against the seed texts it was curated from: titles, symbols and quoted
//! text must stand in the source, and line numbers must point at the item.

use std::collections::HashMap;
use std::path::Path;

use super::{Catalogue, Direction, Measure, Source};

/// Words we write where a source states nothing; they are ours, not quotes.
pub const NOT_STATED: &str = "Niet vermeld";

/// The seed texts, by document id, with whitespace-free forms for matching.
pub struct Seeds {
    docs: HashMap<String, Seed>,
}

struct Seed {
    lines: Vec<String>,
    flat: String,
}

/// Whitespace-free, bullet-free, quote- and dash-unified form of a text.
pub fn flatten(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        for c in strip_bullet(line.trim_start()).chars() {
            match c {
                c if c.is_whitespace() => {}
                '‘' | '’' | '‚' | '`' | '´' => out.push('\''),
                '“' | '”' | '„' => out.push('"'),
                '–' | '—' | '‐' => out.push('-'),
                '…' => out.push_str("..."),
                c => out.push(c),
            }
        }
    }
    out
}

/// A title as the sources may print it inside a sentence: its first letter in lower case (the
/// rest stays exact), so a title may capitalise the source's words and still be proven by them.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The PDF extraction starts list items with •, ▪, ›, private-use glyphs, "-", "–" or "o ";
/// curators drop them. A dash alone, or "--", is an effect sign and stays.
fn strip_bullet(line: &str) -> &str {
    let mut chars = line.chars();
    let Some(first) = chars.next() else {
        return line;
    };
    let rest = chars.as_str();
    let bullet = match first {
        '•' | '▪' | '›' | '◦' | '*' => true,
        c if ('\u{E000}'..='\u{F8FF}').contains(&c) => true,
        '-' | '–' => {
            rest.starts_with(|c: char| c == ' ' || c.is_alphabetic()) && !rest.trim().is_empty()
        }
        'o' => rest.starts_with(' ') && !rest.trim().is_empty(),
        _ => false,
    };
    if bullet { rest.trim_start() } else { line }
}

/// Does `symbol` stand as whole words among the words of `window`?
fn has_tokens(window: &str, symbol: &str) -> bool {
    let words: Vec<&str> = window.split_whitespace().collect();
    let wanted: Vec<&str> = symbol.split_whitespace().collect();
    !wanted.is_empty() && words.windows(wanted.len()).any(|w| w == wanted.as_slice())
}

impl Seeds {
    pub fn load(dir: &Path, catalogue: &Catalogue) -> Result<Seeds, String> {
        let mut docs = HashMap::new();
        for d in &catalogue.documents {
            // A document's `file` names a seed inside `dir`, nothing else, and within the size limit.
            let path = crate::catalogue::load::inside(dir, Path::new(&d.file))?;
            let text = crate::catalogue::load::read_limited(&path).map_err(|e| e.to_string())?;
            let lines = text.lines().map(str::to_owned).collect();
            docs.insert(
                d.id.clone(),
                Seed {
                    lines,
                    flat: flatten(&text),
                },
            );
        }
        Ok(Seeds { docs })
    }

    fn window(&self, s: &Source, before: usize, after: usize) -> Option<String> {
        self.raw_window(s, before, after).map(|w| flatten(&w))
    }

    fn raw_window(&self, s: &Source, before: usize, after: usize) -> Option<String> {
        let seed = self.docs.get(&s.doc)?;
        let line = s.line? as usize;
        let from = line.saturating_sub(1 + before);
        let to = (line + after).min(seed.lines.len());
        Some(seed.lines.get(from..to)?.join("\n"))
    }

    fn in_doc(&self, doc: &str, text: &str) -> bool {
        self.missing_fragment(doc, text).is_none()
    }

    /// The first fragment (between " … " omissions) not found verbatim in the document.
    fn missing_fragment(&self, doc: &str, text: &str) -> Option<String> {
        let Some(seed) = self.docs.get(doc) else {
            return Some(text.to_owned());
        };
        text.split('…')
            .find(|f| {
                let flat = flatten(f);
                !flat.is_empty() && !seed.flat.contains(&flat)
            })
            .map(|f| f.trim().chars().take(80).collect())
    }

    /// Every problem found, as readable lines.
    pub fn check(&self, catalogue: &Catalogue) -> Vec<String> {
        let mut out = Vec::new();
        for m in &catalogue.measures {
            self.check_measure(m, &mut out);
        }
        for f in &catalogue.figures {
            self.check_figure(f, &mut out);
        }
        for m in &catalogue.measures {
            let Some(t) = &m.timing else { continue };
            if !self.in_doc(&t.source.doc, &t.phrase) {
                out.push(format!(
                    "{}: timing phrase '{}' is not verbatim in {}",
                    m.id, t.phrase, t.source.doc
                ));
            }
            for ms in &t.milestones {
                if !self.docs.contains_key(&ms.source.doc) {
                    out.push(format!(
                        "{}: milestone source {} unknown",
                        m.id, ms.source.doc
                    ));
                }
            }
        }
        for t in &catalogue.tracks {
            for (field, text) in [
                ("description", &t.description),
                ("question", &t.question),
                ("effect", &t.effect),
            ] {
                if !self.in_doc(&t.source.doc, text) {
                    out.push(format!(
                        "track {}: {field} is not verbatim in {}",
                        t.number, t.source.doc
                    ));
                }
            }
        }
        out
    }

    fn check_measure(&self, m: &Measure, out: &mut Vec<String>) {
        let mut problems = self.line_problems(m);
        problems.extend(self.title_problem(m));
        self.check_table_fields(m, &mut |msg| problems.push(msg));
        problems.extend(self.text_problems(m));
        problems.extend(self.reading_problems(m));
        problems.extend(self.reach_problems(m));
        problems.extend(self.summary_problem(m));
        out.extend(problems.into_iter().map(|msg| format!("{}: {msg}", m.id)));
    }

    /// Every source names a line inside its document.
    fn line_problems(&self, m: &Measure) -> Vec<String> {
        m.sources
            .iter()
            .filter_map(|s| {
                let seed = self.docs.get(&s.doc)?;
                match s.line {
                    Some(l) if l as usize > seed.lines.len() || l == 0 => {
                        Some(format!("source line {l} is outside {}", s.doc))
                    }
                    None => Some(format!("source '{}' has no line", s.at)),
                    _ => None,
                }
            })
            .collect()
    }

    /// The title stands at one of its source lines (its first letter in either case).
    fn title_problem(&self, m: &Measure) -> Option<String> {
        let title = flatten(&m.title);
        let lowered = lower_first(&title);
        let found = m
            .sources
            .iter()
            .filter_map(|s| self.window(s, 3, 12))
            .any(|w| w.contains(&title) || w.contains(&lowered));
        (!found).then(|| format!("title '{}' is not at any of its source lines", m.title))
    }

    /// The fiche's sections, the measure's own sections and its variants' titles stand verbatim
    /// in their sources.
    fn text_problems(&self, m: &Measure) -> Vec<String> {
        let docs: Vec<&str> = m.sources.iter().map(|s| s.doc.as_str()).collect();
        let quoted = |text: &str| docs.iter().any(|d| self.in_doc(d, text));
        let mut out = Vec::new();
        if let Some(f) = &m.fiche {
            let sections = [
                ("fiche.description", &f.description),
                ("fiche.effect", &f.effect),
                ("fiche.legal", &f.legal),
                ("fiche.eu_comparison", &f.eu_comparison),
                ("fiche.other", &f.other),
                ("fiche.timing", &f.timing),
                ("fiche.needs", &f.needs),
                ("fiche.implementation", &f.implementation),
            ];
            for (field, text) in sections {
                if let Some(text) = text
                    && !quoted(text)
                {
                    let missing = docs
                        .iter()
                        .find_map(|d| self.missing_fragment(d, text))
                        .unwrap_or_default();
                    out.push(format!(
                        "{field} is not verbatim in its source: '{missing}'"
                    ));
                }
            }
        }
        for s in &m.sections {
            if !self.in_doc(&s.source.doc, &s.text) {
                out.push(format!(
                    "section '{}' is not verbatim in {}",
                    s.heading, s.source.doc
                ));
            }
        }
        for v in &m.variants {
            let doc_ok = match &v.source {
                Some(s) => self.in_doc(&s.doc, &v.title),
                None => quoted(&v.title),
            };
            if !doc_ok {
                out.push(format!(
                    "variant '{}' title is not verbatim in its source",
                    v.key
                ));
            }
        }
        out
    }

    /// A direction read from the text rests on words that stand at its source line.
    fn reading_problems(&self, m: &Measure) -> Vec<String> {
        m.effect
            .iter()
            .chain(m.variants.iter().filter_map(|v| v.effect.as_ref()))
            .filter_map(|e| e.prose.as_ref())
            .filter(|p| {
                !self
                    .window(&p.source, 0, 8)
                    .is_some_and(|w| w.contains(&flatten(&p.words)))
            })
            .map(|p| {
                format!(
                    "the words of a reading from the text, '{}', are not at {} line {:?}",
                    p.words, p.source.doc, p.source.line
                )
            })
            .collect()
    }

    /// A reach number, its year and its qualifier stand at the source line, as Dutch writes them.
    fn reach_problems(&self, m: &Measure) -> Vec<String> {
        m.reach
            .iter()
            .filter(|r| {
                let window = self.window(&r.source, 0, 6).unwrap_or_default();
                let value_ok = dutch_forms(r.value)
                    .iter()
                    .any(|f| window.contains(f.as_str()));
                let year_ok = r.year.as_ref().is_none_or(|y| window.contains(&flatten(y)));
                let qualifier_ok = r
                    .qualifier
                    .as_ref()
                    .is_none_or(|q| window.contains(&flatten(q)));
                !(value_ok && year_ok && qualifier_ok)
            })
            .map(|r| {
                format!(
                    "reach '{}' {} ({:?}) is not at {} line {:?}",
                    r.group, r.value, r.year, r.source.doc, r.source.line
                )
            })
            .collect()
    }

    /// A summary is in our own words: a long one copied from the source is flagged.
    fn summary_problem(&self, m: &Measure) -> Option<String> {
        let summary = flatten(&m.summary);
        let copied = summary.len() > 40
            && m.sources.iter().any(|s| {
                self.docs
                    .get(s.doc.as_str())
                    .is_some_and(|d| d.flat.contains(&summary))
            });
        copied.then(|| "summary is a copy of the source text".to_owned())
    }

    /// Effect, horizon, implementation and instrument as written must stand in the table row the
    /// first "Tabel" source points at; for other sources, somewhere in the document.
    fn check_table_fields(&self, m: &Measure, problem: &mut impl FnMut(String)) {
        let mut fields = vec![
            ("horizon", m.horizon.text.as_str()),
            ("implementation", m.implementation.as_str()),
            ("instrument", m.instrument.text.as_str()),
        ];
        if let Some(e) = &m.effect {
            fields.push(("effect", e.symbol.as_str()));
        }
        let row = m.sources.iter().find(|s| s.at.starts_with("Tabel"));
        let raw = row.and_then(|s| self.raw_window(s, 0, 40));
        for (field, text) in fields {
            if text == NOT_STATED || text.is_empty() {
                continue;
            }
            let found = match &raw {
                // Short symbols are matched as whole words, so "-" is not found inside "--".
                Some(w) if field == "effect" && Direction::from_symbol(text).is_some() => {
                    has_tokens(w, text)
                }
                Some(w) => flatten(w).contains(&flatten(text)),
                None => m.sources.iter().any(|s| self.in_doc(&s.doc, text)),
            };
            if !found {
                problem(format!("{field} '{text}' is not where its source points"));
            }
        }
    }

    /// Every number in a figure must stand in its document, written the Dutch way or plain;
    /// the title must stand near the source line.
    fn check_figure(&self, f: &crate::catalogue::figures::Figure, out: &mut Vec<String>) {
        let Some(seed) = self.docs.get(&f.source.doc) else {
            return;
        };
        let title = flatten(&f.title);
        let lowered = lower_first(&title);
        let found = |text: &str| text.contains(&title) || text.contains(&lowered);
        if let Some(w) = self.window(&f.source, 3, 30)
            && !found(&w)
            && !found(&seed.flat)
        {
            out.push(format!("figure {}: title is not in {}", f.id, f.source.doc));
        }
        let values = f
            .series
            .iter()
            .flat_map(|s| s.values.iter())
            .chain(f.totals.iter().flatten());
        for v in values {
            let numbers: Vec<f64> = match v {
                crate::catalogue::figures::Value::N(n) => vec![*n],
                crate::catalogue::figures::Value::Range(a, b) => vec![*a, *b],
                _ => continue,
            };
            for n in numbers {
                if !dutch_forms(n)
                    .iter()
                    .any(|form| seed.flat.contains(form.as_str()))
                {
                    out.push(format!(
                        "figure {}: value {n} is not in {}",
                        f.id, f.source.doc
                    ));
                }
            }
        }
    }
}

/// The ways a number can be written in the sources: 282.080, 282080, 0,6, 12,5%.
pub fn dutch_forms(n: f64) -> Vec<String> {
    let plain = if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    };
    let (int, frac) = match plain.split_once('.') {
        Some((i, f)) => (i.to_owned(), Some(f.to_owned())),
        None => (plain.clone(), None),
    };
    let digits: Vec<char> = int.trim_start_matches('-').chars().collect();
    let mut grouped = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(*c);
    }
    if int.starts_with('-') {
        grouped.insert(0, '-');
    }
    let mut forms = vec![int.clone(), grouped.clone()];
    if let Some(f) = frac {
        forms = vec![
            format!("{grouped},{f}"),
            format!("{int},{f}"),
            plain.clone(),
        ];
    }
    forms
}
