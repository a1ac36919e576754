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
