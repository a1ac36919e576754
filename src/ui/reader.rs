//! The reader: the source documents inside the app. A document with its sections (a side list
//! of their titles), one section's passages with, beside each, the measures, statuses and
//! figures that cite it; the cited passage highlighted and scrolled to; search in all documents
//! (accents folded); and, on request, the passages nothing cites (the gap finder).

use egui::text::LayoutJob;
use egui::{RichText, TextFormat};

use super::theme;
use crate::catalogue::Catalogue;
use crate::command::{Command, UiCommand};
use crate::sources::{
    self, CitationIndex, Document, Highlight, Hit, Library, Owner, Passage, PassageKind, Role,
};
use crate::strings::{self, t};

/// A place in a document: its id and a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub doc: String,
    pub line: usize,
}

/// The citation the reader was opened for: what it highlights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cited {
    pub doc: String,
    pub line: usize,
    /// The words to find near the line (a source's quote, a search); else the line is marked.
    pub quote: Option<String>,
}

/// Search hits shown at most; the rest wait for a narrower query.
const MAX_HITS: usize = 40;
/// Share of the reader's width for the list of sections.
const SECTIONS_SHARE: f32 = 0.24;
/// Share of the text column (the rest is the "cited by" column).
const TEXT_SHARE: f32 = 0.72;

/// The reader's state. `place`, `cited` and `scroll_pending` are set by commands (in `apply`);
/// the search text, the gap toggle and the parsed documents are the view's own.
#[derive(Default)]
pub struct ReaderView {
    pub place: Option<Place>,
    pub cited: Option<Cited>,
    /// Scroll to `place` on the next frame.
    pub scroll_pending: bool,
    pub search: String,
    pub show_uncited: bool,
    cache: Option<Cache>,
    hits: Option<(String, Vec<Hit>)>,
}

/// The documents, parsed, and what cites each passage; rebuilt when the catalogue changes.
struct Cache {
    key: usize,
    library: Library,
    index: CitationIndex<(Owner, Role)>,
}

/// Changes whenever the catalogue gains a document, measure, step or figure.
fn fingerprint(catalogue: &Catalogue) -> usize {
    let steps: usize = catalogue.measures.iter().map(|m| m.lineage.len()).sum();
    catalogue.documents.len() * 1_000_003
        + catalogue.measures.len() * 1_009
        + steps
        + catalogue.figures.len() * 31
}

impl ReaderView {
    /// Parse the documents and place the catalogue's citations, if not done for this catalogue.
    pub fn prepare(&mut self, catalogue: &Catalogue) {
        let key = fingerprint(catalogue);
        if self.cache.as_ref().is_some_and(|c| c.key == key) {
            return;
        }
        let library = Library::for_catalogue(catalogue);
        let index = sources::index(catalogue, &library);
        self.cache = Some(Cache {
            key,
            library,
            index,
        });
        self.hits = None;
    }

    /// The parsed documents (after `prepare`).
    pub fn library(&self) -> Option<&Library> {
        self.cache.as_ref().map(|c| &c.library)
    }

