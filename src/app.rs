//! The application: state, the frame's layout, and applying the actions the views emit.

use std::path::{Path, PathBuf};

use egui::{Key, KeyboardShortcut, Modifiers, RichText};

use crate::catalogue::{Catalogue, LoadError, LoadReport};
use crate::effect::{Assessment, assess};
use crate::history::History;
use crate::package::{self, Edit, Package};
use crate::presets::PRESETS;
use crate::strings::t;
use crate::ui::{self, Action, CenterView, ConfirmChoice, browser::Browser};

/// How often unsaved work is written to the recovery file.
pub const AUTOSAVE_SECONDS: f64 = 30.0;
const MAX_RECENT: usize = 8;

/// Where the renderer's screenshot callback leaves the image for the next frame.
type ScreenshotSlot = std::sync::Arc<std::sync::Mutex<Option<std::sync::Arc<egui::ColorImage>>>>;

/// A message shown above the panels until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub error: bool,
    pub text: String,
}

/// What to do once the user has answered "save changes first?".
#[derive(Debug, Clone, PartialEq)]
enum Pending {
    New,
    Open,
    OpenPath(PathBuf),
    Preset(usize),
    Close,
}

/// Everything the window shows. Kept apart from eframe so tests can drive it headless.
pub struct AppState {
    pub catalogue: Catalogue,
    pub load_errors: Vec<LoadError>,
    pub browser: Browser,
    pub show_problems: bool,
    pub dark: bool,
    pub package: Package,
    pub history: History<Package>,
    /// The file the package was opened from or saved to.
    pub path: Option<PathBuf>,
    /// The package as last opened or saved; anything else is unsaved.
    saved: Package,
    pub recent: Vec<PathBuf>,
    pub notice: Option<Notice>,
    pub view: CenterView,
    pub compare: Vec<Package>,
    pub figures: ui::figures_view::FiguresView,
    pub timeline: ui::timeline_view::TimelineView,
    /// Presenter mode, when on.
    pub presenter: Option<ui::presenter::Presenter>,
    /// Where unsaved work is kept against a crash; `None` turns autosave off.
    pub autosave_path: Option<PathBuf>,
    /// A package found in the recovery file at start-up, waiting for the user's choice.
    pub recovered: Option<Package>,
    pending: Option<Pending>,
    allow_close: bool,
    last_autosave: f64,
    autosaved: Option<Package>,
    assessment: Assessment,
    assessed: Option<Package>,
    /// Text to put on the clipboard at the end of the frame.
    pub clipboard: Option<String>,
    /// A chart to save as PNG once the renderer's screenshot arrives.
    pending_png: Option<(ui::png_export::Pending, ScreenshotSlot)>,
    title: String,
    styled: bool,
}

impl AppState {
    pub fn new(report: LoadReport) -> Self {
        let browser = Browser::new(&report.catalogue);
        let show_problems = !report.errors.is_empty();
        let package = Package::default();
        Self {
            catalogue: report.catalogue,
            load_errors: report.errors,
            browser,
            show_problems,
            dark: false,
            saved: package.clone(),
            package,
            history: History::default(),
            path: None,
            recent: Vec::new(),
            notice: None,
            view: CenterView::Fiche,
            compare: Vec::new(),
            figures: ui::figures_view::FiguresView::new(),
            timeline: ui::timeline_view::TimelineView::default(),
            presenter: None,
            autosave_path: None,
            recovered: None,
            pending: None,
            allow_close: false,
            last_autosave: 0.0,
            autosaved: None,
            assessment: Assessment::default(),
            assessed: None,
            clipboard: None,
            pending_png: None,
            title: String::new(),
            styled: false,
        }
    }

    /// Turn on crash recovery with this file, offering what an earlier session left there.
    pub fn with_autosave(mut self, path: PathBuf) -> Self {
        if let Ok(text) = std::fs::read_to_string(&path)
            && let Ok(p) = package::parse(&path, &text)
            && !p.items.is_empty()
        {
            self.recovered = Some(p);
        }
        self.autosave_path = Some(path);
        self
    }

