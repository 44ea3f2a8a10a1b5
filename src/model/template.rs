//! A template a facilitator hands a room of pairs: the focus, the continuum's descriptions,
//! the playbook, the agreement's wording and time shares. No teachers, names or dates.

use super::agreement::{CoachStance, Commitment, ReviewTrigger, Role, TimeShare};
use super::continuum::{BandGoal, Descriptors};
use super::limits::fit_text;
use super::plan::Play;
use super::text::{count, is_filled, listed};
use super::{Agreement, Id, Partnership, PartnershipDetails, Position};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Template {
    pub name: String,
    pub focus: String,
    pub student_outcome: String,
    pub first_indicator: String,
    pub how_gathered: String,
    pub time_shares: Vec<TemplateShare>,
    pub not_pulled_into: String,
    /// Absent from templates written before it was carried.
    #[serde(default)]
    pub exceptions_decided_by: String,
    pub coach_stance: Option<CoachStance>,
    pub staff_description: String,
    pub coach_does_not: String,
    pub confidentiality: String,
    pub commitments: Vec<String>,
    pub roles: Vec<TemplateRole>,
    pub review_triggers: Vec<String>,
    pub descriptors: Descriptors,
    pub band_goals: Vec<TemplateBand>,
    /// The school's own playbook; none means the one the app ships.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub playbook: Option<Vec<Play>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TemplateShare {
    pub action: String,
    pub percent: u8,
    pub serves_focus: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TemplateRole {
    pub who: String,
    pub responsibilities: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TemplateBand {
    pub from: Position,
    pub to: Position,
    pub goal: String,
}

impl Template {
    /// The parts of a partnership worth handing on, with every free text passed through
    /// `scrub` (which takes out the names of its people) and every date left behind. The
    /// template's name is kept as typed: whoever names it is sharing it, and reads it.
    pub fn from_partnership(
        p: &Partnership,
        name: &str,
        scrub: impl Fn(&str) -> String,
    ) -> Template {
        let a = &p.agreement;
        Template {
            name: fit_text(name.trim().to_string()).0,
            focus: scrub(&a.focus.goal),
            student_outcome: scrub(&a.focus.student_outcome),
            first_indicator: scrub(&a.first_indicator.practice),
            how_gathered: scrub(&a.first_indicator.how_gathered),
            // Rows left blank stay out: every pair would import them.
            time_shares: a
                .time_investment
                .iter()
                .filter(|s| !s.is_blank())
                .map(|s| TemplateShare {
                    action: scrub(&s.action),
                    percent: s.percent,
                    serves_focus: scrub(&s.serves_focus),
                })
                .collect(),
            not_pulled_into: scrub(&a.protected_time.not_pulled_into),
            exceptions_decided_by: scrub(&a.protected_time.exceptions_decided_by),
            coach_stance: a.coach_role.stance,
            staff_description: scrub(&a.coach_role.staff_description),
            coach_does_not: scrub(&a.coach_role.coach_does_not),
            confidentiality: scrub(&a.coach_role.confidentiality),
            commitments: a
                .expectations
                .iter()
                .filter(|c| super::text::is_filled(&c.text))
                .map(|c| scrub(&c.text))
                .collect(),
            roles: a
                .roles
                .iter()
                .filter(|r| !r.is_blank())
                .map(|r| TemplateRole {
                    who: scrub(&r.who),
                    responsibilities: scrub(&r.responsibilities),
                })
                .collect(),
            review_triggers: a
                .review
                .chosen_triggers()
                .iter()
                .map(|t| scrub(t))
                .collect(),
            descriptors: Descriptors {
                practice: scrub(&p.continuum.descriptors.practice),
                low: scrub(&p.continuum.descriptors.low),
                middle: scrub(&p.continuum.descriptors.middle),
                high: scrub(&p.continuum.descriptors.high),
            },
            band_goals: p
                .continuum
                .band_goals
                .iter()
                .map(|b| TemplateBand {
                    from: b.from,
                    to: b.to,
                    goal: scrub(&b.goal),
                })
                .collect(),
            playbook: p.plan.playbook.clone().map(|plays| {
                plays
                    .into_iter()
                    .map(|play| Play {
                        what: scrub(&play.what),
                        ..play
                    })
                    .collect()
            }),
        }
    }

    /// A new partnership for the pair's school, started from the template.
    pub fn start(
        &self,
        id: Id,
        details: PartnershipDetails,
        now: DateTime<Utc>,
    ) -> Result<Partnership, super::partnership::DetailsProblem> {
        let mut p = Partnership::start(id, details, now)?;
        p.agreement = self.agreement();
        let c = &mut p.continuum;
        c.descriptors = self.descriptors.clone();
        c.band_goals = numbered(&self.band_goals, "band", |b, id| BandGoal {
            id,
            from: b.from,
            to: b.to,
            goal: b.goal.clone(),
            target_date: None,
        });
        p.plan.playbook = self.playbook.clone();
        Ok(p)
    }

    fn agreement(&self) -> Agreement {
        let mut a = Agreement::starter();
        a.focus.goal = self.focus.clone();
        a.focus.student_outcome = self.student_outcome.clone();
        a.first_indicator.practice = self.first_indicator.clone();
        a.first_indicator.how_gathered = self.how_gathered.clone();
        a.time_investment = numbered(&self.time_shares, "action", |s, id| TimeShare {
            id,
            action: s.action.clone(),
            percent: s.percent,
            serves_focus: s.serves_focus.clone(),
        });
        a.protected_time.not_pulled_into = self.not_pulled_into.clone();
        a.protected_time.exceptions_decided_by = self.exceptions_decided_by.clone();
        a.coach_role.stance = self.coach_stance;
        a.coach_role.staff_description = self.staff_description.clone();
        a.coach_role.coach_does_not = self.coach_does_not.clone();
        a.coach_role.confidentiality = self.confidentiality.clone();
        a.expectations = numbered(&self.commitments, "commitment", |text, id| Commitment {
            id,
            text: text.clone(),
            owner: String::new(),
            due: None,
        });
        a.roles = numbered(&self.roles, "role", |r, id| Role {
            id,
            who: r.who.clone(),
            responsibilities: r.responsibilities.clone(),
        });
        a.review.triggers = numbered(&self.review_triggers, "trigger", |label, id| {
            ReviewTrigger {
                id,
                label: label.clone(),
                selected: true,
            }
        });
        a
    }

    /// What the template brings, as a pair reads it before starting from it, and as the
    /// facilitator reads it before sharing: only what is filled in is named.
    pub fn contents(&self) -> String {
        let shares = self.time_shares.iter().filter(|s| s.percent > 0).count();
        let worded = [
            &self.student_outcome,
            &self.first_indicator,
            &self.how_gathered,
            &self.not_pulled_into,
            &self.staff_description,
            &self.coach_does_not,
            &self.confidentiality,
        ]
        .into_iter()
        .any(|t| is_filled(t))
            || !self.commitments.is_empty()
            || !self.roles.is_empty();
        let mut parts = Vec::new();
        if worded {
            parts.push("the agreement's wording".to_string());
        }
        if shares > 0 {
            parts.push(format!(
                "{} with their shares of time",
                count(shares, "coaching action")
            ));
        }
        if self.described() {
            parts.push("the continuum's descriptions".to_string());
        }
        if !self.band_goals.is_empty() {
            parts.push(count(self.band_goals.len(), "band goal"));
        }
        parts.push(
            if self.playbook.is_some() {
                "its own playbook"
            } else {
                "the usual playbook"
            }
            .to_string(),
        );
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        let focus = match self.focus.trim() {
            "" => String::new(),
            focus => format!("Focus: {}. ", focus.trim_end_matches(['.', '!', '?'])),
        };
        let missing = if self.is_blank() {
            "; no focus, shares of the coach's time or continuum descriptions are written in it"
        } else {
            ""
        };
        format!("{focus}It brings {}{missing}.", listed(&parts))
    }

    /// Nothing a pair would start from: no focus, no shares of time, no descriptions.
    pub fn is_blank(&self) -> bool {
        !is_filled(&self.focus)
            && self.time_shares.iter().all(|s| s.percent == 0)
            && !self.described()
    }

    fn described(&self) -> bool {
        let d = &self.descriptors;
        [&d.practice, &d.low, &d.middle, &d.high]
            .into_iter()
            .any(|t| is_filled(t))
    }
}

/// Records made from a template's list, numbered `prefix-1`, `prefix-2`… as the app
/// numbers new rows.
fn numbered<T, R>(items: &[T], prefix: &str, make: impl Fn(&T, Id) -> R) -> Vec<R> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| make(item, Id::new(format!("{prefix}-{}", i + 1))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::{now, sample};
    use crate::model::SchoolYear;

    fn details() -> PartnershipDetails {
        PartnershipDetails {
            school: "Maple School".into(),
            school_year: SchoolYear::starting(2026),
            principal: "Jo Park".into(),
            coaches: vec!["Lee Wong".into()],
        }
    }

    #[test]
    fn a_partnership_started_from_a_template_has_its_wording_and_none_of_its_people() {
        let source = sample();
        let template = Template::from_partnership(&source, "Writing feedback", str::to_string);
        let Ok(p) = template.start(Id::new("p-2"), details(), now()) else {
            panic!("starts")
        };
        assert_eq!(p.agreement.focus.goal, source.agreement.focus.goal);
        assert_eq!(
            p.agreement.time_investment.len(),
            source.agreement.time_investment.len()
        );
        assert_eq!(p.agreement.total_percent(), 100);
        assert_eq!(p.agreement.protected_time, source.agreement.protected_time);
        assert_eq!(p.continuum.descriptors, source.continuum.descriptors);
        assert_eq!(
            p.continuum.band_goals.len(),
            source.continuum.band_goals.len()
        );
        assert!(p.continuum.teachers.is_empty() && p.plan.actions.is_empty());
        assert!(p.agreement.sign_off.is_none());
        assert!(p.agreement.first_indicator.check_dates.is_empty());
        assert!(p
            .agreement
            .expectations
            .iter()
            .all(|c| c.owner.is_empty() && c.due.is_none()));
        assert_eq!(p.principal, "Jo Park");
    }

    #[test]
    fn a_template_names_only_what_is_filled_in_and_says_when_it_is_blank() {
        let full = Template::from_partnership(&sample(), "Writing feedback", str::to_string);
        assert!(!full.is_blank());
        let said = full.contents();
        assert!(said.starts_with("Focus: "), "{said}");
        assert!(
            said.contains("It brings the agreement's wording, "),
            "{said}"
        );
        assert!(
            said.contains(
                "coaching actions with their shares of time, the continuum's descriptions"
            ),
            "{said}"
        );

        let blank_partnership = Partnership::start(Id::new("p-1"), details(), now());
        let Ok(blank_partnership) = blank_partnership else {
            panic!("starts")
        };
        let blank = Template::from_partnership(&blank_partnership, "T", str::to_string);
        assert!(blank.is_blank());
        assert_eq!(
            blank.contents(),
            "It brings the agreement's wording and the usual playbook; no focus, shares of the coach's time or continuum descriptions are written in it."
        );
    }

    #[test]
    fn rows_added_and_never_written_in_do_not_travel() {
        let mut source = sample();
        let before = Template::from_partnership(&source, "T", str::to_string);
        let a = &mut source.agreement;
        a.expectations.push(Commitment {
            id: Id::new("commitment-99"),
            text: " ".into(),
            owner: String::new(),
            due: None,
        });
        a.roles.push(Role {
            id: Id::new("role-99"),
            who: String::new(),
            responsibilities: String::new(),
        });
        a.time_investment.push(TimeShare {
            id: Id::new("action-99"),
            action: String::new(),
            percent: 0,
            serves_focus: String::new(),
        });
        let after = Template::from_partnership(&source, "T", str::to_string);
        assert_eq!(after.commitments, before.commitments);
        assert_eq!(after.roles.len(), before.roles.len());
        assert_eq!(after.time_shares.len(), before.time_shares.len());
    }

    #[test]
    fn only_the_chosen_review_triggers_travel() {
        let mut source = sample();
        source.agreement.review.triggers[0].selected = false;
        let template = Template::from_partnership(&source, "T", str::to_string);
        assert!(!template
            .review_triggers
            .contains(&source.agreement.review.triggers[0].label));
    }

    #[test]
    fn a_template_written_before_it_carried_who_decides_exceptions_still_reads() {
        let template = Template::from_partnership(&sample(), "T", str::to_string);
        let Ok(serde_json::Value::Object(mut fields)) = serde_json::to_value(&template) else {
            panic!("writes an object")
        };
        fields.remove("exceptions_decided_by");
        let Ok(older) = serde_json::from_value::<Template>(serde_json::Value::Object(fields))
        else {
            panic!("reads without it")
        };
        assert_eq!(older.exceptions_decided_by, "");
        assert_eq!(older.not_pulled_into, template.not_pulled_into);
    }
}
