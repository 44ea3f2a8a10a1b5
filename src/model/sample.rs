//! A worked example partnership, for practising and for workshops.

use super::agreement::{
    CoachRole, CoachStance, Commitment, FirstIndicator, Focus, ProtectedTime, Role,
};
use super::continuum::{BandGoal, Descriptors, Snapshot};
use super::plan::{ActionStatus, Answer, ClarityStep, Supporter, Target};
use super::{
    Agreement, Continuum, Id, Partnership, PartnershipDetails, Position, SchoolYear, Stage,
    SupportAction, SupportPlan, Teacher,
};
use chrono::{DateTime, Days, NaiveDate, Utc};

/// Teachers in the sample: name, assignment, position now, readiness stage.
const TEACHERS: [(&str, &str, u8, Stage); 10] = [
    ("Alex Rivera", "Grade 3", 9, Stage::Developing),
    ("Bea Chen", "Grade 4", 6, Stage::Started),
    ("Carl Okafor", "Grade 5", 5, Stage::GettingReady),
    ("Dana Smith", "Grade 2", 3, Stage::Unaware),
    ("Eli Novak", "Grade 1", 7, Stage::Started),
    ("Fay Haddad", "ELL specialist", 10, Stage::Developing),
    ("Gus Moreau", "Grade 5", 2, Stage::Unwilling),
    ("Hana Ito", "Grade 3", 5, Stage::GettingReady),
    ("Ivan Petrov", "Grade 4", 4, Stage::Unaware),
    ("Jo Mensah", "Kindergarten", 6, Stage::Started),
];

/// The rest of the sample school's staff, so every position and every stage has someone.
const MORE_TEACHERS: [(&str, &str, u8, Stage); 15] = [
    ("Kai Andersen", "Grade 1", 1, Stage::Unaware),
    ("Lena Fischer", "Grade 2", 11, Stage::Developing),
    ("Marco Bianchi", "Music", 3, Stage::Unwilling),
    ("Nia Okoye", "Grade 3", 8, Stage::Developing),
    ("Omar Farouk", "Grade 4", 7, Stage::Started),
    ("Priya Nair", "Grade 5", 6, Stage::GettingReady),
    ("Quinn Murphy", "Physical education", 2, Stage::Unaware),
    ("Rosa Delgado", "ELL specialist", 9, Stage::Developing),
    ("Sam Whitfield", "Grade 1", 4, Stage::GettingReady),
    ("Tara Singh", "Kindergarten", 5, Stage::Started),
    ("Umar Qureshi", "Grade 2", 6, Stage::Started),
    ("Vera Kowalski", "Art", 1, Stage::Unaware),
    ("Wes Turner", "Grade 4", 3, Stage::GettingReady),
    ("Xia Lin", "Special education", 8, Stage::Started),
    ("Yara Haddad", "Grade 3", 10, Stage::Developing),
];

