//! The continuum map: where each teacher stands on the focus practice, from 1 to 11.

use super::order;
use super::text::is_filled;
use super::{Id, Stage};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Continuum {
    pub descriptors: Descriptors,
    pub teachers: Vec<Teacher>,
    pub band_goals: Vec<BandGoal>,
    pub snapshots: Vec<Snapshot>,
}

/// The practice the continuum measures, and what its low, middle and high ends look like.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Descriptors {
    /// Added within format 1: files written before have none, and an empty one is left
    /// out so the files of those versions are written exactly as before.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub practice: String,
    pub low: String,
    pub middle: String,
    pub high: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Teacher {
    pub id: Id,
    /// Personal: replaced by a code in an anonymised export.
    pub name: String,
    #[serde(default)]
    pub assignment: String,
    pub position: Option<Position>,
    pub goal_position: Option<Position>,
    pub goal_date: Option<NaiveDate>,
    pub stage: Option<Stage>,
    /// Personal: removed from an anonymised export.
    #[serde(default)]
    pub notes: String,
}

/// A goal for every teacher whose position falls in a band, e.g. those now at 5-6.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BandGoal {
    pub id: Id,
    pub from: Position,
    pub to: Position,
    #[serde(default)]
    pub goal: String,
    pub target_date: Option<NaiveDate>,
}

/// The map as it stood on a date, kept to compare then and now.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub id: Id,
    pub taken_on: NaiveDate,
    #[serde(default)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "u8")]
pub struct Position(u8);

impl Position {
    /// A range of positions in words: "5–6", or "3" when it is one position.
    pub fn span(from: Position, to: Position) -> String {
        if from == to {
            from.value().to_string()
        } else {
            format!("{}–{}", from.value(), to.value())
        }
    }

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

/// Checked as the number is read, so a file's reader can say which field holds it.
impl<'de> Deserialize<'de> for Position {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Checked;
        impl serde::de::Visitor<'_> for Checked {
            type Value = Position;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("u8")
            }
            fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<Position, E> {
                self.visit_i64(i64::try_from(value).unwrap_or(i64::MAX))
            }
            fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<Position, E> {
                // Any whole number off the continuum, 0, 12 or -1, is said the same way.
                u8::try_from(value)
                    .ok()
                    .and_then(Position::new)
                    .ok_or_else(|| E::custom(format!("position {value} is outside 1-11")))
            }
        }
        deserializer.deserialize_u8(Checked)
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
                [&d.practice, &d.low, &d.middle, &d.high]
                    .iter()
                    .all(|text| is_filled(text)),
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

    /// For next year's copy: each teacher's goal date and each band goal's a year on.
    pub fn move_dates_a_year_on(&mut self) {
        let on = crate::model::day::a_year_on;
        for teacher in &mut self.teachers {
            teacher.goal_date = teacher.goal_date.map(on);
        }
        for band in &mut self.band_goals {
            band.target_date = band.target_date.map(on);
        }
    }

    pub fn teacher(&self, id: &Id) -> Option<&Teacher> {
        self.teachers.iter().find(|t| &t.id == id)
    }

    /// Whether anyone placed on the map has a readiness stage, which support starts from:
    /// a stage kept for a teacher taken off the map proposes nothing.
    pub fn anyone_staged(&self) -> bool {
        self.teachers
            .iter()
            .any(|t| t.stage.is_some() && t.position.is_some())
    }

    /// How many teachers have a stage but no place on the map yet: support proposed from
    /// the map leaves them out until they are placed.
    pub fn staged_not_placed(&self) -> usize {
        self.teachers
            .iter()
            .filter(|t| t.stage.is_some() && t.position.is_none())
            .count()
    }

    /// Every teacher with a name to choose them by: a name two teachers share is followed
    /// by the team, grade or subject, else by the order on the list ("Lee Wong (2)").
    pub fn names_told_apart(&self) -> Vec<(Id, String)> {
        let folded: Vec<String> = self
            .teachers
            .iter()
            .map(|t| t.name.trim().to_lowercase())
            .collect();
        // Sorted by name, stably: teachers who share one stand together, in list order.
        let mut places: Vec<usize> = (0..folded.len()).collect();
        order::sort_by(&mut places, |a, b| folded[*a].cmp(&folded[*b]));
        let mut names: Vec<String> = self.teachers.iter().map(|t| t.name.clone()).collect();
        for group in places
            .chunk_by(|a, b| folded[*a] == folded[*b])
            .filter(|g| g.len() > 1)
        {
            let assignment = |i: usize| self.teachers[i].assignment.trim();
            for (nth, &i) in group.iter().enumerate() {
                let told = !assignment(i).is_empty()
                    && group
                        .iter()
                        .filter(|&&j| assignment(j) == assignment(i))
                        .count()
                        == 1;
                let name = self.teachers[i].name.trim();
                names[i] = if told {
                    format!("{name} ({})", assignment(i))
                } else {
                    format!("{name} ({})", nth + 1)
                };
            }
        }
        self.teachers
            .iter()
            .map(|t| t.id.clone())
            .zip(names)
            .collect()
    }

    /// The names told apart, sorted as a list to choose from is read: by name, ignoring case.
    pub fn names_by_name(&self) -> Vec<(Id, String)> {
        let mut names = self.names_told_apart();
        order::sort_by_key(&mut names, |(_, name)| name.to_lowercase());
        names
    }

    pub fn teacher_mut(&mut self, id: &Id) -> Option<&mut Teacher> {
        self.teachers.iter_mut().find(|t| &t.id == id)
    }

    /// Takes a teacher off the map; what `restore` needs to put them back where they were.
    pub fn remove_teacher(&mut self, id: &Id) -> Option<(usize, Teacher)> {
        let at = self.teachers.iter().position(|t| &t.id == id)?;
        Some((at, self.teachers.remove(at)))
    }

    /// Puts a removed teacher back at their place in the roster, unless already back.
    pub fn restore_teacher(&mut self, (at, teacher): (usize, Teacher)) {
        if self.teacher(&teacher.id).is_none() {
            let at = at.min(self.teachers.len());
            self.teachers.insert(at, teacher);
        }
    }

    /// The teams, grades and subjects on the roster, sorted, each once, for filtering.
    pub fn assignments(&self) -> Vec<String> {
        let mut all: Vec<String> = self
            .teachers
            .iter()
            .map(|t| t.assignment.trim().to_string())
            .filter(|a| !a.is_empty())
            .collect();
        order::sort_by_key(&mut all, |a| order::natural(a));
        all.dedup_by_key(|a| a.to_lowercase());
        all
    }
}

