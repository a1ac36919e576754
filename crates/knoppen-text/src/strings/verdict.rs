//! The effect verdict in words: direction, strength, the meeting's reading.

use super::*;

/// The legend of the stream × term matrix.
pub fn matrix_legend() -> &'static str {
    pick(
        "+ verhogend · – beperkend · ± beide richtingen · 0 neutraal · ? grotendeels onbekend (PM, nnb) · \
         KT, MLT, LT: korte, middellange, lange termijn · ? als kolom: de bron noemt geen termijn",
        "+ increasing · – limiting · ± both ways · 0 neutral · ? mostly unknown (PM, not yet known) · \
         ST, MT, LT: short, medium, long term · ? as a column: the source names no term",
    )
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

/// The picture with the meeting's readings, labelled: "inschatting overleg (2 maatregelen) —
/// per saldo beperkend (waarvan 1 sterk)".
pub fn read_verdict(v: &Verdict, readings: usize) -> String {
    let n = u32::try_from(readings).unwrap_or(u32::MAX);
    // A dash, not a colon: a mixed verdict has a colon of its own ("gemengd: 1 verhogend …").
    format!(
        "{} {} ({}) — {}",
        pick("met", "with"),
        meeting_reading(),
        measures(n),
        verdict(v)
    )
}
