//! Every text the UI shows, in one place, so that an English table can follow: labels, and the
//! words for the model's data (verdicts, hints, needs, months, lead times).

use crate::catalogue::search::EffectClass;
use crate::catalogue::{Catalogue, Direction, InstrumentKind, Status, Stream, Term};
use crate::effect::{Hint, HintKind, Lean, Needs, Strength, Verdict, VerdictKind};
use crate::month::{DUTCH_NAMES, Date, Month};

#[path = "strings_en.rs"]
mod en;
pub use en::EN;

/// The language Knoppen speaks: Dutch by default, English for colleagues who read it. The
/// catalogue's content stays Dutch in both.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The code for HTML's `lang` and the command line: "nl", "en".
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// "nl" or "en" (any case) → the language.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "nl" | "nederlands" | "dutch" => Some(Lang::Nl),
            "en" | "english" | "engels" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's own name, as on the switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }
}

thread_local! {
    /// Per thread, so that tests running side by side cannot change each other's language;
    /// the app draws (and the CLI runs) on one thread.
    static LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::Nl) };
}

/// Speak `lang` from now on (on this thread).
pub fn set_lang(lang: Lang) {
    LANG.with(|l| l.set(lang));
}

/// The language spoken now.
pub fn lang() -> Lang {
    LANG.with(std::cell::Cell::get)
}

