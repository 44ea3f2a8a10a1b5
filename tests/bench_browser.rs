//! `make bench`: how long saving, loading and importing take in real Chromium, for a
//! large workspace (20 partnerships of 300 teachers with full plans) and a 5 MB file.
//! Prints medians over repeated runs; asserts nothing about time.
#![cfg(target_arch = "wasm32")]

use chrono::{DateTime, NaiveDate};
use partnership_planner::format::import::ImportPreview;
use partnership_planner::format::{write, write_compact, Document, Scope};
use partnership_planner::model::continuum::{Placement, Snapshot};
use partnership_planner::model::plan::{ActionStatus, Supporter, Target};
use partnership_planner::model::sample::sample_partnership;
use partnership_planner::model::{
    Id, Partnership, Position, SchoolYear, Stage, SupportAction, Teacher, Workspace,
};
use partnership_planner::storage::{load, save, Loaded};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RUNS: usize = 15;

/// Millisecond resolution is plenty for operations that take tens of milliseconds.
fn now_ms() -> f64 {
    js_sys::Date::now()
}

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn time(mut run: impl FnMut()) -> f64 {
    let samples = (0..RUNS)
        .map(|_| {
            let start = now_ms();
            run();
            now_ms() - start
        })
        .collect();
    median(samples)
}

fn large_partnership(n: usize, teachers: usize) -> Partnership {
    let now = DateTime::from_timestamp(1_790_000_000, 0).expect("a time");
    let year = SchoolYear::starting(2026).expect("a year");
    let mut p = sample_partnership(Id::new(format!("p-bench-{n}")), year, now).expect("sample");
    let date = NaiveDate::from_ymd_opt(2027, 3, 1);
    p.continuum.teachers = (1..=teachers)
        .map(|i| Teacher {
            id: Id::new(format!("teacher-{i}")),
            name: format!("Teacher number {i} of school {n}"),
            assignment: format!("Grade {}", i % 8),
            position: Position::new((i % 11 + 1) as u8),
            goal_position: Position::new(((i + 2) % 11 + 1) as u8),
            goal_date: date,
            stage: Some(Stage::ALL[i % 5]),
            notes: "Works best with short, concrete next steps after each observation.".into(),
        })
        .collect();
    p.plan.actions = (1..=teachers)
        .map(|i| SupportAction {
            id: Id::new(format!("support-{i}")),
            what: "Co-plan a writing lesson with feedback built in, then observe it".into(),
            for_whom: Target::Teacher {
                teacher: Id::new(format!("teacher-{i}")),
            },
            who: Supporter::Coach {
                coach: p.coaches[0].id.clone(),
            },
            how: "Two planning periods and one observation with a debrief".into(),
            starts: NaiveDate::from_ymd_opt(2026, 10, 1),
            ends: NaiveDate::from_ymd_opt(2026, 12, 18),
            status: ActionStatus::InProgress,
            evidence: "Student drafts show revision in response to feedback".into(),
            stage: None,
            coaching_action: None,
        })
        .collect();
    p.continuum.snapshots = (1..=2)
        .map(|s| Snapshot {
            id: Id::new(format!("snapshot-{s}")),
            taken_on: NaiveDate::from_ymd_opt(2026, 9 + s, 1).expect("a date"),
            label: format!("Check {s}"),
            placements: p
                .continuum
                .teachers
                .iter()
                .map(|t| Placement {
                    teacher: t.id.clone(),
                    position: t.position,
                    stage: t.stage,
                })
                .collect(),
        })
        .collect();
    p
}

fn workspace(partnerships: usize, teachers: usize) -> Workspace {
    Workspace {
        partnerships: (1..=partnerships)
            .map(|n| large_partnership(n, teachers))
            .collect(),
    }
}

#[wasm_bindgen_test]
fn bench_save_load_and_import() {
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("storage");
    storage.clear().expect("clear");
    let large = workspace(20, 300);
    let now = DateTime::from_timestamp(1_790_000_000, 0).expect("a time");
    let compact = write_compact(&Document::of_workspace(&large, now));
    console_log!(
        "large workspace: 20 partnerships x 300 teachers, {:.2} MB as stored",
        compact.len() as f64 / 1e6
    );

    let serialise = time(|| drop(write_compact(&Document::of_workspace(&large, now))));
    console_log!("serialise for storage: median {serialise:.1} ms over {RUNS} runs");
    let mut fits = true;
    let save_ms = time(|| {
        storage.clear().expect("clear");
        fits &= save(&large, now, None).is_ok();
    });
    if fits {
        console_log!(
            "save (serialise + localStorage write): median {save_ms:.1} ms over {RUNS} runs"
        );
        let load_ms = time(|| assert!(matches!(load(), Loaded::Restored { .. })));
        console_log!(
            "load (localStorage read + parse + checks): median {load_ms:.1} ms over {RUNS} runs"
        );
    } else {
        console_log!("save: the large workspace does NOT fit in this browser's localStorage quota");
    }
    let parse_ms = time(|| drop(partnership_planner::format::read(&compact).expect("reads")));
    console_log!(
        "parse + migrate + validate the stored text: median {parse_ms:.1} ms over {RUNS} runs"
    );

    // A file as close under the 5 MB limit as whole partnerships allow.
    let mut count = 1;
    let mut file = String::new();
    loop {
        let next = write(&Document::new(
            Scope::Workspace,
            workspace(count, 300).partnerships,
            now,
        ));
        if next.len() > 5_000_000 {
            break;
        }
        file = next;
        count += 1;
    }
    let empty = Workspace::default();
    let import_ms = time(|| drop(ImportPreview::read(&file, &empty).expect("valid")));
    console_log!(
        "import preview of a {:.2} MB file ({} partnerships): median {import_ms:.1} ms over {RUNS} runs",
        file.len() as f64 / 1e6,
        count - 1
    );
    storage.clear().expect("clear");
}
