//! The agreement's sections, which of them must be filled in before signing, and
//! signing itself: both names and a date, and a mark when it is edited afterwards.

use super::agreement::{SignOff, TimeBudget};
use super::fingerprint::fingerprint;
use super::limits::fit_text;
use super::text::is_filled;
use super::Partnership;
use chrono::NaiveDate;

/// The sections of the agreement step, in the order the screen shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AgreementSection {
    Basics,
    Focus,
    FirstIndicator,
    CoachTime,
    ProtectedTime,
    CoachRole,
    Expectations,
    Roles,
    Review,
    SignOff,
}

impl AgreementSection {
    pub const ALL: [AgreementSection; 10] = [
        AgreementSection::Basics,
        AgreementSection::Focus,
        AgreementSection::FirstIndicator,
        AgreementSection::CoachTime,
        AgreementSection::ProtectedTime,
        AgreementSection::CoachRole,
        AgreementSection::Expectations,
        AgreementSection::Roles,
        AgreementSection::Review,
        AgreementSection::SignOff,
    ];

    pub fn title(self) -> &'static str {
        match self {
            AgreementSection::Basics => "Partnership basics",
            AgreementSection::Focus => "Focus and student outcome",
            AgreementSection::FirstIndicator => "First indicator of progress",
            AgreementSection::CoachTime => "Coach time investment",
            AgreementSection::ProtectedTime => "Protected time",
            AgreementSection::CoachRole => "The coach's role, as staff will hear it",
            AgreementSection::Expectations => "How the principal sets expectations",
            AgreementSection::Roles => "Roles",
            AgreementSection::Review => "Review",
            AgreementSection::SignOff => "Sign-off",
        }
    }

    /// The id of the section on the page.
    pub fn anchor(self) -> &'static str {
        match self {
            AgreementSection::Basics => "basics",
            AgreementSection::Focus => "focus",
            AgreementSection::FirstIndicator => "first-indicator",
            AgreementSection::CoachTime => "coach-time",
            AgreementSection::ProtectedTime => "protected-time",
            AgreementSection::CoachRole => "coach-role",
            AgreementSection::Expectations => "expectations",
            AgreementSection::Roles => "roles",
            AgreementSection::Review => "review",
            AgreementSection::SignOff => "sign-off",
        }
    }

    /// The sections an agreement cannot be signed without.
    pub fn is_essential(self) -> bool {
        matches!(
            self,
            AgreementSection::Basics
                | AgreementSection::Focus
                | AgreementSection::FirstIndicator
                | AgreementSection::CoachTime
                | AgreementSection::ProtectedTime
                | AgreementSection::CoachRole
        )
    }
}

/// Marks a fingerprint of the named, space-folded fields.
const SIGNED_V2: &str = "v2-";

/// The signed fields as lines of text; a row whose every text is blank is left out, so
/// an empty row added and removed again is no amendment.
#[derive(Default)]
struct SignedText(String);

impl SignedText {
    fn add(&mut self, parts: &[&str]) {
        let [label, values @ ..] = parts else {
            return;
        };
        if values.len() > 1
            && values
                .iter()
                .all(|v| v.trim().is_empty() || v.parse::<u8>().is_ok_and(|n| n == 0))
        {
            return;
        }
        self.0.push_str(label);
        for value in values {
            self.0.push('\u{1f}');
            self.0
                .extend(value.split_whitespace().flat_map(|w| [w, " "]));
        }
        self.0.push('\n');
    }
}

fn day(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// Where the signature stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Signing {
    NotSigned,
    Signed(SignOff),
    /// Signed, then edited: the agreement differs from what was signed.
    AmendedSince(SignOff),
}

/// Why the agreement could not be signed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignProblem {
    Missing(Vec<AgreementSection>),
    NoNames,
    /// A signature records the day both agreed, so it cannot be a day still to come.
    DateAhead(NaiveDate),
}