/// The Dutch or the English of something with a word order or a count: both must be given.
pub fn pick<T>(nl: T, en: T) -> T {
    match lang() {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

pub struct Strings {
    pub app_title: &'static str,
    pub new_package: &'static str,
    pub default_file_name: &'static str,
    pub window_failed: &'static str,
    pub earliest_open: &'static str,
    pub no_maximum: &'static str,
    pub effect_lower: &'static str,
    pub assumed_years: &'static str,
    pub chart_off_screen: &'static str,
    pub basis_assumption_knoppen: &'static str,
    pub note_measures: &'static str,
    pub status_label: &'static str,
    pub variant_lower: &'static str,
    pub source_lower: &'static str,
    pub hints_heading: &'static str,
    pub ministries_as_named: &'static str,
    pub not_in_catalogue: &'static str,
    pub not_in_catalogue_text: &'static str,
    pub note_directions: &'static str,
    pub note_weighted: &'static str,
    pub verdict_lower: &'static str,
    pub ready: &'static str,
    pub start: &'static str,
    pub note_content_dutch: &'static str,
    pub unknown_label: &'static str,
    pub other_language: &'static str,
    pub tip_language: &'static str,
    pub content_in_dutch: &'static str,
    /// The same, where the top bar has no room for the sentence.
    pub content_in_dutch_short: &'static str,
    pub tip_content_in_dutch: &'static str,
    pub active: &'static str,
    pub cost_lower: &'static str,
    pub planning: &'static str,
    pub link_belongs_with: &'static str,
    pub link_depends_on: &'static str,
    pub link_excludes: &'static str,
    pub link_see_also: &'static str,
    pub link_continues: &'static str,
    pub additions_file_name: &'static str,
    pub weighting_column: &'static str,
    pub reach_heading: &'static str,
    pub reach_intro: &'static str,
    pub link_replaces: &'static str,
    pub overview_hint: &'static str,
    pub presenter_view_title: &'static str,
    pub now: &'static str,
    pub next: &'static str,
    pub the_end: &'static str,
    pub notes: &'static str,
    /// Before the time since the deck started.
    pub elapsed: &'static str,
    /// Why the presenter view did not open, on the slide's question line.
    pub view_refused_one_screen: &'static str,
    pub view_refused_mirrored: &'static str,
    pub view_refused_unknown: &'static str,
    /// The presenter view closed because its screen went away or became a mirror.
    pub view_closed: &'static str,
    pub effect: &'static str,
    pub variant_label: &'static str,
    pub term_label: &'static str,
    pub implementation: &'static str,
    pub figures_label: &'static str,
    pub what_package_needs: &'static str,
    pub note_label: &'static str,
    pub weighted_notes: &'static str,
    pub slide_title: &'static str,
    pub slide_combined: &'static str,
    pub slide_needs: &'static str,
    pub tracks_title: &'static str,
    pub tracks_subtitle: &'static str,
    pub from_month: &'static str,
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
    // Office files (Word, Excel).
    pub export_word: &'static str,
    pub tip_export_word: &'static str,
    pub export_excel: &'static str,
    pub tip_export_excel: &'static str,
    pub export_figure_excel: &'static str,
    pub tip_export_figure_excel: &'static str,
    pub tip_export_figure_csv: &'static str,
    pub tables_saved: &'static str,
    pub tables_save_failed: &'static str,
    pub filter_word: &'static str,
    pub filter_excel: &'static str,
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
    pub reading: &'static str,
    pub reading_none: &'static str,
    pub reading_reason: &'static str,
    pub reading_picture: &'static str,
    pub reading_hint: &'static str,
    pub reach: &'static str,
    pub sources_differ: &'static str,
    pub besides: &'static str,
    pub remove_from_package: &'static str,
    pub add_to_package: &'static str,
    pub add_to_package_button: &'static str,
    pub in_package: &'static str,
    pub menu_package: &'static str,
    pub tip_open_menu: &'static str,
    pub tip_view: &'static str,
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
    new_package: "Nieuw pakket",
    default_file_name: "pakket",
    window_failed: "het venster kan niet worden geopend",
    earliest_open: "ten vroegste: voor sommige maatregelen noemt de bron geen maximum",
    no_maximum: "bron noemt geen maximum",
    effect_lower: "effect",
    assumed_years: "aanname jaren",
    chart_off_screen: "de grafiek staat niet in beeld",
    basis_assumption_knoppen: "aanname Knoppen",
    note_measures: "Maatregelen",
    status_label: "Status",
    variant_lower: "variant",
    source_lower: "bron",
    hints_heading: "Samenhang en aandachtspunten",
    ministries_as_named: "Ministeries, zoals de bronnen ze noemen",
    not_in_catalogue: "Niet in de catalogus",
    not_in_catalogue_text: "Het pakket noemt deze maatregelen, maar deze catalogus kent ze niet; ze tellen nergens mee en blijven in het pakket bewaard.",
    note_directions: "De bronnen geven richtingen, geen omvang; onbekend (PM, nnb) telt nooit als neutraal.",
    note_weighted: "Dit oordeel gebruikt de eigen weging van het overleg (geen bron).",
    verdict_lower: "oordeel",
    ready: "Gereed",
    start: "Start",
    note_content_dutch: "",
    unknown_label: "Onbekend",
    other_language: "English",
    tip_language: "Toon Knoppen in het Engels (de teksten van de maatregelen blijven Nederlands)",
    content_in_dutch: "",
    content_in_dutch_short: "",
    tip_content_in_dutch: "",
    active: "actief",
    cost_lower: "kosten",
    planning: "planning",
    link_belongs_with: "hoort bij",
    link_depends_on: "hangt af van",
    link_excludes: "sluit uit",
    link_see_also: "zie ook",
    link_continues: "zet voort",
    additions_file_name: "knoppen-toevoegingen.ron",
    weighting_column: "Weging overleg",
    reach_heading: "Omvang van de groepen die het pakket raakt",
    reach_intro: "Getallen zoals de bronnen ze geven; andere eenheden, jaren of overlappende groepen worden niet opgeteld.",
    link_replaces: "vervangt",
    overview_hint: "Overzicht — typ een nummer en Enter, of Esc",
    presenter_view_title: "Knoppen – presentatorweergave",
    now: "Nu",
    next: "Volgende",
    the_end: "(einde)",
    notes: "Notities",
    elapsed: "Verstreken",
    view_refused_one_screen: "Geen tweede scherm gevonden: de presentatorweergave opent niet, zodat de notities niet op het scherm van de zaal komen.",
    view_refused_mirrored: "De schermen worden gespiegeld: de presentatorweergave opent niet, zodat de notities niet op het scherm van de zaal komen. Kies in de beeldscherminstellingen ‘uitbreiden’ en druk twee keer op P.",
    view_refused_unknown: "Knoppen kan niet zien welke schermen er zijn: de presentatorweergave opent niet, zodat de notities niet op het scherm van de zaal komen.",
    view_closed: "De presentatorweergave is gesloten: haar scherm is weg of wordt nu gespiegeld, en de notities mogen niet op het scherm van de zaal komen.",
    effect: "Effect",
    variant_label: "Variant",
    term_label: "Termijn",
    implementation: "Implementatie",
    figures_label: "Cijfers",
    what_package_needs: "Wat het pakket vraagt",
    note_label: "Notitie",
    weighted_notes: "Let op: het oordeel gebruikt de eigen weging van het overleg.",
    slide_title: "Titel",
    slide_combined: "Samen",
    slide_needs: "Wat het vraagt",
    tracks_title: "Het grotere geheel: vijf sporen",
    tracks_subtitle: "Aan welke knoppen kunnen we draaien?",
    from_month: "vanaf",
    export_handout: "Hand-out opslaan (PDF)…",
    tip_export_handout: "Sla de presentatie op als PDF: één pagina per dia, om uit te delen",
    handout_saved: "Hand-out opgeslagen",
    attention: "Let op",
    present_confirm_leave: "Druk nogmaals op Esc om de presentatie te verlaten.",
    present_confirm_view: "Presentatorweergave met notities: opent alleen op een tweede scherm dat niet gespiegeld wordt. Druk nogmaals op P om haar te openen.",
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
    export_word: "Notitie opslaan als Word…",
    tip_export_word: "Sla de notitie bij het pakket op als Word-document: echte koppen, tabellen en paginanummers, klaar voor een sjabloon van het ministerie",
    export_excel: "Tabellen opslaan als Excel…",
    tip_export_excel: "Sla de maatregelen, het oordeel en de tijdlijn van het pakket op als Excel-werkmap: getallen om te sorteren, filteren en er grafieken van te maken",
    export_figure_excel: "Opslaan als Excel…",
    tip_export_figure_excel: "Sla dit cijfer op als Excel-werkmap: getallen als getallen, met eenheid en bron",
    tip_export_figure_csv: "Sla dit cijfer op als CSV (komma's, UTF-8), voor scripts; voor Excel: Opslaan als Excel",
    tables_saved: "Tabellen opgeslagen",
    tables_save_failed: "Tabellen opslaan mislukt",
    filter_word: "Word-document",
    filter_excel: "Excel-werkmap",
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
    reading: "Inschatting overleg (geen bron)",
    reading_none: "geen inschatting",
    reading_reason: "Reden van de inschatting",
    reading_picture: "Met inschatting overleg",
    reading_hint: "Wat het overleg zelf verwacht; staat naast het beeld van de bronnen, telt daar nooit in mee.",
    reach: "Raakt",
    sources_differ: "Let op, de bronnen verschillen",
    besides: "Daarnaast,",
    remove_from_package: "Uit pakket halen",
    add_to_package: "In pakket",
    add_to_package_button: "Toevoegen aan pakket",
    in_package: "In pakket",
    menu_package: "Pakket",
    tip_open_menu: "Open het menu Pakket (F10 of Alt+P); pijltjes en Enter kiezen",
    tip_view: "Toon dit in het midden",
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
        "conflict" => t().sources_differ,
        "reach" => t().reach,
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
        (false, k) => pick(
            format!("{}; bij {} {missing}", n.ministries.join(", "), measures(k)),
            format!("{}; {missing} for {}", n.ministries.join(", "), measures(k)),
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
        HintKind::Opposite { stream: s, .. } => pick(
            format!("Tegengesteld binnen {}", stream(*s)),
            format!("Opposite within {}", stream(*s)),
        ),
        HintKind::Excludes { .. } => pick("Sluiten elkaar uit", "Exclude each other").into(),
        HintKind::MissingPartner { .. } => pick(
            "Hoort bij een maatregel buiten het pakket",
            "Belongs with a measure outside the package",
        )
        .into(),
        HintKind::MissingDependency { .. } => pick(
            "Hangt af van een maatregel buiten het pakket",
            "Depends on a measure outside the package",
        )
        .into(),
        HintKind::KnockOn { .. } => pick(
            "Doorwerking op gezinsmigratie",
            "Knock-on effect on family migration",
        )
        .into(),
        HintKind::NoVariantChosen { .. } => {
            pick("Nog geen variant gekozen", "No variant chosen yet").into()
        }
    }
}

/// A hint as a slide says it: where it would list many titles (opposite pulls in a stream), its
/// heading and the counts — the titles are in the note; otherwise the hint in full.
pub fn hint_slide_text(h: &Hint, catalogue: &Catalogue) -> String {
    match &h.kind {
        HintKind::Opposite {
            increasing,
            decreasing,
            ..
        } => {
            let (up, down) = (increasing.len(), decreasing.len());
            pick(
                format!(
                    "{}: {} verhogend tegenover {} beperkend",
                    hint_title(h),
                    measures_n(up),
                    measures_n(down)
                ),
                format!(
                    "{}: {} increasing against {} limiting",
                    hint_title(h),
                    measures_n(up),
                    measures_n(down)
                ),
            )
        }
        _ => hint_text(h, catalogue),
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
    pick(
        "+ verhogend · – beperkend · ± beide richtingen · 0 neutraal · ? grotendeels onbekend (PM, nnb) · \
         KT, MLT, LT: korte, middellange, lange termijn · ? als kolom: de bron noemt geen termijn",
        "+ increasing · – limiting · ± both ways · 0 neutral · ? mostly unknown (PM, not yet known) · \
         ST, MT, LT: short, medium, long term · ? as a column: the source names no term",
    )
}

/// The strings of the current language.
impl Strings {
    /// The heading of a notes page in the hand-out.
    pub fn handout_notes(&self, slide: usize) -> String {
        pick(
            format!("Notities bij dia {slide}"),
            format!("Notes for slide {slide}"),
        )
    }

    /// "… en 3 meer (in de notitie)".
    pub fn and_more(&self, n: u32) -> String {
        pick(
            format!("… en {n} meer (in de notitie)"),
            format!("… and {n} more (in the note)"),
        )
    }
}

pub fn t() -> &'static Strings {
    match lang() {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

pub fn stream(s: Stream) -> &'static str {
    match s {
        Stream::Arbeid => pick("Arbeid", "Labour"),
        Stream::Studie => pick("Studie", "Study"),
        Stream::Gezin => pick("Gezin", "Family"),
        Stream::Asiel => pick("Asiel", "Asylum"),
        Stream::Eu => pick("EU-inzet", "EU efforts"),
    }
}

pub fn direction(d: Direction) -> &'static str {
    match d {
        Direction::Increase => pick("toename", "increase"),
        Direction::PossibleIncrease => pick("mogelijk toename", "possible increase"),
        Direction::Neutral => pick("neutraal", "neutral"),
        Direction::NeutralToDecrease => pick("neutraal tot beperkend", "neutral to limiting"),
        Direction::Decrease => pick("beperkend", "limiting"),
        Direction::StrongDecrease => pick("sterk beperkend", "strongly limiting"),
        Direction::Mixed => pick("gemengd", "mixed"),
        Direction::Unknown => pick("nog onbekend", "not yet known"),
        Direction::NotApplicable => pick("niet van toepassing", "not applicable"),
    }
}

pub fn effect_class(c: EffectClass) -> &'static str {
    match c {
        EffectClass::Increase => pick("Toename", "Increase"),
        EffectClass::Decrease => pick("Beperking", "Limiting"),
        EffectClass::Neutral => pick("Neutraal", "Neutral"),
        EffectClass::Mixed => pick("Gemengd", "Mixed"),
        EffectClass::Unknown => pick("Onbekend", "Unknown"),
    }
}

pub fn term(t: Term) -> &'static str {
    match t {
        Term::KT => pick("Korte termijn", "Short term"),
        Term::MLT => pick("Middellange termijn", "Medium term"),
        Term::LT => pick("Lange termijn", "Long term"),
    }
}

