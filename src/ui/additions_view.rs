//! "Catalogus bijwerken": the forms that record what a new letter, report or decision says —
//! the document, status steps, new measures, corrections — each with its quoted passage and
//! place, and the review of what the user's additions change. The forms' text is this view's
//! own widget state; adding, saving and sharing are commands.

use egui::RichText;

use super::theme;
use crate::additions_text as text;
use crate::catalogue::additions::{
    CorrectionDraft, DocumentDraft, Draft, MeasureDraft, SourceDraft, StepDraft,
};
use crate::catalogue::{Catalogue, CorrectedField, DocumentKind, LinkKind, Status, Stream};
use crate::command::{CatalogueCommand, Command};
use crate::state::user_catalogue::UserCatalogue;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Document,
    Step,
    Measure,
    Correction,
    Review,
}

/// The forms' contents and what the last "add" said.
#[derive(Debug, Clone)]
pub struct AdditionsView {
    pub open: bool,
    pub tab: Tab,
    pub document: DocumentDraft,
    pub step: StepDraft,
    pub measure: MeasureDraft,
    /// The one link a new measure may have to an earlier one (kind), `None`: no link.
    pub link_kind: Option<LinkKind>,
    pub link_to: String,
    pub correction: CorrectionDraft,
    pub feedback: Vec<String>,
    pub feedback_error: bool,
}

impl Default for AdditionsView {
    fn default() -> Self {
        Self {
            open: false,
            tab: Tab::Document,
            document: DocumentDraft {
                title: String::new(),
                date: String::new(),
                kind: DocumentKind::Letter,
                path: String::new(),
            },
            step: StepDraft {
                measure: String::new(),
                date: String::new(),
                status: Status::Announced,
                text: String::new(),
                source: SourceDraft::default(),
            },
            measure: MeasureDraft {
                title: String::new(),
                stream: Stream::Arbeid,
                effect: String::new(),
                basis: String::new(),
                horizon: String::new(),
                implementation: String::new(),
                instrument: String::new(),
                ministries: String::new(),
                summary: String::new(),
                links: Vec::new(),
                source: SourceDraft::default(),
            },
            link_kind: None,
            link_to: String::new(),
            correction: CorrectionDraft {
                measure: String::new(),
                field: CorrectedField::Title,
                value: String::new(),
                source: SourceDraft::default(),
            },
            feedback: Vec::new(),
            feedback_error: false,
        }
    }
}

impl AdditionsView {
    /// The draft on the current form, as the "add" button sends it.
    pub fn draft(&self) -> Option<Draft> {
        Some(match self.tab {
            Tab::Document => Draft::Document(self.document.clone()),
            Tab::Step => Draft::Step(self.step.clone()),
            Tab::Measure => {
                let mut m = self.measure.clone();
                if let Some(kind) = self.link_kind
                    && !self.link_to.is_empty()
                {
                    m.links = vec![(self.link_to.clone(), kind)];
                }
                Draft::Measure(m)
            }
            Tab::Correction => Draft::Correction(self.correction.clone()),
            Tab::Review => return None,
        })
    }

    /// An entry was added: empty its form for the next one. A new document becomes the source
    /// of the forms that follow, and the place and quote start empty.
    pub fn added(&mut self, draft: &Draft, new_document: Option<String>) {
        let fresh = Self::default();
        match draft {
            Draft::Document(_) => self.document = fresh.document,
            Draft::Step(_) => {
                self.step.text.clear();
                self.step.source.at.clear();
                self.step.source.quote.clear();
            }
            Draft::Measure(_) => {
                let source = self.measure.source.doc.clone();
                self.measure = fresh.measure;
                self.measure.source.doc = source;
                self.link_kind = None;
                self.link_to.clear();
            }
            Draft::Correction(_) => {
                self.correction.value.clear();
                self.correction.source.at.clear();
                self.correction.source.quote.clear();
            }
        }
        if let Some(doc) = new_document {
            self.step.source.doc.clone_from(&doc);
            self.measure.source.doc.clone_from(&doc);
            self.correction.source.doc = doc;
        }
    }
}

