//! A package: the measures a meeting has ticked, with the chosen variant, a meeting status, a
//! note and an optional weight per measure. Plain data, saved as RON with a schema version.

use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::assumptions::Assumptions;
use crate::catalogue::load::{self, LoadError};
use crate::catalogue::{Catalogue, Direction, Measure, Stream, VariantKind};
use crate::month::Month;

/// Version of the `.knoppen` file format this build writes. Version 2 added the assumptions,
/// version 3 the meeting's own reading of a measure's effect.
pub const SCHEMA_VERSION: u32 = 3;
/// The oldest version this build still reads; what it lacks gets its default.
pub const OLDEST_VERSION: u32 = 1;
pub const EXTENSION: &str = "knoppen";
/// The weights a package may give a measure: the app's slider range.
pub const WEIGHTS: std::ops::RangeInclusive<f32> = 0.0..=3.0;

mod check;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Package {
    pub version: u32,
    pub name: String,
    /// The date the package would be decided ("YYYY-MM"); lead times run from it. Empty: today.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_date: Option<String>,
    /// What the timeline assumes where the sources are silent: the meeting's own, kept with the
    /// package so that the app's note and `knoppen report` agree. Version 1 files: the defaults.
    #[serde(default)]
    pub assumptions: Assumptions,
    #[serde(default)]
    pub items: Vec<Item>,
    /// Measures from a user's own catalogue additions, named, so that where those additions
    /// are absent the package can say which ones and from which document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub added: Vec<AddedMeasure>,
}

/// A measure a package uses that is not in the built-in catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddedMeasure {
    pub measure: String,
    pub title: String,
    /// The document it was recorded from, by name.
    pub document: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub measure: String,
    /// The chosen option, for a measure whose variants are alternatives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    #[serde(default)]
    pub status: MeetingStatus,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The meeting's own judgement of how much this measure counts (1 = as the others).
    /// Not from any source; the verdict says when weights are in use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f32>,
    /// The meeting's own reading of the measure's effect ("inschatting overleg"): its
    /// judgement, not a source's; kept apart from the sourced picture everywhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Reading>,
}

/// What the meeting itself expects a measure to do to inflow, and why in a few words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub direction: Direction,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

impl Reading {
    /// The directions a meeting can record: each points a way, with its strength.
    pub const DIRECTIONS: [Direction; 6] = [
        Direction::Increase,
        Direction::PossibleIncrease,
        Direction::Neutral,
        Direction::NeutralToDecrease,
        Direction::Decrease,
        Direction::StrongDecrease,
    ];

    pub fn new(direction: Direction, reason: &str) -> Self {
        Self {
            direction,
            reason: reason.to_owned(),
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MeetingStatus {
    #[default]
    Proposed,
    Agreed,
    InDoubt,
    Rejected,
}

impl MeetingStatus {
    pub const ALL: [MeetingStatus; 4] = [
        MeetingStatus::Proposed,
        MeetingStatus::Agreed,
        MeetingStatus::InDoubt,
        MeetingStatus::Rejected,
    ];
}

impl Item {
    pub fn new(measure: &str) -> Self {
        Self {
            measure: measure.to_owned(),
            variant: None,
            status: MeetingStatus::default(),
            note: String::new(),
            weight: None,
            reading: None,
        }
    }
}

impl Package {
    pub fn new(name: &str) -> Self {
        Self {
            version: SCHEMA_VERSION,
            name: name.to_owned(),
            decision_date: None,
            assumptions: Assumptions::default(),
            items: Vec::new(),
            added: Vec::new(),
        }
    }

    pub fn from_ids<'a>(name: &str, ids: impl IntoIterator<Item = &'a str>) -> Self {
        let mut p = Self::new(name);
        for id in ids {
            p.add(id);
        }
        p
    }

    pub fn contains(&self, id: &str) -> bool {
        self.items.iter().any(|i| i.measure == id)
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.measure == id)
    }

    pub fn item_mut(&mut self, id: &str) -> Option<&mut Item> {
        self.items.iter_mut().find(|i| i.measure == id)
    }

    /// Add a measure once; adding it again changes nothing.
    pub fn add(&mut self, id: &str) {
        if !self.contains(id) {
            self.items.push(Item::new(id));
        }
    }

    pub fn remove(&mut self, id: &str) {
        self.items.retain(|i| i.measure != id);
    }

    pub fn weighted(&self) -> bool {
        self.items
            .iter()
            .any(|i| i.weight.is_some_and(|w| (w - 1.0).abs() > f32::EPSILON))
    }

    /// The package's measures found in the catalogue, with their items.
    pub fn measures<'a>(
        &'a self,
        catalogue: &'a Catalogue,
    ) -> impl Iterator<Item = (&'a Item, &'a Measure)> {
        self.items
            .iter()
            .filter_map(|i| catalogue.get(&i.measure).map(|m| (i, m)))
    }