pub fn term_short(t: Term) -> &'static str {
    match t {
        Term::KT => pick("KT", "ST"),
        Term::MLT => pick("MLT", "MT"),
        Term::LT => "LT",
    }
}

pub fn instrument(k: InstrumentKind) -> &'static str {
    match k {
        InstrumentKind::Law => pick("Wet(swijziging)", "Law (change)"),
        InstrumentKind::Amvb => pick("AMvB", "Order in council (AMvB)"),
        InstrumentKind::Regulation => pick("Lagere regelgeving", "Lower regulation"),
        InstrumentKind::CabinetDecision => pick("Besluit MR", "Cabinet decision"),
        InstrumentKind::MinisterDecision => pick("Besluit bewindspersoon", "Minister's decision"),
        InstrumentKind::Decision => pick("Besluit (overig)", "Decision (other)"),
        InstrumentKind::EuEffort => pick("Inzet in EU", "EU negotiation"),
        InstrumentKind::Agreement => pick("Bestuursakkoord", "Agreement with institutions"),
        InstrumentKind::Funding => pick("Financiering", "Funding"),
        InstrumentKind::Execution => pick("Uitvoering", "Execution"),
        InstrumentKind::Unknown => pick("Nog onbekend", "Not yet known"),
    }
}

pub fn status(s: Status) -> &'static str {
    match s {
        Status::Proposed => pick("voorgesteld", "proposed"),
        Status::Announced => pick("aangekondigd", "announced"),
        Status::Study => pick("in onderzoek", "being studied"),
        Status::Consultation => pick("in consultatie", "in consultation"),
        Status::Bill => pick("wetsvoorstel", "bill"),
        Status::BillInParliament => pick("wetsvoorstel bij de Kamer", "bill before parliament"),
        Status::Adopted => pick("aangenomen / besloten", "adopted / decided"),
        Status::InForce => pick("in werking", "in force"),
        Status::Ongoing => pick("loopt", "ongoing"),
        Status::Changed => pick("gewijzigd", "changed"),
        Status::Dropped => pick("niet doorgezet", "dropped"),
        Status::Deferred => pick("keuze doorgeschoven", "choice deferred"),
    }
}

pub fn track(n: u8) -> String {
    pick(format!("Spoor {n}"), format!("Track {n}"))
}

pub fn meeting_status(s: crate::package::MeetingStatus) -> &'static str {
    use crate::package::MeetingStatus as M;
    match s {
        M::Proposed => pick("voorgesteld", "proposed"),
        M::Agreed => pick("akkoord", "agreed"),
        M::InDoubt => pick("twijfel", "in doubt"),
        M::Rejected => pick("afgewezen", "rejected"),
    }
}

/// "2026-03" → "maart 2026".
pub fn month_name(m: Month) -> String {
    let names = pick(&DUTCH_NAMES, &ENGLISH_MONTHS);
    let name = names
        .get((m.month() as usize).saturating_sub(1))
        .copied()
        .unwrap_or("?");
    format!("{name} {}", m.year())
}

/// English month names, January first.
const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "2026-11-22" → "22 november 2026".
pub fn long_date(d: Date) -> String {
    format!("{} {}", d.day(), month_name(d.month()))
}

/// A lead time in words: "12–24 mnd", "6 mnd", "≥ 24 mnd" (the source gives no maximum),
/// "onbekend".
pub fn lead_text(min: Option<u32>, max: Option<u32>) -> String {
    let unit = |n: u32| match lang() {
        Lang::Nl => "mnd",
        Lang::En if n == 1 => "month",
        Lang::En => "months",
    };
    match (min, max) {
        (Some(a), Some(b)) if a == b => format!("{a} {}", unit(a)),
        (Some(a), Some(b)) => format!("{a}–{b} {}", unit(b)),
        (Some(a), None) => format!("≥ {a} {}", unit(a)),
        (None, Some(b)) => format!("≤ {b} {}", unit(b)),
        (None, None) => pick("onbekend", "unknown").into(),
    }
}

/// The unit after a number of months in a field: " mnd", " months".
/// The start of a range in the assumptions ("van 24 mnd").
pub fn range_from() -> &'static str {
    pick("van ", "from ")
}

/// The end of a range in the assumptions ("tot 36 mnd").
pub fn range_to() -> &'static str {
    pick("tot ", "to ")
}

pub fn months_suffix() -> &'static str {
    pick(" mnd", " months")
}

/// The unit after a number of years in a field: " jr", " yrs".
pub fn years_suffix() -> &'static str {
    pick(" jr", " yrs")
}

