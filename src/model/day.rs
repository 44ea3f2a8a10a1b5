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
}
