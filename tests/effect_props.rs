//! Properties of the package assessment over random packages from the real catalogue.

use knoppen::catalogue::{Catalogue, Direction};
use knoppen::effect::{Push, Verdict, VerdictKind, assess, item_direction};
use knoppen::package::{Package, Reading};
use proptest::prelude::*;
use std::sync::OnceLock;

fn catalogue() -> &'static Catalogue {
    static C: OnceLock<Catalogue> = OnceLock::new();
    C.get_or_init(|| Catalogue::builtin().catalogue)
}

fn ids() -> impl Strategy<Value = Vec<String>> {
    let n = catalogue().measures.len();
    proptest::collection::vec(0..n, 0..40).prop_map(|ix| {
        let mut v: Vec<String> = ix
            .into_iter()
            .map(|i| catalogue().measures[i].id.clone())
            .collect();
        v.dedup();
        v
    })
}

fn package(ids: &[String]) -> Package {
    Package::from_ids("p", ids.iter().map(String::as_str))
}

/// The verdicts and counts, which must not depend on order.
fn summary(p: &Package) -> Vec<(String, u32, u32, u32, u32, Verdict)> {
    let a = assess(p, catalogue());
    std::iter::once(("overall".to_owned(), &a.overall))
        .chain(a.streams.iter().map(|(s, t)| (s.id().to_owned(), t)))
        .map(|(k, t)| {
            (
                k,
                t.increase,
                t.decrease,
                t.neutral,
                t.unknown,
                t.verdict(false),
            )
        })
        .collect()
}

