//! The combined effect of a package on migration inflow. The sources give directions, not
//! sizes, so this counts measures by direction and never turns an unknown into a neutral.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::catalogue::{
    Catalogue, Direction, InstrumentKind, LinkKind, Measure, Reach, Source, Stream, Term,
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
    /// Of `decrease`: strongly limiting (`--`).
    pub strong_decrease: u32,
    /// Of `decrease`: neutral to limiting (`0/-`).
    pub neutral_to_decrease: u32,
    /// Of `increase`: possibly increasing (`Mogelijk +`).
    pub possible_increase: u32,
    /// Sums of the meeting's weights (1 each when no weight is given). Not in the report's
    /// JSON: its verdict words say when weights are in use.
    #[serde(skip)]
    pub increase_weight: f32,
    #[serde(skip)]
    pub decrease_weight: f32,
    pub increasing: Vec<String>,
    pub decreasing: Vec<String>,
    pub unknowns: Vec<String>,
}

impl Tally {
    pub fn total(&self) -> u32 {
        self.increase + self.decrease + self.neutral + self.unknown
    }

    /// Count a measure with its direction: the push, and its strength or certainty apart.
    pub fn add_direction(&mut self, id: &str, d: Direction, weight: f32) {
        self.add(id, Push::of(d), weight);
        match d {
            Direction::StrongDecrease => self.strong_decrease += 1,
            Direction::NeutralToDecrease => self.neutral_to_decrease += 1,
            Direction::PossibleIncrease => self.possible_increase += 1,
            _ => {}
        }
    }

    /// The strength and certainty behind the counts.
    pub fn strength(&self) -> Strength {
        Strength {
            strong_decrease: self.strong_decrease,
            neutral_to_decrease: self.neutral_to_decrease,
            possible_increase: self.possible_increase,
        }
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

    /// What the tally says. With `weighted`, the balance of the meeting's weights decides a
    /// mixed picture, and the verdict carries that lean.
    pub fn verdict(&self, weighted: bool) -> Verdict {
        let (n, up, down, unknown) = (self.total(), self.increase, self.decrease, self.unknown);
        let kind = if n == 0 {
            VerdictKind::Empty
        } else if unknown * 2 > n {
            VerdictKind::MostlyUnknown { unknown, total: n }
        } else {
            match (up, down) {
                (0, 0) => VerdictKind::Neutral,
                (0, _) => VerdictKind::Decreasing,
                (_, 0) => VerdictKind::Increasing,
                _ => VerdictKind::Mixed { up, down },
            }
        };
        let lean = (weighted && matches!(kind, VerdictKind::Mixed { .. })).then(|| {
            let (u, d) = (self.increase_weight, self.decrease_weight);
            WeightedLean {
                lean: if d > u {
                    Lean::Decreasing
                } else if u > d {
                    Lean::Increasing
                } else {
                    Lean::Even
                },
                decrease_weight: d,
                increase_weight: u,
            }
        });
        Verdict {
            kind,
            unknown,
            lean,
            strength: self.strength(),
        }
    }
}

/// How much of a tally's limiting and increasing side is strong or uncertain: `--`, `0/-` and
/// `Mogelijk +` counted apart (they are also in `decrease` and `increase`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Strength {
    pub strong_decrease: u32,
    pub neutral_to_decrease: u32,
    pub possible_increase: u32,
}

/// What a tally says, as data; `strings::verdict` words it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Verdict {
    pub kind: VerdictKind,
    /// Measures without a known direction (PM, nnb, mixed): counted, never as neutral.
    pub unknown: u32,
    /// With the meeting's weights, which way a mixed picture leans.
    pub lean: Option<WeightedLean>,
    /// The strong and the uncertain among the counted directions.
    pub strength: Strength,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum VerdictKind {
    /// No measures.
    Empty,
    /// More than half the measures have no known direction: too little to call.
    MostlyUnknown {
        unknown: u32,
        total: u32,
    },
    Neutral,
    Decreasing,
    Increasing,
    Mixed {
        up: u32,
        down: u32,
    },
}

