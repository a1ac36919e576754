//! The package note as a document (title, intro, sections of paragraphs, lists and tables),
//! and its Markdown and HTML renderings. (Word renders it in `office::docx`.)

use crate::strings;

/// The package note as a document: what every text format renders.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub title: String,
    /// The day it was made, as data ("2026-12-08"): for a document's properties.
    pub date: String,
    /// The line under the title: what this is and its date.
    pub intro: String,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(String),
    /// A paragraph that must not be overlooked (the meeting's own weighting is in use).
    Emphasis(String),
    List(Vec<Entry>),
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

/// A list entry, with an aside in smaller print (where it comes from).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub text: String,
    pub aside: Option<String>,
}

impl Entry {
    pub(super) fn new(text: String) -> Self {
        Self { text, aside: None }
    }
}

impl Section {
    pub(super) fn new(heading: &str, blocks: Vec<Block>) -> Self {
        Self {
            heading: heading.to_owned(),
            blocks,
        }
    }
}

pub(super) fn cells(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| (*t).to_owned()).collect()
}

impl Note {
    pub fn to_markdown(&self) -> String {
        let mut o = format!("# {}\n\n{}\n", md(&self.title), md(&self.intro));
        for s in &self.sections {
            o.push_str(&format!("\n## {}\n", md(&s.heading)));
            for b in &s.blocks {
                o.push('\n');
                match b {
                    Block::Paragraph(t) => o.push_str(&format!("{}\n", md(t))),
                    Block::Emphasis(t) => o.push_str(&format!("**{}**\n", md(t))),
                    Block::List(entries) => {
                        for e in entries {
                            let aside = e
                                .aside
                                .as_ref()
                                .map(|a| format!(" ({})", md(a)))
                                .unwrap_or_default();
                            o.push_str(&format!("- {}{aside}\n", md(&e.text)));
                        }
                    }
                    Block::Table { header, rows } => {
                        let line = |cells: &[String]| {
                            let cells: Vec<String> = cells.iter().map(|c| md(c)).collect();
                            format!("| {} |\n", cells.join(" | "))
                        };
                        o.push_str(&line(header));
                        o.push_str(&format!("|{}\n", "---|".repeat(header.len())));
                        for r in rows {
                            o.push_str(&line(r));
                        }
                    }
                }
            }
        }
        o
    }

    pub fn to_html(&self) -> String {
        let mut o = format!(
            "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">",
            strings::lang().code()
        );
        o.push_str(&format!("<title>{}</title>", esc(&self.title)));
        o.push_str("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em;text-align:left;vertical-align:top}th{background:#eee}@media print{body{margin:0}}</style></head><body>\n");
        o.push_str(&format!(
            "<h1>{}</h1><p>{}</p>\n",
            esc(&self.title),
            esc(&self.intro)
        ));
        for s in &self.sections {
            o.push_str(&format!("<h2>{}</h2>", esc(&s.heading)));
            for b in &s.blocks {
                match b {
                    Block::Paragraph(t) => o.push_str(&format!("<p>{}</p>", esc(t))),
                    Block::Emphasis(t) => {
                        o.push_str(&format!("<p><strong>{}</strong></p>", esc(t)));
                    }
                    Block::List(entries) => {
                        o.push_str("<ul>");
                        for e in entries {
                            let aside = e
                                .aside
                                .as_ref()
                                .map(|a| format!(" <small>({})</small>", esc(a)))
                                .unwrap_or_default();
                            o.push_str(&format!("<li>{}{aside}</li>", esc(&e.text)));
                        }
                        o.push_str("</ul>");
                    }
                    Block::Table { header, rows } => {
                        let row = |cells: &[String], tag: &str| {
                            let cells: String = cells
                                .iter()
                                .map(|c| format!("<{tag}>{}</{tag}>", esc(c)))
                                .collect();
                            format!("<tr>{cells}</tr>")
                        };
                        o.push_str("<table>");
                        o.push_str(&row(header, "th"));
                        for r in rows {
                            o.push_str(&row(r, "td"));
                        }
                        o.push_str("</table>");
                    }
                }
            }
            o.push('\n');
        }
        o.push_str("</body></html>\n");
        o
    }
}

/// Markdown table cells: no pipes or line breaks.
fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
