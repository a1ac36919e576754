//! The presenter's clock: the time of day in the Netherlands, and the time since the deck began.
//!
//! Without a time-zone library the time of day is Dutch time, worked out from UTC by the EU
//! summer-time rule (CET, UTC+1; CEST, UTC+2 from the last Sunday of March to the last Sunday of
//! October, 01:00 UTC both). That is the meeting room's clock for the ministry's own laptops.

/// What the presenter view shows of the time: passed in, never read by the view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clock {
    /// "14:05".
    pub time: String,
    /// "0:12:05": hours, minutes, seconds since the deck started.
    pub elapsed: String,
}

impl Clock {
    /// The clock at `unix` seconds (UTC), `elapsed` seconds into the deck.
    pub fn at(unix: i64, elapsed: f64) -> Self {
        let (h, m) = dutch_time(unix);
        let e = if elapsed.is_finite() && elapsed > 0.0 {
            elapsed as u64
        } else {
            0
        };
        Self {
            time: format!("{h:02}:{m:02}"),
            elapsed: format!("{}:{:02}:{:02}", e / 3600, e / 60 % 60, e % 60),
        }
    }

    /// The clock now.
    pub fn now(elapsed: f64) -> Self {
        let unix = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
        Self::at(unix, elapsed)
    }
}

/// Hours and minutes in the Netherlands at `unix` seconds (UTC).
pub fn dutch_time(unix: i64) -> (i64, i64) {
    let day = unix.div_euclid(86_400);
    let (year, _, _) = civil_from_days(day);
    let summer_start = last_sunday(year, 3) * 86_400 + 3600;
    let summer_end = last_sunday(year, 10) * 86_400 + 3600;
    let offset = if (summer_start..summer_end).contains(&unix) {
        7200
    } else {
        3600
    };
    let secs = (unix + offset).rem_euclid(86_400);
    (secs / 3600, secs / 60 % 60)
}

/// The day number (days since 1970-01-01) of the last Sunday of a 31-day month.
fn last_sunday(year: i64, month: i64) -> i64 {
    let last = days_from_civil(year, month, 31);
    // 1970-01-01 was a Thursday: day 0 has weekday 4 (Sunday = 0).
    last - (last + 4).rem_euclid(7)
}

/// Days since 1970-01-01 of a date (proleptic Gregorian; H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Unix seconds of a UTC date and time.
    fn utc(y: i64, mo: i64, d: i64, h: i64, mi: i64) -> i64 {
        days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60
    }

    #[test]
    fn winter_and_summer_time() {
        assert_eq!(dutch_time(utc(2026, 12, 16, 13, 5)), (14, 5));
        assert_eq!(dutch_time(utc(2026, 7, 1, 13, 5)), (15, 5));
        // Midnight wraps.
        assert_eq!(dutch_time(utc(2026, 12, 31, 23, 30)), (0, 30));
    }

    #[test]
    fn the_switch_happens_at_one_o_clock_utc_on_the_last_sundays() {
        // 2026: 29 March and 25 October are the last Sundays.
        assert_eq!(last_sunday(2026, 3), days_from_civil(2026, 3, 29));
        assert_eq!(last_sunday(2026, 10), days_from_civil(2026, 10, 25));
        assert_eq!(last_sunday(2027, 10), days_from_civil(2027, 10, 31));
        assert_eq!(dutch_time(utc(2026, 3, 29, 0, 59)), (1, 59));
        assert_eq!(dutch_time(utc(2026, 3, 29, 1, 0)), (3, 0));
        assert_eq!(dutch_time(utc(2026, 10, 25, 0, 59)), (2, 59));
        assert_eq!(dutch_time(utc(2026, 10, 25, 1, 0)), (2, 0));
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
    }

    #[test]
    fn elapsed_time_reads_as_hours_minutes_seconds() {
        let c = Clock::at(utc(2026, 12, 16, 13, 5), 3725.9);
        assert_eq!(c.time, "14:05");
        assert_eq!(c.elapsed, "1:02:05");
        assert_eq!(Clock::at(0, f64::NAN).elapsed, "0:00:00");
    }
}