/// The forms are grids: the label left, the field right, one row each.
fn form(ui: &mut egui::Ui, id: &str, add_rows: impl FnOnce(&mut egui::Ui)) {
    egui::Grid::new(id)
        .num_columns(2)
        .spacing([theme::GAP_M, theme::GAP_S])
        .show(ui, add_rows);
}

/// A labelled text field; the label names it for screen readers (and tests).
fn field(ui: &mut egui::Ui, label: &str, value: &mut String, multiline: bool) {
    let l = ui.label(label);
    let edit = if multiline {
        egui::TextEdit::multiline(value).desired_rows(2)
    } else {
        egui::TextEdit::singleline(value)
    };
    ui.add(edit.desired_width(FIELD_WIDTH)).labelled_by(l.id);
    ui.end_row();
}

/// The most room the matches of a measure search take before they scroll.
const PICKER_HEIGHT: f32 = 160.0;
const FIELD_WIDTH: f32 = 380.0;

fn choice<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut T,
    options: &[T],
    name: impl Fn(T) -> &'static str,
) {
    let l = ui.label(label);
    egui::ComboBox::from_id_salt(label)
        .selected_text(name(*value))
        .show_ui(ui, |ui| {
            for o in options {
                ui.selectable_value(value, *o, name(*o));
            }
        })
        .response
        .labelled_by(l.id);
    ui.end_row();
}

/// A measure chosen from the catalogue by typing part of its title (accents and case folded):
/// the matches below the field, Enter takes the first, a click any. 94 titles in a drop-down
/// cannot be searched and run off a laptop's screen.
fn measure_choice(ui: &mut egui::Ui, label: &str, catalogue: &Catalogue, id: &mut String) {
    let l = ui.label(label);
    let key = ui.scope_id().with("measure-search").with(label);
    let chosen = catalogue.get(id).map(|m| m.title.clone());
    let mut query: String = ui
        .data(|d| d.get_temp(key))
        .or_else(|| chosen.clone())
        .unwrap_or_default();
    ui.vertical(|ui| {
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut query)
                    .hint_text(text::t().choose)
                    .desired_width(FIELD_WIDTH),
            )
            .labelled_by(l.id);
        let folded = crate::catalogue::search::fold(&query);
        let searching = chosen.as_deref() != Some(query.as_str()) && !folded.trim().is_empty();
        if searching {
            let matches: Vec<&crate::catalogue::Measure> = catalogue
                .measures
                .iter()
                .filter(|m| crate::catalogue::search::fold(&m.title).contains(folded.trim()))
                .collect();
            if r.lost_focus()
                && ui.input(|i| i.key_pressed(egui::Key::Enter))
                && let Some(m) = matches.first()
            {
                *id = m.id.clone();
                query = m.title.clone();
            }
            egui::ScrollArea::vertical()
                .id_salt(key)
                .max_height(PICKER_HEIGHT)
                .show(ui, |ui| {
                    for m in &matches {
                        let r = ui.add(egui::Button::selectable(false, &m.title));
                        r.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::ListBoxOption, true, &m.title)
                        });
                        if r.clicked() {
                            *id = m.id.clone();
                            query = m.title.clone();
                        }
                    }
                });
        }
    });
    ui.data_mut(|d| d.insert_temp(key, query));
    ui.end_row();
}

/// The document, the place and the quote every fact needs.
fn source(ui: &mut egui::Ui, catalogue: &Catalogue, s: &mut SourceDraft) {
    let l = ui.label(text::t().document);
    let shown = catalogue
        .document(&s.doc)
        .map_or(text::t().choose, |d| d.short.as_str())
        .to_owned();
    egui::ComboBox::from_id_salt("source-document")
        .selected_text(shown)
        .width(FIELD_WIDTH)
        .show_ui(ui, |ui| {
            for d in catalogue.documents.iter().rev() {
                ui.selectable_value(&mut s.doc, d.id.clone(), &d.short);
            }
        })
        .response
        .labelled_by(l.id);
    ui.end_row();
    field(ui, text::t().place, &mut s.at, false);
    field(ui, text::t().quote, &mut s.quote, true);
}

