//! The one-page summary: what a staff member needs of the plan, read in a minute.

use super::continuum::BandGoal;
use super::day;
use super::order;
use super::sign_off::Signing;
use super::{Partnership, Position, Stage};
use chrono::NaiveDate;

/// How many next actions one printed page has room for.
pub const NEXT_ACTIONS_SHOWN: usize = 6;

/// The figures and lists of the summary, worked out from the partnership.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Each coaching action given time, with its share in percent.
    pub coach_time: Vec<(String, u8)>,
    /// How many teachers stand at each position, 1 to 11.
    pub at_position: [usize; 11],
    /// How many teachers on the continuum are at each stage, in the order of
    /// `Stage::ALL`, then those with no stage yet.
    pub at_stage: [usize; 6],
    /// Teachers on the staff list not placed on the continuum yet.
    pub unplaced: usize,
    pub next_actions: Vec<NextAction>,
    /// Open actions beyond those shown.
    pub more_actions: usize,
    pub signing: Signing,
}

/// One open support action as the summary lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct NextAction {
    pub what: String,
    pub for_whom: String,
    pub who: String,
    pub when: String,
    pub overdue: bool,
}

impl Partnership {
    pub fn summary(&self, today: NaiveDate) -> Summary {
        let mut at_position = [0; 11];
        let mut at_stage = [0; 6];
        let mut unplaced = 0;
        for t in &self.continuum.teachers {
            let Some(p) = t.position else {
                unplaced += 1;
                continue;
            };
            at_position[usize::from(p.value() - Position::LOWEST)] += 1;
            let stage = t
                .stage
                .and_then(|s| Stage::ALL.iter().position(|x| *x == s));
            at_stage[stage.unwrap_or(5)] += 1;
        }
        let mut open: Vec<_> = self
            .plan
            .actions
            .iter()
            .filter(|a| a.status.is_open())
            .collect();
        // Undated actions go last: they are not yet anyone's next thing to do.
        order::sort_by_key(&mut open, |a| (a.first_day().is_none(), a.first_day()));
        let next_actions = open
            .iter()
            .take(NEXT_ACTIONS_SHOWN)
            .map(|a| NextAction {
                what: a.what.clone(),
                for_whom: a.for_whom.label(&self.continuum),
                who: a.who.label(&self.principal, &self.coaches),
                when: dates(a.starts, a.ends),
                overdue: a.is_overdue(today),
            })
            .collect();
        Summary {
            coach_time: self
                .agreement
                .time_investment
                .iter()
                .filter(|s| s.percent > 0)
                .map(|s| (s.action.clone(), s.percent))
                .collect(),
            at_position,
            at_stage,
            unplaced,
            next_actions,
            more_actions: open.len().saturating_sub(NEXT_ACTIONS_SHOWN),
            signing: self.signing(),
        }
    }
}

/// A day as the summary writes it, e.g. "8 Sep 2026".
pub fn short_date(date: NaiveDate) -> String {
    day::short(date)
}

/// An action's dates in words: a span, one day, from a day, by a day, or none yet. Each
/// day is kept on one line (no-break spaces), so a narrow printed column breaks a span
/// between its two days rather than inside one.
pub fn dates(starts: Option<NaiveDate>, ends: Option<NaiveDate>) -> String {
    let day = |d| short_date(d).replace(' ', "\u{a0}");
    match (starts, ends) {
        (Some(s), Some(e)) if s != e => format!("{}\u{a0}– {}", day(s), day(e)),
        (Some(d), Some(_)) => day(d),
        (Some(s), None) => format!("from {}", day(s)),
        (None, Some(e)) => format!("by {}", day(e)),
        (None, None) => "No date yet".to_string(),
    }
}