impl std::fmt::Display for SignProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SignProblem::Missing(sections) => {
                let names: Vec<&str> = sections.iter().map(|s| s.title()).collect();
                write!(
                    f,
                    "Fill in these sections before signing: {}.",
                    names.join(", ")
                )
            }
            SignProblem::NoNames => {
                f.write_str("Both the principal and the coach write their names to sign.")
            }
            SignProblem::DateAhead(today) => write!(
                f,
                "The date agreed cannot be after today, {}. Choose the day you both agreed.",
                super::day::long(*today)
            ),
        }
    }
}

impl Partnership {
    pub fn is_section_complete(&self, section: AgreementSection) -> bool {
        let a = &self.agreement;
        match section {
            AgreementSection::Basics => {
                is_filled(&self.school)
                    && is_filled(&self.principal)
                    && self.coaches.iter().any(|c| is_filled(&c.name))
            }
            AgreementSection::Focus => {
                is_filled(&a.focus.goal) && is_filled(&a.focus.student_outcome)
            }
            AgreementSection::FirstIndicator => {
                is_filled(&a.first_indicator.practice)
                    && is_filled(&a.first_indicator.how_gathered)
                    && !a.first_indicator.check_dates.is_empty()
            }
            AgreementSection::CoachTime => {
                a.time_budget() == TimeBudget::Whole
                    && !a.time_investment.iter().any(|s| s.is_busy_work_risk())
            }
            AgreementSection::ProtectedTime => is_filled(&a.protected_time.not_pulled_into),
            AgreementSection::CoachRole => {
                a.coach_role.stance.is_some() && is_filled(&a.coach_role.staff_description)
            }
            AgreementSection::Expectations => a
                .expectations
                .iter()
                .any(|c| is_filled(&c.text) && is_filled(&c.owner)),
            AgreementSection::Roles => a
                .roles
                .iter()
                .any(|r| is_filled(&r.who) && is_filled(&r.responsibilities)),
            AgreementSection::Review => !a.review.dates.is_empty(),
            AgreementSection::SignOff => matches!(self.signing(), Signing::Signed(_)),
        }
    }

