//! Headless frame time of each main view: `run_ui` + tessellate, on the full catalogue and on a
//! generated 10,000-measure one. `cargo bench --bench frame`.

use criterion::{Criterion, criterion_group, criterion_main};
use knoppen::app::platform::FakePlatform;
use knoppen::app::{AppState, Knoppen};
use knoppen::catalogue::{Catalogue, LoadReport, synthetic};

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1600.0, 1000.0),
        )),
        ..Default::default()
    }
}

type App = Knoppen<FakePlatform>;

fn frame(ctx: &egui::Context, app: &mut App) {
    let mut output = ctx.run_ui(input(), |ui| app.ui(ui));
    let shapes = std::mem::take(&mut output.shapes);
    let primitives = ctx.tessellate(shapes, output.pixels_per_point);
    std::hint::black_box(primitives);
    // Drop the frame's texture updates as a renderer would have applied them.
    output.textures_delta.clear();
}

fn catalogues() -> Vec<(&'static str, Catalogue)> {
    let full = Catalogue::builtin().catalogue;
    let big = synthetic(&full, 10_000);
    vec![("full", full), ("10k", big)]
}

/// A state showing `view`, warmed up so fonts and layout caches are in place.
fn state_for(view: &str, catalogue: &Catalogue) -> (egui::Context, App) {
    let ctx = egui::Context::default();
    let report = LoadReport {
        catalogue: catalogue.clone(),
        ..Default::default()
    };
    let mut state = AppState::new(report);
    if view == "package" || view == "timeline" {
        // A 40-measure package, the size of a real meeting's, with the panel fully open.
        let ids: Vec<String> = state
            .catalogue
            .measures
            .iter()
            .take(40)
            .map(|m| m.id.clone())
            .collect();
        for id in ids {
            state.document.edit(knoppen::package::Edit::Add(id));
        }
    }
    if view == "timeline" {
        state.view.center = knoppen::command::CenterView::Timeline;
    }
    if view == "fiche" {
        let longest = (0..state.catalogue.measures.len())
            .max_by_key(|&i| format!("{:?}", state.catalogue.measures[i].fiche).len());
        state.view.browser.selected = longest;
    }
    let mut app = Knoppen::with_platform(state, FakePlatform::default());
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    (ctx, app)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    for (name, catalogue) in catalogues() {
        for view in ["browser", "fiche", "package", "timeline"] {
            let (ctx, mut state) = state_for(view, &catalogue);
            group.bench_function(format!("{view}/{name}"), |b| {
                b.iter(|| frame(&ctx, &mut state))
            });
        }
        // Typing a search term: the filter changes every frame.
        let (ctx, mut state) = state_for("browser", &catalogue);
        let mut flip = false;
        group.bench_function(format!("search/{name}"), |b| {
            b.iter(|| {
                flip = !flip;
                state.state.view.browser.filter.query = if flip {
                    "arbeid".into()
                } else {
                    "arbeidsmigr".into()
                };
                frame(&ctx, &mut state)
            })
        });
    }
    group.finish();
}

/// The built-in catalogue plus a file of 20,000 status steps (about 5 MB): loading must stay
/// linear in the size of the data.
fn many_steps() -> Vec<(
    std::path::PathBuf,
    Result<String, knoppen::catalogue::LoadError>,
)> {
    let ids = [
        "arbeid.etk",
        "arbeid.eures",
        "asiel.nareis",
        "arbeid.visie-economie",
    ];
    let steps: String = (0..20_000)
        .map(|i| {
            format!(
                "(measure: \"{}\", date: \"{}-{:02}-01\", status: Study, text: \"Stap {i}.\", \
                 source: (doc: \"003\", at: \"§ test\", line: Some(50))),\n",
                ids[i % ids.len()],
                2024 + i % 3,
                1 + i % 12
            )
        })
        .collect();
    knoppen::catalogue::embedded_files()
        .map(|(p, t)| (p, Ok(t)))
        .chain(std::iter::once((
            std::path::PathBuf::from("zz-steps.ron"),
            Ok(format!("(steps: [\n{steps}])")),
        )))
        .collect()
}

