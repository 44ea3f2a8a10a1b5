//! The stage-based support plan: who supports whom, how and when.

use super::text::is_filled;
use super::{Continuum, Id, Position, Stage, Teacher};
use chrono::NaiveDate;
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

impl SupportPlan {
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
