//! The one place where commands change the state. Each command returns the effects it needs
//! from the outside world (dialogs, files, the clipboard, the window) as data; the platform
//! carries them out and answers with further commands.

use std::path::{Path, PathBuf};

use super::effects::{Effect, WindowEffect};
use super::recovery::{self, Copy};
use super::{AppState, Notice, Pending};
use crate::command::{
    Chart, Command, ConfirmChoice, Deck, NoteFormat, OpenPurpose, SaveTarget, WritePurpose,
};
use crate::package::{self, Edit, Package};
use crate::presets::PRESETS;
use crate::state::presentation::{Outcome, Presentation};
use crate::strings::t;

type Effects = Vec<Effect>;

impl AppState {
    /// Apply one command; returns what the platform must do for it. (Long: the one table of
    /// what each command does, an arm each; the work is in the functions the arms call.)
    pub fn apply(&mut self, command: Command) -> Effects {
        match command {
            Command::Select(i) => {
                if i < self.catalogue.measures.len() {
                    self.view.browser.selected = Some(i);
                }
            }
            Command::SelectNext => self.step_selection(1),
            Command::SelectPrevious => self.step_selection(-1),
            Command::ToggleSelected => {
                if let Some(id) = self.selected().map(|m| m.id.clone()) {
                    self.document.edit(Edit::Toggle(id));
                }
            }
            Command::FocusSearch => return vec![Effect::Window(WindowEffect::FocusSearch)],
            Command::FocusPackageName => {
                // The field is in the package panel: open it (and leave focus mode) first.
                self.view.focus = false;
                self.settings.package_collapsed = false;
                self.view.focus_name = true;
            }
            Command::PackageNameFocused => self.view.focus_name = false,
            Command::ClearSearch => self.view.browser.clear(),
            Command::View(v) => {
                self.view.center = v;
                // The figures open on one: the first the package's measures cite, else the first.
                if v == crate::command::CenterView::Figures && self.view.figures.selected.is_none()
                {
                    let package = self.document.package();
                    let cited = self.catalogue.figures.iter().position(|f| {
                        f.has_numbers() && f.measures.iter().any(|m| package.contains(m))
                    });
                    self.view.figures.selected =
                        cited.or((!self.catalogue.figures.is_empty()).then_some(0));
                }
            }
            Command::OpenSource { doc, line, quote } => self.open_source(doc, line, quote),
            Command::ReadAt { doc, line } => {
                self.view.reader.place = Some(crate::ui::reader::Place { doc, line });
                self.view.reader.scroll_pending = true;
                self.view.center = crate::command::CenterView::Reader;
            }
            Command::Back => self.back(),
            Command::ShowFigure(i) => {
                self.view.figures.selected = Some(i);
                self.view.center = crate::command::CenterView::Figures;
            }
            Command::ToggleTheme => self.settings.dark = !self.settings.dark,
            Command::SetPrivateNotes(on) => self.settings.private_notes = on,
            Command::SetLanguage(lang) => {
                self.settings.lang = lang;
                crate::strings::set_lang(lang);
            }
            Command::TogglePackagePanel => self.toggle_package_panel(),
            Command::ToggleFocus => self.view.focus = !self.view.focus,
            Command::ShowProblems => self.view.show_problems = true,
            Command::HideProblems => self.view.show_problems = false,
            Command::Edit(edit) => {
                self.document.edit(edit);
            }
            Command::EndEditRun => self.document.end_run(),
            Command::Undo => {
                self.document.undo();
            }
            Command::Redo => {
                self.document.redo();
            }
            Command::New => return self.guard(Pending::New),
            Command::Open => return self.guard(Pending::Open),
            Command::OpenPath(p) => return self.guard(Pending::OpenPath(p)),
            Command::Preset(i) => return self.guard(Pending::Preset(i)),
            Command::Save => return self.save(),
            Command::SaveAs => return self.ask_where(SaveTarget::Package),
            Command::ComparePreset(i) => {
                if let Some(p) = PRESETS.get(i) {
                    let package = p.package(&self.catalogue);
                    self.view.comparison.add(package);
                }
            }
            Command::CompareFile => return vec![Effect::PickOpen(OpenPurpose::Compare)],
            Command::CompareRemove(i) => self.view.comparison.remove(i),
            Command::Confirm(choice) => return self.confirmed(choice),
            Command::Recover => return self.guard(Pending::Recover),
            Command::DiscardRecovery => return self.discard_offer(),
            Command::DismissNotice => self.view.notice = None,
            Command::ExportNote(format) => return self.ask_where(SaveTarget::Note(format)),
            Command::CopySummary => {
                self.view.notice = Some(Notice::info(t().summary_copied));
                return vec![Effect::Copy(self.report().summary())];
            }
            Command::ExportFigureCsv(id) => return self.ask_where(SaveTarget::FigureCsv(id)),
            Command::ExportFigureXlsx(id) => return self.ask_where(SaveTarget::FigureXlsx(id)),
            Command::ExportWorkbook => return self.ask_where(SaveTarget::Workbook),
            Command::ExportHandout => return self.ask_where(SaveTarget::Handout),
            Command::ExportPptx => return self.ask_where(SaveTarget::Pptx),
            Command::ExportChartPng(chart) => return self.ask_where(SaveTarget::ChartPng(chart)),
            Command::CaptureChart(rect) => return self.capture_chart(rect),
            Command::Catalogue(c) => return self.catalogue_command(c),
            Command::Present(deck) => return self.present(deck),
            Command::OpenMenu => self.view.open_menu = true,
            Command::MenuOpened => self.view.open_menu = false,
            Command::Slide(c) => return self.slide(c),
            Command::CloseRequested => return self.close_requested(),
            Command::FilePicked(_, None) => {}
            Command::FilePicked(purpose, Some(path)) => {
                self.settings.used(&path);
                return vec![Effect::Read(purpose, path)];
            }
            Command::SavePicked(target, path) => {
                if let Some(p) = &path {
                    self.settings.used(p);
                }
                return self.save_picked(target, path);
            }
            Command::NoOpenDialog(_) => {
                self.view.notice = Some(Notice::error(format!(
                    "{}. {}",
                    t().no_file_dialog,
                    t().open_by_dropping
                )));
            }
            Command::NoSaveDialog(target, name) => return self.save_without_dialog(target, &name),
            Command::FileRead(purpose, path, text) => self.file_read(purpose, &path, text),
            Command::Written(purpose, path, result) => {
                return self.written(purpose, &path, result);
            }
            Command::Screens(setup) => {
                if let Some(p) = &mut self.view.presentation {
                    p.screens_changed(&setup);
                }
                self.view.screens = setup;
            }
        }
        Vec::new()
    }

