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

/// "Alles kan in werking zijn: … (bepaald door …)."
pub fn book_in_force_line(date: &str, by: &str) -> String {
    pick(
        format!("Alles kan in werking zijn: {date} (bepaald door {by})."),
        format!("Everything can be in force: {date} (set by {by})."),
    )
}