/// The balance of the meeting's weights in a mixed picture.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WeightedLean {
    pub lean: Lean,
    pub decrease_weight: f32,
    pub increase_weight: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Lean {
    Decreasing,
    Increasing,
    Even,
}

/// A hint about the package: a conflict, a link, or a knock-on effect, with its source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hint {
    pub kind: HintKind,
    pub source: Option<Source>,
}

/// What a hint is about; the ids are measure ids. `strings::hint_text` words it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum HintKind {
    /// Measures in one stream pulling opposite ways.
    Opposite {
        stream: Stream,
        increasing: Vec<String>,
        decreasing: Vec<String>,
    },
    /// `measure` excludes `other`, and both are in the package.
    Excludes { measure: String, other: String },
    /// The sources say `measure` belongs with `partner`, which is not in the package.
    MissingPartner { measure: String, partner: String },
    /// `measure` depends on `partner`, which is not in the package.
    MissingDependency { measure: String, partner: String },
    /// A knock-on effect the sources quantify: the measure that describes it, and its sign.
    KnockOn { measure: String, symbol: String },
    /// A measure offering alternatives without a chosen option.
    NoVariantChosen { measure: String },
}

impl Hint {
    /// The measures the hint concerns.
    pub fn measures(&self) -> Vec<&str> {
        match &self.kind {
            HintKind::Opposite {
                increasing,
                decreasing,
                ..
            } => increasing
                .iter()
                .chain(decreasing)
                .map(String::as_str)
                .collect(),
            HintKind::Excludes { measure, other: p }
            | HintKind::MissingPartner {
                measure,
                partner: p,
            }
            | HintKind::MissingDependency {
                measure,
                partner: p,
            } => vec![measure, p],
            HintKind::KnockOn { measure, .. } | HintKind::NoVariantChosen { measure } => {
                vec![measure]
            }
        }
    }
}

/// What the package needs to take effect: how many measures need each instrument.
/// `strings::needs_summary` words it.
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
    /// The ministries the sources record for the measures, as recorded.
    pub ministries: Vec<String>,
    /// Measures for which the sources record no ministry.
    pub without_ministry: u32,
}

/// Everything the package panel and the report show.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Assessment {
    pub overall: Tally,
    pub streams: BTreeMap<Stream, Tally>,
    pub horizons: BTreeMap<Term, Tally>,
    /// Measures whose horizon the sources leave open.
    pub horizon_unknown: Tally,
    /// Per stream and term (`None`: the sources give no term): the stream × term matrix.
    pub matrix: BTreeMap<(Stream, Option<Term>), Tally>,
    pub hints: Vec<Hint>,
    pub needs: Needs,
    pub weighted: bool,
    /// Measures the meeting rejected: listed, not counted.
    pub rejected: u32,
    /// The picture with the meeting's own readings filled in, beside the sourced one above
    /// (which they never change); `None` when the meeting recorded no reading.
    pub with_readings: Option<ReadPicture>,
    /// How large the groups are that the package touches, where the sources say so.
    pub reach: Vec<ReachLine>,
}

/// One sourced number on a group the package touches, with the measures that cite it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReachLine {
    pub reach: Reach,
    pub measures: Vec<String>,
}

/// The groups the package's counted measures touch, with the sources' numbers: one line per
/// fact (group, value, unit, year); a fact that several measures cite is listed once with all
/// of them. Nothing is added up: other units, other years or overlapping groups cannot be
/// summed honestly, so every number shown is one a source prints.
pub fn reach(package: &Package, catalogue: &Catalogue) -> Vec<ReachLine> {
    let mut out: Vec<ReachLine> = Vec::new();
    let counted = package
        .measures(catalogue)
        .filter(|(i, _)| i.status != MeetingStatus::Rejected);
    for (_, m) in counted {
        for r in &m.reach {
            let same = |l: &&mut ReachLine| {
                l.reach.group == r.group
                    && l.reach.value == r.value
                    && l.reach.unit == r.unit
                    && l.reach.year == r.year
            };
            match out.iter_mut().find(|l| same(l)) {
                Some(l) if !l.measures.contains(&m.id) => l.measures.push(m.id.clone()),
                Some(_) => {}
                None => out.push(ReachLine {
                    reach: r.clone(),
                    measures: vec![m.id.clone()],
                }),
            }
        }
    }
    out
}