const STATUSES: [Status; 10] = [
    Status::Proposed,
    Status::Announced,
    Status::Study,
    Status::Consultation,
    Status::BillInParliament,
    Status::Adopted,
    Status::InForce,
    Status::Ongoing,
    Status::Changed,
    Status::Dropped,
];

const LINK_KINDS: [LinkKind; 5] = [
    LinkKind::Continues,
    LinkKind::Replaces,
    LinkKind::BelongsWith,
    LinkKind::DependsOn,
    LinkKind::SeeAlso,
];

impl AdditionsView {
    /// The window, when open.
    pub fn window(
        &mut self,
        ctx: &egui::Context,
        catalogue: &Catalogue,
        user: &UserCatalogue,
        commands: &mut Vec<Command>,
    ) {
        if !self.open {
            return;
        }
        let mut open = true;
        egui::Window::new(text::t().window)
            .open(&mut open)
            .default_size([640.0, 720.0])
            .vscroll(true)
            .show(ctx, |ui| self.contents(ui, catalogue, user, commands));
        if !open {
            commands.push(Command::Catalogue(CatalogueCommand::Show(false)));
        }
    }

    fn contents(
        &mut self,
        ui: &mut egui::Ui,
        catalogue: &Catalogue,
        user: &UserCatalogue,
        commands: &mut Vec<Command>,
    ) {
        match &user.dir {
            Some(dir) => {
                let mut line = text::folder_line(dir, user.count());
                if user.dirty() {
                    line.push_str(&format!(" ({})", text::t().unsaved));
                }
                ui.label(RichText::new(line).small());
            }
            None => {
                ui.label(RichText::new(text::t().no_folder).small().weak());
            }
        }
        ui.horizontal_wrapped(|ui| {
            let save = ui.add_enabled(
                user.dir.is_some() && user.dirty(),
                egui::Button::new(text::t().save),
            );
            if save.clicked() {
                commands.push(Command::Catalogue(CatalogueCommand::Save));
            }
            if ui.button(text::t().export).clicked() {
                commands.push(Command::Catalogue(CatalogueCommand::Export));
            }
            if ui.button(text::t().import).clicked() {
                commands.push(Command::Catalogue(CatalogueCommand::Import));
            }
        });
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            for (tab, name) in [
                (Tab::Document, text::t().tab_document),
                (Tab::Step, text::t().tab_step),
                (Tab::Measure, text::t().tab_measure),
                (Tab::Correction, text::t().tab_correction),
                (Tab::Review, text::t().tab_review),
            ] {
                if ui.selectable_label(self.tab == tab, name).clicked() {
                    self.tab = tab;
                    self.feedback.clear();
                }
            }
        });
        ui.separator();
        match self.tab {
            Tab::Document => self.document_form(ui),
            Tab::Step => self.step_form(ui, catalogue),
            Tab::Measure => self.measure_form(ui, catalogue),
            Tab::Correction => self.correction_form(ui, catalogue),
            Tab::Review => review(ui, catalogue, user, commands),
        }
        if self.tab != Tab::Review {
            ui.add_space(theme::GAP_S);
            if ui.button(text::t().add).clicked()
                && let Some(draft) = self.draft()
            {
                commands.push(Command::Catalogue(CatalogueCommand::Add(Box::new(draft))));
            }
        }
        for line in &self.feedback {
            let t = RichText::new(line);
            ui.label(if self.feedback_error {
                t.color(ui.visuals().error_fg_color)
            } else {
                t
            });
        }
    }

    fn document_form(&mut self, ui: &mut egui::Ui) {
        let d = &mut self.document;
        form(ui, "document-form", |ui| {
            field(ui, text::t().title, &mut d.title, false);
            field(ui, text::t().date, &mut d.date, false);
            choice(
                ui,
                text::t().kind,
                &mut d.kind,
                &DocumentKind::ALL,
                text::document_kind,
            );
            field(ui, text::t().path, &mut d.path, false);
        });
    }

    fn step_form(&mut self, ui: &mut egui::Ui, catalogue: &Catalogue) {
        let s = &mut self.step;
        form(ui, "step-form", |ui| {
            measure_choice(ui, text::t().measure, catalogue, &mut s.measure);
            field(ui, text::t().date, &mut s.date, false);
            choice(
                ui,
                text::t().status,
                &mut s.status,
                &STATUSES,
                crate::strings::status,
            );
            field(ui, text::t().what, &mut s.text, true);
            source(ui, catalogue, &mut s.source);
        });
    }

    fn measure_form(&mut self, ui: &mut egui::Ui, catalogue: &Catalogue) {
        let (m, link_kind, link_to) = (&mut self.measure, &mut self.link_kind, &mut self.link_to);
        form(ui, "measure-form", |ui| {
            field(ui, text::t().title, &mut m.title, false);
            choice(
                ui,
                text::t().stream,
                &mut m.stream,
                &Stream::ALL,
                crate::strings::stream,
            );
            field(ui, text::t().effect, &mut m.effect, false);
            field(ui, text::t().basis, &mut m.basis, true);
            field(ui, text::t().horizon, &mut m.horizon, false);
            field(ui, text::t().implementation, &mut m.implementation, false);
            field(ui, text::t().instrument, &mut m.instrument, false);
            field(ui, text::t().ministries, &mut m.ministries, false);
            field(ui, text::t().summary, &mut m.summary, true);
            let l = ui.label(text::t().link);
            let shown = link_kind.map_or(text::t().link_none, text::link_kind);
            egui::ComboBox::from_id_salt("link-kind")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(link_kind, None, text::t().link_none);
                    for k in LINK_KINDS {
                        ui.selectable_value(link_kind, Some(k), text::link_kind(k));
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            if link_kind.is_some() {
                measure_choice(ui, text::t().linked, catalogue, link_to);
            }
            source(ui, catalogue, &mut m.source);
        });
    }

    fn correction_form(&mut self, ui: &mut egui::Ui, catalogue: &Catalogue) {
        let c = &mut self.correction;
        form(ui, "correction-form", |ui| {
            measure_choice(ui, text::t().measure, catalogue, &mut c.measure);
            choice(
                ui,
                text::t().field,
                &mut c.field,
                &CorrectedField::ALL,
                text::field,
            );
            if let Some(m) = catalogue.get(&c.measure) {
                let now = match c.field {
                    CorrectedField::Title => m.title.clone(),
                    CorrectedField::Summary => m.summary.clone(),
                    CorrectedField::Effect => m.effect_text(),
                    CorrectedField::Horizon => m.horizon.text.clone(),
                    CorrectedField::Implementation => m.implementation.clone(),
                    CorrectedField::Cost => m.cost.clone().unwrap_or_default(),
                };
                ui.label(text::t().now);
                ui.add(egui::Label::new(RichText::new(now).weak()).wrap());
                ui.end_row();
            }
            field(ui, text::t().value, &mut c.value, true);
            source(ui, catalogue, &mut c.source);
        });
    }
}

/// What the additions change against the built-in catalogue, each with its source.
fn review(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    user: &UserCatalogue,
    commands: &mut Vec<Command>,
) {
    if user.changes.is_empty() {
        ui.label(text::t().nothing_yet);
        return;
    }
    for (i, c) in user.changes.iter().enumerate() {
        let (line, source) = text::change(c, catalogue);
        ui.label(line);
        if !source.is_empty() {
            ui.label(RichText::new(source).small().weak());
        }
        if user.own_changes.contains(c)
            && ui
                .push_id(i, |ui| ui.small_button(text::t().remove))
                .inner
                .clicked()
        {
            commands.push(Command::Catalogue(CatalogueCommand::Remove(Box::new(
                c.clone(),
            ))));
        }
        ui.add_space(theme::GAP_S);
    }
}

/// In the package panel: which of the package's measures the user's catalogue adds.
pub fn package_uses(ui: &mut egui::Ui, titles: &[String]) {
    if titles.is_empty() {
        return;
    }
    ui.label(
        RichText::new(format!("{}: {}", text::t().package_uses, titles.join("; ")))
            .small()
            .italics(),
    );
}