    /// The words highlighted for the current citation: (line, text) per highlight.
    pub fn highlighted(&self) -> Vec<(usize, String)> {
        let (Some(cited), Some(library)) = (&self.cited, self.library()) else {
            return Vec::new();
        };
        let Some(doc) = library.get(&cited.doc) else {
            return Vec::new();
        };
        marks(doc, cited)
            .iter()
            .filter_map(|h| {
                let text = doc.line(h.line)?.get(h.bytes.clone())?;
                Some((h.line, text.to_owned()))
            })
            .collect()
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        catalogue: &Catalogue,
        can_go_back: bool,
        commands: &mut Vec<Command>,
    ) {
        self.prepare(catalogue);
        self.controls(ui, catalogue, can_go_back, commands);
        self.search_hits(ui, catalogue, commands);
        let Some(cache) = &self.cache else { return };
        let place = self.place.clone().or_else(|| {
            cache.library.docs().first().map(|d| Place {
                doc: d.id().to_owned(),
                line: 1,
            })
        });
        let Some(place) = place else {
            ui.label(t().reader_no_text);
            return;
        };
        let Some(doc) = cache.library.get(&place.doc) else {
            ui.label(t().reader_no_text);
            return;
        };
        let full = ui.available_rect_before_wrap();
        // The list holds its longest word whole (a title broken mid-word cannot be read).
        let words = super::columns::widest_word(ui, doc.sections().iter().map(section_title));
        let list_w = (full.width() * SECTIONS_SHARE)
            .clamp(140.0, 280.0)
            .max(words + 2.0 * theme::GAP_L + theme::GAP_M)
            .min(full.width() * 0.4);
        let (list_rect, rest) = full.split_left_right_at_x(full.left() + list_w);
        let scroll = std::mem::take(&mut self.scroll_pending).then_some(place.line);
        let current = doc
            .sections()
            .iter()
            .position(|s| s.contains(place.line))
            .unwrap_or(0);
        ui.scope_builder(egui::UiBuilder::new().max_rect(list_rect), |ui| {
            ui.label(RichText::new(t().reader_contents).strong());
            egui::ScrollArea::vertical()
                .id_salt(("reader-sections", doc.id()))
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    sections_list(ui, doc, current, scroll.is_some(), commands)
                });
        });
        let rest = super::right_pane(ui, rest);

        ui.scope_builder(egui::UiBuilder::new().max_rect(rest), |ui| {
            egui::ScrollArea::vertical()
                .id_salt(("reader-text", doc.id(), current))
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    self.section(ui, catalogue, doc, current, scroll, commands);
                });
        });
    }

    /// Back, the documents, the search field and the gap toggle.
    fn controls(
        &mut self,
        ui: &mut egui::Ui,
        catalogue: &Catalogue,
        can_go_back: bool,
        commands: &mut Vec<Command>,
    ) {
        let Some(cache) = &self.cache else { return };
        let current = self.place.as_ref().map(|p| p.doc.as_str());
        ui.horizontal_wrapped(|ui| {
            if can_go_back
                && ui
                    .button(UiCommand::Back.label())
                    .on_hover_text(UiCommand::Back.hover_text())
                    .clicked()
            {
                commands.push(Command::Back);
            }
            ui.label(RichText::new(t().reader_document).strong());
            for (n, d) in cache.library.docs().iter().enumerate() {
                let chosen = current.map_or(n == 0, |c| c == d.id());
                let name = document_name(catalogue, d.id());
                if ui.selectable_label(chosen, name).clicked() {
                    commands.push(Command::ReadAt {
                        doc: d.id().to_owned(),
                        line: 1,
                    });
                }
            }
        });
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t().reader_search);
            ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    .hint_text(t().reader_search_hint)
                    .desired_width(280.0),
            )
            .labelled_by(label.id);
            ui.checkbox(&mut self.show_uncited, t().reader_show_uncited)
                .on_hover_text(t().tip_reader_show_uncited);
            if self.show_uncited {
                let doc = current
                    .and_then(|c| cache.library.get(c))
                    .or_else(|| cache.library.docs().first());
                if let Some(doc) = doc {
                    let n = cache.index.uncited(doc).len();
                    ui.label(
                        RichText::new(format!("{n} {}", t().reader_uncited_count))
                            .color(theme::uncited_color(ui.visuals().dark_mode)),
                    );
                }
            }
        });
        ui.add_space(theme::GAP_S);
    }

    /// The hits of the search, each leading to its passage, with the measures it feeds.
    fn search_hits(
        &mut self,
        ui: &mut egui::Ui,
        catalogue: &Catalogue,
        commands: &mut Vec<Command>,
    ) {
        let query = self.search.trim().to_owned();
        if sources::fold(&query).chars().count() < 2 {
            return;
        }
        let Some(cache) = &self.cache else { return };
        if self.hits.as_ref().is_none_or(|(q, _)| *q != query) {
            let hits = sources::search(cache.library.docs(), &query);
            self.hits = Some((query.clone(), hits));
        }
        let Some((_, hits)) = &self.hits else { return };
        let count = if hits.len() == 1 {
            format!("1 {}", t().reader_hit)
        } else {
            format!("{} {}", strings::number(hits.len() as f64), t().reader_hits)
        };
        ui.label(RichText::new(count).strong());
        if hits.is_empty() {
            ui.label(t().reader_no_hits);
        }
        egui::ScrollArea::vertical()
            .id_salt("reader-hits")
            .max_height(ui.available_height() * 0.3)
            .show(ui, |ui| {
                for hit in hits.iter().take(MAX_HITS) {
                    let Some(doc) = cache.library.get(&hit.doc) else {
                        continue;
                    };
                    hit_row(ui, catalogue, cache, doc, hit, &query, commands);
                }
                if hits.len() > MAX_HITS {
                    ui.label(RichText::new(t().reader_more_hits).weak());
                }
            });
        ui.separator();
    }

    /// One section's passages, each with what cites it.
    fn section(
        &self,
        ui: &mut egui::Ui,
        catalogue: &Catalogue,
        doc: &Document,
        current: usize,
        scroll: Option<usize>,
        commands: &mut Vec<Command>,
    ) {
        let Some(cache) = &self.cache else { return };
        let Some(section) = doc.sections().get(current) else {
            return;
        };
        let cited = self.cited.as_ref().filter(|c| c.doc == doc.id());
        let marked = cited.map(|c| marks(doc, c)).unwrap_or_default();
        let cited_passage = cited.and_then(|c| doc.passage_at(c.line)).map(|p| p.index);
        let dark = ui.visuals().dark_mode;
        let beside = cited_beside(ui, catalogue, cache, doc, section);
        let room = ui.available_width();
        let text_w = if beside { room * TEXT_SHARE } else { room };
        let passages = doc
            .passages()
            .iter()
            .filter(|p| section.contains(p.first()));
        for p in passages {
            let by = cache.index.cited_by(doc.id(), p.index);
            let uncited =
                self.show_uncited && sources::is_statement(doc, p) && !cache.index.is_cited(doc, p);
            let is_cited = cited_passage == Some(p.index);
            let layout = if beside {
                egui::Layout::left_to_right(egui::Align::Min)
            } else {
                egui::Layout::top_down(egui::Align::Min)
            };
            let row = ui.with_layout(layout, |ui| {
                let text = ui
                    .allocate_ui_with_layout(
                        egui::vec2(text_w, 0.0),
                        egui::Layout::top_down(egui::Align::Min),
                        |ui| {
                            ui.set_width(text_w);
                            passage_text(ui, doc, p, &marked, is_cited, uncited, dark)
                        },
                    )
                    .inner;
                ui.vertical(|ui| {
                    if uncited {
                        ui.label(
                            RichText::new(t().reader_uncited)
                                .small()
                                .color(theme::uncited_color(dark)),
                        );
                    }
                    cited_by(ui, catalogue, by, commands);
                });
                text
            });
            if is_cited {
                let words: Vec<String> = marked
                    .iter()
                    .filter_map(|h| doc.line(h.line)?.get(h.bytes.clone()).map(str::to_owned))
                    .collect();
                let name = format!("{}: {}", t().reader_cited_passage, words.join(" "));
                row.inner.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::accesskit::Role::Mark, true, name.clone())
                });
            }
            if scroll.is_some_and(|l| p.contains(l) || (is_cited && cited.is_some())) {
                row.inner.scroll_to_me(Some(egui::Align::Center));
            }
            ui.add_space(theme::GAP_S);
        }
        // On to the next section, as a reader turns the page.
        if let Some(next) = doc.sections().get(current + 1) {
            ui.add_space(theme::GAP_M);
            let title = section_title(next);
            if ui.link(format!("{}: {title}", t().reader_next)).clicked() {
                commands.push(Command::ReadAt {
                    doc: doc.id().to_owned(),
                    line: next.start,
                });
            }
        }
        ui.add_space(theme::GAP_XL);
    }
}

