//! Everything a user can ask of Knoppen, as data. Views and the keyboard push [`Command`]s; one
//! function (`app::apply`) carries them out. The commands a user can give by name — from a menu,
//! a button or a key — are in one table here ([`UiCommand`]) with their label, hover text and
//! shortcuts, so a menu, its tooltip and the keyboard cannot disagree.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::package::Edit;
use crate::strings::t;

/// The view in the centre of the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CenterView {
    Fiche,
    Figures,
    Timeline,
    Compare,
    /// The source documents: a cited passage in its context.
    Reader,
}

/// The answer to "save changes first?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmChoice {
    Save,
    DontSave,
    Cancel,
}

/// Which deck presenter mode shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deck {
    /// The package, measure by measure (the five tracks when the package is empty).
    Package,
    /// The catalogue by track.
    Tracks,
}

/// A note's file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteFormat {
    Markdown,
    Html,
    /// A Word document (.docx).
    Word,
}

/// What a file picked in an open dialog is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenPurpose {
    /// Replace the package.
    Open,
    /// Put it beside the package in the comparison.
    Compare,
    /// A colleague's catalogue additions, to import.
    ImportAdditions,
}

/// What a file picked in a save dialog is for.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveTarget {
    Package,
    Note(NoteFormat),
    /// One figure as CSV (figure id).
    FigureCsv(String),
    /// A chart as a picture, drawn on its own with its title, unit and source.
    ChartPng(Chart),
    /// The deck as a PDF hand-out.
    Handout,
    /// The deck as PowerPoint.
    Pptx,
    /// The package's tables as an Excel workbook.
    Workbook,
    /// One figure as an Excel workbook (figure id).
    FigureXlsx(String),
    /// The user's catalogue additions, to share.
    Additions,
}

/// A chart that can be saved as a picture.
#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    /// An annex figure (figure id).
    Figure(String),
    /// The package's implementation timeline.
    Timeline,
}

/// What a file write was for; its result comes back with it.
#[derive(Debug, Clone, PartialEq)]
pub enum WritePurpose {
    Package,
    /// The recovery copy of unsaved work.
    Autosave,
    Note,
    FigureCsv,
    ChartPng,
    Handout,
    Pptx,
    Workbook,
    FigureXlsx,
    /// The user's own catalogue file.
    Additions,
    /// The additions written to share.
    AdditionsExport,
}

pub use crate::state::presentation::SlideCommand;

