//! The file format through the library's public API: released versions, refused files.

#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, NaiveDate, Utc};
use partnership_planner::format::import::{ImportMode, ImportPreview, ImportUndo};
use partnership_planner::format::{read, write, Document, FileProblem, Scope, FORMAT_VERSION};
use partnership_planner::model::agreement::{
    CoachRole, CoachStance, Commitment, FirstIndicator, Focus, ProtectedTime, Review,
    ReviewTrigger, Role, SignOff, TimeShare,
};
use partnership_planner::model::continuum::{BandGoal, Descriptors, Placement, Snapshot};
use partnership_planner::model::plan::{
    ActionStatus, Answer, ClarityStep, Play, Supporter, Target, UnwillingProtocol,
};
use partnership_planner::model::sample::sample_partnership;
use partnership_planner::model::{
    Agreement, Coach, CoachingModel, Continuum, Id, Partnership, Position, SchoolYear, Stage,
    SupportAction, SupportPlan, Teacher, Workspace,
};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn sample_workspace() -> Workspace {
    let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
    let year = SchoolYear::starting(2026).expect("2026 is a school year");
    let partnerships = ["p-0a1b2c3d4e5f6071", "p-8192a3b4c5d6e7f8"]
        .iter()
        .map(|id| sample_partnership(Id::new(*id), year, now).expect("the sample builds"))
        .collect();
    Workspace { partnerships }
}

fn read_text(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a real day")
}

fn at(moment: &str) -> DateTime<Utc> {
    moment.parse().expect("an RFC 3339 moment")
}

fn position(value: u8) -> Position {
    Position::new(value).expect("1-11")
}

// A partnership with every field set --------------------------------------------------

fn teacher(
    n: u8,
    name: &str,
    assignment: &str,
    positions: Option<(u8, u8)>,
    stage: Option<Stage>,
) -> Teacher {
    Teacher {
        id: Id::new(format!("teacher-{n}")),
        name: name.into(),
        assignment: assignment.into(),
        position: positions.map(|(now, _)| position(now)),
        goal_position: positions.map(|(_, goal)| position(goal)),
        goal_date: positions.map(|_| day(2027, 5, 28)),
        stage,
        notes: String::new(),
    }
}

fn every_field_continuum() -> Continuum {
    let mut teachers = vec![
        teacher(
            1,
            "Alex Rivera",
            "Grade 3",
            Some((9, 11)),
            Some(Stage::Developing),
        ),
        teacher(2, "Bea Chen", "Grade 4", Some((6, 8)), Some(Stage::Started)),
        teacher(
            3,
            "Carl Okafor",
            "Grade 5",
            Some((5, 7)),
            Some(Stage::GettingReady),
        ),
        teacher(
            4,
            "Dana Smith",
            "Grade 2",
            Some((1, 3)),
            Some(Stage::Unaware),
        ),
        teacher(
            5,
            "Gus Moreau",
            "Grade 5",
            Some((2, 4)),
            Some(Stage::Unwilling),
        ),
        teacher(
            6,
            "Ivan Petrov",
            "Grade 4",
            Some((4, 5)),
            Some(Stage::Unwilling),
        ),
        teacher(7, "Zoë Ångström", "", None, None),
    ];
    teachers[0].notes =
        "Prefers mornings.\nSays \"not this year\"\t— ask again in spring 🌱 (C:\\plans)".into();
    Continuum {
        descriptors: Descriptors {
            practice: String::new(),
            low: "Feedback is rare, late or only about spelling.".into(),
            middle: "Feedback is regular but general.".into(),
            high: "Specific feedback every week; students revise.".into(),
        },
        teachers,
        band_goals: vec![
            BandGoal {
                id: Id::new("band-1"),
                from: position(5),
                to: position(6),
                goal: "Move to 7-8: weekly specific feedback".into(),
                target_date: Some(day(2027, 3, 1)),
            },
            BandGoal {
                id: Id::new("band-2"),
                from: position(11),
                to: position(11),
                goal: "Share their practice with the PLC".into(),
                target_date: None,
            },
        ],
        snapshots: vec![Snapshot {
            id: Id::new("snapshot-1"),
            taken_on: day(2026, 9, 15),
            label: "September baseline".into(),
            placements: vec![
                Placement {
                    teacher: Id::new("teacher-1"),
                    position: Some(position(8)),
                    stage: Some(Stage::Started),
                },
                Placement {
                    teacher: Id::new("teacher-7"),
                    position: None,
                    stage: None,
                },
            ],
        }],
    }
}

