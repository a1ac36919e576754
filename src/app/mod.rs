//! The application layer: the state (split by concern), the one place commands are applied
//! (`apply`), the effects they ask for and the platform that carries them out, and the frame
//! that draws the views and collects their commands.

pub mod additions;
mod apply;
pub mod derived;
pub mod document;
pub mod effects;
mod frame;
pub mod native;
pub mod platform;
pub mod recovery;
pub mod settings;

use std::path::PathBuf;

pub use apply::file_name;
pub use frame::{Knoppen, Start};
pub use native::KnoppenApp;

use crate::catalogue::{Catalogue, LoadError, LoadReport, Measure};
use crate::command::CenterView;
use crate::effect::Assessment;
use crate::package::Package;
use crate::state::presentation::Presentation;
use crate::ui;
use derived::Derived;
use document::Document;
use recovery::Recovery;
use settings::Settings;

/// A message shown above the panels until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub error: bool,
    pub text: String,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Self {
        Self {
            error: false,
            text: text.into(),
        }
    }

    pub fn error(text: impl Into<String>) -> Self {
        Self {
            error: true,
            text: text.into(),
        }
    }
}

/// What to do once the user has answered "save changes first?".
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    New,
    Open,
    OpenPath(PathBuf),
    Preset(usize),
    /// Reopen the first offered recovery.
    Recover,
    Close,
}

/// Packages put beside the current one.
#[derive(Default)]
pub struct Comparison {
    pub packages: Vec<Package>,
    /// Counts changes, so their assessments are recomputed only then.
    pub generation: u64,
}

impl Comparison {
    pub fn add(&mut self, p: Package) {
        self.packages.push(p);
        self.generation += 1;
    }

    pub fn remove(&mut self, i: usize) {
        if i < self.packages.len() {
            self.packages.remove(i);
            self.generation += 1;
        }
    }
}

/// What the window shows besides the document: which view, which dialog, which notice.
pub struct ViewState {
    pub browser: ui::browser::Browser,
    pub center: CenterView,
    pub figures: ui::figures_view::FiguresView,
    pub timeline: ui::timeline_view::TimelineView,
    /// The source documents, at a cited passage.
    pub reader: ui::reader::ReaderView,
    /// Where the reader was opened from: Back returns there.
    pub came_from: Option<CameFrom>,
    pub comparison: Comparison,
    pub show_problems: bool,
    pub notice: Option<Notice>,
    /// The question "save changes first?" is on screen, and what follows it.
    pub pending: Option<Pending>,
    /// What waits for a save to succeed.
    pub after_save: Option<Pending>,
    /// Presenter mode, when on.
    pub presentation: Option<Presentation>,
    /// The window may close.
    pub closing: bool,
    /// Focus mode: the centre has the whole width.
    pub focus: bool,
    /// The "update the catalogue" window: its forms and review.
    pub additions: ui::additions_view::AdditionsView,
    /// The file being written went to the start folder because no dialog could open.
    pub saved_without_dialog: bool,
    /// A chart being saved as a picture: drawn on its own until the picture is taken.
    pub chart_export: Option<ChartExport>,
    /// The screen presenter mode fills, in points (the monitor's, else the window's).
    pub screen: Option<egui::Vec2>,
    /// F5 found slides that do not fit and said so: the same F5 again, on the same package
    /// (revision), presents anyway.
    pub preflight_warned: Option<(crate::command::Deck, u64)>,
    /// F10 / Alt+P asked for the Pakket menu: it opens on the next frame.
    pub open_menu: bool,
    /// F2 asked for the package name field: focused once the panel is drawn.
    pub focus_name: bool,
    /// The screens and the window's place on them, as the platform last told.
    pub screens: crate::state::screens::Setup,
}

/// The view a source was opened from, to return to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CameFrom {
    pub center: CenterView,
    /// The measure selected then (its fiche).
    pub selected: Option<usize>,
}