/// Something the user asked for, or the answer to something the app asked the platform.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    // The catalogue and the centre.
    /// Show this measure's fiche (index into the catalogue).
    Select(usize),
    SelectNext,
    SelectPrevious,
    /// Put the selected measure in the package, or take it out.
    ToggleSelected,
    FocusSearch,
    /// Exported notes hold the meeting's own notes (or not).
    SetPrivateNotes(bool),
    /// F2: the package's name field, the panel opened for it.
    FocusPackageName,
    /// The name field has the keyboard (asked for once the panel is drawn).
    PackageNameFocused,
    /// Esc in the catalogue: first the search text, then the filters.
    ClearSearch,
    View(CenterView),
    /// Show this figure (index into the catalogue's figures).
    ShowFigure(usize),
    ToggleTheme,
    /// Speak this language from now on (remembered in the settings).
    SetLanguage(crate::strings::Lang),
    /// Fold the package panel to a slim summary, or unfold it.
    TogglePackagePanel,
    /// Give the centre the whole width, or bring the side panels back.
    ToggleFocus,
    /// Open the reader at a source's passage: the document's id, the cited line, and the
    /// words to highlight (a source's quote or a search), else the line itself.
    OpenSource {
        doc: String,
        line: usize,
        quote: Option<String>,
    },
    /// Show a place in a document in the reader without changing what is cited (a section,
    /// another document).
    ReadAt {
        doc: String,
        line: usize,
    },
    /// Return to the view the reader was opened from.
    Back,
    /// The list of what could not be loaded.
    ShowProblems,
    HideProblems,

    // The package.
    Edit(Edit),
    /// End a run of edits (a field lost focus, a slider was released).
    EndEditRun,
    Undo,
    Redo,
    New,
    Open,
    OpenPath(PathBuf),
    Save,
    SaveAs,
    Preset(usize),
    ComparePreset(usize),
    CompareFile,
    CompareRemove(usize),
    Confirm(ConfirmChoice),
    /// Take back the autosaved package of an earlier session.
    Recover,
    /// Throw the autosaved package away.
    DiscardRecovery,
    DismissNotice,
    ExportNote(NoteFormat),
    CopySummary,
    /// Save the deck as a PDF hand-out.
    ExportHandout,
    /// Save the deck as PowerPoint.
    ExportPptx,
    ExportFigureCsv(String),
    /// Save the package's tables (measures, verdicts, timeline) as an Excel workbook.
    ExportWorkbook,
    /// Save one figure as an Excel workbook.
    ExportFigureXlsx(String),
    /// Save a chart as PNG.
    ExportChartPng(Chart),
    /// The chart to save is drawn on its own in this rectangle (points): take the picture.
    CaptureChart(egui::Rect),

    // The user's own catalogue.
    Catalogue(CatalogueCommand),

    // Presenting.
    Present(Deck),
    /// Open the Pakket menu from the keyboard.
    OpenMenu,
    /// The menu asked for by key has opened.
    MenuOpened,
    Slide(SlideCommand),

    // The window.
    /// The user closed the window.
    CloseRequested,

    // Answers from the platform.
    /// A file chosen in an open dialog (`None`: cancelled).
    FilePicked(OpenPurpose, Option<PathBuf>),
    /// A place chosen in a save dialog (`None`: cancelled).
    SavePicked(SaveTarget, Option<PathBuf>),
    /// No open dialog could be shown on this computer.
    NoOpenDialog(OpenPurpose),
    /// No save dialog could be shown; the name it would have suggested.
    NoSaveDialog(SaveTarget, String),
    /// A package file's text, or why it could not be read.
    FileRead(
        OpenPurpose,
        PathBuf,
        Result<String, crate::catalogue::LoadError>,
    ),
    /// Whether a write succeeded.
    Written(WritePurpose, PathBuf, Result<(), String>),
    /// The screens and the window's place on them, when they change.
    Screens(crate::state::screens::Setup),
}

/// Keeping the catalogue current: the forms and the review of the user's own additions.
#[derive(Debug, Clone, PartialEq)]
pub enum CatalogueCommand {
    /// Show or hide the "update the catalogue" window.
    Show(bool),
    /// Add what a form holds (a document, a step, a new measure, a correction).
    Add(Box<crate::catalogue::additions::Draft>),
    /// Take back one of the app's own additions (a change from the review).
    Remove(Box<crate::catalogue::additions::Change>),
    /// Write the additions to the user's folder.
    Save,
    /// Write every addition to one file to share.
    Export,
    /// Import a colleague's file.
    Import,
}

/// Where a shortcut applies. Keys that mean something in a text field (arrows, Esc, Space) act on
/// the catalogue only when no other field has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Always (Ctrl+S, F5).
    Anywhere,
    /// When nothing has focus, or the catalogue's search field has.
    Catalogue,
    /// Only when nothing has focus.
    NoFocus,
    /// Unless a text field has the keyboard: there Ctrl+Z undoes the typing, not the package.
    NotTyping,
}

/// The groups of the Pakket menu, separated by a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuGroup {
    File,
    Catalogue,
    Export,
}

/// The commands a user can give by name: one row of the command table each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UiCommand {
    New,
    Open,
    Save,
    SaveAs,
    Undo,
    Redo,
    PresentPackage,
    PresentTracks,
    ExportMarkdown,
    ExportHtml,
    ExportWord,
    ExportExcel,
    ExportHandout,
    ExportPptx,
    CopySummary,
    ToggleTheme,
    ToggleLanguage,
    FocusSearch,
    RenamePackage,
    SelectNext,
    SelectPrevious,
    ClearSearch,
    ToggleSelected,
    TogglePackagePanel,
    FocusMode,
    UpdateCatalogue,
    OpenMenu,
    ViewFiche,
    ViewFigures,
    ViewTimeline,
    ViewCompare,
    ViewReader,
    Back,
}

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}
const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

