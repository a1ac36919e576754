//! Presenter mode: full screen, large type, high contrast, driven by a clicker. Nothing on the
//! slides a minister should not see: no ids, no paths, no editing controls. Clicks change nothing.

use egui::{Color32, FontId, Key, RichText};

use crate::catalogue::Catalogue;
use crate::present::Slide;

pub struct Presenter {
    pub slides: Vec<Slide>,
    pub index: usize,
    /// B blanks the screen (and back).
    pub blank: bool,
    /// G shows the overview grid.
    pub grid: bool,
    /// Digits typed before Enter, to jump to a slide.
    pub typed: String,
    /// P opens a presenter view in a second window (drag it to the laptop screen): the next
    /// slide and the notes. Without it, notes are not shown anywhere.
    pub presenter_view: bool,
    /// The frame whose keys were handled: egui may run a frame in two passes with the same
    /// input, and a key must act once.
    handled_frame: Option<u64>,
}

/// What the presenter asked of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresenterOutcome {
    Stay,
    Leave,
}

impl Presenter {
    pub fn new(slides: Vec<Slide>) -> Self {
        Self {
            slides,
            index: 0,
            blank: false,
            grid: false,
            typed: String::new(),
            presenter_view: false,
            handled_frame: None,
        }
    }

    pub fn current(&self) -> Option<&Slide> {
        self.slides.get(self.index)
    }

    fn go(&mut self, index: usize) {
        self.index = index.min(self.slides.len().saturating_sub(1));
    }

    /// Clicker keys. Returns whether to leave presenter mode.
    pub fn keys(&mut self, ctx: &egui::Context) -> PresenterOutcome {
        let frame = ctx.cumulative_frame_nr();
        if self.handled_frame == Some(frame) {
            return PresenterOutcome::Stay;
        }
        self.handled_frame = Some(frame);
        let events = ctx.input(|i| i.events.clone());
        for e in events {
            let egui::Event::Key {
                key, pressed: true, ..
            } = e
            else {
                continue;
            };
            match key {
                Key::Escape if self.grid => self.grid = false,
                Key::Escape => return PresenterOutcome::Leave,
                Key::ArrowRight | Key::Space | Key::PageDown | Key::ArrowDown => {
                    self.go(self.index + 1)
                }
                Key::ArrowLeft | Key::PageUp | Key::ArrowUp => {
                    self.go(self.index.saturating_sub(1))
                }
                Key::Home => self.go(0),
                Key::End => self.go(usize::MAX),
                Key::B => self.blank = !self.blank,
                Key::G => self.grid = !self.grid,
                Key::P => self.presenter_view = !self.presenter_view,
                Key::Enter => {
                    if let Ok(n) = self.typed.parse::<usize>()
                        && n >= 1
                    {
                        self.go(n - 1);
                        self.grid = false;
                    }
                    self.typed.clear();
                }
                k => {
                    if let Some(d) = digit(k) {
                        self.typed.push(d);
                    }
                }
            }
        }
        PresenterOutcome::Stay
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, catalogue: &Catalogue) {
        let rect = ui.max_rect();
        // Scale type with the screen: 1366×768 is the smallest projector we design for.
        let scale = (rect.width() / 1366.0)
            .min(rect.height() / 768.0)
            .clamp(0.6, 2.5);
        ui.painter().rect_filled(rect, 0.0, Color32::BLACK);
        if self.blank {
            return;
        }
        let frame = egui::Frame::NONE.inner_margin(egui::Margin::same((40.0 * scale) as i8));
        frame.show(ui, |ui| {
            // High contrast: dark visuals (so strong text and table stripes are light on black).
            ui.style_mut().visuals = egui::Visuals::dark();
            ui.style_mut().visuals.override_text_color = Some(Color32::WHITE);
            if self.grid {
                self.grid_ui(ui, scale);
                return;
            }
            if let Some(slide) = self.slides.get(self.index).cloned() {
                slide_ui(ui, &slide, catalogue, scale);
            }
            let footer = format!("{} / {}", self.index + 1, self.slides.len());
            ui.painter().text(
                rect.right_bottom() - egui::vec2(24.0, 16.0) * scale,
                egui::Align2::RIGHT_BOTTOM,
                footer,
                FontId::proportional(18.0 * scale),
                Color32::from_gray(170),
            );
        });
    }

