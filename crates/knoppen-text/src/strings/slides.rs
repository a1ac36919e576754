//! Words for the slides and their pre-flight check.

use super::*;

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

/// The results list, as a screen reader names it.
pub fn results_list() -> &'static str {
    pick(
        "Zoekresultaten: pijltjes kiezen, spatie of Enter zet in het pakket",
        "Search results: arrows choose, Space or Enter puts in the package",
    )
}

/// A measure the meeting rejected, as its slide marks it.
pub fn slide_rejected() -> &'static str {
    pick(
        "afgewezen in overleg, telt niet mee",
        "rejected by the meeting, not counted",
    )
}

/// One line of the pre-flight check: "dia 2 (Effect op de instroom): ‘Lange termijn’ valt
/// buiten het scherm".
pub fn preflight_problem(
    slide: usize,
    label: &str,
    text: &str,
    fault: &crate::preflight::Fault,
) -> String {
    use crate::preflight::Fault;
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

/// F5 on a deck that would not fit: what the check found, before the audience sees it.
pub fn preflight_warning(
    problems: &[crate::preflight::Problem],
    width: f32,
    height: f32,
) -> String {
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
