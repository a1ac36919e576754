//! The source documents as structured text, for reading a citation in its place: lines,
//! sections and passages of each document, full-text search, the quoted words of a citation,
//! and the passages no citation reaches.
//!
//! The texts are embedded from `data/sources/`, looked up by the catalogue's document `file`.
//! Plain Rust, no user interface: the app shows what this finds. Lines are 1-based throughout,
//! as the catalogue's sources cite them.

mod citations;
mod cited;
mod corpus;
mod document;
mod fold;
mod heading;
mod noise;
mod passage;
mod place;
mod quote;
mod search;
mod section;
mod shape;
mod stream;
mod title;

pub use citations::{Citation, CitationIndex, MIN_GAP_WORDS, is_statement};
pub use cited::{Cite, Owner, Role, cites, index};
pub use corpus::{Library, seed, seeds, text};
pub use document::{Document, context, passage_at};
pub use fold::fold;
pub use noise::LineKind;
pub use passage::{Passage, PassageKind};
pub use place::{Miss, Placed, place, place_line};
pub use quote::{find_quote, highlight, mark_line};
pub use search::{Hit, search};
pub use section::Section;
pub use stream::Highlight;
