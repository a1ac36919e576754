use clap::Parser;

use knoppen::app::KnoppenApp;
use knoppen::cli::{self, Cli};

fn main() {
    let cli = Cli::parse();
    if let Some(command) = &cli.command {
        std::process::exit(cli::run(&cli, command));
    }
    let report = cli::load_catalogue(cli.data.as_deref());
    for e in &report.errors {
        eprintln!("{e}");
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Knoppen")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([900.0, 600.0]),
        ..Default::default()
    };
    let package = cli.package.clone();
    let (present, slide) = (cli.present, cli.slide);
    let result = eframe::run_native(
        "Knoppen",
        options,
        Box::new(move |cc| {
            let mut app = KnoppenApp::new(cc, report);
            if let Some(path) = &package {
                app.state.open_path(path);
            }
            if present {
                app.state.start_presenting(&cc.egui_ctx, false);
                if let (Some(p), Some(n)) = (&mut app.state.presenter, slide) {
                    p.index = n.saturating_sub(1).min(p.slides.len().saturating_sub(1));
                }
            }
            Ok(Box::new(app))
        }),
    );
    if let Err(e) = result {
        eprintln!("knoppen: cannot open the window: {e}");
        std::process::exit(1);
    }
}
