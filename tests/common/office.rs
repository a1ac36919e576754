//! Reading Word and Excel files back: unzip them and pick the parts a user would see out of the
//! XML. Deliberately small: enough to find a paragraph's style, a table's rows and a cell's
//! type and value, so the tests check the files, not the writer's calls.

use std::collections::BTreeMap;
use std::io::Read;

/// Every part of an Office file (a zip) by its path, as text.
pub fn unzip(bytes: &[u8]) -> BTreeMap<String, String> {
    assert!(bytes.starts_with(b"PK"), "an Office file is a zip");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a readable zip");
    let mut parts = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("a part");
        if f.is_dir() {
            continue;
        }
        let name = f.name().expect("a part name").into_owned();
        let mut text = String::new();
        if f.read_to_string(&mut text).is_ok() {
            parts.insert(name, text);
        }
    }
    parts
}

pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#xA;", "\n")
        .replace("&amp;", "&")
}

/// The pieces of `xml` between `<tag` (followed by a space, `>` or `/`) and its `</tag>`, with
/// the opening tag's attributes: `(attributes, inner)`. Self-closing elements have no inner.
pub fn elements<'a>(xml: &'a str, tag: &str) -> Vec<(&'a str, &'a str)> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find(&open) {
        let after = &rest[i + open.len()..];
        if !after.starts_with([' ', '>', '/']) {
            rest = after;
            continue;
        }
        let Some(end) = after.find('>') else { break };
        let attrs = &after[..end];
        if attrs.ends_with('/') {
            out.push((attrs, ""));
            rest = &after[end + 1..];
            continue;
        }
        let body = &after[end + 1..];
        let Some(stop) = body.find(&close) else { break };
        out.push((attrs, &body[..stop]));
        rest = &body[stop + close.len()..];
    }
    out
}

/// An attribute's value in an opening tag's attribute text.
pub fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let i = attrs.find(&key)? + key.len();
    let rest = &attrs[i..];
    Some(&rest[..rest.find('"')?])
}

/// The text of a piece of WordprocessingML: its `<w:t>` runs, joined.
pub fn word_text(xml: &str) -> String {
    elements(xml, "w:t")
        .iter()
        .map(|(_, t)| unescape(t))
        .collect()
}

/// Every table row of a Word document, as the text of its cells.
pub fn word_rows(document: &str) -> Vec<Vec<String>> {
    elements(document, "w:tr")
        .iter()
        .map(|(_, row)| {
            elements(row, "w:tc")
                .iter()
                .map(|(_, c)| word_text(c))
                .collect()
        })
        .collect()
}

/// Every paragraph of a Word document: its style (if any) and its text.
pub fn word_paragraphs(document: &str) -> Vec<(Option<String>, String)> {
    elements(document, "w:p")
        .iter()
        .map(|(_, p)| {
            let style = elements(p, "w:pStyle")
                .first()
                .and_then(|(a, _)| attr(a, "w:val"))
                .map(str::to_owned);
            (style, word_text(p))
        })
        .collect()
}

/// A worksheet cell as Excel reads it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Number(f64),
    Text(String),
}

/// A sheet's cells by (row, column).
pub type Cells = BTreeMap<(u32, u32), Cell>;

/// A workbook read back: sheet names in order, each with its cells by (row, column), 0-based,
/// and the number format each numeric cell shows with.
pub struct Workbook {
    pub parts: BTreeMap<String, String>,
    pub sheets: Vec<(String, Cells)>,
    /// Per sheet, per cell: the cell's raw `<c …>` attributes.
    pub attrs: Vec<BTreeMap<(u32, u32), String>>,
}

/// "B12" → (11, 1).
pub fn cell_ref(r: &str) -> (u32, u32) {
    let letters: String = r.chars().take_while(char::is_ascii_alphabetic).collect();
    let digits = &r[letters.len()..];
    let col = letters
        .bytes()
        .fold(0u32, |n, b| n * 26 + u32::from(b - b'A' + 1))
        - 1;
    let row: u32 = digits.parse().expect("row number");
    (row - 1, col)
}

