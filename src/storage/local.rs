//! The workspace in localStorage under a versioned key, read and written without panics,
//! and never written over when another tab saved since this one last looked.

use super::SaveProblem;
use crate::format::{self, Document, FileProblem};
use crate::model::fingerprint::fingerprint;
use crate::model::Workspace;
use chrono::{DateTime, Utc};
use wasm_bindgen::JsCast;

/// The key carries the storage layout's version; the document inside carries its own.
pub const WORKSPACE_KEY: &str = "partnership-planner.workspace.v1";
const UNREADABLE_PREFIX: &str = "partnership-planner.unreadable.";

/// What was found in this browser at start-up.
pub enum Loaded {
    Empty,
    /// The workspace, with the fingerprint of the text it was read from.
    Restored(Workspace, String),
    /// Stored text that could not be read. A copy is kept under `backup_key` when the
    /// browser had room for one; without a copy the original must not be written over.
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

/// The text stored under the workspace key now, if storage can be read at all.
pub fn stored_text() -> Result<Option<String>, SaveProblem> {
    let storage = storage().ok_or(SaveProblem::Unavailable)?;
    storage.get_item(WORKSPACE_KEY).map_err(problem_of)
}

/// Reads a stored text into a workspace, as at start-up.
pub fn parse(text: &str) -> Result<Workspace, FileProblem> {
    format::read(text).map(Document::into_workspace)
}

pub fn load() -> Loaded {
    let Some(storage) = storage() else {
        return Loaded::Unavailable;
    };
    let text = match storage.get_item(WORKSPACE_KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return Loaded::Empty,
        Err(_) => return Loaded::Unavailable,
    };
    match parse(&text) {
        Ok(workspace) => Loaded::Restored(workspace, fingerprint(&text)),
        Err(problem) => {
            // Named by content, so reloading the page does not pile up copies.
            let key = format!("{UNREADABLE_PREFIX}{}", fingerprint(&text));
            let backup_key = storage.set_item(&key, &text).ok().map(|()| key);
            Loaded::Unreadable {
                problem,
                text,
                backup_key,
            }
        }
    }
}

/// Saves the workspace if what is stored is still what this tab last read or wrote
/// (`expected`, the fingerprint; `None` when nothing was stored). Returns the new fingerprint.
pub fn save(
    workspace: &Workspace,
    now: DateTime<Utc>,
    expected: Option<&str>,
) -> Result<String, SaveProblem> {
    let storage = storage().ok_or(SaveProblem::Unavailable)?;
    let current = storage.get_item(WORKSPACE_KEY).map_err(problem_of)?;
    if current.as_deref().map(fingerprint).as_deref() != expected {
        return Err(SaveProblem::ChangedElsewhere);
    }
    let text = format::write_compact(&Document::of_workspace(workspace, now));
    storage.set_item(WORKSPACE_KEY, &text).map_err(problem_of)?;
    Ok(fingerprint(&text))
}
