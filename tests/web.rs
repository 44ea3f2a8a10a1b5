//! Browser-bound code in real Chromium: the workspace in localStorage.
#![cfg(target_arch = "wasm32")]

use chrono::DateTime;
use partnership_planner::model::sample::sample_partnership;
use partnership_planner::model::{Id, SchoolYear, Workspace};
use partnership_planner::storage::{load, save, Loaded, SaveProblem, WORKSPACE_KEY};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    // The test page always has a window with localStorage; without one the test cannot run.
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("the test browser has localStorage")
}

fn sample_workspace() -> Workspace {
    let year = SchoolYear::starting(2026).expect("2026 is a valid school year");
    let partnership = sample_partnership(Id::new("p-test"), year, DateTime::default())
        .expect("the sample builds");
    Workspace {
        partnerships: vec![partnership],
    }
}

#[wasm_bindgen_test]
fn a_saved_workspace_loads_back_exactly() {
    local_storage().clear().expect("clearing storage");
    let workspace = sample_workspace();
    save(&workspace, DateTime::default()).expect("saving");
    match load(DateTime::default()) {
        Loaded::Restored(loaded) => assert_eq!(loaded, workspace),
        _ => panic!("the saved workspace did not load"),
    }
}

#[wasm_bindgen_test]
fn an_empty_browser_loads_as_empty() {
    local_storage().clear().expect("clearing storage");
    assert!(matches!(load(DateTime::default()), Loaded::Empty));
}

#[wasm_bindgen_test]
fn unreadable_stored_data_is_kept_untouched_with_a_backup_copy() {
    let storage = local_storage();
    storage.clear().expect("clearing storage");
    storage
        .set_item(WORKSPACE_KEY, "{ not json")
        .expect("writing");
    match load(DateTime::default()) {
        Loaded::Unreadable {
            text, backup_key, ..
        } => {
            assert_eq!(text, "{ not json");
            let key = backup_key.expect("a backup was made");
            assert_eq!(
                storage.get_item(&key).ok().flatten().as_deref(),
                Some("{ not json")
            );
        }
        _ => panic!("corrupt data was not reported"),
    }
    assert_eq!(
        storage.get_item(WORKSPACE_KEY).ok().flatten().as_deref(),
        Some("{ not json")
    );
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_as_full() {
    let storage = local_storage();
    storage.clear().expect("clearing storage");
    // Fill the origin's quota with 512 KiB blocks, then smaller ones, until it refuses.
    let mut block = "x".repeat(512 * 1024);
    let mut n = 0;
    while block.len() > 16 {
        while storage.set_item(&format!("filler-{n}"), &block).is_ok() {
            n += 1;
        }
        block.truncate(block.len() / 2);
    }
    let result = save(&sample_workspace(), DateTime::default());
    storage.clear().expect("clearing storage");
    assert_eq!(result, Err(SaveProblem::Full));
}
