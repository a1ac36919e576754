//! The thin layer between the state and the world: it carries out effects (dialogs, files, the
//! clipboard, the window) and answers with commands. The native platform uses rfd, the file
//! system and egui's viewport; tests use [`FakePlatform`], which answers dialogs from a script.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::AppState;
use super::effects::{Effect, WindowEffect};
use crate::catalogue::load;
use crate::command::{Command, SaveTarget, WritePurpose};
use crate::package;
use crate::state::screens::{self, Area, Screens, Setup};
use crate::strings::t;

pub trait Platform {
    /// Carry out one effect; what it learns (a chosen file, a file's text, a write's result)
    /// comes back as commands. Files are the same everywhere; the rest is the platform's.
    fn carry_out(&mut self, ctx: &egui::Context, effect: Effect) -> Vec<Command> {
        match files(effect) {
            Ok(commands) => commands,
            Err(effect) => self.outside(ctx, effect),
        }
    }

    /// The effects that reach beyond files: dialogs, the clipboard, the window.
    fn outside(&mut self, ctx: &egui::Context, effect: Effect) -> Vec<Command>;

    /// Where the next file dialog starts (told before each effect).
    fn start_in(&mut self, _folder: Option<PathBuf>) {}

    /// Answers that arrive in a later frame (a screenshot). Called once per frame.
    fn poll(&mut self, _ctx: &egui::Context) -> Vec<Command> {
        Vec::new()
    }

    /// Which screens there are and where the window is on them (for the presenter view).
    /// Called once per frame from the main window.
    fn screens(&self, ctx: &egui::Context) -> Setup;
}

fn area(r: egui::Rect) -> Area {
    Area::new(r.min.x, r.min.y, r.width(), r.height())
}

/// Apply commands, carry out their effects and apply the answers, until nothing is left.
pub fn run(
    state: &mut AppState,
    platform: &mut dyn Platform,
    ctx: &egui::Context,
    commands: impl IntoIterator<Item = Command>,
) {
    let mut queue: VecDeque<Command> = commands.into_iter().collect();
    while let Some(c) = queue.pop_front() {
        for effect in state.apply(c) {
            if matches!(effect, Effect::PickOpen(_) | Effect::PickSave(..)) {
                platform.start_in(state.settings.start_folder());
            }
            queue.extend(platform.carry_out(ctx, effect));
        }
    }
}

/// Carry out the effects that need no user and no window: files.
fn files(effect: Effect) -> Result<Vec<Command>, Effect> {
    Ok(match effect {
        Effect::Read(purpose, path) => {
            let text = load::read_limited(&path);
            vec![Command::FileRead(purpose, path, text)]
        }
        Effect::Write(purpose, path, bytes) => {
            if matches!(purpose, WritePurpose::Autosave | WritePurpose::Additions)
                && let Some(dir) = path.parent()
            {
                let _ = std::fs::create_dir_all(dir);
            }
            let result =
                package::write_atomic(&path, &bytes).map_err(|e| crate::strings::write_error(&e));
            vec![Command::Written(purpose, path, result)]
        }
        Effect::Remove(path) => {
            // Gone already is fine: nothing to recover.
            let _ = std::fs::remove_file(path);
            Vec::new()
        }
        other => return Err(other),
    })
}

fn window(ctx: &egui::Context, w: WindowEffect) {
    let cmd = match w {
        WindowEffect::Fullscreen(on) => egui::ViewportCommand::Fullscreen(on),
        WindowEffect::CancelClose => egui::ViewportCommand::CancelClose,
        WindowEffect::Close => egui::ViewportCommand::Close,
        WindowEffect::FocusSearch => {
            ctx.memory_mut(|m| m.request_focus(crate::ui::browser::search_id()));
            return;
        }
    };
    ctx.send_viewport_cmd(cmd);
}

/// Where the renderer's screenshot callback leaves the image for a later frame.
type ScreenshotSlot = Arc<Mutex<Option<Arc<egui::ColorImage>>>>;

/// A dialog that returns this fast was never shown: nobody cancels within a fifth of a second.
/// (rfd answers "no file" both for a cancel and for a dialog that could not open.)
const NO_DIALOG: std::time::Duration = std::time::Duration::from_millis(200);

