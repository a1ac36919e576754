//! Presenter mode's state: the deck, where we are in it, and the clicker's commands.

use super::screens::{self, Decision, Placement, Reason, Setup};
use crate::present::Slide;

/// Presenter mode's keys, as commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlideCommand {
    Next,
    Previous,
    First,
    Last,
    /// Go to slide n (1-based).
    GoTo(usize),
    ToggleBlank,
    ToggleGrid,
    TogglePresenterView,
    /// The presenter view's own close button.
    ClosePresenterView,
    /// A digit typed towards "number + Enter".
    Digit(u8),
    /// Enter: jump to the typed number.
    Jump,
    /// Esc: close the overview, or leave presenter mode.
    Back,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Presentation {
    pub slides: Vec<Slide>,
    pub index: usize,
    /// B blanks the screen (and back).
    pub blank: bool,
    /// G shows the overview grid.
    pub grid: bool,
    /// Digits typed before Enter, to jump to a slide.
    pub typed: String,
    /// P opens a presenter view in a second window: the next slide and the notes.
    pub presenter_view: bool,
    /// Where the presenter view is: on a screen the slides are not on.
    pub presenter_at: Option<Placement>,
    /// Why the presenter view did not open (or closed), shown until the next key.
    pub view_refused: Option<Refusal>,
    /// When the deck started, on egui's clock (seconds).
    pub started: f64,
    /// Esc was pressed once: a second Esc leaves (a stray key must not end a briefing).
    pub confirm_leave: bool,
    /// P was pressed once: the slide warns that a mirrored screen would show the notes; a
    /// second P opens the presenter view, if there is a second screen for it.
    pub confirm_presenter_view: bool,
}

/// The presenter view stayed shut, or was shut, because the notes could reach the room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refusal {
    pub reason: Reason,
    /// It was open and closed when the screens changed.
    pub closed: bool,
}

/// Whether presenter mode goes on after a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    Leave,
}

impl Presentation {
    pub fn new(slides: Vec<Slide>) -> Self {
        Self {
            slides,
            index: 0,
            blank: false,
            grid: false,
            typed: String::new(),
            presenter_view: false,
            presenter_at: None,
            view_refused: None,
            started: 0.0,
            confirm_leave: false,
            confirm_presenter_view: false,
        }
    }

    pub fn current(&self) -> Option<&Slide> {
        self.slides.get(self.index)
    }

    fn go(&mut self, index: usize) {
        self.index = index.min(self.slides.len().saturating_sub(1));
    }

    fn close_view(&mut self) {
        self.presenter_view = false;
        self.presenter_at = None;
    }

    /// Apply a key; `screens` is what the platform last saw, for the presenter view.
    pub fn apply(&mut self, c: SlideCommand, screens: &Setup) -> Outcome {
        // A question stands only until the next key.
        let (leave, view) = (self.confirm_leave, self.confirm_presenter_view);
        self.confirm_leave = false;
        self.confirm_presenter_view = false;
        self.view_refused = None;
        match c {
            SlideCommand::Back if self.grid => self.grid = false,
            SlideCommand::Back if leave => return Outcome::Leave,
            SlideCommand::Back => self.confirm_leave = true,
            SlideCommand::TogglePresenterView | SlideCommand::ClosePresenterView
                if self.presenter_view =>
            {
                self.close_view();
            }
            SlideCommand::ClosePresenterView => {}
            SlideCommand::TogglePresenterView if view => match screens::decide(screens) {
                Decision::Open(at) => {
                    self.presenter_view = true;
                    self.presenter_at = Some(at);
                }
                Decision::DontOpen(reason) => {
                    self.view_refused = Some(Refusal {
                        reason,
                        closed: false,
                    });
                }
            },
            SlideCommand::TogglePresenterView => self.confirm_presenter_view = true,
            SlideCommand::Next => self.go(self.index + 1),
            SlideCommand::Previous => self.go(self.index.saturating_sub(1)),
            SlideCommand::First => self.go(0),
            SlideCommand::Last => self.go(usize::MAX),
            SlideCommand::GoTo(n) => self.go(n.saturating_sub(1)),
            SlideCommand::ToggleBlank => self.blank = !self.blank,
            SlideCommand::ToggleGrid => self.grid = !self.grid,
            SlideCommand::Digit(d) => {
                if self.typed.len() < 4 {
                    self.typed.push(char::from(b'0' + d.min(9)));
                }
            }
            SlideCommand::Jump => {
                if let Ok(n) = self.typed.parse::<usize>()
                    && n >= 1
                {
                    self.go(n - 1);
                    self.grid = false;
                }
                self.typed.clear();
            }
        }
        Outcome::Stay
    }