/// Whether "cited by" stands beside the text: where both hold their longest words; else under
/// it, the text taking the whole width (a laptop with the package panel open).
fn cited_beside(
    ui: &egui::Ui,
    catalogue: &Catalogue,
    cache: &Cache,
    doc: &Document,
    section: &sources::Section,
) -> bool {
    let passages = || {
        doc.passages()
            .iter()
            .filter(|p| section.contains(p.first()))
    };
    let cited_words = super::columns::widest_word(
        ui,
        passages()
            .flat_map(|p| cache.index.cited_by(doc.id(), p.index))
            .filter_map(|(owner, _)| owner_title(catalogue, owner)),
    );
    let lines: Vec<_> = passages()
        .flat_map(|p| p.lines.iter().filter_map(|l| doc.line(*l)))
        .map(crate::sources_text::printable)
        .collect();
    let text_words = super::columns::widest_word(ui, lines.iter().map(|l| l.as_ref()));
    let room = ui.available_width();
    room * TEXT_SHARE >= text_words + theme::GAP_L
        && room * (1.0 - TEXT_SHARE) >= cited_words + 2.0 * theme::GAP_L
}

/// What to highlight for a citation: its quote where found, else the cited line.
fn marks(doc: &Document, cited: &Cited) -> Vec<Highlight> {
    sources::highlight(doc, cited.line, cited.quote.as_deref())
}

