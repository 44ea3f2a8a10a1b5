//! The one rule for what a value may be: the editing controls, the saver and the reader all
//! ask here, so a control can never make what the reader would refuse.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// Years outside this range are typing mistakes, not plans.
pub const EARLIEST_YEAR: i32 = 1990;
pub const LATEST_YEAR: i32 = 2200;
/// Longer than any paragraph a pair writes in a meeting.
pub const MAX_TEXT_CHARS: usize = 5_000;
/// More than any list in a school's plan holds.
pub const MAX_LIST_ITEMS: usize = 2_000;
pub const MAX_PARTNERSHIPS: usize = 500;
pub const MAX_TEACHERS: usize = 1_000;
pub const MAX_ID_CHARS: usize = 64;

pub fn year_in_range(year: i32) -> bool {
    (EARLIEST_YEAR..=LATEST_YEAR).contains(&year)
}

/// Why a year is refused, in the words the reader and the date fields both use.
pub fn year_problem(year: i32) -> Option<String> {
    (!year_in_range(year))
        .then(|| format!("the year {year} is outside {EARLIEST_YEAR}-{LATEST_YEAR}"))
}

/// The first and last dates a date field offers, as `min` and `max` for the browser.
pub fn date_bounds() -> (String, String) {
    (
        format!("{EARLIEST_YEAR}-01-01"),
        format!("{LATEST_YEAR}-12-31"),
    )
}

/// What a date field's text comes to once the rule has read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateEntry {
    Cleared,
    Accepted(NaiveDate),
    /// A two-digit year ("26") read as this century's ("2026").
    Corrected(NaiveDate),
    Refused(String),
}

/// Reads what a date input holds (`YYYY-MM-DD`, or empty).
pub fn read_date_entry(raw: &str) -> DateEntry {
    let raw = raw.trim();
    if raw.is_empty() {
        return DateEntry::Cleared;
    }
    let Ok(date) = raw.parse::<NaiveDate>() else {
        return DateEntry::Refused("This is not a whole date yet: day, month and year.".into());
    };
    match date.year() {
        year if year_in_range(year) => DateEntry::Accepted(date),
        year @ 0..=99 => date
            .with_year(2000 + year)
            .map_or_else(|| refused(year), DateEntry::Corrected),
        year => refused(year),
    }
}

fn refused(year: i32) -> DateEntry {
    DateEntry::Refused(format!(
        "The year {year} cannot be right: dates here run from {EARLIEST_YEAR} to {LATEST_YEAR}. Check the year."
    ))
}

/// Text as a field may hold it: at most `MAX_TEXT_CHARS`, with how many characters were cut.
pub fn fit_text(text: String) -> (String, usize) {
    let chars = text.chars().count();
    if chars <= MAX_TEXT_CHARS {
        return (text, 0);
    }
    (
        text.chars().take(MAX_TEXT_CHARS).collect(),
        chars - MAX_TEXT_CHARS,
    )
}

/// A count as people read it: 5,000 rather than 5000.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A moment the reader accepts: a device clock set decades off is held to the allowed years.
pub fn clamp_time(time: DateTime<Utc>) -> DateTime<Utc> {
    let bound = |year: i32, month, day, end: bool| {
        NaiveDate::from_ymd_opt(year, month, day)
            .and_then(|d| {
                if end {
                    d.and_hms_opt(23, 59, 59)
                } else {
                    d.and_hms_opt(0, 0, 0)
                }
            })
            .map(|t| t.and_utc())
            .unwrap_or(time)
    };
    time.clamp(
        bound(EARLIEST_YEAR, 1, 1, false),
        bound(LATEST_YEAR, 12, 31, true),
    )
}

/// A date the reader accepts, for the same reason as `clamp_time`.
pub fn clamp_date(date: NaiveDate) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(EARLIEST_YEAR, 1, 1).unwrap_or(date);
    let last = NaiveDate::from_ymd_opt(LATEST_YEAR, 12, 31).unwrap_or(date);
    date.clamp(first, last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn a_two_digit_year_is_read_as_this_century_and_absurd_years_are_refused() {
        assert_eq!(
            read_date_entry("2027-03-12"),
            DateEntry::Accepted(day(2027, 3, 12))
        );
        assert_eq!(
            read_date_entry("0026-05-01"),
            DateEntry::Corrected(day(2026, 5, 1))
        );
        assert_eq!(read_date_entry(""), DateEntry::Cleared);
        for raw in ["0202-05-01", "1989-12-31", "2201-01-01", "20260-01-01"] {
            assert!(
                matches!(read_date_entry(raw), DateEntry::Refused(_)),
                "{raw}"
            );
        }
        assert_eq!(
            read_date_entry("0000-02-29"),
            DateEntry::Corrected(day(2000, 2, 29))
        );
    }

    #[test]
    fn text_is_cut_at_the_limit_in_characters_not_bytes() {
        let long = "é".repeat(MAX_TEXT_CHARS + 3);
        let (kept, cut) = fit_text(long);
        assert_eq!((kept.chars().count(), cut), (MAX_TEXT_CHARS, 3));
        assert_eq!(fit_text("short".into()), ("short".into(), 0));
    }

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(5_000), "5,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn a_clock_set_before_1990_gives_a_time_the_reader_accepts() {
        let old = DateTime::from_timestamp(0, 0).unwrap_or_default();
        assert_eq!(clamp_time(old).year(), EARLIEST_YEAR);
        let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
        assert_eq!(clamp_time(now), now);
        assert_eq!(clamp_date(day(1970, 1, 1)), day(1990, 1, 1));
    }
}
