//! Packages side by side: which measures are not in all of them.

use crate::catalogue::Catalogue;
use crate::package::Package;

/// The measures some of the packages have and others lack, in catalogue order (ids the
/// catalogue does not know last, by id), each once.
pub fn differing(packages: &[&Package], catalogue: &Catalogue) -> Vec<String> {
    let mut ids: Vec<&str> = packages
        .iter()
        .flat_map(|p| p.items.iter().map(|i| i.measure.as_str()))
        .collect();
    // Unknown ids share one position, so the id itself must order them for dedup to work.
    ids.sort_by_key(|id| (catalogue.position(id).unwrap_or(usize::MAX), *id));
    ids.dedup();
    ids.into_iter()
        .filter(|id| !packages.iter().all(|p| p.contains(id)))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_ids_are_listed_once() {
        let catalogue = Catalogue::default();
        let a = Package::from_ids("A", ["x.onbekend", "y.onbekend"]);
        let b = Package::from_ids("B", ["x.onbekend"]);
        let c = Package::from_ids("C", ["y.onbekend", "x.onbekend", "z.onbekend"]);
        let d = differing(&[&a, &b, &c], &catalogue);
        assert_eq!(d, ["y.onbekend", "z.onbekend"]);
    }

    #[test]
    fn measures_in_every_package_do_not_differ() {
        let report = Catalogue::builtin();
        let a = Package::from_ids("A", ["arbeid.eures", "asiel.nareis"]);
        let b = Package::from_ids("B", ["asiel.nareis"]);
        assert_eq!(differing(&[&a, &b], &report.catalogue), ["arbeid.eures"]);
    }
}
