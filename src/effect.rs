//! The combined effect of a package on migration inflow. The sources give directions, not
//! sizes, so this counts measures by direction and never turns an unknown into a neutral.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::catalogue::{
    Catalogue, Direction, InstrumentKind, LinkKind, Measure, Source, Stream, Term,
};
use crate::package::{Item, MeetingStatus, Package, chosen_variant};

/// How one measure counts in a tally.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Push {
    Increase,
    Decrease,
    Neutral,
    Unknown,
}

impl Push {
    pub fn of(d: Direction) -> Push {
        match d.sign() {
            Some(1) => Push::Increase,
            Some(-1) => Push::Decrease,
            Some(_) => Push::Neutral,
            // Mixed bundles, PM/nnb and n.v.t. say nothing about the net direction.
            None => Push::Unknown,
        }
    }
}

/// The direction an item contributes: its chosen variant's own sign where it has one.
pub fn item_direction(item: &Item, m: &Measure) -> Direction {
    chosen_variant(item, m)
        .and_then(|v| v.effect.as_ref())
        .map_or_else(|| m.direction(), |e| e.direction())
}

/// Counts of a group of measures, with who drives each direction.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Tally {
    pub increase: u32,
    pub decrease: u32,
    pub neutral: u32,
    pub unknown: u32,
    /// Sums of the meeting's weights (1 each when no weight is given).
    pub increase_weight: f32,
    pub decrease_weight: f32,
    pub increasing: Vec<String>,
    pub decreasing: Vec<String>,
    pub unknowns: Vec<String>,
}

impl Tally {
    pub fn total(&self) -> u32 {
        self.increase + self.decrease + self.neutral + self.unknown
    }

    fn add(&mut self, id: &str, push: Push, weight: f32) {
        match push {
            Push::Increase => {
                self.increase += 1;
                self.increase_weight += weight;
                self.increasing.push(id.to_owned());
            }
            Push::Decrease => {
                self.decrease += 1;
                self.decrease_weight += weight;
                self.decreasing.push(id.to_owned());
            }
            Push::Neutral => self.neutral += 1,
            Push::Unknown => {
                self.unknown += 1;
                self.unknowns.push(id.to_owned());
            }
        }
    }

    /// The verdict in words. With `weighted`, the balance of the meeting's weights decides a
    /// mixed picture, and the text says so.
    pub fn verdict(&self, weighted: bool) -> String {
        let (n, up, down, unknown) = (self.total(), self.increase, self.decrease, self.unknown);
        if n == 0 {
            return "geen maatregelen".into();
        }
        if unknown * 2 > n {
            return format!("grotendeels onbekend: {unknown} van {n} PM of onbekend");
        }
        let tail = if unknown > 0 {
            format!(", {unknown} onbekend")
        } else {
            String::new()
        };
        let base = match (up, down) {
            (0, 0) => format!("neutraal{tail}"),
            (0, _) => format!("per saldo beperkend{tail}"),
            (_, 0) => format!("per saldo verhogend{tail}"),
            _ => format!("gemengd: {up} verhogend, {down} beperkend{tail}"),
        };
        if weighted && up > 0 && down > 0 {
            let (u, d) = (self.increase_weight, self.decrease_weight);
            let lean = if d > u {
                "weegt beperkend"
            } else if u > d {
                "weegt verhogend"
            } else {
                "weegt gelijk op"
            };
            format!("{base} — met de weging van dit overleg {lean} ({d:.1} tegen {u:.1})")
        } else {
            base
        }
    }
}

/// A hint about the package: a conflict, a link, or a knock-on effect, with its source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hint {
    pub kind: HintKind,
    pub text: String,
    pub measures: Vec<String>,
    pub source: Option<Source>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum HintKind {
    /// Measures in one stream pulling opposite ways.
    Opposite,
    /// Measures that exclude each other.
    Excludes,
    /// A measure the sources tie to one that is not in the package.
    MissingPartner,
    /// A knock-on effect the sources quantify.
    KnockOn,
    /// An alternatives measure without a chosen option.
    NoVariantChosen,
}

/// What the package needs to take effect.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Needs {
    pub laws: u32,
    pub amvbs: u32,
    pub cabinet_decisions: u32,
    pub minister_decisions: u32,
    pub other_decisions: u32,
    pub eu_efforts: u32,
    pub agreements: u32,
    pub unknown: u32,
    pub ministries: Vec<String>,
}

