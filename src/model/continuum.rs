//! The continuum map: where each teacher stands on the focus practice, from 1 to 11.

use super::text::is_filled;
use super::{Id, Stage};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Continuum {
    pub descriptors: Descriptors,
    pub teachers: Vec<Teacher>,
    pub band_goals: Vec<BandGoal>,
    pub snapshots: Vec<Snapshot>,
}

/// What the low, middle and high ends of the continuum look like for this focus.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Descriptors {
    pub low: String,
    pub middle: String,
    pub high: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Teacher {
    pub id: Id,
    /// Personal: replaced by a code in an anonymised export.
    pub name: String,
    pub assignment: String,
    pub position: Option<Position>,
    pub goal_position: Option<Position>,
    pub goal_date: Option<NaiveDate>,
    pub stage: Option<Stage>,
    /// Personal: removed from an anonymised export.
    pub notes: String,
}

/// A goal for every teacher whose position falls in a band, e.g. those now at 5-6.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BandGoal {
    pub id: Id,
    pub from: Position,
    pub to: Position,
    pub goal: String,
    pub target_date: Option<NaiveDate>,
}

/// The map as it stood on a date, kept to compare then and now.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub id: Id,
    pub taken_on: NaiveDate,
    pub label: String,
    pub placements: Vec<Placement>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Placement {
    pub teacher: Id,
    pub position: Option<Position>,
    pub stage: Option<Stage>,
}

/// A place on the continuum, 1 (most change needed) to 11 (nearly in place).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Position(u8);

impl Position {
    pub const LOWEST: u8 = 1;
    pub const HIGHEST: u8 = 11;
    /// Where a teacher not yet placed starts from when moved a step.
    pub const MIDDLE: Position = Position(6);

    pub fn new(value: u8) -> Option<Position> {
        (Self::LOWEST..=Self::HIGHEST)
            .contains(&value)
            .then_some(Position(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PositionError(pub u8);

impl fmt::Display for PositionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "position {} is outside 1-11", self.0)
    }
}

impl std::error::Error for PositionError {}

impl TryFrom<u8> for Position {
    type Error = PositionError;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Position::new(value).ok_or(PositionError(value))
    }
}

impl From<Position> for u8 {
    fn from(position: Position) -> u8 {
        position.0
    }
}

impl Teacher {
    /// A teacher just added to the roster: named, not yet placed.
    pub fn new(id: Id, name: &str, assignment: &str) -> Teacher {
        Teacher {
            id,
            name: name.to_string(),
            assignment: assignment.to_string(),
            position: None,
            goal_position: None,
            goal_date: None,
            stage: None,
            notes: String::new(),
        }
    }
}

impl Continuum {
    pub fn checks(&self) -> [(&'static str, bool); 3] {
        let d = &self.descriptors;
        let placed = |t: &Teacher| t.position.is_some() && t.stage.is_some();
        [
            (
                "Continuum described",
                is_filled(&d.low) && is_filled(&d.middle) && is_filled(&d.high),
            ),
            (
                "Every teacher placed",
                !self.teachers.is_empty() && self.teachers.iter().all(placed),
            ),
            (
                "Band goals",
                self.band_goals.iter().any(|g| is_filled(&g.goal)),
            ),
        ]
    }

    pub fn teacher(&self, id: &Id) -> Option<&Teacher> {
        self.teachers.iter().find(|t| &t.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_run_from_one_to_eleven() {
        assert!(Position::new(0).is_none());
        assert_eq!(Position::new(1).map(Position::value), Some(1));
        assert_eq!(Position::new(11).map(Position::value), Some(11));
        assert!(Position::new(12).is_none());
    }

    #[test]
    fn a_position_outside_the_continuum_is_refused_when_read() {
        let error = serde_json::from_str::<Position>("12")
            .err()
            .map(|e| e.to_string());
        assert_eq!(error.as_deref(), Some("position 12 is outside 1-11"));
    }
}
