//! Presenter mode's state: the deck, where we are in it, and the clicker's commands.

use crate::command::SlideCommand;
use crate::present::Slide;

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
    /// Esc was pressed once: a second Esc leaves (a stray key must not end a briefing).
    pub confirm_leave: bool,
    /// P was pressed once: the slide warns that a mirrored screen would show the notes; a
    /// second P opens the presenter view.
    pub confirm_presenter_view: bool,
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

    pub fn apply(&mut self, c: SlideCommand) -> Outcome {
        // A question stands only until the next key.
        let (leave, view) = (self.confirm_leave, self.confirm_presenter_view);
        self.confirm_leave = false;
        self.confirm_presenter_view = false;
        match c {
            SlideCommand::Back if self.grid => self.grid = false,
            SlideCommand::Back if leave => return Outcome::Leave,
            SlideCommand::Back => self.confirm_leave = true,
            SlideCommand::TogglePresenterView if self.presenter_view => {
                self.presenter_view = false;
            }
            SlideCommand::TogglePresenterView => {
                self.presenter_view = view;
                self.confirm_presenter_view = !view;
            }
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
        p.apply(SlideCommand::Previous);
        assert_eq!(p.index, 0);
        for _ in 0..5 {
            p.apply(SlideCommand::Next);
        }
        assert_eq!(p.index, 2);
        p.apply(SlideCommand::First);
        assert_eq!(p.index, 0);
    }

    #[test]
    fn number_and_enter_jump() {
        let mut p = deck(12);
        p.apply(SlideCommand::Digit(1));
        p.apply(SlideCommand::Digit(1));
        p.apply(SlideCommand::Jump);
        assert_eq!(p.index, 10);
        assert!(p.typed.is_empty());
    }

    #[test]
    fn esc_closes_the_overview_before_leaving() {
        let mut p = deck(2);
        p.apply(SlideCommand::ToggleGrid);
        assert_eq!(p.apply(SlideCommand::Back), Outcome::Stay);
        assert!(!p.grid);
        assert_eq!(p.apply(SlideCommand::Back), Outcome::Stay, "asks first");
        assert_eq!(p.apply(SlideCommand::Back), Outcome::Leave);
    }
}
