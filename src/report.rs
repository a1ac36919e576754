//! The package note: the same content for the app's export and for `knoppen report`, as
//! Markdown, HTML (prints well to PDF), CSV and JSON.

use serde::Serialize;

use crate::catalogue::export::{csv_line, source_text};
use crate::catalogue::{Catalogue, Stream, Term};
use crate::effect::{Assessment, Hint, Tally, assess, item_direction};
use crate::month::{Date, Month};
use crate::package::{Package, chosen_variant};
use crate::strings;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub name: String,
    pub date: String,
    pub weighted: bool,
    pub overall: Verdict,
    pub streams: std::collections::BTreeMap<String, Verdict>,
    pub horizons: std::collections::BTreeMap<String, Verdict>,
    pub measures: Vec<Row>,
    pub hints: Vec<HintRow>,
    pub needs: crate::effect::Needs,
    /// Ids in the package that the catalogue does not know.
    pub unknown_ids: Vec<String>,
    /// Decision date the timeline runs from ("YYYY-MM").
    pub decision_date: String,
    pub timeline: Vec<TimelineRow>,
    /// When everything can be in force, and what decides it.
    pub all_in_force: Option<String>,
    pub decided_by: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TimelineRow {
    pub id: String,
    pub title: String,
    pub lead_months_min: Option<u32>,
    pub lead_months_max: Option<u32>,
    /// "source", "assumption" or "unknown".
    pub basis: crate::timeline::Basis,
    pub horizon: String,
    pub start: String,
    pub ready_earliest: Option<String>,
    pub ready_latest: Option<String>,
    pub words: String,
    pub source: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    pub increase: u32,
    pub decrease: u32,
    pub neutral: u32,
    pub unknown: u32,
    pub verdict: String,
    pub increasing: Vec<String>,
    pub decreasing: Vec<String>,
    pub unknowns: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub id: String,
    pub title: String,
    pub stream: String,
    pub effect: String,
    pub direction: String,
    pub variant: Option<String>,
    pub horizon: String,
    pub implementation: String,
    pub instrument: String,
    pub status: String,
    pub weight: Option<f32>,
    pub note: String,
    pub summary: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct HintRow {
    pub text: String,
    pub source: Option<String>,
}

fn verdict(t: &Tally, weighted: bool) -> Verdict {
    Verdict {
        increase: t.increase,
        decrease: t.decrease,
        neutral: t.neutral,
        unknown: t.unknown,
        verdict: strings::verdict(&t.verdict(weighted)),
        increasing: t.increasing.clone(),
        decreasing: t.decreasing.clone(),
        unknowns: t.unknowns.clone(),
    }
}

fn ym(m: Month) -> String {
    m.to_string()
}

/// The note for a package as of `today` (its date, and the decision date when none is set),
/// with the package's own assumptions.
pub fn build(package: &Package, catalogue: &Catalogue, today: Date) -> Report {
    let a: Assessment = assess(package, catalogue);
    let decision = package.decision(today.month());
    let rows = crate::timeline::rows(package, catalogue, today.month());
    let tl_summary = crate::timeline::summary(&rows);
    let timeline = rows
        .iter()
        .map(|r| TimelineRow {
            id: r.id.clone(),
            title: r.title.clone(),
            lead_months_min: r.lead_months_min,
            lead_months_max: r.lead_months_max,
            basis: r.basis,
            horizon: r.horizon.clone(),
            start: ym(r.start),
            ready_earliest: r.ready_min().map(ym),
            ready_latest: r.ready_max().map(ym),
            words: r.words.clone(),
            source: r.source.clone(),
        })
        .collect();
    let doc_sources = |s: &crate::catalogue::Source| {
        let doc = catalogue
            .document(&s.doc)
            .map_or(s.doc.clone(), |d| d.title.clone());
        format!("{doc} — {}", source_text(s))
    };
    let measures = package
        .measures(catalogue)
        .map(|(item, m)| Row {
            id: m.id.clone(),
            title: m.title.clone(),
            stream: m.stream.id().to_owned(),
            effect: m.effect_text(),
            direction: strings::direction(item_direction(item, m)).to_owned(),
            variant: chosen_variant(item, m).map(|v| v.title.clone()),
            horizon: m.horizon.text.clone(),
            implementation: m.implementation.clone(),
            instrument: m.instrument.text.clone(),
            status: strings::meeting_status(item.status).to_owned(),
            weight: item.weight,
            note: item.note.clone(),
            summary: m.summary.clone(),
            sources: m.sources.iter().map(doc_sources).collect(),
        })
        .collect();
    let hint = |h: &Hint| HintRow {
        text: strings::hint_text(h, catalogue),
        source: h.source.as_ref().map(doc_sources),
    };
    Report {
        name: package.name.clone(),
        date: today.to_string(),
        weighted: a.weighted,
        overall: verdict(&a.overall, a.weighted),
        streams: a
            .streams
            .iter()
            .map(|(s, t)| (s.id().to_owned(), verdict(t, a.weighted)))
            .collect(),
        horizons: a
            .horizons
            .iter()
            .map(|(h, t)| (strings::term_short(*h).to_owned(), verdict(t, a.weighted)))
            .collect(),
        measures,
        hints: a.hints.iter().map(hint).collect(),
        needs: a.needs.clone(),
        unknown_ids: package.unknown_ids(catalogue),
        decision_date: ym(decision),
        timeline,
        all_in_force: tl_summary.all_in_force_earliest.map(ym),
        decided_by: tl_summary
            .decided_by
            .and_then(|id| catalogue.get(&id).map(|m| m.title.clone())),
    }
}

impl TimelineRow {
    fn lead(&self) -> String {
        strings::lead_text(self.lead_months_min, self.lead_months_max)
    }

    fn ready(&self) -> String {
        match (&self.ready_earliest, &self.ready_latest) {
            (Some(a), Some(b)) if a == b => a.clone(),
            (Some(a), Some(b)) => format!("{a} – {b}"),
            (Some(a), None) => format!("vanaf {a}"),
            _ => "—".into(),
        }
    }

    fn basis_nl(&self) -> &'static str {
        match self.basis {
            crate::timeline::Basis::Source => "bron",
            crate::timeline::Basis::Assumption => "aanname Knoppen",
            crate::timeline::Basis::Unknown => "onbekend",
        }
    }
}

