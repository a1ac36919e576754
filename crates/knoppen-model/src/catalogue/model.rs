//! The catalogue's data types, exactly as they are written in `data/*.ron`.
//!
//! Every struct denies unknown fields so that a typo in a data file is an error, not a silent
//! default. Text fields keep the source's words; normalized fields (direction, terms, kinds)
//! sit next to them so the app can compute without losing what the source said.

use serde::{Deserialize, Serialize};

/// One RON file in `data/`. Every list may be left out.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct CatalogueFile {
    pub documents: Vec<Document>,
    pub measures: Vec<Measure>,
    /// Additions to a measure defined in another file (e.g. a later source on the same measure).
    pub amend: Vec<Amendment>,
    /// Status steps in a measure's history, e.g. from the 2024 and 2025 letters.
    pub steps: Vec<Step>,
    pub tracks: Vec<Track>,
    /// Annex figures and tables (see `crate::figures`).
    pub figures: Vec<crate::catalogue::figures::Figure>,
    /// Structured timing of measures, next to the source's words.
    pub timing: Vec<Timing>,
    /// Corrections of a fact written elsewhere: the original stays in the measure's history.
    pub corrections: Vec<Correction>,
}

/// When a measure can be implemented, read from the source's words. Only what the source says:
/// a bound it does not give stays `None` (open), and the app's assumptions fill in the rest,
/// labelled as such.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Timing {
    pub measure: String,
    /// The source's words on lead time or start, verbatim ("zeker twee jaar", "Q1/Q2 2024").
    pub phrase: String,
    /// Lead time from decision to implementation, in months, as the phrase gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_months_min: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_months_max: Option<u32>,
    /// An absolute earliest start the phrase gives, as "YYYY-MM" (a quarter is its first month).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earliest: Option<String>,
    /// Dated steps the sources plan (e.g. a law's entry into force).
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    /// How the phrase was read where it needs explaining (two routes, an exploration first…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub source: Source,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// "YYYY-MM-DD" or "YYYY-MM".
    pub date: String,
    /// What happens then, in a few words ("inwerkingtreding wet").
    pub text: String,
    pub source: Source,
}

/// A source document (one of the seeds).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Short id used in sources, e.g. "004".
    pub id: String,
    /// File name of the extracted text, e.g. "004_42778b42754516a9.txt".
    pub file: String,
    pub title: String,
    /// The name users know the document by, e.g. "Kamerbrief 14 november 2024".
    pub short: String,
    /// Where the document's measures come in the list: the measure table first, then the
    /// proposal, the deck and the letters.
    pub rank: u8,
    /// ISO date or month as precise as known, e.g. "2024-11-14" or "2023-04".
    pub date: String,
    /// How precise `date` is, in words, when it is an estimate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_note: Option<String>,
    /// What kind of document it is (letters and reports a user adds say so).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<DocumentKind>,
    /// The user's own copy of the document, remembered where it is (never copied).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocumentKind {
    Letter,
    Report,
    Decision,
    Note,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 4] = [
        DocumentKind::Letter,
        DocumentKind::Report,
        DocumentKind::Decision,
        DocumentKind::Note,
    ];
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stream {
    Arbeid,
    Studie,
    Gezin,
    Asiel,
    /// Efforts at EU level (000 §1).
    Eu,
}

impl Stream {
    pub const ALL: [Stream; 5] = [
        Stream::Arbeid,
        Stream::Studie,
        Stream::Gezin,
        Stream::Asiel,
        Stream::Eu,
    ];

