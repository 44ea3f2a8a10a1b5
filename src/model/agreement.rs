//! The partnership agreement: how the coach's time will produce student gains.

use super::text::is_filled;
use super::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
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

impl Agreement {
    /// Moves every date a year on, for a copy of the agreement for next year.
    pub fn move_dates_a_year_on(&mut self) {
        let on = crate::model::day::a_year_on;
        self.focus.outcome_target_date = self.focus.outcome_target_date.map(on);
        for date in self
            .first_indicator
            .check_dates
            .iter_mut()
            .chain(self.review.dates.iter_mut())
        {
            *date = on(*date);
        }
        for commitment in &mut self.expectations {
            commitment.due = commitment.due.map(on);
        }
    }
}

/// The school improvement goal the coaching serves, and the student outcome it aims at.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Focus {
    pub goal: String,
    pub student_outcome: String,
    pub outcome_target_date: Option<NaiveDate>,
}

/// The teacher practice expected to change before student results move.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
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
    #[serde(default)]
    pub serves_focus: String,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
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
#[serde(default)]
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
    #[serde(default)]
    pub owner: String,
    pub due: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub id: Id,
    pub who: String,
    #[serde(default)]
    pub responsibilities: String,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Review {
    pub dates: Vec<NaiveDate>,
    pub triggers: Vec<ReviewTrigger>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewTrigger {
    pub id: Id,
    pub label: String,
    #[serde(default)]
    pub selected: bool,
}

/// Both names and the date the agreement was signed, with a fingerprint of what was signed
/// so that a later edit shows as an amendment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignOff {
    pub principal: String,
    pub coach: String,
    pub date: NaiveDate,
    pub fingerprint: String,
}

impl SignOff {
    /// Who signed, for reading: "Maria Lopez and Ana Diaz", or with two coaches "Maria
    /// Lopez, Ana Diaz and Sam Lee" (the coaches' names are kept joined as they read).
    pub fn signers(&self) -> String {
        if self.coach.contains(" and ") {
            format!("{}, {}", self.principal, self.coach)
        } else {
            format!("{} and {}", self.principal, self.coach)
        }
    }
}

/// Whether the shares of the coach's time add up to the whole of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeBudget {
    Whole,
    /// This many percent of the coach's time is not yet given to any action.
    Unplanned(u32),
    /// The shares add up to this many percent more than the coach has.
    Over(u32),
}

impl TimeShare {
    /// Time given to an action that says nothing of how it serves the focus: the coach's
    /// schedule fills up, but with work tied to no student gain.
    pub fn is_busy_work_risk(&self) -> bool {
        self.percent > 0 && !is_filled(&self.serves_focus)
    }

    /// A row added and never written in, which printouts and templates leave out.
    pub fn is_blank(&self) -> bool {
        self.percent == 0
            && ![&self.action, &self.serves_focus]
                .into_iter()
                .any(|t| is_filled(t))
    }
}

impl Commitment {
    pub fn is_blank(&self) -> bool {
        self.due.is_none() && ![&self.text, &self.owner].into_iter().any(|t| is_filled(t))
    }
}

impl Role {
    pub fn is_blank(&self) -> bool {
        ![&self.who, &self.responsibilities]
            .into_iter()
            .any(|t| is_filled(t))
    }
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

impl Review {
    /// The triggers the pair chose, in their words.
    pub fn chosen_triggers(&self) -> Vec<String> {
        self.triggers
            .iter()
            .filter(|t| t.selected)
            .map(|t| t.label.clone())
            .collect()
    }
}

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
            roles: ["Principal", "Coach"]
                .iter()
                .enumerate()
                .map(|(i, who)| Role {
                    id: Id::new(format!("role-{}", i + 1)),
                    who: (*who).to_string(),
                    responsibilities: String::new(),
                })
                .collect(),
            ..Agreement::default()
        }
    }

    pub fn total_percent(&self) -> u32 {
        self.time_investment
            .iter()
            .map(|s| u32::from(s.percent))
            .sum()
    }

    /// Where the coach's time stands against the whole of it.
    pub fn time_budget(&self) -> TimeBudget {
        match self.total_percent() {
            100 => TimeBudget::Whole,
            total if total < 100 => TimeBudget::Unplanned(100 - total),
            total => TimeBudget::Over(total - 100),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_shares(percents: &[(u8, &str)]) -> Agreement {
        let mut agreement = Agreement::starter();
        agreement.time_investment = percents
            .iter()
            .enumerate()
            .map(|(i, (percent, serves))| TimeShare {
                id: Id::new(format!("action-{i}")),
                action: format!("Action {i}"),
                percent: *percent,
                serves_focus: (*serves).to_string(),
            })
            .collect();
        agreement
    }

    #[test]
    fn the_shares_of_coach_time_must_add_up_to_the_whole() {
        assert_eq!(
            with_shares(&[(60, "x"), (40, "y")]).time_budget(),
            TimeBudget::Whole
        );
        assert_eq!(
            with_shares(&[(60, "x"), (25, "y")]).time_budget(),
            TimeBudget::Unplanned(15)
        );
        assert_eq!(
            with_shares(&[(100, "x"), (100, "y")]).time_budget(),
            TimeBudget::Over(100)
        );
        assert_eq!(with_shares(&[]).time_budget(), TimeBudget::Unplanned(100));
    }

    #[test]
    fn time_given_to_an_action_tied_to_nothing_is_busy_work_risk() {
        let agreement = with_shares(&[(30, "  "), (0, ""), (20, "Models feedback")]);
        let risks: Vec<bool> = agreement
            .time_investment
            .iter()
            .map(TimeShare::is_busy_work_risk)
            .collect();
        assert_eq!(risks, [true, false, false]);
    }

    #[test]
    fn signers_read_as_a_list_with_one_coach_or_two() {
        let mut s = SignOff {
            principal: "Maria Lopez".into(),
            coach: "Ana Diaz".into(),
            date: chrono::NaiveDate::MIN,
            fingerprint: String::new(),
        };
        assert_eq!(s.signers(), "Maria Lopez and Ana Diaz");
        s.coach = "Ana Diaz and Sam Lee".into();
        assert_eq!(s.signers(), "Maria Lopez, Ana Diaz and Sam Lee");
    }
}
