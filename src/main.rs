use clap::Parser;

use knoppen::app::KnoppenApp;
use knoppen::cli::{self, Cli};
use knoppen::command::{Command, Deck, SlideCommand};

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
    let result = eframe::run_native(
        "Knoppen",
        options,
        Box::new(move |cc| {
            let mut app = KnoppenApp::new(cc, report);
            start(&cli, &mut app, &cc.egui_ctx);
            Ok(Box::new(app))
        }),
    );
    if let Err(e) = result {
        eprintln!("knoppen: cannot open the window: {e}");
        std::process::exit(1);
    }
}

/// What the command line asks for at start: open a package, then present it. A package that
/// cannot be opened starts no deck: the wrong deck on a projector is worse than none.
fn start(cli: &Cli, app: &mut KnoppenApp, ctx: &egui::Context) {
    if let Some(path) = &cli.package {
        app.run(ctx, [Command::OpenPath(path.clone())]);
        if let Some(n) = app.state.view.notice.as_ref().filter(|n| n.error) {
            eprintln!("knoppen: {}", n.text);
            return;
        }
    }
    if cli.present {
        app.run(ctx, [Command::Present(Deck::Package)]);
        if let Some(n) = cli.slide {
            app.run(ctx, [Command::Slide(SlideCommand::GoTo(n))]);
        }
    }
}
