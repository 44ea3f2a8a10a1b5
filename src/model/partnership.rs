//! A partnership: one principal and one or more coaches at one school for one school year.

use super::limits::fit_text;
use super::{Agreement, Continuum, Id, SchoolYear, SupportPlan};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Partnership {
    pub id: Id,
    pub name: String,
    pub school: String,
    pub school_year: SchoolYear,
    /// Left out of a file by hand, the people and the model are still to be written.
    #[serde(default)]
    pub principal: String,
    #[serde(default)]
    pub coaches: Vec<Coach>,
    #[serde(default)]
    pub coaching_model: CoachingModel,
    pub meeting_date: Option<NaiveDate>,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub last_exported: Option<DateTime<Utc>>,
    /// When the first change not yet in an exported file was made.
    pub unexported_since: Option<DateTime<Utc>>,
    #[serde(default)]
    pub agreement: Agreement,
    #[serde(default)]
    pub continuum: Continuum,
    #[serde(default)]
    pub plan: SupportPlan,
    /// The fictional sample school, to practise with: always marked as such.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
    /// An anonymised copy (codes for teachers, no notes), marked in itself so that a file
    /// it is exported in again says so, and it is never taken for its original.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub anonymised: bool,
}

/// How long unexported changes may wait before the app suggests an export.
pub const BACKUP_REMINDER_DAYS: i64 = 3;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Coach {
    pub id: Id,
    pub name: String,
}

/// One coach embedded in the school, or several coaches working one school together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CoachingModel {
    #[default]
    Embedded,
    Blitz,
}

/// What a person types to start a partnership.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PartnershipDetails {
    pub school: String,
    pub school_year: Option<SchoolYear>,
    pub principal: String,
    pub coaches: Vec<String>,
}

/// Why a partnership could not be started from the details given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DetailsProblem {
    NoSchool,
    NoSchoolYear,
}

impl std::fmt::Display for DetailsProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            DetailsProblem::NoSchool => "Write the school's name.",
            DetailsProblem::NoSchoolYear => "Write the school year, like 2026-27.",
        })
    }
}

impl Partnership {
    /// Starts a partnership from what the pair typed.
    pub fn start(
        id: Id,
        details: PartnershipDetails,
        now: DateTime<Utc>,
    ) -> Result<Partnership, DetailsProblem> {
        let fit = |text: &str| fit_text(text.trim().to_string()).0;
        let school = fit(&details.school);
        if school.is_empty() {
            return Err(DetailsProblem::NoSchool);
        }
        let school_year = details.school_year.ok_or(DetailsProblem::NoSchoolYear)?;
        let coaches: Vec<Coach> = details
            .coaches
            .iter()
            .map(|name| fit(name))
            .filter(|name| !name.is_empty())
            .enumerate()
            .map(|(i, name)| Coach {
                id: Id::new(format!("coach-{}", i + 1)),
                name,
            })
            .collect();
        let mut started = Partnership {
            id,
            name: String::new(),
            school,
            school_year,
            principal: fit(&details.principal),
            coaching_model: if coaches.len() > 1 {
                CoachingModel::Blitz
            } else {
                CoachingModel::Embedded
            },
            coaches,
            meeting_date: None,
            created: now,
            updated: now,
            last_exported: None,
            unexported_since: Some(now),
            agreement: Agreement::starter(),
            continuum: Continuum::default(),
            plan: SupportPlan::default(),
            sample: false,
            anonymised: false,
        };
        started.name = started.first_name();
        Ok(started)
    }

    /// Names the school, if `text` names one: a partnership is never without its school.
    pub fn set_school(&mut self, text: &str) -> bool {
        let (school, _) = fit_text(text.to_string());
        let named = !school.trim().is_empty();
        if named {
            self.keeping_name_in_step(|p| p.school = school);
        }
        named
    }

    pub fn set_school_year(&mut self, year: SchoolYear) {
        self.keeping_name_in_step(|p| p.school_year = year);
    }

    /// The name a partnership starts with: its school and year.
    fn first_name(&self) -> String {
        fit_text(format!("{} {}", self.school, self.school_year)).0
    }

    /// A name still as it was made follows a corrected school or year, so "Lincoln
    /// 2025-26" does not outlive the typo it came from; a name the pair chose stays.
    fn keeping_name_in_step(&mut self, change: impl FnOnce(&mut Partnership)) {
        let follows = self.name == self.first_name();
        change(self);
        if follows {
            self.name = self.first_name();
        }
    }

    /// Records that the partnership was written to a file at `now`: also in the file
    /// itself, so a copy opened elsewhere says when it was exported.
    pub fn mark_exported(&mut self, now: DateTime<Utc>) {
        self.last_exported = Some(now);
        self.unexported_since = None;
    }

