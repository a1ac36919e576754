//! The application: state, the frame's layout, and applying the actions the views emit.

use egui::RichText;

use crate::catalogue::{Catalogue, LoadError, LoadReport};
use crate::strings::t;
use crate::ui::{self, Action, browser::Browser};

/// Everything the window shows. Kept apart from eframe so tests can drive it headless.
pub struct AppState {
    pub catalogue: Catalogue,
    pub load_errors: Vec<LoadError>,
    pub browser: Browser,
    pub show_problems: bool,
    pub dark: bool,
    styled: bool,
}

impl AppState {
    pub fn new(report: LoadReport) -> Self {
        let browser = Browser::new(&report.catalogue);
        let show_problems = !report.errors.is_empty();
        Self {
            catalogue: report.catalogue,
            load_errors: report.errors,
            browser,
            show_problems,
            dark: false,
            styled: false,
        }
    }

    pub fn selected(&self) -> Option<&crate::catalogue::Measure> {
        self.browser
            .selected
            .and_then(|i| self.catalogue.measures.get(i))
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
        let mut actions = Vec::new();
        self.top_bar(ui, &mut actions);
        egui::Panel::left("catalogue")
            .resizable(true)
            .default_size(420.0)
            .size_range(300.0..=700.0)
            .show(ui, |ui| self.browser.ui(ui, &self.catalogue, &mut actions));
        egui::Panel::right("package")
            .resizable(true)
            .default_size(300.0)
            .size_range(220.0..=600.0)
            .show(ui, |ui| {
                ui.heading(t().package);
                ui.label(t().package_empty);
            });
        egui::CentralPanel::default_margins().show(ui, |ui| {
            ui::fiche::ui(ui, &self.catalogue, self.selected());
        });
        ui::problems::window(
            ui.ctx(),
            &self.load_errors,
            self.show_problems,
            &mut actions,
        );
        for a in actions {
            self.apply(a);
        }
    }

    fn top_bar(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        egui::Panel::top("top").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(t().app_title).heading().strong());
                ui.label(RichText::new("Aan welke knoppen kunnen we draaien?").weak());
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

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Select(i) => self.browser.selected = Some(i),
            Action::ToggleTheme => self.dark = !self.dark,
            Action::ShowProblems(open) => self.show_problems = open,
        }
    }
}

/// The eframe application around [`AppState`].
pub struct KnoppenApp {
    pub state: AppState,
}

impl KnoppenApp {
    pub fn new(cc: &eframe::CreationContext<'_>, report: LoadReport) -> Self {
        let mut state = AppState::new(report);
        if let Some(storage) = cc.storage {
            state.dark = eframe::get_value(storage, "dark").unwrap_or(false);
        }
        Self { state }
    }
}

impl eframe::App for KnoppenApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.state.ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, "dark", &self.state.dark);
    }
}
