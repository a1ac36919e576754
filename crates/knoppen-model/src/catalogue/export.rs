//! The catalogue as CSV or JSON, for scripting and review.

use super::{Catalogue, Measure, Source};

pub const CSV_HEADER: &str = "id,stream,title,effect,horizon,implementation,instrument,sources";

/// One field, quoted when it holds a comma, quote or line break. A text Excel would run as a
/// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`,
/// so that a pasted note cannot become a formula; a number stays a number.
pub fn csv_field(s: &str) -> String {
    let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r']) && s.parse::<f64>().is_err();
    let s = if formula {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
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

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn a_text_excel_would_run_is_neutralised_and_numbers_stay() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("+31 6"), "'+31 6");
        assert_eq!(csv_field("\tx"), "'\tx");
        assert_eq!(csv_field("-12.5"), "-12.5");
        assert_eq!(csv_field("plain"), "plain");
    }
}
