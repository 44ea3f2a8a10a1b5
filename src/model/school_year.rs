//! The school year a partnership covers, written "2026-27".

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A school year, known by the calendar year it starts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "String")]
pub struct SchoolYear {
    start: i32,
}

use super::limits::{EARLIEST_YEAR as EARLIEST_START, LATEST_YEAR};

/// The last school year ends in the last year a date may have.
const LATEST_START: i32 = LATEST_YEAR - 1;

impl SchoolYear {
    pub fn starting(start: i32) -> Option<Self> {
        (EARLIEST_START..=LATEST_START)
            .contains(&start)
            .then_some(SchoolYear { start })
    }

    /// The school year running on a date: a new year starts in July.
    pub fn containing(date: chrono::NaiveDate) -> Self {
        use chrono::Datelike;
        let start = if date.month() >= 7 {
            date.year()
        } else {
            date.year() - 1
        };
        SchoolYear {
            start: start.clamp(EARLIEST_START, LATEST_START),
        }
    }

    pub fn start(self) -> i32 {
        self.start
    }

    pub fn next(self) -> Self {
        SchoolYear {
            start: (self.start + 1).min(LATEST_START),
        }
    }
}

impl fmt::Display for SchoolYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:02}", self.start, (self.start + 1).rem_euclid(100))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolYearError(pub String);

impl fmt::Display for SchoolYearError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a school year; write it like 2026-27",
            self.0
        )
    }
}

impl std::error::Error for SchoolYearError {}

impl FromStr for SchoolYear {
    type Err = SchoolYearError;

    /// Accepts "2026-27", "2026–27", "2026/27", "2026-2027" and a bare "2026".
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let fail = || SchoolYearError(text.to_string());
        let cleaned: String = text.trim().replace(['–', '—', '/'], "-").replace(' ', "");
        let (first, second) = match cleaned.split_once('-') {
            Some((a, b)) => (a, Some(b)),
            None => (cleaned.as_str(), None),
        };
        let start: i32 = first.parse().map_err(|_| fail())?;
        if let Some(end) = second {
            let end: i32 = end.parse().map_err(|_| fail())?;
            let expected_end = start + 1;
            let matches = match end {
                0..=99 => end == expected_end.rem_euclid(100),
                _ => end == expected_end,
            };
            if !matches {
                return Err(fail());
            }
        }
        SchoolYear::starting(start).ok_or_else(fail)
    }
}

impl TryFrom<String> for SchoolYear {
    type Error = SchoolYearError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

/// Checked as the text is read, so a file's reader can say which field holds it.
impl<'de> Deserialize<'de> for SchoolYear {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Checked;
        impl serde::de::Visitor<'_> for Checked {
            type Value = SchoolYear;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<SchoolYear, E> {
                text.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Checked)
    }
}

impl From<SchoolYear> for String {
    fn from(year: SchoolYear) -> Self {
        year.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn reads_the_ways_people_write_a_school_year() {
        for text in [
            "2026-27",
            "2026–27",
            "2026/27",
            "2026-2027",
            " 2026 ",
            "2026 - 27",
        ] {
            assert_eq!(
                text.parse::<SchoolYear>().map(|y| y.start()),
                Ok(2026),
                "{text}"
            );
        }
    }

    #[test]
    fn refuses_years_that_do_not_follow_on() {
        for text in ["2026-28", "2026-2026", "next year", "", "1800-01"] {
            assert!(text.parse::<SchoolYear>().is_err(), "{text}");
        }
    }

    #[test]
    fn writes_the_short_form_and_rolls_over_the_century() {
        assert_eq!(
            SchoolYear::starting(2026).map(|y| y.to_string()),
            Some("2026-27".into())
        );
        assert_eq!(
            SchoolYear::starting(2099).map(|y| y.to_string()),
            Some("2099-00".into())
        );
        assert_eq!("2099-00".parse::<SchoolYear>().map(|y| y.start()), Ok(2099));
    }

    #[test]
    fn a_new_school_year_starts_in_july() {
        let june = NaiveDate::from_ymd_opt(2027, 6, 30).unwrap_or_default();
        let july = NaiveDate::from_ymd_opt(2027, 7, 1).unwrap_or_default();
        assert_eq!(SchoolYear::containing(june).start(), 2026);
        assert_eq!(SchoolYear::containing(july).start(), 2027);
    }
}
