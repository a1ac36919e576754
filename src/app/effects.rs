//! What applying a command asks of the world outside the state: dialogs, files, the clipboard,
//! the window. Plain data, so tests can read what would happen; `platform` carries them out.

use std::path::PathBuf;

use crate::command::{OpenPurpose, SaveTarget, WritePurpose};

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Ask the user for a package file.
    PickOpen(OpenPurpose),
    /// Ask the user where to save, suggesting a file name.
    PickSave(SaveTarget, String),
    /// Read a package file (size-limited); the text comes back as `Command::FileRead`.
    Read(OpenPurpose, PathBuf),
    /// Write a file atomically; the result comes back as `Command::Written`.
    Write(WritePurpose, PathBuf, Vec<u8>),
    /// Remove a file, if it is there (the recovery copy once work is saved or discarded).
    Remove(PathBuf),
    /// Put text on the system clipboard.
    Copy(String),
    /// Screenshot the window and save this rectangle (points) of it as PNG.
    SaveScreenshot(egui::Rect, PathBuf),
    Window(WindowEffect),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowEffect {
    Fullscreen(bool),
    /// Keep the window open: the user is asked first.
    CancelClose,
    Close,
    /// Move keyboard focus to the catalogue's search field.
    FocusSearch,
}