/// "1 wetswijziging", "2 wetswijzigingen".
/// "1 maatregel", "3 maatregelen": a count with its real singular or plural.
pub fn count(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A file problem in the user's language, located: "Regel 3, kolom 12: hier wordt een komma
/// verwacht". (The technical `file:line:column: field: message` is the error's `Display`, for
/// the command line.)
pub fn load_error(e: &crate::catalogue::LoadError) -> String {
    use crate::catalogue::load::Problem as P;
    let what = problem_text(&e.problem, &e.field);
    let problem: &P = &e.problem;
    let whole_file = matches!(
        problem,
        P::CannotOpen | P::NotAFile | P::NoDataFiles | P::TooLarge { .. } | P::Empty
    );
    if whole_file {
        what
    } else {
        pick(
            format!("Regel {}, kolom {}: {what}", e.line, e.column),
            format!("Line {}, column {}: {what}", e.line, e.column),
        )
    }
}

/// A file problem for the command line: located as an editor reads it (file:line:column), said
/// in the chosen language; control characters from the file escaped.
pub fn cli_load_error(e: &crate::catalogue::LoadError) -> String {
    let esc = crate::catalogue::load::escape_control;
    format!(
        "{}:{}:{}: {}",
        esc(&e.file.display().to_string()),
        e.line,
        e.column,
        esc(&problem_text(&e.problem, &e.field))
    )
}

/// What went wrong in a file, in words.
pub fn problem_text(p: &crate::catalogue::load::Problem, field: &str) -> String {
    use crate::catalogue::load::Problem as P;
    let en = lang() == Lang::En;
    let say = |nl: String, en_: String| if en { en_ } else { nl };
    match p {
        P::Other => say(
            format!("hier klopt iets niet (veld ‘{field}’)"),
            format!("something is wrong here (field ‘{field}’)"),
        ),
        P::CannotOpen => say(
            "het bestand kan niet worden geopend of gelezen".into(),
            "the file cannot be opened or read".into(),
        ),
        P::NotAFile => say(
            "dit is geen gewoon bestand".into(),
            "this is not a regular file".into(),
        ),
        P::NoDataFiles => say(
            "in deze map staan geen .ron-bestanden".into(),
            "there are no .ron files in this folder".into(),
        ),
        P::TooLarge { megabytes, limit } => say(
            format!("het bestand is {megabytes} MB; bestanden boven {limit} MB worden geweigerd"),
            format!("the file is {megabytes} MB; files over {limit} MB are refused"),
        ),
        P::NotText => say(
            "hier staat geen leesbare tekst (UTF-8)".into(),
            "there is no readable text (UTF-8) here".into(),
        ),
        P::Empty => say("het bestand is leeg".into(), "the file is empty".into()),
        P::Truncated => say(
            "het bestand houdt hier te vroeg op (afgebroken?)".into(),
            "the file ends too early here (cut off?)".into(),
        ),
        P::Expected(t) => {
            let (nl, en_) = token_words(*t);
            say(
                format!("hier wordt {nl} verwacht"),
                format!("{en_} is expected here"),
            )
        }
        P::Unexpected(c) => say(
            format!("het teken ‘{}’ hoort hier niet", c.escape_debug()),
            format!("the character ‘{}’ does not belong here", c.escape_debug()),
        ),
        P::TrailingText => say(
            "na het einde van het pakket staat nog tekst".into(),
            "there is text after the end of the package".into(),
        ),
        P::UnknownField(f) => say(
            format!("het veld ‘{f}’ is onbekend"),
            format!("the field ‘{f}’ is unknown"),
        ),
        P::MissingField(f) => say(
            format!("het veld ‘{f}’ ontbreekt"),
            format!("the field ‘{f}’ is missing"),
        ),
        P::DuplicateField(f) => say(
            format!("het veld ‘{f}’ staat er twee keer"),
            format!("the field ‘{f}’ is there twice"),
        ),
        P::WrongValue => say(
            format!("deze waarde past niet bij het veld ‘{field}’"),
            format!("this value does not fit the field ‘{field}’"),
        ),
        P::FormatVersion {
            found,
            oldest,
            newest,
        } => say(
            format!(
                "dit pakket heeft bestandsversie {found}; deze Knoppen leest versie {oldest} tot en met {newest}. Een nieuwere Knoppen kan het openen."
            ),
            format!(
                "this package has file version {found}; this Knoppen reads versions {oldest} to {newest}. A newer Knoppen can open it."
            ),
        ),
        P::NotAMonth(d) => {
            let (lo, hi) = (crate::month::YEARS.start(), crate::month::YEARS.end());
            say(
                format!("‘{d}’ is geen maand; schrijf JJJJ-MM met een jaar van {lo} tot {hi}"),
                format!("‘{d}’ is not a month; write YYYY-MM with a year from {lo} to {hi}"),
            )
        }
        P::WeightOutOfRange { measure, weight } => {
            let shown = weight
                .parse::<f64>()
                .map_or_else(|_| weight.clone(), number);
            let (lo, hi) = (
                number(f64::from(*crate::package::WEIGHTS.start())),
                number(f64::from(*crate::package::WEIGHTS.end())),
            );
            say(
                format!("‘{measure}’: weging {shown} ligt niet tussen {lo} en {hi}"),
                format!("‘{measure}’: weight {shown} is not between {lo} and {hi}"),
            )
        }
        P::DuplicateId(id) => say(
            format!("‘{id}’ staat er twee keer"),
            format!("‘{id}’ is there twice"),
        ),
        P::UnknownReference(id) if id.is_empty() => say(
            format!("een verwijzing in ‘{field}’ wijst naar iets dat niet bestaat"),
            format!("a reference in ‘{field}’ points to something that does not exist"),
        ),
        P::UnknownReference(id) => say(
            format!("‘{id}’ bestaat niet (veld ‘{field}’)"),
            format!("‘{id}’ does not exist (field ‘{field}’)"),
        ),
        P::MissingValue => say(
            format!("het veld ‘{field}’ is leeg of ontbreekt"),
            format!("the field ‘{field}’ is empty or missing"),
        ),
        P::BadId => say(
            "een id is ‘stroom.naam’ in kleine letters, bijvoorbeeld ‘arbeid.etk’".into(),
            "an id is ‘stream.name’ in lower case, for example ‘arbeid.etk’".into(),
        ),
        P::OutOfRange => say(
            format!("de waarde in ‘{field}’ valt buiten wat kan"),
            format!("the value in ‘{field}’ is outside what is possible"),
        ),
        P::NeedsDirection(symbol) => say(
            format!("‘{symbol}’ is geen standaardteken: geef de richting erbij"),
            format!("‘{symbol}’ is not a standard sign: give its direction"),
        ),
        P::AssumptionsOutOfRange => say(
            "de aannames van dit pakket vallen buiten het toegestane bereik".into(),
            "this package's assumptions are outside the allowed range".into(),
        ),
        P::ListedTwice { measure, times } => say(
            format!(
                "‘{measure}’ staat {times} keer in het pakket; hij telt één keer (de eerste blijft, de andere vervallen bij opslaan)"
            ),
            format!(
                "‘{measure}’ is listed {times} times; it counts once (the first is kept, the others are dropped when saved)"
            ),
        ),
        P::UnknownMeasure(m) => say(
            format!("‘{m}’ staat niet in de catalogus; bewaard in het bestand, telt niet mee"),
            format!("‘{m}’ is not in the catalogue; kept in the file, not counted"),
        ),
        P::UnknownVariant { measure, variant } => say(
            format!("‘{measure}’ heeft geen variant ‘{variant}’; telt mee zonder variant"),
            format!("‘{measure}’ has no variant ‘{variant}’; counted without one"),
        ),
    }
}

/// What the syntax wants, in Dutch and in English.
fn token_words(t: crate::catalogue::load::Token) -> (&'static str, &'static str) {
    use crate::catalogue::load::Token as T;
    match t {
        T::Comma => ("een komma", "a comma"),
        T::OpenParen => ("een openend haakje ‘(’", "an opening bracket ‘(’"),
        T::CloseParen => ("een sluitend haakje ‘)’", "a closing bracket ‘)’"),
        T::OpenBracket => ("een lijst die opent met ‘[’", "a list opening with ‘[’"),
        T::CloseBracket => ("het einde van de lijst, ‘]’", "the end of the list, ‘]’"),
        T::OpenBrace => ("een ‘{’", "a ‘{’"),
        T::CloseBrace => ("een ‘}’", "a ‘}’"),
        T::Colon => ("een dubbele punt", "a colon"),
        T::Text => (
            "een tekst tussen aanhalingstekens",
            "a text in double quotes",
        ),
        T::TextEnd => ("een sluitend aanhalingsteken", "a closing double quote"),
        T::Number => ("een getal", "a number"),
        T::WholeNumber => ("een heel getal", "a whole number"),
        T::Boolean => ("true of false", "true or false"),
        T::Name => ("een naam", "a name"),
    }
}

/// The line under a note's title: what it is, its date, and in English that the measures'
/// texts are Dutch.
pub fn note_intro(date: &str) -> String {
    pick(
        format!("Notitie bij pakket, {date}. Gemaakt met Knoppen."),
        format!(
            "Note on the package, {date}. Made with Knoppen. {}",
            t().note_content_dutch
        ),
    )
}

/// What `knoppen check` found: "80 maatregelen, 5 sporen, 5 documenten; 0 problemen".
pub fn check_summary(measures_: usize, tracks: usize, documents: usize, problems: usize) -> String {
    let n = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
    let (m, tr, d, p) = (n(measures_), n(tracks), n(documents), n(problems));
    pick(
        format!(
            "{}, {}, {}; {}",
            measures(m),
            count(tr, "spoor", "sporen"),
            count(d, "document", "documenten"),
            count(p, "probleem", "problemen")
        ),
        format!(
            "{}, {}, {}; {}",
            measures(m),
            count(tr, "track", "tracks"),
            count(d, "document", "documents"),
            count(p, "problem", "problems")
        ),
    )
}

/// A measure's time frame: the source's words in Dutch; in English the terms in English with
/// the source's words quoted after them ("Medium term (“Middellange termijn”)").
pub fn horizon(h: &crate::catalogue::Horizon) -> String {
    if lang() == Lang::Nl || h.terms.is_empty() {
        return h.text.clone();
    }
    let terms: Vec<&str> = h.terms.iter().map(|x| term(*x)).collect();
    format!("{} (“{}”)", terms.join(", "), h.text)
}

/// The instrument a measure needs: the source's words in Dutch; in English the kinds in
/// English with the source's words quoted after them.
pub fn instrument_text(i: &crate::catalogue::Instrument) -> String {
    if lang() == Lang::Nl || i.kinds.is_empty() {
        return i.text.clone();
    }
    let kinds: Vec<&str> = i.kinds.iter().map(|k| instrument(*k)).collect();
    format!("{} (“{}”)", kinds.join(" or "), i.text)
}

/// What an example package holds, in the current language (its name is a document's and stays).
pub fn preset_description(i: usize) -> &'static str {
    let nl = crate::presets::PRESETS.get(i).map_or("", |p| p.description);
    match lang() {
        Lang::Nl => nl,
        Lang::En => PRESET_DESCRIPTIONS_EN.get(i).copied().unwrap_or(nl),
    }
}