    /// Ids the catalogue does not know (a package from another catalogue version).
    pub fn unknown_ids(&self, catalogue: &Catalogue) -> Vec<String> {
        self.items
            .iter()
            .filter(|i| catalogue.get(&i.measure).is_none())
            .map(|i| i.measure.clone())
            .collect()
    }

    pub fn streams(&self, catalogue: &Catalogue) -> Vec<Stream> {
        let mut s: Vec<Stream> = self.measures(catalogue).map(|(_, m)| m.stream).collect();
        s.sort();
        s.dedup();
        s
    }

    /// The decision date, or `today` when none is set or it cannot be read.
    pub fn decision(&self, today: Month) -> Month {
        self.decision_date
            .as_deref()
            .and_then(Month::parse)
            .unwrap_or(today)
    }

    /// The package as RON. An error, never an empty text: saving an empty text would replace
    /// the user's file with nothing.
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        let config = ron::ser::PrettyConfig::new().struct_names(false);
        ron::ser::to_string_pretty(self, config)
    }
}

/// The variant chosen for an item, when its measure offers alternatives.
pub fn chosen_variant<'a>(item: &Item, m: &'a Measure) -> Option<&'a crate::catalogue::Variant> {
    if m.variant_kind != VariantKind::Alternatives {
        return None;
    }
    let key = item.variant.as_deref()?;
    m.variants.iter().find(|v| v.key == key)
}

/// What opening a package file gave.
#[derive(Debug, Clone)]
pub struct Opened {
    pub package: Package,
    /// Measures the catalogue lacks; they stay in the package (and are saved back) untouched.
    pub unknown: Vec<String>,
    /// What was repaired or will not count (duplicates merged, unknown variants), located.
    pub warnings: Vec<LoadError>,
    /// Where the measures the catalogue lacks are written.
    pub unknown_at: Vec<LoadError>,
}

/// Parse package text, checking the schema version and every value; a measure listed more than
/// once is merged into its first entry. An older version is read with defaults for what it
/// lacks and comes back as the current version, so saving it writes the current format.
pub fn parse(path: &Path, text: &str) -> Result<Package, LoadError> {
    let spots = check::Spots::new(path, text);
    let mut package = parse_checked(path, text, &spots)?;
    spots.merge_and_warn(&mut package, None);
    Ok(package)
}

/// Parse and check package text against a catalogue: the package, and located warnings.
pub fn read(path: &Path, text: &str, catalogue: &Catalogue) -> Result<Opened, LoadError> {
    let spots = check::Spots::new(path, text);
    let mut package = parse_checked(path, text, &spots)?;
    let (warnings, unknown_at) = spots.merge_and_warn(&mut package, Some(catalogue));
    let unknown = package.unknown_ids(catalogue);
    Ok(Opened {
        package,
        unknown,
        warnings,
        unknown_at,
    })
}

fn parse_checked(path: &Path, text: &str, spots: &check::Spots) -> Result<Package, LoadError> {
    let mut package: Package = load::parse_ron(path, text)?;
    if !(OLDEST_VERSION..=SCHEMA_VERSION).contains(&package.version) {
        return Err(spots
            .at_key(
                "version",
                "version",
                format!(
                    "this package has format version {}; this Knoppen reads versions \
                 {OLDEST_VERSION} to {SCHEMA_VERSION}",
                    package.version
                ),
            )
            .with(load::Problem::FormatVersion {
                found: package.version,
                oldest: OLDEST_VERSION,
                newest: SCHEMA_VERSION,
            }));
    }
    if let Some(problem) = package.assumptions.problem() {
        return Err(spots
            .at_key("assumptions", "assumptions", problem)
            .with(load::Problem::AssumptionsOutOfRange));
    }
    spots.values(&package)?;
    package.version = SCHEMA_VERSION;
    Ok(package)
}

/// Open a package file. A corrupt file is an error and changes nothing; unknown measures are a
/// warning, the rest opens.
pub fn open(path: &Path, catalogue: &Catalogue) -> Result<Opened, LoadError> {
    let text = load::read_limited(path)?;
    read(path, &text, catalogue)
}

/// Save atomically: write a temporary file beside the target, flush it to disk, then rename it
/// over the target. A failed save leaves the old file as it was.
pub fn save(path: &Path, package: &Package) -> std::io::Result<()> {
    let text = package.to_ron().map_err(std::io::Error::other)?;
    write_atomic(path, text.as_bytes())
}