impl Teacher {
    /// What a compact card shows: a code as it is, a name as its initials.
    pub fn initials(&self) -> String {
        let words: Vec<&str> = self.name.split_whitespace().collect();
        match words.as_slice() {
            [] => "?".to_string(),
            [one] => one.chars().take(4).collect(),
            [first, .., last] => [first, last]
                .iter()
                .filter_map(|w| w.chars().next())
                .flat_map(char::to_uppercase)
                .collect(),
        }
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
    fn a_compact_card_shows_initials_or_the_code() {
        let t = |name: &str| Teacher::new(Id::new("t"), name, "");
        assert_eq!(t("Ana María Ruiz").initials(), "AR");
        assert_eq!(t("T07").initials(), "T07");
        assert_eq!(t("  ").initials(), "?");
        assert_eq!(t("émile zola").initials(), "ÉZ");
    }

    #[test]
    fn a_removed_teacher_comes_back_in_the_same_place() {
        let mut c = Continuum::default();
        for (i, name) in ["A", "B", "C"].iter().enumerate() {
            c.teachers
                .push(Teacher::new(Id::new(format!("t{i}")), name, "Grade 1"));
        }
        let removed = c.remove_teacher(&Id::new("t1"));
        assert_eq!(c.teachers.len(), 2);
        if let Some(removed) = removed {
            c.restore_teacher(removed.clone());
            c.restore_teacher(removed);
        }
        let names: Vec<&str> = c.teachers.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["A", "B", "C"]);
        assert_eq!(c.assignments(), ["Grade 1"]);
    }

    #[test]
    fn support_starts_from_a_stage_on_the_map_not_one_kept_off_it() {
        let mut c = Continuum::default();
        let mut t = Teacher::new(Id::new("t0"), "A", "");
        t.stage = Some(Stage::Started);
        c.teachers.push(t);
        assert!(!c.anyone_staged());
        c.teachers[0].position = Position::new(4);
        assert!(c.anyone_staged());
    }

    #[test]
    fn a_position_outside_the_continuum_is_refused_when_read() {
        let error = |text: &str| {
            serde_json::from_str::<Position>(text)
                .err()
                .map(|e| e.to_string())
        };
        // Located just after the number, where the reader can tell which field it was.
        assert_eq!(
            error("12").as_deref(),
            Some("position 12 is outside 1-11 at line 1 column 2")
        );
        assert_eq!(
            error("300").as_deref(),
            Some("position 300 is outside 1-11 at line 1 column 3")
        );
        assert_eq!(
            error("-1").as_deref(),
            Some("position -1 is outside 1-11 at line 1 column 2")
        );
        assert_eq!(error("7").as_deref(), None);
    }

    #[test]
    fn teachers_who_share_a_name_can_be_told_apart() {
        let mut c = Continuum::default();
        for (i, (name, team)) in [
            ("Lee Wong", "Grade 3"),
            ("lee wong ", "Grade 5"),
            ("Ana Ruiz", ""),
            ("Ana Ruiz", ""),
            ("Bo Park", ""),
        ]
        .into_iter()
        .enumerate()
        {
            c.teachers
                .push(Teacher::new(Id::new(format!("teacher-{i}")), name, team));
        }
        let names: Vec<String> = c.names_told_apart().into_iter().map(|(_, n)| n).collect();
        assert_eq!(
            names,
            [
                "Lee Wong (Grade 3)",
                "lee wong (Grade 5)",
                "Ana Ruiz (1)",
                "Ana Ruiz (2)",
                "Bo Park"
            ]
        );
        let listed: Vec<String> = c.names_by_name().into_iter().map(|(_, n)| n).collect();
        assert_eq!(
            listed,
            [
                "Ana Ruiz (1)",
                "Ana Ruiz (2)",
                "Bo Park",
                "Lee Wong (Grade 3)",
                "lee wong (Grade 5)"
            ]
        );
    }
}