/// The example packages' descriptions in English, in the order of [`crate::presets::PRESETS`].
pub const PRESET_DESCRIPTIONS_EN: [&str; 4] = [
    "Measures 2.1–2.16 from the SZW minister's proposal (2023), §2.",
    "The European efforts 1.1–1.5 from the SZW minister's proposal (2023), §1.",
    "Every measure the letter of 14 November 2024 reports a step on, except what it drops.",
    "Every measure the letter of late 2025 reports a step on, except what it drops.",
];

/// "Dia 3 van 12", "Slide 3 of 12".
pub fn slide_of(n: usize, total: usize) -> String {
    pick(
        format!("Dia {n} van {total}"),
        format!("Slide {n} of {total}"),
    )
}

/// What a timeline's date says: "Bij besluit in maart 2027: alles in werking rond mei 2029 —
/// bepaald door …", or only the decision when nothing decides it.
pub fn timeline_headline(decision: Month, ready: Option<(Month, &str)>) -> String {
    let when = month_name(decision);
    match ready {
        Some((d, by)) => pick(
            format!(
                "Bij besluit in {when}: alles in werking rond {} — bepaald door {by}",
                month_name(d)
            ),
            format!(
                "With a decision in {when}: everything in force around {} — decided by {by}",
                month_name(d)
            ),
        ),
        None => pick(
            format!("Bij besluit in {when}"),
            format!("With a decision in {when}"),
        ),
    }
}

/// What a lead time rests on: "bron", "aanname", "onbekend".
pub fn basis(b: crate::timeline::Basis) -> &'static str {
    use crate::timeline::Basis;
    match b {
        Basis::Source => t().basis_source,
        Basis::Assumption => t().basis_assumption,
        Basis::Unknown => t().basis_unknown,
    }
}

/// "12 van 80 maatregelen", "12 of 80 measures": what the catalogue list shows.
pub fn matches_of(shown: usize, total: usize) -> String {
    pick(
        format!("{shown} van {}", measures_n(total)),
        format!("{shown} of {}", measures_n(total)),
    )
}

/// "1 maatregel", "3 measures": a count of measures in the current language.
pub fn measures(n: u32) -> String {
    count(n, t().measures_count_one, t().measures_count_many)
}

/// A count from a `usize`, as [`measures`] takes it.
pub fn measures_n(n: usize) -> String {
    measures(u32::try_from(n).unwrap_or(u32::MAX))
}

/// A number with one decimal: 3.0 → "3,0" in Dutch, "3.0" in English.
pub fn decimal(x: f32) -> String {
    localised(&format!("{x:.1}"))
}

/// A number typed into a field: "1,5" in Dutch, "1.5" in English (a lone other separator is
/// read as the decimal one too; thousands separators are dropped).
pub fn parse_decimal(s: &str) -> Option<f64> {
    let (thousands, decimal) = pick(('.', ','), (',', '.'));
    let s = s.trim();
    let plain: String = if s.contains(decimal) {
        s.chars()
            .filter(|c| *c != thousands)
            .map(|c| if c == decimal { '.' } else { c })
            .collect()
    } else {
        s.replace(thousands, ".")
    };
    plain.parse().ok()
}

/// "-1234567.5" → "-1.234.567,5" in Dutch (thousands grouped with points, a decimal comma),
/// "-1,234,567.5" in English.
fn localised(plain: &str) -> String {
    let (sep, point) = pick(('.', ','), (',', '.'));
    let (sign, digits) = plain
        .strip_prefix('-')
        .map_or(("", plain), |rest| ("-", rest));
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{frac}")
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

/// The strength of the limiting side: "waarvan 1 sterk, 3 neutraal tot beperkend"; `None`
/// when every limiting measure is a plain `-`.
pub fn strength_down(s: &Strength) -> Option<String> {
    let mut parts = Vec::new();
    if s.strong_decrease > 0 {
        parts.push(format!("{} {}", s.strong_decrease, pick("sterk", "strong")));
    }
    if s.neutral_to_decrease > 0 {
        parts.push(format!(
            "{} {}",
            s.neutral_to_decrease,
            pick("neutraal tot beperkend", "neutral to limiting")
        ));
    }
    (!parts.is_empty()).then(|| format!("{} {}", pick("waarvan", "of which"), parts.join(", ")))
}

/// The certainty of the increasing side: "waarvan 1 mogelijk"; `None` when all are a plain `+`.
pub fn strength_up(s: &Strength) -> Option<String> {
    (s.possible_increase > 0).then(|| {
        pick(
            format!("waarvan {} mogelijk", s.possible_increase),
            format!("of which {} possible", s.possible_increase),
        )
    })
}

fn with_strength(words: String, strength: Option<String>) -> String {
    match strength {
        Some(s) => format!("{words} ({s})"),
        None => words,
    }
}

/// The verdict in words: "per saldo beperkend (waarvan 1 sterk), 1 onbekend", "gemengd: 2
/// verhogend (waarvan 1 mogelijk), 3 beperkend — met de weging van dit overleg weegt beperkend
/// (3,0 tegen 1,0)".
pub fn verdict(v: &Verdict) -> String {
    let w = words();
    let tail = if v.unknown > 0 {
        format!(", {} {}", v.unknown, w.unknown)
    } else {
        String::new()
    };
    let (up, down) = (strength_up(&v.strength), strength_down(&v.strength));
    let base = match v.kind {
        VerdictKind::Empty => return w.no_measures.into(),
        VerdictKind::MostlyUnknown { unknown, total } => {
            return pick(
                format!("grotendeels onbekend: {unknown} van {total} PM of onbekend"),
                format!("mostly unknown: {unknown} of {total} PM or unknown"),
            );
        }
        VerdictKind::Neutral => format!("{}{tail}", w.neutral),
        VerdictKind::Decreasing => {
            format!(
                "{}{tail}",
                with_strength(w.on_balance_limiting.into(), down)
            )
        }
        VerdictKind::Increasing => {
            format!(
                "{}{tail}",
                with_strength(w.on_balance_increasing.into(), up)
            )
        }
        VerdictKind::Mixed {
            up: n_up,
            down: n_down,
        } => format!(
            "{}: {}, {}{tail}",
            w.mixed,
            with_strength(format!("{n_up} {}", w.increasing), up),
            with_strength(format!("{n_down} {}", w.limiting), down)
        ),
    };
    match v.lean {
        Some(l) => {
            let (dec, inc) = (decimal(l.decrease_weight), decimal(l.increase_weight));
            pick(
                format!(
                    "{base} — met de weging van dit overleg {} ({dec} tegen {inc})",
                    lean_words(l.lean)
                ),
                format!(
                    "{base} — with this meeting's weighting it {} ({dec} against {inc})",
                    lean_words(l.lean)
                ),
            )
        }
        None => base,
    }
}

/// The small words of a verdict, in the current language.
struct VerdictWords {
    unknown: &'static str,
    no_measures: &'static str,
    neutral: &'static str,
    mixed: &'static str,
    increasing: &'static str,
    limiting: &'static str,
    on_balance_limiting: &'static str,
    on_balance_increasing: &'static str,
    mostly_unknown: &'static str,
}

fn words() -> VerdictWords {
    pick(
        VerdictWords {
            unknown: "onbekend",
            no_measures: "geen maatregelen",
            neutral: "neutraal",
            mixed: "gemengd",
            increasing: "verhogend",
            limiting: "beperkend",
            on_balance_limiting: "per saldo beperkend",
            on_balance_increasing: "per saldo verhogend",
            mostly_unknown: "grotendeels onbekend",
        },
        VerdictWords {
            unknown: "unknown",
            no_measures: "no measures",
            neutral: "neutral",
            mixed: "mixed",
            increasing: "increasing",
            limiting: "limiting",
            on_balance_limiting: "limiting on balance",
            on_balance_increasing: "increasing on balance",
            mostly_unknown: "mostly unknown",
        },
    )
}

fn lean_words(l: Lean) -> &'static str {
    match l {
        Lean::Decreasing => pick("weegt beperkend", "weighs limiting"),
        Lean::Increasing => pick("weegt verhogend", "weighs increasing"),
        Lean::Even => pick("weegt gelijk op", "weighs even"),
    }
}