fn date(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The sample partnership for the school year `year`, with the id `id`.
pub fn sample_partnership(id: Id, year: SchoolYear, now: DateTime<Utc>) -> Option<Partnership> {
    let details = PartnershipDetails {
        school: "Lincoln Elementary (sample)".into(),
        school_year: Some(year),
        principal: "Maria Lopez".into(),
        coaches: vec!["Ana Diaz".into()],
    };
    let mut p = Partnership::start(id, details, now).ok()?;
    let y = year.start();
    p.meeting_date = date(y, 9, 8);
    p.agreement = agreement(y);
    p.continuum = continuum(y);
    p.plan = plan(y);
    // Signed at the meeting, whatever day the sample is opened.
    let signed = date(y, 9, 8)?;
    p.sign_agreement("Maria Lopez", "Ana Diaz", signed, signed)
        .ok()?;
    Some(p)
}

/// The sample school the home screen opens: the worked example with a whole staff of 25,
/// a map from the start of the year to compare with, and a proposed plan under way.
pub fn sample_school(id: Id, year: SchoolYear, now: DateTime<Utc>) -> Option<Partnership> {
    let mut p = sample_partnership(id, year, now)?;
    let y = year.start();
    p.sample = true;
    let first = p.continuum.teachers.len();
    p.continuum.teachers.extend(staff(&MORE_TEACHERS, first, y));
    p.continuum.snapshots.push(start_of_year(&p.continuum, y)?);
    let coach = Supporter::Coach {
        coach: Id::new("coach-1"),
    };
    p.plan.propose(
        &p.continuum,
        &p.agreement.time_investment,
        std::slice::from_ref(&coach),
    );
    under_way(&mut p.plan, y);
    Some(p)
}

/// Where the staff stood in September: most a step or two lower, some a stage behind.
fn start_of_year(continuum: &Continuum, y: i32) -> Option<Snapshot> {
    let placements = continuum
        .placements()
        .into_iter()
        .enumerate()
        .map(|(i, mut placed)| {
            let back = u8::try_from(i % 3).unwrap_or(0);
            placed.position = placed
                .position
                .and_then(|p| Position::new(p.value().saturating_sub(back).max(1)));
            if i % 4 == 1 && placed.stage == Some(Stage::Started) {
                placed.stage = Some(Stage::GettingReady);
            }
            placed
        })
        .collect();
    Some(Snapshot {
        id: Id::new("snapshot-1"),
        taken_on: date(y, 9, 15)?,
        label: "Start of the year".into(),
        placements,
    })
}

/// Dates for every proposed action, the earliest done with what was seen, the next under
/// way, and both questions asked of the first unwilling teacher.
fn under_way(plan: &mut SupportPlan, y: i32) {
    let start = date(y, 10, 5);
    for (i, action) in plan.actions.iter_mut().enumerate() {
        let weeks = u64::try_from(i).unwrap_or(0) % 8;
        action.starts = action
            .starts
            .or_else(|| start?.checked_add_days(Days::new(weeks * 7)));
        action.ends = action
            .ends
            .or_else(|| action.starts?.checked_add_days(Days::new(42)));
        (action.status, action.evidence) = match i {
            0..=2 => (
                ActionStatus::Done,
                "Most teachers brought writing samples; two asked for a visit.".into(),
            ),
            3..=5 => (ActionStatus::InProgress, String::new()),
            _ => (ActionStatus::Planned, String::new()),
        };
    }
    if let Some(first) = plan.protocols.first_mut() {
        first.knows_expectation = Some(Answer::Yes);
        first.first_asked = date(y, 10, 6);
        first.plans_to_do_it = Some(Answer::Yes);
        first.second_asked = date(y, 10, 13);
    }
    if let Some(second) = plan.protocols.get_mut(1) {
        second.knows_expectation = Some(Answer::Unsure);
        second.first_asked = date(y, 10, 8);
        second.clarity_step = Some(ClarityStep::MeetTogether);
    }
}

fn agreement(y: i32) -> Agreement {
    let mut a = Agreement::starter();
    a.focus = Focus {
        goal: "Improve the writing of our English Language Learners".into(),
        student_outcome:
            "75% of ELL students score 3 or higher on the spring writing rubric (from 48%)".into(),
        outcome_target_date: date(y + 1, 5, 29),
    };
    a.first_indicator = FirstIndicator {
        practice: "Most teachers give specific, timely feedback on student writing every week"
            .into(),
        how_gathered: "Coach and principal look at a sample of marked writing in each class".into(),
        check_dates: [date(y, 11, 13), date(y + 1, 2, 5)]
            .into_iter()
            .flatten()
            .collect(),
    };
    for (share, (percent, serves)) in a.time_investment.iter_mut().zip([
        (20, "Shows feedback on writing in real lessons"),
        (20, "Plans writing lessons with feedback built in"),
        (30, "Sees feedback happen and talks it through"),
        (15, "Reads student writing together against the rubric"),
        (15, "Grade teams score writing together"),
        (0, ""),
    ]) {
        share.percent = percent;
        share.serves_focus = serves.into();
    }
    a.protected_time = ProtectedTime {
        not_pulled_into: "Covering classes, lunch duty, testing coordination".into(),
        exceptions_decided_by: "The principal, and only in an emergency".into(),
    };
    a.coach_role = CoachRole {
        stance: Some(CoachStance::Requesting),
        staff_description: "Ana will invite each of us to work on feedback in writing this year."
            .into(),
        coach_does_not: "Ana does not evaluate teachers or report on them.".into(),
        confidentiality: "We share which practices are growing, never judgements about a person."
            .into(),
    };
    a.expectations = super::agreement::SUGGESTED_COMMITMENTS
        .iter()
        .enumerate()
        .map(|(i, text)| Commitment {
            id: Id::new(format!("commitment-{}", i + 1)),
            text: (*text).into(),
            owner: "Maria Lopez".into(),
            due: date(y, 9, 30),
        })
        .collect();
    a.roles = vec![
        Role {
            id: Id::new("role-1"),
            who: "Principal".into(),
            responsibilities: "Sets expectations; observes writing lessons".into(),
        },
        Role {
            id: Id::new("role-2"),
            who: "Coach".into(),
            responsibilities: "Models, co-plans, observes with feedback".into(),
        },
        Role {
            id: Id::new("role-3"),
            who: "Grade-level PLC leads".into(),
            responsibilities: "Run monthly writing scoring".into(),
        },
    ];
    a.review.dates = [date(y, 12, 11), date(y + 1, 3, 12)]
        .into_iter()
        .flatten()
        .collect();
    a
}

/// Teachers from a table, numbered on from `first`, each aiming two places higher by May.
fn staff(table: &[(&str, &str, u8, Stage)], first: usize, y: i32) -> Vec<Teacher> {
    table
        .iter()
        .enumerate()
        .map(|(i, (name, assignment, position, stage))| Teacher {
            id: Id::new(format!("teacher-{}", first + i + 1)),
            name: (*name).into(),
            assignment: (*assignment).into(),
            position: Position::new(*position),
            goal_position: Position::new((*position + 2).min(Position::HIGHEST)),
            goal_date: date(y + 1, 5, 29),
            stage: Some(*stage),
            notes: String::new(),
        })
        .collect()
}

fn continuum(y: i32) -> Continuum {
    let teachers = staff(&TEACHERS, 0, y);
    Continuum {
        descriptors: Descriptors {
            practice: "Specific, timely feedback on student writing".into(),
            low: "Feedback is rare, late or only about spelling; ELL students rarely revise.".into(),
            middle: "Feedback is regular but general; some students act on it.".into(),
            high: "Specific feedback every week; students revise and can say what makes writing strong.".into(),
        },
        teachers,
        band_goals: [(5, 6, "Move to 7-8: weekly specific feedback"), (2, 3, "Move to 5: feedback on every piece")]
            .iter()
            .enumerate()
            .filter_map(|(i, (from, to, goal))| {
                Some(BandGoal {
                    id: Id::new(format!("band-{}", i + 1)),
                    from: Position::new(*from)?,
                    to: Position::new(*to)?,
                    goal: (*goal).into(),
                    target_date: date(y + 1, 3, 1),
                })
            })
            .collect(),
        snapshots: Vec::new(),
    }
}

fn plan(y: i32) -> SupportPlan {
    let action =
        |n: usize, what: &str, for_whom: Target, who: Supporter, how: &str| SupportAction {
            id: Id::new(format!("support-{n}")),
            what: what.into(),
            for_whom,
            who,
            how: how.into(),
            starts: date(y, 10, 1),
            ends: date(y, 12, 18),
            status: ActionStatus::Planned,
            evidence: String::new(),
            stage: None,
            coaching_action: None,
        };
    // The sample's one coach, as `Partnership::start` numbers them.
    let coach = || Supporter::Coach {
        coach: Id::new("coach-1"),
    };
    SupportPlan {
        actions: vec![
            action(
                1,
                "Look at writing from classrooms at 9-10",
                Target::Stage {
                    stage: Stage::Unaware,
                },
                coach(),
                "Grade team meeting with samples",
            ),
            action(
                2,
                "Set a start date and co-plan the first lesson",
                Target::Stage {
                    stage: Stage::GettingReady,
                },
                coach(),
                "One planning period each",
            ),
            action(
                3,
                "Notice and approve feedback attempts",
                Target::Stage {
                    stage: Stage::Started,
                },
                Supporter::Principal,
                "Short visits with a positive note",
            ),
            action(
                4,
                "Report the changes in student revisions",
                Target::Stage {
                    stage: Stage::Developing,
                },
                coach(),
                "Share student work at the PLC",
            ),
        ],
        protocols: Vec::new(),
        playbook: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Step;

    #[test]
    fn the_sample_is_a_full_worked_example() {
        let sample = sample_partnership(
            Id::new("s"),
            SchoolYear::starting(2026)
                .unwrap_or_else(|| SchoolYear::containing(NaiveDate::default())),
            DateTime::default(),
        );
        let Some(sample) = sample else {
            panic!("the sample builds")
        };
        assert_eq!(sample.continuum.teachers.len(), 10);
        assert_eq!(sample.agreement.total_percent(), 100);
        assert!(sample.progress(Step::Agreement).is_complete());
    }

    #[test]
    fn the_sample_school_has_someone_at_every_position_and_stage_and_a_plan_under_way() {
        let year = SchoolYear::starting(2026);
        let now = crate::model::test_support::now();
        let school = year.and_then(|y| sample_school(Id::new("s"), y, now));
        let Some(school) = school else {
            panic!("the sample school builds")
        };
        let s = school.summary(NaiveDate::default());
        assert!(school.sample);
        assert_eq!(school.continuum.teachers.len(), 25);
        assert!(s.at_position.iter().all(|n| *n > 0), "{:?}", s.at_position);
        assert!(s.at_stage[..5].iter().all(|n| *n > 0), "{:?}", s.at_stage);
        let done = school
            .plan
            .actions
            .iter()
            .filter(|a| a.status == ActionStatus::Done);
        assert_eq!(done.count(), 3);
        assert_eq!(school.plan.actions.len(), 16);
        assert_eq!(school.plan.protocols.len(), 2);
        assert_eq!(school.continuum.snapshots.len(), 1);
        assert!(matches!(
            school.signing(),
            crate::model::sign_off::Signing::Signed(_)
        ));
        assert_eq!(
            crate::format::validate::check_document(&crate::format::Document::new(
                crate::format::Scope::Partnership,
                vec![school],
                now,
            )),
            Ok(())
        );
    }
}