/// The real thing: rfd dialogs, the file system, the system clipboard, the window.
#[derive(Default)]
pub struct NativePlatform {
    /// The monitors, as the event loop last saw them (`None`: not seen).
    pub monitors: screens::SharedMonitors,
    /// A chart waiting for the screenshot that will contain it.
    screenshot: Option<(egui::Rect, PathBuf, ScreenshotSlot)>,
    /// Where the next dialog starts.
    folder: Option<PathBuf>,
}

impl NativePlatform {
    /// The platform, reading the monitors from where the event loop leaves them.
    pub fn with_monitors(monitors: screens::SharedMonitors) -> Self {
        Self {
            monitors,
            ..Self::default()
        }
    }

    fn dialog(&self) -> rfd::FileDialog {
        let dialog = rfd::FileDialog::new();
        match &self.folder {
            Some(dir) => dialog.set_directory(dir),
            None => dialog,
        }
    }
}

impl Platform for NativePlatform {
    fn outside(&mut self, ctx: &egui::Context, effect: Effect) -> Vec<Command> {
        match effect {
            Effect::PickOpen(purpose) => {
                let (label, ext) = match purpose {
                    crate::command::OpenPurpose::ImportAdditions => ("RON", "ron"),
                    _ => (t().filter_package, package::EXTENSION),
                };
                let asked = std::time::Instant::now();
                let path = self.dialog().add_filter(label, &[ext]).pick_file();
                if path.is_none() && asked.elapsed() < NO_DIALOG {
                    return vec![Command::NoOpenDialog(purpose)];
                }
                vec![Command::FilePicked(purpose, path)]
            }
            Effect::PickSave(target, name) => {
                let (label, ext) = filter(&target);
                let asked = std::time::Instant::now();
                let path = self
                    .dialog()
                    .add_filter(label, &[ext])
                    .set_file_name(&name)
                    .save_file();
                if path.is_none() && asked.elapsed() < NO_DIALOG {
                    return vec![Command::NoSaveDialog(target, name)];
                }
                vec![Command::SavePicked(target, path)]
            }
            Effect::Copy(text) => {
                ctx.copy_text(text);
                Vec::new()
            }
            Effect::SaveScreenshot(rect, path) => {
                let slot = ScreenshotSlot::default();
                let (shared, repaint) = (slot.clone(), ctx.clone());
                let callback = egui::ScreenshotCallback::new(move |image| {
                    if let Ok(mut s) = shared.lock() {
                        *s = Some(image);
                    }
                    repaint.request_repaint();
                });
                self.screenshot = Some((rect, path, slot));
                ctx.send_viewport_cmd(egui::ViewportCommand::Screenshot(callback));
                Vec::new()
            }
            Effect::Window(w) => {
                window(ctx, w);
                Vec::new()
            }
            Effect::Read(..) | Effect::Write(..) | Effect::Remove(_) => Vec::new(),
        }
    }

    fn start_in(&mut self, folder: Option<PathBuf>) {
        self.folder = folder;
    }

    fn screens(&self, ctx: &egui::Context) -> Setup {
        // A backend that draws second windows inside the first would put the notes on the
        // slides: no second screen to speak of.
        let monitors = if ctx.embed_viewports() {
            None
        } else {
            self.monitors.lock().ok().and_then(|m| m.clone())
        };
        Setup {
            screens: monitors.map_or(Screens::Unknown, |m| {
                screens::in_points(&m, ctx.pixels_per_point())
            }),
            // Where the system does not say where windows are (Wayland), this is unknown.
            window: ctx.input(|i| i.viewport().outer_rect).map(area),
        }
    }

    fn poll(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let Some((_, _, slot)) = &self.screenshot else {
            return Vec::new();
        };
        let Some(image) = slot.lock().ok().and_then(|mut s| s.take()) else {
            return Vec::new();
        };
        let Some((rect, path, _)) = self.screenshot.take() else {
            return Vec::new();
        };
        let result = crate::ui::png_export::crop_png(&image, rect, ctx.pixels_per_point())
            .and_then(|bytes| {
                package::write_atomic(&path, &bytes).map_err(|e| crate::strings::write_error(&e))
            });
        vec![Command::Written(WritePurpose::ChartPng, path, result)]
    }
}

