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
            && any(&self.ministries, |x| {
                m.ministries.iter().any(|y| super::ministry_key(y) == x)
            })
            && any(&self.tracks, |t| m.tracks.contains(t))
            && any(&self.documents, |d| m.documents().contains(&d.as_str()))
    }
}

/// Lower-case, accent-free text of one measure, in three tiers: what a match in each says
/// about how much the measure is about the words.
#[derive(Debug, Clone, Default)]
struct Haystack {
    title: String,
    summary: String,
    rest: String,
}

impl Haystack {
    /// 0: every word in the title; 1: in title and summary; 2: anywhere; `None`: not all found.
    fn rank(&self, words: &[String]) -> Option<u8> {
        let found = |w: &String, tiers: &[&String]| tiers.iter().any(|t| t.contains(w.as_str()));
        let (t, s, r) = (&self.title, &self.summary, &self.rest);
        if words.iter().all(|w| found(w, &[t])) {
            Some(0)
        } else if words.iter().all(|w| found(w, &[t, s])) {
            Some(1)
        } else if words.iter().all(|w| found(w, &[t, s, r])) {
            Some(2)
        } else {
            None
        }
    }
}

/// The searchable text of each measure, in catalogue order.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    haystacks: Vec<Haystack>,
}

impl SearchIndex {
    pub fn new(catalogue: &Catalogue) -> Self {
        Self {
            haystacks: catalogue.measures.iter().map(haystack).collect(),
        }
    }

    /// Indices of the measures that match: those with the words in their title first, then in
    /// their summary, then anywhere in the fiche; catalogue order within each.
    pub fn matches(&self, catalogue: &Catalogue, filter: &Filter) -> Vec<usize> {
        let words: Vec<String> = fold(&filter.query)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let mut ranked: Vec<(u8, usize)> = catalogue
            .measures
            .iter()
            .enumerate()
            .filter(|(_, m)| filter.facets_match(m))
            .filter_map(|(i, _)| Some((self.haystacks.get(i)?.rank(&words)?, i)))
            .collect();
        ranked.sort_by_key(|(rank, _)| *rank);
        ranked.into_iter().map(|(_, i)| i).collect()
    }
}

fn haystack(m: &Measure) -> Haystack {
    Haystack {
        title: fold(&format!("{}\n{}", m.title, m.id)),
        summary: fold(&m.summary),
        rest: rest_text(m),
    }
}

fn rest_text(m: &Measure) -> String {
    let mut parts: Vec<&str> = vec![&m.implementation];
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_matches_come_before_summary_and_fiche_matches() {
        let c = Catalogue::builtin().catalogue;
        let index = SearchIndex::new(&c);
        let filter = Filter {
            query: "uitzend".into(),
            ..Filter::default()
        };
        let hits = index.matches(&c, &filter);
        let in_title = |i: &usize| fold(&c.measures[*i].title).contains("uitzend");
        let first_other = hits.iter().position(|i| !in_title(i));
        let last_title = hits.iter().rposition(in_title);
        assert!(last_title.is_some(), "some titles name it");
        assert!(first_other.is_some(), "some measures only mention it");
        assert!(
            last_title < first_other,
            "every title match ranks above the rest: {:?}",
            hits.iter()
                .map(|i| &c.measures[*i].title)
                .collect::<Vec<_>>()
        );
        let summary_rank = |i: &usize| fold(&c.measures[*i].summary).contains("uitzend");
        let rest = &hits[first_other.unwrap_or(0)..];
        let summaries_end = rest.iter().rposition(summary_rank);
        let first_fiche = rest.iter().position(|i| !summary_rank(i));
        if let (Some(s), Some(f)) = (summaries_end, first_fiche) {
            assert!(s < f, "summary matches before fiche-only matches");
        }
    }
}
