//! Calendar months and dates as validated values, and the one place that reads the clock.
//! A leaf module: it uses nothing else from this crate, so every other module can use it.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The years Knoppen accepts. Wide enough for any plan in the sources, narrow enough that a
/// typo like a nine-digit year is refused instead of overflowing the arithmetic.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Dutch month names, January first: the sources' language, used to read dates in their words
/// and by the Dutch text layer to write them.
pub const DUTCH_NAMES: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// A calendar month: a year in [`YEARS`] and a month 1–12. Ordered in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    // Field order matters: the derived `Ord` compares the year first.
    year: i32,
    month: u8,
}

impl Month {
    pub fn new(year: i32, month: u32) -> Option<Month> {
        let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
        YEARS.contains(&year).then_some(Month { year, month })
    }

    /// "2024-03" or "2024-03-15" → March 2024. The day, when given, must be a day of that month.
    pub fn parse(s: &str) -> Option<Month> {
        let mut parts = s.trim().split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let m = Month::new(year, month)?;
        match parts.next() {
            None => Some(m),
            Some(day) if parts.next().is_none() => {
                Date::new(year, month, day.parse().ok()?).map(|_| m)
            }
            Some(_) => None,
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// 1–12.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// Months since the start of year 0, for arithmetic.
    fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }

    fn from_index(i: i64) -> Month {
        let lo = Month {
            year: *YEARS.start(),
            month: 1,
        };
        let hi = Month {
            year: *YEARS.end(),
            month: 12,
        };
        let i = i.clamp(lo.index(), hi.index());
        Month {
            // In range after the clamp, so neither conversion can fail.
            year: i32::try_from(i.div_euclid(12)).unwrap_or(lo.year),
            month: u8::try_from(i.rem_euclid(12) + 1).unwrap_or(1),
        }
    }

    /// `n` months later (earlier when negative). Saturates at the ends of [`YEARS`].
    pub fn add_months(self, n: i64) -> Month {
        Month::from_index(self.index().saturating_add(n))
    }

    /// The month as a fractional year, for a chart's x axis: March 2024 → 2024.1667.
    pub fn as_year(self) -> f64 {
        f64::from(self.year) + (f64::from(self.month) - 1.0) / 12.0
    }
}

/// Months from `a` to `b`: positive when `b` is later.
pub fn months_between(a: Month, b: Month) -> i64 {
    b.index() - a.index()
}

impl fmt::Display for Month {
    /// "2024-03".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Month::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("'{s}' is not a month (YYYY-MM, {YEARS:?})"))
        })
    }
}

/// A calendar day, for dating a note or a briefing ("30 november 2026").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    month: Month,
    day: u8,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let m = Month::new(year, month)?;
        let day = u8::try_from(day).ok()?;
        (1..=days_in_month(m))
            .contains(&day)
            .then_some(Date { month: m, day })
    }

    /// "2026-11-30".
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.trim().split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    pub fn month(self) -> Month {
        self.month
    }

    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// The date `days` days after 1970-01-01 (Howard Hinnant's `civil_from_days`); `None`
    /// outside [`YEARS`].
    pub fn from_unix_days(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(
            i32::try_from(y).ok()?,
            u32::try_from(m).ok()?,
            u32::try_from(d).ok()?,
        )
    }

    /// Today in UTC, from the system clock. Only the program's edges (main, the CLI, the app)
    /// call this; everything else takes "today" as a value, so tests can pin it.
    pub fn today_utc() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let days = i64::try_from(secs / 86_400).unwrap_or(0);
        Date::from_unix_days(days).unwrap_or(Date {
            month: Month {
                year: 1970,
                month: 1,
            },
            day: 1,
        })
    }
}

impl fmt::Display for Date {
    /// "2026-11-30".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:02}", self.month, self.day)
    }
}

fn days_in_month(m: Month) -> u8 {
    let leap = |y: i32| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    match m.month {
        2 if leap(m.year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(y: i32, mo: u32) -> Month {
        Month::new(y, mo).expect("valid month")
    }

    #[test]
    fn only_real_months_in_a_sane_range() {
        assert_eq!(Month::new(2024, 13), None);
        assert_eq!(Month::new(2024, 0), None);
        assert_eq!(Month::new(123_456_789, 1), None);
        assert_eq!(Month::parse("2024-13"), None);
        assert_eq!(Month::parse("123456789-01"), None);
        assert_eq!(Month::parse("2024"), None);
        assert_eq!(Month::parse("2024-02-30"), None);
        assert_eq!(Month::parse("2024-02-29-1"), None);
        assert_eq!(Month::parse("2027-07-01"), Some(m(2027, 7)));
        assert_eq!(Month::parse("2024-03"), Some(m(2024, 3)));
        assert_eq!((m(2024, 3).year(), m(2024, 3).month()), (2024, 3));
    }

    #[test]
    fn month_arithmetic() {
        assert_eq!(m(2026, 11).add_months(3), m(2027, 2));
        assert_eq!(m(2026, 1).add_months(-1), m(2025, 12));
        assert_eq!(m(2026, 1).add_months(24), m(2028, 1));
        assert_eq!(months_between(m(2024, 1), m(2026, 11)), 34);
        assert_eq!(months_between(m(2026, 11), m(2024, 1)), -34);
        assert_eq!(m(2200, 12).add_months(1), m(2200, 12), "saturates");
        assert_eq!(m(2000, 1).add_months(i64::MIN), m(1900, 1), "saturates");
        assert!(m(2024, 12) < m(2025, 1));
        assert!((m(2024, 4).as_year() - 2024.25).abs() < 1e-9);
    }

    #[test]
    fn serialises_as_year_dash_month() {
        assert_eq!(m(2024, 3).to_string(), "2024-03");
        assert_eq!(
            serde_json::to_string(&m(2024, 3)).expect("json"),
            "\"2024-03\""
        );
        let back: Month = serde_json::from_str("\"2031-12\"").expect("parses");
        assert_eq!(back, m(2031, 12));
        assert!(serde_json::from_str::<Month>("\"2031-13\"").is_err());
    }

    #[test]
    fn dates_from_the_clock_arithmetic() {
        assert_eq!(Date::from_unix_days(0), Date::new(1970, 1, 1));
        assert_eq!(Date::from_unix_days(20_422), Date::new(2025, 11, 30));
        assert_eq!(Date::from_unix_days(-1), Date::new(1969, 12, 31));
        assert_eq!(Date::from_unix_days(11_016), Date::new(2000, 2, 29));
        assert_eq!(Date::from_unix_days(i64::MAX), None);
        assert_eq!(Date::new(2023, 2, 29), None);
        assert_eq!(
            Date::parse("2026-11-30").map(|d| d.to_string()),
            Some("2026-11-30".into())
        );
        assert_eq!(Date::parse("2026-11"), None);
    }
}