/// The package's picture with the meeting's readings ("inschatting overleg") in place of the
/// sources' directions for the measures that have one.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ReadPicture {
    pub overall: Tally,
    pub streams: BTreeMap<Stream, Tally>,
    /// The measures whose direction here is the meeting's reading.
    pub read: Vec<String>,
}

/// The direction an item counts with in the picture with the meeting's readings.
pub fn read_direction(item: &Item, m: &Measure) -> Direction {
    item.reading
        .as_ref()
        .map_or_else(|| item_direction(item, m), |r| r.direction)
}

/// Where the sources quantify family members coming along with labour migrants.
pub const FAMILY_KNOCK_ON: &str = "gezin.volgt-arbeidsmigratie";

pub fn assess(package: &Package, catalogue: &Catalogue) -> Assessment {
    let mut a = Assessment {
        weighted: package.weighted(),
        ..Default::default()
    };
    for (item, m) in counted(package, catalogue) {
        let d = item_direction(item, m);
        let w = item.weight.unwrap_or(1.0);
        count(&mut a.overall, &mut a.streams, m, d, w);
        if m.horizon.terms.is_empty() {
            a.horizon_unknown.add_direction(&m.id, d, w);
            a.matrix
                .entry((m.stream, None))
                .or_default()
                .add_direction(&m.id, d, w);
        }
        for t in &m.horizon.terms {
            a.horizons.entry(*t).or_default().add_direction(&m.id, d, w);
            let cell = a.matrix.entry((m.stream, Some(*t))).or_default();
            cell.add_direction(&m.id, d, w);
        }
        count_needs(&mut a.needs, m);
    }
    a.with_readings = read_picture(package, catalogue);
    a.reach = reach(package, catalogue);
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

/// The measures that count: a measure the meeting rejected stays listed but no longer counts.
fn counted<'a>(
    package: &'a Package,
    catalogue: &'a Catalogue,
) -> impl Iterator<Item = (&'a Item, &'a Measure)> {
    package
        .measures(catalogue)
        .filter(|(i, _)| i.status != MeetingStatus::Rejected)
}

/// One measure's direction in the overall tally and its stream's: the one tally rule for the
/// sourced picture and the one with the meeting's readings.
fn count(
    overall: &mut Tally,
    streams: &mut BTreeMap<Stream, Tally>,
    m: &Measure,
    d: Direction,
    weight: f32,
) {
    overall.add_direction(&m.id, d, weight);
    streams
        .entry(m.stream)
        .or_default()
        .add_direction(&m.id, d, weight);
}

/// The picture with the meeting's readings filled in; `None` without any reading.
fn read_picture(package: &Package, catalogue: &Catalogue) -> Option<ReadPicture> {
    if !counted(package, catalogue).any(|(i, _)| i.reading.is_some()) {
        return None;
    }
    let mut p = ReadPicture::default();
    for (item, m) in counted(package, catalogue) {
        let d = read_direction(item, m);
        let w = item.weight.unwrap_or(1.0);
        count(&mut p.overall, &mut p.streams, m, d, w);
        if item.reading.is_some() {
            p.read.push(m.id.clone());
        }
    }
    Some(p)
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
    n.without_ministry += u32::from(m.ministries.is_empty());
}

