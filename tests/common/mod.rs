//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The seed texts: `$KNOPPEN_SEEDS`, or `../shared/seeds` beside the repository. In CI they must
/// be there; on a machine without them the seed tests say so and pass nothing off as checked.
pub fn seeds_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("KNOPPEN_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"));
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must have the seeds at {}",
        dir.display()
    );
    eprintln!("seeds not found at {}: seed checks skipped", dir.display());
    None
}

/// A seed's lines. With the seeds folder there, a missing or unreadable file fails the test:
/// it must never pass as if checked.
pub fn seed_lines(file: &str) -> Option<Vec<String>> {
    let path = seeds_dir()?.join(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("seed {} is missing or unreadable: {e}", path.display()));
    Some(text.lines().map(str::to_owned).collect())
}

use egui_kittest::Harness;
use knoppen::app::platform::FakePlatform;
use knoppen::app::{AppState, Knoppen};
use knoppen::catalogue::Catalogue;
use knoppen::command::Command;

/// The app as the tests run it: dialogs answered from a script, clipboard and window recorded.
pub type App = Knoppen<FakePlatform>;

pub fn app() -> App {
    app_with(AppState::new(Catalogue::builtin()))
}

pub fn app_with(state: AppState) -> App {
    Knoppen::with_platform(state, FakePlatform::default())
}

pub fn harness_with(state: AppState, size: egui::Vec2) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app_with(state));
    h.run();
    h
}

pub fn harness(size: egui::Vec2) -> Harness<'static, App> {
    harness_with(AppState::new(Catalogue::builtin()), size)
}

/// Give commands as the views would, then let the window catch up.
pub fn run(h: &mut Harness<'_, App>, commands: impl IntoIterator<Item = Command>) {
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, commands);
    h.run();
}

/// A state with these measures in its package.
pub fn state_with(ids: &[&str]) -> AppState {
    let mut state = AppState::new(Catalogue::builtin());
    for id in ids {
        state
            .document
            .edit(knoppen::package::Edit::Add((*id).to_owned()));
    }
    state
}

/// A fresh folder for this test's files.
pub fn temp(test: &str, name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("knoppen-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    dir.join(name)
}

/// The command line as a test runs it: the same on every machine — no language from the
/// environment, and a user data folder of its own (empty), never the developer's.
#[allow(dead_code)]
pub fn cli() -> std::process::Command {
    let user = std::env::temp_dir().join(format!("knoppen-{}-user-data", std::process::id()));
    let _ = std::fs::create_dir_all(&user);
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_knoppen"));
    c.env_remove("KNOPPEN_LANG").env("KNOPPEN_USER_DATA", user);
    c
}

/// Run the command line: exit code, standard output, standard error.
#[allow(dead_code)]
pub fn run_cli(args: &[&str]) -> (i32, String, String) {
    let out = cli().args(args).output().expect("run knoppen");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A meeting's private note: never on a slide or a hand-out page without notes.
#[allow(dead_code)]
pub const PRIVATE_NOTE: &str = "VERTROUWELIJK: de minister twijfelt";

/// The worst realistic package: per stream its three longest titles, every measure a figure
/// with numbers informs, the private note on one, one rejected.
#[allow(dead_code)]
pub fn worst_case(c: &knoppen::catalogue::Catalogue) -> knoppen::package::Package {
    use knoppen::catalogue::Stream;
    use knoppen::package::{MeetingStatus, Package};
    let mut ids: Vec<&str> = Vec::new();
    for stream in Stream::ALL {
        let mut of: Vec<_> = c.measures.iter().filter(|m| m.stream == stream).collect();
        of.sort_by_key(|m| std::cmp::Reverse(m.title.chars().count()));
        ids.extend(of.iter().take(3).map(|m| m.id.as_str()));
    }
    for f in c.figures.iter().filter(|f| f.has_numbers()) {
        ids.extend(f.measures.iter().map(String::as_str));
    }
    ids.sort_unstable();
    ids.dedup();
    let mut p = Package::from_ids("Variant B: strenger aan de poort, ruimer voor de zorg", ids);
    let first = p.items[0].measure.clone();
    let second = p.items[1].measure.clone();
    if let Some(i) = p.item_mut(&first) {
        i.note = PRIVATE_NOTE.into();
    }
    if let Some(i) = p.item_mut(&second) {
        i.status = MeetingStatus::Rejected;
    }
    p
}

pub mod office;

/// Words the painted text breaks between two rows ("arbeidsmarktkeuz|es"): a row that does not
/// end a paragraph ends in a letter and the next begins with one.
pub fn broken_words(h: &Harness<'_, App>) -> Vec<String> {
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        let egui::epaint::Shape::Text(text) = &clipped.shape else {
            continue;
        };
        let rows = &text.galley.rows;
        for pair in rows.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let (Some(end), Some(start)) = (a.glyphs.last(), b.glyphs.first()) else {
                continue;
            };
            if !a.ends_with_newline && end.chr.is_alphanumeric() && start.chr.is_alphanumeric() {
                let tail: String = a.glyphs.iter().rev().take(12).map(|g| g.chr).collect();
                let head: String = b.glyphs.iter().take(12).map(|g| g.chr).collect();
                out.push(format!(
                    "{}|{head} (at x={:.0}, {:.0} wide)",
                    tail.chars().rev().collect::<String>(),
                    text.pos.x,
                    text.galley.rect.width()
                ));
            }
        }
    }
    out
}
