//! The stage-based support plan: who supports whom, how and when.

use super::ids::add_keyed;
use super::limits::MAX_LIST_ITEMS;
use super::text::is_filled;
use super::{Continuum, Id, Position, Stage, Teacher};
use chrono::{Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct SupportPlan {
    pub actions: Vec<SupportAction>,
    pub protocols: Vec<UnwillingProtocol>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SupportAction {
    pub id: Id,
    pub what: String,
    pub for_whom: Target,
    pub who: Supporter,
    pub how: String,
    pub starts: Option<NaiveDate>,
    pub ends: Option<NaiveDate>,
    pub status: ActionStatus,
    pub evidence: String,
}

/// Whom a support action is for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Target {
    Teacher { teacher: Id },
    Stage { stage: Stage },
    Band { from: Position, to: Position },
    Group { name: String },
    WholeStaff,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Supporter {
    Principal,
    Coach { name: String },
    LeadTeacher { name: String },
    Plc { name: String },
    Other { name: String },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    Planned,
    InProgress,
    Done,
    Dropped,
}

/// The two questions asked of an unwilling teacher before the coach invests time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnwillingProtocol {
    pub teacher: Id,
    pub knows_expectation: Option<Answer>,
    pub clarity_step: Option<ClarityStep>,
    pub plans_to_do_it: Option<Answer>,
    pub principal_follow_up: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    Yes,
    Unsure,
    No,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClarityStep {
    TeacherConfersWithPrincipal,
    MeetTogether,
}

/// Where the protocol has got to for one teacher.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProtocolOutcome {
    AskFirstQuestion,
    GetClarity,
    AskSecondQuestion,
    CoachBegins,
    CoachWithdraws,
}

/// The days from Monday of this week to Sunday of next: what "mine this week and next"
/// covers, across month and year ends alike.
pub fn this_week_and_next(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let monday = today.week(Weekday::Mon).first_day();
    let sunday_next = monday
        .checked_add_days(Days::new(13))
        .unwrap_or(NaiveDate::MAX);
    (monday, sunday_next)
}

impl SupportAction {
    /// Still open after its due date: neither done nor dropped.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        matches!(
            self.status,
            ActionStatus::Planned | ActionStatus::InProgress
        ) && self.ends.or(self.starts).is_some_and(|due| due < today)
    }

    /// Whether any of the action's days fall from `from` to `to`, both included; an action
    /// with one date falls on that day, one with none on no day.
    pub fn falls_within(&self, from: NaiveDate, to: NaiveDate) -> bool {
        let (Some(first), Some(last)) = (self.starts.or(self.ends), self.ends.or(self.starts))
        else {
            return false;
        };
        first.min(last) <= to && last.max(first) >= from
    }
}

impl UnwillingProtocol {
    pub fn outcome(&self) -> ProtocolOutcome {
        match (self.knows_expectation, self.plans_to_do_it) {
            (None, _) => ProtocolOutcome::AskFirstQuestion,
            (Some(Answer::Unsure | Answer::No), _) if self.clarity_step.is_none() => {
                ProtocolOutcome::GetClarity
            }
            (_, None) => ProtocolOutcome::AskSecondQuestion,
            (_, Some(Answer::Yes)) => ProtocolOutcome::CoachBegins,
            (_, Some(Answer::Unsure | Answer::No)) => ProtocolOutcome::CoachWithdraws,
        }
    }
}

/// What proposing a plan added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Proposed {
    pub actions: usize,
    pub protocols: usize,
}

impl SupportPlan {
    /// Fills in the support each stage on the map calls for: the suggested actions for
    /// every stage some placed teacher is at, for that stage, led by `coach`; and a
    /// two-question protocol for every placed unwilling teacher. What the pair already
    /// wrote is kept as it is, and nothing already there is added again.
    pub fn propose(&mut self, continuum: &Continuum, coach: &str) -> Proposed {
        let mut proposed = Proposed::default();
        let placed = || continuum.teachers.iter().filter(|t| t.position.is_some());
        for stage in Stage::ALL.into_iter().filter(|s| *s != Stage::Unwilling) {
            if !placed().any(|t| t.stage == Some(stage)) {
                continue;
            }
            for what in stage.support().suggestions() {
                let there = self
                    .actions
                    .iter()
                    .any(|a| a.for_whom == (Target::Stage { stage }) && a.what.trim() == *what);
                if there {
                    continue;
                }
                let added = add_keyed(&mut self.actions, "support", |id| SupportAction {
                    id,
                    what: (*what).to_string(),
                    for_whom: Target::Stage { stage },
                    who: Supporter::Coach {
                        name: coach.to_string(),
                    },
                    how: String::new(),
                    starts: None,
                    ends: None,
                    status: ActionStatus::Planned,
                    evidence: String::new(),
                });
                proposed.actions += usize::from(added.is_some());
            }
        }
        for teacher in placed().filter(|t| t.stage == Some(Stage::Unwilling)) {
            if self.protocols.iter().all(|p| p.teacher != teacher.id)
                && self.protocols.len() < MAX_LIST_ITEMS
            {
                self.protocols.push(UnwillingProtocol {
                    teacher: teacher.id.clone(),
                    knows_expectation: None,
                    clarity_step: None,
                    plans_to_do_it: None,
                    principal_follow_up: String::new(),
                });
                proposed.protocols += 1;
            }
        }
        proposed
    }

