//! Shared test data for the domain's unit tests.

use super::sample::sample_partnership;
use super::{Id, Partnership, SchoolYear};
use chrono::{DateTime, Utc};

/// A fixed moment in the 2026-27 school year.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default()
}

/// The sample partnership with the id `p-1`.
pub fn sample() -> Partnership {
    let year = SchoolYear::starting(2026);
    match year.and_then(|y| sample_partnership(Id::new("p-1"), y, now())) {
        Some(p) => p,
        None => panic!("the sample builds"),
    }
}
