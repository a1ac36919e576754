//! The command line: the app, and commands for scripting and review.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::catalogue::{Catalogue, LoadReport, additions, export, fidelity, load};
use crate::strings::{self, Lang};

#[derive(Debug, Parser)]
#[command(
    name = "knoppen",
    version,
    about = "Knoppen: maatregelen arbeidsmigratie, pakketten en hun effect"
)]
pub struct Cli {
    /// Load the catalogue from this folder of .ron files instead of the built-in one.
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// The language of everything Knoppen says: nl (default) or en; also `KNOPPEN_LANG`. The
    /// catalogue's content stays Dutch.
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangChoice>,
    /// The user's data folder: its `catalogue` folder holds the user's own additions, layered
    /// over the catalogue. Default: `KNOPPEN_USER_DATA`, else Knoppen's folder in the user's
    /// data folder.
    #[arg(long, global = true, value_name = "DIR", env = "KNOPPEN_USER_DATA")]
    pub user_data: Option<PathBuf>,
    /// Draw with this renderer first (the other is tried if it fails). Default: wgpu on
    /// Windows, glow (OpenGL) elsewhere; also `KNOPPEN_RENDERER`.
    #[arg(long, global = true, value_enum, value_name = "RENDERER")]
    pub renderer: Option<RendererChoice>,
    /// Start in presenter mode (the package's briefing, or the tracks without a package).
    #[arg(long)]
    pub present: bool,
    /// In presenter mode, start at this slide (1 = the first).
    #[arg(long, value_name = "N", requires = "present")]
    pub slide: Option<usize>,
    /// A package file (.knoppen) to open in the app.
    #[arg(value_name = "PACKAGE")]
    pub package: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the catalogue (built-in plus the user's additions), write it as an Excel workbook
    /// (`--format xlsx -o FILE`), or share the additions.
    #[command(args_conflicts_with_subcommands = true)]
    Catalogue {
        #[arg(long, value_enum)]
        format: Option<CatalogueFormat>,
        /// Write to this file instead of standard output (required for xlsx).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(subcommand)]
        action: Option<CatalogueAction>,
    },
    /// Print the annex figures, one row per value (CSV) or in full (JSON), or write them as an
    /// Excel workbook with a sheet per figure (`--format xlsx -o FILE`).
    Figures {
        #[arg(long, value_enum)]
        format: CatalogueFormat,
        /// Write to this file instead of standard output (required for xlsx).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Print the note for a package: a package file, or measure ids.
    Report {
        /// A .knoppen package file.
        #[arg(required_unless_present = "measures", conflicts_with = "measures")]
        package: Option<PathBuf>,
        /// Measure ids, comma-separated, instead of a file.
        #[arg(long, value_delimiter = ',')]
        measures: Option<Vec<String>>,
        #[arg(long, value_enum)]
        format: ReportFormat,
        /// Write to this file instead of standard output (required for docx and xlsx).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Put the meeting's own notes per measure in the note (md, html, docx); left out
        /// unless asked, so a note handed on does not carry them by accident.
        #[arg(long)]
        private_notes: bool,
    },
    /// Print each of a measure's sources in its document: the document's name, the place, and
    /// the passage with a few lines around it, the cited words marked »…«.
    Source {
        /// The measure's id, e.g. arbeid.eures.
        #[arg(value_name = "MEASURE_ID")]
        measure: String,
    },
    /// Validate the catalogue and any catalogue or package files named; exit non-zero on errors.
    Check {
        /// Also check titles, symbols and quotes against the seed texts in this folder.
        #[arg(long, value_name = "DIR")]
        seeds: Option<PathBuf>,
        files: Vec<PathBuf>,
    },
    /// Write the deck as a PDF hand-out or as PowerPoint (the package's briefing, or the five
    /// tracks), or check before a meeting that every slide fits the screen.
    #[command(group(clap::ArgGroup::new("output").required(true).multiple(true).args(["pdf", "pptx", "check"])))]
    Present {
        /// A .knoppen package file.
        #[arg(required_unless_present = "tracks", conflicts_with = "tracks")]
        package: Option<PathBuf>,
        /// The catalogue by track instead of a package.
        #[arg(long)]
        tracks: bool,
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE")]
        pdf: Option<PathBuf>,
        /// Where to write the deck as PowerPoint (.pptx): editable text, shapes, native charts.
        #[arg(long, value_name = "FILE")]
        pptx: Option<PathBuf>,
        /// Add the presenter's notes: in the PDF each on a page after its slide, in PowerPoint
        /// as speaker notes.
        #[arg(long)]
        notes: bool,
        /// Lay out every slide as the screen draws it and list what does not fit (exit 1), or
        /// say that every slide fits (exit 0).
        #[arg(long)]
        check: bool,
        /// The screen the check lays the slides out on, in pixels (what the window gets).
        #[arg(long, value_name = "WxH", default_value = "1366x768", value_parser = parse_size)]
        size: (u32, u32),
    },
}

#[derive(Debug, Subcommand)]
pub enum CatalogueAction {
    /// Write every addition in the user's catalogue to one file a colleague can import.
    ExportAdditions {
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Add a colleague's additions to the user's catalogue; refuses duplicates and conflicts.
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangChoice {
    Nl,
    En,
}

impl Cli {
    /// The language asked for: `--lang`, else `KNOPPEN_LANG`; `None` when neither says.
    pub fn language_asked(&self) -> Option<Lang> {
        match self.lang {
            Some(LangChoice::Nl) => Some(Lang::Nl),
            Some(LangChoice::En) => Some(Lang::En),
            None => std::env::var("KNOPPEN_LANG")
                .ok()
                .and_then(|v| Lang::parse(&v)),
        }
    }

    /// The language to speak: as asked, else Dutch.
    pub fn language(&self) -> Lang {
        self.language_asked().unwrap_or_default()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RendererChoice {
    Wgpu,
    Glow,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ReportFormat {
    Md,
    Csv,
    Json,
    Html,
    /// The note as a Word document (needs `-o FILE`).
    Docx,
    /// The package's measures, verdicts and timeline as an Excel workbook (needs `-o FILE`).
    Xlsx,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CatalogueFormat {
    Csv,
    Json,
    /// An Excel workbook (needs `-o FILE`).
    Xlsx,
}

/// What a command produced: text for a terminal or a pipe, or a binary file's bytes.
enum Output {
    Text(String),
    Binary(&'static str, Result<Vec<u8>, String>),
}

/// Print text, or write it (or a binary file) to `-o FILE`. A binary file never goes to
/// standard output: it would garble a terminal and is never what a pipe wants.
fn emit(out: Output, file: Option<&Path>) -> Result<(), String> {
    match (out, file) {
        (Output::Text(text), None) => {
            use std::io::Write;
            // A reader that stops early (`| head`) ends the output: quietly, not as a crash.
            match std::io::stdout().lock().write_all(text.as_bytes()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(crate::strings::write_error(&e))
                }
                _ => Ok(()),
            }
        }
        (Output::Text(text), Some(path)) => write_file(path, text.as_bytes()),
        (Output::Binary(kind, _), None) => Err(crate::strings::binary_to_stdout(kind)),
        (Output::Binary(_, bytes), Some(path)) => write_file(path, &bytes?),
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    crate::package::write_atomic(path, bytes)
        .map_err(|e| format!("{}: {}", path.display(), crate::strings::write_error(&e)))
}

/// The exit code after `emit`: 2 for a refused or failed write, else `code`.
fn finish(result: Result<(), String>, code: i32) -> i32 {
    match result {
        Ok(()) => code,
        Err(e) => {
            eprintln!("{e}");
            2
        }
    }
}

/// The files of the catalogue the user asked for, read: a folder's `.ron` files (an empty
/// folder is an error, not an empty catalogue), or the built-in ones.
fn catalogue_sources(data: Option<&Path>) -> Vec<(PathBuf, Result<String, load::LoadError>)> {
    let Some(dir) = data else {
        return crate::catalogue::embedded_files()
            .map(|(p, t)| (p, Ok(t)))
            .collect();
    };
    match load::ron_files(dir) {
        Ok(paths) if paths.is_empty() => {
            vec![(dir.to_path_buf(), Err(load::LoadError::no_ron_files(dir)))]
        }
        Ok(paths) => paths
            .into_iter()
            .map(|p| {
                let text = load::read_limited(&p);
                (p, text)
            })
            .collect(),
        Err(e) => vec![(dir.to_path_buf(), Err(e))],
    }
}

/// The catalogue this command line asks for, with the user's additions layered over it.
pub fn load_for(cli: &Cli) -> LoadReport {
    load_layered(cli.data.as_deref(), user_catalogue_dir(cli).as_deref())
}

/// The folder of the user's own catalogue files: `--user-data`'s, or the default one.
pub fn user_catalogue_dir(cli: &Cli) -> Option<PathBuf> {
    cli.user_data
        .clone()
        .or_else(default_user_data)
        .map(|d| additions::catalogue_dir(&d))
}

/// Knoppen's folder in the user's data folder (e.g. `%APPDATA%\Knoppen\data` on Windows).
pub fn default_user_data() -> Option<PathBuf> {
    eframe::storage_dir("Knoppen")
}

/// The catalogue with the user's additions layered over it.
pub fn load_layered(data: Option<&Path>, user: Option<&Path>) -> LoadReport {
    let user = user.map(additions::user_sources).unwrap_or_default();
    load::load_layered(catalogue_sources(data), user)
}

fn catalogue_action(cli: &Cli, action: &CatalogueAction) -> i32 {
    let Some(dir) = user_catalogue_dir(cli) else {
        eprintln!("knoppen: {}", crate::additions_text::no_user_folder());
        return 2;
    };
    match action {
        CatalogueAction::ExportAdditions { output } => {
            let (all, errors) = additions::read_all(&dir);
            for e in &errors {
                eprintln!("{}", strings::cli_load_error(e));
            }
            let text = match additions::to_text(&all) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("knoppen: {e}");
                    return 1;
                }
            };
            if let Err(e) = crate::package::write_atomic(output, text.as_bytes()) {
                eprintln!("{}: {}", output.display(), crate::strings::write_error(&e));
                return 1;
            }
            eprintln!(
                "{}",
                crate::additions_text::exported_line(additions::count(&all), &dir, output)
            );
            i32::from(!errors.is_empty())
        }
        CatalogueAction::Import { file } => {
            let text = match load::read_limited(file) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("{}", strings::cli_load_error(&e));
                    return 1;
                }
            };
            // Read, add and write under the folder's lock: imports side by side all land.
            match additions::with_lock(&dir, || import_into(cli, &dir, file, &text)) {
                Ok(code) => code,
                Err(e) => {
                    eprintln!("{}: {}", dir.display(), crate::strings::write_error(&e));
                    1
                }
            }
        }
    }
}

/// Run a command; returns the process exit code. (Long: an arm per subcommand, each handing
/// on to its own function.)
pub fn run(cli: &Cli, command: &Command) -> i32 {
    strings::set_lang(cli.language());
    match command {
        Command::Catalogue {
            action: Some(action),
            ..
        } => catalogue_action(cli, action),
        Command::Catalogue {
            format: None,
            action: None,
            ..
        } => {
            eprintln!("knoppen {}", crate::additions_text::catalogue_usage());
            2
        }
        Command::Catalogue {
            format: Some(format),
            output,
            action: None,
        } => {
            let user = user_catalogue_dir(cli);
            let report = load_layered(cli.data.as_deref(), user.as_deref());
            for e in &report.errors {
                eprintln!("{}", strings::cli_load_error(e));
            }
            let c = &report.catalogue;
            let out = match format {
                CatalogueFormat::Csv => Output::Text(export::to_csv(c)),
                CatalogueFormat::Json => Output::Text(export::to_json(c)),
                CatalogueFormat::Xlsx => {
                    Output::Binary("xlsx", crate::office::catalogue_workbook(c))
                }
            };
            finish(
                emit(out, output.as_deref()),
                i32::from(!report.errors.is_empty()),
            )
        }
        Command::Figures { format, output } => {
            let report = load_for(cli);
            for e in &report.errors {
                eprintln!("{}", strings::cli_load_error(e));
            }
            let c = &report.catalogue;
            let figures = &c.figures;
            let out = match format {
                CatalogueFormat::Csv => Output::Text(crate::catalogue::figures::to_csv(figures)),
                CatalogueFormat::Json => Output::Text(format!(
                    "{}\n",
                    serde_json::to_string_pretty(figures).unwrap_or_default()
                )),
                CatalogueFormat::Xlsx => {
                    Output::Binary("xlsx", crate::office::figures_workbook(figures, c))
                }
            };
            finish(
                emit(out, output.as_deref()),
                i32::from(!report.errors.is_empty()),
            )
        }
        Command::Check { seeds, files } => check(cli, seeds.as_deref(), files),
        Command::Source { measure } => source(cli, measure),
        Command::Present {
            package,
            tracks,
            pdf,
            pptx,
            notes,
            check,
            size,
        } => {
            let loaded = load_for(cli);
            for e in &loaded.errors {
                eprintln!("{}", strings::cli_load_error(e));
            }
            let catalogue = &loaded.catalogue;
            let Some(slides) = deck(catalogue, package.as_deref(), *tracks) else {
                return 1;
            };
            let mut code = 0;
            if *check {
                code = preflight(&slides, catalogue, *size);
            }
            if let Some(pdf) = pdf {
                code = code.max(handout(&slides, catalogue, pdf, *notes));
            }
            if let Some(pptx) = pptx {
                code = code.max(powerpoint(&slides, catalogue, pptx, *notes));
            }
            code
        }
        Command::Report {
            package,
            measures,
            format,
            output,
            private_notes,
        } => report(
            cli,
            package.as_deref(),
            measures.as_deref(),
            *format,
            output.as_deref(),
            *private_notes,
        ),
    }
}

/// "1366x768" as a screen size in pixels.
fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let bad = || crate::strings::bad_size(text);
    let (w, h) = text.split_once(['x', 'X', '×']).ok_or_else(bad)?;
    let w: u32 = w.trim().parse().map_err(|_| bad())?;
    let h: u32 = h.trim().parse().map_err(|_| bad())?;
    if !(320..=8192).contains(&w) || !(240..=8192).contains(&h) {
        return Err(bad());
    }
    Ok((w, h))
}

/// The deck: the package's briefing, or the tracks. A package that cannot be opened gives none.
fn deck(
    catalogue: &Catalogue,
    file: Option<&Path>,
    tracks: bool,
) -> Option<Vec<crate::present::Slide>> {
    match (file, tracks) {
        (Some(path), false) => match crate::package::open(path, catalogue) {
            Ok(opened) => {
                let today = crate::state::clock::today();
                Some(crate::present::package_slides(
                    &opened.package,
                    catalogue,
                    today,
                ))
            }
            Err(e) => {
                eprintln!("{}", strings::cli_load_error(&e));
                None
            }
        },
        _ => Some(crate::present::track_slides(catalogue)),
    }
}

/// The pre-flight check: one line per problem and exit 1, or that every slide fits.
fn preflight(slides: &[crate::present::Slide], catalogue: &Catalogue, (w, h): (u32, u32)) -> i32 {
    let size = egui::vec2(w as f32, h as f32);
    let problems = crate::ui::preflight::check(slides, catalogue, size);
    let mut out = std::io::stdout().lock();
    for line in crate::ui::preflight::report(&problems, slides.len(), size) {
        // A closed pipe (`| head`) is not an error worth a panic.
        if writeln!(out, "{line}").is_err() {
            break;
        }
    }
    i32::from(!problems.is_empty())
}

/// Write the hand-out.
fn handout(
    slides: &[crate::present::Slide],
    catalogue: &Catalogue,
    pdf: &Path,
    notes: bool,
) -> i32 {
    let today = crate::state::clock::today();
    let bytes = crate::handout::to_pdf(slides, catalogue, notes, today);
    match crate::package::write_atomic(pdf, &bytes) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("{}: {}", pdf.display(), crate::strings::write_error(&e));
            1
        }
    }
}

/// Write the deck as PowerPoint, atomically as the hand-out is written.
fn powerpoint(
    slides: &[crate::present::Slide],
    catalogue: &Catalogue,
    path: &Path,
    notes: bool,
) -> i32 {
    let today = crate::state::clock::today();
    let written = crate::pptx::to_pptx(slides, catalogue, notes, today)
        .map_err(|e| format!("{}: {e}", crate::strings::t().pptx_failed))
        .and_then(|bytes| {
            crate::package::write_atomic(path, &bytes).map_err(|e| crate::strings::write_error(&e))
        });
    match written {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("{}: {e}", path.display());
            1
        }
    }
}

fn report(
    cli: &Cli,
    file: Option<&Path>,
    ids: Option<&[String]>,
    format: ReportFormat,
    output: Option<&Path>,
    private_notes: bool,
) -> i32 {
    // Refused before any work: a binary note has nowhere to go.
    if output.is_none() && matches!(format, ReportFormat::Docx | ReportFormat::Xlsx) {
        let kind = if matches!(format, ReportFormat::Docx) {
            "docx"
        } else {
            "xlsx"
        };
        return finish(emit(Output::Binary(kind, Ok(Vec::new())), None), 0);
    }
    let loaded = load_for(cli);
    for e in &loaded.errors {
        eprintln!("{}", strings::cli_load_error(e));
    }
    let catalogue = &loaded.catalogue;
    let package = match (file, ids) {
        (Some(path), _) => match crate::package::open(path, catalogue) {
            Ok(o) => o.package,
            Err(e) => {
                eprintln!("{}", strings::cli_load_error(&e));
                return 1;
            }
        },
        (None, Some(ids)) => {
            crate::package::Package::from_ids(strings::t().package, ids.iter().map(|s| s.trim()))
        }
        (None, None) => return 2,
    };
    let unknown = package.unknown_ids(catalogue);
    if !unknown.is_empty() {
        let shown: Vec<String> = unknown.iter().map(|id| load::escape_control(id)).collect();
        eprintln!(
            "knoppen: {}: {}",
            strings::t().not_in_catalogue,
            shown.join(", ")
        );
    }
    let r = crate::report::build(&package, catalogue, crate::state::clock::today())
        .with_private_notes(private_notes);
    let out = match format {
        ReportFormat::Md => Output::Text(r.to_markdown()),
        ReportFormat::Csv => Output::Text(r.to_csv()),
        ReportFormat::Json => Output::Text(r.to_json()),
        ReportFormat::Html => Output::Text(r.to_html()),
        ReportFormat::Docx => Output::Binary("docx", crate::office::docx::note(&r.note())),
        ReportFormat::Xlsx => Output::Binary("xlsx", crate::office::xlsx::package(&r)),
    };
    finish(
        emit(out, output),
        i32::from(!unknown.is_empty() && ids.is_some()),
    )
}

/// Lines shown around a cited passage by `knoppen source`.
const SOURCE_CONTEXT: usize = 2;

/// `knoppen source`: each of the measure's sources (its own, its statuses, texts, reach …) in
/// its document, once per place.
fn source(cli: &Cli, id: &str) -> i32 {
    let loaded = load_for(cli);
    for e in &loaded.errors {
        eprintln!("{}", strings::cli_load_error(e));
    }
    let catalogue = &loaded.catalogue;
    let Some(m) = catalogue.get(id) else {
        eprintln!(
            "knoppen: {}: {}",
            strings::t().not_in_catalogue,
            load::escape_control(id)
        );
        return 1;
    };
    let library = crate::sources::Library::for_catalogue(catalogue);
    let owner = crate::sources::Owner::Measure(m.id.clone());
    let mut seen = Vec::new();
    let mut out = format!("{}\n", m.title);
    let cites = crate::sources::cites(catalogue);
    let mine = cites.iter().filter(|c| c.owner == owner);
    for c in mine {
        let key = (&c.source.doc, c.source.line, &c.source.quote);
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        out.push_str(&format!(
            "\n{}. {}: {}\n",
            seen.len(),
            crate::sources_text::role(c.role),
            crate::sources_text::place(catalogue, c.source)
        ));
        match crate::sources::place(&library, c.source, SOURCE_CONTEXT) {
            Ok(placed) => out.push_str(&crate::sources_text::passage(&placed)),
            Err(miss) => out.push_str(&format!("   ({})\n", crate::sources_text::miss(miss))),
        }
    }
    if seen.is_empty() {
        out.push_str(&format!("\n{}\n", strings::t().source_none));
    }
    finish(emit(Output::Text(out), None), 0)
}

/// A package file's problems, located: a parse error or a value that cannot be meant, or what
/// was repaired or will not count (the same rules as the app's).
fn check_package(path: &Path, catalogue: &Catalogue) -> Vec<String> {
    match crate::package::open(path, catalogue) {
        Err(e) => vec![strings::cli_load_error(&e)],
        Ok(o) => o
            .warnings
            .iter()
            .chain(&o.unknown_at)
            .map(strings::cli_load_error)
            .collect(),
    }
}

fn check(cli: &Cli, seeds: Option<&Path>, files: &[PathBuf]) -> i32 {
    let data = cli.data.as_deref();
    let user_dir = user_catalogue_dir(cli);
    let user = user_dir
        .as_deref()
        .map(additions::user_sources)
        .unwrap_or_default();
    // Named files are checked together with the catalogue, so that their references resolve.
    let mut sources = catalogue_sources(data);
    let known: Vec<PathBuf> = sources
        .iter()
        .filter_map(|(p, _)| p.canonicalize().ok())
        .collect();
    let is_package = |f: &&PathBuf| {
        f.extension()
            .is_some_and(|x| x == crate::package::EXTENSION)
    };
    let (packages, files): (Vec<&PathBuf>, Vec<&PathBuf>) = files.iter().partition(is_package);
    for f in files {
        if !f.canonicalize().is_ok_and(|c| known.contains(&c)) {
            sources.push((f.to_path_buf(), load::read_limited(f)));
        }
    }
    let report = load::load_layered(sources, user);
    let mut problems: Vec<String> = report.errors.iter().map(strings::cli_load_error).collect();
    for p in packages {
        problems.extend(check_package(p, &report.catalogue));
    }
    if let Some(dir) = seeds {
        match fidelity::Seeds::load(dir, &report.catalogue) {
            Ok(s) => problems.extend(
                s.check(&report.catalogue)
                    .into_iter()
                    .map(|p| format!("seeds: {p}")),
            ),
            Err(e) => problems.push(e),
        }
        // Every source lands on a passage of the embedded text at its line.
        let library = crate::sources::Library::for_catalogue(&report.catalogue);
        problems.extend(
            crate::sources_text::check(&report.catalogue, &library)
                .into_iter()
                .map(|p| format!("seeds: {p}")),
        );
    }
    for p in &problems {
        println!("{p}");
    }
    let c = &report.catalogue;
    eprintln!(
        "{}",
        strings::check_summary(
            c.measures.len(),
            c.tracks.len(),
            c.documents.len(),
            problems.len()
        )
    );
    i32::from(!problems.is_empty())
}

/// Import `text` (read from `file`) into the own catalogue in `dir`, reading what is there now.
fn import_into(cli: &Cli, dir: &Path, file: &Path, text: &str) -> i32 {
    let current = load_layered(cli.data.as_deref(), Some(dir));
    let own = match additions::read_own(dir) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{}", strings::cli_load_error(&e));
            return 1;
        }
    };
    let incoming = additions::import_text(Some(dir), &own, file, text, &current.catalogue);
    match incoming {
        Err(conflicts) => {
            eprintln!("{}:", crate::additions_text::t().import_refused);
            for c in &conflicts {
                eprintln!("  {}", crate::additions_text::conflict(c));
            }
            1
        }
        Ok((next, _)) => {
            if additions::to_text(&next).is_ok_and(|t| !additions::fits(&t)) {
                eprintln!("{}", crate::additions_text::t().too_large);
                return 1;
            }
            let written = additions::to_text(&next)
                .map_err(std::io::Error::other)
                .and_then(|t| {
                    std::fs::create_dir_all(dir)?;
                    crate::package::write_atomic(&dir.join(additions::OWN_FILE), t.as_bytes())
                });
            match written {
                Ok(()) => {
                    let n = additions::count(&next) - additions::count(&own);
                    println!("{} ({})", crate::additions_text::imported(n), dir.display());
                    0
                }
                Err(e) => {
                    eprintln!("{}: {e}", dir.display());
                    1
                }
            }
        }
    }
}
