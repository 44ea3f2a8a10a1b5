//! What the plan asks of the pair: support that no longer fits a teacher's stage, support
//! for a stage no one is at any more, push-ins without a start date, coach time for a
//! teacher the coach withdrew from, and how the coach's planned time spreads over the
//! agreement's coaching actions.

use super::agreement::Agreement;
use super::order;
use super::plan::{ActionStatus, ProtocolOutcome, SupportAction, SupportPlan, Supporter, Target};
use super::text::is_filled;
use super::{Continuum, Id, Stage, Teacher};
use std::collections::HashSet;

/// A teacher whose own support was chosen for a stage they are no longer at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Misfit {
    pub teacher: Id,
    pub was: Stage,
    pub now: Option<Stage>,
    pub actions: Vec<Id>,
}

/// One coaching action of the agreement: its agreed share of the coach's time beside the
/// share of the coach's planned actions that go to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Share {
    pub action: Id,
    pub label: String,
    pub agreed: u8,
    pub planned: usize,
    pub planned_percent: u8,
}

/// How far a planned share may stray from the agreed one before the plan says so: this
/// many points, and a third of the larger share, so 15 % agreed against 29 % planned is
/// off, while 40 % against 30 % is close, as counting actions can hardly do better.
pub const DRIFT_POINTS: u8 = 10;

impl Share {
    pub fn drifts(&self) -> bool {
        let off = self.planned_percent.abs_diff(self.agreed);
        off >= DRIFT_POINTS
            && u16::from(off) * 3 >= u16::from(self.planned_percent.max(self.agreed))
    }
}

/// The coach's planned actions over the agreement's coaching actions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spread {
    pub shares: Vec<Share>,
    /// Coach actions still open that name no coaching action.
    pub unlinked: usize,
}

