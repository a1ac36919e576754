//! One frame: read the keyboard, draw the views (which only read the state and push
//! commands), then apply the commands and carry out their effects.

use egui::RichText;

use super::AppState;
use super::platform::{self, Platform};
use super::recovery::AUTOSAVE_SECONDS;
use crate::command::{
    CenterView, Chart, Command, ConfirmChoice, Deck, MenuGroup, Scope, SlideCommand, UiCommand,
    shortcut_table,
};
use crate::presets::PRESETS;
use crate::strings::t;
use crate::ui;
use crate::ui::theme;

/// What the command line asks for when the window opens.
#[derive(Debug, Clone, Default)]
pub struct Start {
    pub package: Option<std::path::PathBuf>,
    pub present: bool,
    /// Start at this slide (1 = the first).
    pub slide: Option<usize>,
    /// Speak this language (and remember it), when the command line asks for one.
    pub lang: Option<crate::strings::Lang>,
}

/// The state with the platform that carries out its effects: what eframe (or a test) runs.
pub struct Knoppen<P> {
    pub state: AppState,
    pub platform: P,
    styled: bool,
    title: String,
}

impl<P: Platform> Knoppen<P> {
    pub fn with_platform(state: AppState, platform: P) -> Self {
        Self {
            state,
            platform,
            styled: false,
            title: String::new(),
        }
    }

