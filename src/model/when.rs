//! How long ago something happened, in the words a person would use.

use super::day;
use chrono::{DateTime, Utc};

/// "just now", "5 minutes ago", "yesterday", "12 days ago", then the date itself; the
/// date too for a time ahead of this device's clock (a file from a clock set wrong), which
/// "just now" would misdate.
pub fn ago(then: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let seconds = (now - then).num_seconds();
    if seconds < -3_600 {
        return day::long(then.date_naive());
    }
    let seconds = seconds.max(0);
    let plural = |n: i64, unit: &str| {
        if n == 1 {
            format!("1 {unit} ago")
        } else {
            format!("{n} {unit}s ago")
        }
    };
    match seconds {
        0..=59 => "just now".to_string(),
        60..=3_599 => plural(seconds / 60, "minute"),
        3_600..=86_399 => plural(seconds / 3_600, "hour"),
        86_400..=172_799 => "yesterday".to_string(),
        172_800..=2_591_999 => plural(seconds / 86_400, "day"),
        _ => day::long(then.date_naive()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000 + seconds, 0).unwrap_or_default()
    }

    #[test]
    fn recent_edits_read_as_words_and_old_ones_as_dates() {
        assert_eq!(ago(at(0), at(30)), "just now");
        // Minutes ahead are two clocks a little apart; a day ahead is a date.
        assert_eq!(ago(at(10), at(0)), "just now");
        assert_eq!(ago(at(86_400), at(0)), day::long(at(86_400).date_naive()));
        assert_eq!(ago(at(0), at(60)), "1 minute ago");
        assert_eq!(ago(at(0), at(7_300)), "2 hours ago");
        assert_eq!(ago(at(0), at(90_000)), "yesterday");
        assert_eq!(ago(at(0), at(5 * 86_400)), "5 days ago");
        assert_eq!(ago(at(0), at(40 * 86_400)), "21 September 2026");
        assert_eq!(ago(at(100), at(0)), "just now");
    }
}
