//! Column widths that keep every word whole, decided once for the tables the views draw: a
//! word broken between two lines ("Bedrijfseffectrapportag|e") cannot be read.

/// The width of the widest word among `texts`, in the body font.
pub fn widest_word<'a>(ui: &egui::Ui, texts: impl IntoIterator<Item = &'a str>) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    texts
        .into_iter()
        .flat_map(str::split_whitespace)
        .map(|w| {
            ui.painter()
                .layout_no_wrap(w.to_owned(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0, f32::max)
}

/// Widths for columns sharing `total` by `shares`, each at least `least[i]` (its widest word
/// and a little room). A column that needs more than its share takes it from the others, as
/// far as their own words allow; the table may then be wider than `total` (it scrolls).
pub fn widths(total: f32, shares: &[f32], least: &[f32]) -> Vec<f32> {
    let mut fixed = vec![false; shares.len()];
    loop {
        let taken: f32 = (0..shares.len())
            .filter(|i| fixed[*i])
            .map(|i| least[i])
            .sum();
        let share_left: f32 = (0..shares.len())
            .filter(|i| !fixed[*i])
            .map(|i| shares[i])
            .sum();
        let per_share = ((total - taken) / share_left.max(f32::EPSILON)).max(0.0);
        let short: Vec<usize> = (0..shares.len())
            .filter(|i| !fixed[*i] && shares[*i] * per_share < least[*i])
            .collect();
        if short.is_empty() {
            return (0..shares.len())
                .map(|i| {
                    if fixed[i] {
                        least[i]
                    } else {
                        shares[i] * per_share
                    }
                })
                .collect();
        }
        for i in short {
            fixed[i] = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::widths;

    #[test]
    fn shares_when_every_word_fits() {
        assert_eq!(widths(400.0, &[1.0, 1.0], &[50.0, 50.0]), [200.0, 200.0]);
    }

    #[test]
    fn a_long_word_takes_room_from_the_others() {
        let w = widths(400.0, &[1.0, 1.0, 2.0], &[250.0, 20.0, 20.0]);
        assert_eq!(w[0], 250.0);
        assert!(
            (w[1] - 50.0).abs() < 1e-3 && (w[2] - 100.0).abs() < 1e-3,
            "{w:?}"
        );
    }

    #[test]
    fn words_that_need_more_than_the_room_get_it() {
        assert_eq!(widths(100.0, &[1.0, 1.0], &[80.0, 70.0]), [80.0, 70.0]);
    }
}