    /// Draw one frame and act on what the user asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        // The language is the settings' (and so survives a restart); set before any word.
        crate::strings::set_lang(self.state.settings.lang);
        if !self.styled {
            ui::theme::apply(&ctx);
            self.styled = true;
        }
        self.state.now = ctx.input(|i| i.time);
        let mut commands = self.platform.poll(&ctx);
        let screens = self.platform.screens(&ctx);
        if screens != self.state.view.screens {
            commands.push(Command::Screens(screens));
            // Applied after this frame is drawn: the next one shows it (an open presenter view
            // closes at once when its screen goes).
            ctx.request_repaint();
        }
        self.state.refresh();
        commands.extend(self.state.frame(ui));
        platform::run(&mut self.state, &mut self.platform, &ctx, commands);
        // Autosave runs whatever is on screen, presenter mode included.
        self.autosave(&ctx, ctx.input(|i| i.time));
        self.update_title(&ctx);
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(AUTOSAVE_SECONDS));
    }

    /// Write (or remove) the recovery copy when due.
    pub fn autosave(&mut self, ctx: &egui::Context, now: f64) {
        // A window that loses the user (another window in front, minimised) may draw no frame
        // for a long time: its unsaved work is written now, not when the timer next runs.
        let urgent = ctx.input(|i| {
            let v = i.viewport();
            v.focused == Some(false) || v.minimized == Some(true)
        });
        for effect in self.state.tick(now, urgent) {
            let answers = self.platform.carry_out(ctx, effect);
            platform::run(&mut self.state, &mut self.platform, ctx, answers);
        }
    }

    /// Apply commands as if the user had given them (for start-up options and tests).
    pub fn run(&mut self, ctx: &egui::Context, commands: impl IntoIterator<Item = Command>) {
        platform::run(&mut self.state, &mut self.platform, ctx, commands);
    }

    /// What the command line asked for: open a package, then present it. A package that
    /// cannot be opened starts no deck — the wrong deck on a projector is worse than none — and
    /// the error is returned for the terminal (the window shows it too).
    pub fn start(&mut self, ctx: &egui::Context, start: &Start) -> Result<(), String> {
        if let Some(lang) = start.lang {
            self.run(ctx, [Command::SetLanguage(lang)]);
        }
        crate::strings::set_lang(self.state.settings.lang);
        if let Some(path) = &start.package {
            self.run(ctx, [Command::OpenPath(path.clone())]);
            if let Some(n) = self.state.view.notice.as_ref().filter(|n| n.error) {
                return Err(n.text.clone());
            }
        }
        if start.present {
            self.run(ctx, [Command::Present(Deck::Package)]);
            if let Some(n) = start.slide {
                self.run(ctx, [Command::Slide(SlideCommand::GoTo(n))]);
            }
        }
        Ok(())
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.state.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

impl AppState {
    /// Draw the window and return what the user asked for.
    fn frame(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let ctx = ui.ctx().clone();
        ctx.set_theme(if self.settings.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        let mut commands = Vec::new();
        if ctx.input(|i| i.viewport().close_requested()) {
            commands.push(Command::CloseRequested);
        }
        // What presenter mode will fill: the whole monitor where the system says, else the window.
        self.view.screen = Some(ctx.input(|i| {
            i.viewport()
                .monitor_size
                .filter(|s| s.x > 0.0 && s.y > 0.0)
                .unwrap_or_else(|| i.content_rect().size())
        }));
        if let Some(p) = &self.view.presentation {
            let mut slides = ui::presenter::keys(&ctx);
            egui::CentralPanel::default_margins()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| {
                    ui::presenter::ui(ui, p, &self.catalogue);
                });
            let clock = crate::state::clock::Clock::now(self.now - p.started);
            ui::presenter_view::show(&ctx, p, &self.catalogue, &clock, &mut slides);
            if p.presenter_view {
                // The clock ticks, and the screens are looked at again (a projector unplugged).
                ctx.request_repaint_after(std::time::Duration::from_secs(1));
            }
            commands.extend(slides.into_iter().map(Command::Slide));
            return commands;
        }
        if let Some(export) = self.view.chart_export.clone() {
            commands.push(self.export_frame(ui, &export.chart));
            return commands;
        }
        commands.extend(self.keyboard(&ctx));
        // A package file dropped on the window opens like one chosen in a dialog (the way in
        // where no file dialog can open).
        let dropped = ctx.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_path_buf()));
        commands.extend(dropped.map(Command::OpenPath));
        self.top_bar(ui, &mut commands);
        self.banners(ui, &mut commands);
        self.panels(ui, &mut commands);
        ui::problems::window(
            &ctx,
            &self.load_errors,
            self.view.show_problems,
            &mut commands,
        );
        self.view
            .additions
            .window(&ctx, &self.catalogue, &self.user, &mut commands);
        self.confirm_dialog(&ctx, &mut commands);
        focus_ring(&ctx, self.settings.dark);
        commands
    }

    /// Shortcuts from the command table, most specific first. Keys a text field needs stay
    /// with it; while a dialog asks a question, the dialog has the keyboard.
    fn keyboard(&self, ctx: &egui::Context) -> Vec<Command> {
        if self.view.pending.is_some() {
            return Vec::new();
        }
        let focused = ctx.memory(|m| m.focused());
        let (search, list) = (ui::browser::search_id(), ui::browser::list_id());
        let typing = ctx.text_edit_focused();
        let allowed = |scope: Scope| match scope {
            Scope::Anywhere => true,
            Scope::Catalogue => focused.is_none_or(|f| f == search || f == list),
            // Space and Enter tick in the results, never in a text field or on a button.
            Scope::NoFocus => focused.is_none_or(|f| f == list),
            Scope::NotTyping => !typing,
        };
        let mut out = Vec::new();
        for (shortcut, command) in shortcut_table() {
            if allowed(command.scope()) && ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                // ↑/↓ from the search field move into the results, where Space then ticks.
                if focused == Some(search)
                    && matches!(command, UiCommand::SelectNext | UiCommand::SelectPrevious)
                {
                    ctx.memory_mut(|m| m.request_focus(list));
                }
                out.push(command.command());
            }
        }
        out
    }

    /// A chart being saved: drawn alone in the window, with its title, unit and source, and no
    /// hover labels; the command asks for its picture.
    fn export_frame(&self, ui: &mut egui::Ui, chart: &Chart) -> Command {
        let ctx = ui.ctx().clone();
        // The pointer is forgotten for this frame, so no tooltip lands in the picture.
        ctx.input_mut(|i| i.pointer = Default::default());
        ctx.request_repaint();
        let centre = egui::CentralPanel::default_margins().show(ui, |ui| {
            // The block's own rectangle: the panel's fills the window.
            let block = ui.scope(|ui| match chart {
                Chart::Figure(id) => {
                    if let Some(f) = self.catalogue.figures.iter().find(|f| &f.id == id) {
                        ui::figures_view::export(ui, &self.catalogue, f);
                    }
                }
                Chart::Timeline => self.view.timeline.export(
                    ui,
                    &self.catalogue,
                    self.document.package(),
                    self.derived.timeline(),
                    self.today.month(),
                ),
            });
            block.response.rect
        });
        Command::CaptureChart(centre.inner.expand(theme::GAP_M))
    }

    fn panels(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        // Side panels are sized as shares of the window, so zooming in (fewer points across)
        // shrinks them in proportion and the centre keeps its room.
        let width = ui.available_width();
        let share = |s: f32| width * s;
        let min = share(theme::SIDE_SHARE_MIN).max(theme::SIDE_MIN);
        let package = self.document.package();
        if !self.view.focus {
            let max = share(theme::CATALOGUE_SHARE_MAX).max(min);
            let left = egui::Panel::left("catalogue")
                .resizable(true)
                .default_size(share(theme::CATALOGUE_SHARE).clamp(min, max))
                .size_range(min..=max)
                .show(ui, |ui| {
                    self.view.browser.ui(ui, &self.catalogue, package, commands)
                });
            ui::name_region(&left.response, t().region_catalogue);
            let dirty = self.document.dirty();
            let a = self.derived.assessment();
            let right = if self.settings.package_collapsed {
                egui::Panel::right("package-slim")
                    .resizable(false)
                    .exact_size(theme::SLIM_PANEL)
                    .show(ui, |ui| ui::package_panel::slim(ui, package, a, commands))
            } else {
                let max = share(theme::PACKAGE_SHARE_MAX).max(min);
                let uses = self.package_additions();
                egui::Panel::right("package")
                    .resizable(true)
                    .default_size(share(theme::PACKAGE_SHARE).clamp(min, max))
                    .size_range(min..=max)
                    .show(ui, |ui| {
                        ui::additions_view::package_uses(ui, &uses);
                        ui::package_panel::ui(ui, &self.catalogue, package, a, dirty, commands);
                    })
            };
            ui::name_region(&right.response, t().region_package);
            if self.view.focus_name {
                // Now that the field is drawn, it can take the keyboard.
                ui.ctx()
                    .memory_mut(|m| m.request_focus(ui::package_panel::name_id()));
                commands.push(Command::PackageNameFocused);
            }
        }
        let selected = self
            .view
            .browser
            .selected
            .and_then(|i| self.catalogue.measures.get(i));
        let centre = egui::CentralPanel::default_margins().show(ui, |ui| match self.view.center {
            CenterView::Fiche => ui::fiche::ui(ui, &self.catalogue, selected, package, commands),
            CenterView::Figures => self.view.figures.ui(ui, &self.catalogue, commands),
            CenterView::Reader => {
                let back = self.view.came_from.is_some();
                self.view.reader.ui(ui, &self.catalogue, back, commands)
            }
            CenterView::Timeline => self.view.timeline.ui(
                ui,
                &self.catalogue,
                package,
                self.derived.timeline(),
                self.today.month(),
                commands,
            ),
            CenterView::Compare => ui::compare::ui(
                ui,
                &self.catalogue,
                package,
                &self.view.comparison.packages,
                self.derived.assessment(),
                self.derived.compare(),
                commands,
            ),
        });
        ui::name_region(&centre.response, t().region_centre);
    }

    /// The top bar: the actions, the view tabs, then the settings at the right. What does not
    /// fit on one row (a small screen, zoomed in on a projector) flows onto a second one rather
    /// than drawing over the tabs.
    fn top_bar(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        egui::Panel::top("top").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                self.bar_actions(ui, commands);
                ui.separator();
                self.view_tabs(ui, commands);
                let settings = self.bar_settings_width(ui);
                if ui.available_width() < settings {
                    ui.end_row();
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    self.bar_settings(ui, commands);
                });
            });
        });
    }

    fn bar_actions(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui.label(RichText::new(t().app_title).heading().strong());
        let menu = ui.menu_button(t().menu_package, |ui| self.package_menu(ui, commands));
        if self.view.open_menu {
            // Opened from the keyboard (F10, Alt+P); Tab then walks its items.
            egui::Popup::open_id(ui.ctx(), egui::Popup::default_response_id(&menu.response));
            commands.push(Command::MenuOpened);
        }
        ui.add_enabled_ui(self.document.can_undo(), |ui| {
            command_button(ui, UiCommand::Undo, commands);
        });
        ui.add_enabled_ui(self.document.can_redo(), |ui| {
            command_button(ui, UiCommand::Redo, commands);
        });
        command_button(ui, UiCommand::PresentPackage, commands);
        command_button(ui, UiCommand::PresentTracks, commands);
        let focus = egui::Button::selectable(self.view.focus, UiCommand::FocusMode.label());
        if ui
            .add(focus)
            .on_hover_text(UiCommand::FocusMode.hover_text())
            .clicked()
        {
            commands.push(Command::ToggleFocus);
        }
    }

    fn view_tabs(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        // The reader has no tab (no room for a fifth at 1366 points): it opens from a source,
        // and with Ctrl+5.
        for (view, label) in [
            (CenterView::Fiche, t().fiche_tab),
            (CenterView::Figures, t().figures_tab),
            (CenterView::Timeline, t().timeline),
            (CenterView::Compare, t().compare),
        ] {
            if ui
                .selectable_label(self.view.center == view, label)
                .clicked()
            {
                commands.push(Command::View(view));
            }
        }
    }

    /// What the settings at the right need at least: the theme and language buttons and the
    /// short "content in Dutch" note.
    fn bar_settings_width(&self, ui: &egui::Ui) -> f32 {
        let font = egui::TextStyle::Button.resolve(ui.style());
        let width = |s: &str| {
            ui.painter()
                .layout_no_wrap(s.to_owned(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        };
        let pad = 2.0 * ui.spacing().button_padding.x + ui.spacing().item_spacing.x;
        [
            t().theme_dark,
            UiCommand::ToggleLanguage.label(),
            t().content_in_dutch_short,
        ]
        .iter()
        .map(|s| width(s) + pad)
        .sum::<f32>()
            + theme::GAP_M
    }

    fn bar_settings(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let theme = if self.settings.dark {
            t().theme_light
        } else {
            t().theme_dark
        };
        if ui
            .button(theme)
            .on_hover_text(UiCommand::ToggleTheme.hover_text())
            .clicked()
        {
            commands.push(Command::ToggleTheme);
        }
        command_button(ui, UiCommand::ToggleLanguage, commands);
        // Said once, where the language is chosen: the catalogue stays Dutch.
        if !t().content_in_dutch.is_empty() {
            // The sentence where it fits beside the tabs, else its short form: the top bar must
            // never draw one text over another.
            let font = egui::TextStyle::Body.resolve(ui.style());
            let sentence = t().content_in_dutch.to_owned();
            let width = ui
                .painter()
                .layout_no_wrap(sentence, font, egui::Color32::WHITE)
                .size()
                .x;
            let text = if width + theme::GAP_M < ui.available_width() {
                t().content_in_dutch
            } else {
                t().content_in_dutch_short
            };
            ui.label(RichText::new(text).weak())
                .on_hover_text(t().tip_content_in_dutch);
        }
        if !self.load_errors.is_empty() {
            let text = format!("{} ({})", t().load_problems, self.load_errors.len());
            if ui
                .button(RichText::new(text).color(ui.visuals().warn_fg_color))
                .clicked()
            {
                commands.push(Command::ShowProblems);
            }
        }
    }

    fn package_menu(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        for group in [MenuGroup::File, MenuGroup::Catalogue, MenuGroup::Export] {
            for c in UiCommand::in_menu(group) {
                menu_item(ui, c, commands);
            }
            if group == MenuGroup::Export {
                // Whether the note takes the meeting's own notes along: asked, never assumed.
                let mut on = self.settings.private_notes;
                if ui
                    .checkbox(&mut on, t().note_with_private_notes)
                    .on_hover_text(t().tip_note_with_private_notes)
                    .changed()
                {
                    commands.push(Command::SetPrivateNotes(on));
                }
            }
            ui.separator();
        }
        ui.menu_button(t().recent, |ui| {
            if self.settings.recent.is_empty() {
                ui.label(t().none);
            }
            for p in &self.settings.recent {
                let name = p.file_name().map_or_else(
                    || p.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                if ui
                    .button(name)
                    .on_hover_text(p.display().to_string())
                    .clicked()
                {
                    commands.push(Command::OpenPath(p.clone()));
                }
            }
        });
        ui.menu_button(t().presets, |ui| {
            for (i, p) in PRESETS.iter().enumerate() {
                if ui
                    .button(p.name)
                    .on_hover_text(crate::strings::preset_description(i))
                    .clicked()
                {
                    commands.push(Command::Preset(i));
                }
            }
        });
    }

    fn banners(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let (recovered, notice) = (&self.recovery.offered, &self.view.notice);
        if notice.is_none() && recovered.is_empty() {
            return;
        }
        egui::Panel::top("notices").show(ui, |ui| {
            if let Some(offer) = recovered.first() {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(offer_text(offer, recovered.len() - 1)).strong());
                    if ui.button(t().recover).clicked() {
                        commands.push(Command::Recover);
                    }
                    if ui.button(t().discard).clicked() {
                        commands.push(Command::DiscardRecovery);
                    }
                });
                if let Some(dir) = self.recovery.dir() {
                    ui.small(format!("{} {}", t().recover_where, dir.display()));
                }
            }
            if let Some(n) = notice {
                ui.horizontal_wrapped(|ui| {
                    let color = if n.error {
                        ui.visuals().error_fg_color
                    } else {
                        theme::success_color(ui.visuals().dark_mode)
                    };
                    ui.label(RichText::new(&n.text).color(color));
                    if ui.button(t().close).clicked() {
                        commands.push(Command::DismissNotice);
                    }
                });
            }
        });
    }

    /// "Save changes first?" Esc or a click beside it cancels.
    fn confirm_dialog(&self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if self.view.pending.is_none() {
            return;
        }
        let modal = egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
            ui.heading(t().unsaved_title);
            ui.label(t().unsaved_question);
            ui.horizontal(|ui| {
                for (label, choice) in [
                    (t().save, ConfirmChoice::Save),
                    (t().dont_save, ConfirmChoice::DontSave),
                    (t().cancel, ConfirmChoice::Cancel),
                ] {
                    if ui.button(label).clicked() {
                        commands.push(Command::Confirm(choice));
                    }
                }
            });
        });
        let answered = commands.iter().any(|c| matches!(c, Command::Confirm(_)));
        if modal.should_close() && !answered {
            commands.push(Command::Confirm(ConfirmChoice::Cancel));
        }
    }
}