/// The file-type filter of a save dialog.
fn filter(target: &SaveTarget) -> (&'static str, &'static str) {
    match target {
        SaveTarget::Package => (t().filter_package, package::EXTENSION),
        SaveTarget::Note(crate::command::NoteFormat::Markdown) => ("Markdown", "md"),
        SaveTarget::Note(crate::command::NoteFormat::Html) => ("HTML", "html"),
        SaveTarget::Note(crate::command::NoteFormat::Word) => (t().filter_word, "docx"),
        SaveTarget::Workbook | SaveTarget::FigureXlsx(_) => (t().filter_excel, "xlsx"),
        SaveTarget::FigureCsv(_) => (t().filter_csv, "csv"),
        SaveTarget::ChartPng(_) => (t().filter_png, "png"),
        SaveTarget::Handout => ("PDF", "pdf"),
        SaveTarget::Pptx => ("PowerPoint", "pptx"),
        SaveTarget::Additions => ("RON", "ron"),
    }
}

/// A platform for tests: dialogs are answered from a script (an empty script cancels), the
/// clipboard and the window are recorded, files are real (use a temporary folder).
#[derive(Default)]
pub struct FakePlatform {
    /// Answers to the next dialogs, in order; `None` cancels.
    pub answers: VecDeque<Option<PathBuf>>,
    /// The dialogs asked, in order.
    pub dialogs: Vec<Effect>,
    pub clipboard: Vec<String>,
    pub window: Vec<WindowEffect>,
    pub screenshots: Vec<(egui::Rect, PathBuf)>,
    /// No dialog can open (as on a machine without a file-dialog service).
    pub unavailable: bool,
    /// The folder each dialog started in, in order.
    pub folders: Vec<Option<PathBuf>>,
    folder: Option<PathBuf>,
    /// The screens this computer pretends to have (unknown unless a test gives some).
    pub screens: Screens,
    /// Where the slide window is on them; `None`: the test window's own rectangle at the
    /// origin.
    pub slide_window: Option<Area>,
}

impl FakePlatform {
    /// Answer the next dialog with this path.
    pub fn answer(&mut self, path: impl AsRef<Path>) {
        self.answers.push_back(Some(path.as_ref().to_path_buf()));
    }
}

impl Platform for FakePlatform {
    fn start_in(&mut self, folder: Option<PathBuf>) {
        self.folder = folder;
    }

    fn screens(&self, ctx: &egui::Context) -> Setup {
        Setup {
            screens: self.screens.clone(),
            window: self
                .slide_window
                .or_else(|| Some(area(ctx.viewport_rect()))),
        }
    }

    fn outside(&mut self, ctx: &egui::Context, effect: Effect) -> Vec<Command> {
        if matches!(effect, Effect::PickOpen(_) | Effect::PickSave(..)) {
            self.folders.push(self.folder.clone());
            if self.unavailable {
                self.dialogs.push(effect.clone());
                return match effect {
                    Effect::PickOpen(purpose) => vec![Command::NoOpenDialog(purpose)],
                    Effect::PickSave(target, name) => vec![Command::NoSaveDialog(target, name)],
                    _ => Vec::new(),
                };
            }
        }
        match effect {
            Effect::PickOpen(purpose) => {
                self.dialogs.push(Effect::PickOpen(purpose));
                let path = self.answers.pop_front().flatten();
                vec![Command::FilePicked(purpose, path)]
            }
            Effect::PickSave(target, name) => {
                self.dialogs
                    .push(Effect::PickSave(target.clone(), name.clone()));
                let path = self.answers.pop_front().flatten();
                vec![Command::SavePicked(target, path)]
            }
            Effect::Copy(text) => {
                self.clipboard.push(text);
                Vec::new()
            }
            Effect::SaveScreenshot(rect, path) => {
                self.screenshots.push((rect, path));
                Vec::new()
            }
            Effect::Window(w) => {
                // Focus is the UI's own business; the rest is only recorded.
                if w == WindowEffect::FocusSearch {
                    window(ctx, w);
                }
                self.window.push(w);
                Vec::new()
            }
            Effect::Read(..) | Effect::Write(..) | Effect::Remove(_) => Vec::new(),
        }
    }
}
