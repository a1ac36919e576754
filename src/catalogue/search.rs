//! Search as you type and facet filters over the catalogue. The text index is built once per
//! catalogue, so a keystroke costs one pass over prepared lower-case strings.

use std::collections::BTreeSet;

use super::{Catalogue, Direction, InstrumentKind, Measure, Stream, Term};

/// Effect classes users filter by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EffectClass {
    Increase,
    Decrease,
    Neutral,
    Mixed,
    Unknown,
}

impl EffectClass {
    pub const ALL: [EffectClass; 5] = [
        EffectClass::Increase,
        EffectClass::Decrease,
        EffectClass::Neutral,
        EffectClass::Mixed,
        EffectClass::Unknown,
    ];

    pub fn of(d: Direction) -> EffectClass {
        match d {
            Direction::Increase | Direction::PossibleIncrease => EffectClass::Increase,
            Direction::Decrease | Direction::StrongDecrease | Direction::NeutralToDecrease => {
                EffectClass::Decrease
            }
            Direction::Neutral => EffectClass::Neutral,
            Direction::Mixed => EffectClass::Mixed,
            Direction::Unknown | Direction::NotApplicable => EffectClass::Unknown,
        }
    }
}

/// What the user has asked for. Within a facet any selected value matches; facets combine.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub query: String,
    pub streams: BTreeSet<Stream>,
    pub effects: BTreeSet<EffectClass>,
    pub terms: BTreeSet<Term>,
    pub instruments: BTreeSet<InstrumentKind>,
    pub ministries: BTreeSet<String>,
    pub tracks: BTreeSet<u8>,
    pub documents: BTreeSet<String>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    pub fn facets_active(&self) -> usize {
        [
            self.streams.len(),
            self.effects.len(),
            self.terms.len(),
            self.instruments.len(),
            self.ministries.len(),
            self.tracks.len(),
            self.documents.len(),
        ]
        .iter()
        .filter(|n| **n > 0)
        .count()
    }

    fn facets_match(&self, m: &Measure) -> bool {
        fn any<T: Ord>(set: &BTreeSet<T>, mut f: impl FnMut(&T) -> bool) -> bool {
            set.is_empty() || set.iter().any(&mut f)
        }
        any(&self.streams, |s| m.stream == *s)
            && any(&self.effects, |e| EffectClass::of(m.direction()) == *e)
            && any(&self.terms, |t| m.horizon.terms.contains(t))
            && any(&self.instruments, |k| m.instrument.kinds.contains(k))
            && any(&self.ministries, |x| m.ministries.contains(x))
            && any(&self.tracks, |t| m.tracks.contains(t))
            && any(&self.documents, |d| m.documents().contains(&d.as_str()))
    }
}

/// Lower-case, accent-free text of each measure, in catalogue order.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    haystacks: Vec<String>,
}

impl SearchIndex {
    pub fn new(catalogue: &Catalogue) -> Self {
        Self {
            haystacks: catalogue.measures.iter().map(haystack).collect(),
        }
    }

    /// Indices of the measures that match, in catalogue order.
    pub fn matches(&self, catalogue: &Catalogue, filter: &Filter) -> Vec<usize> {
        let words: Vec<String> = fold(&filter.query)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        catalogue
            .measures
            .iter()
            .enumerate()
            .filter(|(i, m)| {
                let hay = self.haystacks.get(*i).map_or("", String::as_str);
                words.iter().all(|w| hay.contains(w.as_str())) && filter.facets_match(m)
            })
            .map(|(i, _)| i)
            .collect()
    }
}

fn haystack(m: &Measure) -> String {
    let mut parts: Vec<&str> = vec![&m.id, &m.title, &m.summary, &m.implementation];
    parts.push(&m.instrument.text);
    parts.push(&m.horizon.text);
    if let Some(f) = &m.fiche {
        let sections = [
            &f.description,
            &f.effect,
            &f.legal,
            &f.eu_comparison,
            &f.other,
            &f.timing,
            &f.needs,
            &f.implementation,
        ];
        parts.extend(sections.into_iter().flatten().map(String::as_str));
    }
    parts.extend(m.sections.iter().map(|s| s.text.as_str()));
    parts.extend(m.variants.iter().map(|v| v.title.as_str()));
    parts.extend(m.lineage.iter().map(|s| s.text.as_str()));
    fold(&parts.join("\n"))
}

/// Lower case without diacritics, so "eenstatusstelsel" finds "éénstatusstelsel".
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            '‘' | '’' => '\'',
            '–' | '—' => '-',
            c => c,
        })
        .collect()
}
