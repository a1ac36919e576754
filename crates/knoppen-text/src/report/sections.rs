//! The package note's sections, built from the report: what each holds and in which order.

use super::*;
use crate::strings;

impl Report {
    /// The note as a document, built once; [`Report::to_markdown`] and [`Report::to_html`]
    /// render these same sections, so the two cannot drift apart.
    pub fn note(&self) -> Note {
        let s = strings::t();
        let mut sections = vec![self.effect_section()];
        sections.extend(self.why_section());
        sections.push(self.measures_section());
        sections.extend(self.hints_section());
        sections.extend(self.reach_section());
        sections.push(self.timeline_section());
        sections.push(Section::new(
            s.what_package_needs,
            vec![
                Block::Paragraph(format!("{}.", self.needs_line())),
                Block::Paragraph(format!(
                    "{}: {}.",
                    s.ministries_as_named,
                    strings::ministries_line(&self.needs)
                )),
            ],
        ));
        if !self.unknown_ids.is_empty() {
            sections.push(Section::new(
                s.not_in_catalogue,
                vec![
                    Block::Paragraph(s.not_in_catalogue_text.into()),
                    Block::List(self.unknown_ids.iter().cloned().map(Entry::new).collect()),
                ],
            ));
        }
        sections.push(Section::new(
            s.sources,
            vec![Block::List(
                self.measures
                    .iter()
                    .map(|r| Entry::new(format!("{}: {}", r.title, r.sources.join("; "))))
                    .collect(),
            )],
        ));
        Note {
            title: self.name.clone(),
            date: self.date.clone(),
            // The date in words ("8 december 2026"); the data keeps "2026-12-08".
            intro: strings::note_intro(
                &crate::month::Date::parse(&self.date)
                    .map_or(self.date.clone(), strings::long_date),
            ),
            sections,
        }
    }

    /// Which measures push the picture up, down, or leave it unknown (by title).
    fn why_section(&self) -> Option<Section> {
        let s = strings::t();
        let title = |id: &String| {
            self.measures
                .iter()
                .find(|r| &r.id == id)
                .map_or(id.clone(), |r| r.title.clone())
        };
        let why: Vec<Entry> = [
            (s.pushing_up, &self.overall.increasing),
            (s.pushing_down, &self.overall.decreasing),
            (s.unknown_label, &self.overall.unknowns),
        ]
        .into_iter()
        .filter(|(_, ids)| !ids.is_empty())
        .map(|(label, ids)| {
            let titles: Vec<String> = ids.iter().map(title).collect();
            Entry::new(format!("{label}: {}", titles.join("; ")))
        })
        .collect();
        (!why.is_empty()).then(|| Section::new(s.why, vec![Block::List(why)]))
    }

    /// The measures in two tables of few columns rather than one of eight: on a portrait page
    /// every column then holds its longest word whole.
    fn measures_section(&self) -> Section {
        let s = strings::t();
        let mut header = cells(&[s.measure, s.effect, s.status_label]);
        // The meeting's own notes, only when asked for.
        if self.private_notes {
            header.push(s.note_label.into());
        }
        // The meeting's own reading of a measure's weight, only when it gives one.
        if self.weighted {
            header.push(s.weighting_column.into());
        }
        let effects = Block::Table {
            header,
            rows: self.measures.iter().map(|r| self.effect_row(r)).collect(),
        };
        let when = Block::Table {
            header: cells(&[s.measure, s.term_label, s.needs, s.implementation]),
            rows: self
                .measures
                .iter()
                .map(|r| {
                    vec![
                        r.title.clone(),
                        strings::or_not_stated(&r.horizon),
                        strings::or_not_stated(&r.instrument),
                        strings::or_not_stated(&r.implementation),
                    ]
                })
                .collect(),
        };
        Section::new(s.note_measures, vec![effects, when])
    }