    /// The plan's checks; the protocol check only appears when someone is unwilling.
    pub fn checks(&self, continuum: &Continuum) -> Vec<(&'static str, bool)> {
        // One pass over the staff, each teacher read where they stand: a staff of 300
        // is checked on every edit of the map.
        let staged: Vec<&Teacher> = continuum
            .teachers
            .iter()
            .filter(|t| t.stage.is_some_and(|s| s != Stage::Unwilling))
            .collect();
        let unwilling: Vec<&Id> = continuum
            .teachers
            .iter()
            .filter(|t| t.stage == Some(Stage::Unwilling))
            .map(|t| &t.id)
            .collect();
        let actions: Vec<&SupportAction> =
            self.actions.iter().filter(|a| is_filled(&a.what)).collect();
        let supported = |t: &Teacher| {
            actions.iter().any(|a| match &a.for_whom {
                Target::Teacher { teacher } => teacher == &t.id,
                Target::Stage { stage: s } => Some(*s) == t.stage,
                Target::WholeStaff => true,
                Target::Band { from, to } => t.position.is_some_and(|p| *from <= p && p <= *to),
                Target::Group { .. } => false,
            })
        };
        let protocol_done = |id: &&Id| {
            self.protocols.iter().any(|p| {
                &p.teacher == *id
                    && matches!(
                        p.outcome(),
                        ProtocolOutcome::CoachBegins | ProtocolOutcome::CoachWithdraws
                    )
            })
        };
        let mut checks = vec![(
            "Support for every staged teacher",
            !staged.is_empty() && staged.iter().all(|t| supported(t)),
        )];
        if !unwilling.is_empty() {
            checks.push((
                "Protocol for every unwilling teacher",
                unwilling.iter().all(protocol_done),
            ));
        }
        checks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn action(
        starts: Option<NaiveDate>,
        ends: Option<NaiveDate>,
        status: ActionStatus,
    ) -> SupportAction {
        SupportAction {
            id: Id::new("support-1"),
            what: "Co-plan".into(),
            for_whom: Target::WholeStaff,
            who: Supporter::Principal,
            how: String::new(),
            starts,
            ends,
            status,
            evidence: String::new(),
        }
    }

    #[test]
    fn proposing_fills_each_stage_once_and_keeps_what_was_written() {
        let mut p = crate::model::test_support::sample();
        p.plan.actions.truncate(1);
        p.plan.actions[0].what = "Share classroom and student data on the focus".into();
        p.plan.actions[0].for_whom = Target::Stage {
            stage: Stage::Unaware,
        };
        p.plan.actions[0].how = "Our own words".into();
        let first = p.plan.propose(&p.continuum, "Ana Diaz");
        // Four stages on the sample map bring 4 + 3 + 2 + 3 suggestions; one was written.
        assert_eq!(
            first,
            Proposed {
                actions: 11,
                protocols: 1
            }
        );
        assert_eq!(
            p.plan.actions[0].how, "Our own words",
            "the pair's words are kept"
        );
        assert_eq!(p.plan.protocols[0].teacher, Id::new("teacher-7"));
        assert!(p.plan.actions.iter().all(|a| !matches!(
            a.for_whom,
            Target::Stage {
                stage: Stage::Unwilling
            }
        )));
        let again = p.plan.propose(&p.continuum, "Ana Diaz");
        assert_eq!(again, Proposed::default(), "nothing is added twice");
        let ids: std::collections::HashSet<_> = p.plan.actions.iter().map(|a| &a.id).collect();
        assert_eq!(ids.len(), p.plan.actions.len());
    }

    #[test]
    fn a_stage_nobody_is_at_and_unplaced_teachers_bring_nothing() {
        let mut continuum = Continuum::default();
        let mut waiting = Teacher::new(Id::new("teacher-1"), "Ana Ruiz", "");
        waiting.stage = Some(Stage::Unwilling);
        continuum.teachers.push(waiting);
        let mut plan = SupportPlan::default();
        assert_eq!(plan.propose(&continuum, "Ana Diaz"), Proposed::default());
        continuum.teachers[0].position = Position::new(3);
        continuum.teachers[0].stage = Some(Stage::Started);
        assert_eq!(
            plan.propose(&continuum, "Ana Diaz"),
            Proposed {
                actions: 2,
                protocols: 0
            }
        );
        assert!(plan.actions.iter().all(|a| a.who
            == Supporter::Coach {
                name: "Ana Diaz".into()
            }));
    }

    #[test]
    fn this_week_and_next_runs_monday_to_sunday_across_a_year_end() {
        // Thursday 31 December 2026.
        assert_eq!(
            this_week_and_next(on(2026, 12, 31)),
            (on(2026, 12, 28), on(2027, 1, 10))
        );
        // A Monday at the end of February in a leap year.
        assert_eq!(
            this_week_and_next(on(2028, 2, 28)),
            (on(2028, 2, 28), on(2028, 3, 12))
        );
        // A Sunday: its week began six days before.
        assert_eq!(
            this_week_and_next(on(2026, 11, 1)),
            (on(2026, 10, 26), on(2026, 11, 8))
        );
    }

    #[test]
    fn an_open_action_past_its_due_date_is_overdue() {
        let today = on(2027, 1, 1);
        let due = |ends, status| action(Some(on(2026, 10, 1)), ends, status).is_overdue(today);
        assert!(due(Some(on(2026, 12, 31)), ActionStatus::Planned));
        assert!(due(Some(on(2026, 12, 31)), ActionStatus::InProgress));
        assert!(
            !due(Some(on(2027, 1, 1)), ActionStatus::Planned),
            "due today is not late"
        );
        assert!(!due(Some(on(2026, 12, 31)), ActionStatus::Done));
        assert!(!due(Some(on(2026, 12, 31)), ActionStatus::Dropped));
        assert!(
            due(None, ActionStatus::Planned),
            "a start date alone is its due date"
        );
        assert!(!action(None, None, ActionStatus::Planned).is_overdue(today));
    }

    #[test]
    fn an_action_falls_within_a_range_when_any_of_its_days_do() {
        let (from, to) = this_week_and_next(on(2026, 12, 31));
        let within = |s, e| action(s, e, ActionStatus::Planned).falls_within(from, to);
        assert!(within(Some(on(2026, 12, 1)), Some(on(2026, 12, 28))));
        assert!(within(Some(on(2027, 1, 10)), Some(on(2027, 3, 1))));
        assert!(
            within(Some(on(2026, 11, 1)), Some(on(2027, 6, 1))),
            "spans the range"
        );
        assert!(within(None, Some(on(2027, 1, 4))));
        assert!(!within(Some(on(2027, 1, 11)), None));
        assert!(!within(Some(on(2026, 12, 1)), Some(on(2026, 12, 27))));
        assert!(!within(None, None));
    }

    fn protocol(
        knows: Option<Answer>,
        clarity: Option<ClarityStep>,
        plans: Option<Answer>,
    ) -> UnwillingProtocol {
        UnwillingProtocol {
            teacher: Id::new("t-1"),
            knows_expectation: knows,
            clarity_step: clarity,
            plans_to_do_it: plans,
            principal_follow_up: String::new(),
        }
    }

    #[test]
    fn the_protocol_gets_clarity_before_asking_about_intent() {
        assert_eq!(
            protocol(None, None, None).outcome(),
            ProtocolOutcome::AskFirstQuestion
        );
        assert_eq!(
            protocol(Some(Answer::Unsure), None, None).outcome(),
            ProtocolOutcome::GetClarity
        );
        let clarified = protocol(Some(Answer::Unsure), Some(ClarityStep::MeetTogether), None);
        assert_eq!(clarified.outcome(), ProtocolOutcome::AskSecondQuestion);
    }

    #[test]
    fn a_grudging_yes_starts_coaching_and_a_no_hands_it_to_the_principal() {
        assert_eq!(
            protocol(Some(Answer::Yes), None, Some(Answer::Yes)).outcome(),
            ProtocolOutcome::CoachBegins
        );
        assert_eq!(
            protocol(Some(Answer::Yes), None, Some(Answer::No)).outcome(),
            ProtocolOutcome::CoachWithdraws
        );
    }
}
