//! Review: what the user's files change in the built-in catalogue, one change a line.

use super::*;

/// One change the user's files make to the built-in catalogue.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Document(Document),
    NewMeasure {
        title: String,
        stream: Stream,
        effect: String,
        source: Source,
    },
    NewStep {
        measure: String,
        step: Step,
    },
    Amended {
        measure: String,
        field: CorrectedField,
        before: String,
        after: String,
        source: Source,
    },
}

/// What `file` changes in `layered` (the catalogue with the file in it), in the file's order:
/// documents, new measures, new steps, corrected fields (before → after).
pub fn changes(file: &CatalogueFile, layered: &Catalogue) -> Vec<Change> {
    let title = |id: &str| layered.get(id).map_or(id.to_owned(), |m| m.title.clone());
    let mut out: Vec<Change> = file
        .documents
        .iter()
        .cloned()
        .map(Change::Document)
        .collect();
    for m in &file.measures {
        let shown = layered.get(&m.id).unwrap_or(m);
        if let Some(source) = m.sources.first() {
            out.push(Change::NewMeasure {
                title: shown.title.clone(),
                stream: m.stream,
                effect: shown.effect_text(),
                source: source.clone(),
            });
        }
    }
    for s in &file.steps {
        out.push(Change::NewStep {
            measure: title(&s.measure),
            step: s.clone(),
        });
    }
    for c in &file.corrections {
        let applied = layered.get(&c.measure).and_then(|m| {
            m.corrections
                .iter()
                .find(|a| a.field == c.field && a.source == c.source)
        });
        if let Some(a) = applied {
            out.push(Change::Amended {
                measure: title(&c.measure),
                field: c.field,
                before: a.before.clone(),
                after: a.after.clone(),
                source: c.source.clone(),
            });
        }
    }
    out
}
