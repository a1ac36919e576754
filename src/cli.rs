//! The command line: the app, and commands for scripting and review.

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::catalogue::{Catalogue, LoadReport, export, fidelity, load};
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
    /// Print the catalogue.
    Catalogue {
        #[arg(long, value_enum)]
        format: CatalogueFormat,
    },
    /// Print the annex figures, one row per value (CSV) or in full (JSON).
    Figures {
        #[arg(long, value_enum)]
        format: CatalogueFormat,
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
    },
    /// Validate the catalogue and any catalogue or package files named; exit non-zero on errors.
    Check {
        /// Also check titles, symbols and quotes against the seed texts in this folder.
        #[arg(long, value_name = "DIR")]
        seeds: Option<PathBuf>,
        files: Vec<PathBuf>,
    },
    /// Write the deck as a PDF hand-out: the package's briefing, or the five tracks.
    Present {
        /// A .knoppen package file.
        #[arg(required_unless_present = "tracks", conflicts_with = "tracks")]
        package: Option<PathBuf>,
        /// The catalogue by track instead of a package.
        #[arg(long)]
        tracks: bool,
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE")]
        pdf: PathBuf,
        /// Add the presenter's notes, each on a page after its slide.
        #[arg(long)]
        notes: bool,
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
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CatalogueFormat {
    Csv,
    Json,
}

/// The catalogue the user asked for: a folder, or the built-in one.
pub fn load_catalogue(data: Option<&Path>) -> LoadReport {
    match data {
        Some(dir) => load::load_dir(dir),
        None => Catalogue::builtin(),
    }
}

/// Run a command; returns the process exit code.
pub fn run(cli: &Cli, command: &Command) -> i32 {
    strings::set_lang(cli.language());
    match command {
        Command::Catalogue { format } => {
            let report = load_catalogue(cli.data.as_deref());
            for e in &report.errors {
                eprintln!("{e}");
            }
            let out = match format {
                CatalogueFormat::Csv => export::to_csv(&report.catalogue),
                CatalogueFormat::Json => export::to_json(&report.catalogue),
            };
            print!("{out}");
            i32::from(!report.errors.is_empty())
        }
        Command::Figures { format } => {
            let report = load_catalogue(cli.data.as_deref());
            for e in &report.errors {
                eprintln!("{e}");
            }
            let figures = &report.catalogue.figures;
            match format {
                CatalogueFormat::Csv => print!("{}", crate::catalogue::figures::to_csv(figures)),
                CatalogueFormat::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(figures).unwrap_or_default()
                ),
            }
            i32::from(!report.errors.is_empty())
        }
        Command::Check { seeds, files } => check(cli.data.as_deref(), seeds.as_deref(), files),
        Command::Present {
            package,
            tracks,
            pdf,
            notes,
        } => handout(
            cli.data.as_deref(),
            package.as_deref(),
            *tracks,
            pdf,
            *notes,
        ),
        Command::Report {
            package,
            measures,
            format,
        } => report(
            cli.data.as_deref(),
            package.as_deref(),
            measures.as_deref(),
            *format,
        ),
    }
}

/// Write the hand-out. A package that cannot be opened writes nothing.
fn handout(data: Option<&Path>, file: Option<&Path>, tracks: bool, pdf: &Path, notes: bool) -> i32 {
    let loaded = load_catalogue(data);
    for e in &loaded.errors {
        eprintln!("{e}");
    }
    let catalogue = &loaded.catalogue;
    let slides = match (file, tracks) {
        (Some(path), false) => match crate::package::open(path, catalogue) {
            Ok(opened) => {
                let today = crate::month::Date::today_utc();
                crate::present::package_slides(&opened.package, catalogue, today)
            }
            Err(e) => {
                eprintln!("{e}");
                return 1;
            }
        },
        _ => crate::present::track_slides(catalogue),
    };
    let bytes = crate::handout::to_pdf(&slides, catalogue, notes);
    match crate::package::write_atomic(pdf, &bytes) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("{}: {e}", pdf.display());
            1
        }
    }
}

fn report(
    data: Option<&Path>,
    file: Option<&Path>,
    ids: Option<&[String]>,
    format: ReportFormat,
) -> i32 {
    let loaded = load_catalogue(data);
    for e in &loaded.errors {
        eprintln!("{e}");
    }
    let catalogue = &loaded.catalogue;
    let package = match (file, ids) {
        (Some(path), _) => match crate::package::open(path, catalogue) {
            Ok(o) => o.package,
            Err(e) => {
                eprintln!("{e}");
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
    let r = crate::report::build(&package, catalogue, crate::month::Date::today_utc());
    let out = match format {
        ReportFormat::Md => r.to_markdown(),
        ReportFormat::Csv => r.to_csv(),
        ReportFormat::Json => r.to_json(),
        ReportFormat::Html => r.to_html(),
    };
    print!("{out}");
    i32::from(!unknown.is_empty() && ids.is_some())
}

/// A package file's problems, located: a parse error or a value that cannot be meant, or what
/// was repaired or will not count (the same rules as the app's).
fn check_package(path: &Path, catalogue: &Catalogue) -> Vec<String> {
    match crate::package::open(path, catalogue) {
        Err(e) => vec![e.to_string()],
        Ok(o) => o
            .warnings
            .iter()
            .chain(&o.unknown_at)
            .map(ToString::to_string)
            .collect(),
    }
}

fn check(data: Option<&Path>, seeds: Option<&Path>, files: &[PathBuf]) -> i32 {
    // Named files are checked together with the catalogue, so that their references resolve.
    let mut sources: Vec<(PathBuf, Result<String, load::LoadError>)> = match data {
        Some(dir) => match load::ron_files(dir) {
            Ok(paths) if paths.is_empty() => {
                vec![(dir.to_path_buf(), Err(load::LoadError::no_ron_files(dir)))]
            }
            Ok(paths) => paths
                .into_iter()
                .map(|p| {
                    let t = load::read_limited(&p);
                    (p, t)
                })
                .collect(),
            Err(e) => vec![(dir.to_path_buf(), Err(e))],
        },
        None => crate::catalogue::embedded_files()
            .map(|(p, t)| (p, Ok(t)))
            .collect(),
    };
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
    let report = load::load_sources(sources);
    let mut problems: Vec<String> = report.errors.iter().map(ToString::to_string).collect();
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
