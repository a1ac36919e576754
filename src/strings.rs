//! Every text the UI shows, in one place, so that an English table can follow: labels, and the
//! words for the model's data (verdicts, hints, needs, months, lead times).

use crate::catalogue::search::EffectClass;
use crate::catalogue::{Catalogue, Direction, InstrumentKind, Status, Stream, Term};
use crate::effect::{Hint, HintKind, Lean, Needs, Verdict, VerdictKind};
use crate::month::{DUTCH_NAMES, Date, Month};

pub struct Strings {
    pub app_title: &'static str,
    pub export_handout: &'static str,
    pub tip_export_handout: &'static str,
    pub handout_saved: &'static str,
    pub attention: &'static str,
    pub present_confirm_leave: &'static str,
    pub present_confirm_view: &'static str,
    pub theme_toggle: &'static str,
    pub select_next: &'static str,
    pub select_previous: &'static str,
    pub clear_search: &'static str,
    pub key_space: &'static str,
    pub tip_new: &'static str,
    pub tip_open: &'static str,
    pub tip_save: &'static str,
    pub tip_save_as: &'static str,
    pub tip_undo: &'static str,
    pub tip_redo: &'static str,
    pub tip_present: &'static str,
    pub tip_present_tracks: &'static str,
    pub tip_export_md: &'static str,
    pub tip_export_html: &'static str,
    pub tip_copy_summary: &'static str,
    pub tip_theme: &'static str,
    pub tip_toggle_selected: &'static str,
    pub chart_saved: &'static str,
    pub chart_save_failed: &'static str,
    pub figure_saved: &'static str,
    pub save_failed: &'static str,
    pub note_saved: &'static str,
    pub package_saved: &'static str,
    pub note_save_failed: &'static str,
    pub cannot_open: &'static str,
    pub preset_opened: &'static str,
    pub package_save_failed: &'static str,
    pub filter_csv: &'static str,
    pub filter_png: &'static str,
    pub filter_package: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub filters: &'static str,
    pub clear_filters: &'static str,
    pub facet_stream: &'static str,
    pub facet_effect: &'static str,
    pub facet_term: &'static str,
    pub facet_instrument: &'static str,
    pub facet_ministry: &'static str,
    pub facet_track: &'static str,
    pub facet_document: &'static str,
    pub no_selection: &'static str,
    pub no_file_dialog: &'static str,
    pub timeline_unit: &'static str,
    pub slide_effect_title: &'static str,
    pub on_balance: &'static str,
    pub slide_term_unknown: &'static str,
    pub slide_weighted: &'static str,
    pub slide_effect_caveat: &'static str,
    /// The effect slide's legend: increasing, limiting, mixed, neutral, mostly unknown.
    pub slide_legend: [&'static str; 5],
    pub open_by_dropping: &'static str,
    pub no_matches: &'static str,
    pub package: &'static str,
    pub package_empty: &'static str,
    pub theme_dark: &'static str,
    pub theme_light: &'static str,
    pub load_problems: &'static str,
    pub load_problems_intro: &'static str,
    pub close: &'static str,
    pub field_effect: &'static str,
    pub field_horizon: &'static str,
    pub field_implementation: &'static str,
    pub field_instrument: &'static str,
    pub field_ministries: &'static str,
    pub field_tracks: &'static str,
    pub field_cost: &'static str,
    pub field_stream: &'static str,
    pub summary: &'static str,
    pub fiche: &'static str,
    pub fiche_description: &'static str,
    pub fiche_effect: &'static str,
    pub fiche_legal: &'static str,
    pub fiche_eu: &'static str,
    pub fiche_other: &'static str,
    pub fiche_timing: &'static str,
    pub fiche_needs: &'static str,
    pub fiche_implementation: &'static str,
    pub variants_components: &'static str,
    pub variants_alternatives: &'static str,
    pub history: &'static str,
    pub links: &'static str,
    pub ambiguities: &'static str,
    pub sources: &'static str,
    pub line: &'static str,
    pub none: &'static str,
    pub package_how: &'static str,
    pub package_name: &'static str,
    pub unsaved: &'static str,
    pub combined_effect: &'static str,
    pub overall: &'static str,
    pub weights_in_use: &'static str,
    pub term_unknown: &'static str,
    pub why: &'static str,
    pub pushing_up: &'static str,
    pub pushing_down: &'static str,
    pub not_known: &'static str,
    pub hints: &'static str,
    pub needs: &'static str,
    pub package_measures: &'static str,
    pub unknown_in_package: &'static str,
    pub meeting_status: &'static str,
    pub variant: &'static str,
    pub no_variant: &'static str,
    pub weight: &'static str,
    pub note: &'static str,
    pub remove_from_package: &'static str,
    pub add_to_package: &'static str,
    pub add_to_package_button: &'static str,
    pub in_package: &'static str,
    pub menu_package: &'static str,
    pub new: &'static str,
    pub open: &'static str,
    pub save: &'static str,
    pub save_as: &'static str,
    pub recent: &'static str,
    pub presets: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub compare: &'static str,
    pub fiche_tab: &'static str,
    pub unsaved_title: &'static str,
    pub unsaved_question: &'static str,
    pub dont_save: &'static str,
    pub cancel: &'static str,
    pub recover_question: &'static str,
    pub recover: &'static str,
    pub discard: &'static str,
    pub recover_unsaved_document: &'static str,
    pub recover_where: &'static str,
    pub recover_more: &'static str,
    pub rejected_not_counted: &'static str,
    pub export_md: &'static str,
    pub export_png: &'static str,
    pub milestone: &'static str,
    pub timeline: &'static str,
    pub decision_date: &'static str,
    pub sort_by: &'static str,
    pub sort_start: &'static str,
    pub assumptions: &'static str,
    pub all_in_force: &'static str,
    pub decided_by: &'static str,
    pub rests_on_assumption: &'static str,
    pub lead_unknown: &'static str,
    pub legislative_load: &'static str,
    pub uncertain_part: &'static str,
    pub effect_after: &'static str,
    pub today: &'static str,
    pub measure: &'static str,
    pub lead_time: &'static str,
    pub basis: &'static str,
    pub source_words: &'static str,
    pub basis_source: &'static str,
    pub basis_assumption: &'static str,
    pub basis_unknown: &'static str,
    pub past_start: &'static str,
    pub assumptions_intro: &'static str,
    pub any_decision: &'static str,
    pub reset_assumptions: &'static str,
    pub present: &'static str,
    pub present_tracks: &'static str,
    pub figures_tab: &'static str,
    pub no_figures: &'static str,
    pub choose_figure: &'static str,
    pub unit: &'static str,
    pub show_as_table: &'static str,
    pub export_csv: &'static str,
    pub numbers_not_available: &'static str,
    pub source: &'static str,
    pub informs: &'static str,
    pub total: &'static str,
    pub missing: &'static str,
    pub figures_for_measure: &'static str,
    pub export_html: &'static str,
    pub copy_summary: &'static str,
    pub summary_copied: &'static str,
    pub unknown_document: &'static str,
    pub compare_add_preset: &'static str,
    pub compare_add_file: &'static str,
    pub compare_remove: &'static str,
    pub compare_how: &'static str,
    pub compare_verdicts: &'static str,
    pub compare_differing: &'static str,
    pub compare_same: &'static str,
    pub compare_in: &'static str,
    pub per_stream: &'static str,
    pub stream_by_term: &'static str,
    pub term_unknown_col: &'static str,
    pub rejected_group: &'static str,
    pub collapse_package: &'static str,
    pub expand_package: &'static str,
    pub focus_mode: &'static str,
    pub tip_collapse_package: &'static str,
    pub tip_focus_mode: &'static str,
    pub measures_count_one: &'static str,
    pub measures_count_many: &'static str,
    pub field_title: &'static str,
    pub field_variants: &'static str,
    pub field_sections: &'static str,
    pub data_notes: &'static str,
    pub data_notes_intro: &'static str,
    pub no_own_sign: &'static str,
    pub ministries_not_recorded: &'static str,
    pub region_catalogue: &'static str,
    pub region_package: &'static str,
    pub region_centre: &'static str,
    pub region_figure_list: &'static str,
}

pub static NL: Strings = Strings {
    app_title: "Knoppen",
    export_handout: "Hand-out opslaan (PDF)…",
    tip_export_handout: "Sla de presentatie op als PDF: één pagina per dia, om uit te delen",
    handout_saved: "Hand-out opgeslagen",
    attention: "Let op",
    present_confirm_leave: "Druk nogmaals op Esc om de presentatie te verlaten.",
    present_confirm_view: "Presentatorweergave met notities: alleen voor een tweede scherm dat niet gespiegeld wordt. Druk nogmaals op P om haar te openen.",
    theme_toggle: "Thema wisselen",
    select_next: "Volgende maatregel",
    select_previous: "Vorige maatregel",
    clear_search: "Zoekopdracht wissen (nog eens: filters wissen)",
    key_space: "Spatie",
    tip_new: "Begin een nieuw, leeg pakket",
    tip_open: "Open een opgeslagen pakket",
    tip_save: "Sla het pakket op",
    tip_save_as: "Sla het pakket op onder een andere naam",
    tip_undo: "Maak de laatste wijziging ongedaan",
    tip_redo: "Doe de ongedaan gemaakte wijziging opnieuw",
    tip_present: "Presenteer het pakket op volledig scherm",
    tip_present_tracks: "Presenteer de vijf sporen uit de catalogus",
    tip_export_md: "Sla de notitie bij het pakket op als Markdown",
    tip_export_html: "Sla de notitie bij het pakket op als HTML (print naar PDF vanuit de browser)",
    tip_copy_summary: "Zet een korte samenvatting van het pakket op het klembord",
    tip_theme: "Wissel tussen licht en donker",
    tip_toggle_selected: "Zet de gekozen maatregel in het pakket of haal hem eruit",
    chart_saved: "Grafiek opgeslagen",
    chart_save_failed: "Grafiek opslaan mislukt",
    figure_saved: "Cijfers opgeslagen",
    save_failed: "Opslaan mislukt",
    note_saved: "Notitie opgeslagen",
    package_saved: "Pakket opgeslagen",
    note_save_failed: "Notitie opslaan mislukt",
    cannot_open: "Kan het pakket niet openen",
    preset_opened: "Voorbeeldpakket geopend als kopie",
    package_save_failed: "Het pakket is niet verloren; kies een andere plek met Opslaan als.",
    filter_csv: "CSV",
    filter_png: "PNG",
    filter_package: "Knoppen-pakket",
    search_label: "Zoeken",
    search_hint: "Zoek in titel, samenvatting en fiche (Ctrl+F)",
    filters: "Filters",
    clear_filters: "Wis filters",
    facet_stream: "Migratiestroom",
    facet_effect: "Effect op instroom",
    facet_term: "Termijn",
    facet_instrument: "Benodigd",
    facet_ministry: "Ministerie",
    facet_track: "Spoor",
    facet_document: "Brondocument",
    no_selection: "Kies links een maatregel om de fiche te lezen.",
    slide_effect_title: "Effect op de instroom",
    on_balance: "Per saldo",
    slide_term_unknown: "Termijn niet genoemd",
    slide_weighted: "Met de eigen weging van dit overleg (geen bron).",
    slide_effect_caveat: "De bronnen geven richtingen, geen omvang. Onbekend telt nooit als neutraal.",
    slide_legend: [
        "verhogend",
        "beperkend",
        "gemengd",
        "neutraal",
        "grotendeels onbekend",
    ],
    timeline_unit: "In jaren. Een balk loopt van het besluit tot de invoering; het lichte deel is de onzekere marge.",
    no_file_dialog: "Het venster om een bestand te kiezen kan op deze computer niet openen",
    open_by_dropping: "Sleep het pakketbestand naar dit venster, of start Knoppen met het bestand: knoppen BESTAND.knoppen",
    no_matches: "Geen maatregelen gevonden. Esc wist de zoekopdracht.",
    package: "Pakket",
    package_empty: "Nog geen maatregelen in het pakket.",
    theme_dark: "Donker thema",
    theme_light: "Licht thema",
    load_problems: "Problemen bij het laden",
    load_problems_intro: "Deze onderdelen zijn niet geladen; de rest van de catalogus wel.",
    close: "Sluiten",
    field_effect: "Effect",
    field_horizon: "Tijdsindicatie",
    field_implementation: "Implementatietermijn",
    field_instrument: "Benodigd",
    field_ministries: "Ministerie",
    field_tracks: "Spoor",
    field_cost: "Kosten",
    field_stream: "Migratiestroom",
    summary: "Samenvatting",
    fiche: "Fiche",
    fiche_description: "Beschrijving",
    fiche_effect: "Effect",
    fiche_legal: "Juridische haalbaarheid",
    fiche_eu: "Vergelijking met andere EU-lidstaten",
    fiche_other: "Overige relevante informatie",
    fiche_timing: "Tijdsindicatie",
    fiche_needs: "Benodigd",
    fiche_implementation: "Implementatie",
    variants_components: "Onderdelen",
    variants_alternatives: "Varianten (kies er één)",
    history: "Wat ermee gebeurde",
    links: "Samenhang",
    ambiguities: "Onduidelijk in de bron",
    sources: "Bronnen",
    line: "regel",
    none: "—",
    package_how: "Vink maatregelen aan in de lijst (of druk op spatie bij de gekozen maatregel), of kies een voorbeeldpakket onder Pakket.",
    package_name: "Naam pakket",
    unsaved: "niet opgeslagen",
    combined_effect: "Effect op instroom",
    overall: "Totaal",
    weights_in_use: "Met eigen weging van dit overleg (geen bron).",
    term_unknown: "termijn ?",
    why: "Waarom",
    pushing_up: "Verhogend",
    pushing_down: "Beperkend",
    not_known: "Onbekend (PM, nnb, gemengd)",
    hints: "Let op",
    needs: "Benodigd",
    package_measures: "Maatregelen in het pakket",
    unknown_in_package: "Niet in deze catalogus (blijven bewaard)",
    meeting_status: "Status in overleg",
    variant: "Gekozen variant",
    no_variant: "(nog geen keuze)",
    weight: "Eigen weging (oordeel overleg, geen bron)",
    note: "Notitie",
    remove_from_package: "Uit pakket halen",
    add_to_package: "In pakket",
    add_to_package_button: "Toevoegen aan pakket",
    in_package: "In pakket",
    menu_package: "Pakket",
    new: "Nieuw",
    open: "Openen…",
    save: "Opslaan",
    save_as: "Opslaan als…",
    recent: "Recent geopend",
    presets: "Voorbeeldpakketten uit de bronnen",
    undo: "Ongedaan maken",
    redo: "Opnieuw",
    compare: "Vergelijken",
    fiche_tab: "Fiche",
    unsaved_title: "Niet-opgeslagen wijzigingen",
    unsaved_question: "Het pakket heeft wijzigingen die niet zijn opgeslagen. Eerst opslaan?",
    dont_save: "Niet opslaan",
    cancel: "Annuleren",
    recover_question: "Er is een pakket van een eerdere sessie dat niet was opgeslagen.",
    recover: "Herstellen",
    discard: "Weggooien",
    recover_unsaved_document: "nog nooit opgeslagen",
    recover_where: "Herstelbestanden staan in",
    recover_more: "meer om te herstellen",
    figures_tab: "Cijfers",
    no_figures: "Geen cijfers in deze catalogus.",
    choose_figure: "Kies links een figuur.",
    unit: "Eenheid",
    show_as_table: "Toon als tabel",
    export_csv: "CSV opslaan…",
    numbers_not_available: "De bron toont hier een grafiek, maar de getallen staan niet in de tekst. Knoppen verzint ze niet.",
    source: "Bron",
    informs: "Hoort bij de maatregelen",
    total: "Totaal (bron)",
    missing: "niet beschikbaar",
    figures_for_measure: "Cijfers bij deze maatregel",
    present: "Presenteren",
    present_tracks: "Sporen presenteren",
    timeline: "Tijdlijn",
    decision_date: "Besluitdatum",
    sort_by: "Sorteer op",
    sort_start: "start",
    assumptions: "Aannames",
    all_in_force: "Alles kan in werking zijn",
    decided_by: "Bepaald door",
    rests_on_assumption: "Deze datum rust deels op aannames van Knoppen, niet op de bronnen.",
    lead_unknown: "Doorlooptijd onbekend (bron en instrument zwijgen)",
    legislative_load: "Wetgevingslast (start per jaar)",
    uncertain_part: "Onzeker deel",
    effect_after: "Effect (termijn, aanname)",
    today: "Vandaag",
    measure: "Maatregel",
    lead_time: "Doorlooptijd",
    basis: "Grondslag",
    source_words: "Woorden van de bron",
    basis_source: "bron",
    basis_assumption: "aanname",
    basis_unknown: "onbekend",
    past_start: "startdatum uit de bron ligt in het verleden:",
    assumptions_intro: "Waar de bronnen geen doorlooptijd of jaren noemen, rekent Knoppen met deze aannames. Pas ze aan; de tijdlijn volgt.",
    any_decision: "Besluit (MR, bewindspersoon, overig)",
    reset_assumptions: "Standaardwaarden",
    export_png: "PNG opslaan…",
    milestone: "Mijlpaal uit de bron",
    export_md: "Notitie opslaan (Markdown)…",
    export_html: "Notitie opslaan (HTML, om te printen)…",
    copy_summary: "Samenvatting kopiëren",
    summary_copied: "Samenvatting van het pakket staat op het klembord.",
    rejected_not_counted: "Afgewezen maatregelen staan in de lijst maar tellen niet mee.",
    unknown_document: "onbekend document",
    compare_add_preset: "Pakket toevoegen: voorbeeld",
    compare_add_file: "Pakket toevoegen: bestand…",
    compare_remove: "Verwijder",
    compare_how: "Voeg een of twee pakketten toe om ze naast het huidige pakket te zetten.",
    compare_verdicts: "Oordeel per migratiestroom",
    compare_differing: "Maatregelen die verschillen",
    compare_same: "Geen: de pakketten bevatten dezelfde maatregelen.",
    compare_in: "in pakket",
    per_stream: "Per migratiestroom",
    stream_by_term: "Per stroom en termijn",
    term_unknown_col: "?",
    rejected_group: "Afgewezen (telt niet mee)",
    collapse_package: "Pakketpaneel inklappen",
    expand_package: "Pakketpaneel tonen",
    focus_mode: "Focusmodus",
    tip_collapse_package: "Klap het pakketpaneel in tot een smalle samenvatting, of klap het weer uit",
    tip_focus_mode: "Geef het midden de hele breedte (nog eens: panelen terug)",
    measures_count_one: "maatregel",
    measures_count_many: "maatregelen",
    field_title: "Titel",
    field_variants: "Varianten",
    field_sections: "Tekst uit latere brieven",
    data_notes: "Toelichting bij de gegevens",
    data_notes_intro: "Voor wie de gegevens controleert: keuzes bij het overnemen uit de bronnen, en de vindplaats in de tekstbestanden.",
    no_own_sign: "De bron geeft de onderdelen geen eigen teken; het teken van de maatregel geldt voor het geheel.",
    ministries_not_recorded: "niet vermeld in de bronnen",
    region_catalogue: "Catalogus",
    region_package: "Pakketpaneel",
    region_centre: "Werkvlak",
    region_figure_list: "Lijst van figuren",
};

/// Where a fact stands, in the reader's words: the document's name and the place in it
/// ("Kamerbrief 14 november 2024, § 'Huisvesting', alinea 1"); never a file number or a line.
pub fn source_place(catalogue: &Catalogue, s: &crate::catalogue::Source) -> String {
    let doc = catalogue
        .document(&s.doc)
        .map_or_else(|| t().unknown_document.to_owned(), |d| d.short.clone());
    if s.at.trim().is_empty() {
        doc
    } else {
        format!("{doc}, {}", s.at)
    }
}

/// For whoever checks the data: the place, with the file and the line of its text extraction.
pub fn source_detail(catalogue: &Catalogue, s: &crate::catalogue::Source) -> String {
    let file = catalogue
        .document(&s.doc)
        .map_or(s.doc.as_str(), |d| d.file.as_str());
    match s.line {
        Some(l) => format!("{} — {file}, {} {l}", source_place(catalogue, s), t().line),
        None => format!("{} — {file}", source_place(catalogue, s)),
    }
}

/// Text from the catalogue with its document numbers ("000", "(001)") replaced by the
/// documents' names, as users know them.
pub fn in_words(catalogue: &Catalogue, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find("00") {
        let (before, tail) = rest.split_at(pos);
        out.push_str(before);
        let id = tail.get(..3).unwrap_or(tail);
        let prev = out.chars().last();
        let next = tail.get(3..).and_then(|t| t.chars().next());
        let standalone = !prev.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',')
            && !next.is_some_and(|c| c.is_alphanumeric());
        match catalogue.document(id).filter(|_| standalone) {
            Some(d) => {
                // "Voorstel in 000" would read "Voorstel in Voorstel minister SZW": the name
                // already says what kind of document it is.
                let first = d.short.split_whitespace().next().unwrap_or_default();
                let echo = format!("{first} in ");
                if !first.is_empty() && out.ends_with(&echo) {
                    out.truncate(out.len() - echo.len());
                }
                out.push_str(&d.short);
                rest = &tail[3..];
            }
            None => {
                out.push_str("00");
                rest = &tail[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A curation note's field, in words ("title" → "Titel"); unknown fields are left out.
pub fn field_name(field: &str) -> Option<&'static str> {
    let base = field.split('.').next().unwrap_or(field);
    Some(match base {
        "effect" => t().field_effect,
        "horizon" => t().field_horizon,
        "implementation" => t().field_implementation,
        "instrument" => t().field_instrument,
        "ministries" => t().field_ministries,
        "cost" => t().field_cost,
        "title" => t().field_title,
        "summary" => t().summary,
        "fiche" => t().fiche,
        "variants" => t().field_variants,
        "links" => t().links,
        "sources" => t().sources,
        "steps" | "status" => t().history,
        "sections" => t().field_sections,
        "tracks" => t().field_tracks,
        _ => return None,
    })
}

/// "JenV, SZW; bij 5 maatregelen niet vermeld in de bronnen": the ministries as the sources
/// record them, and how many measures record none (so a short list does not read as complete).
pub fn ministries_line(n: &Needs) -> String {
    let missing = t().ministries_not_recorded;
    match (n.ministries.is_empty(), n.without_ministry) {
        (true, _) => missing.to_owned(),
        (false, 0) => n.ministries.join(", "),
        (false, k) => format!(
            "{}; bij {} {missing}",
            n.ministries.join(", "),
            count(k, "maatregel", "maatregelen")
        ),
    }
}

/// A title cut to `n` characters, with an ellipsis when cut (the full title goes on hover).
pub fn short_title(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>().trim_end())
    }
}

/// A hint's short title, for the bullet it heads.
pub fn hint_title(h: &Hint) -> String {
    match &h.kind {
        HintKind::Opposite { stream: s, .. } => format!("Tegengesteld binnen {}", stream(*s)),
        HintKind::Excludes { .. } => "Sluiten elkaar uit".into(),
        HintKind::MissingPartner { .. } => "Hoort bij een maatregel buiten het pakket".into(),
        HintKind::MissingDependency { .. } => "Hangt af van een maatregel buiten het pakket".into(),
        HintKind::KnockOn { .. } => "Doorwerking op gezinsmigratie".into(),
        HintKind::NoVariantChosen { .. } => "Nog geen variant gekozen".into(),
    }
}

/// A hint in words with titles cut to `n` characters: the bullet text in the package panel.
pub fn hint_text_short(h: &Hint, catalogue: &Catalogue, n: usize) -> String {
    hint_words(h, &|id: &str| {
        catalogue
            .get(id)
            .map_or(id.to_owned(), |m| short_title(&m.title, n))
    })
}

/// The legend of the stream × term matrix.
pub fn matrix_legend() -> &'static str {
    "+ verhogend · – beperkend · ± beide richtingen · 0 neutraal · ? grotendeels onbekend (PM, nnb) · \
     KT, MLT, LT: korte, middellange, lange termijn · ? als kolom: de bron noemt geen termijn"
}

/// The strings of the current language.
impl Strings {
    /// The heading of a notes page in the hand-out.
    pub fn handout_notes(&self, slide: usize) -> String {
        format!("Notities bij dia {slide}")
    }

