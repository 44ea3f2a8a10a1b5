//! Dates in the words the app writes them, without chrono's format-string machinery.

use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month(date: NaiveDate) -> &'static str {
    MONTHS[date.month0() as usize % 12]
}

fn short_month(date: NaiveDate) -> &'static str {
    month(date).get(..3).unwrap_or_default()
}

/// "8 September 2026".
pub fn long(date: NaiveDate) -> String {
    format!("{} {} {}", date.day(), month(date), date.year())
}

/// "8 Sep 2026".
pub fn short(date: NaiveDate) -> String {
    format!("{} {} {}", date.day(), short_month(date), date.year())
}

/// "8 Sep", for spans within one view.
pub fn day_and_month(date: NaiveDate) -> String {
    format!("{} {}", date.day(), short_month(date))
}

/// "September 2026".
pub fn month_and_year(date: NaiveDate) -> String {
    format!("{} {}", month(date), date.year())
}

/// A date written day and month the other way round from year-month-day ("28/09/2026",
/// "9.28.2026"), when only one reading of it is a date: "08/09/2026" could be either, and
/// is none.
pub fn read_either_way(text: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = text.trim().split(['/', '.', '-']).collect();
    let [a, b, year] = parts.as_slice() else {
        return None;
    };
    let (a, b) = (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?);
    let year = match year.len() {
        4 => year.parse::<i32>().ok()?,
        _ => return None,
    };
    let day_first = NaiveDate::from_ymd_opt(year, b, a);
    let month_first = NaiveDate::from_ymd_opt(year, a, b);
    match (day_first, month_first) {
        (Some(date), None) | (None, Some(date)) => Some(date),
        (Some(one), Some(other)) if one == other => Some(one),
        _ => None,
    }
}

/// The same day a year later, for a copy of the year's plan: 29 February becomes 28
/// February, and a date that would leave the years the app keeps stays as it is.
pub fn a_year_on(date: NaiveDate) -> NaiveDate {
    let year = date.year() + 1;
    if !crate::model::limits::year_in_range(year) {
        return date;
    }
    date.with_year(year)
        .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), 28))
        .unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_form_matches_what_chrono_would_write() {
        for (y, m, d) in [(2026, 9, 8), (2027, 1, 31), (2026, 12, 1), (2028, 2, 29)] {
            let Some(date) = NaiveDate::from_ymd_opt(y, m, d) else {
                panic!("a real day")
            };
            assert_eq!(long(date), date.format("%-d %B %Y").to_string());
            assert_eq!(short(date), date.format("%-d %b %Y").to_string());
            assert_eq!(day_and_month(date), date.format("%-d %b").to_string());
            assert_eq!(month_and_year(date), date.format("%B %Y").to_string());
        }
    }

    #[test]
    fn a_date_written_day_and_month_first_is_read_only_when_it_can_be_one_date() {
        let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(read_either_way("28/09/2026"), on(2026, 9, 28));
        assert_eq!(read_either_way("9/28/2026"), on(2026, 9, 28));
        assert_eq!(read_either_way(" 28.9.2026 "), on(2026, 9, 28));
        assert_eq!(read_either_way("05/05/2026"), on(2026, 5, 5));
        assert_eq!(
            read_either_way("08/09/2026"),
            None,
            "8 September or 9 August"
        );
        assert_eq!(read_either_way("31/02/2026"), None);
        assert_eq!(
            read_either_way("28/09/26"),
            None,
            "a two-digit year is not guessed"
        );
        assert_eq!(read_either_way("2026-09-28"), None);
    }
}
