//! Generated data: export then import gives back exactly the same partnership, and no
//! file, however mangled, makes the reader panic.
//!
//! The generators make every type and every field of a partnership, with values anywhere
//! in what the reader accepts (`model::limits` and `format::validate`), and nothing else.

#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use partnership_planner::format::anonymise::anonymise;
use partnership_planner::format::import::ImportPreview;
use partnership_planner::format::stored::{open, write_checked, Opened};
use partnership_planner::format::{read, read_noting, write, Document, Scope};
use partnership_planner::model::agreement::{
    CoachRole, CoachStance, Commitment, FirstIndicator, Focus, ProtectedTime, Review,
    ReviewTrigger, Role, SignOff, TimeShare,
};
use partnership_planner::model::continuum::{BandGoal, Descriptors, Placement, Snapshot};
use partnership_planner::model::ids::Keyed;
use partnership_planner::model::limits::{
    EARLIEST_YEAR, LATEST_YEAR, MAX_ID_CHARS, MAX_TEXT_CHARS,
};
use partnership_planner::model::plan::{
    ActionStatus, Answer, ClarityStep, Play, Supporter, Target, UnwillingProtocol,
};
use partnership_planner::model::sample::sample_partnership;
use partnership_planner::model::{
    Agreement, Coach, CoachingModel, Continuum, Id, Partnership, Position, SchoolYear, Stage,
    SupportAction, SupportPlan, Teacher, Workspace,
};
use proptest::collection::vec;
use proptest::option::of;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;
use std::collections::HashSet;
use std::fmt::Debug;
use std::ops::RangeInclusive;

fn base() -> Partnership {
    let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
    let year = SchoolYear::starting(2026).expect("a school year");
    sample_partnership(Id::new("p-base"), year, now).expect("the sample builds")
}

// Values --------------------------------------------------------------------------------

/// One of the given values, for the enums.
fn one_of<T: Clone + Debug + 'static>(values: &[T]) -> impl Strategy<Value = T> {
    select(values.to_vec())
}

/// Short text of any kind: none, words, or any characters at all.
fn short_text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "[a-zA-Z ,.'-]{1,40}", any::<String>(),]
}

/// What a text field may hold, now and then as long as the reader allows, in characters
/// that take more than one byte.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        40 => short_text(),
        1 => any::<char>().prop_map(|c| c.to_string().repeat(MAX_TEXT_CHARS)),
    ]
}

/// Text with something other than spaces in it, as the school and the name must have.
fn filled_text() -> impl Strategy<Value = String> {
    let mark = "\\S".prop_filter("not a space", |c: &String| !c.trim().is_empty());
    (short_text(), mark, text()).prop_map(|(before, mark, after)| {
        format!("{before}{mark}{after}")
            .chars()
            .take(MAX_TEXT_CHARS)
            .collect()
    })
}

fn id() -> impl Strategy<Value = Id> {
    proptest::string::string_regex(&format!("[A-Za-z0-9_-]{{1,{MAX_ID_CHARS}}}"))
        .expect("a valid pattern")
        .prop_map(Id::new)
}

/// Records of a list, none sharing an id with one before it.
fn keyed<T: Keyed + Debug>(
    record: impl Strategy<Value = T>,
    most: usize,
) -> impl Strategy<Value = Vec<T>> {
    vec(record, 0..=most).prop_map(|records| without_repeats(records, Keyed::key))
}

fn without_repeats<T>(records: Vec<T>, key: fn(&T) -> &Id) -> Vec<T> {
    let mut seen = HashSet::new();
    records
        .into_iter()
        .filter(|r| seen.insert(key(r).clone()))
        .collect()
}

/// The teacher a record is about: mostly one on the map, sometimes one since removed.
/// A teacher on the map, or one who has left it (as a snapshot may name).
fn teacher_ref(known: &[Id]) -> BoxedStrategy<Id> {
    if known.is_empty() {
        id().boxed()
    } else {
        prop_oneof![3 => select(known.to_vec()), 1 => id()].boxed()
    }
}

