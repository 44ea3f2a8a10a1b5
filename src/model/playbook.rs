//! The playbook: the support each stage needs, and proposing a plan from the map with it.

use super::agreement::TimeShare;
use super::ids::add_keyed;
use super::limits::MAX_LIST_ITEMS;
use super::plan::{
    ActionStatus, Play, SupportAction, SupportPlan, Supporter, Target, UnwillingProtocol,
};
use super::stage::spends;
use super::{Continuum, Id, Stage, Teacher};
use std::borrow::Cow;

/// The stages a playbook holds support for; the unwilling have the protocol instead.
pub const PLAYBOOK_STAGES: [Stage; 4] = [
    Stage::Unaware,
    Stage::GettingReady,
    Stage::Started,
    Stage::Developing,
];

/// The playbook the app ships: each stage's suggested actions, in our own words.
pub fn shipped() -> Vec<Play> {
    PLAYBOOK_STAGES
        .into_iter()
        .flat_map(|stage| {
            stage
                .support()
                .suggestions()
                .iter()
                .map(move |suggestion| (stage, suggestion.what))
        })
        .enumerate()
        .map(|(i, (stage, what))| Play {
            id: Id::new(format!("play-{}", i + 1)),
            stage,
            what: what.to_string(),
        })
        .collect()
}

/// What proposing a plan added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Proposed {
    pub actions: usize,
    pub protocols: usize,
}