fn every_field_agreement() -> Agreement {
    let share = |n: u8, action: &str, percent: u8, serves_focus: &str| TimeShare {
        id: Id::new(format!("action-{n}")),
        action: action.into(),
        percent,
        serves_focus: serves_focus.into(),
    };
    Agreement {
        focus: Focus {
            goal: "Improve the writing of our English Language Learners".into(),
            student_outcome: "75% of ELL students score 3 or higher on the spring rubric".into(),
            outcome_target_date: Some(day(2027, 5, 28)),
        },
        first_indicator: FirstIndicator {
            practice: "Teachers give specific, timely feedback on writing every week".into(),
            how_gathered: "Coach and principal look at marked writing in each class".into(),
            check_dates: vec![day(2026, 11, 13), day(2027, 2, 5)],
        },
        time_investment: vec![
            share(1, "Observation with feedback", 70, "Sees feedback happen"),
            share(2, "Co-planning", 30, "Plans lessons with feedback built in"),
            share(3, "Workshops", 0, ""),
        ],
        protected_time: ProtectedTime {
            not_pulled_into: "Covering classes, lunch duty".into(),
            exceptions_decided_by: "The principal, in an emergency".into(),
        },
        coach_role: CoachRole {
            stance: Some(CoachStance::Requesting),
            staff_description: "Ana and Sam will invite each of us to work on feedback.".into(),
            coach_does_not: "The coaches do not evaluate teachers.".into(),
            confidentiality: "We share which practices grow, never judgements.".into(),
        },
        expectations: vec![
            Commitment {
                id: Id::new("commitment-1"),
                text: "Ask what came of each teacher's talk with the coach".into(),
                owner: "Maria Lopez".into(),
                due: Some(day(2026, 9, 30)),
            },
            Commitment {
                id: Id::new("commitment-2"),
                text: "Build coach input into growth plans".into(),
                owner: "".into(),
                due: None,
            },
        ],
        roles: vec![
            Role {
                id: Id::new("role-1"),
                who: "Principal".into(),
                responsibilities: "Sets expectations; observes writing lessons".into(),
            },
            Role {
                id: Id::new("role-2"),
                who: "Coaches".into(),
                responsibilities: "Model, co-plan, observe with feedback".into(),
            },
        ],
        review: Review {
            dates: vec![day(2026, 12, 11), day(2027, 3, 12)],
            triggers: vec![
                ReviewTrigger {
                    id: Id::new("trigger-1"),
                    label: "A new principal or coach".into(),
                    selected: true,
                },
                ReviewTrigger {
                    id: Id::new("trigger-2"),
                    label: "The first indicator is not moving at a check date".into(),
                    selected: false,
                },
            ],
        },
        sign_off: Some(SignOff {
            principal: "Maria Lopez".into(),
            coach: "Ana Diaz".into(),
            date: day(2026, 9, 8),
            fingerprint: "v2-0123456789abcdef".into(),
        }),
    }
}

