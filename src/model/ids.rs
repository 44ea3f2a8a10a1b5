//! Identifiers for partnerships and the records inside them.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An opaque identifier. Partnership ids are random (made by the shell) so that two
/// browsers never mint the same one; ids inside a partnership only need to be unique there.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(String);

impl Id {
    pub fn new(value: impl Into<String>) -> Self {
        Id(value.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The next free id of the form `prefix-N` among `existing`, for records inside a partnership.
    /// Past the largest number a file could carry, it takes the lowest number not in use.
    pub fn next_in<'a>(prefix: &str, existing: impl IntoIterator<Item = &'a Id>) -> Id {
        let used: Vec<u64> = existing
            .into_iter()
            .filter_map(|id| {
                id.0.strip_prefix(prefix)?
                    .strip_prefix('-')?
                    .parse::<u64>()
                    .ok()
            })
            .collect();
        let next = match used.iter().max().copied().unwrap_or(0).checked_add(1) {
            Some(next) => next,
            None => (1..).find(|n| !used.contains(n)).unwrap_or(1),
        };
        Id(format!("{prefix}-{next}"))
    }
}

/// A record kept in a list and known by its id.
pub trait Keyed {
    fn key(&self) -> &Id;
}

/// Adds a record with the next free `prefix-N` id to a list and returns the id; none
/// when the list already holds as many records as a file may.
pub fn add_keyed<R: Keyed>(
    items: &mut Vec<R>,
    prefix: &str,
    make: impl FnOnce(Id) -> R,
) -> Option<Id> {
    if items.len() >= super::limits::MAX_LIST_ITEMS {
        return None;
    }
    let next = Id::next_in(prefix, items.iter().map(Keyed::key));
    items.push(make(next.clone()));
    Some(next)
}

/// Implements `Keyed` for records whose id field is called `id`.
#[macro_export]
macro_rules! keyed_by_id {
    ($($record:ty),+) => {
        $(impl $crate::model::ids::Keyed for $record {
            fn key(&self) -> &$crate::model::Id {
                &self.id
            }
        })+
    };
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_id_follows_the_highest_existing_one() {
        let ids = [
            Id::new("t-1"),
            Id::new("t-7"),
            Id::new("x-9"),
            Id::new("t-abc"),
        ];
        assert_eq!(Id::next_in("t", ids.iter()), Id::new("t-8"));
        assert_eq!(Id::next_in("a", ids.iter()), Id::new("a-1"));
    }

    #[test]
    fn a_number_at_the_very_top_does_not_overflow() {
        let ids = [Id::new("t-4294967295"), Id::new("t-18446744073709551615")];
        assert_eq!(Id::next_in("t", ids.iter()), Id::new("t-1"));
        let ids = [Id::new("t-4294967295")];
        assert_eq!(Id::next_in("t", ids.iter()), Id::new("t-4294967296"));
    }
}
