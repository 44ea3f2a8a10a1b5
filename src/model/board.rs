//! The continuum as a board: columns 1 to 11 with their counts, moving a teacher, what a
//! screen reader hears while moving, and who belongs to a band goal.

use super::continuum::{BandGoal, Continuum, Teacher};
use super::{Id, Position, Stage};

/// One column of the board: how many teachers stand at a position, stage by stage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub position: Position,
    pub total: usize,
    /// In `Stage::ALL` order, then teachers with no stage yet.
    pub by_stage: [usize; 6],
}

/// Every column from 1 to 11, empty ones included.
pub fn columns<'a>(teachers: impl IntoIterator<Item = &'a Teacher>) -> Vec<Column> {
    let mut columns: Vec<Column> = (Position::LOWEST..=Position::HIGHEST)
        .filter_map(Position::new)
        .map(|position| Column {
            position,
            total: 0,
            by_stage: [0; 6],
        })
        .collect();
    for teacher in teachers {
        let Some(position) = teacher.position else {
            continue;
        };
        if let Some(column) = columns.get_mut(usize::from(position.value() - 1)) {
            column.total += 1;
            column.by_stage[stage_order(teacher.stage)] += 1;
        }
    }
    columns
}

/// Where a stage stands in `Stage::ALL`, with no stage yet last: the order cards, lists
/// and counts follow.
pub fn stage_order(stage: Option<Stage>) -> usize {
    stage
        .and_then(|s| Stage::ALL.iter().position(|a| *a == s))
        .unwrap_or(Stage::ALL.len())
}

/// A step a keyboard or a menu takes a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Left,
    Right,
    First,
    Last,
    To(Position),
}

impl Step {
    /// Where the step lands from `from`. An unplaced teacher's first arrow, either way,
    /// lands in the middle, where a first guess belongs, and says so.
    pub fn from(self, from: Option<Position>) -> Position {
        let at = from.map_or(6, Position::value);
        let to = match self {
            Step::Left | Step::Right if from.is_none() => at,
            Step::Left => at.saturating_sub(1),
            Step::Right => at + 1,
            Step::First => Position::LOWEST,
            Step::Last => Position::HIGHEST,
            Step::To(position) => position.value(),
        };
        Position::new(to.clamp(Position::LOWEST, Position::HIGHEST))
            .or(from)
            .unwrap_or(Position::MIDDLE)
    }
}

/// A teacher moved from one place to another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Move {
    pub from: Option<Position>,
    pub to: Position,
}

impl Continuum {
    /// Places a teacher; none when the teacher is gone or already there.
    pub fn move_teacher(&mut self, id: &Id, to: Position) -> Option<Move> {
        let teacher = self.teachers.iter_mut().find(|t| &t.id == id)?;
        let from = teacher.position;
        (from != Some(to)).then(|| {
            teacher.position = Some(to);
            Move { from, to }
        })
    }

    /// How many teachers stand at `position`.
    pub fn count_at(&self, position: Position) -> usize {
        self.teachers
            .iter()
            .filter(|t| t.position == Some(position))
            .count()
    }

    /// The teachers a band goal is about: those now inside its range.
    pub fn in_band<'a>(&'a self, band: &'a BandGoal) -> impl Iterator<Item = &'a Teacher> {
        self.teachers
            .iter()
            .filter(move |t| t.position.is_some_and(|p| band.holds(p)))
    }
}

impl BandGoal {
    pub fn holds(&self, position: Position) -> bool {
        (self.from..=self.to).contains(&position)
    }

    /// Moves the band's lower end; the upper end follows when passed, so a band is never
    /// backwards (the file reader refuses one that is).
    pub fn set_from(&mut self, from: Position) {
        self.from = from;
        self.to = self.to.max(from);
    }

    /// Moves the band's upper end; the lower end follows when passed.
    pub fn set_to(&mut self, to: Position) {
        self.to = to;
        self.from = self.from.min(to);
    }
}

/// What a screen reader hears when a card is picked up with the keyboard.
pub fn picked_up(name: &str, position: Option<Position>, stage: Option<Stage>) -> String {
    let arrows = match position {
        Some(_) => "Left and right arrows move",
        None => "An arrow puts them in the middle, at 6, then left and right arrows move",
    };
    format!(
        "Picked up {name}, {}, {}. {arrows}, Enter drops, Escape cancels.",
        where_(position),
        stage.map_or("no stage yet", Stage::label)
    )
}

/// What a screen reader hears while a picked-up card moves, before it is dropped.
pub fn moving(name: &str, to: Position) -> String {
    format!("{name}, position {}.", to.value())
}

