//! What later files add to earlier measures: amendments, status steps, timing and the user's corrections.

use super::*;

pub(super) fn apply_amendments(
    catalogue: &mut Catalogue,
    amends: &[Amendment],
    loc: &Locator,
    doc_ids: &HashSet<String>,
    errors: &mut Vec<LoadError>,
) {
    for a in amends {
        let pos = loc.quoted(&a.id, 0, 0);
        match amendment_refusal(catalogue, a, doc_ids) {
            Some((field, message, problem)) => {
                errors.push(loc.error(pos, field, message).with(problem));
            }
            None => {
                let Some(i) = catalogue.position(&a.id) else {
                    continue;
                };
                for (field, message, problem) in amend(&mut catalogue.measures[i], a) {
                    errors.push(loc.error(pos, field, message).with(problem));
                }
            }
        }
    }
}

/// Why an amendment is left out whole: no such measure, or a source that is missing or names
/// an unknown document.
fn amendment_refusal(
    catalogue: &Catalogue,
    a: &Amendment,
    doc_ids: &HashSet<String>,
) -> Option<(&'static str, String, Problem)> {
    if catalogue.position(&a.id).is_none() {
        return Some((
            "amend.id",
            format!("no measure '{}' to amend", a.id),
            Problem::UnknownReference(a.id.clone()),
        ));
    }
    if let Some(s) = a.sources.iter().find(|s| !doc_ids.contains(&s.doc)) {
        return Some((
            "amend.sources.doc",
            format!("unknown document '{}'", s.doc),
            Problem::UnknownReference(s.doc.clone()),
        ));
    }
    a.sources.is_empty().then(|| {
        (
            "amend.sources",
            format!("amendment of '{}' has no source", a.id),
            Problem::MissingValue,
        )
    })
}

/// Add what the amendment brings to the measure; what cannot be added is returned as problems
/// (the rest is added).
fn amend(m: &mut Measure, a: &Amendment) -> Vec<(&'static str, String, Problem)> {
    let mut problems = Vec::new();
    m.sources.extend(a.sources.iter().cloned());
    m.sections.extend(a.sections.iter().cloned());
    m.links.extend(a.links.iter().cloned());
    m.notes.extend(a.notes.iter().cloned());
    m.reach
        .extend(a.reach.iter().filter(|r| reach_ok(r.value)).cloned());
    if a.reach.iter().any(|r| !reach_ok(r.value)) {
        problems.push((
            "amend.reach.value",
            "a reach number is not a count of people".into(),
            Problem::OutOfRange,
        ));
    }
    if let Some(kind) = a.variant_kind {
        m.variant_kind = kind;
    }
    for v in &a.variants {
        if m.variants.iter().any(|x| x.key == v.key) {
            problems.push((
                "amend.variants.key",
                format!("variant '{}' already exists", v.key),
                Problem::DuplicateId(v.key.clone()),
            ));
        } else {
            m.variants.push(v.clone());
        }
    }
    for min in &a.ministries {
        if !m.ministries.contains(min) {
            m.ministries.push(min.clone());
        }
    }
    match (&m.cost, &a.cost) {
        (None, Some(c)) => m.cost = Some(c.clone()),
        (Some(old), Some(new)) if old != new => problems.push((
            "amend.cost",
            format!("'{}' already has cost '{old}'", a.id),
            Problem::Other,
        )),
        _ => {}
    }
    problems
}

pub(super) fn apply_steps(
    catalogue: &mut Catalogue,
    steps: &[Step],
    loc: &Locator,
    doc_ids: &HashSet<String>,
    errors: &mut Vec<LoadError>,
) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut touched: HashSet<usize> = HashSet::new();
    for s in steps {
        let nth = seen.entry(s.measure.as_str()).or_insert(0);
        let pos = loc.quoted(&s.measure, 0, *nth);
        *nth += 1;
        if !doc_ids.contains(&s.source.doc) {
            errors.push(
                loc.error(
                    pos,
                    "steps.source.doc",
                    format!("unknown document '{}'", s.source.doc),
                )
                .with(Problem::UnknownReference(s.source.doc.clone())),
            );
            continue;
        }
        match catalogue.position(&s.measure) {
            Some(i) => {
                catalogue.measures[i].lineage.push(s.clone());
                touched.insert(i);
            }
            None => errors.push(
                loc.error(
                    pos,
                    "steps.measure",
                    format!("no measure '{}' for this step", s.measure),
                )
                .with(Problem::UnknownReference(s.measure.clone())),
            ),
        }
    }
    // Sorted once at the end, not after every step: a file of 20,000 steps stays linear.
    // The sort is stable, so steps of one date keep the order the sources give.
    for i in touched {
        catalogue.measures[i]
            .lineage
            .sort_by(|a, b| a.date.cmp(&b.date));
    }
}

