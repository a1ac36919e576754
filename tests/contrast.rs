//! Text contrast over the theme's tokens, in both themes (WCAG 2.1 AA, which Dutch government
//! software follows): every text colour on the panel's background at least 4.5:1, the focus
//! ring and the verdict markers at least 3:1, a badge's symbol on its fill at least 4.5:1.

use egui::Color32;
use knoppen::catalogue::Direction;
use knoppen::ui::theme;

/// WCAG's relative luminance of an opaque colour.
fn luminance(c: Color32) -> f64 {
    let lin = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.039_28 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// A colour as it shows over `bg` (egui's weak text is the text colour with less alpha).
fn over(c: Color32, bg: Color32) -> Color32 {
    let a = f32::from(c.a()) / 255.0;
    let unmul = |v: u8, b: u8| {
        // Premultiplied: the colour's channel already carries its alpha.
        (f32::from(v) + f32::from(b) * (1.0 - a)).round().min(255.0) as u8
    };
    Color32::from_rgb(
        unmul(c.r(), bg.r()),
        unmul(c.g(), bg.g()),
        unmul(c.b(), bg.b()),
    )
}

fn ratio(fg: Color32, bg: Color32) -> f64 {
    let (a, b) = (luminance(over(fg, bg)), luminance(bg));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[test]
fn every_text_and_marker_meets_wcag_aa_in_both_themes() {
    let ctx = egui::Context::default();
    theme::apply(&ctx);
    let mut low = Vec::new();
    for (dark, theme_id) in [(false, egui::Theme::Light), (true, egui::Theme::Dark)] {
        let v = ctx.style_of(theme_id).visuals.clone();
        let bg = v.panel_fill;
        let mut check = |what: &str, fg: Color32, bg: Color32, least: f64| {
            let r = ratio(fg, bg);
            if r < least {
                low.push(format!("{what} (dark: {dark}): {r:.2}:1, needs {least}:1"));
            }
        };
        check("text", v.text_color(), bg, 4.5);
        check("weak text", v.weak_text_color(), bg, 4.5);
        check("link", v.hyperlink_color, bg, 4.5);
        check("warning", v.warn_fg_color, bg, 4.5);
        check("error", v.error_fg_color, bg, 4.5);
        check("success", theme::success_color(dark), bg, 4.5);
        check("focus ring", theme::focus_color(dark), bg, 3.0);
        for d in [
            Direction::Increase,
            Direction::Decrease,
            Direction::Neutral,
            Direction::Mixed,
            Direction::Unknown,
        ] {
            let fill = theme::direction_color(d, dark);
            check(
                &format!("{d:?} badge symbol"),
                theme::text_on(fill),
                fill,
                4.5,
            );
        }
    }
    assert!(low.is_empty(), "{}", low.join("\n"));
}
