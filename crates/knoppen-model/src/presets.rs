//! Read-only starting points taken from the sources: the packages the documents themselves put
//! together. Opening one makes an unsaved copy.

use crate::catalogue::{Catalogue, Status};
use crate::package::Package;

pub struct Preset {
    pub name: &'static str,
    pub description: &'static str,
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

fn acted_on(catalogue: &Catalogue, doc: &str) -> Vec<String> {
    catalogue
        .measures
        .iter()
        .filter(|m| {
            let steps: Vec<_> = m.lineage.iter().filter(|s| s.source.doc == doc).collect();
            !steps.is_empty() && steps.iter().all(|s| s.status != Status::Dropped)
        })
        .map(|m| m.id.clone())
        .collect()
}

pub const PRESETS: &[Preset] = &[
    Preset {
        name: "Voorstel minister SZW 2023 – nationale maatregelen",
        description: "De maatregelen 2.1–2.16 uit de propositie van de minister van SZW (2023), §2.",
        pick: |c| cited_at(c, "000", "§2"),
    },
    Preset {
        name: "Voorstel minister SZW 2023 – inzet in de EU",
        description: "De Europese inzet 1.1–1.5 uit de propositie van de minister van SZW (2023), §1.",
        pick: |c| cited_at(c, "000", "§1"),
    },
    Preset {
        name: "Kamerbrief 14 november 2024 – acties",
        description: "Alle maatregelen waarover de brief van 14 november 2024 een stap meldt, behalve wat zij laat vallen.",
        pick: |c| acted_on(c, "003"),
    },
    Preset {
        name: "Kamerbrief 2025 – acties",
        description: "Alle maatregelen waarover de brief van eind 2025 een stap meldt, behalve wat zij laat vallen.",
        pick: |c| acted_on(c, "001"),
    },
];