    pub fn selected(&self) -> Option<&crate::catalogue::Measure> {
        self.browser
            .selected
            .and_then(|i| self.catalogue.measures.get(i))
    }

    pub fn dirty(&self) -> bool {
        self.package != self.saved
    }

    /// The package's assessment, recomputed only when the package changed.
    pub fn assessment(&mut self) -> &Assessment {
        if self.assessed.as_ref() != Some(&self.package) {
            self.assessment = assess(&self.package, &self.catalogue);
            self.assessed = Some(self.package.clone());
        }
        &self.assessment
    }

    /// A copy of the current assessment (for tests and reports).
    pub fn clone_assessment(&self) -> Assessment {
        assess(&self.package, &self.catalogue)
    }

    /// The window title: package name, unsaved marker, app name.
    pub fn window_title(&self) -> String {
        let name = match &self.path {
            Some(p) => p.file_name().map_or(self.package.name.clone(), |n| {
                n.to_string_lossy().into_owned()
            }),
            None => self.package.name.clone(),
        };
        let mark = if self.dirty() { " •" } else { "" };
        format!("{name}{mark} — Knoppen")
    }

    /// Draw one frame.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        if !self.styled {
            ui::style::apply(ui.ctx());
            self.styled = true;
        }
        ui.ctx().set_theme(if self.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        if self.present_frame(ui) {
            return;
        }
        let mut actions = Vec::new();
        self.shortcuts(ui, &mut actions);
        self.close_guard(ui.ctx());
        self.top_bar(ui, &mut actions);
        self.banners(ui, &mut actions);
        // Side panels scale with the window so the fiche keeps room on a 1366-wide projector.
        let width = ui.available_width();
        egui::Panel::left("catalogue")
            .resizable(true)
            .default_size((width * 0.27).clamp(300.0, 460.0))
            .size_range(280.0..=700.0)
            .show(ui, |ui| {
                self.browser
                    .ui(ui, &self.catalogue, &self.package, &mut actions)
            });
        let dirty = self.dirty();
        self.assessment();
        egui::Panel::right("package")
            .resizable(false)
            .exact_size((width * 0.3).clamp(320.0, 520.0))
            .show(ui, |ui| {
                ui::package_panel::ui(
                    ui,
                    &self.catalogue,
                    &self.package,
                    &self.assessment,
                    dirty,
                    &mut actions,
                );
            });
        egui::CentralPanel::default_margins().show(ui, |ui| match self.view {
            CenterView::Fiche => {
                let selected = self.selected();
                ui::fiche::ui(ui, &self.catalogue, selected, &self.package, &mut actions);
            }
            CenterView::Figures => self.figures.ui(ui, &self.catalogue, &mut actions),
            CenterView::Timeline => {
                // The view edits a copy; a change goes through the undoable edit path.
                let mut assumptions = self.package.assumptions.clone();
                self.timeline.ui(
                    ui,
                    &self.catalogue,
                    &self.package,
                    crate::month::Date::today_utc().month(),
                    &mut assumptions,
                    &mut actions,
                );
                if assumptions != self.package.assumptions {
                    actions.push(Action::Edit(Edit::SetAssumptions(assumptions)));
                }
            }
            CenterView::Compare => ui::compare::ui(
                ui,
                &self.catalogue,
                &self.package,
                &self.compare,
                &mut actions,
            ),
        });
        ui::problems::window(
            ui.ctx(),
            &self.load_errors,
            self.show_problems,
            &mut actions,
        );
        self.confirm_dialog(ui.ctx(), &mut actions);
        for a in actions {
            match a {
                Action::Present(tracks) => self.start_presenting(ui.ctx(), tracks),
                Action::ExportChartPng(rect, name) => self.request_png(ui.ctx(), rect, &name),
                a => self.apply(a),
            }
        }
        self.receive_screenshot(ui);
        if let Some(text) = self.clipboard.take() {
            ui.ctx().copy_text(text);
        }
        self.update_title(ui.ctx());
        let now = ui.input(|i| i.time);
        self.autosave(now);
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(AUTOSAVE_SECONDS));
    }

    /// Draw presenter mode if it is on; returns whether it drew the frame.
    fn present_frame(&mut self, ui: &mut egui::Ui) -> bool {
        let Some(p) = &mut self.presenter else {
            return false;
        };
        if p.keys(ui.ctx()) == ui::presenter::PresenterOutcome::Leave {
            self.presenter = None;
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
            return false;
        }
        // Presenter lock: the slide takes no clicks.
        egui::CentralPanel::default_margins()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                p.ui(ui, &self.catalogue);
            });
        p.presenter_view_ui(ui.ctx());
        true
    }

    pub fn start_presenting(&mut self, ctx: &egui::Context, tracks: bool) {
        let slides = if tracks || self.package.items.is_empty() {
            crate::present::track_slides(&self.catalogue)
        } else {
            crate::present::package_slides(
                &self.package,
                &self.catalogue,
                crate::month::Date::today_utc(),
            )
        };
        self.presenter = Some(ui::presenter::Presenter::new(slides));
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    fn shortcuts(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F5)) {
            actions.push(Action::Present(false));
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::SHIFT, Key::F5)) {
            actions.push(Action::Present(true));
        }
        let shift = Modifiers::COMMAND | Modifiers::SHIFT;
        // Shifted forms first: a plain Ctrl+Z shortcut would also match Ctrl+Shift+Z.
        let table = [
            (KeyboardShortcut::new(shift, Key::Z), Action::Redo),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::Y),
                Action::Redo,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::Z),
                Action::Undo,
            ),
            (KeyboardShortcut::new(shift, Key::S), Action::SaveAs),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::S),
                Action::Save,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::N),
                Action::New,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::O),
                Action::Open,
            ),
        ];
        for (shortcut, action) in table {
            if ui.input_mut(|i| i.consume_shortcut(&shortcut)) {
                actions.push(action);
            }
        }
    }

    /// Closing the window with unsaved changes asks first.
    fn close_guard(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.dirty() && !self.allow_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.pending = Some(Pending::Close);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn top_bar(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        egui::Panel::top("top").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(t().app_title).heading().strong());
                ui.menu_button(t().menu_package, |ui| self.package_menu(ui, actions));
                ui.add_enabled_ui(self.history.can_undo(), |ui| {
                    if ui.button(t().undo).on_hover_text("Ctrl+Z").clicked() {
                        actions.push(Action::Undo);
                    }
                });
                ui.add_enabled_ui(self.history.can_redo(), |ui| {
                    if ui
                        .button(t().redo)
                        .on_hover_text("Ctrl+Shift+Z / Ctrl+Y")
                        .clicked()
                    {
                        actions.push(Action::Redo);
                    }
                });
                if ui.button(t().present).on_hover_text("F5").clicked() {
                    actions.push(Action::Present(false));
                }
                if ui
                    .button(t().present_tracks)
                    .on_hover_text("Shift+F5")
                    .clicked()
                {
                    actions.push(Action::Present(true));
                }
                ui.separator();
                for (view, label) in [
                    (CenterView::Fiche, t().fiche_tab),
                    (CenterView::Figures, t().figures_tab),
                    (CenterView::Timeline, t().timeline),
                    (CenterView::Compare, t().compare),
                ] {
                    if ui.selectable_label(self.view == view, label).clicked() {
                        actions.push(Action::View(view));
                    }
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let theme = if self.dark {
                        t().theme_light
                    } else {
                        t().theme_dark
                    };
                    if ui.button(theme).clicked() {
                        actions.push(Action::ToggleTheme);
                    }
                    if !self.load_errors.is_empty() {
                        let text = format!("{} ({})", t().load_problems, self.load_errors.len());
                        if ui
                            .button(RichText::new(text).color(ui.visuals().warn_fg_color))
                            .clicked()
                        {
                            actions.push(Action::ShowProblems(true));
                        }
                    }
                });
            });
        });
    }

    fn package_menu(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let items = [
            (t().new, "Ctrl+N", Action::New),
            (t().open, "Ctrl+O", Action::Open),
            (t().save, "Ctrl+S", Action::Save),
            (t().save_as, "Ctrl+Shift+S", Action::SaveAs),
        ];
        for (label, keys, action) in items {
            if ui
                .add(egui::Button::new(label).shortcut_text(keys))
                .clicked()
            {
                actions.push(action);
            }
        }
        ui.separator();
        if ui.button(t().export_md).clicked() {
            actions.push(Action::ExportNote(false));
        }
        if ui.button(t().export_html).clicked() {
            actions.push(Action::ExportNote(true));
        }
        if ui.button(t().copy_summary).clicked() {
            actions.push(Action::CopySummary);
        }
        ui.separator();
        ui.menu_button(t().recent, |ui| {
            if self.recent.is_empty() {
                ui.label(t().none);
            }
            for p in &self.recent {
                let name = p.file_name().map_or_else(
                    || p.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                if ui
                    .button(name)
                    .on_hover_text(p.display().to_string())
                    .clicked()
                {
                    actions.push(Action::OpenPath(p.clone()));
                }
            }
        });
        ui.menu_button(t().presets, |ui| {
            for (i, p) in PRESETS.iter().enumerate() {
                if ui.button(p.name).on_hover_text(p.description).clicked() {
                    actions.push(Action::Preset(i));
                }
            }
        });
    }

    fn banners(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        if self.notice.is_none() && self.recovered.is_none() {
            return;
        }
        egui::Panel::top("notices").show(ui, |ui| {
            if let Some(p) = &self.recovered {
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "{} (“{}”, {} maatregelen)",
                            t().recover_question,
                            p.name,
                            p.items.len()
                        ))
                        .strong(),
                    );
                    if ui.button(t().recover).clicked() {
                        actions.push(Action::Recover(true));
                    }
                    if ui.button(t().discard).clicked() {
                        actions.push(Action::Recover(false));
                    }
                });
            }
            if let Some(n) = &self.notice {
                ui.horizontal_wrapped(|ui| {
                    let color = if n.error {
                        ui.visuals().error_fg_color
                    } else {
                        ui.visuals().warn_fg_color
                    };
                    ui.label(RichText::new(&n.text).color(color));
                    if ui.button(t().close).clicked() {
                        actions.push(Action::DismissNotice);
                    }
                });
            }
        });
    }

    fn confirm_dialog(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        if self.pending.is_none() {
            return;
        }
        egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
            ui.heading(t().unsaved_title);
            ui.label(t().unsaved_question);
            ui.horizontal(|ui| {
                for (label, choice) in [
                    (t().save, ConfirmChoice::Save),
                    (t().dont_save, ConfirmChoice::DontSave),
                    (t().cancel, ConfirmChoice::Cancel),
                ] {
                    if ui.button(label).clicked() {
                        actions.push(Action::Confirm(choice));
                    }
                }
            });
        });
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Select(i) => self.browser.selected = Some(i),
            Action::ToggleTheme => self.dark = !self.dark,
            Action::ShowProblems(open) => self.show_problems = open,
            Action::Edit(edit) => self.edit(edit),
            Action::BreakRun => self.history.break_run(),
            Action::Undo => {
                self.history.undo(&mut self.package);
            }
            Action::Redo => {
                self.history.redo(&mut self.package);
            }
            Action::New => self.guard(Pending::New),
            Action::Open => self.guard(Pending::Open),
            Action::OpenPath(p) => self.guard(Pending::OpenPath(p)),
            Action::Preset(i) => self.guard(Pending::Preset(i)),
            Action::Save => {
                self.save();
            }
            Action::SaveAs => {
                self.save_as();
            }
            Action::View(v) => self.view = v,
            Action::ComparePreset(i) => {
                if let Some(p) = PRESETS.get(i) {
                    self.compare.push(p.package(&self.catalogue));
                }
            }
            Action::CompareFile => {
                if let Some(path) = pick_file() {
                    self.compare_file(&path);
                }
            }
            Action::CompareRemove(i) => {
                if i < self.compare.len() {
                    self.compare.remove(i);
                }
            }
            Action::Confirm(choice) => self.confirmed(choice),
            Action::Recover(yes) => self.recover(yes),
            Action::DismissNotice => self.notice = None,
            Action::ExportNote(html) => self.export_note(html),
            Action::ShowFigure(i) => {
                self.figures.selected = Some(i);
                self.view = CenterView::Figures;
            }
            Action::ExportFigureCsv(id) => self.export_figure(&id),
            // These need the context; handled in `ui`.
            Action::Present(_) | Action::ExportChartPng(..) => {}
            Action::CopySummary => {
                let summary = self.report().summary();
                self.clipboard = Some(summary);
                self.notice = Some(Notice {
                    error: false,
                    text: t().summary_copied.into(),
                });
            }
        }
    }

    /// The package note as the report module builds it.
    pub fn report(&self) -> crate::report::Report {
        crate::report::build(
            &self.package,
            &self.catalogue,
            crate::month::Date::today_utc(),
        )
    }

    fn export_note(&mut self, html: bool) {
        let (ext, label) = if html {
            ("html", "HTML")
        } else {
            ("md", "Markdown")
        };
        let name = format!("{}.{ext}", sanitize(&self.package.name));
        let Some(path) = rfd::FileDialog::new()
            .add_filter(label, &[ext])
            .set_file_name(name)
            .save_file()
        else {
            return;
        };
        self.write_note(&path, html);
    }

    fn request_png(&mut self, ctx: &egui::Context, rect: egui::Rect, name: &str) {
        let file = format!("{}.png", sanitize(name));
        let Some(path) = rfd::FileDialog::new()
            .add_filter("PNG", &["png"])
            .set_file_name(file)
            .save_file()
        else {
            return;
        };
        let slot = ScreenshotSlot::default();
        let (shared, repaint) = (slot.clone(), ctx.clone());
        let callback = egui::ScreenshotCallback::new(move |image| {
            if let Ok(mut s) = shared.lock() {
                *s = Some(image);
            }
            repaint.request_repaint();
        });
        self.pending_png = Some((ui::png_export::Pending { path, rect }, slot));
        ctx.send_viewport_cmd(egui::ViewportCommand::Screenshot(callback));
    }

    fn receive_screenshot(&mut self, ui: &egui::Ui) {
        let Some((_, slot)) = &self.pending_png else {
            return;
        };
        let image = slot.lock().ok().and_then(|mut s| s.take());
        let Some(image) = image else { return };
        let Some((p, _)) = self.pending_png.take() else {
            return;
        };
        let ppp = ui.ctx().pixels_per_point();
        let result = ui::png_export::crop_png(&image, p.rect, ppp)
            .and_then(|bytes| package::write_atomic(&p.path, &bytes).map_err(|e| e.to_string()));
        self.notice = Some(match result {
            Ok(()) => Notice {
                error: false,
                text: format!("Grafiek opgeslagen: {}", p.path.display()),
            },
            Err(e) => Notice {
                error: true,
                text: format!("Grafiek opslaan mislukt ({}): {e}", p.path.display()),
            },
        });
    }

    fn export_figure(&mut self, id: &str) {
        let Some(f) = self.catalogue.figures.iter().find(|f| f.id == id) else {
            return;
        };
        let Some(path) = rfd::FileDialog::new()
            .add_filter("CSV", &["csv"])
            .set_file_name(format!("{id}.csv"))
            .save_file()
        else {
            return;
        };
        let csv = crate::catalogue::figures::to_csv(std::slice::from_ref(f));
        self.notice = Some(match package::write_atomic(&path, csv.as_bytes()) {
            Ok(()) => Notice {
                error: false,
                text: format!("Cijfers opgeslagen: {}", path.display()),
            },
            Err(e) => Notice {
                error: true,
                text: format!("Opslaan mislukt ({}): {e}", path.display()),
            },
        });
    }

    /// Write the package note to `path`, atomically.
    pub fn write_note(&mut self, path: &Path, html: bool) {
        let r = self.report();
        let text = if html { r.to_html() } else { r.to_markdown() };
        self.notice = Some(match package::write_atomic(path, text.as_bytes()) {
            Ok(()) => Notice {
                error: false,
                text: format!("Notitie opgeslagen: {}", path.display()),
            },
            Err(e) => Notice {
                error: true,
                text: format!("Notitie opslaan mislukt ({}): {e}", path.display()),
            },
        });
    }

    /// Apply a package change as one undoable step.
    pub fn edit(&mut self, edit: Edit) {
        let key = edit.run_key();
        self.history.record(&self.package, key.as_deref());
        edit.apply(&mut self.package);
    }

    /// Run `next` now, or ask first when there are unsaved changes.
    fn guard(&mut self, next: Pending) {
        if self.dirty() {
            self.pending = Some(next);
        } else {
            self.proceed(next);
        }
    }

    fn proceed(&mut self, next: Pending) {
        match next {
            Pending::New => self.replace_package(Package::default(), None),
            Pending::Open => {
                if let Some(path) = pick_file() {
                    self.open_path(&path);
                }
            }
            Pending::OpenPath(p) => self.open_path(&p),
            Pending::Preset(i) => {
                if let Some(p) = PRESETS.get(i) {
                    let package = p.package(&self.catalogue);
                    self.replace_package(package, None);
                    // A preset is a starting point: the copy is unsaved until the user saves it.
                    self.saved = Package::default();
                    self.notice = Some(Notice {
                        error: false,
                        text: format!("Voorbeeldpakket geopend als kopie: {}", p.description),
                    });
                }
            }
            Pending::Close => {
                self.allow_close = true;
                self.remove_autosave();
            }
        }
    }

    fn confirmed(&mut self, choice: ConfirmChoice) {
        let Some(next) = self.pending.take() else {
            return;
        };
        match choice {
            ConfirmChoice::Cancel => {}
            ConfirmChoice::Save => {
                if self.save() {
                    self.proceed(next);
                }
            }
            ConfirmChoice::DontSave => self.proceed(next),
        }
    }

    /// The question "save changes first?" is on screen.
    pub fn asking_to_save(&self) -> bool {
        self.pending.is_some()
    }

    fn replace_package(&mut self, package: Package, path: Option<PathBuf>) {
        self.saved = package.clone();
        self.package = package;
        self.path = path;
        self.history.clear();
    }

    /// Open a package file. On any error nothing changes and the notice says where and why.
    pub fn open_path(&mut self, path: &Path) {
        match package::open(path, &self.catalogue) {
            Ok(opened) => {
                self.replace_package(opened.package, Some(path.to_path_buf()));
                self.remember(path);
                self.notice = (!opened.unknown.is_empty()).then(|| Notice {
                    error: false,
                    text: format!(
                        "Dit pakket noemt {} maatregel(en) die deze catalogus niet kent: {}. De rest is geopend; ze blijven in het bestand bewaard.",
                        opened.unknown.len(),
                        opened.unknown.join(", ")
                    ),
                });
            }
            Err(e) => {
                self.notice = Some(Notice {
                    error: true,
                    text: format!("Kan het pakket niet openen: {e}"),
                });
            }
        }
    }

    fn compare_file(&mut self, path: &Path) {
        match package::open(path, &self.catalogue) {
            Ok(o) => self.compare.push(o.package),
            Err(e) => {
                self.notice = Some(Notice {
                    error: true,
                    text: format!("Kan het pakket niet openen: {e}"),
                })
            }
        }
    }

    /// Save to the known file, or ask for one. Returns whether the package is now saved.
    pub fn save(&mut self) -> bool {
        match self.path.clone() {
            Some(p) => self.save_to(&p),
            None => self.save_as(),
        }
    }

    pub fn save_as(&mut self) -> bool {
        let name = format!("{}.{}", sanitize(&self.package.name), package::EXTENSION);
        let picked = rfd::FileDialog::new()
            .add_filter("Knoppen-pakket", &[package::EXTENSION])
            .set_file_name(name)
            .save_file();
        match picked {
            Some(mut p) => {
                if p.extension().is_none() {
                    p.set_extension(package::EXTENSION);
                }
                self.save_to(&p)
            }
            None => false,
        }
    }

    /// Save atomically to `path`. A failed save changes nothing on disk and keeps the package.
    pub fn save_to(&mut self, path: &Path) -> bool {
        match package::save(path, &self.package) {
            Ok(()) => {
                self.saved = self.package.clone();
                self.path = Some(path.to_path_buf());
                self.remember(path);
                self.remove_autosave();
                self.notice = None;
                true
            }
            Err(e) => {
                self.notice = Some(Notice {
                    error: true,
                    text: format!(
                        "Opslaan mislukt ({}): {e}. Het pakket is niet verloren; kies een andere plek met Opslaan als.",
                        path.display()
                    ),
                });
                false
            }
        }
    }

    fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(MAX_RECENT);
    }

    /// Write unsaved work to the recovery file every so often.
    pub fn autosave(&mut self, now: f64) {
        let Some(path) = self.autosave_path.clone() else {
            return;
        };
        if now - self.last_autosave < AUTOSAVE_SECONDS
            || !self.dirty()
            || self.autosaved.as_ref() == Some(&self.package)
        {
            return;
        }
        self.last_autosave = now;
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        if package::save(&path, &self.package).is_ok() {
            self.autosaved = Some(self.package.clone());
        }
    }

    fn remove_autosave(&mut self) {
        if let Some(p) = &self.autosave_path {
            let _ = std::fs::remove_file(p);
        }
        self.autosaved = None;
    }

    fn recover(&mut self, yes: bool) {
        if let Some(p) = self.recovered.take() {
            if yes {
                self.history.record(&self.package, None);
                self.package = p;
            } else {
                self.remove_autosave();
            }
        }
    }
}