    /// The presenter's own window: where we are, what comes next, and the notes.
    pub fn presenter_view_ui(&self, ctx: &egui::Context) {
        if !self.presenter_view {
            return;
        }
        let current = self.slides.get(self.index);
        let next = self.slides.get(self.index + 1);
        let builder = egui::ViewportBuilder::default()
            .with_title("Knoppen – presentatorweergave")
            .with_inner_size([720.0, 520.0]);
        ctx.show_viewport_immediate(
            egui::ViewportId::from_hash_of("knoppen-presenter-view"),
            builder,
            |ui, _class| {
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    ui.heading(format!("Dia {} van {}", self.index + 1, self.slides.len()));
                    ui.label(
                        RichText::new(format!(
                            "Nu: {}",
                            current.map(Slide::label).unwrap_or_default()
                        ))
                        .size(20.0),
                    );
                    ui.label(
                        RichText::new(format!(
                            "Volgende: {}",
                            next.map(Slide::label).unwrap_or_else(|| "(einde)".into())
                        ))
                        .size(20.0),
                    );
                    ui.separator();
                    ui.label(RichText::new("Notities").strong());
                    let notes = current.map(Slide::notes).unwrap_or_default();
                    ui.label(if notes.is_empty() {
                        "—".to_owned()
                    } else {
                        notes
                    });
                });
            },
        );
    }

    fn grid_ui(&mut self, ui: &mut egui::Ui, scale: f32) {
        ui.label(RichText::new("Overzicht — typ een nummer en Enter, of Esc").size(28.0 * scale));
        ui.add_space(12.0 * scale);
        ui.horizontal_wrapped(|ui| {
            for (i, s) in self.slides.iter().enumerate() {
                let current = i == self.index;
                let text = RichText::new(format!("{}. {}", i + 1, short(&s.label(), 40)))
                    .size(20.0 * scale);
                let text = if current {
                    text.strong().color(Color32::YELLOW)
                } else {
                    text
                };
                ui.add_sized(
                    egui::vec2(300.0 * scale, 60.0 * scale),
                    egui::Label::new(text).wrap(),
                );
            }
        });
    }
}

fn digit(k: Key) -> Option<char> {
    let digits = [
        Key::Num0,
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
    ];
    digits
        .iter()
        .position(|d| *d == k)
        .and_then(|i| char::from_digit(i as u32, 10))
}

fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

fn big(ui: &mut egui::Ui, text: impl Into<String>, size: f32) {
    ui.add(egui::Label::new(RichText::new(text).size(size)).wrap());
}

