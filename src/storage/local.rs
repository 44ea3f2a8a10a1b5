//! The workspace in localStorage under a versioned key, read and written without panics.

use super::SaveProblem;
use crate::format::{self, Document, FileProblem};
use crate::model::Workspace;
use chrono::{DateTime, Utc};
use wasm_bindgen::JsCast;

/// The key carries the storage layout's version; the document inside carries its own.
pub const WORKSPACE_KEY: &str = "partnership-planner.workspace.v1";
const UNREADABLE_PREFIX: &str = "partnership-planner.unreadable.";

/// What was found in this browser at start-up.
pub enum Loaded {
    Empty,
    Restored(Workspace),
    /// Stored text that could not be read; it stays where it was, and a copy is kept under
    /// `backup_key` when the browser had room for one.
    Unreadable {
        problem: FileProblem,
        text: String,
        backup_key: Option<String>,
    },
    Unavailable,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn problem_of(error: wasm_bindgen::JsValue) -> SaveProblem {
    match error.dyn_into::<web_sys::DomException>() {
        Ok(exception) => SaveProblem::from_exception(&exception.name(), exception.code()),
        Err(other) => SaveProblem::Other(format!("{other:?}")),
    }
}

pub fn load(now: DateTime<Utc>) -> Loaded {
    let Some(storage) = storage() else {
        return Loaded::Unavailable;
    };
    let text = match storage.get_item(WORKSPACE_KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return Loaded::Empty,
        Err(_) => return Loaded::Unavailable,
    };
    match format::read(&text) {
        Ok(document) => Loaded::Restored(document.into_workspace()),
        Err(problem) => {
            let key = format!("{UNREADABLE_PREFIX}{}", now.format("%Y-%m-%dT%H-%M-%S"));
            let backup_key = storage.set_item(&key, &text).ok().map(|()| key);
            Loaded::Unreadable {
                problem,
                text,
                backup_key,
            }
        }
    }
}

pub fn save(workspace: &Workspace, now: DateTime<Utc>) -> Result<(), SaveProblem> {
    let storage = storage().ok_or(SaveProblem::Unavailable)?;
    let text = format::write(&Document::of_workspace(workspace, now));
    storage.set_item(WORKSPACE_KEY, &text).map_err(problem_of)
}