    /// What is still missing in a section, field by field, in the words of its labels.
    pub fn missing_in(&self, section: AgreementSection) -> Vec<String> {
        let a = &self.agreement;
        let wanted = |missing: bool, what: &str| missing.then(|| what.to_string());
        let found: Vec<Option<String>> = match section {
            AgreementSection::Basics => vec![
                wanted(!is_filled(&self.school), "the school"),
                wanted(!is_filled(&self.principal), "the principal's name"),
                wanted(
                    !self.coaches.iter().any(|c| is_filled(&c.name)),
                    "a coach's name",
                ),
            ],
            AgreementSection::Focus => vec![
                wanted(!is_filled(&a.focus.goal), "the improvement-plan goal"),
                wanted(
                    !is_filled(&a.focus.student_outcome),
                    "the desired student outcome",
                ),
            ],
            AgreementSection::FirstIndicator => vec![
                wanted(
                    !is_filled(&a.first_indicator.practice),
                    "the teacher practice you expect to see first",
                ),
                wanted(
                    !is_filled(&a.first_indicator.how_gathered),
                    "how you will gather the evidence",
                ),
                wanted(
                    a.first_indicator.check_dates.is_empty(),
                    "a date to check it",
                ),
            ],
            AgreementSection::CoachTime => vec![
                match a.time_budget() {
                    TimeBudget::Whole => None,
                    TimeBudget::Unplanned(n) => {
                        Some(format!("shares that add up to 100% ({n}% not yet given)"))
                    }
                    TimeBudget::Over(n) => {
                        Some(format!("shares that add up to 100% ({n}% too many)"))
                    }
                },
                // Named, so the pair knows which row lacks it.
                {
                    let lacking: Vec<String> = a
                        .time_investment
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| s.is_busy_work_risk())
                        .map(|(i, s)| match s.action.trim() {
                            "" => format!("the coaching action in row {}", i + 1),
                            action => format!("“{action}”"),
                        })
                        .collect();
                    match lacking.as_slice() {
                        [] => None,
                        [one] => Some(format!("how {one} serves the focus")),
                        [first @ .., last] => Some(format!(
                            "how {} and {last} serve the focus",
                            first.join(", ")
                        )),
                    }
                },
            ],
            AgreementSection::ProtectedTime => vec![wanted(
                !is_filled(&a.protected_time.not_pulled_into),
                "what the coach is not pulled into",
            )],
            AgreementSection::CoachRole => vec![
                wanted(
                    a.coach_role.stance.is_none(),
                    "how the coach works with teachers",
                ),
                wanted(
                    !is_filled(&a.coach_role.staff_description),
                    "what you will tell staff",
                ),
            ],
            AgreementSection::Expectations => vec![wanted(
                !self.is_section_complete(section),
                "a commitment with an owner",
            )],
            AgreementSection::Roles => vec![wanted(
                !self.is_section_complete(section),
                "a role with what they do",
            )],
            AgreementSection::Review => vec![wanted(a.review.dates.is_empty(), "a review date")],
            AgreementSection::SignOff => vec![wanted(
                !self.is_section_complete(section),
                "both names and the date",
            )],
        };
        found.into_iter().flatten().collect()
    }

    pub fn agreement_checks(&self) -> Vec<(&'static str, bool)> {
        AgreementSection::ALL
            .iter()
            .map(|s| (s.title(), self.is_section_complete(*s)))
            .collect()
    }

    /// The essential sections not yet filled in, in page order.
    pub fn missing_essentials(&self) -> Vec<AgreementSection> {
        AgreementSection::ALL
            .into_iter()
            .filter(|s| s.is_essential() && !self.is_section_complete(*s))
            .collect()
    }

    /// A fingerprint of everything the signature covers: the agreement and its basics,
    /// field by field, with runs of spaces folded. Naming each field keeps a signature
    /// valid when the model gains one; folding spaces keeps it when only spacing changes.
    fn signed_content(&self) -> String {
        format!("{SIGNED_V2}{}", fingerprint(&self.signed_text()))
    }

    fn signed_text(&self) -> String {
        let a = &self.agreement;
        let mut out = SignedText::default();
        out.add(&["school", &self.school]);
        out.add(&["year", &self.school_year.to_string()]);
        out.add(&["principal", &self.principal]);
        for coach in &self.coaches {
            out.add(&["coach", &coach.name]);
        }
        out.add(&[
            "model",
            match self.coaching_model {
                super::CoachingModel::Embedded => "embedded",
                super::CoachingModel::Blitz => "blitz",
            },
        ]);
        out.add(&["meeting", &day(self.meeting_date)]);
        out.add(&["goal", &a.focus.goal]);
        out.add(&["outcome", &a.focus.student_outcome]);
        out.add(&["outcome by", &day(a.focus.outcome_target_date)]);
        out.add(&["practice", &a.first_indicator.practice]);
        out.add(&["gathered", &a.first_indicator.how_gathered]);
        for date in &a.first_indicator.check_dates {
            out.add(&["check", &date.to_string()]);
        }
        for share in &a.time_investment {
            out.add(&[
                "time",
                &share.action,
                &share.percent.to_string(),
                &share.serves_focus,
            ]);
        }
        out.add(&["not pulled into", &a.protected_time.not_pulled_into]);
        out.add(&["exceptions", &a.protected_time.exceptions_decided_by]);
        out.add(&[
            "stance",
            match a.coach_role.stance {
                None => "",
                Some(super::agreement::CoachStance::Available) => "available",
                Some(super::agreement::CoachStance::Requesting) => "requesting",
            },
        ]);
        out.add(&["staff hear", &a.coach_role.staff_description]);
        out.add(&["does not", &a.coach_role.coach_does_not]);
        out.add(&["confidentiality", &a.coach_role.confidentiality]);
        for c in &a.expectations {
            out.add(&["expectation", &c.text, &c.owner, &day(c.due)]);
        }
        for r in &a.roles {
            out.add(&["role", &r.who, &r.responsibilities]);
        }
        for date in &a.review.dates {
            out.add(&["review", &date.to_string()]);
        }
        for t in a.review.triggers.iter().filter(|t| t.selected) {
            out.add(&["trigger", &t.label]);
        }
        out.0
    }

    /// The fingerprint signatures made before version 2 carry: the serialised structs.
    fn legacy_signed_content(&self) -> String {
        let mut agreement = self.agreement.clone();
        agreement.sign_off = None;
        let basics = (
            &self.school,
            self.school_year,
            &self.principal,
            &self.coaches,
            self.coaching_model,
            self.meeting_date,
        );
        // Serialising plain data cannot fail; an empty text would only mark it amended.
        fingerprint(&serde_json::to_string(&(basics, agreement)).unwrap_or_default())
    }

    /// Brings the signature's fingerprint up to date with the agreement as it is, for a
    /// copy whose only changes are not amendments (an anonymised copy's codes).
    pub fn reseal_signature(&mut self) {
        let content = self.signed_content();
        if let Some(sign_off) = &mut self.agreement.sign_off {
            sign_off.fingerprint = content;
        }
    }

    /// Whether the agreement is still what was signed.
    fn matches_signature(&self, sign_off: &SignOff) -> bool {
        if sign_off.fingerprint.starts_with(SIGNED_V2) {
            sign_off.fingerprint == self.signed_content()
        } else {
            sign_off.fingerprint == self.legacy_signed_content()
        }
    }

    pub fn signing(&self) -> Signing {
        match &self.agreement.sign_off {
            None => Signing::NotSigned,
            Some(sign_off) if self.matches_signature(sign_off) => Signing::Signed(sign_off.clone()),
            Some(sign_off) => Signing::AmendedSince(sign_off.clone()),
        }
    }

    /// Signs (or signs again) the agreement as it stands now, on `date`, no later than
    /// `today`.
    pub fn sign_agreement(
        &mut self,
        principal: &str,
        coach: &str,
        date: NaiveDate,
        today: NaiveDate,
    ) -> Result<(), SignProblem> {
        let missing = self.missing_essentials();
        if !missing.is_empty() {
            return Err(SignProblem::Missing(missing));
        }
        if !is_filled(principal) || !is_filled(coach) {
            return Err(SignProblem::NoNames);
        }
        if date > today {
            return Err(SignProblem::DateAhead(today));
        }
        self.agreement.sign_off = Some(SignOff {
            principal: fit_text(principal.trim().to_string()).0,
            coach: fit_text(coach.trim().to_string()).0,
            date,
            fingerprint: self.signed_content(),
        });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_missing_is_named_field_by_field() {
        let mut p = crate::model::test_support::sample();
        assert!(AgreementSection::ALL
            .iter()
            .all(|s| p.missing_in(*s).is_empty() || *s == AgreementSection::SignOff));
        p.agreement.first_indicator.check_dates.clear();
        p.agreement.time_investment[0].percent = 10;
        assert_eq!(
            p.missing_in(AgreementSection::FirstIndicator),
            vec!["a date to check it"]
        );
        assert_eq!(
            p.missing_in(AgreementSection::CoachTime),
            vec!["shares that add up to 100% (10% not yet given)"]
        );
        for section in AgreementSection::ALL {
            assert_eq!(
                p.missing_in(section).is_empty(),
                p.is_section_complete(section),
                "{section:?}"
            );
        }
    }
    use crate::model::test_support::sample;
    use crate::model::{Id, PartnershipDetails, SchoolYear};

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 9, 8).unwrap_or_default()
    }

    #[test]
    fn a_new_agreement_cannot_be_signed_and_says_what_is_missing() {
        let details = PartnershipDetails {
            school: "Lincoln".into(),
            school_year: SchoolYear::starting(2026),
            principal: "Maria".into(),
            coaches: vec!["Ana".into()],
        };
        let Ok(mut p) =
            Partnership::start(Id::new("p"), details, crate::model::test_support::now())
        else {
            panic!("details are complete");
        };
        let missing = vec![
            AgreementSection::Focus,
            AgreementSection::FirstIndicator,
            AgreementSection::CoachTime,
            AgreementSection::ProtectedTime,
            AgreementSection::CoachRole,
        ];
        assert_eq!(p.missing_essentials(), missing);
        assert_eq!(
            p.sign_agreement("Maria", "Ana", day(), day()),
            Err(SignProblem::Missing(missing))
        );
        assert_eq!(p.signing(), Signing::NotSigned);
    }

    #[test]
    fn signing_needs_both_names() {
        let mut p = sample();
        assert_eq!(
            p.sign_agreement("Maria Lopez", " ", day(), day()),
            Err(SignProblem::NoNames)
        );
    }

    #[test]
    fn a_signature_cannot_be_dated_after_today() {
        let mut p = sample();
        let before = p.signing();
        let tomorrow = day().succ_opt().unwrap_or_default();
        assert_eq!(
            p.sign_agreement("Maria Lopez", "Ana Diaz", tomorrow, day()),
            Err(SignProblem::DateAhead(day()))
        );
        assert_eq!(p.signing(), before);
        assert!(SignProblem::DateAhead(day())
            .to_string()
            .contains("cannot be after today"));
        assert_eq!(
            p.sign_agreement("Maria Lopez", "Ana Diaz", day(), day()),
            Ok(())
        );
    }

    #[test]
    fn an_edit_after_signing_shows_as_amended_until_signed_again() {
        let mut p = sample();
        assert_eq!(
            p.sign_agreement("Maria Lopez", "Ana Diaz", day(), day()),
            Ok(())
        );
        assert!(matches!(p.signing(), Signing::Signed(_)));
        assert!(p.is_section_complete(AgreementSection::SignOff));

        p.agreement
            .protected_time
            .not_pulled_into
            .push_str(", bus duty");
        assert!(matches!(p.signing(), Signing::AmendedSince(ref s) if s.date == day()));
        assert!(!p.is_section_complete(AgreementSection::SignOff));

        let later = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap_or_default();
        assert_eq!(
            p.sign_agreement("Maria Lopez", "Ana Diaz", later, later),
            Ok(())
        );
        assert!(matches!(p.signing(), Signing::Signed(ref s) if s.date == later));
    }

    #[test]
    fn undoing_an_edit_brings_back_the_signed_state_and_basics_count_too() {
        let mut p = sample();
        assert_eq!(
            p.sign_agreement("Maria Lopez", "Ana Diaz", day(), day()),
            Ok(())
        );
        let principal = p.principal.clone();
        p.principal = "Someone new".into();
        assert!(matches!(p.signing(), Signing::AmendedSince(_)));
        p.principal = principal;
        assert!(matches!(p.signing(), Signing::Signed(_)));
    }

    #[test]
    fn spacing_alone_is_no_amendment_and_old_signatures_still_hold() {
        let mut p = sample();
        assert_eq!(
            p.sign_agreement("Maria Lopez", "Ana Diaz", day(), day()),
            Ok(())
        );
        p.agreement.focus.goal = format!("  {}  ", p.agreement.focus.goal.replace(' ', "   "));
        assert!(matches!(p.signing(), Signing::Signed(_)));
        p.agreement.focus.goal.push_str(" more");
        assert!(matches!(p.signing(), Signing::AmendedSince(_)));

        let mut old = sample();
        let legacy = old.legacy_signed_content();
        old.agreement.sign_off = Some(SignOff {
            principal: "Maria Lopez".into(),
            coach: "Ana Diaz".into(),
            date: day(),
            fingerprint: legacy,
        });
        assert!(matches!(old.signing(), Signing::Signed(_)));
    }

    #[test]
    fn coach_time_with_busy_work_is_not_complete() {
        let mut p = sample();
        assert!(p.is_section_complete(AgreementSection::CoachTime));
        p.agreement.time_investment[0].serves_focus.clear();
        assert!(!p.is_section_complete(AgreementSection::CoachTime));
        let action = p.agreement.time_investment[0].action.clone();
        assert!(p
            .missing_in(AgreementSection::CoachTime)
            .iter()
            .any(|n| n.contains(&format!("how “{action}” serves the focus"))));
    }
}