impl Report {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn to_csv(&self) -> String {
        let mut out = csv_line(&[
            "id",
            "stream",
            "title",
            "effect",
            "direction",
            "variant",
            "horizon",
            "implementation",
            "instrument",
            "status",
            "weight",
            "note",
        ]);
        out.push('\n');
        for r in &self.measures {
            let weight = r.weight.map(|w| w.to_string()).unwrap_or_default();
            out.push_str(&csv_line(&[
                &r.id,
                &r.stream,
                &r.title,
                &r.effect,
                &r.direction,
                r.variant.as_deref().unwrap_or(""),
                &r.horizon,
                &r.implementation,
                &r.instrument,
                &r.status,
                &weight,
                &r.note,
            ]));
            out.push('\n');
        }
        out
    }

    fn needs_line(&self) -> String {
        strings::needs_summary(&self.needs)
    }

    fn verdict_rows(&self) -> Vec<(String, &Verdict)> {
        let mut rows = vec![("Totaal".to_owned(), &self.overall)];
        for s in Stream::ALL {
            if let Some(v) = self.streams.get(s.id()) {
                rows.push((strings::stream(s).to_owned(), v));
            }
        }
        for t in [Term::KT, Term::MLT, Term::LT] {
            if let Some(v) = self.horizons.get(strings::term_short(t)) {
                rows.push((strings::term(t).to_owned(), v));
            }
        }
        rows
    }

    /// A few plain lines for the clipboard: name, verdicts, measures with their signs.
    pub fn summary(&self) -> String {
        let mut o = format!("{} ({})\n", self.name, self.date);
        for (name, v) in self.verdict_rows() {
            o.push_str(&format!("{name}: {}\n", v.verdict));
        }
        o.push_str("Maatregelen:\n");
        for r in &self.measures {
            o.push_str(&format!("- {} [{}] ({})\n", r.title, r.effect, r.status));
        }
        o.push_str(&format!("Benodigd: {}\n", self.needs_line()));
        o
    }