impl Needs {
    /// "2 wetswijziging(en), 1 AMvB('s)": what the package needs, in words; "—" for nothing.
    pub fn summary(&self) -> String {
        let parts = [
            (self.laws, "wetswijziging(en)"),
            (self.amvbs, "AMvB('s)"),
            (self.cabinet_decisions, "besluit(en) van de ministerraad"),
            (
                self.minister_decisions,
                "besluit(en) van een bewindspersoon",
            ),
            (self.other_decisions, "overige besluit(en) of regeling(en)"),
            (self.eu_efforts, "inzet in de EU"),
            (self.agreements, "bestuursakkoord(en)"),
            (self.unknown, "instrument nog onbekend"),
        ];
        let v: Vec<String> = parts
            .iter()
            .filter(|(c, _)| *c > 0)
            .map(|(c, w)| format!("{c} {w}"))
            .collect();
        if v.is_empty() {
            "—".into()
        } else {
            v.join(", ")
        }
    }
}

/// Everything the package panel and the report show.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Assessment {
    pub overall: Tally,
    pub streams: BTreeMap<Stream, Tally>,
    pub horizons: BTreeMap<Term, Tally>,
    /// Measures whose horizon the sources leave open.
    pub horizon_unknown: Tally,
    pub hints: Vec<Hint>,
    pub needs: Needs,
    pub weighted: bool,
    /// Measures the meeting rejected: listed, not counted.
    pub rejected: u32,
}

/// Where the sources quantify family members coming along with labour migrants.
pub const FAMILY_KNOCK_ON: &str = "gezin.volgt-arbeidsmigratie";

pub fn assess(package: &Package, catalogue: &Catalogue) -> Assessment {
    let mut a = Assessment {
        weighted: package.weighted(),
        ..Default::default()
    };
    // A measure the meeting rejected stays listed but no longer counts towards the verdict.
    for (item, m) in package
        .measures(catalogue)
        .filter(|(i, _)| i.status != MeetingStatus::Rejected)
    {
        let push = Push::of(item_direction(item, m));
        let w = item.weight.unwrap_or(1.0);
        a.overall.add(&m.id, push, w);
        a.streams.entry(m.stream).or_default().add(&m.id, push, w);
        if m.horizon.terms.is_empty() {
            a.horizon_unknown.add(&m.id, push, w);
        }
        for t in &m.horizon.terms {
            a.horizons.entry(*t).or_default().add(&m.id, push, w);
        }
        count_needs(&mut a.needs, m);
    }
    a.rejected = package
        .items
        .iter()
        .filter(|i| i.status == MeetingStatus::Rejected)
        .count() as u32;
    a.needs.ministries.sort();
    a.needs.ministries.dedup();
    a.hints = hints(package, catalogue, &a);
    a
}

fn count_needs(n: &mut Needs, m: &Measure) {
    let k = &m.instrument.kinds;
    let has = |x: InstrumentKind| k.contains(&x);
    n.laws += u32::from(has(InstrumentKind::Law));
    n.amvbs += u32::from(has(InstrumentKind::Amvb));
    n.cabinet_decisions += u32::from(has(InstrumentKind::CabinetDecision));
    n.minister_decisions += u32::from(has(InstrumentKind::MinisterDecision));
    n.other_decisions +=
        u32::from(has(InstrumentKind::Decision) || has(InstrumentKind::Regulation));
    n.eu_efforts += u32::from(has(InstrumentKind::EuEffort));
    n.agreements += u32::from(has(InstrumentKind::Agreement));
    n.unknown += u32::from(k.is_empty() || has(InstrumentKind::Unknown));
    n.ministries.extend(m.ministries.iter().cloned());
}

