//! Snapshots of the map over the year, and what changed between two of them: who moved
//! and how far, who joined and who left.

use super::continuum::{Continuum, Placement, Snapshot};
use super::ids::add_keyed;
use super::order;
use super::{Id, Position, Stage};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// What happened to one teacher between two maps.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// On both maps: where then and where now (the same place when unchanged).
    Stayed { then: Placement, now: Placement },
    /// Only on the later map: a new teacher, not a move.
    Joined(Placement),
    /// Only on the earlier map: a teacher who left, not a move.
    Left(Placement),
}

impl Change {
    pub fn teacher(&self) -> &Id {
        match self {
            Change::Stayed { now, .. } => &now.teacher,
            Change::Joined(p) | Change::Left(p) => &p.teacher,
        }
    }

    /// Steps along the continuum, up positive; none unless placed on both maps.
    pub fn distance(&self) -> Option<i16> {
        match self {
            Change::Stayed { then, now } => {
                Some(i16::from(now.position?.value()) - i16::from(then.position?.value()))
            }
            Change::Joined(_) | Change::Left(_) => None,
        }
    }

    pub fn moved(&self) -> bool {
        matches!(self, Change::Stayed { then, now } if then.position != now.position)
    }
}

impl Continuum {
    /// Where every teacher stands now, as a snapshot would keep it.
    pub fn placements(&self) -> Vec<Placement> {
        self.teachers
            .iter()
            .map(|t| Placement {
                teacher: t.id.clone(),
                position: t.position,
                stage: t.stage,
            })
            .collect()
    }

    /// Keeps the map as of `taken_on`, with a label; none when the list is full.
    pub fn take_snapshot(&mut self, taken_on: NaiveDate, label: &str) -> Option<Id> {
        let placements = self.placements();
        add_keyed(&mut self.snapshots, "snapshot", |id| Snapshot {
            id,
            taken_on,
            label: super::limits::fit_text(label.trim().to_string()).0,
            placements,
        })
    }
}

/// Every teacher on either map and what happened to them: the biggest moves first, then
/// who joined and who left, then those who stayed where they were.
pub fn compare(then: &[Placement], now: &[Placement]) -> Vec<Change> {
    // Indexed, so comparing a staff of 300 is not 300 searches of 300.
    let earlier: std::collections::HashMap<&Id, &Placement> =
        then.iter().map(|t| (&t.teacher, t)).collect();
    let later: std::collections::HashSet<&Id> = now.iter().map(|n| &n.teacher).collect();
    let mut changes: Vec<Change> = now
        .iter()
        .map(|n| match earlier.get(&n.teacher) {
            Some(t) => Change::Stayed {
                then: (*t).clone(),
                now: n.clone(),
            },
            None => Change::Joined(n.clone()),
        })
        .collect();
    changes.extend(
        then.iter()
            .filter(|t| !later.contains(&t.teacher))
            .map(|t| Change::Left(t.clone())),
    );
    let rank = |c: &Change| match c {
        _ if c.moved() => (0, -c.distance().map_or(0, i16::abs)),
        Change::Joined(_) => (1, 0),
        Change::Left(_) => (2, 0),
        Change::Stayed { .. } => (3, 0),
    };
    order::sort_by_key(&mut changes, rank);
    changes
}

/// How many teachers went from each position to each position (moves and stays alike),
/// for the from-to table.
pub fn position_table(changes: &[Change]) -> BTreeMap<(Option<Position>, Option<Position>), usize> {
    table(changes, |p| p.position)
}

/// The same, by readiness stage.
pub fn stage_table(changes: &[Change]) -> BTreeMap<(Option<Stage>, Option<Stage>), usize> {
    table(changes, |p| p.stage)
}

fn table<K: Ord>(changes: &[Change], key: impl Fn(&Placement) -> K) -> BTreeMap<(K, K), usize> {
    let mut table = BTreeMap::new();
    for change in changes {
        if let Change::Stayed { then, now } = change {
            *table.entry((key(then), key(now))).or_insert(0) += 1;
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::sample;

    fn at(n: u8) -> Option<Position> {
        Position::new(n)
    }

    fn placed(teacher: &str, position: u8) -> Placement {
        Placement {
            teacher: Id::new(teacher),
            position: at(position),
            stage: Some(Stage::Started),
        }
    }

    #[test]
    fn moved_unchanged_joined_and_left_are_told_apart() {
        let then = [
            placed("a", 3),
            placed("b", 5),
            placed("c", 9),
            placed("gone", 2),
        ];
        let now = [
            placed("a", 7),
            placed("b", 5),
            placed("c", 8),
            placed("new", 4),
        ];
        let changes = compare(&then, &now);
        let summary: Vec<(&str, bool, Option<i16>)> = changes
            .iter()
            .map(|c| (c.teacher().as_str(), c.moved(), c.distance()))
            .collect();
        assert_eq!(
            summary,
            [
                ("a", true, Some(4)),
                ("c", true, Some(-1)),
                ("new", false, None),
                ("gone", false, None),
                ("b", false, Some(0)),
            ]
        );
        assert!(matches!(changes[2], Change::Joined(_)));
        assert!(matches!(changes[3], Change::Left(_)));
        let table = position_table(&changes);
        assert_eq!(table.get(&(at(3), at(7))), Some(&1));
        assert_eq!(table.get(&(at(5), at(5))), Some(&1));
        assert_eq!(table.values().sum::<usize>(), 3);
        assert_eq!(
            stage_table(&changes).get(&(Some(Stage::Started), Some(Stage::Started))),
            Some(&3)
        );
    }

    #[test]
    fn a_snapshot_keeps_the_map_as_it_was() {
        let mut p = sample();
        let day = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap_or_default();
        let id = p.continuum.take_snapshot(day, "  October ");
        assert_eq!(id, Some(Id::new("snapshot-1")));
        let kept = p.continuum.placements();
        if let Some(t) = p.continuum.teachers.first_mut() {
            t.position = at(11);
        }
        let snapshot = &p.continuum.snapshots[0];
        assert_eq!(
            (snapshot.label.as_str(), snapshot.taken_on),
            ("October", day)
        );
        assert_eq!(snapshot.placements, kept);
        let changes = compare(&snapshot.placements, &p.continuum.placements());
        assert_eq!(changes.iter().filter(|c| c.moved()).count(), 1);
        assert_eq!(changes[0].distance(), Some(2));
    }
}