fn startup(c: &mut Criterion) {
    c.bench_function("startup/load_builtin", |b| b.iter(Catalogue::builtin));
    let files = many_steps();
    c.bench_function("startup/load_20k_steps", |b| {
        b.iter(|| knoppen::catalogue::load::load_sources(files.clone()))
    });
    c.bench_function("startup/first_frame", |b| {
        b.iter(|| {
            let ctx = egui::Context::default();
            let state = AppState::new(Catalogue::builtin());
            frame(
                &ctx,
                &mut Knoppen::with_platform(state, FakePlatform::default()),
            );
        })
    });
}

/// F5's pre-flight check: every slide of a package over all five streams with every figure laid
/// out and read back, at a laptop's window.
fn preflight(c: &mut Criterion) {
    let catalogue = Catalogue::builtin().catalogue;
    let mut ids: Vec<&str> = catalogue
        .figures
        .iter()
        .filter(|f| f.has_numbers())
        .flat_map(|f| f.measures.iter().map(String::as_str))
        .collect();
    for stream in knoppen::catalogue::Stream::ALL {
        ids.extend(
            catalogue
                .measures
                .iter()
                .filter(|m| m.stream == stream)
                .take(3)
                .map(|m| m.id.as_str()),
        );
    }
    ids.sort_unstable();
    ids.dedup();
    let package = knoppen::package::Package::from_ids("Variant B", ids);
    let today = knoppen::month::Date::new(2026, 12, 7).expect("a date");
    let slides = knoppen::present::package_slides(&package, &catalogue, today);
    c.bench_function("present/check_worst_case", |b| {
        b.iter(|| knoppen::ui::preflight::check(&slides, &catalogue, egui::vec2(1366.0, 700.0)))
    });
}

/// Shapes the loader once handled in quadratic time, at two sizes: the time must double with
/// the size, not quadruple (many documents; unknown steps and package items on one line, each
/// a located error).
fn shapes(c: &mut Criterion) {
    let documents = |n: usize| -> String {
        let body: String = (0..n)
            .map(|i| {
                format!(
                    "(id: \"d{i}\", file: \"d.txt\", title: \"D{i}\", short: \"D\", rank: 9, \
                     date: \"2024-01\"),\n"
                )
            })
            .collect();
        format!("(documents: [\n{body}])")
    };
    let steps = |n: usize| -> String {
        let body: String = (0..n)
            .map(|i| {
                format!(
                    "(measure: \"arbeid.weg-{i}\", date: \"2024-01\", status: Study, text: \"t\", \
                     source: (doc: \"004\", at: \"x\")),"
                )
            })
            .collect();
        format!("(steps: [{body}])")
    };
    for (name, make) in [
        ("documents", &documents as &dyn Fn(usize) -> String),
        ("steps_one_line", &steps),
    ] {
        for n in [10_000, 20_000] {
            let files: Vec<_> = knoppen::catalogue::embedded_files()
                .map(|(p, t)| (p, Ok(t)))
                .chain(std::iter::once((
                    std::path::PathBuf::from("zz.ron"),
                    Ok(make(n)),
                )))
                .collect();
            c.bench_function(&format!("load/{name}/{n}"), |b| {
                b.iter(|| knoppen::catalogue::load::load_sources(files.clone()))
            });
        }
    }
    let items = |n: usize| -> String {
        let body: String = (0..n)
            .map(|i| format!("(measure: \"arbeid.onbekend-{i}\", note: \"n\"),"))
            .collect();
        format!("(version: 3, name: \"Groot\", items: [{body}])")
    };
    let catalogue = Catalogue::builtin().catalogue;
    for n in [10_000, 20_000] {
        let text = items(n);
        c.bench_function(&format!("load/package_one_line/{n}"), |b| {
            b.iter(|| knoppen::package::read(std::path::Path::new("p.knoppen"), &text, &catalogue))
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3)).warm_up_time(std::time::Duration::from_secs(1));
    targets = bench, startup, preflight, shapes
}
criterion_main!(benches);
