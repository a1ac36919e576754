//! Checks the catalogue against the seed texts it was curated from: titles, symbols and quoted
//! text must stand in the source, and line numbers must point at the item.

use std::collections::HashMap;
use std::path::Path;

use super::{Catalogue, Measure, Source};

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
        let t = line.trim_start();
        let t = ["• ", "- ", "o ", "\u{f0b7} ", "\u{f0a7} ", "▪ ", "– "]
            .iter()
            .find_map(|b| t.strip_prefix(b))
            .unwrap_or(t);
        let t = t.strip_prefix('•').unwrap_or(t);
        for c in t.chars() {
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

impl Seeds {
    pub fn load(dir: &Path, catalogue: &Catalogue) -> Result<Seeds, String> {
        let mut docs = HashMap::new();
        for d in &catalogue.documents {
            let path = dir.join(&d.file);
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
            let lines = text.lines().map(str::to_owned).collect();
            docs.insert(d.id.clone(), Seed { lines, flat: flatten(&text) });
        }
        Ok(Seeds { docs })
    }

    fn window(&self, s: &Source, before: usize, after: usize) -> Option<String> {
        let seed = self.docs.get(&s.doc)?;
        let line = s.line? as usize;
        let from = line.saturating_sub(1 + before);
        let to = (line + after).min(seed.lines.len());
        Some(flatten(&seed.lines.get(from..to)?.join("\n")))
    }

    fn in_doc(&self, doc: &str, text: &str) -> bool {
        let seed = match self.docs.get(doc) {
            Some(s) => s,
            None => return false,
        };
        text.split('…')
            .map(flatten)
            .filter(|f| !f.is_empty())
            .all(|f| seed.flat.contains(&f))
    }

    /// Every problem found, as readable lines.
    pub fn check(&self, catalogue: &Catalogue) -> Vec<String> {
        let mut out = Vec::new();
        for m in &catalogue.measures {
            self.check_measure(m, &mut out);
        }
        for t in &catalogue.tracks {
            for (field, text) in [("description", &t.description), ("question", &t.question), ("effect", &t.effect)] {
                if !self.in_doc(&t.source.doc, text) {
                    out.push(format!("track {}: {field} is not verbatim in {}", t.number, t.source.doc));
                }
            }
        }
        out
    }

    fn check_measure(&self, m: &Measure, out: &mut Vec<String>) {
        let mut problem = |msg: String| out.push(format!("{}: {msg}", m.id));
        for s in &m.sources {
            let Some(seed) = self.docs.get(&s.doc) else { continue };
            match s.line {
                Some(l) if l as usize > seed.lines.len() || l == 0 => {
                    problem(format!("source line {l} is outside {}", s.doc));
                }
                None => problem(format!("source '{}' has no line", s.at)),
                _ => {}
            }
        }
        let title = flatten(&m.title);
        let windows: Vec<String> = m.sources.iter().filter_map(|s| self.window(s, 3, 12)).collect();
        if !windows.iter().any(|w| w.contains(&title)) {
            problem(format!("title '{}' is not at any of its source lines", m.title));
        }
        // The table fields must stand in the row the first source points at.
        if let Some(row) = m.sources.first().and_then(|s| self.window(s, 0, 40)) {
            let mut fields = vec![("horizon", m.horizon.text.as_str()), ("implementation", m.implementation.as_str()), ("instrument", m.instrument.text.as_str())];
            if let Some(e) = &m.effect {
                fields.push(("effect", e.symbol.as_str()));
            }
            for (field, text) in fields {
                if text != NOT_STATED && !row.contains(&flatten(text)) {
                    problem(format!("{field} '{text}' is not in the rows after line {:?}", m.sources[0].line));
                }
            }
        }
        let docs: Vec<&str> = m.sources.iter().map(|s| s.doc.as_str()).collect();
        let quoted = |text: &str| docs.iter().any(|d| self.in_doc(d, text));
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
                    problem(format!("{field} is not verbatim in its source"));
                }
            }
        }
        for s in &m.sections {
            if !self.in_doc(&s.source.doc, &s.text) {
                problem(format!("section '{}' is not verbatim in {}", s.heading, s.source.doc));
            }
        }
        for v in &m.variants {
            let doc_ok = match &v.source {
                Some(s) => self.in_doc(&s.doc, &v.title),
                None => quoted(&v.title),
            };
            if !doc_ok {
                problem(format!("variant '{}' title is not verbatim in its source", v.key));
            }
        }
        let summary = flatten(&m.summary);
        if summary.len() > 40 && docs.iter().any(|d| self.docs.get(*d).is_some_and(|s| s.flat.contains(&summary))) {
            problem("summary is a copy of the source text".into());
        }
    }
}
