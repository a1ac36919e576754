//! Sentences built for the Office files (the fixed words are in the table's `book`).

use super::*;

/// Under a package's workbook tables: "Pakket: naam, datum. Gemaakt met Knoppen."
pub fn book_package_line(name: &str, date: &str) -> String {
    pick(
        format!("Pakket: {name}, {date}. Gemaakt met Knoppen."),
        format!("Package: {name}, {date}. Made with Knoppen."),
    )
}

/// "Besluitdatum: maart 2027."
pub fn book_decision_line(date: &str) -> String {
    pick(
        format!("Besluitdatum: {date}."),
        format!("Decision date: {date}."),
    )
}

/// "Alles kan in werking zijn: december 2031 — bepaald door ‘…’." for the note and the
/// workbook alike; the title quoted, so its own brackets stay its own.
pub fn in_force_line(date: &str, by: &str) -> String {
    let t = t();
    format!(
        "{}: {date} — {} ‘{by}’.",
        t.all_in_force,
        t.decided_by.to_lowercase()
    )
}