    /// The screens changed (a projector unplugged, a mirror switched on): an open presenter
    /// view moves with them, or closes where it would reach the room.
    pub fn screens_changed(&mut self, screens: &Setup) {
        if !self.presenter_view {
            return;
        }
        match screens::decide(screens) {
            Decision::Open(at) => self.presenter_at = Some(at),
            Decision::DontOpen(reason) => {
                self.close_view();
                self.view_refused = Some(Refusal {
                    reason,
                    closed: true,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Presentation {
        fn apply_key(&mut self, c: SlideCommand) -> Outcome {
            self.apply(c, &Setup::default())
        }
    }

    fn deck(n: usize) -> Presentation {
        let slide = |i: usize| Slide::Title {
            title: format!("{i}"),
            subtitle: String::new(),
        };
        Presentation::new((0..n).map(slide).collect())
    }

    #[test]
    fn clicker_moves_within_the_deck() {
        let mut p = deck(3);
        p.apply_key(SlideCommand::Previous);
        assert_eq!(p.index, 0);
        for _ in 0..5 {
            p.apply_key(SlideCommand::Next);
        }
        assert_eq!(p.index, 2);
        p.apply_key(SlideCommand::First);
        assert_eq!(p.index, 0);
    }

    #[test]
    fn number_and_enter_jump() {
        let mut p = deck(12);
        p.apply_key(SlideCommand::Digit(1));
        p.apply_key(SlideCommand::Digit(1));
        p.apply_key(SlideCommand::Jump);
        assert_eq!(p.index, 10);
        assert!(p.typed.is_empty());
    }

    #[test]
    fn esc_closes_the_overview_before_leaving() {
        let mut p = deck(2);
        p.apply_key(SlideCommand::ToggleGrid);
        assert_eq!(p.apply_key(SlideCommand::Back), Outcome::Stay);
        assert!(!p.grid);
        assert_eq!(p.apply_key(SlideCommand::Back), Outcome::Stay, "asks first");
        assert_eq!(p.apply_key(SlideCommand::Back), Outcome::Leave);
    }

    fn screens(areas: &[screens::Area]) -> Setup {
        Setup {
            screens: screens::Screens::Known(areas.to_vec()),
            window: areas.first().copied(),
        }
    }

    const LAPTOP: screens::Area = screens::Area::new(0.0, 0.0, 1366.0, 768.0);
    const BEAMER: screens::Area = screens::Area::new(1366.0, 0.0, 1920.0, 1080.0);

    #[test]
    fn the_second_p_opens_the_view_only_on_a_second_screen() {
        let mut p = deck(3);
        let one = screens(&[LAPTOP]);
        p.apply(SlideCommand::TogglePresenterView, &one);
        assert!(p.confirm_presenter_view && !p.presenter_view);
        p.apply(SlideCommand::TogglePresenterView, &one);
        assert!(!p.presenter_view && p.presenter_at.is_none());
        assert_eq!(
            p.view_refused,
            Some(Refusal {
                reason: Reason::OneScreen,
                closed: false
            })
        );
        // The answer stands until the next key.
        p.apply_key(SlideCommand::Next);
        assert_eq!(p.view_refused, None);
        let two = screens(&[LAPTOP, BEAMER]);
        p.apply(SlideCommand::TogglePresenterView, &two);
        p.apply(SlideCommand::TogglePresenterView, &two);
        assert!(p.presenter_view);
        assert_eq!(p.presenter_at.map(|a| a.screen), Some(BEAMER));
        // Its own close button shuts it; a stray close changes nothing.
        p.apply(SlideCommand::ClosePresenterView, &two);
        assert!(!p.presenter_view && p.presenter_at.is_none());
        p.apply(SlideCommand::ClosePresenterView, &two);
        assert!(!p.presenter_view && !p.confirm_presenter_view);
    }

    #[test]
    fn the_view_closes_when_its_screen_goes() {
        let mut p = deck(3);
        let two = screens(&[LAPTOP, BEAMER]);
        p.apply(SlideCommand::TogglePresenterView, &two);
        p.apply(SlideCommand::TogglePresenterView, &two);
        assert!(p.presenter_view);
        p.screens_changed(&two);
        assert!(p.presenter_view);
        p.screens_changed(&screens(&[LAPTOP, LAPTOP]));
        assert!(!p.presenter_view);
        assert_eq!(
            p.view_refused,
            Some(Refusal {
                reason: Reason::Mirrored,
                closed: true
            })
        );
    }
}
