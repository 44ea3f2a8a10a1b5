//! Removing a teacher, a coach or a coaching action from a partnership without leaving
//! anything behind that names them, and putting them back.

use super::agreement::TimeShare;
use super::plan::{SupportAction, Supporter, Target, UnwillingProtocol};
use super::{Coach, Id, Partnership, Teacher};

/// A coach taken out of a partnership, with the support actions that were theirs, kept
/// for undo.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedCoach {
    pub at: usize,
    pub coach: Coach,
    pub actions: Vec<Id>,
}

/// One of the agreement's coaching actions taken out, with the support actions that
/// spent time on it, kept for undo.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedTimeShare {
    pub at: usize,
    pub share: TimeShare,
    pub actions: Vec<Id>,
}

/// A teacher taken off the map, with the support that was theirs alone, kept for undo.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedTeacher {
    pub at: usize,
    pub teacher: Teacher,
    pub actions: Vec<(usize, SupportAction)>,
    pub protocol: Option<(usize, UnwillingProtocol)>,
}

impl RemovedTeacher {
    /// What went with the teacher, said after their name: "" or ", with 2 support actions
    /// for them alone and their protocol".
    pub fn went_with(&self) -> String {
        let actions = match self.actions.len() {
            0 => None,
            n => Some(format!(
                "{} for them alone",
                super::text::count(n, "support action")
            )),
        };
        let protocol = self.protocol.as_ref().map(|_| "their protocol".to_string());
        let parts: Vec<String> = actions.into_iter().chain(protocol).collect();
        if parts.is_empty() {
            String::new()
        } else {
            format!(", with {}", parts.join(" and "))
        }
    }
}

/// What removing this teacher would take with them, counted before it is done.
pub fn goes_with(p: &Partnership, teacher: &Id) -> (usize, bool) {
    let own = Target::Teacher {
        teacher: teacher.clone(),
    };
    (
        p.plan.actions.iter().filter(|a| a.for_whom == own).count(),
        p.plan.protocols.iter().any(|pr| &pr.teacher == teacher),
    )
}

impl Partnership {
    /// Takes a teacher off the map with their own support actions and protocol; support
    /// for a stage, a band or the whole staff stays.
    pub fn remove_teacher(&mut self, id: &Id) -> Option<RemovedTeacher> {
        let (at, teacher) = self.continuum.remove_teacher(id)?;
        let own = Target::Teacher {
            teacher: id.clone(),
        };
        let mut actions = Vec::new();
        let mut i = 0;
        while i < self.plan.actions.len() {
            if self.plan.actions[i].for_whom == own {
                actions.push((i + actions.len(), self.plan.actions.remove(i)));
            } else {
                i += 1;
            }
        }
        let protocol = self
            .plan
            .protocols
            .iter()
            .position(|p| &p.teacher == id)
            .map(|at| (at, self.plan.protocols.remove(at)));
        Some(RemovedTeacher {
            at,
            teacher,
            actions,
            protocol,
        })
    }

    /// Puts a removed teacher back where they were, with what went with them.
    pub fn restore_teacher(&mut self, removed: RemovedTeacher) {
        if self.continuum.teacher(&removed.teacher.id).is_some() {
            return;
        }
        self.continuum
            .restore_teacher((removed.at, removed.teacher));
        for (at, action) in removed.actions {
            let at = at.min(self.plan.actions.len());
            self.plan.actions.insert(at, action);
        }
        if let Some((at, protocol)) = removed.protocol {
            let at = at.min(self.plan.protocols.len());
            self.plan.protocols.insert(at, protocol);
        }
    }

    /// Removes a coach; their support actions pass to "someone else" under the coach's
    /// name, so no action names a coach the partnership no longer has. What is returned
    /// puts it all back.
    pub fn remove_coach(&mut self, id: &Id) -> Option<RemovedCoach> {
        let at = self.coaches.iter().position(|c| &c.id == id)?;
        let coach = self.coaches.remove(at);
        let mut actions = Vec::new();
        for action in &mut self.plan.actions {
            if matches!(&action.who, Supporter::Coach { coach } if coach == id) {
                action.who = Supporter::Other {
                    name: coach.name.clone(),
                };
                actions.push(action.id.clone());
            }
        }
        Some(RemovedCoach { at, coach, actions })
    }