fn hints(package: &Package, catalogue: &Catalogue, a: &Assessment) -> Vec<Hint> {
    let mut out = Vec::new();
    for (stream, t) in &a.streams {
        if t.increase > 0 && t.decrease > 0 {
            out.push(Hint {
                kind: HintKind::Opposite {
                    stream: *stream,
                    increasing: t.increasing.clone(),
                    decreasing: t.decreasing.clone(),
                },
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
                kind: HintKind::NoVariantChosen {
                    measure: m.id.clone(),
                },
                source: None,
            });
        }
        for l in &m.links {
            let in_package = package.contains(&l.to);
            let (measure, to) = (m.id.clone(), l.to.clone());
            let kind = match l.kind {
                LinkKind::Excludes if in_package => HintKind::Excludes { measure, other: to },
                LinkKind::BelongsWith if !in_package => HintKind::MissingPartner {
                    measure,
                    partner: to,
                },
                LinkKind::DependsOn if !in_package => HintKind::MissingDependency {
                    measure,
                    partner: to,
                },
                _ => continue,
            };
            out.push(Hint {
                kind,
                source: Some(l.source.clone()),
            });
        }
    }
    if a.streams.contains_key(&Stream::Arbeid)
        && let Some(g) = catalogue.get(FAMILY_KNOCK_ON)
        && let Some(e) = &g.effect
    {
        out.push(Hint {
            kind: HintKind::KnockOn {
                measure: g.id.clone(),
                symbol: e.symbol.clone(),
            },
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
    fn verdicts_as_data() {
        use Push::*;
        let v = |pushes: &[Push]| tally(pushes).verdict(false);
        assert_eq!(v(&[]).kind, VerdictKind::Empty);
        assert_eq!(
            v(&[Decrease, Decrease, Neutral]).kind,
            VerdictKind::Decreasing
        );
        assert_eq!(v(&[Increase, Neutral]).kind, VerdictKind::Increasing);
        assert_eq!(v(&[Neutral]).kind, VerdictKind::Neutral);
        assert_eq!(
            v(&[Increase, Increase, Decrease, Decrease, Decrease]).kind,
            VerdictKind::Mixed { up: 2, down: 3 }
        );
        assert_eq!(
            v(&[Unknown, Unknown, Unknown, Decrease, Neutral]).kind,
            VerdictKind::MostlyUnknown {
                unknown: 3,
                total: 5
            }
        );
        // Half unknown is still a verdict, with the unknowns counted beside it.
        let half = v(&[Decrease, Unknown]);
        assert_eq!((half.kind, half.unknown), (VerdictKind::Decreasing, 1));
        assert_eq!(half.lean, None);
    }

    #[test]
    fn weights_decide_a_mixed_picture_and_say_so() {
        let mut t = Tally::default();
        t.add("a", Push::Increase, 1.0);
        t.add("b", Push::Decrease, 3.0);
        let v = t.verdict(true);
        assert_eq!(v.kind, VerdictKind::Mixed { up: 1, down: 1 });
        assert_eq!(
            v.lean,
            Some(WeightedLean {
                lean: Lean::Decreasing,
                decrease_weight: 3.0,
                increase_weight: 1.0
            })
        );
        assert_eq!(t.verdict(false).lean, None, "no weights, no lean");
        t.add("c", Push::Increase, 2.0);
        assert_eq!(t.verdict(true).lean.map(|l| l.lean), Some(Lean::Even));
        // Weights lean only a mixed picture.
        let mut one_way = Tally::default();
        one_way.add("a", Push::Decrease, 5.0);
        assert_eq!(one_way.verdict(true).lean, None);
    }

    #[test]
    fn strength_and_certainty_are_counted_apart() {
        let mut t = Tally::default();
        for (id, d) in [
            ("a", Direction::StrongDecrease),
            ("b", Direction::NeutralToDecrease),
            ("c", Direction::NeutralToDecrease),
            ("d", Direction::Decrease),
            ("e", Direction::PossibleIncrease),
            ("f", Direction::Increase),
            ("g", Direction::Neutral),
            ("h", Direction::Unknown),
        ] {
            t.add_direction(id, d, 1.0);
        }
        assert_eq!(
            (t.increase, t.decrease, t.neutral, t.unknown),
            (2, 4, 1, 1),
            "the main counts stay as they were"
        );
        assert_eq!(
            t.strength(),
            Strength {
                strong_decrease: 1,
                neutral_to_decrease: 2,
                possible_increase: 1
            }
        );
        assert_eq!(t.verdict(false).strength, t.strength());
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
