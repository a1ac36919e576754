//! The command line: the app, and commands for scripting and review.

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::catalogue::{Catalogue, LoadReport, export, fidelity, load};

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
    /// Validate the catalogue and any catalogue files named; exit non-zero on errors.
    Check {
        /// Also check titles, symbols and quotes against the seed texts in this folder.
        #[arg(long, value_name = "DIR")]
        seeds: Option<PathBuf>,
        files: Vec<PathBuf>,
    },
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
        Command::Check { seeds, files } => check(cli.data.as_deref(), seeds.as_deref(), files),
    }
}

fn check(data: Option<&Path>, seeds: Option<&Path>, files: &[PathBuf]) -> i32 {
    // Named files are checked together with the catalogue, so that their references resolve.
    let mut sources: Vec<(PathBuf, Result<String, load::LoadError>)> = match data {
        Some(dir) => match load::ron_files(dir) {
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
    for f in files {
        if !f.canonicalize().is_ok_and(|c| known.contains(&c)) {
            sources.push((f.clone(), load::read_limited(f)));
        }
    }
    let report = load::load_sources(sources);
    let mut problems: Vec<String> = report.errors.iter().map(ToString::to_string).collect();
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
        "{} measures, {} tracks, {} documents; {} problem(s)",
        c.measures.len(),
        c.tracks.len(),
        c.documents.len(),
        problems.len()
    );
    i32::from(!problems.is_empty())
}
