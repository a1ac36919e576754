//! Every text the UI shows, in one place, so that an English table can follow: labels, and the
//! words for the model's data (verdicts, hints, needs, months, lead times).

use crate::catalogue::search::EffectClass;
use crate::catalogue::{Catalogue, Direction, InstrumentKind, Status, Stream, Term};
use crate::effect::{Hint, HintKind, Lean, Needs, Strength, Verdict, VerdictKind};
use crate::month::{DUTCH_NAMES, Date, Month};

mod catalogue;
mod en;
mod files;
mod format;
mod hints;
mod nl;
mod office;
mod slides;
mod table;
#[cfg(test)]
mod tests;
mod verdict;

pub use catalogue::*;
pub use en::EN;
pub use files::*;
pub use format::*;
pub use hints::*;
pub use nl::NL;
pub use office::*;
pub use slides::*;
pub use table::{OwnCatalogue, Strings, WorkbookWords};
pub use verdict::*;

/// The language Knoppen speaks: Dutch by default, English for colleagues who read it. The
/// catalogue's content stays Dutch in both.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The code for HTML's `lang` and the command line: "nl", "en".
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// "nl" or "en" (any case) → the language.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "nl" | "nederlands" | "dutch" => Some(Lang::Nl),
            "en" | "english" | "engels" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's own name, as on the switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }
}

thread_local! {
    /// Per thread, so that tests running side by side cannot change each other's language;
    /// the app draws (and the CLI runs) on one thread.
    static LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::Nl) };
}

/// Speak `lang` from now on (on this thread).
pub fn set_lang(lang: Lang) {
    LANG.with(|l| l.set(lang));
}

/// The language spoken now.
pub fn lang() -> Lang {
    LANG.with(std::cell::Cell::get)
}

/// The Dutch or the English of something with a word order or a count: both must be given.
pub fn pick<T>(nl: T, en: T) -> T {
    match lang() {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// The strings of the current language.
impl Strings {
    /// The heading of a notes page in the hand-out.
    pub fn handout_notes(&self, slide: usize) -> String {
        pick(
            format!("Notities bij dia {slide}"),
            format!("Notes for slide {slide}"),
        )
    }

    /// "… en 3 meer (in de notitie)".
    pub fn and_more(&self, n: u32) -> String {
        pick(
            format!("… en {n} meer (in de notitie)"),
            format!("… and {n} more (in the note)"),
        )
    }
}

pub fn t() -> &'static Strings {
    match lang() {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}