    /// "… en 3 meer (in de notitie)".
    pub fn and_more(&self, n: u32) -> String {
        format!("… en {n} meer (in de notitie)")
    }
}

pub fn t() -> &'static Strings {
    &NL
}

pub fn stream(s: Stream) -> &'static str {
    match s {
        Stream::Arbeid => "Arbeid",
        Stream::Studie => "Studie",
        Stream::Gezin => "Gezin",
        Stream::Asiel => "Asiel",
        Stream::Eu => "EU-inzet",
    }
}

pub fn direction(d: Direction) -> &'static str {
    match d {
        Direction::Increase => "toename",
        Direction::PossibleIncrease => "mogelijk toename",
        Direction::Neutral => "neutraal",
        Direction::NeutralToDecrease => "neutraal tot beperkend",
        Direction::Decrease => "beperkend",
        Direction::StrongDecrease => "sterk beperkend",
        Direction::Mixed => "gemengd",
        Direction::Unknown => "nog onbekend",
        Direction::NotApplicable => "niet van toepassing",
    }
}

pub fn effect_class(c: EffectClass) -> &'static str {
    match c {
        EffectClass::Increase => "Toename",
        EffectClass::Decrease => "Beperking",
        EffectClass::Neutral => "Neutraal",
        EffectClass::Mixed => "Gemengd",
        EffectClass::Unknown => "Onbekend",
    }
}

