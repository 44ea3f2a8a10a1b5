//! Saves the workspace a moment after each edit, and at once when the page is hidden or closed.

use super::{save, SaveProblem, SaveStatus};
use crate::model::Workspace;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use std::time::Duration;

/// Long enough to save once per burst of typing, short enough that little waits unsaved.
const DEBOUNCE: Duration = Duration::from_millis(400);

/// Watches `workspace` and keeps `status` honest. With `blocked` set, nothing is written
/// (storage is missing, or holds data that must not be overwritten).
pub fn start_autosave(
    workspace: RwSignal<Workspace>,
    status: RwSignal<SaveStatus>,
    now: fn() -> DateTime<Utc>,
    blocked: Option<SaveProblem>,
) {
    let blocked = StoredValue::new(blocked);
    let pending = StoredValue::new(false);
    let timer = StoredValue::new(None::<TimeoutHandle>);

    let flush = move || {
        if !pending.get_value() {
            return;
        }
        if let Some(problem) = blocked.get_value() {
            status.set(SaveStatus::Failed(problem));
            return;
        }
        let result = workspace.with_untracked(|w| save(w, now()));
        pending.set_value(false);
        status.set(match result {
            Ok(()) => SaveStatus::Saved,
            Err(problem) => SaveStatus::Failed(problem),
        });
    };

    Effect::new(move |first: Option<()>| {
        workspace.track();
        if first.is_none() {
            return;
        }
        pending.set_value(true);
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        if !matches!(status.get_untracked(), SaveStatus::Failed(_)) {
            status.set(SaveStatus::Pending);
        }
        timer.set_value(set_timeout_with_handle(flush, DEBOUNCE).ok());
    });

    // The last edits must reach storage even when the tab closes before the debounce ends.
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().hidden() {
            flush();
        }
    });
    on_cleanup(move || {
        on_hide.remove();
        on_visibility.remove();
    });
}
