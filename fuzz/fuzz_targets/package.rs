//! Package parsing and validation: any bytes give a package or a located error, never a panic,
//! and what is accepted saves and reads back.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let catalogue = knoppen::catalogue::Catalogue::builtin().catalogue;
    let path = Path::new("fuzz.knoppen");
    if let Ok(opened) = knoppen::package::read(path, text, &catalogue) {
        let again = opened.package.to_ron().expect("an accepted package serialises");
        knoppen::package::parse(path, &again).expect("what was accepted reads back");
    }
});