impl UiCommand {
    pub const ALL: [UiCommand; 33] = [
        UiCommand::New,
        UiCommand::Open,
        UiCommand::Save,
        UiCommand::SaveAs,
        UiCommand::Undo,
        UiCommand::Redo,
        UiCommand::PresentPackage,
        UiCommand::PresentTracks,
        UiCommand::ExportMarkdown,
        UiCommand::ExportHtml,
        UiCommand::ExportWord,
        UiCommand::ExportExcel,
        UiCommand::ExportHandout,
        UiCommand::ExportPptx,
        UiCommand::CopySummary,
        UiCommand::ToggleTheme,
        UiCommand::ToggleLanguage,
        UiCommand::FocusSearch,
        UiCommand::RenamePackage,
        UiCommand::SelectNext,
        UiCommand::SelectPrevious,
        UiCommand::ClearSearch,
        UiCommand::ToggleSelected,
        UiCommand::TogglePackagePanel,
        UiCommand::FocusMode,
        UiCommand::UpdateCatalogue,
        UiCommand::OpenMenu,
        UiCommand::ViewFiche,
        UiCommand::ViewFigures,
        UiCommand::ViewTimeline,
        UiCommand::ViewCompare,
        UiCommand::ViewReader,
        UiCommand::Back,
    ];