/// A teacher on the map, as the plan names them: the reader refuses anyone else.
fn on_the_map(known: &[Id]) -> BoxedStrategy<Id> {
    select(known.to_vec()).boxed()
}

fn days(first: NaiveDate, last: NaiveDate) -> RangeInclusive<i32> {
    first.num_days_from_ce()..=last.num_days_from_ce()
}

fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(EARLIEST_YEAR, 1, 1).expect("the first allowed day")
}

fn last_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(LATEST_YEAR, 12, 31).expect("the last allowed day")
}

/// Any day of the allowed years, 29 February included.
fn date() -> impl Strategy<Value = NaiveDate> {
    days(first_day(), last_day())
        .prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).expect("a day between two real days"))
}

/// Any moment of the allowed years, to the nanosecond.
fn time() -> impl Strategy<Value = DateTime<Utc>> {
    let seconds = |day: NaiveDate, end: bool| {
        let (h, m, s) = if end { (23, 59, 59) } else { (0, 0, 0) };
        let time = day.and_hms_opt(h, m, s).expect("a time of day");
        time.and_utc().timestamp()
    };
    (
        seconds(first_day(), false)..=seconds(last_day(), true),
        0u32..1_000_000_000,
    )
        .prop_map(|(s, n)| DateTime::from_timestamp(s, n).expect("within the allowed years"))
}

/// When something starts and ends: either may be unknown, and it never ends before it starts.
fn span() -> impl Strategy<Value = (Option<NaiveDate>, Option<NaiveDate>)> {
    let day = || proptest::option::weighted(0.8, date());
    prop_oneof![
        4 => (day(), day()).prop_map(|dates| match dates {
            (Some(a), Some(b)) => (Some(a.min(b)), Some(a.max(b))),
            either => either,
        }),
        1 => date().prop_map(|day| (Some(day), Some(day))),
    ]
}

/// Any school year the model allows to start, as its own rule says.
fn school_year() -> impl Strategy<Value = SchoolYear> {
    (EARLIEST_YEAR..=LATEST_YEAR).prop_filter_map("a school year", SchoolYear::starting)
}

fn position() -> impl Strategy<Value = Position> {
    (Position::LOWEST..=Position::HIGHEST).prop_map(|n| Position::new(n).expect("1-11"))
}

/// A band of positions, running upwards (or one position wide).
fn band() -> impl Strategy<Value = (Position, Position)> {
    (position(), position()).prop_map(|(a, b)| (a.min(b), a.max(b)))
}

fn stage() -> impl Strategy<Value = Stage> {
    one_of(&Stage::ALL)
}

// The agreement -------------------------------------------------------------------------

prop_compose! {
    fn focus()(goal in text(), student_outcome in text(), outcome_target_date in of(date()))
        -> Focus {
        Focus { goal, student_outcome, outcome_target_date }
    }
}

prop_compose! {
    fn first_indicator()(practice in text(), how_gathered in text(), check_dates in vec(date(), 0..4))
        -> FirstIndicator {
        FirstIndicator { practice, how_gathered, check_dates }
    }
}

prop_compose! {
    fn time_share()(id in id(), action in text(), percent in 0u8..=100, serves_focus in text())
        -> TimeShare {
        TimeShare { id, action, percent, serves_focus }
    }
}

prop_compose! {
    fn protected_time()(not_pulled_into in text(), exceptions_decided_by in text())
        -> ProtectedTime {
        ProtectedTime { not_pulled_into, exceptions_decided_by }
    }
}

prop_compose! {
    fn coach_role()(
        stance in of(one_of(&[CoachStance::Available, CoachStance::Requesting])),
        staff_description in text(),
        coach_does_not in text(),
        confidentiality in text(),
    ) -> CoachRole {
        CoachRole { stance, staff_description, coach_does_not, confidentiality }
    }
}

prop_compose! {
    fn commitment()(id in id(), text in text(), owner in text(), due in of(date())) -> Commitment {
        Commitment { id, text, owner, due }
    }
}

prop_compose! {
    fn role()(id in id(), who in text(), responsibilities in text()) -> Role {
        Role { id, who, responsibilities }
    }
}

