//! Every source reference of a catalogue, with what makes it: a measure's own sources, its
//! statuses (steps), sections, variants, links, reach numbers, timing, corrections, the
//! figures and the tracks.

use crate::catalogue::{Catalogue, Source};
use crate::sources::citations::{Citation, CitationIndex};
use crate::sources::corpus::Library;

/// What a reference belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Owner {
    /// A measure (by id).
    Measure(String),
    /// An annex figure (by id).
    Figure(String),
    /// One of the five tracks (by number).
    Track(u8),
}

/// Which part of its owner a reference backs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Source,
    Step,
    Section,
    Variant,
    Link,
    Reach,
    Timing,
    Milestone,
    Correction,
    Prose,
    Figure,
    Track,
}

/// One reference and what makes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cite<'a> {
    pub owner: Owner,
    pub role: Role,
    pub source: &'a Source,
}

impl Owner {
    /// The measures a reference by this owner stands for: the measure, the measures a figure
    /// informs, the measures of a track.
    pub fn measures<'c>(&'c self, catalogue: &'c Catalogue) -> Vec<&'c str> {
        match self {
            Owner::Measure(id) => vec![id.as_str()],
            Owner::Figure(id) => catalogue
                .figures
                .iter()
                .filter(|f| &f.id == id)
                .flat_map(|f| f.measures.iter().map(String::as_str))
                .collect(),
            Owner::Track(n) => catalogue
                .track(*n)
                .map(|t| t.measures.iter().map(String::as_str).collect())
                .unwrap_or_default(),
        }
    }
}

/// Every source reference in the catalogue, measure by measure, then figures and tracks.
pub fn cites(catalogue: &Catalogue) -> Vec<Cite<'_>> {
    let mut out = Vec::new();
    for m in &catalogue.measures {
        let owner = || Owner::Measure(m.id.clone());
        let mut push = |role: Role, source| {
            out.push(Cite {
                owner: owner(),
                role,
                source,
            })
        };
        m.sources.iter().for_each(|s| push(Role::Source, s));
        m.lineage.iter().for_each(|s| push(Role::Step, &s.source));
        m.sections
            .iter()
            .for_each(|s| push(Role::Section, &s.source));
        m.variants
            .iter()
            .filter_map(|v| v.source.as_ref())
            .for_each(|s| push(Role::Variant, s));
        m.links.iter().for_each(|l| push(Role::Link, &l.source));
        m.reach.iter().for_each(|r| push(Role::Reach, &r.source));
        if let Some(t) = &m.timing {
            push(Role::Timing, &t.source);
            t.milestones
                .iter()
                .for_each(|ms| push(Role::Milestone, &ms.source));
        }
        m.corrections
            .iter()
            .for_each(|c| push(Role::Correction, &c.source));
        let prose = m
            .effect
            .iter()
            .chain(m.variants.iter().filter_map(|v| v.effect.as_ref()))
            .filter_map(|e| e.prose.as_ref());
        prose.for_each(|p| push(Role::Prose, &p.source));
    }
    for f in &catalogue.figures {
        out.push(Cite {
            owner: Owner::Figure(f.id.clone()),
            role: Role::Figure,
            source: &f.source,
        });
    }
    for t in &catalogue.tracks {
        out.push(Cite {
            owner: Owner::Track(t.number),
            role: Role::Track,
            source: &t.source,
        });
    }
    out
}

/// The catalogue's references placed on the library's passages: what cites each passage, and
/// (through `uncited`) the statements nothing cites. References without a line are left out.
pub fn index(catalogue: &Catalogue, library: &Library) -> CitationIndex<(Owner, Role)> {
    let citations = cites(catalogue).into_iter().filter_map(|c| {
        Some(Citation {
            doc: c.source.doc.clone(),
            line: c.source.line? as usize,
            by: (c.owner, c.role),
        })
    });
    CitationIndex::build(library.docs(), citations)
}
