//! A readable list of what could not be loaded.

use egui::RichText;

use crate::catalogue::LoadError;
use crate::command::Command;
use crate::strings::t;

pub fn window(ctx: &egui::Context, errors: &[LoadError], open: bool, commands: &mut Vec<Command>) {
    if !open || errors.is_empty() {
        return;
    }
    let mut still_open = true;
    egui::Window::new(t().load_problems)
        .open(&mut still_open)
        .default_width(720.0)
        .show(ctx, |ui| {
            ui.label(t().load_problems_intro);
            ui.separator();
            egui::ScrollArea::vertical()
                .max_height(400.0)
                .show(ui, |ui| {
                    for e in errors {
                        ui.label(
                            RichText::new(format!("{}:{}:{}", e.file.display(), e.line, e.column))
                                .monospace(),
                        );
                        if *e.problem != crate::catalogue::load::Problem::Other {
                            ui.label(crate::strings::load_error(e));
                        }
                        // The technical detail, for whoever maintains the data.
                        ui.label(RichText::new(format!("{}: {}", e.field, e.message)).weak());
                        ui.add_space(6.0);
                    }
                });
            if ui.button(t().close).clicked() {
                commands.push(Command::HideProblems);
            }
        });
    if !still_open {
        commands.push(Command::HideProblems);
    }
}