prop_compose! {
    fn review_trigger()(id in id(), label in text(), selected in any::<bool>()) -> ReviewTrigger {
        ReviewTrigger { id, label, selected }
    }
}

prop_compose! {
    fn review()(dates in vec(date(), 0..4), triggers in keyed(review_trigger(), 4)) -> Review {
        Review { dates, triggers }
    }
}

prop_compose! {
    fn sign_off()(principal in text(), coach in text(), date in date(), fingerprint in text())
        -> SignOff {
        SignOff { principal, coach, date, fingerprint }
    }
}

prop_compose! {
    fn agreement()(
        focus in focus(),
        first_indicator in first_indicator(),
        time_investment in keyed(time_share(), 6),
        protected_time in protected_time(),
        coach_role in coach_role(),
        expectations in keyed(commitment(), 3),
        roles in keyed(role(), 3),
        review in review(),
        sign_off in of(sign_off()),
    ) -> Agreement {
        Agreement {
            focus,
            first_indicator,
            time_investment,
            protected_time,
            coach_role,
            expectations,
            roles,
            review,
            sign_off,
        }
    }
}

// The continuum map ---------------------------------------------------------------------

prop_compose! {
    fn descriptors()(practice in text(), low in text(), middle in text(), high in text()) -> Descriptors {
        Descriptors { practice, low, middle, high }
    }
}

prop_compose! {
    fn teacher()(
        id in id(),
        name in filled_text(),
        assignment in text(),
        position in of(position()),
        goal_position in of(position()),
        goal_date in of(date()),
        stage in of(stage()),
        notes in text(),
    ) -> Teacher {
        Teacher { id, name, assignment, position, goal_position, goal_date, stage, notes }
    }
}

prop_compose! {
    fn band_goal()(id in id(), (from, to) in band(), goal in text(), target_date in of(date()))
        -> BandGoal {
        BandGoal { id, from, to, goal, target_date }
    }
}

prop_compose! {
    fn placement(known: Vec<Id>)(
        teacher in teacher_ref(&known),
        position in of(position()),
        stage in of(stage()),
    ) -> Placement {
        Placement { teacher, position, stage }
    }
}

prop_compose! {
    fn snapshot(known: Vec<Id>)(
        id in id(),
        taken_on in date(),
        label in text(),
        placements in vec(placement(known.clone()), 0..5),
    ) -> Snapshot {
        Snapshot { id, taken_on, label, placements }
    }
}

// The support plan ----------------------------------------------------------------------

fn target(known: &[Id]) -> BoxedStrategy<Target> {
    let others = prop_oneof![
        stage().prop_map(|stage| Target::Stage { stage }),
        band().prop_map(|(from, to)| Target::Band { from, to }),
        text().prop_map(|name| Target::Group { name }),
        Just(Target::WholeStaff),
    ];
    if known.is_empty() {
        others.boxed()
    } else {
        prop_oneof![
            1 => on_the_map(known).prop_map(|teacher| Target::Teacher { teacher }),
            4 => others,
        ]
        .boxed()
    }
}

fn supporter() -> impl Strategy<Value = Supporter> {
    prop_oneof![
        Just(Supporter::Principal),
        // Pointed at one of the partnership's coaches by `partnership()`.
        id().prop_map(|coach| Supporter::Coach { coach }),
        text().prop_map(|name| Supporter::LeadTeacher { name }),
        text().prop_map(|name| Supporter::Plc { name }),
        text().prop_map(|name| Supporter::Other { name }),
    ]
}

prop_compose! {
    fn support_action(known: Vec<Id>)(
        id in id(),
        what in text(),
        for_whom in target(&known),
        who in supporter(),
        how in text(),
        (starts, ends) in span(),
        status in one_of(&[
            ActionStatus::Planned,
            ActionStatus::InProgress,
            ActionStatus::Done,
            ActionStatus::Dropped,
        ]),
        evidence in text(),
        stage in of(stage()),
        // Pointed at one of the agreement's coaching actions by `partnership()`.
        coaching_action in of(id()),
    ) -> SupportAction {
        SupportAction {
            id, what, for_whom, who, how, starts, ends, status, evidence, stage, coaching_action,
        }
    }
}