fn hints(package: &Package, catalogue: &Catalogue, a: &Assessment) -> Vec<Hint> {
    let mut out = Vec::new();
    let title = |id: &str| catalogue.get(id).map_or(id.to_owned(), |m| m.title.clone());
    for (stream, t) in &a.streams {
        if t.increase > 0 && t.decrease > 0 {
            out.push(Hint {
                kind: HintKind::Opposite,
                text: format!(
                    "{}: {} verhogend tegenover {} beperkend",
                    crate::strings::stream(*stream),
                    t.increasing
                        .iter()
                        .map(|i| title(i))
                        .collect::<Vec<_>>()
                        .join(", "),
                    t.decreasing
                        .iter()
                        .map(|i| title(i))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                measures: t.increasing.iter().chain(&t.decreasing).cloned().collect(),
                source: None,
            });
        }
    }
    for (item, m) in package.measures(catalogue) {
        if m.variant_kind == crate::catalogue::VariantKind::Alternatives
            && !m.variants.is_empty()
            && chosen_variant(item, m).is_none()
        {
            out.push(Hint {
                kind: HintKind::NoVariantChosen,
                text: format!("{}: nog geen variant gekozen", m.title),
                measures: vec![m.id.clone()],
                source: None,
            });
        }
        for l in &m.links {
            let in_package = package.contains(&l.to);
            let (kind, text) = match l.kind {
                LinkKind::Excludes if in_package => (
                    HintKind::Excludes,
                    format!("{} sluit {} uit", m.title, title(&l.to)),
                ),
                LinkKind::BelongsWith if !in_package => (
                    HintKind::MissingPartner,
                    format!(
                        "{} hoort volgens de bron bij {} (niet in het pakket)",
                        m.title,
                        title(&l.to)
                    ),
                ),
                LinkKind::DependsOn if !in_package => (
                    HintKind::MissingPartner,
                    format!(
                        "{} hangt af van {} (niet in het pakket)",
                        m.title,
                        title(&l.to)
                    ),
                ),
                _ => continue,
            };
            out.push(Hint {
                kind,
                text,
                measures: vec![m.id.clone(), l.to.clone()],
                source: Some(l.source.clone()),
            });
        }
    }
    if a.streams.contains_key(&Stream::Arbeid)
        && let Some(g) = catalogue.get(FAMILY_KNOCK_ON)
        && let Some(e) = &g.effect
    {
        out.push(Hint {
            kind: HintKind::KnockOn,
            text: format!("Gezinsmigratie volgt arbeidsmigratie: “{}”", e.symbol),
            measures: vec![g.id.clone()],
            source: g.sources.first().cloned(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(pushes: &[Push]) -> Tally {
        let mut t = Tally::default();
        for (i, p) in pushes.iter().enumerate() {
            t.add(&format!("m{i}"), *p, 1.0);
        }
        t
    }

    #[test]
    fn verdicts_in_words() {
        use Push::*;
        assert_eq!(tally(&[]).verdict(false), "geen maatregelen");
        assert_eq!(
            tally(&[Decrease, Decrease, Neutral]).verdict(false),
            "per saldo beperkend"
        );
        assert_eq!(
            tally(&[Increase, Increase, Decrease, Decrease, Decrease]).verdict(false),
            "gemengd: 2 verhogend, 3 beperkend"
        );
        assert_eq!(
            tally(&[Unknown, Unknown, Unknown, Decrease, Neutral]).verdict(false),
            "grotendeels onbekend: 3 van 5 PM of onbekend"
        );
        assert_eq!(
            tally(&[Decrease, Unknown]).verdict(false),
            "per saldo beperkend, 1 onbekend"
        );
        assert_eq!(tally(&[Neutral]).verdict(false), "neutraal");
    }

    #[test]
    fn weights_decide_a_mixed_picture_and_say_so() {
        let mut t = Tally::default();
        t.add("a", Push::Increase, 1.0);
        t.add("b", Push::Decrease, 3.0);
        let v = t.verdict(true);
        assert!(v.starts_with("gemengd: 1 verhogend, 1 beperkend"));
        assert!(v.contains("weging van dit overleg weegt beperkend"), "{v}");
    }

    #[test]
    fn push_of_directions() {
        assert_eq!(Push::of(Direction::NeutralToDecrease), Push::Decrease);
        assert_eq!(Push::of(Direction::PossibleIncrease), Push::Increase);
        assert_eq!(Push::of(Direction::Mixed), Push::Unknown);
        assert_eq!(Push::of(Direction::Unknown), Push::Unknown);
        assert_eq!(Push::of(Direction::NotApplicable), Push::Unknown);
        assert_eq!(Push::of(Direction::Neutral), Push::Neutral);
    }
}
