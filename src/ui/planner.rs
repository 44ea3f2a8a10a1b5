//! The app's shared state, handed to every component through context.

use super::shell;
use crate::model::{Id, Partnership, Removed, Workspace};
use crate::route::Route;
use crate::storage::SaveStatus;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Planner {
    pub workspace: RwSignal<Workspace>,
    pub save_status: RwSignal<SaveStatus>,
    pub route: RwSignal<Route>,
    /// The last deleted partnership, offered back until dismissed or replaced.
    pub recently_deleted: RwSignal<Option<Removed>>,
}

impl Planner {
    pub fn add(&self, partnership: Partnership) {
        self.workspace.update(|w| w.add(partnership));
    }

    pub fn rename(&self, id: &Id, name: &str) -> bool {
        let mut renamed = false;
        self.workspace
            .update(|w| renamed = w.rename(id, name, shell::now()));
        renamed
    }

    pub fn duplicate(&self, id: &Id) -> Option<Id> {
        let mut copy = None;
        self.workspace
            .update(|w| copy = w.duplicate(id, shell::new_id(), shell::now()));
        copy
    }

    pub fn delete(&self, id: &Id) {
        let mut removed = None;
        self.workspace.update(|w| removed = w.delete(id));
        if removed.is_some() {
            self.recently_deleted.set(removed);
        }
    }

    pub fn undo_delete(&self) {
        if let Some(removed) = self.recently_deleted.get_untracked() {
            self.workspace.update(|w| w.restore(removed));
            self.recently_deleted.set(None);
        }
    }
}

pub fn use_planner() -> Planner {
    // Every component lives under App, which provides the planner before rendering.
    expect_context::<Planner>()
}