prop_compose! {
    fn play()(id in id(), stage in stage(), what in text()) -> Play {
        Play { id, stage, what }
    }
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    of(one_of(&[Answer::Yes, Answer::Unsure, Answer::No]))
}

prop_compose! {
    fn protocol(known: Vec<Id>)(
        teacher in on_the_map(&known),
        knows_expectation in answer(),
        first_asked in of(date()),
        clarity_step in of(one_of(&[
            ClarityStep::TeacherConfersWithPrincipal,
            ClarityStep::MeetTogether,
        ])),
        plans_to_do_it in answer(),
        second_asked in of(date()),
        principal_follow_up in text(),
    ) -> UnwillingProtocol {
        UnwillingProtocol {
            teacher,
            knows_expectation,
            first_asked,
            clarity_step,
            plans_to_do_it,
            second_asked,
            principal_follow_up,
        }
    }
}

/// The map and the plan together, since snapshots, actions and protocols name teachers
/// on the map.
fn continuum_and_plan() -> impl Strategy<Value = (Continuum, SupportPlan)> {
    keyed(teacher(), 8).prop_flat_map(|teachers| {
        let known: Vec<Id> = teachers.iter().map(|t| t.id.clone()).collect();
        (
            descriptors(),
            Just(teachers),
            keyed(band_goal(), 3),
            keyed(snapshot(known.clone()), 2),
            keyed(support_action(known.clone()), 6),
            if known.is_empty() {
                Just(Vec::new()).boxed()
            } else {
                vec(protocol(known), 0..3).boxed()
            },
            of(keyed(play(), 4)),
        )
            .prop_map(
                |(descriptors, teachers, band_goals, snapshots, actions, protocols, playbook)| {
                    let continuum = Continuum {
                        descriptors,
                        teachers,
                        band_goals,
                        snapshots,
                    };
                    // One protocol a teacher.
                    let protocols = without_repeats(protocols, |p| &p.teacher);
                    (
                        continuum,
                        SupportPlan {
                            actions,
                            protocols,
                            playbook,
                        },
                    )
                },
            )
    })
}

// The partnership -----------------------------------------------------------------------

prop_compose! {
    fn coach()(id in id(), name in text()) -> Coach {
        Coach { id, name }
    }
}

/// When a partnership was made, last edited, last exported, and first changed since.
type Stamps = (
    DateTime<Utc>,
    DateTime<Utc>,
    Option<DateTime<Utc>>,
    Option<DateTime<Utc>>,
);

fn stamps() -> impl Strategy<Value = Stamps> {
    (time(), time(), of(time()), of(time()))
}

prop_compose! {
    /// Any partnership the reader accepts, every field of it generated.
    pub fn partnership()(
        id in id(),
        name in filled_text(),
        school in filled_text(),
        school_year in school_year(),
        principal in text(),
        coaches in keyed(coach(), 3),
        coaching_model in one_of(&[CoachingModel::Embedded, CoachingModel::Blitz]),
        (meeting_date, sample, anonymised) in (of(date()), any::<bool>(), any::<bool>()),
        (created, updated, last_exported, unexported_since) in stamps(),
        agreement in agreement(),
        (continuum, mut plan) in continuum_and_plan(),
    ) -> Partnership {
        // Every reference resolves: actions name this partnership's coaches and coaching
        // actions, or none.
        for (i, action) in plan.actions.iter_mut().enumerate() {
            if let Supporter::Coach { .. } = action.who {
                action.who = match coaches.get(i % coaches.len().max(1)) {
                    Some(coach) => Supporter::Coach { coach: coach.id.clone() },
                    None => Supporter::Principal,
                };
            }
            let shares = &agreement.time_investment;
            action.coaching_action = action
                .coaching_action
                .take()
                .and_then(|_| shares.get(i % shares.len().max(1)))
                .map(|s| s.id.clone());
        }
        Partnership {
            id,
            name,
            school,
            school_year,
            principal,
            coaches,
            coaching_model,
            meeting_date,
            created,
            updated,
            last_exported,
            unexported_since,
            agreement,
            continuum,
            plan,
            sample,
            anonymised,
        }
    }
}