/// A band goal in words, e.g. "Now at 5–6: weekly feedback (by 1 Mar 2027)".
pub fn band_goal_words(band: &BandGoal) -> String {
    let by = band
        .target_date
        .map(|d| format!(" (by {})", short_date(d)))
        .unwrap_or_default();
    format!(
        "Now at {}: {}{by}",
        Position::span(band.from, band.to),
        band.goal
    )
}

/// A list of days in words, or `none` when there are none.
pub fn date_list(days: &[NaiveDate], none: &str) -> String {
    if days.is_empty() {
        return none.to_string();
    }
    let words: Vec<String> = days.iter().map(|d| short_date(*d)).collect();
    words.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::ActionStatus;
    use crate::model::test_support::sample;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 10, 15).unwrap_or_default()
    }

    #[test]
    fn counts_every_teacher_once_by_position_and_by_stage() {
        let p = sample();
        let s = p.summary(today());
        let n = p.continuum.teachers.len();
        assert_eq!(s.at_position.iter().sum::<usize>(), n);
        assert_eq!(s.at_stage.iter().sum::<usize>(), n);
        assert_eq!(s.unplaced, 0);
    }

    #[test]
    fn a_teacher_not_placed_yet_is_counted_as_such_not_by_stage() {
        let mut p = sample();
        p.continuum.teachers[0].position = None;
        let s = p.summary(today());
        let n = p.continuum.teachers.len();
        assert_eq!(s.unplaced, 1);
        assert_eq!(s.at_position.iter().sum::<usize>(), n - 1);
        assert_eq!(s.at_stage.iter().sum::<usize>(), n - 1);
    }

    #[test]
    fn next_actions_are_the_open_ones_earliest_first_and_undated_last() {
        let mut p = sample();
        p.plan.actions[0].starts = None;
        p.plan.actions[0].ends = None;
        p.plan.actions[1].status = ActionStatus::Done;
        p.plan.actions[2].starts = NaiveDate::from_ymd_opt(2026, 9, 1);
        let s = p.summary(today());
        let whats: Vec<&str> = s.next_actions.iter().map(|a| a.what.as_str()).collect();
        assert_eq!(whats.first(), Some(&p.plan.actions[2].what.as_str()));
        assert_eq!(whats.last(), Some(&p.plan.actions[0].what.as_str()));
        assert!(!whats.contains(&p.plan.actions[1].what.as_str()));
        assert_eq!(
            s.next_actions[0].when,
            "1\u{a0}Sep\u{a0}2026\u{a0}– 18\u{a0}Dec\u{a0}2026"
        );
        assert!(s
            .next_actions
            .last()
            .is_some_and(|a| a.when == "No date yet"));
    }

    #[test]
    fn a_long_plan_shows_six_next_actions_and_counts_the_rest() {
        let mut p = sample();
        let extra = p.plan.actions[0].clone();
        p.plan.actions.extend(std::iter::repeat_n(extra, 6));
        let s = p.summary(today());
        assert_eq!(s.next_actions.len(), NEXT_ACTIONS_SHOWN);
        assert_eq!(s.more_actions, p.plan.actions.len() - NEXT_ACTIONS_SHOWN);
    }

    #[test]
    fn coach_time_lists_only_actions_given_time() {
        let s = sample().summary(today());
        assert!(s.coach_time.iter().all(|(_, percent)| *percent > 0));
        assert_eq!(
            s.coach_time.iter().map(|(_, p)| u32::from(*p)).sum::<u32>(),
            100
        );
    }

    #[test]
    fn a_band_of_one_position_is_written_as_that_position() {
        let band = |from, to| BandGoal {
            id: crate::model::Id::new("band-1"),
            from: Position::new(from).unwrap_or(Position::MIDDLE),
            to: Position::new(to).unwrap_or(Position::MIDDLE),
            goal: "Weekly feedback".into(),
            target_date: None,
        };
        assert_eq!(band_goal_words(&band(3, 3)), "Now at 3: Weekly feedback");
        assert_eq!(band_goal_words(&band(5, 6)), "Now at 5–6: Weekly feedback");
    }
}
