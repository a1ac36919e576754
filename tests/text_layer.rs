//! No user-visible text outside the text layer: every word the app, the note, the slides and the
//! command line show comes from `src/strings.rs` (and its English table), so that both languages
//! have it. A grep: string literals with words in the views and renderers fail the test, unless
//! they are ids, file formats or names listed below.

use std::path::{Path, PathBuf};

/// Where user-visible words would be written.
const SCANNED: &[&str] = &[
    "src/ui",
    "src/app",
    "src/command.rs",
    "src/cli.rs",
    "src/main.rs",
    "src/state",
    "crates/knoppen-text/src/report",
    "crates/knoppen-text/src/present.rs",
    "crates/knoppen-text/src/preflight.rs",
    "crates/knoppen-text/src/handout",
    "crates/knoppen-text/src/office",
    "crates/knoppen-text/src/pptx",
];

/// Calls whose string argument is an id, a key or a name no user reads as text.
const ID_CONTEXTS: &[&str] = &[
    "Id::new(",
    "Id::unique(",
    "Grid::new(",
    "id_salt(",
    "Panel::left(",
    "Panel::right(",
    "Panel::top(",
    "Panel::bottom(",
    "Plot::new(",
    "from_hash_of(",
    "push_id(",
    "indent((",
    ".with(\"",
    "storage_dir(",
    "STORAGE_KEY",
    "env::var(",
    "env::var_os(",
    "csv_line(",
    // A data note's field key.
    "const CONFLICT",
    // egui ids of the catalogue forms.
    "form(ui, \"",
];

/// Words that are no language: names, file types, keys, technical ids.
const ALLOWED: &[&str] = &[
    "Knoppen",
    "knoppen",
    "md",
    "html",
    "csv",
    "png",
    "pdf",
    "lock",
    "ron",
    "RON",
    "docx",
    "xlsx",
    "Markdown",
    "HTML",
    "PDF",
    "CSV",
    "PNG",
    "Ctrl",
    "Alt",
    "Shift",
    "Esc",
    "wgpu",
    "glow",
    "renderer",
    // Word's own style names and font, Excel's month format, a part's path in the package.
    "Heading",
    "heading",
    "Normal",
    "ListBullet",
    "List",
    "Bullet",
    "bullet",
    "Footer",
    "footer",
    "left",
    "Calibri",
    "mmm",
    "yyyy",
    "word",
    "document",
    "xml",
    // The hand-out's fonts and PDF names, and its languages' tags.
    "Ubuntu",
    "Light",
    "NotoEmoji",
    "Hack",
    "Regular",
    "Identity",
    "Adobe",
    "UCS",
    "Span",
    "Length",
    "nl",
    "NL",
    "en",
    "GB",
    "herstel",
    "nieuw",
    "tick",
    "detail",
    "hint",
    "plot",
    "table",
    "timeline",
    "PM",
    "KT",
    "MLT",
    "LT",
    "seeds",
    "th",
    "td",
    // A folder's name on disk, not a word on screen.
    "Documents",
    // PowerPoint's file: OpenXML part names, relationship types, content types, attribute
    // values, preset shapes, the embedded workbook's sheet and the shapes' conventional names
    // (PowerPoint's own, in every language).
    "Arial",
    "CDTF",
    "Content",
    "ContentType",
    "Excel",
    "General",
    "Image",
    "Microsoft",
    "Notes",
    "Placeholder",
    "PowerPoint",
    "Sheet",
    "Slide",
    "Text",
    "Title",
    "Types",
    "UTF",
    "Worksheet",
    "anchor",
    "app",
    "application",
    "between",
    "chart",
    "charts",
    "core",
    "cs",
    "ctr",
    "custom",
    "cy",
    "dcterms",
    "descr",
    "diamond",
    "docProps",
    "drawingml",
    "ellipse",
    "embeddings",
    "encoding",
    "extended",
    "flowChartMerge",
    "folHlink",
    "hlink",
    "horz",
    "http",
    "id",
    "line",
    "lt",
    "main",
    "marB",
    "marR",
    "marT",
    "metadata",
    "mj",
    "mn",
    "notesMaster",
    "notesMasters",
    "notesSlide",
    "notesSlides",
    "officeDocument",
    "officedocument",
    "openxmlformats",
    "org",
    "package",
    "phClr",
    "ppt",
    "pptx",
    "presProps",
    "presentation",
    "presentationml",
    "properties",
    "rId",
    "rect",
    "relationships",
    "rels",
    "rot",
    "rtlCol",
    "schemas",
    "sheet",
    "slide",
    "slideLayout",
    "slideLayouts",
    "slideMaster",
    "slideMasters",
    "slides",
    "spreadsheetml",
    "standalone",
    "sz",
    "tableStyles",
    "theme",
    "triangle",
    "version",
    "vert",
    "viewProps",
    "vnd",
    "xfrm",
    "yes",
];