    /// A measure's row in the effects table: title (with its variant), effect with the text's
    /// reading and the meeting's, status, note, and the weight when the meeting gives weights.
    fn effect_row(&self, r: &Row) -> Vec<String> {
        let s = strings::t();
        let variant = r
            .variant
            .as_ref()
            .map(|v| format!(" ({}: {v})", s.variant_lower))
            .unwrap_or_default();
        let mut effect = r.effect_words.clone();
        for extra in [&r.from_text, &r.reading].into_iter().flatten() {
            effect.push_str(&format!("; {extra}"));
        }
        let mut row = vec![format!("{}{variant}", r.title), effect, r.status.clone()];
        if self.private_notes {
            row.push(r.note.clone());
        }
        if self.weighted {
            row.push(strings::decimal(r.weight.unwrap_or(1.0)));
        }
        row
    }

    fn hints_section(&self) -> Option<Section> {
        let s = strings::t();
        let hints: Vec<Entry> = self
            .hints
            .iter()
            .map(|h| Entry {
                text: h.text.clone(),
                aside: h
                    .source
                    .as_ref()
                    .map(|src| format!("{}: {src}", s.source_lower)),
            })
            .collect();
        (!hints.is_empty()).then(|| Section::new(s.hints_heading, vec![Block::List(hints)]))
    }

    fn reach_section(&self) -> Option<Section> {
        let s = strings::t();
        let rows: Vec<Entry> = self
            .reach
            .iter()
            .map(|r| Entry {
                text: r.text.clone(),
                aside: Some(format!("{}: {}", s.source_lower, r.source)),
            })
            .collect();
        (!rows.is_empty()).then(|| {
            Section::new(
                s.reach_heading,
                vec![Block::Paragraph(s.reach_intro.into()), Block::List(rows)],
            )
        })
    }

    fn effect_section(&self) -> Section {
        let s = strings::t();
        let mut blocks = vec![Block::Paragraph(s.note_directions.into())];
        if self.weighted {
            blocks.push(Block::Emphasis(s.note_weighted.into()));
        }
        blocks.push(Block::Table {
            header: cells(&["", "+", "–", "0", "?", s.verdict_lower]),
            rows: self
                .verdict_rows()
                .into_iter()
                .map(|(name, v)| {
                    vec![
                        name,
                        v.increase.to_string(),
                        v.decrease.to_string(),
                        v.neutral.to_string(),
                        v.unknown.to_string(),
                        v.verdict.clone(),
                    ]
                })
                .collect(),
        });
        if let Some(w) = &self.with_readings {
            blocks.push(Block::Emphasis(strings::readings_below(w.read.len())));
            let mut rows = vec![(s.overall.to_owned(), &w.overall)];
            for s in Stream::ALL {
                if let Some(v) = w.streams.get(s.id()) {
                    rows.push((strings::stream(s).to_owned(), v));
                }
            }
            blocks.push(Block::List(
                rows.into_iter()
                    .map(|(name, v)| Entry::new(format!("{name} {}", v.verdict)))
                    .collect(),
            ));
        }
        Section::new(s.combined_effect, blocks)
    }

    fn timeline_section(&self) -> Section {
        let s = strings::t();
        let month = month_words;
        let mut intro = format!("{} {}.", s.decision_date, month(&self.decision_date));
        if let (Some(d), Some(by)) = (&self.all_in_force, &self.decided_by) {
            intro.push(' ');
            intro.push_str(&strings::in_force_line(&month(d), by));
        }
        Section::new(
            s.timeline,
            vec![
                Block::Paragraph(intro),
                Block::Table {
                    header: cells(&[
                        s.measure,
                        s.lead_time,
                        s.basis,
                        s.start,
                        s.ready,
                        s.source_words,
                    ]),
                    rows: self
                        .timeline
                        .iter()
                        .map(|r| {
                            vec![
                                r.title.clone(),
                                r.lead(),
                                r.basis_words().to_owned(),
                                month_words(&r.start),
                                r.ready(),
                                format!("“{}”", r.words),
                            ]
                        })
                        .collect(),
                },
            ],
        )
    }
}