    /// Run every frame, presenting or not: writes unsaved work to this run's recovery file
    /// when due, and removes it once the work is clean again.
    pub fn tick(&mut self, now: f64, urgent: bool) -> Effects {
        if !self.document.dirty() && self.recovery.has_own() {
            return self.remove_recovery();
        }
        let copy = Copy {
            path: self.document.path().map(Path::to_path_buf),
            package: self.document.package().clone(),
        };
        let Some(file) = self.recovery.due(now, &copy, self.document.dirty(), urgent) else {
            return Vec::new();
        };
        self.recovery.last_write = now;
        let Ok(text) = recovery::to_text(&copy) else {
            return Vec::new();
        };
        self.recovery.writing(file.clone(), copy);
        vec![Effect::Write(
            WritePurpose::Autosave,
            file,
            text.into_bytes(),
        )]
    }

    /// In focus mode the panel comes back unfolded; otherwise it folds or unfolds.
    fn toggle_package_panel(&mut self) {
        if self.view.focus {
            self.view.focus = false;
            self.settings.package_collapsed = false;
        } else {
            self.settings.package_collapsed = !self.settings.package_collapsed;
        }
    }

    /// The reader at a source's passage, remembering where it was opened from (once: moving
    /// about inside the reader keeps the way back).
    fn open_source(&mut self, doc: String, line: usize, quote: Option<String>) {
        use crate::command::CenterView;
        if self.view.center != CenterView::Reader {
            self.view.came_from = Some(super::CameFrom {
                center: self.view.center,
                selected: self.view.browser.selected,
            });
        }
        self.view.reader.prepare(&self.catalogue);
        let reader = &mut self.view.reader;
        reader.place = Some(crate::ui::reader::Place {
            doc: doc.clone(),
            line,
        });
        reader.cited = Some(crate::ui::reader::Cited { doc, line, quote });
        reader.scroll_pending = true;
        self.view.center = CenterView::Reader;
    }

    /// Back to the view (and the measure) the reader was opened from.
    fn back(&mut self) {
        let Some(from) = self.view.came_from.take() else {
            return;
        };
        self.view.center = from.center;
        if from
            .selected
            .is_some_and(|i| i < self.catalogue.measures.len())
        {
            self.view.browser.selected = from.selected;
        }
    }

