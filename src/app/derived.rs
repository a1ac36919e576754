//! Data computed from the document, cached per revision so a frame costs nothing when nothing
//! changed.

use crate::catalogue::Catalogue;
use crate::effect::{Assessment, assess};
use crate::month::Month;
use crate::package::Package;
use crate::timeline::{self, Row};

#[derive(Default)]
pub struct Derived {
    revision: Option<u64>,
    assessment: Assessment,
    /// The package's timeline rows, for the revision and month they were made for.
    timeline: Vec<Row>,
    timeline_for: Option<(u64, Month)>,
    /// Assessments of the packages beside it in the comparison.
    compare: Vec<Assessment>,
    compare_generation: Option<u64>,
}

impl Derived {
    /// Recompute what is stale.
    pub fn refresh(
        &mut self,
        catalogue: &Catalogue,
        package: &Package,
        revision: u64,
        compare: &[Package],
        compare_generation: u64,
        today: Month,
    ) {
        if self.revision != Some(revision) {
            self.assessment = assess(package, catalogue);
            self.revision = Some(revision);
        }
        if self.timeline_for != Some((revision, today)) {
            self.timeline = timeline::rows(package, catalogue, today);
            self.timeline_for = Some((revision, today));
        }
        if self.compare_generation != Some(compare_generation) {
            self.compare = compare.iter().map(|p| assess(p, catalogue)).collect();
            self.compare_generation = Some(compare_generation);
        }
    }

    pub fn assessment(&self) -> &Assessment {
        &self.assessment
    }

    pub fn timeline(&self) -> &[Row] {
        &self.timeline
    }

    pub fn compare(&self) -> &[Assessment] {
        &self.compare
    }
}