    /// The label on a button or menu item.
    pub fn label(self) -> &'static str {
        let s = t();
        match self {
            UiCommand::New => s.new,
            UiCommand::Open => s.open,
            UiCommand::Save => s.save,
            UiCommand::SaveAs => s.save_as,
            UiCommand::Undo => s.undo,
            UiCommand::Redo => s.redo,
            UiCommand::PresentPackage => s.present,
            UiCommand::PresentTracks => s.present_tracks,
            UiCommand::ExportMarkdown => s.export_md,
            UiCommand::ExportHtml => s.export_html,
            UiCommand::ExportWord => s.export_word,
            UiCommand::ExportExcel => s.export_excel,
            UiCommand::ExportHandout => s.export_handout,
            UiCommand::ExportPptx => s.export_pptx,
            UiCommand::CopySummary => s.copy_summary,
            UiCommand::ToggleTheme => s.theme_toggle,
            UiCommand::ToggleLanguage => s.other_language,
            UiCommand::FocusSearch => s.search_label,
            UiCommand::RenamePackage => s.package_name,
            UiCommand::SelectNext => s.select_next,
            UiCommand::SelectPrevious => s.select_previous,
            UiCommand::ClearSearch => s.clear_search,
            UiCommand::ToggleSelected => s.in_package,
            UiCommand::TogglePackagePanel => s.collapse_package,
            UiCommand::FocusMode => s.focus_mode,
            UiCommand::UpdateCatalogue => crate::additions_text::t().menu,
            UiCommand::OpenMenu => s.menu_package,
            UiCommand::ViewFiche => s.fiche_tab,
            UiCommand::ViewFigures => s.figures_tab,
            UiCommand::ViewTimeline => s.timeline,
            UiCommand::ViewCompare => s.compare,
            UiCommand::ViewReader => s.reader_tab,
            UiCommand::Back => s.reader_back,
        }
    }

    /// What the command does, for hover texts.
    pub fn tooltip(self) -> &'static str {
        let s = t();
        match self {
            UiCommand::New => s.tip_new,
            UiCommand::Open => s.tip_open,
            UiCommand::Save => s.tip_save,
            UiCommand::SaveAs => s.tip_save_as,
            UiCommand::Undo => s.tip_undo,
            UiCommand::Redo => s.tip_redo,
            UiCommand::PresentPackage => s.tip_present,
            UiCommand::PresentTracks => s.tip_present_tracks,
            UiCommand::ExportMarkdown => s.tip_export_md,
            UiCommand::ExportHtml => s.tip_export_html,
            UiCommand::ExportWord => s.tip_export_word,
            UiCommand::ExportExcel => s.tip_export_excel,
            UiCommand::ExportHandout => s.tip_export_handout,
            UiCommand::ExportPptx => s.tip_export_pptx,
            UiCommand::CopySummary => s.tip_copy_summary,
            UiCommand::ToggleTheme => s.tip_theme,
            UiCommand::ToggleLanguage => s.tip_language,
            UiCommand::FocusSearch => s.search_hint,
            UiCommand::RenamePackage => s.tip_rename_package,
            UiCommand::SelectNext => s.select_next,
            UiCommand::SelectPrevious => s.select_previous,
            UiCommand::ClearSearch => s.clear_search,
            UiCommand::ToggleSelected => s.tip_toggle_selected,
            UiCommand::TogglePackagePanel => s.tip_collapse_package,
            UiCommand::FocusMode => s.tip_focus_mode,
            UiCommand::UpdateCatalogue => crate::additions_text::t().tip_menu,
            UiCommand::OpenMenu => s.tip_open_menu,
            UiCommand::ViewFiche
            | UiCommand::ViewFigures
            | UiCommand::ViewTimeline
            | UiCommand::ViewCompare
            | UiCommand::ViewReader => s.tip_view,
            UiCommand::Back => s.tip_reader_back,
        }
    }

    /// The keys that give the command; the first is the one shown in menus.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        const NONE: Modifiers = Modifiers::NONE;
        match self {
            UiCommand::New => vec![key(CMD, Key::N)],
            UiCommand::Open => vec![key(CMD, Key::O)],
            UiCommand::Save => vec![key(CMD, Key::S)],
            UiCommand::SaveAs => vec![key(CMD_SHIFT, Key::S)],
            UiCommand::Undo => vec![key(CMD, Key::Z)],
            UiCommand::Redo => vec![key(CMD_SHIFT, Key::Z), key(CMD, Key::Y)],
            UiCommand::PresentPackage => vec![key(NONE, Key::F5)],
            UiCommand::PresentTracks => vec![key(Modifiers::SHIFT, Key::F5)],
            UiCommand::FocusSearch => vec![key(CMD, Key::F)],
            // F2: renaming, as in every Windows program.
            UiCommand::RenamePackage => vec![key(NONE, Key::F2)],
            UiCommand::SelectNext => vec![key(NONE, Key::ArrowDown)],
            UiCommand::SelectPrevious => vec![key(NONE, Key::ArrowUp)],
            UiCommand::ClearSearch => vec![key(NONE, Key::Escape)],
            UiCommand::ToggleSelected => vec![key(NONE, Key::Space), key(NONE, Key::Enter)],
            UiCommand::TogglePackagePanel => vec![key(CMD, Key::Period)],
            UiCommand::FocusMode => vec![key(NONE, Key::F11)],
            // F10 as in Windows programs; Alt+P for "Pakket".
            UiCommand::OpenMenu => vec![key(NONE, Key::F10), key(Modifiers::ALT, Key::P)],
            UiCommand::ViewFiche => vec![key(CMD, Key::Num1)],
            UiCommand::ViewFigures => vec![key(CMD, Key::Num2)],
            UiCommand::ViewTimeline => vec![key(CMD, Key::Num3)],
            UiCommand::ViewCompare => vec![key(CMD, Key::Num4)],
            UiCommand::ViewReader => vec![key(CMD, Key::Num5)],
            UiCommand::Back => vec![key(Modifiers::ALT, Key::ArrowLeft)],
            UiCommand::ExportMarkdown
            | UiCommand::ExportHtml
            | UiCommand::ExportWord
            | UiCommand::ExportExcel
            | UiCommand::ExportHandout
            | UiCommand::ExportPptx
            | UiCommand::CopySummary
            | UiCommand::UpdateCatalogue
            | UiCommand::ToggleTheme
            | UiCommand::ToggleLanguage => Vec::new(),
        }
    }

    /// Where the command stands in the Pakket menu, if it does: the menu is drawn from this
    /// table, in the table's order, so the menu and the table cannot disagree.
    pub fn menu(self) -> Option<MenuGroup> {
        match self {
            UiCommand::New | UiCommand::Open | UiCommand::Save | UiCommand::SaveAs => {
                Some(MenuGroup::File)
            }
            UiCommand::UpdateCatalogue => Some(MenuGroup::Catalogue),
            UiCommand::ExportMarkdown
            | UiCommand::ExportHtml
            | UiCommand::ExportWord
            | UiCommand::ExportExcel
            | UiCommand::ExportHandout
            | UiCommand::ExportPptx
            | UiCommand::CopySummary => Some(MenuGroup::Export),
            _ => None,
        }
    }

    /// The commands of one group of the Pakket menu, in the table's order.
    pub fn in_menu(group: MenuGroup) -> impl Iterator<Item = UiCommand> {
        Self::ALL
            .into_iter()
            .filter(move |c| c.menu() == Some(group))
    }

    pub fn scope(self) -> Scope {
        match self {
            UiCommand::SelectNext | UiCommand::SelectPrevious | UiCommand::ClearSearch => {
                Scope::Catalogue
            }
            UiCommand::ToggleSelected => Scope::NoFocus,
            UiCommand::Undo | UiCommand::Redo | UiCommand::Back => Scope::NotTyping,
            _ => Scope::Anywhere,
        }
    }

    pub fn command(self) -> Command {
        match self {
            UiCommand::New => Command::New,
            UiCommand::Open => Command::Open,
            UiCommand::Save => Command::Save,
            UiCommand::SaveAs => Command::SaveAs,
            UiCommand::Undo => Command::Undo,
            UiCommand::Redo => Command::Redo,
            UiCommand::PresentPackage => Command::Present(Deck::Package),
            UiCommand::PresentTracks => Command::Present(Deck::Tracks),
            UiCommand::ExportMarkdown => Command::ExportNote(NoteFormat::Markdown),
            UiCommand::ExportHtml => Command::ExportNote(NoteFormat::Html),
            UiCommand::ExportWord => Command::ExportNote(NoteFormat::Word),
            UiCommand::ExportExcel => Command::ExportWorkbook,
            UiCommand::ExportHandout => Command::ExportHandout,
            UiCommand::ExportPptx => Command::ExportPptx,
            UiCommand::CopySummary => Command::CopySummary,
            UiCommand::ToggleTheme => Command::ToggleTheme,
            UiCommand::ToggleLanguage => Command::SetLanguage(match crate::strings::lang() {
                crate::strings::Lang::Nl => crate::strings::Lang::En,
                crate::strings::Lang::En => crate::strings::Lang::Nl,
            }),
            UiCommand::FocusSearch => Command::FocusSearch,
            UiCommand::RenamePackage => Command::FocusPackageName,
            UiCommand::SelectNext => Command::SelectNext,
            UiCommand::SelectPrevious => Command::SelectPrevious,
            UiCommand::ClearSearch => Command::ClearSearch,
            UiCommand::ToggleSelected => Command::ToggleSelected,
            UiCommand::TogglePackagePanel => Command::TogglePackagePanel,
            UiCommand::FocusMode => Command::ToggleFocus,
            UiCommand::OpenMenu => Command::OpenMenu,
            UiCommand::ViewFiche => Command::View(CenterView::Fiche),
            UiCommand::ViewFigures => Command::View(CenterView::Figures),
            UiCommand::ViewTimeline => Command::View(CenterView::Timeline),
            UiCommand::ViewCompare => Command::View(CenterView::Compare),
            UiCommand::ViewReader => Command::View(CenterView::Reader),
            UiCommand::Back => Command::Back,
            UiCommand::UpdateCatalogue => Command::Catalogue(CatalogueCommand::Show(true)),
        }
    }

    /// "Ctrl+Shift+S" for the first shortcut, as shown in menus and hover texts.
    pub fn shortcut_text(self) -> Option<String> {
        self.shortcuts().first().map(shortcut_text)
    }

    /// The hover text: what it does, and its keys.
    pub fn hover_text(self) -> String {
        let keys: Vec<String> = self.shortcuts().iter().map(shortcut_text).collect();
        if keys.is_empty() {
            self.tooltip().to_owned()
        } else {
            format!("{} ({})", self.tooltip(), keys.join(" / "))
        }
    }
}