/// The document's name as users know it (never its number).
fn document_name(catalogue: &Catalogue, id: &str) -> String {
    catalogue
        .document(id)
        .map_or_else(|| t().unknown_document.to_owned(), |d| d.short.clone())
}

fn section_title(s: &sources::Section) -> &str {
    if s.title.is_empty() {
        t().reader_untitled
    } else {
        &s.title
    }
}

fn sections_list(
    ui: &mut egui::Ui,
    doc: &Document,
    current: usize,
    scroll: bool,
    commands: &mut Vec<Command>,
) {
    for (i, s) in doc.sections().iter().enumerate() {
        ui.horizontal(|ui| {
            if s.level > 1 {
                ui.add_space(theme::GAP_L);
            }
            let label = egui::Button::selectable(i == current, section_title(s)).wrap();
            let button = ui.add(label);
            if scroll && i == current {
                button.scroll_to_me(Some(egui::Align::Center));
            }
            if button.clicked() {
                commands.push(Command::ReadAt {
                    doc: doc.id().to_owned(),
                    line: s.start,
                });
            }
        });
    }
}

/// A passage's text as the source prints it, the cited words on the highlight colour.
fn passage_text(
    ui: &mut egui::Ui,
    doc: &Document,
    p: &Passage,
    marked: &[Highlight],
    is_cited: bool,
    uncited: bool,
    dark: bool,
) -> egui::Response {
    let (size, color) = match p.kind {
        PassageKind::Heading => (theme::SECTION, ui.visuals().strong_text_color()),
        PassageKind::Noise => (theme::SMALL, ui.visuals().weak_text_color()),
        PassageKind::Text => (theme::BODY, ui.visuals().text_color()),
    };
    let font = egui::FontId::proportional(size);
    let plain = TextFormat {
        font_id: font.clone(),
        color,
        ..Default::default()
    };
    let mark = TextFormat {
        font_id: font,
        color: theme::text_on(theme::cited_fill(dark)),
        background: theme::cited_fill(dark),
        ..Default::default()
    };
    let mut job = LayoutJob::default();
    for (n, &l) in p.lines.iter().enumerate() {
        let text = crate::sources_text::printable(doc.line(l).unwrap_or_default());
        let text = text.trim_end();
        // Running text flows (the extraction's line breaks are the PDF's, not the author's);
        // headings and page furniture keep theirs.
        if n > 0 {
            let gap = if p.kind == PassageKind::Text {
                " "
            } else {
                "\n"
            };
            job.append(gap, 0.0, plain.clone());
        }
        let mut ranges: Vec<_> = marked
            .iter()
            .filter(|h| h.line == l)
            .map(|h| h.bytes.clone())
            .collect();
        ranges.sort_by_key(|r| r.start);
        let mut at = 0;
        for r in ranges {
            let (Some(before), Some(words)) = (text.get(at..r.start), text.get(r.clone())) else {
                continue;
            };
            job.append(before, 0.0, plain.clone());
            job.append(words, 0.0, mark.clone());
            at = r.end;
        }
        job.append(text.get(at..).unwrap_or_default(), 0.0, plain.clone());
    }
    job.wrap.max_width = ui.available_width();
    let stroke = if is_cited {
        egui::Stroke::new(theme::FOCUS_WIDTH, theme::cited_edge(dark))
    } else if uncited {
        egui::Stroke::new(theme::FOCUS_WIDTH, theme::uncited_color(dark))
    } else {
        egui::Stroke::NONE
    };
    let frame = egui::Frame::new()
        .inner_margin(egui::Margin::symmetric(6, 2))
        .stroke(stroke);
    frame.show(ui, |ui| ui.label(job)).response
}