    pub fn to_markdown(&self) -> String {
        let mut o = String::new();
        o.push_str(&format!(
            "# {}\n\nNotitie bij pakket, {}. Gemaakt met Knoppen.\n\n",
            md(&self.name),
            self.date
        ));
        o.push_str("## Effect op instroom\n\nDe bronnen geven richtingen, geen omvang; onbekend (PM, nnb) telt nooit als neutraal.\n");
        if self.weighted {
            o.push_str("Dit oordeel gebruikt de eigen weging van het overleg (geen bron).\n");
        }
        o.push_str("\n| | + | – | 0 | ? | oordeel |\n|---|---|---|---|---|---|\n");
        for (name, v) in self.verdict_rows() {
            o.push_str(&format!(
                "| {name} | {} | {} | {} | {} | {} |\n",
                v.increase,
                v.decrease,
                v.neutral,
                v.unknown,
                md(&v.verdict)
            ));
        }
        let title = |id: &String| {
            self.measures
                .iter()
                .find(|r| &r.id == id)
                .map_or(id.clone(), |r| r.title.clone())
        };
        o.push_str("\n**Waarom.**");
        for (label, ids) in [
            ("Verhogend", &self.overall.increasing),
            ("Beperkend", &self.overall.decreasing),
            ("Onbekend", &self.overall.unknowns),
        ] {
            if !ids.is_empty() {
                o.push_str(&format!(
                    " {label}: {}.",
                    md(&ids.iter().map(title).collect::<Vec<_>>().join("; "))
                ));
            }
        }
        o.push_str("\n\n## Maatregelen\n\n| Maatregel | Effect | Termijn | Benodigd | Implementatie | Status | Notitie |\n|---|---|---|---|---|---|---|\n");
        for r in &self.measures {
            let variant = r
                .variant
                .as_ref()
                .map(|v| format!(" (variant: {v})"))
                .unwrap_or_default();
            o.push_str(&format!(
                "| {}{} | {} ({}) | {} | {} | {} | {} | {} |\n",
                md(&r.title),
                md(&variant),
                md(&r.effect),
                r.direction,
                md(&r.horizon),
                md(&r.instrument),
                md(&r.implementation),
                r.status,
                md(&r.note)
            ));
        }
        if !self.hints.is_empty() {
            o.push_str("\n## Samenhang en aandachtspunten\n\n");
            for h in &self.hints {
                let src = h
                    .source
                    .as_ref()
                    .map(|s| format!(" (bron: {s})"))
                    .unwrap_or_default();
                o.push_str(&format!("- {}{}\n", md(&h.text), md(&src)));
            }
        }
        self.timeline_markdown(&mut o);
        o.push_str(&format!(
            "\n## Wat het pakket vraagt\n\n{}.\n",
            self.needs_line()
        ));
        if !self.needs.ministries.is_empty() {
            o.push_str(&format!(
                "Betrokken ministeries: {}.\n",
                self.needs.ministries.join(", ")
            ));
        }
        if !self.unknown_ids.is_empty() {
            o.push_str(&format!(
                "\nNiet in de catalogus: {}.\n",
                self.unknown_ids.join(", ")
            ));
        }
        o.push_str("\n## Bronnen\n\n");
        for r in &self.measures {
            o.push_str(&format!(
                "- {}: {}\n",
                md(&r.title),
                md(&r.sources.join("; "))
            ));
        }
        o
    }