    /// True when changes have waited longer than `BACKUP_REMINDER_DAYS` for an export.
    pub fn needs_backup(&self, now: DateTime<Utc>) -> bool {
        self.unexported_since
            .is_some_and(|since| now - since > chrono::Duration::days(BACKUP_REMINDER_DAYS))
    }

    /// The coaches' names joined for reading, e.g. "Ana Diaz and Sam Lee".
    pub fn coach_names(&self) -> String {
        let names: Vec<&str> = self
            .coaches
            .iter()
            .map(|c| c.name.trim())
            .filter(|n| !n.is_empty())
            .collect();
        super::text::listed(&names)
    }

    /// A copy to start the next school year from: same school, people, focus and teachers,
    /// with the year moved on, every date a year on, and the signature and snapshots cleared.
    pub fn next_year_copy(&self, id: Id, now: DateTime<Utc>) -> Partnership {
        let school_year = self.school_year.next();
        let mut copy = self.clone();
        copy.id = id;
        // At the last year kept, the copy keeps the year, and says it is a copy.
        let year_on = school_year != self.school_year;
        copy.name = fit_text(
            if year_on && self.name.contains(&self.school_year.to_string()) {
                self.name
                    .replace(&self.school_year.to_string(), &school_year.to_string())
            } else {
                format!("{} (copy)", self.name)
            },
        )
        .0;
        copy.school_year = school_year;
        copy.created = now;
        copy.updated = now;
        copy.last_exported = None;
        copy.unexported_since = Some(now);
        copy.meeting_date = None;
        copy.agreement.sign_off = None;
        copy.agreement.move_dates_a_year_on();
        copy.plan.move_a_year_on();
        copy.continuum.move_dates_a_year_on();
        copy.continuum.snapshots.clear();
        copy
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default()
    }

    fn details() -> PartnershipDetails {
        PartnershipDetails {
            school: "  Lincoln Elementary ".into(),
            school_year: SchoolYear::starting(2026),
            principal: "Maria Lopez".into(),
            coaches: vec!["Ana Diaz".into(), " ".into(), "Sam Lee".into()],
        }
    }

    #[test]
    fn starting_a_partnership_tidies_what_was_typed() {
        let p = Partnership::start(Id::new("p1"), details(), now());
        let p = p.as_ref().map_err(|e| e.to_string());
        assert_eq!(p.map(|p| p.name.as_str()), Ok("Lincoln Elementary 2026-27"));
        let p = Partnership::start(Id::new("p1"), details(), now()).ok();
        assert_eq!(p.as_ref().map(|p| p.coaches.len()), Some(2));
        assert_eq!(
            p.as_ref().map(|p| p.coaching_model),
            Some(CoachingModel::Blitz)
        );
        assert_eq!(
            p.map(|p| p.coach_names()),
            Some("Ana Diaz and Sam Lee".to_string())
        );
    }

    #[test]
    fn a_partnership_needs_a_school_and_a_year() {
        let mut d = details();
        d.school = " ".into();
        assert_eq!(
            Partnership::start(Id::new("p"), d, now()).err(),
            Some(DetailsProblem::NoSchool)
        );
        let mut d = details();
        d.school_year = None;
        assert_eq!(
            Partnership::start(Id::new("p"), d, now()).err(),
            Some(DetailsProblem::NoSchoolYear)
        );
    }

    #[test]
    fn the_name_follows_a_corrected_school_or_year_until_the_pair_renames_it() {
        let Ok(mut p) = Partnership::start(Id::new("p"), details(), now()) else {
            panic!("details are complete");
        };
        let year = p.school_year;
        p.set_school_year(year.next());
        assert_eq!(p.name, format!("{} {}", p.school, year.next()));
        p.set_school("Lincoln Middle");
        assert_eq!(p.name, format!("Lincoln Middle {}", year.next()));

        p.name = "Our writing partnership".into();
        p.set_school_year(year);
        p.set_school("Lincoln Elementary");
        assert_eq!(p.name, "Our writing partnership");
    }

    #[test]
    fn next_year_copy_moves_the_year_on_and_clears_the_signature() {
        let Ok(mut p) = Partnership::start(Id::new("p1"), details(), now()) else {
            panic!("details are complete");
        };
        p.agreement.sign_off = Some(crate::model::agreement::SignOff {
            principal: "Maria Lopez".into(),
            coach: "Ana Diaz".into(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 9, 1).unwrap_or_default(),
            fingerprint: String::new(),
        });
        p.agreement.focus.goal = "Writing".into();
        let copy = p.next_year_copy(Id::new("p2"), now());
        assert_eq!(copy.name, "Lincoln Elementary 2027-28");
        assert_eq!(copy.school_year.start(), 2027);
        assert_eq!(copy.agreement.sign_off, None);
        assert_eq!(copy.agreement.focus.goal, "Writing");
        assert_eq!(copy.id, Id::new("p2"));
    }

