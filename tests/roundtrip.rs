//! Generated data: export then import gives back exactly the same partnership, and no
//! file, however mangled, makes the reader panic.

#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, NaiveDate};
use partnership_planner::format::import::ImportPreview;
use partnership_planner::format::{read, write, Document, Scope};
use partnership_planner::model::continuum::Teacher;
use partnership_planner::model::plan::{ActionStatus, Supporter, Target};
use partnership_planner::model::sample::sample_partnership;
use partnership_planner::model::{
    Id, Partnership, Position, SchoolYear, Stage, SupportAction, Workspace,
};
use proptest::prelude::*;
use serde_json::Value;

fn base() -> Partnership {
    let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
    let year = SchoolYear::starting(2026).expect("a school year");
    sample_partnership(Id::new("p-base"), year, now).expect("the sample builds")
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z ,.'-]{1,40}",
        any::<String>().prop_map(|s| s.chars().take(200).collect()),
    ]
}

fn date() -> impl Strategy<Value = Option<NaiveDate>> {
    prop::option::of(
        (1990i32..=2200, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| {
            NaiveDate::from_ymd_opt(y, m, d).expect("days up to 28 exist in every month")
        }),
    )
}

fn position() -> impl Strategy<Value = Option<Position>> {
    prop::option::of((1u8..=11).prop_map(|n| Position::new(n).expect("1-11")))
}

fn stage() -> impl Strategy<Value = Option<Stage>> {
    prop::option::of(prop::sample::select(Stage::ALL.to_vec()))
}

fn teachers() -> impl Strategy<Value = Vec<Teacher>> {
    prop::collection::vec(
        (
            text(),
            text(),
            position(),
            position(),
            date(),
            stage(),
            text(),
        ),
        0..40,
    )
    .prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(
                |(i, (name, assignment, position, goal_position, goal_date, stage, notes))| {
                    Teacher {
                        id: Id::new(format!("teacher-{}", i + 1)),
                        name,
                        assignment,
                        position,
                        goal_position,
                        goal_date,
                        stage,
                        notes,
                    }
                },
            )
            .collect()
    })
}

fn target() -> impl Strategy<Value = Target> {
    prop_oneof![
        (1usize..50).prop_map(|n| Target::Teacher {
            teacher: Id::new(format!("teacher-{n}"))
        }),
        prop::sample::select(Stage::ALL.to_vec()).prop_map(|stage| Target::Stage { stage }),
        text().prop_map(|name| Target::Group { name }),
        Just(Target::WholeStaff),
    ]
}

fn supporter() -> impl Strategy<Value = Supporter> {
    prop_oneof![
        Just(Supporter::Principal),
        text().prop_map(|name| Supporter::Coach { name }),
        text().prop_map(|name| Supporter::LeadTeacher { name }),
        text().prop_map(|name| Supporter::Plc { name }),
        text().prop_map(|name| Supporter::Other { name }),
    ]
}

fn actions() -> impl Strategy<Value = Vec<SupportAction>> {
    let status = prop::sample::select(vec![
        ActionStatus::Planned,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ]);
    prop::collection::vec(
        (
            text(),
            target(),
            supporter(),
            text(),
            date(),
            status,
            text(),
        ),
        0..20,
    )
    .prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(
                |(i, (what, for_whom, who, how, starts, status, evidence))| SupportAction {
                    id: Id::new(format!("support-{}", i + 1)),
                    what,
                    for_whom,
                    who,
                    how,
                    starts,
                    ends: starts,
                    status,
                    evidence,
                },
            )
            .collect()
    })
}

fn partnership() -> impl Strategy<Value = Partnership> {
    (
        "[a-zA-Z][a-zA-Z ]{0,30}",
        text(),
        (1990i32..2200),
        teachers(),
        actions(),
        prop::collection::vec(0u8..=100, 0..8),
        date(),
    )
        .prop_map(
            |(school, principal, year, teachers, actions, percents, meeting)| {
                let mut p = base();
                p.school = school.clone();
                p.name = school;
                p.principal = principal;
                p.school_year = SchoolYear::starting(year).expect("in range");
                p.continuum.teachers = teachers;
                p.plan.actions = actions;
                for (share, percent) in p.agreement.time_investment.iter_mut().zip(percents) {
                    share.percent = percent;
                }
                p.meeting_date = meeting;
                p
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_gives_back_the_same_partnership(p in partnership()) {
        let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
        let document = Document::new(Scope::Partnership, vec![p.clone()], now);
        let back = read(&write(&document));
        prop_assert_eq!(back.map(|d| d.partnerships), Ok(vec![p]));
    }
}

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
