//! The eframe application: the state, the native platform, and what eframe stores between runs;
//! and the event-loop handler that runs eframe while it notes the monitors, which egui does not
//! list (the presenter view needs to know whether there is a second screen).

use std::sync::Mutex;
use std::time::{Duration, Instant};

use eframe::UserEvent;
use winit::application::ApplicationHandler;
use winit::event_loop::ActiveEventLoop;

use super::platform::NativePlatform;
use super::settings::Settings;
use super::{AppState, Knoppen};
use crate::catalogue::LoadReport;
use crate::state::screens::{Monitor, SharedMonitors};

pub type KnoppenApp = Knoppen<NativePlatform>;

impl KnoppenApp {
    /// The app; `monitors` is where [`WithMonitors`] leaves the monitors it sees.
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        report: LoadReport,
        monitors: SharedMonitors,
    ) -> Self {
        let mut state = AppState::new(report);
        if let Some(dir) = eframe::storage_dir("Knoppen") {
            state = state.with_recovery(dir.join("herstel"));
        }
        if let Some(storage) = cc.storage {
            state.settings = eframe::get_value(storage, Settings::STORAGE_KEY).unwrap_or_default();
            // The first package is named in the user's language.
            crate::strings::set_lang(state.settings.lang);
            state.document = super::document::Document::empty(crate::package::Package::new(
                crate::strings::t().new_package,
            ));
        }
        Knoppen::with_platform(state, NativePlatform::with_monitors(monitors))
    }
}

impl eframe::App for KnoppenApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // Read when needed: a window left open overnight dates the morning's note right.
        self.state.today = crate::state::clock::today();
        Knoppen::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Settings::STORAGE_KEY, &self.state.settings);
    }
}

/// How often the monitors are looked at again (a projector plugged in mid-meeting).
const MONITORS_EVERY: Duration = Duration::from_millis(500);

/// Runs eframe's handler and, on the way, notes the monitors: every call goes on to eframe
/// unchanged.
pub struct WithMonitors<A> {
    app: A,
    monitors: SharedMonitors,
    seen: Option<Instant>,
}

impl<A: ApplicationHandler<UserEvent>> WithMonitors<A> {
    pub fn new(app: A, monitors: SharedMonitors) -> Self {
        Self {
            app,
            monitors,
            seen: None,
        }
    }

    fn look(&mut self, event_loop: &ActiveEventLoop) {
        if self.seen.is_some_and(|t| t.elapsed() < MONITORS_EVERY) {
            return;
        }
        self.seen = Some(Instant::now());
        let list: Vec<Monitor> = event_loop
            .available_monitors()
            .map(|m| {
                let (pos, size) = (m.position(), m.size());
                Monitor {
                    x: pos.x,
                    y: pos.y,
                    width: size.width,
                    height: size.height,
                    scale: m.scale_factor(),
                }
            })
            .collect();
        // An empty list is no list: unknown, not "no screens".
        let list = (!list.is_empty()).then_some(list);
        if let Ok(mut shared) = self.monitors.lock() {
            *shared = list;
        }
    }
}

impl<A: ApplicationHandler<UserEvent>> ApplicationHandler<UserEvent> for WithMonitors<A> {
    fn new_events(&mut self, event_loop: &ActiveEventLoop, cause: winit::event::StartCause) {
        self.look(event_loop);
        self.app.new_events(event_loop, cause);
    }

    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        self.seen = None;
        self.look(event_loop);
        self.app.resumed(event_loop);
    }

    fn user_event(&mut self, event_loop: &ActiveEventLoop, event: UserEvent) {
        self.app.user_event(event_loop, event);
    }

    fn window_event(
        &mut self,
        event_loop: &ActiveEventLoop,
        window_id: winit::window::WindowId,
        event: winit::event::WindowEvent,
    ) {
        self.app.window_event(event_loop, window_id, event);
    }

    fn device_event(
        &mut self,
        event_loop: &ActiveEventLoop,
        device_id: winit::event::DeviceId,
        event: winit::event::DeviceEvent,
    ) {
        self.app.device_event(event_loop, device_id, event);
    }

    fn about_to_wait(&mut self, event_loop: &ActiveEventLoop) {
        self.app.about_to_wait(event_loop);
    }

    fn suspended(&mut self, event_loop: &ActiveEventLoop) {
        self.app.suspended(event_loop);
    }

    fn exiting(&mut self, event_loop: &ActiveEventLoop) {
        self.app.exiting(event_loop);
    }

    fn memory_warning(&mut self, event_loop: &ActiveEventLoop) {
        self.app.memory_warning(event_loop);
    }
}

/// The last error eframe logged: why a renderer did not start. eframe ends its event loop on
/// such an error without returning it when it runs on our own loop, so it is caught here.
static LAST_ERROR: Mutex<Option<String>> = Mutex::new(None);

struct ErrorLog;

impl log::Log for ErrorLog {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::Level::Error
    }

    fn log(&self, record: &log::Record<'_>) {
        if self.enabled(record.metadata())
            && let Ok(mut last) = LAST_ERROR.lock()
        {
            *last = Some(record.args().to_string());
        }
    }

    fn flush(&self) {}
}

/// Catch the errors eframe logs (see [`take_error`]). A logger set before stays.
pub fn catch_errors() {
    static LOGGER: ErrorLog = ErrorLog;
    if log::set_logger(&LOGGER).is_ok() {
        log::set_max_level(log::LevelFilter::Error);
    }
}

/// The error eframe logged last, if any (and forget it).
pub fn take_error() -> Option<String> {
    LAST_ERROR.lock().ok().and_then(|mut e| e.take())
}

/// Start with each option in turn until one starts (returns it), collecting why the others
/// failed. Generic over the start function so a test can make the first fail.
pub fn first_that_starts<R: Copy + std::fmt::Debug, E: std::fmt::Display>(
    order: &[R],
    mut start: impl FnMut(R) -> Result<(), E>,
) -> Result<R, Vec<String>> {
    let mut errors = Vec::new();
    for r in order {
        match start(*r) {
            Ok(()) => return Ok(*r),
            Err(e) => errors.push(format!("{r:?}: {e}")),
        }
    }
    Err(errors)
}

#[cfg(test)]
mod tests {
    use super::first_that_starts;

    #[test]
    fn when_the_first_renderer_fails_the_second_is_used() {
        let mut tried = Vec::new();
        let got = first_that_starts(&["wgpu", "glow"], |r| {
            tried.push(r);
            if r == "wgpu" {
                Err("no adapter")
            } else {
                Ok(())
            }
        });
        assert_eq!(got, Ok("glow"));
        assert_eq!(tried, ["wgpu", "glow"]);
        let none = first_that_starts(&["wgpu", "glow"], |_| Err("no display"));
        assert_eq!(none.expect_err("none starts").len(), 2);
    }
}
