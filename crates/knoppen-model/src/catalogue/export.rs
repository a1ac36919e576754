//! The catalogue as CSV or JSON, for scripting and review.

use super::{Catalogue, Measure, Source};

pub const CSV_HEADER: &str = "id,stream,title,effect,horizon,implementation,instrument,sources";

/// One field, quoted when it holds a comma, quote or line break.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

pub fn csv_line(fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| csv_field(f))
        .collect::<Vec<_>>()
        .join(",")
}

pub fn source_text(s: &Source) -> String {
    match s.line {
        Some(l) => format!("{} {} (r. {l})", s.doc, s.at),
        None => format!("{} {}", s.doc, s.at),
    }
}

fn measure_row(m: &Measure) -> String {
    let sources: Vec<String> = m.sources.iter().map(source_text).collect();
    csv_line(&[
        &m.id,
        m.stream.id(),
        &m.title,
        &m.effect_text(),
        &m.horizon.text,
        &m.implementation,
        &m.instrument.text,
        &sources.join(" | "),
    ])
}

pub fn to_csv(catalogue: &Catalogue) -> String {
    let mut out = String::from(CSV_HEADER);
    out.push('\n');
    for m in &catalogue.measures {
        out.push_str(&measure_row(m));
        out.push('\n');
    }
    out
}

pub fn to_json(catalogue: &Catalogue) -> String {
    let value = serde_json::json!({
        "documents": catalogue.documents,
        "tracks": catalogue.tracks,
        "measures": catalogue.measures.iter().map(|m| {
            let mut v = serde_json::to_value(m).unwrap_or_default();
            if let Some(obj) = v.as_object_mut() {
                obj.insert("direction".into(), serde_json::to_value(m.direction()).unwrap_or_default());
            }
            v
        }).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&value).unwrap_or_default()
}
