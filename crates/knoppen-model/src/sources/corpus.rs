//! The source documents' texts, embedded at build time from `data/sources/` by `build.rs`, and
//! the library of parsed documents the catalogue cites, by the catalogue's document id.

use std::sync::OnceLock;

use crate::catalogue::Catalogue;
use crate::sources::document::Document;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/sources.rs"));
}

/// The embedded text of a document by its file name (the catalogue's `file`, e.g.
/// "004_42778b42754516a9.txt").
pub fn text(file: &str) -> Option<&'static str> {
    embedded::FILES
        .iter()
        .find(|(name, _)| *name == file)
        .map(|(_, text)| *text)
}

/// The documents a catalogue cites whose text is embedded, parsed, each under the catalogue's
/// id ("001"), in the catalogue's order.
#[derive(Debug, Clone, Default)]
pub struct Library {
    docs: Vec<Document>,
}

impl Library {
    /// Parses the embedded text of every document of the catalogue that has one.
    pub fn for_catalogue(catalogue: &Catalogue) -> Library {
        let docs = catalogue
            .documents
            .iter()
            .filter_map(|d| text(&d.file).map(|t| Document::parse(d.id.clone(), t)))
            .collect();
        Library { docs }
    }

    /// The documents of the built-in catalogue, parsed once per run.
    pub fn builtin() -> &'static Library {
        static LIBRARY: OnceLock<Library> = OnceLock::new();
        LIBRARY.get_or_init(|| Library::for_catalogue(&Catalogue::builtin().catalogue))
    }

    /// A document by the catalogue's id.
    pub fn get(&self, id: &str) -> Option<&Document> {
        self.docs.iter().find(|d| d.id() == id)
    }

    pub fn docs(&self) -> &[Document] {
        &self.docs
    }
}

/// The five built-in source documents, parsed, under the built-in catalogue's ids.
pub fn seeds() -> Vec<Document> {
    Library::builtin().docs().to_vec()
}

/// One built-in source document by the catalogue's id.
pub fn seed(id: &str) -> Option<Document> {
    Library::builtin().get(id).cloned()
}