/// The verdict in a few words, for a headline read in seconds: "per saldo beperkend",
/// "gemengd, weegt beperkend", "grotendeels onbekend". The counts are in [`verdict_detail`].
pub fn verdict_short(v: &Verdict) -> String {
    let w = words();
    let lean = v.lean.map(|l| lean_words(l.lean));
    match (v.kind, lean) {
        (VerdictKind::Empty, _) => w.no_measures.into(),
        (VerdictKind::MostlyUnknown { .. }, _) => w.mostly_unknown.into(),
        (VerdictKind::Neutral, _) => w.neutral.into(),
        (VerdictKind::Decreasing, _) => w.on_balance_limiting.into(),
        (VerdictKind::Increasing, _) => w.on_balance_increasing.into(),
        (VerdictKind::Mixed { .. }, Some(l)) => format!("{}, {l}", w.mixed),
        (VerdictKind::Mixed { .. }, None) => w.mixed.into(),
    }
}

/// The counts behind a headline verdict: "1 verhogend, 4 beperkend (waarvan 1 sterk), 1
/// onbekend; weging 5,0 tegen 1,0"; `None` when the headline says it all.
pub fn verdict_detail(v: &Verdict) -> Option<String> {
    let w = words();
    let (up, down) = (strength_up(&v.strength), strength_down(&v.strength));
    let mut parts = match v.kind {
        VerdictKind::Empty => return None,
        VerdictKind::MostlyUnknown { unknown, total } => vec![pick(
            format!("{unknown} van {total} PM of onbekend"),
            format!("{unknown} of {total} PM or unknown"),
        )],
        VerdictKind::Mixed {
            up: n_up,
            down: n_down,
        } => vec![format!(
            "{}, {}",
            with_strength(format!("{n_up} {}", w.increasing), up),
            with_strength(format!("{n_down} {}", w.limiting), down)
        )],
        VerdictKind::Decreasing => down.into_iter().collect(),
        VerdictKind::Increasing => up.into_iter().collect(),
        VerdictKind::Neutral => Vec::new(),
    };
    if v.unknown > 0 && !matches!(v.kind, VerdictKind::MostlyUnknown { .. }) {
        parts.push(format!("{} {}", v.unknown, w.unknown));
    }
    if let Some(l) = v.lean {
        let (dec, inc) = (decimal(l.decrease_weight), decimal(l.increase_weight));
        parts.push(pick(
            format!("weging overleg {dec} beperkend tegen {inc} verhogend"),
            format!("meeting's weighting {dec} limiting against {inc} increasing"),
        ));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// The label on every picture that holds the meeting's own readings: "inschatting overleg",
/// "the meeting's reading".
pub fn meeting_reading() -> &'static str {
    pick("inschatting overleg", "the meeting's reading")
}

/// The note's line above the picture with the meeting's readings.
pub fn readings_below(n: usize) -> String {
    let n = measures_n(n);
    pick(
        format!(
            "Hieronder het beeld met de eigen inschatting van het overleg (geen bron) voor {n}; \
             het beeld van de bronnen staat hierboven."
        ),
        format!(
            "Below, the picture with the meeting's own reading (not a source) for {n}; the \
             sources' picture is above."
        ),
    )
}

/// The picture with the meeting's readings, labelled: "inschatting overleg (2 maatregelen):
/// per saldo beperkend (waarvan 1 sterk)".
pub fn read_verdict(v: &Verdict, readings: usize) -> String {
    let n = u32::try_from(readings).unwrap_or(u32::MAX);
    format!(
        "{} {} ({}): {}",
        pick("met", "with"),
        meeting_reading(),
        measures(n),
        verdict(v)
    )
}

/// A measure's reading from the source's words, never its symbol: "strekking volgens de
/// tekst: beperkend (“Om dit meer in te perken …”)".
pub fn prose_reading(p: &crate::catalogue::ProseReading) -> String {
    format!(
        "{}: {} (“{}”)",
        pick(
            "strekking volgens de tekst",
            "tendency according to the text"
        ),
        direction(p.direction),
        p.words.trim_end_matches('.')
    )
}

/// A sourced group size: "raakt: kennismigranten — 33.080 beslissingen in 2022"; with the
/// source's qualifier ("ong. 14 duizend werknemers") and without a year where it gives none.
/// (Group, qualifier and unit are the source's Dutch words.)
pub fn reach(r: &crate::catalogue::Reach) -> String {
    format!("{}: {}", pick("raakt", "reaches"), reach_fact(r))
}

/// The group size alone, where a label already says "raakt": "kennismigranten — 33.080
/// beslissingen in 2022".
pub fn reach_fact(r: &crate::catalogue::Reach) -> String {
    let qualifier = r
        .qualifier
        .as_ref()
        .map(|q| format!("{q} "))
        .unwrap_or_default();
    let year = r
        .year
        .as_ref()
        .map(|y| format!(" in {y}"))
        .unwrap_or_default();
    format!(
        "{} — {qualifier}{} {}{year}",
        r.group,
        number(r.value),
        r.unit
    )
}

/// The meeting's own reading of one measure: "inschatting overleg: sterk beperkend — reden".
pub fn reading(r: &crate::package::Reading) -> String {
    if r.reason.trim().is_empty() {
        format!("{}: {}", meeting_reading(), direction(r.direction))
    } else {
        format!(
            "{}: {} — {}",
            meeting_reading(),
            direction(r.direction),
            r.reason.trim()
        )
    }
}

/// A hint in words, with the measures' titles (their ids when the catalogue lacks them).
pub fn hint_text(h: &Hint, catalogue: &Catalogue) -> String {
    hint_words(h, &|id: &str| {
        catalogue.get(id).map_or(id.to_owned(), |m| m.title.clone())
    })
}

fn hint_words(h: &Hint, title: &dyn Fn(&str) -> String) -> String {
    let titles = |ids: &[String]| ids.iter().map(|i| title(i)).collect::<Vec<_>>().join(", ");
    let en = lang() == Lang::En;
    match &h.kind {
        HintKind::Opposite {
            stream: s,
            increasing,
            decreasing,
        } => {
            let (inc, dec) = (titles(increasing), titles(decreasing));
            if en {
                format!("{}: {inc} increasing against {dec} limiting", stream(*s))
            } else {
                format!("{}: {inc} verhogend tegenover {dec} beperkend", stream(*s))
            }
        }
        HintKind::Excludes { measure, other } => {
            let (a, b) = (title(measure), title(other));
            if en {
                format!("{a} excludes {b}")
            } else {
                format!("{a} sluit {b} uit")
            }
        }
        HintKind::MissingPartner { measure, partner } => {
            let (a, b) = (title(measure), title(partner));
            if en {
                format!("{a} belongs with {b} according to the source (not in the package)")
            } else {
                format!("{a} hoort volgens de bron bij {b} (niet in het pakket)")
            }
        }
        HintKind::MissingDependency { measure, partner } => {
            let (a, b) = (title(measure), title(partner));
            if en {
                format!("{a} depends on {b} (not in the package)")
            } else {
                format!("{a} hangt af van {b} (niet in het pakket)")
            }
        }
        HintKind::KnockOn { symbol, .. } => pick(
            format!("Gezinsmigratie volgt arbeidsmigratie: “{symbol}”"),
            format!("Family migration follows labour migration: “{symbol}”"),
        ),
        HintKind::NoVariantChosen { measure } => pick(
            format!("{}: nog geen variant gekozen", title(measure)),
            format!("{}: no variant chosen yet", title(measure)),
        ),
    }
}

/// A number in the language's way: 1.234.567 and 0,6 in Dutch, 1,234,567 and 0.6 in English.
pub fn number(x: f64) -> String {
    if !x.is_finite() {
        return "?".into();
    }
    let text = format!("{:.2}", x.abs());
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let sign = if x < 0.0 && text != "0" { "-" } else { "" };
    localised(&format!("{sign}{text}"))
}

/// "Ministerie genoemd bij 1 van de 3 maatregelen: JenV".
pub fn ministries_recorded(ministries: &[String], with: usize, total: usize) -> String {
    let one = ministries.len() == 1;
    let of = measures_n(total);
    let list = ministries.join(", ");
    match (lang(), one) {
        (Lang::Nl, true) => format!("Ministerie genoemd bij {with} van de {of}: {list}"),
        (Lang::Nl, false) => format!("Ministeries genoemd bij {with} van de {of}: {list}"),
        (Lang::En, true) => format!("Ministry named for {with} of the {of}: {list}"),
        (Lang::En, false) => format!("Ministries named for {with} of the {of}: {list}"),
    }
}

/// The notice when a package names measures this catalogue lacks.
pub fn unknown_measures_opened(ids: &[String]) -> String {
    let n = u32::try_from(ids.len()).unwrap_or(u32::MAX);
    let list = fold(ids, 10).join(", ");
    let what = measures(n);
    match lang() {
        Lang::Nl => {
            let kept = if n == 1 { "die blijft" } else { "die blijven" };
            format!(
                "Dit pakket noemt {what} die deze catalogus niet kent: {list}. De rest is geopend; {kept} in het bestand bewaard."
            )
        }
        Lang::En => {
            let kept = if n == 1 { "it is" } else { "they are" };
            format!(
                "This package names {what} this catalogue does not know: {list}. The rest is open; {kept} kept in the file."
            )
        }
    }
}

/// A heading on a page that goes on from the one before: "Tijdlijn (vervolg)".
pub fn continued(heading: &str) -> String {
    pick(
        format!("{heading} (vervolg)"),
        format!("{heading} (continued)"),
    )
}

/// "… en 3 meer", "… and 3 more": what a list leaves out.
pub fn more(n: impl std::fmt::Display) -> String {
    pick(format!("… en {n} meer"), format!("… and {n} more"))
}

/// The first `max` items, then "… en 297 meer": a banner with a long list keeps its close
/// button on screen.
pub fn fold(items: &[String], max: usize) -> Vec<String> {
    let mut out: Vec<String> = items.iter().take(max).cloned().collect();
    if items.len() > max {
        let more = items.len() - max;
        out.push(pick(
            format!("… en {more} meer"),
            format!("… and {more} more"),
        ));
    }
    out
}

/// "2027: 2 wetswijzigingen, 1 AMvB": the legislative load of one year.
pub fn legislative_load(year: i32, laws: u32, amvbs: u32) -> String {
    let n = need_words();
    format!(
        "{year}: {}, {}",
        count(laws, n.law.0, n.law.1),
        count(amvbs, n.amvb.0, n.amvb.1)
    )
}

/// "2 wetswijzigingen, 1 AMvB": what the package needs, in words; "—" for nothing.
pub fn needs_summary(n: &Needs) -> String {
    let w = need_words();
    let en = lang() == Lang::En;
    let with = |c: u32, nl: &str, en_: &str| {
        if en {
            format!("{en_} for {}", measures(c))
        } else {
            format!("{nl} bij {}", measures(c))
        }
    };
    let parts = [
        (n.laws, count(n.laws, w.law.0, w.law.1)),
        (n.amvbs, count(n.amvbs, w.amvb.0, w.amvb.1)),
        (
            n.cabinet_decisions,
            count(n.cabinet_decisions, w.cabinet.0, w.cabinet.1),
        ),
        (
            n.minister_decisions,
            count(n.minister_decisions, w.minister.0, w.minister.1),
        ),
        (
            n.other_decisions,
            count(n.other_decisions, w.other.0, w.other.1),
        ),
        (
            n.eu_efforts,
            with(n.eu_efforts, "inzet in de EU", "EU negotiation"),
        ),
        (
            n.agreements,
            count(n.agreements, w.agreement.0, w.agreement.1),
        ),
        (
            n.unknown,
            with(
                n.unknown,
                "instrument nog onbekend",
                "instrument not yet known",
            ),
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

/// The instruments' singular and plural, in the current language.
struct NeedWords {
    law: (&'static str, &'static str),
    amvb: (&'static str, &'static str),
    cabinet: (&'static str, &'static str),
    minister: (&'static str, &'static str),
    other: (&'static str, &'static str),
    agreement: (&'static str, &'static str),
}

fn need_words() -> NeedWords {
    pick(
        NeedWords {
            law: ("wetswijziging", "wetswijzigingen"),
            amvb: ("AMvB", "AMvB's"),
            cabinet: (
                "besluit van de ministerraad",
                "besluiten van de ministerraad",
            ),
            minister: (
                "besluit van een bewindspersoon",
                "besluiten van bewindspersonen",
            ),
            other: (
                "overig besluit of overige regeling",
                "overige besluiten of regelingen",
            ),
            agreement: ("bestuursakkoord", "bestuursakkoorden"),
        },
        NeedWords {
            law: ("law change", "law changes"),
            amvb: ("order in council", "orders in council"),
            cabinet: ("cabinet decision", "cabinet decisions"),
            minister: ("minister's decision", "ministers' decisions"),
            other: (
                "other decision or arrangement",
                "other decisions or arrangements",
            ),
            agreement: (
                "agreement with institutions",
                "agreements with institutions",
            ),
        },
    )
}

/// What a catalogue row says to a screen reader beside its title: the effect in words (its
/// badge), the stream, term and instrument (its grey line).
pub fn measure_row_description(m: &crate::catalogue::Measure) -> String {
    let terms: Vec<&str> = m.horizon.terms.iter().map(|t| term(*t)).collect();
    let when = if terms.is_empty() {
        t().slide_term_unknown.to_owned()
    } else {
        terms.join(", ")
    };
    format!(
        "{} · {} · {when} · {}",
        crate::present::effect_phrase(m, None),
        stream(m.stream),
        or_not_stated(&instrument_text(&m.instrument))
    )
}

/// A measure in the package as a screen reader names it: the full title (the header shows it
/// cut), its effect in words and the meeting's status.
pub fn package_item_name(m: &crate::catalogue::Measure, item: &crate::package::Item) -> String {
    let chosen = crate::package::chosen_variant(item, m);
    format!(
        "{} — {}, {}",
        m.title,
        crate::present::effect_phrase(m, chosen),
        meeting_status(item.status)
    )
}

/// The results list, as a screen reader names it.
pub fn results_list() -> &'static str {
    pick(
        "Zoekresultaten: pijltjes kiezen, spatie of Enter zet in het pakket",
        "Search results: arrows choose, Space or Enter puts in the package",
    )
}

/// Why a file could not be written, in the user's words (the system's own text otherwise).
pub fn write_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::InvalidInput => pick(
            "dit is geen gewoon bestand (een apparaat, pijp of map): Knoppen vervangt het niet",
            "this is not a regular file (a device, pipe or folder): Knoppen does not replace it",
        )
        .into(),
        K::PermissionDenied => pick(
            "het bestand is alleen-lezen of u heeft er geen schrijfrecht op; kies een andere naam",
            "the file is read-only or you may not write it; choose another name",
        )
        .into(),
        K::NotFound => pick("de map bestaat niet", "the folder does not exist").into(),
        K::StorageFull => pick("de schijf is vol", "the disk is full").into(),
        _ => e.to_string(),
    }
}

// --- Slides -------------------------------------------------------------------------------

/// The first letter upper case: a verdict or a track's name as a line or a slide title.
pub fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A field the sources leave empty, said in words rather than left blank.
pub fn or_not_stated(s: &str) -> String {
    if s.trim().is_empty() {
        pick("niet genoemd in de bron", "not stated in the source").into()
    } else {
        s.to_owned()
    }
}

/// A source's effect symbol with its meaning: "beperkend (-)", "nog onbekend (PM)".
pub fn symbol_meaning(symbol: &str, d: crate::catalogue::Direction) -> String {
    format!("{} ({})", direction(d), symbol.trim())
}

/// A source that words its effect instead of giving a symbol: its words where they are short
/// ("nog onbekend (“Niet vermeld”)"), else that it says it in words.
pub fn effect_in_words(words: &str, d: crate::catalogue::Direction) -> String {
    let words = words.trim();
    if words.chars().count() <= 30 && !words.contains('\n') {
        return format!("{} (“{words}”)", direction(d));
    }
    pick(
        format!("{} (in woorden, zonder teken in de bron)", direction(d)),
        format!("{} (in words; the source gives no symbol)", direction(d)),
    )
}

/// A measure the meeting rejected, as its slide marks it.
pub fn slide_rejected() -> &'static str {
    pick(
        "afgewezen in overleg, telt niet mee",
        "rejected by the meeting, not counted",
    )
}