/// A chart on its way to a PNG file.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartExport {
    pub chart: crate::command::Chart,
    pub path: PathBuf,
    /// Where it was drawn last frame.
    pub drawn_at: Option<egui::Rect>,
    /// The picture has been asked for.
    pub asked: bool,
}

/// Everything Knoppen knows while it runs. Kept apart from eframe so tests drive it headless.
pub struct AppState {
    pub catalogue: Catalogue,
    pub load_errors: Vec<LoadError>,
    pub document: Document,
    pub settings: Settings,
    pub recovery: Recovery,
    pub derived: Derived,
    /// The user's own catalogue files, layered over the catalogue.
    pub user: crate::state::user_catalogue::UserCatalogue,
    pub view: ViewState,
    /// Today, from the clock; tests pin it.
    pub today: crate::month::Date,
    /// This frame's time on egui's clock (seconds), set by the frame before commands run.
    pub now: f64,
}

impl AppState {
    pub fn new(report: LoadReport) -> Self {
        let browser = ui::browser::Browser::new(&report.catalogue);
        let view = ViewState {
            browser,
            center: CenterView::Fiche,
            figures: ui::figures_view::FiguresView::new(),
            timeline: ui::timeline_view::TimelineView::default(),
            reader: ui::reader::ReaderView::default(),
            came_from: None,
            comparison: Comparison::default(),
            show_problems: !report.errors.is_empty(),
            notice: None,
            pending: None,
            after_save: None,
            presentation: None,
            closing: false,
            focus: false,
            additions: ui::additions_view::AdditionsView::default(),
            saved_without_dialog: false,
            chart_export: None,
            screen: None,
            preflight_warned: None,
            open_menu: false,
            focus_name: false,
            screens: crate::state::screens::Setup::default(),
        };
        Self {
            catalogue: report.catalogue,
            load_errors: report.errors,
            document: Document::default(),
            settings: Settings::default(),
            recovery: Recovery::default(),
            derived: Derived::default(),
            user: crate::state::user_catalogue::UserCatalogue::default(),
            view,
            today: crate::state::clock::today(),
            now: 0.0,
        }
    }

    /// Turn on crash recovery in this folder, offering what crashed runs left there.
    pub fn with_recovery(mut self, dir: PathBuf) -> Self {
        self.recovery = Recovery::at(dir);
        self
    }

    pub fn package(&self) -> &Package {
        self.document.package()
    }

    pub fn selected(&self) -> Option<&Measure> {
        self.view
            .browser
            .selected
            .and_then(|i| self.catalogue.measures.get(i))
    }

    pub fn dirty(&self) -> bool {
        self.document.dirty()
    }

    /// The question "save changes first?" is on screen.
    pub fn asking_to_save(&self) -> bool {
        self.view.pending.is_some()
    }

    /// Bring cached data up to date with the document.
    pub fn refresh(&mut self) {
        self.view.browser.refresh(&self.catalogue);
        self.derived.refresh(
            &self.catalogue,
            self.document.package(),
            self.document.revision(),
            &self.view.comparison.packages,
            self.view.comparison.generation,
            self.today.month(),
        );
    }

    /// The package's assessment as of the last refresh.
    pub fn assessment(&self) -> &Assessment {
        self.derived.assessment()
    }

    /// The package note, as `knoppen report` builds it.
    pub fn report(&self) -> crate::report::Report {
        crate::report::build(self.document.package(), &self.catalogue, self.today)
    }

    /// The window title: package name, unsaved marker, app name.
    pub fn window_title(&self) -> String {
        let package = self.document.package();
        let name = self
            .document
            .path()
            .and_then(|p| p.file_name())
            .map_or(package.name.clone(), |n| n.to_string_lossy().into_owned());
        let mark = if self.dirty() { " •" } else { "" };
        format!("{name}{mark} — Knoppen")
    }
}