fn every_field_plan() -> SupportPlan {
    let action = |n: u8,
                  for_whom: Target,
                  who: Supporter,
                  (starts, ends): (Option<NaiveDate>, Option<NaiveDate>),
                  status: ActionStatus| SupportAction {
        id: Id::new(format!("support-{n}")),
        what: format!("Support {n}"),
        for_whom,
        who,
        how: "In a planning period".into(),
        starts,
        ends,
        status,
        evidence: if status == ActionStatus::Done {
            "Revisions in every notebook".into()
        } else {
            String::new()
        },
        stage: None,
        coaching_action: None,
    };
    let teacher = |n: u8| Id::new(format!("teacher-{n}"));
    SupportPlan {
        actions: vec![
            SupportAction {
                stage: Some(Stage::GettingReady),
                coaching_action: Some(Id::new("action-2")),
                ..action(
                    1,
                    Target::Teacher {
                        teacher: teacher(3),
                    },
                    Supporter::Coach {
                        coach: Id::new("coach-1"),
                    },
                    (Some(day(2026, 10, 1)), Some(day(2026, 12, 18))),
                    ActionStatus::Planned,
                )
            },
            action(
                2,
                Target::Stage {
                    stage: Stage::Unaware,
                },
                Supporter::Principal,
                (Some(day(2026, 10, 5)), Some(day(2026, 10, 5))),
                ActionStatus::InProgress,
            ),
            action(
                3,
                Target::Band {
                    from: position(5),
                    to: position(6),
                },
                Supporter::LeadTeacher {
                    name: "Jo Mensah".into(),
                },
                (Some(day(2026, 9, 14)), Some(day(2027, 6, 25))),
                ActionStatus::Done,
            ),
            action(
                4,
                Target::Group {
                    name: "Grade 5 team".into(),
                },
                Supporter::Plc {
                    name: "Grade 5 PLC".into(),
                },
                (Some(day(2027, 1, 11)), None),
                ActionStatus::Dropped,
            ),
            action(
                5,
                Target::WholeStaff,
                Supporter::Other {
                    name: "District writing consultant".into(),
                },
                (None, None),
                ActionStatus::Planned,
            ),
        ],
        protocols: vec![
            UnwillingProtocol {
                teacher: teacher(5),
                knows_expectation: Some(Answer::Unsure),
                first_asked: Some(day(2026, 10, 6)),
                clarity_step: Some(ClarityStep::MeetTogether),
                plans_to_do_it: Some(Answer::Yes),
                second_asked: Some(day(2026, 10, 20)),
                principal_follow_up: "Check in after the first co-planned lesson".into(),
            },
            UnwillingProtocol {
                teacher: teacher(6),
                knows_expectation: Some(Answer::No),
                first_asked: None,
                clarity_step: Some(ClarityStep::TeacherConfersWithPrincipal),
                plans_to_do_it: None,
                second_asked: None,
                principal_follow_up: String::new(),
            },
        ],
        playbook: Some(vec![
            Play {
                id: Id::new("play-1"),
                stage: Stage::Unaware,
                what: "Visit a classroom where feedback works".into(),
            },
            Play {
                id: Id::new("play-2"),
                stage: Stage::GettingReady,
                what: "Agree a start date at the grade meeting".into(),
            },
        ]),
    }
}

/// A partnership with every type and field of the model set, and every variant of the
/// plan's enums used; the second holds the other variants and the emptiest values the
/// reader takes. Built by hand, so the golden file changes only when the writer does.
fn every_field_partnerships() -> Vec<Partnership> {
    let full = Partnership {
        id: Id::new("p-0123456789abcdef"),
        name: "Lincoln Elementary 2026-27".into(),
        school: "Lincoln Elementary".into(),
        school_year: SchoolYear::starting(2026).expect("a school year"),
        principal: "Maria Lopez".into(),
        coaches: vec![
            Coach {
                id: Id::new("coach-1"),
                name: "Ana Diaz".into(),
            },
            Coach {
                id: Id::new("coach-2"),
                name: "Sam Lee".into(),
            },
        ],
        coaching_model: CoachingModel::Blitz,
        meeting_date: Some(day(2026, 9, 8)),
        created: at("2026-09-01T08:30:00Z"),
        updated: at("2026-11-24T16:05:42.318Z"),
        last_exported: Some(at("2026-11-20T12:00:00Z")),
        unexported_since: Some(at("2026-11-21T09:15:07.004Z")),
        agreement: every_field_agreement(),
        continuum: every_field_continuum(),
        plan: every_field_plan(),
        sample: false,
        anonymised: false,
    };
    let emptiest = Partnership {
        id: Id::new("p-fedcba9876543210"),
        name: "Maple School 2027-28".into(),
        school: "Maple School".into(),
        school_year: SchoolYear::starting(2027).expect("a school year"),
        principal: String::new(),
        coaches: Vec::new(),
        coaching_model: CoachingModel::Embedded,
        meeting_date: None,
        created: at("2027-07-01T00:00:00Z"),
        updated: at("2027-07-01T00:00:00Z"),
        last_exported: None,
        unexported_since: None,
        agreement: Agreement {
            coach_role: CoachRole {
                stance: Some(CoachStance::Available),
                ..CoachRole::default()
            },
            ..Agreement::default()
        },
        continuum: Continuum::default(),
        plan: SupportPlan::default(),
        sample: false,
        anonymised: false,
    };
    vec![full, emptiest]
}

