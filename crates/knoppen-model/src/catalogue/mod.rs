//! The catalogue of measures: types, loading with validation, search and export.
//! Plain Rust, no egui.

pub mod additions;
mod embedded;
pub mod export;
pub mod fidelity;
pub mod figures;
pub mod load;
mod model;
pub mod search;

use std::collections::HashMap;

pub use load::{LoadError, LoadReport};
pub use model::*;

/// The loaded, validated catalogue.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    pub documents: Vec<Document>,
    pub measures: Vec<Measure>,
    pub tracks: Vec<Track>,
    pub figures: Vec<crate::catalogue::figures::Figure>,
    index: HashMap<String, usize>,
}

impl Catalogue {
    /// Measures are ordered by stream, then by where they first appear in the sources
    /// (document rank, then line), so the list reads like the sources do.
    pub fn new(
        mut documents: Vec<Document>,
        mut measures: Vec<Measure>,
        tracks: Vec<Track>,
    ) -> Self {
        documents.sort_by(|a, b| a.date.cmp(&b.date));
        let rank = |doc: &str| documents.iter().find(|d| d.id == doc).map(|d| d.rank);
        measures.sort_by_cached_key(|m| {
            let first = m.sources.first();
            (
                m.stream,
                first.and_then(|s| rank(&s.doc)),
                first.and_then(|s| s.line),
            )
        });
        let index = measures
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.clone(), i))
            .collect();
        Self {
            documents,
            measures,
            tracks,
            figures: Vec::new(),
            index,
        }
    }

    /// The catalogue shipped inside the binary.
    pub fn builtin() -> LoadReport {
        load::load_sources(embedded_files().map(|(p, t)| (p, Ok(t))))
    }

    pub fn get(&self, id: &str) -> Option<&Measure> {
        self.index.get(id).map(|&i| &self.measures[i])
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// Figures that inform a measure.
    pub fn figures_for(&self, id: &str) -> Vec<&crate::catalogue::figures::Figure> {
        self.figures
            .iter()
            .filter(|f| f.measures.iter().any(|m| m == id))
            .collect()
    }

    pub fn track(&self, number: u8) -> Option<&Track> {
        self.tracks.iter().find(|t| t.number == number)
    }

    /// All ministries named anywhere, sorted, one entry per ministry (see [`ministry_key`]).
    pub fn ministries(&self) -> Vec<String> {
        let mut all: Vec<String> = self
            .measures
            .iter()
            .flat_map(|m| m.ministries.iter().map(|x| ministry_key(x).to_owned()))
            .collect();
        all.sort();
        all.dedup();
        all
    }
}

/// A large catalogue for benchmarks and stress tests: the given measures repeated under new ids
/// until there are `n`.
pub fn synthetic(base: &Catalogue, n: usize) -> Catalogue {
    let measures = (0..n)
        .filter_map(|i| {
            let src = base.measures.get(i % base.measures.len().max(1))?;
            let mut m = src.clone();
            m.id = format!("{}-{i}", src.id);
            m.title = format!("{} ({i})", src.title);
            m.links.clear();
            Some(m)
        })
        .collect();
    Catalogue::new(base.documents.clone(), measures, base.tracks.clone())
}

/// The shipped catalogue files, named as they are in the repository.
pub fn embedded_files() -> impl Iterator<Item = (std::path::PathBuf, String)> {
    embedded::FILES.iter().map(|(name, text)| {
        (
            std::path::Path::new("data").join("catalogue").join(name),
            (*text).to_owned(),
        )
    })
}

impl Measure {
    /// Direction of the measure as a whole: its own effect, or the combination of its variants'.
    pub fn direction(&self) -> Direction {
        if let Some(e) = &self.effect {
            return e.direction();
        }
        combine(
            self.variants
                .iter()
                .filter_map(|v| v.effect.as_ref())
                .map(Effect::direction),
        )
    }

    /// The effect as written; sub-items joined with " | " where the measure has no single sign.
    pub fn effect_text(&self) -> String {
        match &self.effect {
            Some(e) => e.symbol.clone(),
            None => self
                .variants
                .iter()
                .map(|v| v.effect.as_ref().map_or("?", |e| e.symbol.as_str()))
                .collect::<Vec<_>>()
                .join(" | "),
        }
    }