pub fn term(t: Term) -> &'static str {
    match t {
        Term::KT => "Korte termijn",
        Term::MLT => "Middellange termijn",
        Term::LT => "Lange termijn",
    }
}

pub fn term_short(t: Term) -> &'static str {
    match t {
        Term::KT => "KT",
        Term::MLT => "MLT",
        Term::LT => "LT",
    }
}

pub fn instrument(k: InstrumentKind) -> &'static str {
    match k {
        InstrumentKind::Law => "Wet(swijziging)",
        InstrumentKind::Amvb => "AMvB",
        InstrumentKind::Regulation => "Lagere regelgeving",
        InstrumentKind::CabinetDecision => "Besluit MR",
        InstrumentKind::MinisterDecision => "Besluit bewindspersoon",
        InstrumentKind::Decision => "Besluit (overig)",
        InstrumentKind::EuEffort => "Inzet in EU",
        InstrumentKind::Agreement => "Bestuursakkoord",
        InstrumentKind::Funding => "Financiering",
        InstrumentKind::Execution => "Uitvoering",
        InstrumentKind::Unknown => "Nog onbekend",
    }
}

pub fn status(s: Status) -> &'static str {
    match s {
        Status::Proposed => "voorgesteld",
        Status::Announced => "aangekondigd",
        Status::Study => "in onderzoek",
        Status::Consultation => "in consultatie",
        Status::BillInParliament => "wetsvoorstel bij de Kamer",
        Status::Adopted => "aangenomen / besloten",
        Status::InForce => "in werking",
        Status::Ongoing => "loopt",
        Status::Changed => "gewijzigd",
        Status::Dropped => "niet doorgezet",
    }
}

