//! The files merged into one catalogue: figures, documents, tracks and the links between measures, each checked.

use super::*;

pub(super) fn assemble(parsed: Vec<Parsed>, errors: &mut Vec<LoadError>) -> Catalogue {
    let documents = collect_documents(&parsed, errors);
    let doc_ids: HashSet<String> = documents.iter().map(|d| d.id.clone()).collect();
    let mut measures: Vec<Measure> = Vec::new();
    let mut origin: HashMap<String, (usize, usize)> = HashMap::new();
    for (fi, p) in parsed.iter().enumerate() {
        let loc = p.locator();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for m in &p.file.measures {
            let nth = seen.entry(m.id.as_str()).or_insert(0);
            let offset = loc.offset_of(&m.id, *nth);
            *nth += 1;
            if origin.contains_key(&m.id) {
                errors.push(
                    loc.error(
                        loc.line_col(offset),
                        "id",
                        format!("duplicate measure id '{}'", m.id),
                    )
                    .with(Problem::DuplicateId(m.id.clone())),
                );
                continue;
            }
            if let Some(m) = validate_measure(m.clone(), &loc, offset, &doc_ids, errors) {
                origin.insert(m.id.clone(), (fi, offset));
                measures.push(m);
            }
        }
    }
    let mut catalogue = Catalogue::new(documents, measures, Vec::new());
    for p in &parsed {
        let loc = p.locator();
        apply_amendments(&mut catalogue, &p.file.amend, &loc, &doc_ids, errors);
        apply_steps(&mut catalogue, &p.file.steps, &loc, &doc_ids, errors);
        apply_timing(&mut catalogue, &p.file.timing, &loc, &doc_ids, errors);
        apply_corrections(&mut catalogue, &p.file.corrections, &loc, &doc_ids, errors);
    }
    let tracks = collect_tracks(&parsed, &mut catalogue, &doc_ids, errors);
    catalogue.tracks = tracks;
    catalogue.figures = collect_figures(&parsed, &catalogue, &doc_ids, errors);
    check_links(&mut catalogue, &parsed, &origin, errors);
    catalogue
}

pub(super) fn collect_figures(
    parsed: &[Parsed],
    catalogue: &Catalogue,
    doc_ids: &HashSet<String>,
    errors: &mut Vec<LoadError>,
) -> Vec<crate::catalogue::figures::Figure> {
    let mut figures: Vec<crate::catalogue::figures::Figure> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for p in parsed {
        let loc = p.locator();
        for f in &p.file.figures {
            let pos = loc.quoted(&f.id, 0, 0);
            let problem = if seen.contains(&f.id) {
                Some(("id", format!("duplicate figure id '{}'", f.id)))
            } else if !doc_ids.contains(&f.source.doc) {
                Some((
                    "source.doc",
                    format!("figure '{}': unknown document '{}'", f.id, f.source.doc),
                ))
            } else {
                crate::catalogue::figures::check(f)
                    .err()
                    .map(|(field, msg)| (field, format!("figure '{}': {msg}", f.id)))
            };
            if let Some((field, msg)) = problem {
                errors.push(loc.error(pos, field, msg));
                continue;
            }
            let mut f = f.clone();
            f.measures.retain(|id| {
                let known = catalogue.get(id).is_some();
                if !known {
                    errors.push(
                        loc.error(
                            loc.quoted(id, 0, 0),
                            "measures",
                            format!("figure '{}' names unknown measure '{id}'", f.id),
                        )
                        .with(Problem::UnknownReference(id.clone())),
                    );
                }
                known
            });
            seen.insert(f.id.clone());
            figures.push(f);
        }
    }
    figures
}

pub(super) fn collect_documents(parsed: &[Parsed], errors: &mut Vec<LoadError>) -> Vec<Document> {
    let mut docs: Vec<Document> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for p in parsed {
        let loc = p.locator();
        for d in &p.file.documents {
            if !seen.insert(d.id.clone()) {
                let pos = loc.quoted(&d.id, 0, 0);
                errors.push(
                    loc.error(pos, "id", format!("duplicate document id '{}'", d.id))
                        .with(Problem::DuplicateId(d.id.clone())),
                );
            } else {
                docs.push(d.clone());
            }
        }
    }
    docs
}

pub(super) fn collect_tracks(
    parsed: &[Parsed],
    catalogue: &mut Catalogue,
    doc_ids: &HashSet<String>,
    errors: &mut Vec<LoadError>,
) -> Vec<Track> {
    let mut tracks: Vec<Track> = Vec::new();
    for p in parsed {
        let loc = p.locator();
        for t in &p.file.tracks {
            let pos = loc.quoted(&t.title, 0, 0);
            if !(1..=5).contains(&t.number) || tracks.iter().any(|x| x.number == t.number) {
                errors.push(
                    loc.error(
                        pos,
                        "number",
                        format!("track {} is out of range or repeated", t.number),
                    )
                    .with(Problem::OutOfRange),
                );
                continue;
            }
            if !doc_ids.contains(&t.source.doc) {
                errors.push(
                    loc.error(
                        pos,
                        "source.doc",
                        format!("unknown document '{}'", t.source.doc),
                    )
                    .with(Problem::UnknownReference(t.source.doc.clone())),
                );
            }
            let mut track = t.clone();
            track.measures.retain(|id| match catalogue.position(id) {
                Some(i) => {
                    catalogue.measures[i].tracks.push(t.number);
                    true
                }
                None => {
                    errors.push(
                        loc.error(
                            loc.quoted(id, 0, 0),
                            "measures",
                            format!("track {} names unknown measure '{id}'", t.number),
                        )
                        .with(Problem::UnknownReference(id.clone())),
                    );
                    false
                }
            });
            tracks.push(track);
        }
    }
    tracks.sort_by_key(|t| t.number);
    tracks
}

/// Drop links to measures that do not exist, reporting each where the measure is written.
pub(super) fn check_links(
    catalogue: &mut Catalogue,
    parsed: &[Parsed],
    origin: &HashMap<String, (usize, usize)>,
    errors: &mut Vec<LoadError>,
) {
    let ids: HashSet<String> = catalogue.measures.iter().map(|m| m.id.clone()).collect();
    for m in &mut catalogue.measures {
        m.links.retain(|l| {
            if ids.contains(&l.to) {
                return true;
            }
            let (path, pos) = match origin.get(&m.id) {
                Some(&(fi, off)) => {
                    let p = &parsed[fi];
                    let loc = p.locator();
                    (p.path.clone(), loc.quoted(&l.to, off, 0))
                }
                None => (PathBuf::from("?"), (1, 1)),
            };
            errors.push(
                LoadError::new(
                    &path,
                    pos,
                    "links.to",
                    format!("measure '{}' links to unknown measure '{}'", m.id, l.to),
                )
                .with(Problem::UnknownReference(l.to.clone())),
            );
            false
        });
    }
}