/// The measures, statuses and figures citing a passage, each leading to its fiche or figure.
/// What cites a passage, by the title the reader shows.
fn owner_title<'c>(catalogue: &'c Catalogue, owner: &Owner) -> Option<&'c str> {
    match owner {
        Owner::Measure(id) => catalogue.get(id).map(|m| m.title.as_str()),
        Owner::Figure(id) => catalogue
            .figures
            .iter()
            .find(|f| &f.id == id)
            .map(|f| f.title.as_str()),
        Owner::Track(n) => catalogue.track(*n).map(|t| t.title.as_str()),
    }
}

fn cited_by(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    by: &[(Owner, Role)],
    commands: &mut Vec<Command>,
) {
    if by.is_empty() {
        return;
    }
    ui.label(RichText::new(t().reader_cited_by).small().weak());
    let mut seen: Vec<&Owner> = Vec::new();
    for (owner, _) in by {
        if seen.contains(&owner) {
            continue;
        }
        seen.push(owner);
        let roles: Vec<&str> = {
            let mut r: Vec<&str> = by
                .iter()
                .filter(|(o, _)| o == owner)
                .map(|(_, role)| crate::sources_text::role(*role))
                .collect();
            r.dedup();
            r
        };
        match owner {
            Owner::Measure(id) => {
                let Some(pos) = catalogue.position(id) else {
                    continue;
                };
                let title = &catalogue.measures[pos].title;
                if ui
                    .link(RichText::new(title).small())
                    .on_hover_text(roles.join(", "))
                    .clicked()
                {
                    commands.push(Command::Select(pos));
                    commands.push(Command::View(crate::command::CenterView::Fiche));
                }
            }
            Owner::Figure(id) => {
                let Some(i) = catalogue.figures.iter().position(|f| &f.id == id) else {
                    continue;
                };
                let title = format!("{}: {}", t().cite_figure, catalogue.figures[i].title);
                if ui.link(RichText::new(title).small()).clicked() {
                    commands.push(Command::ShowFigure(i));
                }
            }
            Owner::Track(n) => {
                let name = match catalogue.track(*n) {
                    Some(tr) => format!("{} – {}", strings::track(*n), tr.title),
                    None => strings::track(*n),
                };
                ui.label(RichText::new(name).small());
            }
        }
    }
}

/// One search hit: the document, the section and the line with the words found; the measures
/// the passage feeds.
fn hit_row(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    cache: &Cache,
    doc: &Document,
    hit: &Hit,
    query: &str,
    commands: &mut Vec<Command>,
) {
    let section = doc
        .section_at(hit.line)
        .map(section_title)
        .unwrap_or_default();
    let line = crate::sources_text::printable(doc.line(hit.line).unwrap_or_default());
    let line = line.trim();
    let text = format!("{}, {section}: {line}", document_name(catalogue, doc.id()));
    ui.horizontal_wrapped(|ui| {
        if ui.link(text).clicked() {
            commands.push(Command::OpenSource {
                doc: doc.id().to_owned(),
                line: hit.line,
                quote: Some(query.to_owned()),
            });
        }
        let by = cache.index.cited_by(doc.id(), hit.passage);
        let mut measures: Vec<usize> = by
            .iter()
            .filter_map(|(o, _)| match o {
                Owner::Measure(id) => catalogue.position(id),
                _ => None,
            })
            .collect();
        measures.dedup();
        for pos in measures {
            let title = &catalogue.measures[pos].title;
            if ui.link(RichText::new(title).small()).clicked() {
                commands.push(Command::Select(pos));
                commands.push(Command::View(crate::command::CenterView::Fiche));
            }
        }
    });
}