/// What a screen reader hears when a card lands: where from, where to, and how full.
pub fn moved(name: &str, step: &Move, now_at_to: usize) -> String {
    let from = step
        .from
        .map_or("not yet placed".to_string(), |p| p.value().to_string());
    format!(
        "{name} moved from {from} to {}. Position {} now has {}.",
        step.to.value(),
        step.to.value(),
        teachers(now_at_to)
    )
}

/// What a screen reader hears when a move is called off.
pub fn cancelled(name: &str, position: Option<Position>) -> String {
    format!(
        "Move cancelled. {name} stays {}.",
        where_(position).replace("position", "at")
    )
}

fn where_(position: Option<Position>) -> String {
    position.map_or("not yet placed".to_string(), |p| {
        format!("position {}", p.value())
    })
}

/// "1 teacher", "12 teachers".
pub fn teachers(n: usize) -> String {
    super::text::count(n, "teacher")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::sample;

    fn at(n: u8) -> Position {
        Position::new(n).unwrap_or(Position::MIDDLE)
    }

    #[test]
    fn columns_count_teachers_and_their_stages() {
        let p = sample();
        let columns = columns(&p.continuum.teachers);
        assert_eq!(columns.len(), 11);
        let five = &columns[4];
        assert_eq!((five.position.value(), five.total), (5, 2));
        // Carl Okafor and Hana Ito are both getting ready.
        assert_eq!(five.by_stage, [0, 2, 0, 0, 0, 0]);
        assert_eq!(columns.iter().map(|c| c.total).sum::<usize>(), 10);
    }

    #[test]
    fn steps_stay_on_the_continuum() {
        assert_eq!(Step::Left.from(Some(at(1))), at(1));
        assert_eq!(Step::Right.from(Some(at(11))), at(11));
        assert_eq!(Step::Right.from(Some(at(4))), at(5));
        assert_eq!(Step::First.from(Some(at(7))), at(1));
        assert_eq!(Step::Last.from(None), at(11));
        assert_eq!(Step::Left.from(None), at(6));
        assert_eq!(Step::Right.from(None), at(6));
        assert_eq!(Step::To(at(9)).from(Some(at(2))), at(9));
    }

    #[test]
    fn a_move_is_said_in_plain_words() {
        let mut p = sample();
        let id = Id::new("teacher-4");
        let step = p.continuum.move_teacher(&id, at(6));
        assert_eq!(
            step,
            Some(Move {
                from: Some(at(3)),
                to: at(6)
            })
        );
        assert_eq!(p.continuum.move_teacher(&id, at(6)), None, "already there");
        let count = p.continuum.count_at(at(6));
        assert_eq!(
            step.map(|s| moved("Dana Smith", &s, count)),
            Some("Dana Smith moved from 3 to 6. Position 6 now has 3 teachers.".to_string())
        );
        assert_eq!(
            picked_up("Ana Ruiz", Some(at(4)), Some(Stage::Developing)),
            "Picked up Ana Ruiz, position 4, Developing. Left and right arrows move, Enter drops, Escape cancels."
        );
        assert_eq!(
            moved(
                "T01",
                &Move {
                    from: None,
                    to: at(2)
                },
                1
            ),
            "T01 moved from not yet placed to 2. Position 2 now has 1 teacher."
        );
        assert_eq!(
            cancelled("Ana Ruiz", Some(at(4))),
            "Move cancelled. Ana Ruiz stays at 4."
        );
        assert_eq!(moving("Ana Ruiz", at(5)), "Ana Ruiz, position 5.");
    }

    #[test]
    fn a_band_is_never_backwards() {
        let mut band = sample().continuum.band_goals[0].clone();
        band.set_from(at(8));
        assert_eq!((band.from, band.to), (at(8), at(8)));
        band.set_to(at(3));
        assert_eq!((band.from, band.to), (at(3), at(3)));
        band.set_to(at(9));
        assert_eq!((band.from, band.to), (at(3), at(9)));
    }

    #[test]
    fn a_band_goal_holds_the_teachers_inside_its_range() {
        let p = sample();
        let band = &p.continuum.band_goals[0];
        assert_eq!((band.from.value(), band.to.value()), (5, 6));
        let inside: Vec<&str> = p.continuum.in_band(band).map(|t| t.name.as_str()).collect();
        assert_eq!(inside, ["Bea Chen", "Carl Okafor", "Hana Ito", "Jo Mensah"]);
        assert!(band.holds(at(5)) && band.holds(at(6)) && !band.holds(at(7)));
    }
}