    /// Documents this measure is sourced in, in order of first mention, without repeats.
    pub fn documents(&self) -> Vec<&str> {
        let mut docs: Vec<&str> = Vec::new();
        let all = self
            .sources
            .iter()
            .map(|s| s.doc.as_str())
            .chain(self.lineage.iter().map(|s| s.source.doc.as_str()));
        for d in all {
            if !docs.contains(&d) {
                docs.push(d);
            }
        }
        docs
    }

    /// The latest status known from the lineage, if any.
    pub fn latest_step(&self) -> Option<&Step> {
        self.lineage.iter().max_by(|a, b| a.date.cmp(&b.date))
    }
}

/// Combine the directions of a bundle's items into one. Any unknown item makes the whole
/// unknown (an unknown is never neutral); items pulling both ways make it `Mixed`; otherwise the
/// strongest push wins (a neutral item next to a limiting one leaves the bundle limiting).
pub fn combine(dirs: impl IntoIterator<Item = Direction>) -> Direction {
    let dirs: Vec<Direction> = dirs
        .into_iter()
        .filter(|d| *d != Direction::NotApplicable)
        .collect();
    if dirs.is_empty() || dirs.contains(&Direction::Unknown) {
        return Direction::Unknown;
    }
    if dirs.contains(&Direction::Mixed) {
        return Direction::Mixed;
    }
    let up = dirs.iter().filter(|d| d.sign() == Some(1)).min();
    let down = dirs.iter().filter(|d| d.sign() == Some(-1)).max();
    match (up, down) {
        (Some(_), Some(_)) => Direction::Mixed,
        (Some(u), None) => *u,
        (None, Some(d)) => *d,
        (None, None) => Direction::Neutral,
    }
}

impl Effect {
    pub fn direction(&self) -> Direction {
        self.direction
            .or_else(|| Direction::from_symbol(&self.symbol))
            .unwrap_or(Direction::Unknown)
    }

    /// Where the counted direction comes from. A reading from prose is never the basis: it
    /// sits apart in `prose`.
    pub fn basis(&self) -> Basis {
        if self.symbol == fidelity::NOT_STATED {
            Basis::NotStated
        } else if Direction::from_symbol(&self.symbol).is_some() {
            Basis::Symbol
        } else {
            Basis::EffectWords
        }
    }
}

impl Measure {
    /// A direction read from the source's words where it gives no symbol, for the measure or
    /// the chosen variant; shown apart, never counted.
    pub fn prose_reading<'a>(&'a self, variant: Option<&'a Variant>) -> Option<&'a ProseReading> {
        variant
            .and_then(|v| v.effect.as_ref())
            .or(self.effect.as_ref())
            .and_then(|e| e.prose.as_ref())
    }
}

impl Direction {
    /// The direction a standard source symbol stands for; `None` for words.
    pub fn from_symbol(symbol: &str) -> Option<Direction> {
        let s = symbol.trim();
        Some(match s {
            "+" => Direction::Increase,
            "-" | "–" => Direction::Decrease,
            "--" | "––" => Direction::StrongDecrease,
            "0" => Direction::Neutral,
            "0/-" | "0/–" => Direction::NeutralToDecrease,
            "Mogelijk +" | "mogelijk +" => Direction::PossibleIncrease,
            "n.v.t." => Direction::NotApplicable,
            _ if ["pm", "nnb", "ntb", "n.n.b.", "n.t.b."].contains(&s.to_lowercase().as_str()) => {
                Direction::Unknown
            }
            _ => return None,
        })
    }

    /// -1, 0 or +1 for directions that point somewhere; `None` for mixed, unknown, n.v.t.
    pub fn sign(self) -> Option<i8> {
        match self {
            Direction::Increase | Direction::PossibleIncrease => Some(1),
            Direction::Neutral => Some(0),
            Direction::NeutralToDecrease | Direction::Decrease | Direction::StrongDecrease => {
                Some(-1)
            }
            Direction::Mixed | Direction::Unknown | Direction::NotApplicable => None,
        }
    }
}

/// One ministry under the codes the sources use over the years: Economische Zaken en Klimaat
/// (EZK, 2023) is Economische Zaken (EZ) again from 2024, so a filter on it finds both. The data
/// keeps the code each source prints.
pub fn ministry_key(code: &str) -> &str {
    match code {
        "EZ" | "EZK" => "EZ/EZK",
        other => other,
    }
}