/// A figure of one value, said in a sentence on its measure's slide.
pub fn figure_fact(title: &str, value: &str, unit: &str) -> String {
    if unit.trim().is_empty() {
        format!("{title}: {value}")
    } else {
        format!("{title}: {value} ({unit})")
    }
}

/// A text quoted in a check's line: short enough to read in a terminal.
fn quoted(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 48 {
        format!("‘{}…’", one_line.chars().take(47).collect::<String>())
    } else {
        format!("‘{one_line}’")
    }
}

/// One line of the pre-flight check: "dia 2 (Effect op de instroom): ‘Lange termijn’ valt
/// buiten het scherm".
pub fn preflight_problem(
    slide: usize,
    label: &str,
    text: &str,
    fault: &crate::present::Fault,
) -> String {
    use crate::present::Fault;
    let what = quoted(text);
    let label = quoted(label).trim_matches(['‘', '’']).to_owned();
    let how = match fault {
        Fault::OffScreen => pick(
            "valt buiten het scherm".to_owned(),
            "runs off the screen".to_owned(),
        ),
        Fault::Cut => pick(
            "wordt afgesneden door zijn eigen vak".to_owned(),
            "is cut off by its own area".to_owned(),
        ),
        Fault::Overlaps(other) => pick(
            format!("staat over {} heen", quoted(other)),
            format!("is drawn over {}", quoted(other)),
        ),
        Fault::TooSmall { px, min } => pick(
            format!(
                "is {} px, kleiner dan {} px: achterin een zaal niet te lezen (ondergrens: 18 px op een dia van 1366×768, 1/42 van de hoogte)",
                number(f64::from(px.round())),
                number(f64::from(min.round()))
            ),
            format!(
                "is {} px, smaller than {} px: unreadable from the back of a room (floor: 18 px on a 1366×768 slide, 1/42 of its height)",
                number(f64::from(px.round())),
                number(f64::from(min.round()))
            ),
        ),
        Fault::PrivateNote => pick(
            "is de notitie van het overleg: die hoort niet op een dia".to_owned(),
            "is the meeting's note: it does not belong on a slide".to_owned(),
        ),
    };
    pick(
        format!("dia {slide} ({label}): {what} {how}"),
        format!("slide {slide} ({label}): {what} {how}"),
    )
}