/// A button for a command in the table: its label, and its hover text with the keys.
fn command_button(ui: &mut egui::Ui, c: UiCommand, commands: &mut Vec<Command>) {
    if ui.button(c.label()).on_hover_text(c.hover_text()).clicked() {
        commands.push(c.command());
    }
}

fn menu_item(ui: &mut egui::Ui, c: UiCommand, commands: &mut Vec<Command>) {
    let mut button = egui::Button::new(c.label());
    if let Some(keys) = c.shortcut_text() {
        button = button.shortcut_text(keys);
    }
    if ui.add(button).on_hover_text(c.tooltip()).clicked() {
        commands.push(c.command());
    }
}

/// "There is unsaved work … (“name”, n measures, file)", and how many more wait.
fn offer_text(offer: &super::recovery::Offer, more: usize) -> String {
    let file = offer.path.as_ref().map_or_else(
        || t().recover_unsaved_document.to_owned(),
        |p| p.display().to_string(),
    );
    let mut text = format!(
        "{} (“{}”, {}, {file})",
        t().recover_question,
        offer.package.name,
        crate::strings::measures_n(offer.package.items.len())
    );
    if more > 0 {
        text.push_str(&format!(" — {more} {}", t().recover_more));
    }
    text
}

/// A ring you can see around whatever has the keyboard, in both themes, drawn above
/// everything so no panel hides it.
fn focus_ring(ctx: &egui::Context, dark: bool) {
    let Some(rect) = ctx
        .memory(|m| m.focused())
        .and_then(|id| ctx.read_response(id))
        .map(|r| r.rect)
    else {
        return;
    };
    let layer = egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("focus-ring"));
    ctx.layer_painter(layer).rect_stroke(
        rect.expand(theme::FOCUS_WIDTH),
        3.0,
        egui::Stroke::new(theme::FOCUS_WIDTH, theme::focus_color(dark)),
        egui::StrokeKind::Outside,
    );
}