/// A shortcut in words the way Windows users read them ("Ctrl+Shift+Z").
pub fn shortcut_text(s: &KeyboardShortcut) -> String {
    let m = s.modifiers;
    let mut out = String::new();
    if m.command || m.ctrl {
        out.push_str("Ctrl+");
    }
    if m.alt {
        out.push_str("Alt+");
    }
    if m.shift {
        out.push_str("Shift+");
    }
    let key = match s.logical_key {
        Key::ArrowDown => "↓",
        Key::ArrowUp => "↑",
        Key::Escape => "Esc",
        Key::Period => ".",
        Key::Space => t().key_space,
        k => k.name(),
    };
    out.push_str(key);
    out
}

fn modifier_count(m: Modifiers) -> usize {
    [m.alt, m.shift, m.ctrl || m.command || m.mac_cmd]
        .into_iter()
        .filter(|b| *b)
        .count()
}

/// Every shortcut with its command, most specific first: egui matches Shift+F5 against a plain
/// F5 shortcut too, so the shifted form must be tried first.
pub fn shortcut_table() -> Vec<(KeyboardShortcut, UiCommand)> {
    let mut table: Vec<(KeyboardShortcut, UiCommand)> = UiCommand::ALL
        .iter()
        .flat_map(|c| c.shortcuts().into_iter().map(move |s| (s, *c)))
        .collect();
    table.sort_by_key(|(s, _)| std::cmp::Reverse(modifier_count(s.modifiers)));
    table
}