proptest! {
    #[test]
    fn order_does_not_matter(ids in ids(), seed in any::<u64>()) {
        let mut shuffled = ids.clone();
        // A deterministic shuffle from the seed.
        let mut s = seed | 1;
        for i in (1..shuffled.len()).rev() {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            shuffled.swap(i, (s % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(summary(&package(&ids)), summary(&package(&shuffled)));
    }

    #[test]
    fn adding_then_removing_restores_the_verdict(ids in ids(), extra in 0usize..200) {
        let c = catalogue();
        let extra = &c.measures[extra % c.measures.len()].id;
        prop_assume!(!ids.contains(extra));
        let before = summary(&package(&ids));
        let mut p = package(&ids);
        p.add(extra);
        p.remove(extra);
        prop_assert_eq!(before, summary(&p));
    }

    #[test]
    fn the_meetings_readings_never_change_the_sourced_picture(
        ids in ids(),
        picks in proptest::collection::vec((any::<bool>(), 0usize..6), 0..40),
    ) {
        let plain = package(&ids);
        let mut read = plain.clone();
        for (item, (on, d)) in read.items.iter_mut().zip(&picks) {
            if *on {
                item.reading = Some(Reading::new(Reading::DIRECTIONS[*d], "overleg"));
            }
        }
        let (a, b) = (assess(&plain, catalogue()), assess(&read, catalogue()));
        prop_assert_eq!(&a.overall, &b.overall);
        prop_assert_eq!(&a.streams, &b.streams);
        prop_assert_eq!(&a.matrix, &b.matrix);
        prop_assert!(a.with_readings.is_none());
        let counted = read
            .measures(catalogue())
            .filter(|(i, _)| i.reading.is_some())
            .count();
        match &b.with_readings {
            None => prop_assert_eq!(counted, 0),
            Some(w) => {
                prop_assert_eq!(w.read.len(), counted);
                prop_assert_eq!(w.overall.total(), b.overall.total());
            }
        }
    }

    #[test]
    fn strength_counts_are_part_of_their_side(ids in ids()) {
        let a = assess(&package(&ids), catalogue());
        for t in std::iter::once(&a.overall).chain(a.streams.values()) {
            prop_assert!(t.strong_decrease + t.neutral_to_decrease <= t.decrease);
            prop_assert!(t.possible_increase <= t.increase);
        }
    }

    #[test]
    fn counts_add_up_and_unknowns_are_never_neutral(ids in ids()) {
        let p = package(&ids);
        let a = assess(&p, catalogue());
        prop_assert_eq!(a.overall.total() as usize, p.items.len());
        let stream_total: u32 = a.streams.values().map(|t| t.total()).sum();
        prop_assert_eq!(stream_total, a.overall.total());
        let unknown = p
            .measures(catalogue())
            .filter(|(i, m)| Push::of(item_direction(i, m)) == Push::Unknown)
            .count();
        prop_assert_eq!(a.overall.unknown as usize, unknown);
        for (_, m) in p.measures(catalogue()) {
            if m.direction() == Direction::Unknown {
                prop_assert!(a.overall.unknowns.contains(&m.id));
            }
        }
    }
}

#[test]
fn rejected_measures_are_listed_but_not_counted() {
    let mut p = package(&[
        "arbeid.etk".into(),
        "arbeid.zoekperiode-kennismigranten".into(),
    ]);
    assert_eq!(
        assess(&p, catalogue()).overall.verdict(false).kind,
        VerdictKind::Mixed { up: 1, down: 1 }
    );
    if let Some(i) = p.item_mut("arbeid.zoekperiode-kennismigranten") {
        i.status = knoppen::package::MeetingStatus::Rejected;
    }
    let a = assess(&p, catalogue());
    assert_eq!(a.overall.verdict(false).kind, VerdictKind::Decreasing);
    assert_eq!((a.overall.total(), a.rejected), (1, 1));
}

#[test]
fn a_chosen_variant_with_its_own_sign_decides_the_direction() {
    // The 2.11 measure offers alternatives; the salary-criterion variant limits inflow.
    let c = catalogue();
    let m = c
        .get("arbeid.aanscherpen-kennismigrantenregeling")
        .expect("measure");
    let with_sign = m
        .variants
        .iter()
        .find(|v| v.effect.is_some())
        .expect("a variant with a sign");
    let mut p = package(std::slice::from_ref(&m.id));
    if let Some(i) = p.item_mut(&m.id) {
        i.variant = Some(with_sign.key.clone());
    }
    let (item, measure) = p.measures(c).next().expect("in package");
    assert_eq!(
        item_direction(item, measure),
        with_sign.effect.as_ref().expect("effect").direction()
    );
}

#[test]
fn every_strength_and_basis_in_the_tally() {
    let mut p = package(&[
        "asiel.veilig-derde-land".into(),                    // --
        "asiel.asielvergunning-onbepaalde-tijd".into(),      // 0/-
        "arbeid.etk".into(),                                 // -
        "studie.basisbeurs-56-uursnorm".into(),              // Mogelijk +
        "arbeid.aanscherpen-kennismigrantenregeling".into(), // no symbol; prose only
    ]);
    let a = assess(&p, catalogue());
    let t = &a.overall;
    assert_eq!(
        (t.increase, t.decrease, t.neutral, t.unknown),
        (1, 3, 0, 1),
        "a reading from prose counts as unknown"
    );
    assert_eq!(
        (
            t.strong_decrease,
            t.neutral_to_decrease,
            t.possible_increase
        ),
        (1, 1, 1)
    );
    assert!(
        t.unknowns
            .contains(&"arbeid.aanscherpen-kennismigrantenregeling".to_owned())
    );
    assert!(a.with_readings.is_none());
    // The meeting's reading fills in beside the sourced picture, never in it.
    if let Some(i) = p.item_mut("arbeid.aanscherpen-kennismigrantenregeling") {
        i.reading = Some(Reading::new(Direction::StrongDecrease, "richtgetal"));
    }
    let b = assess(&p, catalogue());
    assert_eq!(b.overall, a.overall);
    let w = b.with_readings.expect("a picture with the reading");
    assert_eq!(
        (
            w.overall.decrease,
            w.overall.strong_decrease,
            w.overall.unknown
        ),
        (4, 2, 0)
    );
    assert_eq!(
        w.read,
        vec!["arbeid.aanscherpen-kennismigrantenregeling".to_owned()]
    );
}

#[test]
fn reach_lists_the_sources_numbers_and_never_adds_them_up() {
    let p = package(&[
        "arbeid.aanscherpen-kennismigrantenregeling".into(),
        "arbeid.uitzendverbod-sectoren".into(),
        "arbeid.statushouders-krapte".into(),
        "arbeid.statushouders-startbanen".into(),
    ]);
    let a = assess(&p, catalogue());
    let recorded: Vec<_> = p
        .measures(catalogue())
        .flat_map(|(_, m)| m.reach.iter())
        .collect();
    assert!(!a.reach.is_empty());
    for l in &a.reach {
        assert!(
            recorded.contains(&&l.reach),
            "only numbers the catalogue records from a source: {l:?}"
        );
    }
    // One fact two measures cite is listed once, with both.
    let status: Vec<_> = a
        .reach
        .iter()
        .filter(|l| l.reach.group == "statushouders zonder werk")
        .collect();
    assert_eq!(status.len(), 1);
    assert_eq!(status[0].measures.len(), 2);
    // Two years of one group stay two lines; different units are never added either.
    let kennis: Vec<_> = a
        .reach
        .iter()
        .filter(|l| l.reach.group == "kennismigranten")
        .collect();
    assert_eq!(kennis.len(), 2);
    assert_eq!(a.reach.len(), recorded.len() - 1);
    assert_eq!(
        knoppen::strings::reach(&kennis[1].reach),
        "raakt: kennismigranten — 33.080 beslissingen over vergunningen in 2022"
    );
    let meat = a
        .reach
        .iter()
        .find(|l| l.reach.unit == "duizend werknemers")
        .expect("meat sector");
    assert_eq!(
        knoppen::strings::reach(&meat.reach),
        "raakt: werknemers in de vleessector die bij een verbod verschuiven — ong. 14 duizend werknemers"
    );
}
