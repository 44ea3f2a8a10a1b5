//! Saves the workspace a moment after each edit and at once when the page is hidden or
//! closed, follows saves made in other tabs, puts both tabs' changes together when they
//! changed different things, and stops to ask when they changed the same one.

use super::files::download;
use super::local::{open_stored, save, set_aside, stored_text, WORKSPACE_KEY};
use super::{SaveProblem, SaveStatus};
use crate::format::merge::merged;
use crate::format::{stored, write_compact, Document};
use crate::model::fingerprint::fingerprint;
use crate::model::Workspace;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use std::cell::RefCell;
use std::time::Duration;

/// Long enough to save once per burst of typing, short enough that little waits unsaved.
const DEBOUNCE: Duration = Duration::from_millis(400);

thread_local! {
    /// The work as it is on screen, kept while it cannot be saved, for the crash page.
    static UNSAVED: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The work on screen that is not in storage, if saving has been failing; readable from a
/// panic hook, so it never waits on a lock.
pub fn unsaved_work() -> Option<String> {
    UNSAVED.with(|cell| cell.try_borrow().ok().and_then(|text| text.clone()))
}

fn keep_unsaved(text: Option<String>) {
    UNSAVED.with(|cell| {
        if let Ok(mut slot) = cell.try_borrow_mut() {
            *slot = text;
        }
    });
}

/// The autosave's state, shared by the components that show or settle it.
#[derive(Clone, Copy)]
pub struct Autosave {
    workspace: RwSignal<Workspace>,
    status: RwSignal<SaveStatus>,
    now: fn() -> DateTime<Utc>,
    /// Why nothing may be written at all (storage missing, or unreadable data to protect).
    blocked: StoredValue<Option<SaveProblem>>,
    /// The stored text as this tab last read or wrote it.
    known: StoredValue<Option<String>>,
    pending: StoredValue<bool>,
    /// Set while a workspace read from storage is put in place, so it is not saved back.
    adopting: StoredValue<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// Changes saved by another tab that arrived while this tab had unsaved edits.
    pub other_tab_changed: RwSignal<bool>,
}

impl Autosave {
    /// Starts watching `workspace`. `known` is the text it was loaded from.
    pub fn start(
        workspace: RwSignal<Workspace>,
        status: RwSignal<SaveStatus>,
        now: fn() -> DateTime<Utc>,
        blocked: Option<SaveProblem>,
        known: Option<String>,
    ) -> Autosave {
        let autosave = Autosave {
            workspace,
            status,
            now,
            blocked: StoredValue::new(blocked),
            known: StoredValue::new(known),
            pending: StoredValue::new(false),
            adopting: StoredValue::new(false),
            timer: StoredValue::new(None),
            other_tab_changed: RwSignal::new(false),
        };
        autosave.watch();
        autosave
    }

    fn watch(self) {
        Effect::new(move |first: Option<()>| {
            self.workspace.track();
            if first.is_none() || self.adopting.get_value() {
                self.adopting.set_value(false);
                return;
            }
            self.changed();
        });

        // The last edits must reach storage even when the tab closes before the debounce ends.
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() {
                self.flush();
            }
        });
        // While edits cannot be saved, leaving the page asks first.
        let on_leave = window_event_listener(leptos::ev::beforeunload, move |event| {
            self.flush();
            if self.pending.get_value() {
                event.prevent_default();
                event.set_return_value("Your latest changes are not saved.");
            }
        });
        let on_storage = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() == Some(WORKSPACE_KEY) {
                self.other_tab_saved(event.new_value());
            }
        });
        on_cleanup(move || {
            on_hide.remove();
            on_visibility.remove();
            on_leave.remove();
            on_storage.remove();
        });
    }

    /// Notes an edit to save after the pause; called by the effect above for changes to
    /// the whole workspace, and directly by edits that wake only the part they change.
    pub fn changed(self) {
        self.pending.set_value(true);
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        if !matches!(self.status.get_untracked(), SaveStatus::Failed(_)) {
            self.status.set(SaveStatus::Pending);
        }
        self.timer
            .set_value(set_timeout_with_handle(move || self.flush(), DEBOUNCE).ok());
    }

    /// Writes pending edits now, unless saving is blocked or another tab got there first.
    pub fn flush(self) {
        if !self.pending.get_value() {
            return;
        }
        let result = if self.other_tab_changed.get_untracked() {
            Err(SaveProblem::ChangedElsewhere)
        } else if let Some(problem) = self.blocked.get_value() {
            Err(problem)
        } else {
            let known = self.known.get_value();
            self.workspace
                .with_untracked(|w| save(w, (self.now)(), known.as_deref()))
        };
        match result {
            Err(SaveProblem::ChangedElsewhere) if self.combine(stored_text().ok().flatten()) => {}
            Ok(text) => {
                self.known.set_value(Some(text));
                self.pending.set_value(false);
                keep_unsaved(None);
                self.status.set(SaveStatus::Saved);
            }
            Err(problem) => {
                keep_unsaved(Some(self.as_text()));
                if problem == SaveProblem::ChangedElsewhere {
                    self.other_tab_changed.set(true);
                }
                self.status.set(SaveStatus::Failed(problem));
            }
        }
    }

    fn other_tab_saved(self, text: Option<String>) {
        // What is stored now, not what the event carried: an event that comes after this
        // tab has already put the other's save together with its own and written both
        // carries a text that is no longer there.
        let text = stored_text().unwrap_or(text);
        if text == self.known.get_value() {
            return;
        }
        if self.pending.get_value() && self.combine(text.clone()) {
            return;
        }
        if self.pending.get_value() || self.blocked.get_value().is_some() {
            self.other_tab_changed.set(true);
            self.status
                .set(SaveStatus::Failed(SaveProblem::ChangedElsewhere));
            return;
        }
        match text.as_deref().map(open_stored) {
            Some(Ok(opened)) if opened.unkept.is_none() => {
                self.adopt(opened.workspace, text.as_deref())
            }
            // The other tab cleared or wrote something this version cannot read: keep
            // this tab's work and let the person decide.
            _ => {
                self.other_tab_changed.set(true);
                self.status
                    .set(SaveStatus::Failed(SaveProblem::ChangedElsewhere));
            }
        }
    }

    fn adopt(self, workspace: Workspace, text: Option<&str>) {
        // What is stored now was read whole, so there is nothing left to protect.
        if self.blocked.get_value() == Some(SaveProblem::ProtectingUnreadable) {
            self.blocked.set_value(None);
        }
        keep_unsaved(None);
        self.known.set_value(text.map(str::to_string));
        self.pending.set_value(false);
        self.other_tab_changed.set(false);
        self.adopting.set_value(true);
        self.workspace.set(workspace);
        self.status.set(SaveStatus::Saved);
    }

    /// Another tab saved while this one had edits to save: when the two changed different
    /// things, this tab takes the other's changes in with its own and saves both. False,
    /// with nothing changed, when they changed the same thing or the two do not stand
    /// together (a teacher one removed whom the other gave support).
    fn combine(self, theirs: Option<String>) -> bool {
        let (Some(base), Some(theirs)) = (self.known.get_value(), theirs) else {
            return false;
        };
        // Nothing can be written: the clash is the person's to settle.
        if self.blocked.get_value().is_some() {
            return false;
        }
        let Some(text) = merged(&base, &self.as_text(), &theirs) else {
            return false;
        };
        match stored::open(&text) {
            Ok(opened) if opened.set_aside.is_empty() => {
                self.known.set_value(Some(theirs));
                self.other_tab_changed.set(false);
                self.adopting.set_value(true);
                self.workspace.set(opened.workspace);
                self.pending.set_value(true);
                self.flush();
                true
            }
            _ => false,
        }
    }

    /// Settles a clash by taking what the other tab saved; this tab's version is kept aside.
    pub fn use_other_tab(self) -> Result<String, String> {
        let text = stored_text().map_err(|p| p.to_string())?;
        let workspace = match text.as_deref() {
            Some(text) => {
                let opened = open_stored(text).map_err(|p| p.to_string())?;
                if let Some((problem, _)) = opened.unkept {
                    return Err(problem);
                }
                opened.workspace
            }
            None => Workspace::default(),
        };
        let kept = keep_replaced(&self.as_text(), "This tab's version")?;
        self.adopt(workspace, text.as_deref());
        Ok(kept)
    }

    /// Saves at once, as after setting aside what could not be read: the stored text then
    /// holds only what opened, and what was set aside is not found again at the next start.
    pub fn save_now(self) {
        self.pending.set_value(true);
        self.flush();
    }

    /// The work on screen as the stored text would hold it.
    fn as_text(self) -> String {
        self.workspace
            .with_untracked(|w| write_compact(&Document::of_workspace(w, (self.now)())))
    }

    /// Settles a clash by saving this tab's version over the other tab's, which is kept aside.
    pub fn keep_this_tab(self) -> Result<String, String> {
        let current = stored_text().ok().flatten();
        let kept = match current.as_deref() {
            Some(theirs) => keep_replaced(theirs, "The other tab's version")?,
            // The other tab cleared what was stored: there is nothing to keep.
            None => "This tab's version is saved.".to_string(),
        };
        self.known.set_value(current);
        self.other_tab_changed.set(false);
        self.pending.set_value(true);
        self.flush();
        Ok(kept)
    }
}

/// Keeps the version a clash gives up, so neither tab's work is lost: aside in this browser,
/// or, with no room for it there, as a downloaded file. Says where it went.
fn keep_replaced(text: &str, whose: &str) -> Result<String, String> {
    if set_aside(text).is_some() {
        return Ok(format!(
            "{whose} is kept aside: the list of partnerships shows it under “Saved work kept aside”, to download and import."
        ));
    }
    let file = format!("partnership-planner-replaced-{}.json", fingerprint(text));
    download(&file, text, "application/json").map(|()| {
        format!("{whose} is in your downloads as {file}: this browser had no room to keep it.")
    })
}
