//! An annex figure on a slide: a native chart (line, bars, stacked bars) carrying its numbers,
//! or, where the source has a table or a matrix, a PowerPoint table; as the hand-out chooses
//! (`handout::charts::figure`). Categories that are years (`Figure::years`) stand a year
//! apart on a line chart, a missing year a gap, as on paper.

use super::deck::Type;
use super::{ChartKind, Item, Rect};
use crate::catalogue::figures::{Figure, FigureKind, MAX_VALUE, Value};
use crate::strings::{self, t};

/// A value as charted: a finite number within what the catalogue accepts.
fn plotted(v: &Value) -> Option<f64> {
    v.number()
        .filter(|n| n.is_finite())
        .map(|n| n.clamp(-MAX_VALUE, MAX_VALUE))
}

/// The figure's items in `rect`.
pub fn items(f: &Figure, rect: Rect, ty: Type) -> Vec<Item> {
    let kind = match f.kind {
        FigureKind::Line if f.has_numbers() => ChartKind::Line,
        FigureKind::Bars if f.has_numbers() => ChartKind::Bar,
        FigureKind::StackedBars if f.has_numbers() => ChartKind::StackedBar,
        _ => return vec![table(f, rect, ty)],
    };
    let (categories, series) = match f.years().filter(|_| kind == ChartKind::Line) {
        Some(years) => by_year(f, &years),
        None => (
            f.categories.clone(),
            f.series
                .iter()
                .map(|s| {
                    let values = (0..f.categories.len())
                        .map(|i| s.values.get(i).and_then(plotted))
                        .collect();
                    (s.name.clone(), values)
                })
                .collect(),
        ),
    };
    vec![Item::Chart {
        rect,
        kind,
        categories,
        series,
        unit: f.unit.clone(),
        // The slide's title names the figure.
        title: String::new(),
    }]
}

type Series = Vec<(String, Vec<Option<f64>>)>;

/// Every year from the first to the last as a category; a year the figure lacks is a gap.
fn by_year(f: &Figure, years: &[i32]) -> (Vec<String>, Series) {
    let (lo, hi) = years
        .iter()
        .fold((i32::MAX, i32::MIN), |(a, b), y| (a.min(*y), b.max(*y)));
    let all: Vec<i32> = (lo..=hi).collect();
    let series = f
        .series
        .iter()
        .map(|s| {
            let values = all
                .iter()
                .map(|y| {
                    years
                        .iter()
                        .position(|k| k == y)
                        .and_then(|i| s.values.get(i))
                        .and_then(plotted)
                })
                .collect();
            (s.name.clone(), values)
        })
        .collect();
    (all.iter().map(ToString::to_string).collect(), series)
}

/// The figure as a table: categories down, series across (and the total where the source
/// gives one), values as the hand-out writes them.
fn table(f: &Figure, rect: Rect, ty: Type) -> Item {
    let mut header = vec![String::new()];
    header.extend(f.series.iter().map(|s| s.name.clone()));
    if f.totals.is_some() {
        header.push(t().total.to_owned());
    }
    let rows = f
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut row = vec![c.clone()];
            row.extend(
                f.series
                    .iter()
                    .map(|s| strings::figure_value(s.values.get(i).unwrap_or(&Value::Missing))),
            );
            if let Some(totals) = &f.totals {
                row.push(totals.get(i).map(strings::figure_value).unwrap_or_default());
            }
            row
        })
        .collect();
    Item::Table {
        rect,
        header,
        rows,
        size_pt: ty.body(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Catalogue;

    fn line_figure() -> Figure {
        let c = Catalogue::builtin().catalogue;
        let f = c.figures.iter().find(|f| f.kind == FigureKind::Line);
        f.expect("the catalogue has a line figure").clone()
    }

    #[test]
    fn a_line_over_years_keeps_its_numbers_and_a_missing_value_is_a_gap() {
        let f = line_figure();
        let rect = Rect::new(0.0, 0.0, 100.0, 100.0);
        let drawn = items(&f, rect, Type::FULL);
        let [
            Item::Chart {
                kind,
                categories,
                series,
                unit,
                ..
            },
        ] = drawn.as_slice()
        else {
            panic!("one chart");
        };
        assert_eq!(*kind, ChartKind::Line);
        assert_eq!(categories, &f.categories);
        assert_eq!(unit, &f.unit);
        for (s, (name, values)) in f.series.iter().zip(series) {
            assert_eq!(&s.name, name);
            let want: Vec<Option<f64>> = s.values.iter().map(Value::number).collect();
            assert_eq!(values, &want);
        }
    }

    #[test]
    fn a_year_the_figure_lacks_stands_as_a_gap_a_year_wide() {
        let mut f = line_figure();
        f.categories = vec!["2017".into(), "2019".into()];
        for s in &mut f.series {
            s.values.truncate(2);
        }
        let (cats, series) = by_year(&f, &f.years().expect("years"));
        assert_eq!(cats, ["2017", "2018", "2019"]);
        assert!(series.iter().all(|(_, v)| v.len() == 3 && v[1].is_none()));
    }

    #[test]
    fn a_table_figure_is_a_table_with_its_values_as_written() {
        let c = Catalogue::builtin().catalogue;
        let f = c
            .figures
            .iter()
            .find(|f| f.kind == FigureKind::Table && f.has_numbers())
            .expect("a table figure");
        let drawn = items(f, Rect::new(0.0, 0.0, 100.0, 100.0), Type::FULL);
        let [Item::Table { header, rows, .. }] = drawn.as_slice() else {
            panic!("one table");
        };
        assert_eq!(
            header.len(),
            f.series.len() + 1 + usize::from(f.totals.is_some())
        );
        assert_eq!(rows.len(), f.categories.len());
        assert_eq!(rows[0][0], f.categories[0]);
    }
}