    /// Stable lower-case id used in files, CSV and JSON.
    pub fn id(self) -> &'static str {
        match self {
            Stream::Arbeid => "arbeid",
            Stream::Studie => "studie",
            Stream::Gezin => "gezin",
            Stream::Asiel => "asiel",
            Stream::Eu => "eu",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// Stable id: `<stream>.<slug>`, lower case, e.g. "arbeid.etk".
    pub id: String,
    /// The official title as in the source.
    pub title: String,
    pub stream: Stream,
    /// Two or three lines in our own words.
    pub summary: String,
    /// The effect on inflow. `None` only when each variant carries its own effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<Effect>,
    pub horizon: Horizon,
    /// Implementation term exactly as in the table ("Q1/Q2 2024", "1 tot 2 jaar", "PM").
    pub implementation: String,
    pub instrument: Instrument,
    /// Responsible ministries as the source names them (SZW, JenV, OCW, …).
    #[serde(default)]
    pub ministries: Vec<String>,
    /// Cost as the source gives it ("€ 900.000", "€ PM").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fiche: Option<Fiche>,
    /// Further sections from other sources (e.g. the SZW proposal's text on this measure).
    #[serde(default)]
    pub sections: Vec<Section>,
    #[serde(default)]
    pub variant_kind: VariantKind,
    #[serde(default)]
    pub variants: Vec<Variant>,
    #[serde(default)]
    pub links: Vec<Link>,
    /// Where a fact is ambiguous in the source: which field, and what is unclear.
    #[serde(default)]
    pub notes: Vec<FieldNote>,
    /// The size of the groups the measure touches, where a source quantifies it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reach: Vec<Reach>,
    pub sources: Vec<Source>,
    /// Filled in by the loader from the tracks; not written in measure files (nor written out
    /// when empty, so that a user's measure serializes as a catalogue file reads it).
    #[serde(default, skip_deserializing, skip_serializing_if = "Vec::is_empty")]
    pub tracks: Vec<u8>,
    /// Filled in by the loader from the steps; not written in measure files.
    #[serde(default, skip_deserializing, skip_serializing_if = "Vec::is_empty")]
    pub lineage: Vec<Step>,
    /// Filled in by the loader from the timing entries; not written in measure files.
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    pub timing: Option<Timing>,
    /// Filled in by the loader from the corrections: each field's value before and after.
    #[serde(default, skip_deserializing, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<AppliedCorrection>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Effect {
    /// Exactly as the source writes it: "+", "-", "--", "0", "0/-", "PM", "Mogelijk +", "Nnb", or words.
    pub symbol: String,
    /// Required when `symbol` is not one of the standard symbols; otherwise derived from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// Where the source gives no symbol but its words point a way: that reading, with the words.
    /// Shown as such ("strekking volgens de tekst"), never counted as a sourced direction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prose: Option<ProseReading>,
}

/// A direction read from a source's running text, not from an effect symbol or effect column.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProseReading {
    pub direction: Direction,
    /// The source's words the reading rests on, verbatim.
    pub words: String,
    pub source: Source,
}

/// Where a direction comes from.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The source's effect symbol (`+`, `--`, `0/-`, `PM` …).
    Symbol,
    /// The source's effect column or effect box, in words ("Neutraal i.r.t. instroom …").
    EffectWords,
    /// The source states no effect.
    NotStated,
}