    fn step_selection(&mut self, delta: isize) {
        if let Some(i) = self.view.browser.step_selection(delta) {
            self.view.browser.selected = Some(i);
        }
    }

    /// Run `next` now, or ask first when there are unsaved changes.
    fn guard(&mut self, next: Pending) -> Effects {
        if self.document.dirty() {
            self.view.pending = Some(next);
            Vec::new()
        } else {
            self.proceed(next)
        }
    }

    fn proceed(&mut self, next: Pending) -> Effects {
        match next {
            Pending::New => self.document.load(Package::new(t().new_package), None),
            Pending::Open => return vec![Effect::PickOpen(OpenPurpose::Open)],
            Pending::OpenPath(p) => return vec![Effect::Read(OpenPurpose::Open, p)],
            Pending::Preset(i) => {
                if let Some(p) = PRESETS.get(i) {
                    // A preset is a starting point: the copy is unsaved until the user saves it.
                    self.document.load_unsaved(p.package(&self.catalogue), None);
                    self.view.notice = Some(Notice::info(format!(
                        "{}: {}",
                        t().preset_opened,
                        crate::strings::preset_description(i)
                    )));
                }
            }
            Pending::Recover => {
                if let Some(offer) = self.recovery.answer(true) {
                    // Reopened as its own document, never into the open one; written to this
                    // run's copy at once, which then replaces the answered file.
                    self.document.load_unsaved(offer.package, offer.path);
                    self.recovery.last_write = f64::NEG_INFINITY;
                }
            }
            Pending::Close => {
                self.view.closing = true;
                let mut effects = self.remove_recovery();
                effects.push(Effect::Window(WindowEffect::Close));
                return effects;
            }
        }
        Vec::new()
    }

    fn confirmed(&mut self, choice: ConfirmChoice) -> Effects {
        let Some(next) = self.view.pending.take() else {
            return Vec::new();
        };
        match choice {
            ConfirmChoice::Cancel => Vec::new(),
            ConfirmChoice::DontSave => self.proceed(next),
            ConfirmChoice::Save => {
                // Go on only once the save has succeeded (see `written`). Closing saves the
                // catalogue additions too; the package last, so its write closes the window.
                let additions = next == Pending::Close && self.user.dirty();
                let package = self.document.dirty();
                self.view.after_save = Some(next);
                let mut effects = Vec::new();
                if additions {
                    effects.extend(self.save_additions());
                }
                if package || !additions {
                    effects.extend(self.save());
                }
                effects
            }
        }
    }

    /// Save to the known file, or ask for one.
    fn save(&mut self) -> Effects {
        match self.document.path().map(Path::to_path_buf) {
            Some(path) => self.write_package(path),
            None => self.ask_where(SaveTarget::Package),
        }
    }

    fn ask_where(&self, target: SaveTarget) -> Effects {
        let name = file_name(&self.document.package().name);
        let file = match &target {
            SaveTarget::Package => format!("{name}.{}", package::EXTENSION),
            SaveTarget::Note(NoteFormat::Markdown) => format!("{name}.md"),
            SaveTarget::Note(NoteFormat::Html) => format!("{name}.html"),
            SaveTarget::Note(NoteFormat::Word) => format!("{name}.docx"),
            SaveTarget::Workbook => format!("{name}.xlsx"),
            // Figures by their title: the user's words, not the data's id.
            SaveTarget::FigureCsv(id) => format!("{}.csv", self.figure_file(id)),
            SaveTarget::FigureXlsx(id) => format!("{}.xlsx", self.figure_file(id)),
            SaveTarget::ChartPng(Chart::Figure(id)) => format!("{}.png", self.figure_file(id)),
            SaveTarget::ChartPng(Chart::Timeline) => {
                format!("{} {name}.png", file_name(t().timeline))
            }
            SaveTarget::Handout => format!("{name}.pdf"),
            SaveTarget::Pptx => format!("{name}.pptx"),
            SaveTarget::Additions => crate::strings::t().additions_file_name.into(),
        };
        vec![Effect::PickSave(target, file)]
    }

    fn write_package(&mut self, path: PathBuf) -> Effects {
        match self.package_to_write().to_ron() {
            Ok(text) => vec![Effect::Write(
                WritePurpose::Package,
                path,
                text.into_bytes(),
            )],
            Err(e) => {
                self.view.after_save = None;
                self.view.notice = Some(Notice::error(format!("{}: {e}", t().save_failed)));
                Vec::new()
            }
        }
    }

