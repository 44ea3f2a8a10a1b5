//! The partnership agreement: how the coach's time will produce student gains.

use super::text::is_filled;
use super::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Agreement {
    pub focus: Focus,
    pub first_indicator: FirstIndicator,
    pub time_investment: Vec<TimeShare>,
    pub protected_time: ProtectedTime,
    pub coach_role: CoachRole,
    pub expectations: Vec<Commitment>,
    pub roles: Vec<Role>,
    pub review: Review,
    pub sign_off: Option<SignOff>,
}

/// The school improvement goal the coaching serves, and the student outcome it aims at.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Focus {
    pub goal: String,
    pub student_outcome: String,
    pub outcome_target_date: Option<NaiveDate>,
}

/// The teacher practice expected to change before student results move.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct FirstIndicator {
    pub practice: String,
    pub how_gathered: String,
    pub check_dates: Vec<NaiveDate>,
}

/// One coaching action and the share of the coach's time it gets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeShare {
    pub id: Id,
    pub action: String,
    pub percent: u8,
    /// How this action serves the focus; empty means it risks being busy work.
    pub serves_focus: String,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct ProtectedTime {
    pub not_pulled_into: String,
    pub exceptions_decided_by: String,
}

/// Whether the coach waits to be asked or invites teachers in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CoachStance {
    Available,
    Requesting,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct CoachRole {
    pub stance: Option<CoachStance>,
    pub staff_description: String,
    pub coach_does_not: String,
    pub confidentiality: String,
}

/// Something the principal will do to set expectations with staff.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Commitment {
    pub id: Id,
    pub text: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub id: Id,
    pub who: String,
    pub responsibilities: String,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Review {
    pub dates: Vec<NaiveDate>,
    pub triggers: Vec<ReviewTrigger>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewTrigger {
    pub id: Id,
    pub label: String,
    pub selected: bool,
}

/// Both names and the date the agreement was signed, with a fingerprint of what was signed
/// so that a later edit shows as an amendment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SignOff {
    pub principal: String,
    pub coach: String,
    pub date: NaiveDate,
    pub fingerprint: String,
}

impl CoachStance {
    pub fn label(self) -> &'static str {
        match self {
            CoachStance::Available => "Available",
            CoachStance::Requesting => "Requesting",
        }
    }

    pub fn explanation(self) -> &'static str {
        match self {
            CoachStance::Available => "The coach works with any teacher who asks.",
            CoachStance::Requesting => {
                "The coach invites teachers to join ongoing learning on the focus."
            }
        }
    }
}

/// The coaching actions a new agreement starts with; the pair can add their own.
pub const DEFAULT_ACTIONS: [&str; 6] = [
    "Modelling lessons",
    "Co-planning",
    "Observation with feedback",
    "Data conversations",
    "PLC support",
    "Workshops",
];

/// Ways principals commonly set expectations with staff; suggestions, editable.
pub const SUGGESTED_COMMITMENTS: [&str; 3] = [
    "When a teacher raises a concern about students, ask what came of their talk with the coach",
    "Lead teachers and department heads work with the coach first, where staff can see it",
    "Teachers build coach input into their professional growth plans",
];

pub const DEFAULT_TRIGGERS: [&str; 4] = [
    "A new principal or coach",
    "New teachers join the staff",
    "The start of a new school year",
    "The first indicator is not moving at a check date",
];

impl Agreement {
    /// A fresh agreement with the default coaching actions and review triggers in place.
    pub fn starter() -> Agreement {
        Agreement {
            time_investment: DEFAULT_ACTIONS
                .iter()
                .enumerate()
                .map(|(i, action)| TimeShare {
                    id: Id::new(format!("action-{}", i + 1)),
                    action: (*action).to_string(),
                    percent: 0,
                    serves_focus: String::new(),
                })
                .collect(),
            review: Review {
                dates: Vec::new(),
                triggers: DEFAULT_TRIGGERS
                    .iter()
                    .enumerate()
                    .map(|(i, label)| ReviewTrigger {
                        id: Id::new(format!("trigger-{}", i + 1)),
                        label: (*label).to_string(),
                        selected: i < 3,
                    })
                    .collect(),
            },
            ..Agreement::default()
        }
    }

    pub fn total_percent(&self) -> u32 {
        self.time_investment
            .iter()
            .map(|s| u32::from(s.percent))
            .sum()
    }

    /// Each section with whether the pair has filled in what it needs.
    pub fn section_checks(&self) -> [(&'static str, bool); 8] {
        let focus = &self.focus;
        let indicator = &self.first_indicator;
        let role = &self.coach_role;
        [
            (
                "Focus",
                is_filled(&focus.goal) && is_filled(&focus.student_outcome),
            ),
            (
                "First indicator",
                is_filled(&indicator.practice) && is_filled(&indicator.how_gathered),
            ),
            ("Coach time", self.total_percent() == 100),
            (
                "Protected time",
                is_filled(&self.protected_time.not_pulled_into),
            ),
            (
                "Coach role",
                role.stance.is_some() && is_filled(&role.staff_description),
            ),
            (
                "Expectations",
                self.expectations.iter().any(|c| is_filled(&c.text)),
            ),
            ("Roles", self.roles.iter().any(|r| is_filled(&r.who))),
            ("Review", !self.review.dates.is_empty()),
        ]
    }
}
