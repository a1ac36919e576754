//! Reading files safely: a size limit before reading, a byte-order mark dropped, only `.ron` files, names kept inside their folder.

use super::*;

/// Files larger than this are refused unread: no catalogue or package comes near it.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Read a text file, refusing oversized files before reading them.
pub fn read_limited(path: &Path) -> Result<String, LoadError> {
    let at_start = |msg: String| LoadError::new(path, (1, 1), "file", msg);
    let cannot_open = |msg: String| at_start(msg).with(Problem::CannotOpen);
    let too_large = |msg: String, len: u64| {
        at_start(msg).with(Problem::TooLarge {
            megabytes: len / (1024 * 1024),
            limit: MAX_FILE_BYTES / (1024 * 1024),
        })
    };
    // Before opening: a FIFO or device would block or never end.
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => {
            return Err(at_start("not a regular file".into()).with(Problem::NotAFile));
        }
        Err(e) => return Err(cannot_open(format!("cannot open: {e}"))),
        Ok(_) => {}
    }
    let file = std::fs::File::open(path).map_err(|e| cannot_open(format!("cannot open: {e}")))?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    if len > MAX_FILE_BYTES {
        return Err(too_large(
            format!(
                "file is {} MB; files over {} MB are refused",
                len / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            len,
        ));
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| cannot_open(format!("cannot read: {e}")))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(
            "file grew past the size limit while reading".into(),
            bytes.len() as u64,
        ));
    }
    String::from_utf8(bytes)
        .map_err(|e| {
            let (line, col) = line_col(
                &String::from_utf8_lossy(e.as_bytes()),
                e.utf8_error().valid_up_to(),
            );
            LoadError::new(path, (line, col), "file", "not valid UTF-8 text".into())
                .with(Problem::NotText)
        })
        .map(strip_bom)
}

/// Text without a UTF-8 byte-order mark (Windows Notepad may write one).
pub fn strip_bom(text: String) -> String {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    }
}

/// Every `*.ron` file directly in `dir`, sorted by name.
pub fn ron_files(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| LoadError::new(dir, (1, 1), "data", format!("cannot read the folder: {e}")))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    for f in &files {
        let name = f.file_name().map(PathBuf::from).unwrap_or_default();
        inside(dir, &name).map_err(|e| LoadError::new(f, (1, 1), "data", e))?;
    }
    Ok(files)
}

/// `name` within `dir`: no absolute path, no `..`, and no symlink that leads out of it.
pub fn inside(dir: &Path, name: &Path) -> Result<PathBuf, String> {
    use std::path::Component;
    if !name.components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(format!(
            "'{}' must be a plain name inside {}",
            escape_control(&name.display().to_string()),
            dir.display()
        ));
    }
    let path = dir.join(name);
    let (real_dir, real) = (std::fs::canonicalize(dir), std::fs::canonicalize(&path));
    match (real_dir, real) {
        (Ok(d), Ok(p)) if !p.starts_with(&d) => Err(format!(
            "{} leads outside {} (a symlink?)",
            path.display(),
            dir.display()
        )),
        _ => Ok(path),
    }
}
