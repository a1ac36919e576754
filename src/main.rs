use std::rc::Rc;

use clap::Parser;

use knoppen::app::{KnoppenApp, Start};
use knoppen::cli::{self, Cli, RendererChoice};

fn main() {
    let cli = Cli::parse();
    knoppen::strings::set_lang(cli.language());
    if let Some(command) = &cli.command {
        std::process::exit(cli::run(&cli, command));
    }
    let report = cli::load_for(&cli);
    for e in &report.errors {
        eprintln!("{}", knoppen::strings::cli_load_error(e));
    }
    // Not every machine can draw with every renderer (remote desktop often offers only OpenGL
    // 1.1; some drivers lack Vulkan): try them in turn, on one event loop (winit allows one per
    // process). eframe runs inside our handler, which notes the monitors for the presenter view.
    knoppen::app::native::catch_errors();
    let mut event_loop =
        match winit::event_loop::EventLoop::<eframe::UserEvent>::with_user_event().build() {
            Ok(l) => l,
            Err(e) => {
                eprintln!("knoppen: {}: {e}", knoppen::strings::t().window_failed);
                std::process::exit(1);
            }
        };
    let monitors = knoppen::state::screens::SharedMonitors::default();
    let cli = Rc::new(cli);
    let order = renderers(cli.renderer);
    let started = knoppen::app::native::first_that_starts(&order, |renderer| {
        run_with(renderer, &mut event_loop, &cli, &report, &monitors)
    });
    if let Err(errors) = started {
        eprintln!(
            "knoppen: {}: {}",
            knoppen::strings::t().window_failed,
            errors.join("; ")
        );
        std::process::exit(1);
    }
}

/// Run the app with `renderer` until its window closes. An error means it never came up (the
/// next renderer is tried); once up, this is the one that runs.
fn run_with(
    renderer: eframe::Renderer,
    event_loop: &mut winit::event_loop::EventLoop<eframe::UserEvent>,
    cli: &Rc<Cli>,
    report: &knoppen::catalogue::LoadReport,
    monitors: &knoppen::state::screens::SharedMonitors,
) -> Result<(), String> {
    let options = eframe::NativeOptions {
        renderer,
        viewport: egui::ViewportBuilder::default()
            .with_title("Knoppen")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([900.0, 600.0]),
        ..Default::default()
    };
    let up = Rc::new(std::cell::Cell::new(false));
    let (came_up, cli, report, shared) =
        (up.clone(), cli.clone(), report.clone(), monitors.clone());
    let app = eframe::create_native(
        "Knoppen",
        options,
        Box::new(move |cc| {
            came_up.set(true);
            eprintln!("knoppen: renderer {}", renderer_name(renderer));
            Ok(Box::new(make_app(cc, &cli, report, shared)))
        }),
        event_loop,
    );
    let mut handler = knoppen::app::native::WithMonitors::new(app, monitors.clone());
    use winit::platform::run_on_demand::EventLoopExtRunOnDemand as _;
    let ran = event_loop.run_app_on_demand(&mut handler);
    drop(handler);
    let error = knoppen::app::native::take_error();
    match ran {
        Err(e) => Err(e.to_string()),
        Ok(()) if up.get() => {
            if let Some(e) = error {
                eprintln!("knoppen: {e}");
            }
            Ok(())
        }
        Ok(()) => Err(error.unwrap_or_else(|| "-".to_owned())),
    }
}

/// The app as the command line asks for it: the user's catalogue, a package, presenting.
fn make_app(
    cc: &eframe::CreationContext<'_>,
    cli: &Cli,
    report: knoppen::catalogue::LoadReport,
    monitors: knoppen::state::screens::SharedMonitors,
) -> KnoppenApp {
    let mut app = KnoppenApp::new(cc, report, monitors);
    if cli.data.is_none()
        && let Some(dir) = cli::user_catalogue_dir(cli)
    {
        app.state.set_user_catalogue(dir);
    }
    let start = Start {
        package: cli.package.clone(),
        present: cli.present,
        slide: cli.slide,
        lang: cli.language_asked(),
    };
    if let Err(e) = app.start(&cc.egui_ctx, &start) {
        eprintln!("knoppen: {e}");
    }
    app
}

fn renderer_name(r: eframe::Renderer) -> &'static str {
    match r {
        eframe::Renderer::Glow => "glow",
        eframe::Renderer::Wgpu => "wgpu",
    }
}

/// The renderers to try, best first: `--renderer` (or `KNOPPEN_RENDERER=glow|wgpu`) puts one
/// first. On Windows wgpu (DirectX 12, with a software fallback) works over remote desktop;
/// elsewhere OpenGL is the lighter start.
fn renderers(choice: Option<RendererChoice>) -> Vec<eframe::Renderer> {
    use eframe::Renderer::{Glow, Wgpu};
    let mut order = if cfg!(windows) {
        vec![Wgpu, Glow]
    } else {
        vec![Glow, Wgpu]
    };
    let env = std::env::var("KNOPPEN_RENDERER").ok();
    let first = match (choice, env.as_deref()) {
        (Some(RendererChoice::Glow), _) | (None, Some("glow")) => Some(Glow),
        (Some(RendererChoice::Wgpu), _) | (None, Some("wgpu")) => Some(Wgpu),
        _ => None,
    };
    if let Some(first) = first {
        order.sort_by_key(|r| *r != first);
    }
    order
}
