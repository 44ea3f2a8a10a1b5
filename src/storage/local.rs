//! The workspace in localStorage under a versioned key, read and written without panics,
//! never written over when another tab saved since this one last looked, and never
//! written with a value the reader would refuse.

use super::SaveProblem;
use crate::format::stored::{self, Opened, SetAside};
use crate::format::FileProblem;
use crate::model::fingerprint::fingerprint;
use crate::model::order;
use crate::model::Workspace;
use chrono::{DateTime, Utc};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

/// The key carries the storage layout's version; the document inside carries its own.
pub const WORKSPACE_KEY: &str = "partnership-planner.workspace.v1";
/// Saved data that could not be read, each kept whole under a key named by its content.
const SET_ASIDE_PREFIX: &str = "partnership-planner.unreadable.";

/// What was found in this browser at start-up.
pub enum Loaded {
    Empty,
    /// The workspace, with the text it was read from. `kept_aside`
    /// counts partnerships copied aside; `unkept` holds one that could not be copied aside
    /// (storage full): then the stored text is the only copy and must not be written over.
    Restored {
        workspace: Workspace,
        known: String,
        kept_aside: usize,
        unkept: Option<(String, String)>,
    },
    /// Stored text that could not be read at all. A copy is kept aside when the browser
    /// had room for one; without a copy the original must not be written over.
    Unreadable {
        problem: FileProblem,
        text: String,
        backup_key: Option<String>,
    },
    Unavailable,
}

/// A text set aside in this browser, as the home screen lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAsideEntry {
    pub key: String,
    pub name: String,
    pub problem: String,
    pub text: String,
}

/// Whether this browser lets the page use localStorage at all: switched off, blocked in a
/// private window or sandboxed frame, it throws or answers nothing.
fn storage_exists() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// localStorage through gloo-storage, whose accessor panics without storage: so only once
/// it is known to exist. The workspace is read and written as the exact text stored (which
/// tells this tab's save from another's) and with the browser's own error,
/// which tells a full storage from a refused one.
fn storage() -> Option<web_sys::Storage> {
    storage_exists().then(LocalStorage::raw)
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

/// Keeps a text aside under a key named by its content, so reloading makes no new copies.
fn keep_aside(storage: &web_sys::Storage, text: &str) -> Option<String> {
    let key = format!("{SET_ASIDE_PREFIX}{}", fingerprint(text));
    storage.set_item(&key, text).ok().map(|()| key)
}

/// Keeps a whole saved version aside, for the home screen to list until it is deleted.
/// `None` when the browser has no room for it.
pub fn set_aside(text: &str) -> Option<String> {
    storage().and_then(|storage| keep_aside(&storage, text))
}

/// What opening a stored text came to.
pub struct OpenedStored {
    pub workspace: Workspace,
    /// How many partnerships were copied aside.
    pub kept_aside: usize,
    /// The first that could not be copied aside, with its problem.
    pub unkept: Option<(String, String)>,
}

/// Reads a stored text into a workspace, copying aside every partnership that cannot be read.
pub fn open_stored(text: &str) -> Result<OpenedStored, FileProblem> {
    let Opened {
        workspace,
        set_aside,
    } = stored::open(text)?;
    let storage = storage();
    let mut kept_aside = 0;
    let mut unkept = None;
    for SetAside {
        name,
        problem,
        text,
    } in set_aside
    {
        match storage.as_ref().and_then(|s| keep_aside(s, &text)) {
            Some(_) => kept_aside += 1,
            None => {
                unkept.get_or_insert((format!("“{name}”: {problem}"), text));
            }
        }
    }
    Ok(OpenedStored {
        workspace,
        kept_aside,
        unkept,
    })
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
    match open_stored(&text) {
        Ok(opened) => Loaded::Restored {
            workspace: opened.workspace,
            known: text.clone(),
            kept_aside: opened.kept_aside,
            unkept: opened.unkept.map(|(problem, _)| (problem, text)),
        },
        Err(problem) => {
            let backup_key = keep_aside(&storage, &text);
            Loaded::Unreadable {
                problem,
                text,
                backup_key,
            }
        }
    }
}

/// The keys in storage that start with `prefix`, listed before any is removed.
fn keys_starting(storage: &web_sys::Storage, prefix: &str) -> Vec<String> {
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .collect()
}

/// Where words typed before an Add button are kept, one key per partnership and box.
pub const TYPED_PREFIX: &str = "partnership-planner.typed.";

/// Forgets the words typed for one partnership, deleted: no teacher's name is left behind.
pub fn forget_typed(partnership: &str) {
    let Some(storage) = storage() else {
        return;
    };
    for key in keys_starting(&storage, &format!("{TYPED_PREFIX}{partnership}.")) {
        // A key the browser will not remove stays until the box is emptied.
        let _ = storage.remove_item(&key);
    }
}

/// Everything set aside in this browser, for the home screen to list at every start.
pub fn set_aside_entries() -> Vec<SetAsideEntry> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    let mut entries: Vec<SetAsideEntry> = keys_starting(&storage, SET_ASIDE_PREFIX)
        .into_iter()
        .filter_map(|key| {
            let text = storage.get_item(&key).ok().flatten()?;
            let (name, problem) = stored::describe_set_aside(&text);
            Some(SetAsideEntry {
                key,
                name,
                problem,
                text,
            })
        })
        .collect();
    order::sort_by(&mut entries, |a, b| {
        a.name.cmp(&b.name).then(a.key.cmp(&b.key))
    });
    entries
}

/// Whether a storage key holds a text set aside, as another tab's storage event names it.
/// True when some saved work is kept aside: its keys alone, without reading the work.
pub fn any_set_aside() -> bool {
    storage().is_some_and(|storage| !keys_starting(&storage, SET_ASIDE_PREFIX).is_empty())
}

pub fn is_set_aside_key(key: &str) -> bool {
    key.starts_with(SET_ASIDE_PREFIX)
}

/// Deletes one set-aside text, once the person has dealt with it.
pub fn forget_set_aside(key: &str) -> Result<(), SaveProblem> {
    if !is_set_aside_key(key) {
        return Ok(());
    }
    let storage = storage().ok_or(SaveProblem::Unavailable)?;
    storage.remove_item(key).map_err(problem_of)
}

/// Saves the workspace if what is stored is still what this tab last read or wrote
/// (`expected`; `None` when nothing was stored). Returns the text now stored.
pub fn save(
    workspace: &Workspace,
    now: DateTime<Utc>,
    expected: Option<&str>,
) -> Result<String, SaveProblem> {
    let text = stored::write_checked(workspace, now)
        .map_err(|refused| SaveProblem::Invalid(refused.to_string()))?;
    let storage = storage().ok_or(SaveProblem::Unavailable)?;
    let current = storage.get_item(WORKSPACE_KEY).map_err(problem_of)?;
    if current.as_deref() != expected {
        return Err(SaveProblem::ChangedElsewhere);
    }
    storage.set_item(WORKSPACE_KEY, &text).map_err(problem_of)?;
    Ok(text)
}

/// A setting of this device, such as presentation mode, kept apart from the plans.
pub fn preference(key: &str) -> Option<String> {
    storage_exists()
        .then(|| LocalStorage::get(key).ok())
        .flatten()
}

/// Keeps a setting of this device, or forgets it when empty; a browser that refuses only
/// forgets it.
pub fn set_preference(key: &str, value: &str) {
    if storage_exists() {
        if value.is_empty() {
            LocalStorage::delete(key);
        } else {
            let _ = LocalStorage::set(key, value);
        }
    }
}
