//! Readiness stages: how a teacher approaches the change, and the support each calls for.

use super::agreement::DEFAULT_ACTIONS;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Unaware,
    GettingReady,
    Started,
    Developing,
    Unwilling,
}

/// The kind of support a stage needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SupportKind {
    Awareness,
    PolitePushIn,
    Empathy,
    AttentionOnImpact,
    TwoQuestionProtocol,
}

impl Stage {
    pub const ALL: [Stage; 5] = [
        Stage::Unaware,
        Stage::GettingReady,
        Stage::Started,
        Stage::Developing,
        Stage::Unwilling,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Stage::Unaware => "Unaware",
            Stage::GettingReady => "Getting ready",
            Stage::Started => "Started",
            Stage::Developing => "Developing",
            Stage::Unwilling => "Unwilling",
        }
    }

    /// The letter a card shows for the stage, inside a shape of its own, so that stages
    /// are told apart without colour.
    pub fn letter(self) -> &'static str {
        match self {
            Stage::Unaware => "U",
            Stage::GettingReady => "G",
            Stage::Started => "S",
            Stage::Developing => "D",
            Stage::Unwilling => "W",
        }
    }

    /// The stage's name as a file or a filter writes it.
    pub fn key(self) -> &'static str {
        match self {
            Stage::Unaware => "unaware",
            Stage::GettingReady => "getting-ready",
            Stage::Started => "started",
            Stage::Developing => "developing",
            Stage::Unwilling => "unwilling",
        }
    }

    pub fn from_key(key: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn description(self) -> &'static str {
        match self {
            Stage::Unaware => "Does not yet see the skill that is missing.",
            Stage::GettingReady => "Knows what to change but has not made the jump.",
            Stage::Started => "Trying the new practice; it may not be going well yet.",
            Stage::Developing => "The new practice is working and growing.",
            Stage::Unwilling => "Has no intent to change for now.",
        }
    }

    pub fn support(self) -> SupportKind {
        match self {
            Stage::Unaware => SupportKind::Awareness,
            Stage::GettingReady => SupportKind::PolitePushIn,
            Stage::Started => SupportKind::Empathy,
            Stage::Developing => SupportKind::AttentionOnImpact,
            Stage::Unwilling => SupportKind::TwoQuestionProtocol,
        }
    }
}

impl SupportKind {
    pub fn label(self) -> &'static str {
        match self {
            SupportKind::Awareness => "Build awareness",
            SupportKind::PolitePushIn => "A polite push-in",
            SupportKind::Empathy => "Empathy and approval",
            SupportKind::AttentionOnImpact => "Attention on impact",
            SupportKind::TwoQuestionProtocol => "The two-question protocol",
        }
    }

    /// Ideas the plan offers for this kind of support.
    pub fn suggestions(self) -> &'static [Suggestion] {
        const fn idea(what: &'static str) -> Suggestion {
            Suggestion { what, spends: None }
        }
        const fn coached(what: &'static str, spends: usize) -> Suggestion {
            Suggestion {
                what,
                spends: Some(DEFAULT_ACTIONS[spends]),
            }
        }
        const AWARENESS: &[Suggestion] = &[
            coached("Share classroom and student data on the focus", DATA),
            idea("Observe in a colleague's classroom"),
            idea("Look at student work from other classrooms"),
            coached("Coach models a lesson", MODELLING),
        ];
        const PUSH_IN: &[Suggestion] = &[
            idea("Agree a date to begin"),
            coached("Co-plan the first lessons", CO_PLANNING),
            idea("Say plainly that early attempts may not go well"),
        ];
        const EMPATHY: &[Suggestion] = &[
            idea("Notice and approve the new practice even when it stumbles"),
            coached(
                "Coach observes and talks through what is working",
                OBSERVATION,
            ),
        ];
        const IMPACT: &[Suggestion] = &[
            coached(
                "Observe and report changes in student behaviour",
                OBSERVATION,
            ),
            coached("Bring student results to a data conversation", DATA),
            coached("Invite the teacher to share with the PLC", PLC),
        ];
        const QUESTIONS: &[Suggestion] = &[
            idea("Ask: do you know what the principal wants you to do?"),
            idea("Ask: are you planning to do it?"),
        ];
        match self {
            SupportKind::Awareness => AWARENESS,
            SupportKind::PolitePushIn => PUSH_IN,
            SupportKind::Empathy => EMPATHY,
            SupportKind::AttentionOnImpact => IMPACT,
            SupportKind::TwoQuestionProtocol => QUESTIONS,
        }
    }
}

// Where the suggestions' coach time goes among the agreement's default coaching actions.
const MODELLING: usize = 0;
const CO_PLANNING: usize = 1;
const OBSERVATION: usize = 2;
const DATA: usize = 3;
const PLC: usize = 4;

/// One suggested action, and the default coaching action it spends the coach's time on,
/// if any: support proposed from it then counts toward the time the agreement set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub what: &'static str,
    pub spends: Option<&'static str>,
}

/// The default coaching action a suggestion, as the playbook ships it, spends time on.
pub fn spends(what: &str) -> Option<&'static str> {
    let what = what.trim();
    Stage::ALL
        .iter()
        .flat_map(|stage| stage.support().suggestions())
        .find(|s| s.what.eq_ignore_ascii_case(what))
        .and_then(|s| s.spends)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stage_has_its_own_kind_of_support() {
        let kinds: std::collections::HashSet<_> = Stage::ALL.iter().map(|s| s.support()).collect();
        assert_eq!(kinds.len(), Stage::ALL.len());
        assert_eq!(Stage::Unwilling.support(), SupportKind::TwoQuestionProtocol);
    }

    #[test]
    fn an_unwilling_teacher_is_asked_the_two_questions_in_order() {
        let questions = Stage::Unwilling.support().suggestions();
        assert!(questions[0].what.contains("know what the principal wants"));
        assert!(questions[1].what.contains("planning to do it"));
    }

    #[test]
    fn every_stage_has_its_own_letter_and_key() {
        let letters: std::collections::HashSet<_> = Stage::ALL.iter().map(|s| s.letter()).collect();
        assert_eq!(letters.len(), 5);
        for stage in Stage::ALL {
            assert_eq!(Stage::from_key(stage.key()), Some(stage));
            assert_eq!(
                serde_json::to_string(&stage).ok(),
                Some(format!("\"{}\"", stage.key()))
            );
        }
    }

    #[test]
    fn stages_are_written_in_kebab_case_in_files() {
        assert_eq!(
            serde_json::to_string(&Stage::GettingReady).ok(),
            Some("\"getting-ready\"".into())
        );
    }
}