fn pick_file() -> Option<PathBuf> {
    rfd::FileDialog::new()
        .add_filter("Knoppen-pakket", &[package::EXTENSION])
        .pick_file()
}

/// A file name from a package name: no characters Windows refuses.
fn sanitize(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if "<>:\"/\\|?*".contains(c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    if s.trim().is_empty() {
        "pakket".into()
    } else {
        s.trim().to_owned()
    }
}

/// The eframe application around [`AppState`].
pub struct KnoppenApp {
    pub state: AppState,
}

impl KnoppenApp {
    pub fn new(cc: &eframe::CreationContext<'_>, report: LoadReport) -> Self {
        let mut state = AppState::new(report);
        if let Some(dir) = eframe::storage_dir("Knoppen") {
            state = state.with_autosave(dir.join(format!("herstel.{}", package::EXTENSION)));
        }
        if let Some(storage) = cc.storage {
            state.dark = eframe::get_value(storage, "dark").unwrap_or(false);
            state.recent = eframe::get_value(storage, "recent").unwrap_or_default();
        }
        Self { state }
    }
}

impl eframe::App for KnoppenApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.state.ui(ui);
        if self.state.allow_close {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, "dark", &self.state.dark);
        eframe::set_value(storage, "recent", &self.state.recent);
    }
}