/// Presenter mode's keys: a clicker sends arrows, PageUp/PageDown and sometimes Space or B.
pub fn slide_command(key: Key) -> Option<SlideCommand> {
    Some(match key {
        Key::ArrowRight | Key::Space | Key::PageDown | Key::ArrowDown => SlideCommand::Next,
        Key::ArrowLeft | Key::PageUp | Key::ArrowUp | Key::Backspace => SlideCommand::Previous,
        Key::Home => SlideCommand::First,
        Key::End => SlideCommand::Last,
        Key::B | Key::Period => SlideCommand::ToggleBlank,
        Key::G => SlideCommand::ToggleGrid,
        Key::P => SlideCommand::TogglePresenterView,
        Key::Enter => SlideCommand::Jump,
        Key::Escape => SlideCommand::Back,
        k => SlideCommand::Digit(digit(k)?),
    })
}

fn digit(k: Key) -> Option<u8> {
    use Key::*;
    let keys = [Num0, Num1, Num2, Num3, Num4, Num5, Num6, Num7, Num8, Num9];
    keys.iter().position(|d| *d == k).map(|p| p as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifted_shortcuts_come_before_their_plain_forms() {
        let table = shortcut_table();
        let pos = |c: UiCommand| table.iter().position(|(_, x)| *x == c);
        assert!(pos(UiCommand::PresentTracks) < pos(UiCommand::PresentPackage));
        assert!(pos(UiCommand::Redo) < pos(UiCommand::Undo));
        assert!(pos(UiCommand::SaveAs) < pos(UiCommand::Save));
    }

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let table = shortcut_table();
        for (i, (a, ca)) in table.iter().enumerate() {
            for (b, cb) in &table[i + 1..] {
                assert!(a != b, "{ca:?} and {cb:?} share {}", shortcut_text(a));
            }
        }
    }

    #[test]
    fn hover_texts_name_the_keys() {
        assert!(
            UiCommand::Redo
                .hover_text()
                .contains("Ctrl+Shift+Z / Ctrl+Y")
        );
        assert!(UiCommand::PresentTracks.hover_text().contains("Shift+F5"));
    }

    #[test]
    fn clicker_keys() {
        assert_eq!(slide_command(Key::PageDown), Some(SlideCommand::Next));
        assert_eq!(slide_command(Key::Num7), Some(SlideCommand::Digit(7)));
        assert_eq!(slide_command(Key::Q), None);
    }
}