/// Normalized direction of an effect on migration inflow.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Direction {
    Increase,
    PossibleIncrease,
    Neutral,
    NeutralToDecrease,
    Decrease,
    StrongDecrease,
    /// Sub-items pull different ways.
    Mixed,
    /// PM, nnb, ntb: not known yet.
    Unknown,
    /// The source says the question does not apply (n.v.t.).
    NotApplicable,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Term {
    /// Korte termijn.
    KT,
    /// Middellange termijn.
    MLT,
    /// Lange termijn.
    LT,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Horizon {
    /// As written: "Middellange en lange termijn", "KT", "PM".
    pub text: String,
    /// The terms the text names; empty when unknown.
    #[serde(default)]
    pub terms: Vec<Term>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// As written: "Wetswijziging of AMvB", "Besluit MR > financieel".
    pub text: String,
    #[serde(default)]
    pub kinds: Vec<InstrumentKind>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InstrumentKind {
    /// Wet / wetswijziging / wetsaanpassing.
    Law,
    /// Algemene maatregel van bestuur.
    Amvb,
    /// Lagere regelgeving: ministeriële regeling, beleidsregel.
    Regulation,
    /// Besluit MR: cabinet decision.
    CabinetDecision,
    /// Besluit van bewindspersoon(en).
    MinisterDecision,
    /// "Besluit" without saying whose.
    Decision,
    /// Inzet in EU.
    EuEffort,
    /// Bestuursakkoord / bestuursafspraken.
    Agreement,
    /// Money: "> financieel".
    Funding,
    /// Execution by an agency (IND, NLA…) without new rules.
    Execution,
    /// PM / not yet known.
    Unknown,
}

impl InstrumentKind {
    pub const ALL: [InstrumentKind; 11] = [
        InstrumentKind::Law,
        InstrumentKind::Amvb,
        InstrumentKind::Regulation,
        InstrumentKind::CabinetDecision,
        InstrumentKind::MinisterDecision,
        InstrumentKind::Decision,
        InstrumentKind::EuEffort,
        InstrumentKind::Agreement,
        InstrumentKind::Funding,
        InstrumentKind::Execution,
        InstrumentKind::Unknown,
    ];
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Fiche {
    pub description: Option<String>,
    pub effect: Option<String>,
    pub legal: Option<String>,
    pub eu_comparison: Option<String>,
    pub other: Option<String>,
    pub timing: Option<String>,
    pub needs: Option<String>,
    pub implementation: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub heading: String,
    pub text: String,
    pub source: Source,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
pub enum VariantKind {
    /// All items are part of the measure (a bundle).
    #[default]
    Components,
    /// Options of which one is chosen.
    Alternatives,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    /// Short key, unique within the measure.
    pub key: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<Effect>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
pub enum LinkKind {
    /// The sources say the measures form one package ("samenhangend pakket").
    BelongsWith,
    /// This measure depends on the other ("hangt samen met", "afhankelijk van").
    DependsOn,
    /// The measures exclude each other.
    Excludes,
    /// A reference ("zie ook").
    SeeAlso,
    /// A later measure that continues the other ("zet voort").
    Continues,
    /// A later measure that takes the other's place ("vervangt").
    Replaces,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub to: String,
    pub kind: LinkKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub source: Source,
}

/// How large a group a measure touches, as a source gives it: one number, its unit and year.
/// Numbers of different units or years are never added up.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Reach {
    /// The group, in a few words ("kennismigranten").
    pub group: String,
    pub value: f64,
    /// What the number counts ("beslissingen", "duizend werknemers").
    pub unit: String,
    /// The year the number is for, as the source gives it; `None` when it gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<String>,
    /// The source's own qualifier on the number ("ong.", "naar schatting ten minste").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    pub source: Source,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FieldNote {
    pub field: String,
    pub text: String,
}

/// Where a fact comes from: a seed document, a place in it a reader can find, and the line in
/// the extracted text (so tests can check the place).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub doc: String,
    /// Human locator: "Tabel Arbeid (1/2), rij 2", "Fiche 'ETK'", "§2.5", "p. 3".
    pub at: String,
    /// 1-based line in the extracted seed text where the item starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// The passage quoted word for word (required in the user's own catalogue files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Amendment {
    /// The measure to add to.
    pub id: String,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Set when the amendment's variants make the measure's options alternatives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant_kind: Option<VariantKind>,
    #[serde(default)]
    pub variants: Vec<Variant>,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(default)]
    pub ministries: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<String>,
    #[serde(default)]
    pub notes: Vec<FieldNote>,
    #[serde(default)]
    pub reach: Vec<Reach>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// Put forward as an option or proposal.
    Proposed,
    /// The cabinet announces it will do it.
    Announced,
    /// Being studied / explored.
    Study,
    /// Draft in (internet) consultation or advice.
    Consultation,
    /// A bill (wetsvoorstel) exists; the source does not say in which phase it is.
    Bill,
    /// Bill sent to parliament.
    BillInParliament,
    /// Adopted by parliament / decided.
    Adopted,
    /// In force / implemented.
    InForce,
    /// Running: programme, agreement or effort under way.
    Ongoing,
    /// Changed in scope or form.
    Changed,
    /// Not pursued.
    Dropped,
    /// The choice is left to a later moment or a next cabinet.
    Deferred,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub measure: String,
    pub date: String,
    pub status: Status,
    /// What the source says happened, in one or two lines of our own.
    pub text: String,
    /// Timing the source gives, as written ("per 1 januari 2026").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing: Option<String>,
    pub source: Source,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Track {
    pub number: u8,
    pub title: String,
    pub description: String,
    pub question: String,
    pub effect: String,
    #[serde(default)]
    pub measures: Vec<String>,
    pub source: Source,
}

/// A field of a measure a later source can correct.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CorrectedField {
    Title,
    Summary,
    /// The effect symbol as written; it must be a standard symbol.
    Effect,
    /// The horizon as written; the terms KT, MLT and LT are read from it.
    Horizon,
    Implementation,
    Cost,
}

impl CorrectedField {
    pub const ALL: [CorrectedField; 6] = [
        CorrectedField::Title,
        CorrectedField::Summary,
        CorrectedField::Effect,
        CorrectedField::Horizon,
        CorrectedField::Implementation,
        CorrectedField::Cost,
    ];

    /// Stable name used in messages and files.
    pub fn id(self) -> &'static str {
        match self {
            CorrectedField::Title => "title",
            CorrectedField::Summary => "summary",
            CorrectedField::Effect => "effect",
            CorrectedField::Horizon => "horizon",
            CorrectedField::Implementation => "implementation",
            CorrectedField::Cost => "cost",
        }
    }
}

/// A correction of a measure's field by a later source, written in a catalogue file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub measure: String,
    pub field: CorrectedField,
    /// The new value, as the source writes it.
    pub value: String,
    pub source: Source,
}

/// A correction as applied: what the field said before, and what it says now.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct AppliedCorrection {
    pub field: CorrectedField,
    pub before: String,
    pub after: String,
    pub source: Source,
}
