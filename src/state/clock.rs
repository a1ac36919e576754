//! The clock, read when it is needed and in the system's own time zone (jiff reads it on
//! Windows, macOS and Linux): the presenter's time of day, the time since the deck began, and
//! "today" for notes and the timeline.

use crate::month::Date;

/// What the presenter view shows of the time: passed in, never read by the view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clock {
    /// "14:05".
    pub time: String,
    /// "0:12:05": hours, minutes, seconds since the deck started.
    pub elapsed: String,
}

impl Clock {
    /// The clock at `hour`:`minute`, `elapsed` seconds into the deck.
    pub fn at(hour: i8, minute: i8, elapsed: f64) -> Self {
        let e = if elapsed.is_finite() && elapsed > 0.0 {
            elapsed as u64
        } else {
            0
        };
        Self {
            time: format!("{hour:02}:{minute:02}"),
            elapsed: format!("{}:{:02}:{:02}", e / 3600, e / 60 % 60, e % 60),
        }
    }

    /// The clock now, in the system's time zone.
    pub fn now(elapsed: f64) -> Self {
        let now = jiff::Zoned::now();
        Self::at(now.hour(), now.minute(), elapsed)
    }
}

/// Today in the system's time zone: a note written just after midnight carries the new day.
pub fn today() -> Date {
    let now = jiff::Zoned::now();
    Date::new(
        i32::from(now.year()),
        u32::try_from(now.month()).unwrap_or(1),
        u32::try_from(now.day()).unwrap_or(1),
    )
    .unwrap_or_else(Date::today_utc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elapsed_time_reads_as_hours_minutes_seconds() {
        let c = Clock::at(14, 5, 3725.9);
        assert_eq!(c.time, "14:05");
        assert_eq!(c.elapsed, "1:02:05");
        assert_eq!(Clock::at(0, 0, f64::NAN).elapsed, "0:00:00");
    }

    #[test]
    fn today_is_a_real_date_near_the_utc_one() {
        let (local, utc) = (today(), Date::today_utc());
        // Time zones lie within a day of UTC.
        let days = |d: Date| d.month().as_year() * 366.0 + f64::from(d.day());
        assert!((days(local) - days(utc)).abs() <= 2.0, "{local} vs {utc}");
    }
}