impl SupportPlan {
    /// The teachers the coach has withdrawn from after the two questions, while they are
    /// still unwilling: a teacher the map now shows at another stage is supported again.
    pub fn withdrawn<'a>(&'a self, continuum: &Continuum) -> HashSet<&'a Id> {
        self.protocols
            .iter()
            .filter(|p| p.outcome() == ProtocolOutcome::CoachWithdraws)
            .filter(|p| {
                continuum
                    .teacher(&p.teacher)
                    .is_some_and(|t| t.stage == Some(Stage::Unwilling))
            })
            .map(|p| &p.teacher)
            .collect()
    }

    /// The teachers the coach withdrew from whose follow-up, the principal's, is not yet an
    /// open action of the principal's for them, by name.
    pub fn follow_ups<'a>(&'a self, continuum: &Continuum) -> Vec<&'a Id> {
        let mut teachers: Vec<&Id> = self
            .withdrawn(continuum)
            .into_iter()
            .filter(|t| {
                !self.actions.iter().any(|a| {
                    a.who == Supporter::Principal
                        && a.status.is_open()
                        && matches!(&a.for_whom, Target::Teacher { teacher } if teacher == *t)
                })
            })
            .collect();
        order::sort_by_key(&mut teachers, |t| {
            (continuum.teacher(t).map(|t| t.name.to_lowercase()), *t)
        });
        teachers
    }

    /// Support chosen for one teacher at a stage they have since left, grouped by teacher.
    pub fn misfits(&self, continuum: &Continuum) -> Vec<Misfit> {
        let mut found: Vec<Misfit> = Vec::new();
        for action in self.actions.iter().filter(|a| a.status.is_open()) {
            let (Target::Teacher { teacher }, Some(was)) = (&action.for_whom, action.stage) else {
                continue;
            };
            let Some(now) = continuum.teacher(teacher).map(|t| t.stage) else {
                continue;
            };
            if now == Some(was) {
                continue;
            }
            match found
                .iter_mut()
                .find(|m| &m.teacher == teacher && m.was == was)
            {
                Some(m) => m.actions.push(action.id.clone()),
                None => found.push(Misfit {
                    teacher: teacher.clone(),
                    was,
                    now,
                    actions: vec![action.id.clone()],
                }),
            }
        }
        found
    }

    /// Open support for a whole stage at which no placed teacher stands any more, by stage:
    /// it reaches no one until someone is placed at that stage again.
    pub fn reaching_no_one(&self, continuum: &Continuum) -> Vec<(Stage, Vec<Id>)> {
        let mut found: Vec<(Stage, Vec<Id>)> = Vec::new();
        for action in self.actions.iter().filter(|a| a.status.is_open()) {
            let Target::Stage { stage } = action.for_whom else {
                continue;
            };
            let someone = continuum
                .teachers
                .iter()
                .any(|t| t.position.is_some() && t.stage == Some(stage));
            if someone {
                continue;
            }
            match found.iter_mut().find(|(s, _)| *s == stage) {
                Some((_, actions)) => actions.push(action.id.clone()),
                None => found.push((stage, vec![action.id.clone()])),
            }
        }
        found
    }

    /// Open support for a range of positions at which no one stands any more: the
    /// teachers it was for have moved on.
    pub fn bands_reaching_no_one(&self, continuum: &Continuum) -> Vec<&SupportAction> {
        self.actions
            .iter()
            .filter(|a| a.status.is_open() && matches!(a.for_whom, Target::Band { .. }))
            .filter(|a| !continuum.teachers.iter().any(|t| a.for_whom.covers(t)))
            .collect()
    }

    /// Getting-ready teachers with no push-in that has a start date: the push-in begins
    /// on a date, so each one needs one. One done with its date counts; one dropped does
    /// not.
    pub fn without_start_date<'a>(&self, continuum: &'a Continuum) -> Vec<&'a Teacher> {
        let dated: Vec<&SupportAction> = self
            .actions
            .iter()
            .filter(|a| a.status != ActionStatus::Dropped && a.starts.is_some())
            .filter(|a| {
                a.stage == Some(Stage::GettingReady)
                    || a.for_whom
                        == Target::Stage {
                            stage: Stage::GettingReady,
                        }
            })
            .collect();
        continuum
            .teachers
            .iter()
            .filter(|t| t.stage == Some(Stage::GettingReady))
            .filter(|t| !dated.iter().any(|a| a.for_whom.covers(t)))
            .collect()
    }

    /// Open coach-led actions for a teacher the coach has withdrawn from, alone or as one
    /// of their stage's group, with the names of those teachers.
    pub fn coach_time_after_withdrawal(
        &self,
        continuum: &Continuum,
    ) -> Vec<(&SupportAction, Vec<String>)> {
        let withdrawn = self.withdrawn(continuum);
        self.actions
            .iter()
            .filter(|a| a.status.is_open() && a.who.is_coach())
            .filter(|a| matches!(a.for_whom, Target::Teacher { .. } | Target::Stage { .. }))
            .filter_map(|a| {
                let names: Vec<String> = continuum
                    .teachers
                    .iter()
                    .filter(|t| withdrawn.contains(&t.id) && a.for_whom.covers(t))
                    .map(|t| t.name.clone())
                    .collect();
                (!names.is_empty()).then_some((a, names))
            })
            .collect()
    }

    /// The share of the coach's open actions that goes to each of the agreement's coaching
    /// actions, beside the share the agreement set.
    pub fn spread(&self, agreement: &Agreement) -> Spread {
        let coach_actions: Vec<&SupportAction> = self
            .actions
            .iter()
            .filter(|a| a.status.is_open() && a.who.is_coach() && is_filled(&a.what))
            .collect();
        let known = |id: &Id| agreement.time_investment.iter().any(|s| &s.id == id);
        let linked = coach_actions
            .iter()
            .filter(|a| a.coaching_action.as_ref().is_some_and(known))
            .count();
        let shares = agreement
            .time_investment
            .iter()
            .filter(|s| is_filled(&s.action) || s.percent > 0)
            .map(|s| {
                let planned = coach_actions
                    .iter()
                    .filter(|a| a.coaching_action.as_ref() == Some(&s.id))
                    .count();
                let percent = (planned * 100 + linked / 2)
                    .checked_div(linked)
                    .unwrap_or(0);
                Share {
                    action: s.id.clone(),
                    label: s.action.trim().to_string(),
                    agreed: s.percent,
                    planned,
                    planned_percent: u8::try_from(percent).unwrap_or(100),
                }
            })
            .collect();
        Spread {
            shares,
            unlinked: coach_actions.len() - linked,
        }
    }

    /// The plan's checks; the protocol check only appears when someone is unwilling.
    pub fn checks(&self, continuum: &Continuum) -> Vec<(&'static str, bool)> {
        // One pass over the staff, each teacher read where they stand: a staff of 300
        // is checked on every edit of the map.
        let actions: Vec<&SupportAction> = self
            .actions
            .iter()
            .filter(|a| is_filled(&a.what) && a.status != super::plan::ActionStatus::Dropped)
            .collect();
        let mut staged = continuum
            .teachers
            .iter()
            .filter(|t| t.stage.is_some_and(|s| s != Stage::Unwilling))
            .peekable();
        let any_staged = staged.peek().is_some();
        let all_supported = staged.all(|t| actions.iter().any(|a| a.for_whom.covers(t)));
        let mut checks = vec![(
            "Support for every staged teacher",
            any_staged && all_supported,
        )];
        let mut unwilling = continuum
            .teachers
            .iter()
            .filter(|t| t.stage == Some(Stage::Unwilling))
            .peekable();
        if unwilling.peek().is_some() {
            let answered = unwilling.all(|t| {
                self.protocols.iter().any(|p| {
                    p.teacher == t.id
                        && matches!(
                            p.outcome(),
                            ProtocolOutcome::CoachBegins | ProtocolOutcome::CoachWithdraws
                        )
                })
            });
            checks.push(("Protocol for every unwilling teacher", answered));
        }
        checks
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::agreement::TimeShare;
    use crate::model::plan::{ActionStatus, Answer, UnwillingProtocol};
    use crate::model::{Position, SupportPlan};
    use chrono::NaiveDate;

    fn teacher(n: u8, stage: Option<Stage>) -> Teacher {
        let mut t = Teacher::new(Id::new(format!("teacher-{n}")), &format!("T {n}"), "");
        t.position = Position::new(n);
        t.stage = stage;
        t
    }

    fn coach() -> Supporter {
        Supporter::Coach {
            coach: Id::new("coach-1"),
        }
    }

    fn staff(stages: &[Option<Stage>]) -> Continuum {
        Continuum {
            teachers: stages
                .iter()
                .enumerate()
                .map(|(i, s)| teacher(u8::try_from(i + 1).unwrap_or(1), *s))
                .collect(),
            ..Continuum::default()
        }
    }

    #[test]
    fn support_for_a_stage_no_one_is_at_any_more_reaches_no_one() {
        let mut c = staff(&[
            Some(Stage::Unaware),
            Some(Stage::Started),
            Some(Stage::Started),
        ]);
        let mut plan = SupportPlan::default();
        plan.propose(&c, &[], &[coach()]);
        assert!(plan.reaching_no_one(&c).is_empty());
        c.teachers[0].stage = Some(Stage::GettingReady);
        let found = plan.reaching_no_one(&c);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Stage::Unaware);
        assert_eq!(
            found[0].1.len(),
            Stage::Unaware.support().suggestions().len()
        );
        // Dropped or done, it asks nothing; someone placed there again, it reaches them.
        if let Some(a) = plan.action_mut(&found[0].1[0]) {
            a.status = ActionStatus::Dropped;
        }
        assert_eq!(plan.reaching_no_one(&c)[0].1.len(), found[0].1.len() - 1);
        c.teachers[2].stage = Some(Stage::Unaware);
        assert!(plan.reaching_no_one(&c).is_empty());
        // Not yet placed is not at a stage on the map.
        c.teachers[2].position = None;
        assert_eq!(plan.reaching_no_one(&c).len(), 1);
    }

    #[test]
    fn a_stage_change_leaves_the_teachers_own_support_behind() {
        let mut c = staff(&[Some(Stage::GettingReady), Some(Stage::Started)]);
        let mut plan = SupportPlan::default();
        plan.support_teacher(&c.teachers[0], &[], &coach());
        plan.support_teacher(&c.teachers[1], &[], &coach());
        assert!(plan.misfits(&c).is_empty());
        c.teachers[0].stage = Some(Stage::Started);
        let found = plan.misfits(&c);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].teacher, Id::new("teacher-1"));
        assert_eq!(
            (found[0].was, found[0].now),
            (Stage::GettingReady, Some(Stage::Started))
        );
        assert_eq!(
            found[0].actions.len(),
            Stage::GettingReady.support().suggestions().len()
        );
        // Acting on it: the old support dropped, the new stage's added.
        plan.drop_actions(&found[0].actions);
        plan.support_teacher(&c.teachers[0], &[], &coach());
        assert!(plan.misfits(&c).is_empty());
        // Stage-wide support follows the stage and never misfits.
        let mut plan = SupportPlan::default();
        plan.propose(&c, &[], &[coach()]);
        c.teachers[1].stage = Some(Stage::Developing);
        assert!(plan.misfits(&c).is_empty());
    }

    #[test]
    fn getting_ready_teachers_need_a_dated_push_in() {
        let c = staff(&[
            Some(Stage::GettingReady),
            Some(Stage::GettingReady),
            Some(Stage::Started),
        ]);
        let mut plan = SupportPlan::default();
        plan.propose(&c, &[], &[coach()]);
        assert_eq!(plan.without_start_date(&c).len(), 2);
        plan.support_teacher(&c.teachers[0], &[], &coach());
        let own = plan.actions.iter_mut().find(|a| {
            a.for_whom
                == Target::Teacher {
                    teacher: Id::new("teacher-1"),
                }
        });
        if let Some(a) = own {
            a.starts = NaiveDate::from_ymd_opt(2027, 1, 11);
        }
        let left: Vec<&Id> = plan.without_start_date(&c).iter().map(|t| &t.id).collect();
        assert_eq!(left, vec![&Id::new("teacher-2")]);
        // Done with its date, the push-in still has one; dropped, it has none.
        let own = |plan: &mut SupportPlan, status| {
            for a in plan.actions.iter_mut().filter(|a| a.starts.is_some()) {
                a.status = status;
            }
        };
        own(&mut plan, ActionStatus::Done);
        assert_eq!(plan.without_start_date(&c).len(), 1);
        own(&mut plan, ActionStatus::Dropped);
        assert_eq!(plan.without_start_date(&c).len(), 2);
        own(&mut plan, ActionStatus::Planned);
        for a in plan
            .actions
            .iter_mut()
            .filter(|a| a.stage == Some(Stage::GettingReady))
        {
            a.starts = NaiveDate::from_ymd_opt(2027, 1, 4);
        }
        assert!(plan.without_start_date(&c).is_empty());
    }

    #[test]
    fn support_for_a_range_of_positions_no_one_stands_at_is_found() {
        let mut c = staff(&[Some(Stage::Started)]);
        c.teachers[0].position = Position::new(11);
        let mut plan = SupportPlan::default();
        let (Some(from), Some(to)) = (Position::new(10), Position::new(11)) else {
            panic!("10 and 11 are positions")
        };
        plan.actions.push(SupportAction {
            for_whom: Target::Band { from, to },
            ..sample_action(coach())
        });
        assert!(plan.bands_reaching_no_one(&c).is_empty());
        c.teachers[0].position = Position::new(9);
        assert_eq!(plan.bands_reaching_no_one(&c).len(), 1);
        plan.drop_actions(&[Id::new("support-1")]);
        assert!(
            plan.bands_reaching_no_one(&c).is_empty(),
            "dropped, it asks nothing"
        );
    }

    #[test]
    fn no_coach_time_for_a_teacher_the_coach_withdrew_from() {
        let c = staff(&[Some(Stage::Unwilling)]);
        let mut plan = SupportPlan::default();
        plan.start_protocol(&c.teachers[0].id);
        plan.actions.push(SupportAction {
            for_whom: Target::Teacher {
                teacher: c.teachers[0].id.clone(),
            },
            ..sample_action(coach())
        });
        assert!(
            plan.coach_time_after_withdrawal(&c).is_empty(),
            "not withdrawn yet"
        );
        plan.protocols[0] = UnwillingProtocol {
            knows_expectation: Some(Answer::Yes),
            plans_to_do_it: Some(Answer::No),
            ..plan.protocols[0].clone()
        };
        assert_eq!(plan.coach_time_after_withdrawal(&c).len(), 1);
        assert_eq!(plan.follow_ups(&c), [&c.teachers[0].id]);
        plan.actions[0].who = Supporter::Principal;
        assert!(
            plan.follow_ups(&c).is_empty(),
            "the principal's own action is the follow-up"
        );
        assert!(
            plan.coach_time_after_withdrawal(&c).is_empty(),
            "the follow-up is the principal's"
        );
        plan.actions[0].who = coach();
        // Support for the unwilling as a group reaches them too.
        plan.actions[0].for_whom = Target::Stage {
            stage: Stage::Unwilling,
        };
        let found = plan.coach_time_after_withdrawal(&c);
        assert_eq!(
            found.first().map(|(_, names)| names.clone()),
            Some(vec![c.teachers[0].name.clone()])
        );
        let mut came_round = c.clone();
        came_round.teachers[0].stage = Some(Stage::Developing);
        assert!(
            plan.coach_time_after_withdrawal(&came_round).is_empty(),
            "no longer unwilling, the teacher is supported again"
        );
    }

    fn sample_action(who: Supporter) -> SupportAction {
        SupportAction::planned(
            Id::new("support-1"),
            "Co-plan".into(),
            Target::WholeStaff,
            who,
        )
    }

    #[test]
    fn the_coachs_planned_actions_spread_over_the_agreed_shares() {
        let share = |n: u8, label: &str, percent| TimeShare {
            id: Id::new(format!("time-{n}")),
            action: label.into(),
            percent,
            serves_focus: String::new(),
        };
        let agreement = Agreement {
            time_investment: vec![share(1, "Modelling", 50), share(2, "Co-planning", 50)],
            ..Agreement::default()
        };
        let linked = |n: u32, to: Option<&str>, who: Supporter, status| SupportAction {
            id: Id::new(format!("support-{n}")),
            coaching_action: to.map(Id::new),
            status,
            ..sample_action(who)
        };
        let plan = SupportPlan {
            actions: vec![
                linked(1, Some("time-1"), coach(), ActionStatus::Planned),
                linked(2, Some("time-1"), coach(), ActionStatus::InProgress),
                linked(3, Some("time-1"), coach(), ActionStatus::Planned),
                linked(4, Some("time-2"), coach(), ActionStatus::Planned),
                linked(5, Some("time-2"), coach(), ActionStatus::Dropped),
                linked(
                    6,
                    Some("time-2"),
                    Supporter::Principal,
                    ActionStatus::Planned,
                ),
                linked(7, None, coach(), ActionStatus::Planned),
            ],
            ..SupportPlan::default()
        };
        let spread = plan.spread(&agreement);
        assert_eq!(spread.unlinked, 1);
        assert_eq!(spread.shares[0].planned, 3);
        assert_eq!(spread.shares[0].planned_percent, 75);
        assert_eq!(spread.shares[1].planned_percent, 25);
        assert!(
            spread.shares.iter().all(Share::drifts),
            "25 points off either way"
        );
        assert_eq!(
            SupportPlan::default().spread(&agreement).shares[0].planned_percent,
            0
        );
    }

    #[test]
    fn a_share_drifts_by_ten_points_and_a_third_of_the_larger_share() {
        let share = |agreed, planned_percent| Share {
            action: Id::new("time-1"),
            label: String::new(),
            agreed,
            planned: 1,
            planned_percent,
        };
        for (agreed, planned) in [(15, 29), (30, 17), (20, 9), (20, 8), (10, 0)] {
            assert!(
                share(agreed, planned).drifts(),
                "{agreed} against {planned}"
            );
        }
        for (agreed, planned) in [(30, 25), (40, 30), (5, 0), (50, 59)] {
            assert!(
                !share(agreed, planned).drifts(),
                "{agreed} against {planned}"
            );
        }
    }

    #[test]
    fn proposed_support_counts_toward_the_coaching_actions_the_agreement_named() {
        let mut agreement = Agreement::starter();
        // A pair that renamed a coaching action links by hand what spends time on it.
        agreement.time_investment[0].action = "Demonstration lessons".into();
        let c = staff(&[Some(Stage::Unaware), Some(Stage::Developing)]);
        let mut plan = SupportPlan::default();
        plan.propose(&c, &agreement.time_investment, &[coach()]);
        let linked_to = |what: &str| {
            let action = plan.actions.iter().find(|a| a.what == what);
            let share = action.and_then(|a| a.coaching_action.as_ref());
            agreement
                .time_investment
                .iter()
                .find(|s| Some(&s.id) == share)
                .map(|s| s.action.as_str())
        };
        assert_eq!(
            linked_to("Bring student results to a data conversation"),
            Some("Data conversations")
        );
        assert_eq!(
            linked_to("Observe and report changes in student behaviour"),
            Some("Observation with feedback")
        );
        assert_eq!(linked_to("Coach models a lesson"), None, "renamed");
        assert_eq!(linked_to("Observe in a colleague's classroom"), None);
        let spread = plan.spread(&agreement);
        assert_eq!(spread.unlinked, 3);
        assert_eq!(spread.shares.iter().map(|s| s.planned).sum::<usize>(), 4);
    }

    #[test]
    fn every_staged_teacher_needs_support_and_every_unwilling_one_an_answer() {
        let c = staff(&[Some(Stage::Started), Some(Stage::Unwilling), None]);
        let mut plan = SupportPlan::default();
        assert_eq!(
            plan.checks(&c),
            vec![
                ("Support for every staged teacher", false),
                ("Protocol for every unwilling teacher", false)
            ]
        );
        plan.propose(&c, &[], &[coach()]);
        plan.protocols[0].knows_expectation = Some(Answer::Yes);
        plan.protocols[0].plans_to_do_it = Some(Answer::Yes);
        assert!(plan.checks(&c).iter().all(|(_, done)| *done));
    }
}