// Released versions ---------------------------------------------------------------------

/// The documents whose files the current writer must write byte for byte, by file name.
fn golden_documents() -> Vec<(&'static str, Document)> {
    let released = |partnerships, saved_at| Document {
        app_version: "0.1.0".into(),
        ..Document::new(Scope::Workspace, partnerships, saved_at)
    };
    let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
    vec![
        (
            "workspace.json",
            released_sample().unwrap_or_else(|| released(sample_workspace().partnerships, now)),
        ),
        (
            "every-field.json",
            released(every_field_partnerships(), at("2026-11-24T16:06:00Z")),
        ),
    ]
}

/// The sample workspace as the latest version's release wrote it: the sample's wording
/// changes with the product, the released file does not. None before the release.
fn released_sample() -> Option<Document> {
    let path = version_folder(FORMAT_VERSION).join("workspace.json");
    let text = fs::read_to_string(&path).ok()?;
    Some(read(&text).unwrap_or_else(|e| panic!("{} does not read: {e}", path.display())))
}

fn version_folder(version: u32) -> PathBuf {
    fixtures().join(format!("v{version}"))
}

#[test]
fn every_released_format_version_reads_into_the_current_model() {
    let mut versions = 0;
    for entry in fs::read_dir(fixtures()).expect("fixtures folder") {
        let dir = entry.expect("fixture entry").path();
        let name = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if !name.starts_with('v') {
            continue;
        }
        versions += 1;
        for file in fs::read_dir(&dir).expect("version folder") {
            let file = file.expect("fixture file").path();
            let document = read(&read_text(&file))
                .unwrap_or_else(|e| panic!("{} does not read: {e}", file.display()));
            assert!(!document.partnerships.is_empty(), "{}", file.display());
            assert_eq!(document.version, FORMAT_VERSION);
        }
    }
    assert_eq!(versions as u32, FORMAT_VERSION);
}

/// A changed format must come with a new version, a migration and a new fixture folder;
/// this fails first when the shape of the data changes without one.
///
/// `WRITE_FIXTURES=1` writes the folder of a version that has none yet, and only that:
/// the files of a released version are never rewritten.
#[test]
fn the_current_writer_still_writes_the_latest_released_format() {
    let folder = version_folder(FORMAT_VERSION);
    let documents = golden_documents();
    let written: Vec<(&str, String)> = documents
        .iter()
        .map(|(name, document)| (*name, write(document)))
        .collect();
    if std::env::var_os("WRITE_FIXTURES").is_some() {
        start_version_folder(&folder, &written);
    }
    for ((name, text), (_, document)) in written.iter().zip(documents) {
        let path = folder.join(name);
        assert_eq!(text, &read_text(&path), "{}", path.display());
        assert_eq!(read(text), Ok(document), "{} reads back", path.display());
    }
}