    /// Puts a removed coach back in their place, with the support actions that passed to
    /// someone else under their name and still do; nothing if the coach is back already.
    pub fn restore_coach(&mut self, removed: RemovedCoach) {
        if self.coaches.iter().any(|c| c.id == removed.coach.id) {
            return;
        }
        let at = removed.at.min(self.coaches.len());
        let passed_on = Supporter::Other {
            name: removed.coach.name.clone(),
        };
        for action in &mut self.plan.actions {
            if action.who == passed_on && removed.actions.contains(&action.id) {
                action.who = Supporter::Coach {
                    coach: removed.coach.id.clone(),
                };
            }
        }
        self.coaches.insert(at, removed.coach);
    }

    /// Removes one of the agreement's coaching actions; support actions that spent time
    /// on it keep their time, no longer counted against any share. What is returned puts
    /// it back, tied again to those actions.
    pub fn remove_time_share(&mut self, id: &Id) -> Option<RemovedTimeShare> {
        let shares = &mut self.agreement.time_investment;
        let at = shares.iter().position(|s| &s.id == id)?;
        let share = shares.remove(at);
        let mut actions = Vec::new();
        for action in &mut self.plan.actions {
            if action.coaching_action.as_ref() == Some(id) {
                action.coaching_action = None;
                actions.push(action.id.clone());
            }
        }
        Some(RemovedTimeShare { at, share, actions })
    }

    /// Puts a removed coaching action back in its place, tied again to the support
    /// actions that still name none; nothing if it is back already.
    pub fn restore_time_share(&mut self, removed: RemovedTimeShare) {
        let shares = &mut self.agreement.time_investment;
        if shares.iter().any(|s| s.id == removed.share.id) {
            return;
        }
        for action in &mut self.plan.actions {
            if action.coaching_action.is_none() && removed.actions.contains(&action.id) {
                action.coaching_action = Some(removed.share.id.clone());
            }
        }
        shares.insert(removed.at.min(shares.len()), removed.share);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::Answer;
    use crate::model::Stage;

    #[test]
    fn a_removed_teacher_takes_their_own_support_and_comes_back_with_it() {
        let mut p = crate::model::test_support::sample();
        let before = p.clone();
        let id = p.continuum.teachers[2].id.clone();
        let mut teacher = p.continuum.teachers[2].clone();
        teacher.stage = Some(Stage::Developing);
        p.plan.support_teacher(&teacher, &[], &Supporter::Principal);
        p.plan.start_protocol(&id);
        p.plan.protocols[0].knows_expectation = Some(Answer::Yes);
        let with_support = p.clone();
        assert_eq!(goes_with(&p, &id), (3, true));
        let Some(removed) = p.remove_teacher(&id) else {
            panic!("the teacher is there")
        };
        assert_eq!(
            removed.went_with(),
            ", with 3 support actions for them alone and their protocol"
        );
        assert_eq!(
            p.plan.actions.len(),
            before.plan.actions.len(),
            "stage support stays"
        );
        assert!(p.plan.protocols.is_empty());
        assert!(crate::format::validate::check_partnership(&p, 0).is_ok());
        p.restore_teacher(removed);
        assert_eq!(p, with_support);
    }

    #[test]
    fn removing_a_coach_or_a_coaching_action_leaves_no_reference_behind() {
        let mut p = crate::model::test_support::sample();
        p.plan.actions[0].coaching_action = Some(p.agreement.time_investment[0].id.clone());
        let before = p.clone();
        let coach = p.coaches[0].clone();
        let removed = p.remove_coach(&coach.id);
        assert!(p.plan.actions.iter().all(|a| !a.who.is_coach()));
        assert_eq!(
            p.plan.actions[0].who,
            Supporter::Other {
                name: coach.name.clone()
            }
        );
        assert!(removed.as_ref().is_some_and(|r| !r.actions.is_empty()));
        if let Some(removed) = removed {
            let mut undone = p.clone();
            undone.restore_coach(removed.clone());
            assert_eq!(undone, before, "undo puts the coach and their support back");
            undone.restore_coach(removed);
            assert_eq!(undone, before, "undoing twice adds no second coach");
        }
        let share = p.agreement.time_investment[0].id.clone();
        let tied = p.plan.actions[0].coaching_action.clone();
        let before = p.clone();
        let removed = p.remove_time_share(&share);
        assert_eq!(p.plan.actions[0].coaching_action, None);
        assert!(crate::format::validate::check_partnership(&p, 0).is_ok());
        if let Some(removed) = removed {
            p.restore_time_share(removed.clone());
            assert_eq!(p, before, "undo puts the coaching action back, tied again");
            p.restore_time_share(removed);
            assert_eq!(p, before, "undoing twice adds no second coaching action");
        }
        assert_eq!(
            tied,
            Some(share),
            "the sample ties its first action to this share"
        );
    }
}
