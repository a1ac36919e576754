//! The eframe application: the state, the native platform, and what eframe stores between runs.

use super::platform::NativePlatform;
use super::settings::Settings;
use super::{AppState, Knoppen};
use crate::catalogue::LoadReport;

pub type KnoppenApp = Knoppen<NativePlatform>;

impl KnoppenApp {
    pub fn new(cc: &eframe::CreationContext<'_>, report: LoadReport) -> Self {
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
        Knoppen::with_platform(state, NativePlatform::default())
    }
}

impl eframe::App for KnoppenApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        Knoppen::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Settings::STORAGE_KEY, &self.state.settings);
    }
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