    #[test]
    fn a_copy_at_the_last_year_kept_says_it_is_a_copy_and_keeps_each_action_in_order() {
        use crate::model::plan::{SupportAction, Supporter, Target};
        let Ok(mut p) = Partnership::start(Id::new("p1"), details(), now()) else {
            panic!("details are complete");
        };
        let Some(last) = SchoolYear::starting(2199) else {
            panic!("2199-00 is the last year kept");
        };
        p.set_school_year(last);
        let mut action = SupportAction::planned(
            Id::new("a1"),
            "Model a lesson".into(),
            Target::WholeStaff,
            Supporter::Principal,
        );
        let on = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
        (action.starts, action.ends) = (on(2199, 6, 1), on(2200, 3, 1));
        p.plan.actions.push(action);
        let copy = p.next_year_copy(Id::new("p2"), now());
        assert_eq!(copy.school_year, last);
        assert_eq!(copy.name, format!("{} (copy)", p.name));
        let kept = &copy.plan.actions[0];
        assert_eq!((kept.starts, kept.ends), (on(2199, 6, 1), on(2200, 3, 1)));
    }

    #[test]
    fn next_year_copy_keeps_the_rhythm_of_the_year_a_year_on() {
        use crate::model::plan::{ActionStatus, SupportAction, Supporter, Target};
        let action = |id: &str| {
            SupportAction::planned(
                Id::new(id),
                "Model a lesson".into(),
                Target::WholeStaff,
                Supporter::Principal,
            )
        };
        let on = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
        let Ok(mut p) = Partnership::start(Id::new("p1"), details(), now()) else {
            panic!("details are complete");
        };
        p.agreement.focus.outcome_target_date = on(2027, 6, 15);
        p.agreement.first_indicator.check_dates = vec![on(2026, 10, 1), on(2028, 2, 29)]
            .into_iter()
            .flatten()
            .collect();
        p.agreement.review.dates = on(2027, 1, 20).into_iter().collect();
        let mut done = action("a1");
        done.starts = on(2026, 10, 5);
        done.ends = on(2026, 11, 2);
        done.status = ActionStatus::Done;
        let mut dropped = action("a2");
        dropped.status = ActionStatus::Dropped;
        p.plan.actions = vec![done, dropped];
        let mut teacher = crate::model::continuum::Teacher::new(Id::new("t1"), "Ann Able", "");
        teacher.goal_date = on(2027, 3, 15);
        p.continuum.teachers.push(teacher);
        p.continuum
            .band_goals
            .push(crate::model::continuum::BandGoal {
                id: Id::new("b1"),
                from: crate::model::Position::MIDDLE,
                to: crate::model::Position::MIDDLE,
                goal: "Move on".into(),
                target_date: on(2027, 6, 1),
            });
        p.plan.start_protocol(&Id::new("t1"));
        p.plan.protocols[0].knows_expectation = Some(crate::model::plan::Answer::No);
        p.plan.protocols[0].first_asked = on(2026, 10, 6);
        p.plan.protocols[0].principal_follow_up = "Talked in October".into();
        let copy = p.next_year_copy(Id::new("p2"), now());
        assert_eq!(copy.continuum.teachers[0].goal_date, on(2028, 3, 15));
        assert_eq!(copy.continuum.band_goals[0].target_date, on(2028, 6, 1));
        let asked = &copy.plan.protocols[0];
        assert_eq!((asked.knows_expectation, asked.first_asked), (None, None));
        assert_eq!(asked.principal_follow_up, "Talked in October");
        assert_eq!(copy.agreement.focus.outcome_target_date, on(2028, 6, 15));
        assert_eq!(
            copy.agreement.first_indicator.check_dates,
            vec![on(2027, 10, 1), on(2029, 2, 28)]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
        );
        assert_eq!(
            copy.agreement.review.dates,
            on(2028, 1, 20).into_iter().collect::<Vec<_>>()
        );
        let action = &copy.plan.actions[0];
        assert_eq!(
            (action.starts, action.ends),
            (on(2027, 10, 5), on(2027, 11, 2))
        );
        // This year's done work is next year's plan; what was dropped stays dropped.
        assert_eq!(action.status, ActionStatus::Planned);
        assert_eq!(copy.plan.actions[1].status, ActionStatus::Dropped);
    }
}