pub(super) fn apply_timing(
    catalogue: &mut Catalogue,
    timing: &[Timing],
    loc: &Locator,
    doc_ids: &HashSet<String>,
    errors: &mut Vec<LoadError>,
) {
    for t in timing {
        let pos = loc.quoted(&t.measure, 0, 0);
        let problem = if !doc_ids.contains(&t.source.doc) {
            Some((
                "timing.source.doc",
                format!("unknown document '{}'", t.source.doc),
            ))
        } else if let (Some(a), Some(b)) = (t.lead_months_min, t.lead_months_max)
            && a > b
        {
            Some((
                "timing.lead_months_max",
                format!("'{}': maximum {b} is below minimum {a}", t.measure),
            ))
        } else if t
            .earliest
            .as_deref()
            .is_some_and(|e| crate::month::Month::parse(e).is_none())
        {
            Some((
                "timing.earliest",
                format!("'{}': earliest must be YYYY-MM", t.measure),
            ))
        } else {
            None
        };
        if let Some((field, msg)) = problem {
            errors.push(loc.error(pos, field, msg));
            continue;
        }
        match catalogue.position(&t.measure) {
            Some(i) if catalogue.measures[i].timing.is_some() => {
                errors.push(
                    loc.error(
                        pos,
                        "timing.measure",
                        format!("'{}' has timing twice", t.measure),
                    )
                    .with(Problem::DuplicateId(t.measure.clone())),
                );
            }
            Some(i) => catalogue.measures[i].timing = Some(t.clone()),
            None => errors.push(
                loc.error(
                    pos,
                    "timing.measure",
                    format!("no measure '{}' for this timing", t.measure),
                )
                .with(Problem::UnknownReference(t.measure.clone())),
            ),
        }
    }
}

pub(super) fn apply_corrections(
    catalogue: &mut Catalogue,
    corrections: &[Correction],
    loc: &Locator,
    doc_ids: &HashSet<String>,
    errors: &mut Vec<LoadError>,
) {
    for c in corrections {
        let pos = loc.quoted(&c.measure, 0, 0);
        let field = c.field.id();
        let value = c.value.trim();
        let problem = if !doc_ids.contains(&c.source.doc) {
            Some(format!("unknown document '{}'", c.source.doc))
        } else if value.is_empty() {
            Some(format!("the new {field} is empty"))
        } else if c.field == CorrectedField::Effect && Direction::from_symbol(value).is_none() {
            Some(format!(
                "'{value}' is not a standard effect symbol (+, -, --, 0, 0/-, Mogelijk +, PM)"
            ))
        } else {
            None
        };
        if let Some(msg) = problem {
            errors.push(loc.error(pos, &format!("corrections.{field}"), msg));
            continue;
        }
        let Some(i) = catalogue.position(&c.measure) else {
            errors.push(loc.error(
                pos,
                "corrections.measure",
                format!("no measure '{}' to correct", c.measure),
            ));
            continue;
        };
        let m = &mut catalogue.measures[i];
        let value = value.to_owned();
        let before = match c.field {
            CorrectedField::Title => std::mem::replace(&mut m.title, value.clone()),
            CorrectedField::Summary => std::mem::replace(&mut m.summary, value.clone()),
            CorrectedField::Implementation => {
                std::mem::replace(&mut m.implementation, value.clone())
            }
            CorrectedField::Cost => m.cost.replace(value.clone()).unwrap_or_default(),
            CorrectedField::Effect => {
                let before = m.effect_text();
                m.effect = Some(Effect {
                    symbol: value.clone(),
                    direction: None,
                    prose: None,
                });
                before
            }
            CorrectedField::Horizon => {
                let terms = terms_in(&value);
                let old = std::mem::replace(
                    &mut m.horizon,
                    Horizon {
                        text: value.clone(),
                        terms,
                    },
                );
                old.text
            }
        };
        m.corrections.push(AppliedCorrection {
            field: c.field,
            before,
            after: value,
            source: c.source.clone(),
        });
        m.sources.push(c.source.clone());
    }
}