fn root() -> PathBuf {
    // At run time when cargo sets it, so the test can be pointed at another checkout.
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
}

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for p in entries {
            rust_files(&p, out);
        }
    } else if path.extension().is_some_and(|x| x == "rs") {
        out.push(path.to_path_buf());
    }
}

/// The string literals of a line of code (comments and attributes are not code here).
fn literals(line: &str) -> Vec<String> {
    let code = line.trim_start();
    if code.starts_with("//") || code.starts_with("#[") || code.starts_with("///") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut chars = line.char_indices().peekable();
    let mut current: Option<String> = None;
    let mut prev = ' ';
    while let Some((_, c)) = chars.next() {
        match &mut current {
            None => {
                if c == '/' && chars.peek().is_some_and(|(_, n)| *n == '/') {
                    break;
                }
                // A char literal '"' is not a string.
                if c == '"' && prev != '\'' {
                    current = Some(String::new());
                }
            }
            Some(s) => match c {
                '\\' => {
                    if let Some((_, n)) = chars.next() {
                        s.push('\\');
                        s.push(n);
                    }
                }
                '"' => out.push(current.take().unwrap_or_default()),
                c => s.push(c),
            },
        }
        prev = c;
    }
    out
}

/// The words of a literal: runs of letters outside `{…}` placeholders, HTML tags and entities.
fn words(s: &str) -> Vec<String> {
    let (mut out, mut word) = (Vec::new(), String::new());
    let mut skip: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if let Some(end) = skip {
            if c == end {
                skip = None;
            }
            continue;
        }
        if c.is_alphabetic() {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        match c {
            '{' => skip = Some('}'),
            '<' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphabetic() || *n == '/' || *n == '!') =>
            {
                skip = Some('>')
            }
            '&' if chars.peek().is_some_and(char::is_ascii_alphabetic) => skip = Some(';'),
            '\\' => {
                chars.next();
            }
            _ => {}
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Whether a literal holds words of a language: a word of two letters or more that is not a
/// name, a file type or a key.
fn has_words(s: &str) -> bool {
    words(s)
        .iter()
        .any(|w| w.chars().count() >= 2 && !ALLOWED.contains(&w.as_str()))
}

/// Every literal with words outside the text layer: "file:line: literal".
fn offenders() -> Vec<String> {
    let mut files = Vec::new();
    for p in SCANNED {
        rust_files(&root().join(p), &mut files);
    }
    let mut found = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        // Tests may say what they like.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let (mut in_attribute, mut in_keys) = (false, false);
        for (i, line) in code.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("#[") && !trimmed.contains(']') {
                in_attribute = true;
            }
            if in_attribute {
                in_attribute = !trimmed.starts_with(")]") && !trimmed.ends_with(")]");
                continue;
            }
            // A CSV header: the keys stay the same in every language.
            if trimmed.contains("csv_line(&[") {
                in_keys = !trimmed.contains(']');
                continue;
            }
            if in_keys {
                in_keys = !trimmed.starts_with(']');
                continue;
            }
            if ID_CONTEXTS.iter().any(|c| line.contains(c)) {
                continue;
            }
            for lit in literals(line) {
                // The note's style sheet is CSS, not words.
                if has_words(&lit) && !lit.starts_with("<style>") {
                    let rel = f.strip_prefix(root()).unwrap_or(&f);
                    found.push(format!("{}:{}: \"{lit}\"", rel.display(), i + 1));
                }
            }
        }
    }
    found
}

#[test]
fn no_user_visible_words_outside_the_text_layer() {
    let found = offenders();
    assert!(
        found.is_empty(),
        "words outside src/strings.rs (move them into the text layer, or allow an id here):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_sees_a_label_and_ignores_ids_and_placeholders() {
    assert_eq!(literals(r#"ui.label("Opslaan");"#), ["Opslaan"]);
    assert!(has_words("Opslaan"));
    assert!(!has_words("{name}: {}"));
    assert!(!has_words("• {}"));
    assert!(has_words("{} van {} maatregelen"));
    assert!(literals("// ui.label(\"x\")").is_empty());
}