/// Write `bytes` to `path` atomically. Through a symlink the real file is replaced (the link
/// stays a link); the replaced file's permissions are kept (a private package stays private);
/// on unix the folder is synced after the rename, so the new name survives a power cut.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let target = real_file(path);
    // Only a regular file is ever replaced: a device, a pipe or a folder stays what it is, and a
    // read-only file is not overwritten behind its owner's back.
    if let Ok(meta) = std::fs::metadata(&target) {
        if !meta.is_file() {
            return Err(std::io::Error::from(std::io::ErrorKind::InvalidInput));
        }
        if meta.permissions().readonly() {
            return Err(std::io::Error::from(std::io::ErrorKind::PermissionDenied));
        }
    }
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
    let kept = std::fs::metadata(&target).ok().map(|m| m.permissions());
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        // Before any content is written, so a private file's content is never readable.
        if let Some(p) = &kept {
            f.set_permissions(p.clone())?;
        }
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, &target)?;
        sync_dir(dir);
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The file a path names, through any symlinks; the path itself when it is no link (or a
/// new file).
fn real_file(path: &Path) -> std::path::PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    // A dangling link: write where it points, so the link keeps working.
    match std::fs::read_link(path) {
        Ok(to) if to.is_absolute() => to,
        Ok(to) => path.parent().map_or(to.clone(), |p| p.join(&to)),
        Err(_) => path.to_path_buf(),
    }
}