/// Writes the golden files into the folder of a format version released for the first
/// time; refuses, writing nothing, when the folder exists.
fn start_version_folder(folder: &Path, files: &[(&str, String)]) {
    if let Err(e) = fs::create_dir(folder) {
        panic!(
            "WRITE_FIXTURES only starts the folder of a new format version, and {} cannot be \
             made ({e}). The files of a released version are never rewritten: a writer that \
             no longer writes them has changed the format, which needs FORMAT_VERSION bumped \
             past {FORMAT_VERSION} and a migration step; WRITE_FIXTURES=1 then writes the new \
             version's folder.",
            folder.display()
        );
    }
    for (name, text) in files {
        let path = folder.join(name);
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .and_then(|mut file| file.write_all(text.as_bytes()))
            .unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
    }
}

// Refused files -------------------------------------------------------------------------

/// What the app does with a file the person picks (`start_import`, then `finish_import`
/// with the preselected choice): read it against the workspace and, once it reads, apply
/// it, replacing the partnerships it matches.
fn import_as_the_app_does(
    text: &str,
    workspace: &mut Workspace,
) -> Result<ImportUndo, FileProblem> {
    let preview = ImportPreview::read(text, workspace)?;
    let mut made = 0;
    preview.apply(workspace, ImportMode::ReplaceMatching, || {
        made += 1;
        Id::new(format!("p-imported-{made}"))
    })
}

/// The sample workspace after edits made in this browser, so that any file the import
/// applies, even one made from the sample, leaves it different.
fn workspace_edited_here() -> Workspace {
    let mut workspace = sample_workspace();
    for partnership in &mut workspace.partnerships {
        partnership.name.push_str(" (edited here)");
    }
    workspace
}

#[test]
fn a_bad_file_offered_without_what_cannot_be_read_says_each_change_and_reads_back() {
    let bad = fixtures().join("bad");
    let mut offered = Vec::new();
    for entry in fs::read_dir(&bad).expect("bad folder").flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let text = read_text(&path);
        let Some((document, changes)) = partnership_planner::format::stored::mended(&text) else {
            continue;
        };
        let file = path.file_name().map(|n| n.to_string_lossy().into_owned());
        assert!(!changes.is_empty(), "{file:?} changed nothing");
        assert!(
            read(&write(&document)).is_ok(),
            "{file:?} does not read back"
        );
        offered.push(file.unwrap_or_default());
    }
    offered.sort();
    // Values a partnership can do without are mended; the envelope and identities are not.
    for file in [
        "position-twelve.json",
        "goal-date-words.json",
        "teacher-name-empty.json",
        "stage-unknown.json",
    ] {
        assert!(
            offered.iter().any(|o| o == file),
            "{file} is not offered: {offered:?}"
        );
    }
    for file in [
        "newer-version.json",
        "partnership-twice.json",
        "format-missing.json",
        "truncated.json",
    ] {
        assert!(!offered.iter().any(|o| o == file), "{file} is offered");
    }
}

#[test]
fn every_bad_file_is_refused_with_its_own_message_and_nothing_changes() {
    let before = workspace_edited_here();
    // A good file taken the same way does change the workspace: the check below would see it.
    let mut imported = before.clone();
    let good = read_text(&version_folder(1).join("workspace.json"));
    assert!(import_as_the_app_does(&good, &mut imported).is_ok());
    assert_ne!(imported, before);

    let bad = fixtures().join("bad");
    let expected = read_text(&bad.join("expected.tsv"));
    let mut checked = 0;
    for line in expected.lines().filter(|l| !l.trim().is_empty()) {
        let (file, message) = line.split_once('\t').expect("file<TAB>message");
        let mut workspace = before.clone();
        let result = import_as_the_app_does(&read_text(&bad.join(file)), &mut workspace);
        let got = result.err().map(|problem| problem.to_string());
        assert_eq!(got.as_deref(), Some(message), "{file}");
        assert_eq!(workspace, before, "{file} changed the workspace");
        checked += 1;
    }
    let files = fs::read_dir(&bad).expect("bad folder").filter(|e| {
        e.as_ref()
            .map(|e| e.path().extension().is_some_and(|x| x == "json"))
            .unwrap_or(false)
    });
    assert_eq!(
        files.count(),
        checked,
        "every bad file has a line in expected.tsv"
    );
    assert!(checked >= 40);
}