pub fn track(n: u8) -> String {
    format!("Spoor {n}")
}

pub fn meeting_status(s: crate::package::MeetingStatus) -> &'static str {
    use crate::package::MeetingStatus as M;
    match s {
        M::Proposed => "voorgesteld",
        M::Agreed => "akkoord",
        M::InDoubt => "twijfel",
        M::Rejected => "afgewezen",
    }
}

/// "2026-03" → "maart 2026".
pub fn month_name(m: Month) -> String {
    let name = DUTCH_NAMES
        .get(m.month() as usize - 1)
        .copied()
        .unwrap_or("?");
    format!("{name} {}", m.year())
}

/// "2026-11-22" → "22 november 2026".
pub fn long_date(d: Date) -> String {
    format!("{} {}", d.day(), month_name(d.month()))
}

/// A lead time in words: "12–24 mnd", "6 mnd", "≥ 24 mnd" (the source gives no maximum),
/// "onbekend".
pub fn lead_text(min: Option<u32>, max: Option<u32>) -> String {
    match (min, max) {
        (Some(a), Some(b)) if a == b => format!("{a} mnd"),
        (Some(a), Some(b)) => format!("{a}–{b} mnd"),
        (Some(a), None) => format!("≥ {a} mnd"),
        (None, Some(b)) => format!("≤ {b} mnd"),
        (None, None) => "onbekend".into(),
    }
}

