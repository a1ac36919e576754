//! Read-only starting points taken from the sources: the packages the documents themselves put
//! together. Opening one makes an unsaved copy.

use crate::catalogue::{Catalogue, Status};
use crate::package::Package;

/// A starting point: its name is the source's (a document's title, like a measure's); what it
/// holds is said by the text layer (`strings::preset_description`), in the order of [`PRESETS`].
pub struct Preset {
    pub name: &'static str,
    pick: fn(&Catalogue) -> Vec<String>,
}

impl Preset {
    pub fn package(&self, catalogue: &Catalogue) -> Package {
        let ids = (self.pick)(catalogue);
        Package::from_ids(self.name, ids.iter().map(String::as_str))
    }
}

fn cited_at(catalogue: &Catalogue, doc: &str, prefix: &str) -> Vec<String> {
    catalogue
        .measures
        .iter()
        .filter(|m| {
            m.sources
                .iter()
                .any(|s| s.doc == doc && s.at.starts_with(prefix))
        })
        .map(|m| m.id.clone())
        .collect()
}

/// The measures a letter acts on: those it reports a step on, except what it drops or leaves to
/// a next cabinet (a choice deferred is not an action of the letter: 001 l.69–71, visie economie).
fn acted_on(catalogue: &Catalogue, doc: &str) -> Vec<String> {
    catalogue
        .measures
        .iter()
        .filter(|m| {
            let steps: Vec<_> = m.lineage.iter().filter(|s| s.source.doc == doc).collect();
            !steps.is_empty()
                && steps
                    .iter()
                    .all(|s| !matches!(s.status, Status::Dropped | Status::Deferred))
        })
        .map(|m| m.id.clone())
        .collect()
}

pub const PRESETS: &[Preset] = &[
    Preset {
        name: "Voorstel minister SZW 2023 – nationale maatregelen",
        pick: |c| cited_at(c, "000", "§2"),
    },
    Preset {
        name: "Voorstel minister SZW 2023 – inzet in de EU",
        pick: |c| cited_at(c, "000", "§1"),
    },
    Preset {
        name: "Kamerbrief 14 november 2024 – acties",
        pick: |c| acted_on(c, "003"),
    },
    Preset {
        name: "Kamerbrief 2025 – acties",
        pick: |c| acted_on(c, "001"),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn preset(name: &str) -> Package {
        let report = Catalogue::builtin();
        assert!(report.errors.is_empty(), "{:#?}", report.errors);
        PRESETS
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("preset {name}"))
            .package(&report.catalogue)
    }

    #[test]
    fn a_letter_s_actions_leave_out_what_it_defers_to_a_next_cabinet() {
        // 001 leaves the visie op economie to a next cabinet (l.69–71): not one of its actions;
        // 003 reports it as work in progress, so the 2024 letter's actions hold it.
        assert!(!preset("Kamerbrief 2025 – acties").contains("arbeid.visie-economie"));
        assert!(preset("Kamerbrief 14 november 2024 – acties").contains("arbeid.visie-economie"));
        // What the 2025 letter continues stays in.
        assert!(preset("Kamerbrief 2025 – acties").contains("arbeid.ser-advies-arbeidsmigratie"));
    }
}