/// The pre-flight check found nothing.
pub fn preflight_ok(slides: usize, width: f32, height: f32) -> String {
    let (w, h) = (width.round(), height.round());
    pick(
        format!("Alle {slides} dia’s passen op een scherm van {w}×{h}."),
        format!("All {slides} slides fit a {w}×{h} screen."),
    )
}

/// A screen size that is not WIDTHxHEIGHT in pixels.
pub fn bad_size(text: &str) -> String {
    pick(
        format!(
            "‘{text}’ is geen schermmaat: schrijf breedte x hoogte in pixels, bijvoorbeeld 1366x768"
        ),
        format!(
            "‘{text}’ is not a screen size: write width x height in pixels, for example 1366x768"
        ),
    )
}

/// F5 on a deck that would not fit: what the check found, before the audience sees it.
pub fn preflight_warning(problems: &[crate::present::Problem], width: f32, height: f32) -> String {
    let first: Vec<String> = problems
        .iter()
        .take(2)
        .map(|p| preflight_problem(p.slide, &p.label, &p.text, &p.fault))
        .collect();
    let rest = problems.len().saturating_sub(first.len());
    let (w, h) = (width.round(), height.round());
    let more = match (rest, lang()) {
        (0, _) => String::new(),
        (1, Lang::Nl) => " En nog 1 probleem.".into(),
        (n, Lang::Nl) => format!(" En nog {n} problemen."),
        (1, Lang::En) => " And 1 more problem.".into(),
        (n, Lang::En) => format!(" And {n} more problems."),
    };
    pick(
        format!(
            "Niet elke dia past op dit scherm ({w}×{h}): {}.{more} Druk nogmaals op F5 om toch te presenteren.",
            first.join("; ")
        ),
        format!(
            "Not every slide fits this screen ({w}×{h}): {}.{more} Press F5 again to present anyway.",
            first.join("; ")
        ),
    )
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
            strength: Strength::default(),
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
    fn strength_and_certainty_are_worded() {
        use VerdictKind::*;
        let mut d = v(Decreasing, 1);
        d.strength = Strength {
            strong_decrease: 1,
            neutral_to_decrease: 3,
            possible_increase: 0,
        };
        assert_eq!(
            verdict(&d),
            "per saldo beperkend (waarvan 1 sterk, 3 neutraal tot beperkend), 1 onbekend"
        );
        assert_eq!(verdict_short(&d), "per saldo beperkend");
        assert_eq!(
            verdict_detail(&d).as_deref(),
            Some("waarvan 1 sterk, 3 neutraal tot beperkend; 1 onbekend")
        );
        let mut m = v(Mixed { up: 2, down: 1 }, 0);
        m.strength = Strength {
            strong_decrease: 1,
            neutral_to_decrease: 0,
            possible_increase: 1,
        };
        assert_eq!(
            verdict(&m),
            "gemengd: 2 verhogend (waarvan 1 mogelijk), 1 beperkend (waarvan 1 sterk)"
        );
        let mut i = v(Increasing, 0);
        i.strength.possible_increase = 1;
        assert_eq!(verdict(&i), "per saldo verhogend (waarvan 1 mogelijk)");
        assert_eq!(
            read_verdict(&i, 1),
            "met inschatting overleg (1 maatregel): per saldo verhogend (waarvan 1 mogelijk)"
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