impl SupportPlan {
    /// The playbook in use: the school's own, or the shipped one.
    pub fn plays(&self) -> Cow<'_, [Play]> {
        match &self.playbook {
            Some(plays) => Cow::Borrowed(plays),
            None => Cow::Owned(shipped()),
        }
    }

    /// The school's own playbook, started from the shipped one at the first edit.
    pub fn playbook_mut(&mut self) -> &mut Vec<Play> {
        self.playbook.get_or_insert_with(shipped)
    }

    /// Fills in the support each stage on the map calls for: the playbook's actions for
    /// every stage some placed teacher is at, for that stage; and a two-question protocol
    /// for every placed unwilling teacher. Each stage's support is led by one of `leads`
    /// (the coaches), taken in turn stage by stage, so two coaches share the work and a
    /// stage's teachers meet one of them. What the pair already wrote is kept as it is,
    /// and nothing already there is added again. An action the playbook ships is linked
    /// to the coaching action of `shares` it spends time on.
    pub fn propose(
        &mut self,
        continuum: &Continuum,
        shares: &[TimeShare],
        leads: &[Supporter],
    ) -> Proposed {
        let placed = || continuum.teachers.iter().filter(|t| t.position.is_some());
        let stages: Vec<Stage> = Stage::ALL
            .into_iter()
            .filter(|stage| placed().any(|t| t.stage == Some(*stage)))
            .collect();
        let lead_of = |stage: Stage| {
            let turn = stages.iter().position(|s| *s == stage).unwrap_or(0);
            leads
                .get(turn % leads.len().max(1))
                .cloned()
                .unwrap_or(Supporter::Principal)
        };
        let wanted: Vec<(Target, Stage, String, Supporter)> = self
            .plays()
            .iter()
            .filter(|play| stages.contains(&play.stage))
            .map(|play| {
                let stage = play.stage;
                (
                    Target::Stage { stage },
                    stage,
                    play.what.clone(),
                    lead_of(stage),
                )
            })
            .collect();
        let mut proposed = Proposed {
            actions: self.add_support(wanted, shares, true),
            protocols: 0,
        };
        for teacher in placed().filter(|t| t.stage == Some(Stage::Unwilling)) {
            proposed.protocols += usize::from(self.start_protocol(&teacher.id));
        }
        proposed
    }

    /// Adds the playbook's support for one teacher's current stage, for that teacher
    /// alone; returns how many actions were added. An unwilling teacher gets the protocol.
    pub fn support_teacher(
        &mut self,
        teacher: &Teacher,
        shares: &[TimeShare],
        who: &Supporter,
    ) -> usize {
        let Some(stage) = teacher.stage else {
            return 0;
        };
        if stage == Stage::Unwilling {
            return usize::from(self.start_protocol(&teacher.id));
        }
        let target = Target::Teacher {
            teacher: teacher.id.clone(),
        };
        let wanted: Vec<(Target, Stage, String, Supporter)> = self
            .plays()
            .iter()
            .filter(|play| play.stage == stage)
            .map(|play| (target.clone(), stage, play.what.clone(), who.clone()))
            .collect();
        // Asked for one teacher by name, support dropped for them before is offered again.
        self.add_support(wanted, shares, false)
    }

    /// Starts the two questions for a teacher who has none yet.
    pub fn start_protocol(&mut self, teacher: &Id) -> bool {
        let fresh = self.protocols.iter().all(|p| &p.teacher != teacher)
            && self.protocols.len() < MAX_LIST_ITEMS;
        if fresh {
            self.protocols.push(UnwillingProtocol {
                teacher: teacher.clone(),
                knows_expectation: None,
                first_asked: None,
                clarity_step: None,
                plans_to_do_it: None,
                second_asked: None,
                principal_follow_up: String::new(),
            });
        }
        fresh
    }

    fn add_support(
        &mut self,
        wanted: Vec<(Target, Stage, String, Supporter)>,
        shares: &[TimeShare],
        dropped_counts: bool,
    ) -> usize {
        let mut added = 0;
        for (target, stage, what, who) in wanted {
            let what = what.trim();
            // Proposing for the whole map does not undo what the pair dropped: they can
            // set it back to planned.
            let there = what.is_empty()
                || self.actions.iter().any(|a| {
                    (dropped_counts || a.status != ActionStatus::Dropped)
                        && a.for_whom == target
                        && a.what.trim().eq_ignore_ascii_case(what)
                });
            if there {
                continue;
            }
            let coaching_action = spends(what).and_then(|label| {
                shares
                    .iter()
                    .find(|s| s.action.trim().eq_ignore_ascii_case(label))
                    .map(|s| s.id.clone())
            });
            let new = add_keyed(&mut self.actions, "support", |id| SupportAction {
                stage: Some(stage),
                coaching_action,
                ..SupportAction::planned(id, what.to_string(), target, who)
            });
            added += usize::from(new.is_some());
        }
        added
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Position;

    fn coach() -> Supporter {
        Supporter::Coach {
            coach: Id::new("coach-1"),
        }
    }

    #[test]
    fn two_coaches_share_the_stages_each_stage_led_by_one() {
        let mut p = crate::model::test_support::sample();
        p.plan.actions.clear();
        let second = Supporter::Coach {
            coach: Id::new("coach-2"),
        };
        p.plan
            .propose(&p.continuum, &[], &[coach(), second.clone()]);
        let leads_of = |stage: Stage| -> Vec<&Supporter> {
            let mut leads: Vec<&Supporter> = p
                .plan
                .actions
                .iter()
                .filter(|a| a.stage == Some(stage))
                .map(|a| &a.who)
                .collect();
            leads.dedup();
            leads
        };
        assert_eq!(leads_of(Stage::Unaware), [&coach()]);
        assert_eq!(leads_of(Stage::GettingReady), [&second]);
        assert_eq!(leads_of(Stage::Started), [&coach()]);
        assert_eq!(leads_of(Stage::Developing), [&second]);
    }

    #[test]
    fn proposing_again_does_not_bring_back_support_the_pair_dropped() {
        let mut p = crate::model::test_support::sample();
        p.plan.actions.clear();
        p.plan.propose(&p.continuum, &[], &[coach()]);
        let count = p.plan.actions.len();
        p.plan.actions[0].status = ActionStatus::Dropped;
        let again = p.plan.propose(&p.continuum, &[], &[coach()]);
        assert_eq!(again.actions, 0);
        assert_eq!(p.plan.actions.len(), count);
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
        let first = p.plan.propose(&p.continuum, &[], &[coach()]);
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
        let again = p.plan.propose(&p.continuum, &[], &[coach()]);
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
        assert_eq!(
            plan.propose(&continuum, &[], &[coach()]),
            Proposed::default()
        );
        continuum.teachers[0].position = Position::new(3);
        continuum.teachers[0].stage = Some(Stage::Started);
        assert_eq!(
            plan.propose(&continuum, &[], &[coach()]),
            Proposed {
                actions: 2,
                protocols: 0
            }
        );
        assert!(plan.actions.iter().all(|a| a.who == coach()));
        assert!(plan.actions.iter().all(|a| a.stage == Some(Stage::Started)));
    }

    #[test]
    fn proposing_follows_the_schools_own_playbook() {
        let mut continuum = Continuum::default();
        let mut t = Teacher::new(Id::new("teacher-1"), "Ana Ruiz", "");
        t.position = Position::new(3);
        t.stage = Some(Stage::GettingReady);
        continuum.teachers.push(t);
        let mut plan = SupportPlan::default();
        assert!(
            plan.playbook.is_none(),
            "the shipped playbook is not written into files"
        );
        let book = plan.playbook_mut();
        book.retain(|p| p.stage != Stage::GettingReady);
        book.push(Play {
            id: Id::new("play-99"),
            stage: Stage::GettingReady,
            what: "Pick a start date at the grade meeting".into(),
        });
        assert_eq!(
            plan.propose(&continuum, &[], &[Supporter::Principal])
                .actions,
            1
        );
        assert_eq!(
            plan.actions[0].what,
            "Pick a start date at the grade meeting"
        );
    }

    #[test]
    fn support_for_one_teacher_follows_their_stage_once() {
        let mut t = Teacher::new(Id::new("teacher-1"), "Ana Ruiz", "");
        t.stage = Some(Stage::Developing);
        let mut plan = SupportPlan::default();
        let added = plan.support_teacher(&t, &[], &coach());
        assert_eq!(added, Stage::Developing.support().suggestions().len());
        assert_eq!(plan.support_teacher(&t, &[], &coach()), 0, "nothing twice");
        for a in &mut plan.actions {
            a.status = ActionStatus::Dropped;
        }
        assert_eq!(
            plan.support_teacher(&t, &[], &coach()),
            added,
            "support dropped earlier is offered again"
        );
        plan.actions.retain(|a| a.status != ActionStatus::Dropped);
        assert!(plan.actions.iter().all(|a| a.for_whom
            == Target::Teacher {
                teacher: t.id.clone()
            }));
        t.stage = Some(Stage::Unwilling);
        assert_eq!(plan.support_teacher(&t, &[], &coach()), 1);
        assert_eq!(
            plan.protocols.len(),
            1,
            "the unwilling get the protocol instead"
        );
        t.stage = None;
        assert_eq!(plan.support_teacher(&t, &[], &coach()), 0);
    }

    #[test]
    fn the_shipped_playbook_covers_every_stage_but_the_unwilling() {
        let book = shipped();
        for stage in PLAYBOOK_STAGES {
            assert!(book.iter().any(|p| p.stage == stage));
        }
        assert!(book.iter().all(|p| p.stage != Stage::Unwilling));
        let ids: std::collections::HashSet<_> = book.iter().map(|p| &p.id).collect();
        assert_eq!(ids.len(), book.len());
    }
}