/// "1 wetswijziging", "2 wetswijzigingen".
/// "1 maatregel", "3 maatregelen": a count with its real singular or plural.
pub fn count(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A number with one decimal, Dutch style: 3.0 → "3,0".
pub fn decimal(x: f32) -> String {
    dutch(&format!("{x:.1}"))
}

/// "-1234567.5" → "-1.234.567,5": thousands grouped with points, a decimal comma.
fn dutch(plain: &str) -> String {
    let (sign, digits) = plain
        .strip_prefix('-')
        .map_or(("", plain), |rest| ("-", rest));
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

/// A figure's value as shown on screen: Dutch numbers, a range with an en dash, the source's
/// own text as it stands.
pub fn figure_value(v: &crate::catalogue::figures::Value) -> String {
    use crate::catalogue::figures::Value;
    match v {
        Value::N(n) => number(*n),
        Value::Range(a, b) => format!("{}–{}", number(*a), number(*b)),
        Value::Text(t) => t.clone(),
        Value::Missing => t().missing.to_owned(),
    }
}

/// The verdict in words: "per saldo beperkend, 1 onbekend", "gemengd: 2 verhogend, 3 beperkend
/// — met de weging van dit overleg weegt beperkend (3,0 tegen 1,0)".
pub fn verdict(v: &Verdict) -> String {
    let tail = if v.unknown > 0 {
        format!(", {} onbekend", v.unknown)
    } else {
        String::new()
    };
    let base = match v.kind {
        VerdictKind::Empty => return "geen maatregelen".into(),
        VerdictKind::MostlyUnknown { unknown, total } => {
            return format!("grotendeels onbekend: {unknown} van {total} PM of onbekend");
        }
        VerdictKind::Neutral => format!("neutraal{tail}"),
        VerdictKind::Decreasing => format!("per saldo beperkend{tail}"),
        VerdictKind::Increasing => format!("per saldo verhogend{tail}"),
        VerdictKind::Mixed { up, down } => {
            format!("gemengd: {up} verhogend, {down} beperkend{tail}")
        }
    };
    match v.lean {
        Some(w) => {
            let lean = match w.lean {
                Lean::Decreasing => "weegt beperkend",
                Lean::Increasing => "weegt verhogend",
                Lean::Even => "weegt gelijk op",
            };
            format!(
                "{base} — met de weging van dit overleg {lean} ({} tegen {})",
                decimal(w.decrease_weight),
                decimal(w.increase_weight)
            )
        }
        None => base,
    }
}

/// The verdict in a few words, for a headline read in seconds: "per saldo beperkend",
/// "gemengd, weegt beperkend", "grotendeels onbekend". The counts are in [`verdict_detail`].
pub fn verdict_short(v: &Verdict) -> String {
    let lean = v.lean.map(|w| match w.lean {
        Lean::Decreasing => "weegt beperkend",
        Lean::Increasing => "weegt verhogend",
        Lean::Even => "weegt gelijk op",
    });
    match (v.kind, lean) {
        (VerdictKind::Empty, _) => "geen maatregelen".into(),
        (VerdictKind::MostlyUnknown { .. }, _) => "grotendeels onbekend".into(),
        (VerdictKind::Neutral, _) => "neutraal".into(),
        (VerdictKind::Decreasing, _) => "per saldo beperkend".into(),
        (VerdictKind::Increasing, _) => "per saldo verhogend".into(),
        (VerdictKind::Mixed { .. }, Some(l)) => format!("gemengd, {l}"),
        (VerdictKind::Mixed { .. }, None) => "gemengd".into(),
    }
}

/// The counts behind a headline verdict: "1 verhogend, 4 beperkend, 1 onbekend; weging 5,0
/// tegen 1,0"; `None` when the headline says it all.
pub fn verdict_detail(v: &Verdict) -> Option<String> {
    let mut parts = match v.kind {
        VerdictKind::Empty => return None,
        VerdictKind::MostlyUnknown { unknown, total } => {
            vec![format!("{unknown} van {total} PM of onbekend")]
        }
        VerdictKind::Mixed { up, down } => vec![format!("{up} verhogend, {down} beperkend")],
        _ => Vec::new(),
    };
    if v.unknown > 0 && !matches!(v.kind, VerdictKind::MostlyUnknown { .. }) {
        parts.push(format!("{} onbekend", v.unknown));
    }
    if let Some(w) = v.lean {
        parts.push(format!(
            "weging overleg {} beperkend tegen {} verhogend",
            decimal(w.decrease_weight),
            decimal(w.increase_weight)
        ));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// A hint in words, with the measures' titles (their ids when the catalogue lacks them).
pub fn hint_text(h: &Hint, catalogue: &Catalogue) -> String {
    hint_words(h, &|id: &str| {
        catalogue.get(id).map_or(id.to_owned(), |m| m.title.clone())
    })
}

fn hint_words(h: &Hint, title: &dyn Fn(&str) -> String) -> String {
    let titles = |ids: &[String]| ids.iter().map(|i| title(i)).collect::<Vec<_>>().join(", ");
    match &h.kind {
        HintKind::Opposite {
            stream: s,
            increasing,
            decreasing,
        } => format!(
            "{}: {} verhogend tegenover {} beperkend",
            stream(*s),
            titles(increasing),
            titles(decreasing)
        ),
        HintKind::Excludes { measure, other } => {
            format!("{} sluit {} uit", title(measure), title(other))
        }
        HintKind::MissingPartner { measure, partner } => format!(
            "{} hoort volgens de bron bij {} (niet in het pakket)",
            title(measure),
            title(partner)
        ),
        HintKind::MissingDependency { measure, partner } => format!(
            "{} hangt af van {} (niet in het pakket)",
            title(measure),
            title(partner)
        ),
        HintKind::KnockOn { symbol, .. } => {
            format!("Gezinsmigratie volgt arbeidsmigratie: “{symbol}”")
        }
        HintKind::NoVariantChosen { measure } => {
            format!("{}: nog geen variant gekozen", title(measure))
        }
    }
}

/// A number the Dutch way: 1.234.567 and 0,6.
pub fn number(x: f64) -> String {
    if !x.is_finite() {
        return "?".into();
    }
    let negative = x < 0.0;
    let text = format!("{:.2}", x.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let fraction = fraction.trim_end_matches('0');
    let sign = if negative { "-" } else { "" };
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{fraction}")
    }
}

/// "Ministerie genoemd bij 1 van de 3 maatregelen: JenV".
pub fn ministries_recorded(ministries: &[String], with: usize, total: usize) -> String {
    let word = if ministries.len() == 1 {
        "Ministerie"
    } else {
        "Ministeries"
    };
    let of = count(
        u32::try_from(total).unwrap_or(u32::MAX),
        "maatregel",
        "maatregelen",
    );
    format!(
        "{word} genoemd bij {with} van de {of}: {}",
        ministries.join(", ")
    )
}

/// The notice when a package names measures this catalogue lacks.
pub fn unknown_measures_opened(ids: &[String]) -> String {
    let n = u32::try_from(ids.len()).unwrap_or(u32::MAX);
    let kept = if n == 1 { "die blijft" } else { "die blijven" };
    format!(
        "Dit pakket noemt {} die deze catalogus niet kent: {}. De rest is geopend; {kept} in het bestand bewaard.",
        count(n, "maatregel", "maatregelen"),
        fold(ids, 10).join(", "),
    )
}

/// The first `max` items, then "… en 297 meer": a banner with a long list keeps its close
/// button on screen.
pub fn fold(items: &[String], max: usize) -> Vec<String> {
    let mut out: Vec<String> = items.iter().take(max).cloned().collect();
    if items.len() > max {
        out.push(format!("… en {} meer", items.len() - max));
    }
    out
}

/// "2027: 2 wetswijzigingen, 1 AMvB": the legislative load of one year.
pub fn legislative_load(year: i32, laws: u32, amvbs: u32) -> String {
    format!(
        "{year}: {}, {}",
        count(laws, "wetswijziging", "wetswijzigingen"),
        count(amvbs, "AMvB", "AMvB's")
    )
}

/// "2 wetswijzigingen, 1 AMvB": what the package needs, in words; "—" for nothing.
pub fn needs_summary(n: &Needs) -> String {
    let measures = |c: u32| count(c, "maatregel", "maatregelen");
    let parts = [
        (n.laws, count(n.laws, "wetswijziging", "wetswijzigingen")),
        (n.amvbs, count(n.amvbs, "AMvB", "AMvB's")),
        (
            n.cabinet_decisions,
            count(
                n.cabinet_decisions,
                "besluit van de ministerraad",
                "besluiten van de ministerraad",
            ),
        ),
        (
            n.minister_decisions,
            count(
                n.minister_decisions,
                "besluit van een bewindspersoon",
                "besluiten van bewindspersonen",
            ),
        ),
        (
            n.other_decisions,
            count(
                n.other_decisions,
                "overig besluit of overige regeling",
                "overige besluiten of regelingen",
            ),
        ),
        (
            n.eu_efforts,
            format!("inzet in de EU bij {}", measures(n.eu_efforts)),
        ),
        (
            n.agreements,
            count(n.agreements, "bestuursakkoord", "bestuursakkoorden"),
        ),
        (
            n.unknown,
            format!("instrument nog onbekend bij {}", measures(n.unknown)),
        ),
    ];
    let v: Vec<String> = parts
        .into_iter()
        .filter(|(c, _)| *c > 0)
        .map(|(_, words)| words)
        .collect();
    if v.is_empty() {
        "—".into()
    } else {
        v.join(", ")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn document_numbers_become_names_without_echo() {
        let report = crate::catalogue::Catalogue::builtin();
        let c = &report.catalogue;
        assert_eq!(
            super::in_words(c, "Voorstel in 000 §2.5: de aftrek vervalt."),
            "Voorstel minister SZW, 2023 §2.5: de aftrek vervalt."
        );
        assert_eq!(
            super::in_words(c, "Alternatief 1) in 000 §2.5."),
            "Alternatief 1) in Voorstel minister SZW, 2023 §2.5."
        );
        assert_eq!(super::in_words(c, "in 2000 mensen"), "in 2000 mensen");
    }

    use super::*;
    use crate::effect::WeightedLean;

    fn v(kind: VerdictKind, unknown: u32) -> Verdict {
        Verdict {
            kind,
            unknown,
            lean: None,
        }
    }

    #[test]
    fn verdicts_in_words() {
        use VerdictKind::*;
        assert_eq!(verdict(&v(Empty, 0)), "geen maatregelen");
        assert_eq!(verdict(&v(Decreasing, 0)), "per saldo beperkend");
        assert_eq!(verdict(&v(Increasing, 0)), "per saldo verhogend");
        assert_eq!(
            verdict(&v(Mixed { up: 2, down: 3 }, 0)),
            "gemengd: 2 verhogend, 3 beperkend"
        );
        assert_eq!(
            verdict(&v(
                MostlyUnknown {
                    unknown: 3,
                    total: 5
                },
                3
            )),
            "grotendeels onbekend: 3 van 5 PM of onbekend"
        );
        assert_eq!(
            verdict(&v(Decreasing, 1)),
            "per saldo beperkend, 1 onbekend"
        );
        assert_eq!(verdict(&v(Neutral, 0)), "neutraal");
    }

    #[test]
    fn weights_are_worded_with_a_decimal_comma() {
        let mut w = v(VerdictKind::Mixed { up: 1, down: 1 }, 0);
        w.lean = Some(WeightedLean {
            lean: Lean::Decreasing,
            decrease_weight: 3.0,
            increase_weight: 1.0,
        });
        assert_eq!(
            verdict(&w),
            "gemengd: 1 verhogend, 1 beperkend — met de weging van dit overleg weegt beperkend (3,0 tegen 1,0)"
        );
        w.lean = Some(WeightedLean {
            lean: Lean::Even,
            decrease_weight: 1.5,
            increase_weight: 1.5,
        });
        assert!(verdict(&w).ends_with("weegt gelijk op (1,5 tegen 1,5)"));
    }

    #[test]
    fn needs_with_real_plurals() {
        assert_eq!(needs_summary(&Needs::default()), "—");
        let one = Needs {
            laws: 1,
            amvbs: 1,
            cabinet_decisions: 1,
            eu_efforts: 1,
            agreements: 1,
            unknown: 1,
            ..Needs::default()
        };
        assert_eq!(
            needs_summary(&one),
            "1 wetswijziging, 1 AMvB, 1 besluit van de ministerraad, inzet in de EU bij 1 maatregel, \
             1 bestuursakkoord, instrument nog onbekend bij 1 maatregel"
        );
        let two = Needs {
            laws: 2,
            amvbs: 2,
            cabinet_decisions: 2,
            minister_decisions: 2,
            other_decisions: 2,
            agreements: 3,
            ..Needs::default()
        };
        assert_eq!(
            needs_summary(&two),
            "2 wetswijzigingen, 2 AMvB's, 2 besluiten van de ministerraad, 2 besluiten van \
             bewindspersonen, 2 overige besluiten of regelingen, 3 bestuursakkoorden"
        );
        for words in [needs_summary(&one), needs_summary(&two)] {
            assert!(
                !words.contains("(en)") && !words.contains("('s)"),
                "{words}"
            );
        }
    }

    #[test]
    fn hints_in_words_name_the_measures() {
        let c = Catalogue::builtin().catalogue;
        let etk = c.get("arbeid.etk").expect("measure").title.clone();
        let h = Hint {
            kind: HintKind::MissingDependency {
                measure: "arbeid.etk".into(),
                partner: "arbeid.weg".into(),
            },
            source: None,
        };
        assert_eq!(
            hint_text(&h, &c),
            format!("{etk} hangt af van arbeid.weg (niet in het pakket)")
        );
        let h = Hint {
            kind: HintKind::Opposite {
                stream: Stream::Arbeid,
                increasing: vec!["arbeid.etk".into()],
                decreasing: vec!["a".into(), "b".into()],
            },
            source: None,
        };
        assert_eq!(
            hint_text(&h, &c),
            format!("Arbeid: {etk} verhogend tegenover a, b beperkend")
        );
    }

    #[test]
    fn headline_verdicts_are_short_and_the_counts_come_apart() {
        use VerdictKind::*;
        let mixed = v(Mixed { up: 1, down: 4 }, 1);
        assert_eq!(verdict_short(&mixed), "gemengd");
        assert_eq!(
            verdict_detail(&mixed).as_deref(),
            Some("1 verhogend, 4 beperkend; 1 onbekend")
        );
        assert_eq!(verdict_short(&v(Decreasing, 0)), "per saldo beperkend");
        assert_eq!(verdict_detail(&v(Decreasing, 0)), None);
    }

    #[test]
    fn numbers_the_dutch_way() {
        assert_eq!(number(282080.0), "282.080");
        assert_eq!(number(600000.0), "600.000");
        assert_eq!(number(999.0), "999");
        assert_eq!(number(0.6), "0,6");
        assert_eq!(number(-1234567.5), "-1.234.567,5");
        assert_eq!(decimal(1.0), "1,0");
        assert_eq!(decimal(0.5), "0,5");
    }

    #[test]
    fn months_and_dates_in_words() {
        let m = Month::new(2026, 3).expect("month");
        assert_eq!(month_name(m), "maart 2026");
        let d = Date::new(2026, 11, 30).expect("date");
        assert_eq!(long_date(d), "30 november 2026");
        assert_eq!(lead_text(Some(24), None), "≥ 24 mnd");
        assert_eq!(lead_text(Some(3), Some(6)), "3–6 mnd");
    }
}