fn slide_ui(ui: &mut egui::Ui, slide: &Slide, catalogue: &Catalogue, s: f32) {
    match slide {
        Slide::Title { title, subtitle } => {
            ui.add_space(160.0 * s);
            big(ui, title.clone(), 60.0 * s);
            ui.add_space(20.0 * s);
            big(ui, subtitle.clone(), 30.0 * s);
        }
        Slide::Combined {
            overall,
            rows,
            weighted,
        } => {
            big(ui, "Effect op de instroom", 44.0 * s);
            ui.add_space(10.0 * s);
            big(ui, format!("Per saldo: {overall}"), 34.0 * s);
            if *weighted {
                big(
                    ui,
                    "Met de eigen weging van dit overleg (geen bron).",
                    22.0 * s,
                );
            }
            ui.add_space(16.0 * s);
            egui::Grid::new("present-combined")
                .spacing([28.0 * s, 12.0 * s])
                .show(ui, |ui| {
                    for h in ["", "+", "–", "0", "?", ""] {
                        ui.label(RichText::new(h).size(26.0 * s).strong());
                    }
                    ui.end_row();
                    for (name, counts, verdict) in rows {
                        ui.label(RichText::new(name).size(26.0 * s));
                        for c in counts {
                            ui.label(RichText::new(c.to_string()).size(26.0 * s));
                        }
                        ui.label(RichText::new(verdict).size(26.0 * s));
                        ui.end_row();
                    }
                });
            ui.add_space(16.0 * s);
            big(
                ui,
                "De bronnen geven richtingen, geen omvang. Onbekend telt nooit als neutraal.",
                20.0 * s,
            );
        }
        Slide::Measure(m) => {
            big(ui, m.stream.clone(), 24.0 * s);
            big(ui, m.title.clone(), 44.0 * s);
            ui.add_space(14.0 * s);
            big(ui, format!("Effect: {}  ({})", m.symbol, m.words), 34.0 * s);
            if let Some(v) = &m.variant {
                big(ui, format!("Variant: {v}"), 24.0 * s);
            }
            ui.add_space(10.0 * s);
            for (k, v) in [
                ("Termijn", &m.horizon),
                ("Benodigd", &m.instrument),
                ("Implementatie", &m.implementation),
                ("Status in overleg", &m.status),
            ] {
                big(ui, format!("{k}: {v}"), 26.0 * s);
            }
            ui.add_space(14.0 * s);
            big(ui, m.summary.clone(), 24.0 * s);
            if let Some(f) = m
                .figure
                .as_ref()
                .and_then(|id| catalogue.figures.iter().find(|g| &g.id == id))
            {
                ui.add_space(10.0 * s);
                big(ui, format!("Cijfers: {}", f.title), 20.0 * s);
            }
        }
        Slide::Figure { figure } => {
            if let Some(f) = catalogue.figures.iter().find(|g| &g.id == figure) {
                big(ui, f.title.clone(), 38.0 * s);
                ui.add_space(10.0 * s);
                ui.scope(|ui| {
                    ui.style_mut().override_text_style = None;
                    for (_, font) in ui.style_mut().text_styles.iter_mut() {
                        font.size *= 1.3 * s;
                    }
                    super::figures_view::table(ui, f);
                });
                for n in &f.notes {
                    big(ui, n.clone(), 18.0 * s);
                }
                let doc = catalogue
                    .document(&f.source.doc)
                    .map_or(String::new(), |d| d.title.clone());
                big(ui, format!("Bron: {doc}, {}", f.source.at), 18.0 * s);
            }
        }
        Slide::Timeline { headline, rows } => {
            big(ui, "Tijdlijn", 44.0 * s);
            big(ui, headline.clone(), 24.0 * s);
            ui.add_space(12.0 * s);
            // Long packages get smaller rows so that nothing is cut off.
            let size = (22.0 * s * (12.0 / rows.len().max(12) as f32)).max(12.0);
            egui::Grid::new("present-timeline")
                .spacing([24.0 * s, 6.0 * s])
                .show(ui, |ui| {
                    for h in ["Maatregel", "Doorlooptijd", "Grondslag", "Gereed"] {
                        ui.label(RichText::new(h).size(size).strong());
                    }
                    ui.end_row();
                    for r in rows {
                        ui.label(RichText::new(short(&r[0], 60)).size(size));
                        for c in &r[1..] {
                            ui.label(RichText::new(c).size(size));
                        }
                        ui.end_row();
                    }
                });
            big(
                ui,
                "Grondslag ‘aanname’: de bron noemt geen doorlooptijd; Knoppen rekent met een instelbare aanname.",
                18.0 * s,
            );
        }
        Slide::Needs { lines } => {
            big(ui, "Wat het pakket vraagt", 44.0 * s);
            ui.add_space(16.0 * s);
            for l in lines {
                big(ui, format!("• {l}"), 30.0 * s);
            }
        }
        Slide::Track {
            number,
            title,
            question,
            measures,
        } => {
            big(ui, format!("Spoor {number}"), 26.0 * s);
            big(ui, title.clone(), 42.0 * s);
            ui.add_space(12.0 * s);
            if !question.is_empty() {
                big(ui, question.clone(), 24.0 * s);
                ui.add_space(12.0 * s);
            }
            for m in measures {
                big(ui, format!("• {m}"), 22.0 * s);
            }
        }
    }
}