    pub fn to_html(&self) -> String {
        let mut o =
            String::from("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">");
        o.push_str(&format!("<title>{}</title>", esc(&self.name)));
        o.push_str("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em;text-align:left;vertical-align:top}th{background:#eee}@media print{body{margin:0}}</style></head><body>\n");
        o.push_str(&format!(
            "<h1>{}</h1><p>Notitie bij pakket, {}. Gemaakt met Knoppen.</p>\n",
            esc(&self.name),
            esc(&self.date)
        ));
        o.push_str("<h2>Effect op instroom</h2><p>De bronnen geven richtingen, geen omvang; onbekend (PM, nnb) telt nooit als neutraal.</p>");
        if self.weighted {
            o.push_str("<p><strong>Dit oordeel gebruikt de eigen weging van het overleg (geen bron).</strong></p>");
        }
        o.push_str(
            "<table><tr><th></th><th>+</th><th>–</th><th>0</th><th>?</th><th>oordeel</th></tr>",
        );
        for (name, v) in self.verdict_rows() {
            o.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&name),
                v.increase,
                v.decrease,
                v.neutral,
                v.unknown,
                esc(&v.verdict)
            ));
        }
        o.push_str("</table>\n<h2>Maatregelen</h2><table><tr><th>Maatregel</th><th>Effect</th><th>Termijn</th><th>Benodigd</th><th>Implementatie</th><th>Status</th><th>Notitie</th></tr>");
        for r in &self.measures {
            let variant = r
                .variant
                .as_ref()
                .map(|v| format!(" (variant: {v})"))
                .unwrap_or_default();
            o.push_str(&format!(
                "<tr><td>{}{}</td><td>{} ({})</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&r.title), esc(&variant), esc(&r.effect), esc(&r.direction), esc(&r.horizon), esc(&r.instrument), esc(&r.implementation), esc(&r.status), esc(&r.note)
            ));
        }
        o.push_str("</table>\n");
        if !self.hints.is_empty() {
            o.push_str("<h2>Samenhang en aandachtspunten</h2><ul>");
            for h in &self.hints {
                let src = h
                    .source
                    .as_ref()
                    .map(|s| format!(" <small>(bron: {})</small>", esc(s)))
                    .unwrap_or_default();
                o.push_str(&format!("<li>{}{src}</li>", esc(&h.text)));
            }
            o.push_str("</ul>\n");
        }
        self.timeline_html(&mut o);
        o.push_str(&format!(
            "<h2>Wat het pakket vraagt</h2><p>{}.</p>",
            esc(&self.needs_line())
        ));
        if !self.needs.ministries.is_empty() {
            o.push_str(&format!(
                "<p>Betrokken ministeries: {}.</p>",
                esc(&self.needs.ministries.join(", "))
            ));
        }
        o.push_str("<h2>Bronnen</h2><ul>");
        for r in &self.measures {
            o.push_str(&format!(
                "<li>{}: {}</li>",
                esc(&r.title),
                esc(&r.sources.join("; "))
            ));
        }
        o.push_str("</ul></body></html>\n");
        o
    }
}

impl Report {
    fn timeline_markdown(&self, o: &mut String) {
        o.push_str(&format!(
            "\n## Tijdlijn\n\nBesluitdatum {}. ",
            self.decision_date
        ));
        if let (Some(d), Some(by)) = (&self.all_in_force, &self.decided_by) {
            o.push_str(&format!(
                "Alles kan in werking zijn: {d} (bepaald door {}).",
                md(by)
            ));
        }
        o.push_str("\n\n| Maatregel | Doorlooptijd | Grondslag | Start | Gereed | Woorden van de bron |\n|---|---|---|---|---|---|\n");
        for r in &self.timeline {
            o.push_str(&format!(
                "| {} | {} | {} | {} | {} | “{}” |\n",
                md(&r.title),
                r.lead(),
                r.basis_nl(),
                r.start,
                r.ready(),
                md(&r.words)
            ));
        }
    }

    fn timeline_html(&self, o: &mut String) {
        o.push_str(&format!(
            "<h2>Tijdlijn</h2><p>Besluitdatum {}.",
            esc(&self.decision_date)
        ));
        if let (Some(d), Some(by)) = (&self.all_in_force, &self.decided_by) {
            o.push_str(&format!(
                " Alles kan in werking zijn: {} (bepaald door {}).",
                esc(d),
                esc(by)
            ));
        }
        o.push_str("</p><table><tr><th>Maatregel</th><th>Doorlooptijd</th><th>Grondslag</th><th>Start</th><th>Gereed</th><th>Woorden van de bron</th></tr>");
        for r in &self.timeline {
            o.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>“{}”</td></tr>",
                esc(&r.title),
                esc(&r.lead()),
                r.basis_nl(),
                esc(&r.start),
                esc(&r.ready()),
                esc(&r.words)
            ));
        }
        o.push_str("</table>\n");
    }
}

/// Markdown table cells: no pipes or line breaks.
fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