/// A few partnerships, no two with the same id.
pub fn workspace() -> impl Strategy<Value = Workspace> {
    vec(partnership(), 1..4).prop_map(|partnerships| Workspace {
        partnerships: without_repeats(partnerships, |p| &p.id),
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_gives_back_the_same_partnership(p in partnership()) {
        let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
        let document = Document::new(Scope::Partnership, vec![p.clone()], now);
        // Nothing the app writes is said to be left out on the way back in.
        let back = read_noting(&write(&document));
        prop_assert_eq!(back.map(|(d, left_out)| (d.partnerships, left_out)), Ok((vec![p], vec![])));
    }

    #[test]
    fn an_anonymised_copy_of_any_partnership_is_a_file_the_reader_takes(p in partnership()) {
        let Some(copy) = anonymise(&p) else {
            return Err(TestCaseError::fail("no anonymised copy"));
        };
        prop_assert_eq!(copy.continuum.teachers.len(), p.continuum.teachers.len());
        prop_assert!(copy.continuum.teachers.iter().all(|t| t.notes.is_empty()));
        let document = Document::new(Scope::Partnership, vec![copy], p.updated);
        prop_assert!(document.anonymised);
        prop_assert_eq!(read(&write(&document)).map(|d| d.anonymised), Ok(true));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn a_workspace_reads_back_the_same_from_a_file_and_from_browser_storage(
        workspace in workspace(),
        saved_at in time(),
        scope in one_of(&[Scope::Workspace, Scope::Partnership]),
        anonymised in any::<bool>(),
    ) {
        let mut document = Document::new(scope, workspace.partnerships.clone(), saved_at);
        document.anonymised = anonymised;
        prop_assert_eq!(read(&write(&document)), Ok(document));

        let stored = write_checked(&workspace, saved_at).map_err(|e| e.to_string());
        let opened = stored.and_then(|text| open(&text).map_err(|e| e.to_string()));
        prop_assert_eq!(opened, Ok(Opened { workspace, set_aside: Vec::new() }));
    }
}

// Mangled files -------------------------------------------------------------------------

/// Replaces the value at a random place in `value` with `replacement`.
fn mangle(value: &mut Value, mut choice: usize, replacement: Value) {
    let mut node = value;
    loop {
        let children = match node {
            Value::Object(map) => map.len(),
            Value::Array(items) => items.len(),
            _ => 0,
        };
        if children == 0 || choice.is_multiple_of(4) {
            *node = replacement;
            return;
        }
        let pick = (choice / 4) % children;
        choice /= 3;
        node = match node {
            Value::Object(map) => map.values_mut().nth(pick).expect("pick < len"),
            Value::Array(items) => &mut items[pick],
            _ => unreachable!("children > 0 only for objects and arrays"),
        };
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        Just(Value::Array(vec![])),
        Just(serde_json::json!({"kind": "teacher"})),
        Just(Value::from(12)),
        Just(Value::from("2026-02-30")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, ..ProptestConfig::default() })]

    #[test]
    fn any_text_at_all_is_read_without_panicking(text in any::<String>()) {
        let _ = read(&text);
    }

    #[test]
    fn a_mangled_file_is_refused_with_a_message_or_read_whole(choice in any::<usize>(), replacement in json_value()) {
        let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
        let mut value = serde_json::to_value(Document::new(Scope::Partnership, vec![base()], now)).expect("a document is JSON");
        mangle(&mut value, choice, replacement);
        let text = value.to_string();
        let workspace = Workspace { partnerships: vec![base()] };
        match ImportPreview::read(&text, &workspace) {
            Ok(preview) => prop_assert!(!preview.incoming.is_empty()),
            Err(problem) => prop_assert!(problem.to_string().ends_with('.')),
        }
    }
}
