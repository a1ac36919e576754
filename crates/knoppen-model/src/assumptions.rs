//! What Knoppen assumes where the sources are silent: lead times per instrument and the years a
//! short, medium or long term stands for. Apart from the rest of the timeline so that the
//! package can hold them without the package and the timeline importing each other.

use serde::{Deserialize, Serialize};

use crate::catalogue::{InstrumentKind, Term};

/// The app's assumptions where the sources are silent. Shown in the UI as assumptions and
/// adjustable; part of the package, so saved, undoable and used by `knoppen report` alike.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Assumptions {
    /// Typical lead time, in months (min, max), per instrument.
    pub law: (u32, u32),
    pub amvb: (u32, u32),
    pub regulation: (u32, u32),
    pub decision: (u32, u32),
    pub eu: (u32, u32),
    pub agreement: (u32, u32),
    /// How many years after implementation the effect comes: short, medium, long term.
    pub kt_years: (f32, f32),
    pub mlt_years: (f32, f32),
    pub lt_years: (f32, f32),
}

impl Default for Assumptions {
    fn default() -> Self {
        Self {
            law: (24, 36),
            amvb: (12, 18),
            regulation: (3, 6),
            decision: (1, 6),
            eu: (24, 60),
            agreement: (3, 12),
            kt_years: (0.0, 1.0),
            mlt_years: (1.0, 4.0),
            lt_years: (4.0, 10.0),
        }
    }
}

/// Longer than any plan: a lead time beyond this in a file is a typo.
const MAX_LEAD_MONTHS: u32 = 1200;
const MAX_EFFECT_YEARS: f32 = 100.0;

impl Assumptions {
    pub fn lead(&self, k: InstrumentKind) -> Option<(u32, u32)> {
        use InstrumentKind::*;
        Some(match k {
            Law => self.law,
            Amvb => self.amvb,
            Regulation => self.regulation,
            CabinetDecision | MinisterDecision | Decision | Funding | Execution => self.decision,
            EuEffort => self.eu,
            Agreement => self.agreement,
            Unknown => return None,
        })
    }

    pub fn effect_years(&self, terms: &[Term]) -> Option<(f32, f32)> {
        let ranges: Vec<(f32, f32)> = terms
            .iter()
            .map(|t| match t {
                Term::KT => self.kt_years,
                Term::MLT => self.mlt_years,
                Term::LT => self.lt_years,
            })
            .collect();
        let lo = ranges.iter().map(|r| r.0).reduce(f32::min)?;
        let hi = ranges.iter().map(|r| r.1).reduce(f32::max)?;
        Some((lo, hi))
    }

    /// What makes these assumptions unusable, if anything (a hand-edited file): a minimum above
    /// its maximum, a lead time over a century, effect years that are negative or not finite.
    pub fn problem(&self) -> Option<String> {
        let leads = [
            ("law", self.law),
            ("amvb", self.amvb),
            ("regulation", self.regulation),
            ("decision", self.decision),
            ("eu", self.eu),
            ("agreement", self.agreement),
        ];
        for (name, (lo, hi)) in leads {
            if lo > hi || hi > MAX_LEAD_MONTHS {
                return Some(format!(
                    "{name}: lead time ({lo}, {hi}) must be a range of 0 to {MAX_LEAD_MONTHS} months"
                ));
            }
        }
        let years = [
            ("kt_years", self.kt_years),
            ("mlt_years", self.mlt_years),
            ("lt_years", self.lt_years),
        ];
        for (name, (lo, hi)) in years {
            let ok = (0.0..=MAX_EFFECT_YEARS).contains(&lo)
                && (0.0..=MAX_EFFECT_YEARS).contains(&hi)
                && lo <= hi;
            if !ok {
                return Some(format!(
                    "{name}: ({lo}, {hi}) must be a range of 0 to {MAX_EFFECT_YEARS} years"
                ));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_usable_and_nonsense_is_named() {
        assert_eq!(Assumptions::default().problem(), None);
        let a = Assumptions {
            law: (36, 24),
            ..Assumptions::default()
        };
        assert!(a.problem().is_some_and(|p| p.starts_with("law")));
        let a = Assumptions {
            lt_years: (f32::NAN, 10.0),
            ..Assumptions::default()
        };
        assert!(a.problem().is_some_and(|p| p.starts_with("lt_years")));
    }
}
