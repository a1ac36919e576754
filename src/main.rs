use clap::Parser;

use knoppen::app::{KnoppenApp, Start};
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
    // Not every machine can draw with every renderer (remote desktop often offers only OpenGL
    // 1.1; some drivers lack Vulkan): try them in turn.
    let cli = std::rc::Rc::new(cli);
    let mut errors = Vec::new();
    for renderer in renderers() {
        let (cli, report) = (cli.clone(), report.clone());
        let options = eframe::NativeOptions {
            renderer,
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
                let start = Start {
                    package: cli.package.clone(),
                    present: cli.present,
                    slide: cli.slide,
                };
                if let Err(e) = app.start(&cc.egui_ctx, &start) {
                    eprintln!("knoppen: {e}");
                }
                Ok(Box::new(app))
            }),
        );
        match result {
            Ok(()) => return,
            Err(e) => errors.push(format!("{renderer:?}: {e}")),
        }
    }
    eprintln!("knoppen: cannot open the window: {}", errors.join("; "));
    std::process::exit(1);
}

/// The renderers to try, best first: `KNOPPEN_RENDERER=glow|wgpu` puts one first. On Windows
/// wgpu (DirectX 12, with a software fallback) works over remote desktop; elsewhere OpenGL is
/// the lighter start.
fn renderers() -> Vec<eframe::Renderer> {
    use eframe::Renderer::{Glow, Wgpu};
    let mut order = if cfg!(windows) {
        vec![Wgpu, Glow]
    } else {
        vec![Glow, Wgpu]
    };
    match std::env::var("KNOPPEN_RENDERER").as_deref() {
        Ok("glow") => order.sort_by_key(|r| *r != Glow),
        Ok("wgpu") => order.sort_by_key(|r| *r != Wgpu),
        _ => {}
    }
    order
}