    /// A file name from a figure's title.
    fn figure_file(&self, id: &str) -> String {
        let title = self.catalogue.figures.iter().find(|f| f.id == id);
        file_name(title.map_or(id, |f| &f.title))
    }

    /// The chart is on screen on its own: take its picture once its layout has settled (the
    /// same place two frames running; a first frame may still be laying out).
    fn capture_chart(&mut self, rect: egui::Rect) -> Effects {
        match &mut self.view.chart_export {
            Some(export) if !export.asked && export.drawn_at == Some(rect) => {
                export.asked = true;
                vec![Effect::SaveScreenshot(rect, export.path.clone())]
            }
            Some(export) => {
                export.drawn_at = Some(rect);
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    /// Nothing lost when no dialog can open: the file goes to the folder the dialog would have
    /// started in, under a name that replaces nothing, and the notice says where.
    fn save_without_dialog(&mut self, target: SaveTarget, name: &str) -> Effects {
        let Some(dir) = self.settings.start_folder() else {
            self.view.after_save = None;
            self.view.notice = Some(Notice::error(t().no_file_dialog));
            return Vec::new();
        };
        self.view.saved_without_dialog = true;
        let path = super::settings::free_name(&dir, name);
        self.save_picked(target, Some(path))
    }

    fn save_picked(&mut self, target: SaveTarget, path: Option<PathBuf>) -> Effects {
        let Some(mut path) = path else {
            // A cancelled save dialog: whatever waited for the save does not happen.
            self.view.after_save = None;
            return Vec::new();
        };
        match target {
            SaveTarget::Package => {
                if path.extension().is_none() {
                    path.set_extension(package::EXTENSION);
                }
                self.write_package(path)
            }
            SaveTarget::Note(format) => {
                let r = self
                    .report()
                    .with_private_notes(self.settings.private_notes);
                let bytes = match format {
                    NoteFormat::Markdown => Ok(r.to_markdown().into_bytes()),
                    NoteFormat::Html => Ok(r.to_html().into_bytes()),
                    NoteFormat::Word => crate::office::docx::note(&r.note()),
                };
                self.write_or_say(WritePurpose::Note, path, bytes)
            }
            SaveTarget::Workbook => {
                let bytes = crate::office::xlsx::package(&self.report());
                self.write_or_say(WritePurpose::Workbook, path, bytes)
            }
            SaveTarget::FigureCsv(id) => {
                let Some(f) = self.catalogue.figures.iter().find(|f| f.id == id) else {
                    return Vec::new();
                };
                // For people: with a BOM, so Excel reads the accents as UTF-8.
                let csv = crate::catalogue::figures::to_csv(std::slice::from_ref(f));
                let bytes = format!("{}{csv}", crate::office::BOM).into_bytes();
                vec![Effect::Write(WritePurpose::FigureCsv, path, bytes)]
            }
            SaveTarget::FigureXlsx(id) => {
                let Some(f) = self.catalogue.figures.iter().find(|f| f.id == id) else {
                    return Vec::new();
                };
                let bytes =
                    crate::office::figures_workbook(std::slice::from_ref(f), &self.catalogue);
                self.write_or_say(WritePurpose::FigureXlsx, path, bytes)
            }
            SaveTarget::ChartPng(chart) => {
                // The next frames draw the chart on its own; the frame asks for the picture.
                self.view.chart_export = Some(super::ChartExport {
                    chart,
                    path,
                    drawn_at: None,
                    asked: false,
                });
                Vec::new()
            }
            SaveTarget::Additions => self.export_additions(path),
            SaveTarget::Handout => {
                let slides = self.slides(Deck::Package);
                let pdf = crate::handout::to_pdf(&slides, &self.catalogue, false, self.today);
                vec![Effect::Write(WritePurpose::Handout, path, pdf)]
            }
            SaveTarget::Pptx => {
                // As the hand-out from the app: the slides, without the presenter's notes.
                let slides = self.slides(Deck::Package);
                let pptx = crate::pptx::to_pptx(&slides, &self.catalogue, false, self.today)
                    .map_err(|e| format!("{}: {e}", t().pptx_failed));
                self.write_or_say(WritePurpose::Pptx, path, pptx)
            }
        }
    }

    /// Write the file, or say why it could not be made (nothing is written then).
    fn write_or_say(
        &mut self,
        purpose: WritePurpose,
        path: PathBuf,
        bytes: Result<Vec<u8>, String>,
    ) -> Effects {
        match bytes {
            Ok(bytes) => vec![Effect::Write(purpose, path, bytes)],
            Err(e) => self.written(purpose, &path, Err(e)),
        }
    }

    fn file_read(
        &mut self,
        purpose: OpenPurpose,
        path: &Path,
        text: Result<String, crate::catalogue::LoadError>,
    ) {
        if purpose == OpenPurpose::ImportAdditions {
            self.import_read(path, text);
            return;
        }
        let opened = text.and_then(|text| package::read(path, &text, &self.catalogue));
        match (purpose, opened) {
            (_, Err(e)) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into(),
                );
                self.view.notice = Some(Notice::error(format!(
                    "{} “{name}”. {}",
                    t().cannot_open,
                    crate::strings::load_error(&e)
                )));
            }
            (OpenPurpose::Compare | OpenPurpose::ImportAdditions, Ok(o)) => {
                self.view.comparison.add(o.package);
            }
            (OpenPurpose::Open, Ok(o)) => {
                let mut lines = Vec::new();
                // Measures from additions that are absent here: named, with their document.
                let (missing, unknown): (Vec<String>, Vec<String>) = o
                    .unknown
                    .iter()
                    .cloned()
                    .partition(|id| o.package.added.iter().any(|a| &a.measure == id));
                if !missing.is_empty() {
                    lines.push(crate::additions_text::package_missing(
                        &o.package.added,
                        &missing,
                    ));
                }
                if !unknown.is_empty() {
                    lines.push(crate::strings::unknown_measures_opened(&unknown));
                }
                // Located as `knoppen check` locates them, in the user's language.
                let located: Vec<String> =
                    o.warnings.iter().map(crate::strings::load_error).collect();
                lines.extend(crate::strings::fold(&located, 5));
                self.document.load(o.package, Some(path.to_path_buf()));
                self.settings.remember(path);
                self.view.notice = (!lines.is_empty()).then(|| Notice::info(lines.join("\n")));
            }
        }
    }

    /// The package is on disk: remembered, its recovery copy gone, and what waited for the save
    /// goes on.
    fn package_written(&mut self, path: &Path) -> Effects {
        self.document.mark_saved(path);
        self.settings.remember(path);
        self.view.notice = std::mem::take(&mut self.view.saved_without_dialog).then(|| {
            Notice::info(format!(
                "{}. {}: {}",
                t().no_file_dialog,
                t().package_saved,
                path.display()
            ))
        });
        let mut effects = self.remove_recovery();
        if let Some(next) = self.view.after_save.take() {
            effects.extend(self.proceed(next));
        }
        effects
    }

    /// An export is on disk: say what and where (and why there, without a file dialog).
    fn export_written(&mut self, purpose: WritePurpose, path: &Path) {
        let what = match purpose {
            WritePurpose::Note => t().note_saved,
            WritePurpose::Handout => t().handout_saved,
            WritePurpose::Pptx => t().pptx_saved,
            WritePurpose::Workbook => t().tables_saved,
            WritePurpose::ChartPng => t().chart_saved,
            _ => t().figure_saved,
        };
        let why = if std::mem::take(&mut self.view.saved_without_dialog) {
            format!("{}. ", t().no_file_dialog)
        } else {
            String::new()
        };
        self.view.notice = Some(Notice::info(format!("{why}{what}: {}", path.display())));
    }

    fn written(
        &mut self,
        purpose: WritePurpose,
        path: &Path,
        result: Result<(), String>,
    ) -> Effects {
        let shown = path.display();
        if purpose == WritePurpose::ChartPng {
            // The picture is taken (or failed): back to the normal view.
            self.view.chart_export = None;
        }
        match (purpose, result) {
            (WritePurpose::Package, Ok(())) => return self.package_written(path),
            (WritePurpose::Package, Err(e)) => {
                self.view.after_save = None;
                self.view.notice = Some(Notice::error(format!(
                    "{} ({shown}): {e}. {}",
                    t().save_failed,
                    t().package_save_failed
                )));
            }
            (WritePurpose::Autosave, Ok(())) => {
                return self
                    .recovery
                    .written(path)
                    .into_iter()
                    .map(Effect::Remove)
                    .collect();
            }
            // Said once (the next tick tries again; the user's file is untouched either way).
            (WritePurpose::Autosave, Err(e)) => {
                let text = format!("{} ({shown}): {e}", t().autosave_failed);
                if self.view.notice.as_ref().is_none_or(|n| n.text != text) {
                    self.view.notice = Some(Notice::error(text));
                }
            }
            (p @ (WritePurpose::Additions | WritePurpose::AdditionsExport), result) => {
                let ok = result.is_ok();
                let own = p == WritePurpose::Additions;
                self.additions_written(p, path, result);
                // Closing waited for the additions; with the package saved too, it goes on.
                if own && self.view.after_save == Some(Pending::Close) {
                    if !ok {
                        self.view.after_save = None;
                    } else if !self.document.dirty() {
                        self.view.after_save = None;
                        return self.proceed(Pending::Close);
                    }
                }
            }
            (purpose, Ok(())) => self.export_written(purpose, path),
            (purpose, Err(e)) => {
                let what = match purpose {
                    WritePurpose::Note | WritePurpose::Handout | WritePurpose::Pptx => {
                        t().note_save_failed
                    }
                    WritePurpose::Workbook => t().tables_save_failed,
                    WritePurpose::ChartPng => t().chart_save_failed,
                    _ => t().save_failed,
                };
                self.view.notice = Some(Notice::error(format!("{what} ({shown}): {e}")));
            }
        }
        Vec::new()
    }

    /// Remove this run's recovery copy (never another run's).
    fn remove_recovery(&mut self) -> Effects {
        self.recovery
            .forget_own()
            .map(Effect::Remove)
            .into_iter()
            .collect()
    }

    /// The user threw the offered work away.
    fn discard_offer(&mut self) -> Effects {
        self.recovery
            .answer(false)
            .map(|o| Effect::Remove(o.file))
            .into_iter()
            .collect()
    }

    /// The deck: the package's briefing, or the tracks when asked or when the package is empty.
    fn slides(&self, deck: Deck) -> Vec<crate::present::Slide> {
        let package = self.document.package();
        if deck == Deck::Tracks || package.items.is_empty() {
            crate::present::track_slides(&self.catalogue)
        } else {
            crate::present::package_slides(package, &self.catalogue, self.today)
        }
    }

    /// Present — unless a slide would not fit this screen: then say so first (before the
    /// audience sees it), and present on the same key again.
    fn present(&mut self, deck: Deck) -> Effects {
        let slides = self.slides(deck);
        let now = (deck, self.document.revision());
        let asked = self.view.preflight_warned.take() == Some(now);
        if !asked {
            let screen = self.view.screen.unwrap_or(egui::vec2(1366.0, 768.0));
            let problems = crate::ui::preflight::check(&slides, &self.catalogue, screen);
            if !problems.is_empty() {
                self.view.preflight_warned = Some(now);
                let text = crate::strings::preflight_warning(&problems, screen.x, screen.y);
                self.view.notice = Some(Notice::error(text));
                return Vec::new();
            }
        }
        let mut p = Presentation::new(slides);
        p.started = self.now;
        self.view.presentation = Some(p);
        vec![Effect::Window(WindowEffect::Fullscreen(true))]
    }

    fn slide(&mut self, c: crate::command::SlideCommand) -> Effects {
        let Some(p) = &mut self.view.presentation else {
            return Vec::new();
        };
        if p.apply(c, &self.view.screens) == Outcome::Leave {
            self.view.presentation = None;
            return vec![Effect::Window(WindowEffect::Fullscreen(false))];
        }
        Vec::new()
    }

    /// The user closed the window: with unsaved work, keep it open and ask — also while
    /// presenting, which ends so the question can be seen.
    fn close_requested(&mut self) -> Effects {
        // Unsaved work is the package's and the user's own catalogue additions alike.
        if self.view.closing || !(self.document.dirty() || self.user.dirty()) {
            self.view.closing = true;
            return self.remove_recovery();
        }
        let mut effects = vec![Effect::Window(WindowEffect::CancelClose)];
        if self.view.presentation.take().is_some() {
            effects.push(Effect::Window(WindowEffect::Fullscreen(false)));
        }
        self.view.pending = Some(Pending::Close);
        effects
    }
}

/// A file name from a package or chart name: no characters Windows refuses.
pub fn file_name(name: &str) -> String {
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
    let s = s.trim();
    if s.is_empty() {
        t().default_file_name.into()
    } else {
        s.to_owned()
    }
}