/// Make the rename itself durable. Best effort: some file systems refuse to sync a folder, and
/// the save has happened either way.
#[cfg(unix)]
fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_is_idempotent_and_remove_removes() {
        let mut p = Package::new("x");
        p.add("arbeid.a");
        p.add("arbeid.a");
        assert_eq!(p.items.len(), 1);
        p.remove("arbeid.a");
        assert!(p.items.is_empty());
    }

    #[test]
    fn ron_round_trip() {
        let mut p = Package::from_ids("Variant A", ["arbeid.a", "asiel.b"]);
        if let Some(i) = p.item_mut("asiel.b") {
            i.note = "Navragen bij JenV \"snel\"".into();
            i.status = MeetingStatus::InDoubt;
            i.weight = Some(2.0);
        }
        let text = p.to_ron().expect("serialises");
        let back = parse(Path::new("x.knoppen"), &text).expect("parses");
        assert_eq!(back, p);
    }

    fn temp_dir(test: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("knoppen-pkg-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("dir");
        dir
    }

    #[cfg(unix)]
    #[test]
    fn saving_through_a_symlink_writes_the_real_file_and_keeps_the_link() {
        let dir = temp_dir("symlink");
        let real = dir.join("echt.knoppen");
        let link = dir.join("link.knoppen");
        std::fs::write(&real, "oud").expect("write");
        std::os::unix::fs::symlink("echt.knoppen", &link).expect("link");
        write_atomic(&link, b"nieuw").expect("saved");
        assert!(std::fs::symlink_metadata(&link).expect("meta").is_symlink());
        assert_eq!(std::fs::read_to_string(&real).expect("read"), "nieuw");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[cfg(unix)]
    #[test]
    fn saving_keeps_a_private_file_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = temp_dir("mode");
        let path = dir.join("prive.knoppen");
        std::fs::write(&path, "oud").expect("write");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        write_atomic(&path, b"nieuw").expect("saved");
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "nieuw");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn wrong_version_is_a_located_error() {
        let text = "(\n    version: 99,\n    name: \"x\",\n)";
        let e = parse(Path::new("p.knoppen"), text).expect_err("refused");
        assert_eq!((e.line, e.field.as_str()), (2, "version"));
        assert!(e.message.contains("99"));
        let e = parse(Path::new("p.knoppen"), &text.replace("99", "0")).expect_err("refused");
        assert_eq!(e.field, "version");
    }

    #[test]
    fn a_version_1_file_opens_with_the_default_assumptions() {
        let text = "(\n    version: 1,\n    name: \"oud\",\n    decision_date: \"2027-01\",\n    items: [(measure: \"arbeid.etk\")],\n)";
        let p = parse(Path::new("oud.knoppen"), text).expect("reads version 1");
        assert_eq!(p.assumptions, Assumptions::default());
        assert_eq!(
            p.version, SCHEMA_VERSION,
            "saved again in the current format"
        );
        assert_eq!(p.items.len(), 1);
    }

    #[test]
    fn readings_round_trip_and_older_files_open_without_them() {
        let mut p = Package::from_ids("x", ["arbeid.etk", "arbeid.vbar"]);
        if let Some(i) = p.item_mut("arbeid.etk") {
            i.reading = Some(Reading::new(
                Direction::StrongDecrease,
                "werkgevers \"haken af\"",
            ));
        }
        let text = p.to_ron().expect("serialises");
        assert!(text.contains("reading"), "{text}");
        let back = parse(Path::new("x.knoppen"), &text).expect("parses");
        assert_eq!(back, p);
        for v in [1, 2] {
            let old = format!(
                "(\n    version: {v},\n    name: \"oud\",\n    items: [(measure: \"arbeid.etk\", note: \"n\")],\n)"
            );
            let p = parse(Path::new("oud.knoppen"), &old).expect("an older file still opens");
            assert_eq!(p.items[0].reading, None);
            assert_eq!(p.version, SCHEMA_VERSION);
        }
        // A reading must point a way: "unknown" is no reading.
        let bad = text.replace("StrongDecrease", "Unknown");
        let e = parse(Path::new("x.knoppen"), &bad).expect_err("refused");
        assert_eq!(e.field, "reading");
    }

    #[test]
    fn assumptions_are_saved_with_the_package_and_checked_on_opening() {
        let mut p = Package::from_ids("x", ["arbeid.etk"]);
        p.assumptions.law = (36, 48);
        p.assumptions.lt_years = (5.0, 12.5);
        let text = p.to_ron().expect("serialises");
        assert_eq!(parse(Path::new("x.knoppen"), &text).expect("parses"), p);
        let broken = text.replace("(36, 48)", "(48, 36)");
        assert_ne!(broken, text);
        let e = parse(Path::new("x.knoppen"), &broken).expect_err("refused");
        assert_eq!(e.field, "assumptions");
        assert!(e.message.contains("law"), "{}", e.message);
    }

    #[test]
    fn odd_weights_never_become_an_empty_file() {
        // Whatever ron can write, it must read back; nothing may turn into an empty file.
        let dir = std::env::temp_dir().join(format!("knoppen-save-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("w.knoppen");
        for w in [f32::NAN, f32::INFINITY, f32::MIN_POSITIVE, -0.0] {
            let mut p = Package::from_ids("x", ["arbeid.etk"]);
            if let Some(i) = p.item_mut("arbeid.etk") {
                i.weight = Some(w);
            }
            save(&path, &p).expect("saved");
            let text = std::fs::read_to_string(&path).expect("read");
            assert!(!text.is_empty());
            // What a weight cannot mean is refused on reading, located; the rest reads back.
            match parse(&path, &text) {
                Ok(back) => assert_eq!(back.items[0].weight, Some(w)),
                Err(e) => {
                    assert!(!w.is_finite(), "{w} refused: {e}");
                    assert_eq!(e.field, "weight");
                }
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// A change to a package. Every change goes through here, so each is undoable.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Add(String),
    Remove(String),
    Toggle(String),
    SetVariant(String, Option<String>),
    SetStatus(String, MeetingStatus),
    SetNote(String, String),
    SetWeight(String, Option<f32>),
    /// The meeting's own reading of a measure's effect; `None` clears it.
    SetReading(String, Option<Reading>),
    Rename(String),
    SetDecisionDate(Option<String>),
    SetAssumptions(Assumptions),
}

impl Edit {
    /// Edits with the same key in a row form one undo step.
    pub fn run_key(&self) -> Option<String> {
        match self {
            Edit::SetNote(id, _) => Some(format!("note:{id}")),
            Edit::SetWeight(id, _) => Some(format!("weight:{id}")),
            // Typing the reason sends one edit per key: one undo step.
            Edit::SetReading(id, _) => Some(format!("reading:{id}")),
            Edit::Rename(_) => Some("name".into()),
            Edit::SetDecisionDate(_) => Some("decision".into()),
            // Dragging a value sends one edit per frame: one undo step.
            Edit::SetAssumptions(_) => Some("assumptions".into()),
            _ => None,
        }
    }

    pub fn apply(self, p: &mut Package) {
        match self {
            Edit::Add(id) => p.add(&id),
            Edit::Remove(id) => p.remove(&id),
            Edit::Toggle(id) if p.contains(&id) => p.remove(&id),
            Edit::Toggle(id) => p.add(&id),
            Edit::SetVariant(id, v) => p
                .item_mut(&id)
                .into_iter()
                .for_each(|i| i.variant = v.clone()),
            Edit::SetStatus(id, s) => p.item_mut(&id).into_iter().for_each(|i| i.status = s),
            Edit::SetNote(id, n) => p.item_mut(&id).into_iter().for_each(|i| i.note = n.clone()),
            Edit::SetWeight(id, w) => p.item_mut(&id).into_iter().for_each(|i| i.weight = w),
            Edit::SetReading(id, r) => p
                .item_mut(&id)
                .into_iter()
                .for_each(|i| i.reading = r.clone()),
            Edit::Rename(name) => p.name = name,
            Edit::SetDecisionDate(d) => p.decision_date = d,
            Edit::SetAssumptions(a) => p.assumptions = a,
        }
    }
}