pub fn read_xlsx(bytes: &[u8]) -> Workbook {
    let parts = unzip(bytes);
    let shared: Vec<String> = parts
        .get("xl/sharedStrings.xml")
        .map(|x| {
            elements(x, "si")
                .iter()
                .map(|(_, si)| elements(si, "t").iter().map(|(_, t)| unescape(t)).collect())
                .collect()
        })
        .unwrap_or_default();
    let book = parts.get("xl/workbook.xml").expect("workbook.xml");
    let names: Vec<String> = elements(book, "sheet")
        .iter()
        .filter_map(|(a, _)| attr(a, "name").map(unescape))
        .collect();
    let mut sheets = Vec::new();
    let mut attrs = Vec::new();
    for (i, name) in names.into_iter().enumerate() {
        let xml = parts
            .get(&format!("xl/worksheets/sheet{}.xml", i + 1))
            .expect("sheet part");
        let mut cells = BTreeMap::new();
        let mut raw = BTreeMap::new();
        for (a, inner) in elements(xml, "c") {
            let at = cell_ref(attr(a, "r").expect("cell ref"));
            let value = elements(inner, "v").first().map(|(_, v)| unescape(v));
            let cell = match (attr(a, "t"), value) {
                (Some("s"), Some(v)) => {
                    Cell::Text(shared[v.parse::<usize>().expect("index")].clone())
                }
                (Some("str"), Some(v)) => Cell::Text(v),
                (Some("inlineStr"), _) => Cell::Text(word_like_inline(inner)),
                (None | Some("n"), Some(v)) => Cell::Number(v.parse().expect("a number")),
                _ => continue,
            };
            cells.insert(at, cell);
            raw.insert(at, a.to_owned());
        }
        sheets.push((name, cells));
        attrs.push(raw);
    }
    Workbook {
        parts,
        sheets,
        attrs,
    }
}

fn word_like_inline(inner: &str) -> String {
    elements(inner, "t")
        .iter()
        .map(|(_, t)| unescape(t))
        .collect()
}

impl Workbook {
    pub fn sheet(&self, name: &str) -> &Cells {
        &self
            .sheets
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("no sheet '{name}' in {:?}", self.names()))
            .1
    }

    pub fn names(&self) -> Vec<&str> {
        self.sheets.iter().map(|(n, _)| n.as_str()).collect()
    }

    /// The sheet's XML, by its position.
    pub fn sheet_xml(&self, name: &str) -> &str {
        let i = self
            .sheets
            .iter()
            .position(|(n, _)| n == name)
            .expect("sheet");
        &self.parts[&format!("xl/worksheets/sheet{}.xml", i + 1)]
    }

    /// The number format a cell shows with (its style's `numFmt` code), if it has its own.
    pub fn number_format(&self, name: &str, at: (u32, u32)) -> Option<String> {
        let i = self.sheets.iter().position(|(n, _)| n == name)?;
        let style: usize = attr(self.attrs[i].get(&at)?, "s")?.parse().ok()?;
        let styles = &self.parts["xl/styles.xml"];
        let xfs = elements(styles, "cellXfs");
        let (_, xfs) = xfs.first()?;
        let xf = elements(xfs, "xf");
        let id = attr(xf.get(style)?.0, "numFmtId")?;
        // Excel's built-in formats are not written out.
        let builtin = match id {
            "1" => Some("0"),
            "2" => Some("0.00"),
            "3" => Some("#,##0"),
            "4" => Some("#,##0.00"),
            _ => None,
        };
        if let Some(code) = builtin {
            return Some(code.to_owned());
        }
        elements(styles, "numFmt")
            .iter()
            .find(|(a, _)| attr(a, "numFmtId") == Some(id))
            .and_then(|(a, _)| attr(a, "formatCode").map(unescape))
    }

    /// A sheet's table: its rows up to the first empty one (the lines under it are not
    /// part of the table), as wide as the header.
    pub fn rows(&self, name: &str) -> Vec<Vec<Option<Cell>>> {
        let cells = self.sheet(name);
        let cols = cells
            .keys()
            .filter(|(r, _)| *r == 0)
            .map(|(_, c)| c + 1)
            .max()
            .unwrap_or(0);
        (0..)
            .map(|r| {
                (0..cols)
                    .map(|c| cells.get(&(r, c)).cloned())
                    .collect::<Vec<_>>()
            })
            .take_while(|row| row.iter().any(Option::is_some))
            .collect()
    }
}

impl Cell {
    pub fn text(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Number(n) => n.to_string(),
        }
    }
}
