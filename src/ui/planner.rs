//! The app's shared state, handed to every component through context, and the edits
//! and file operations components ask of it.

use super::shell;
use crate::format::anonymise::anonymise;
use crate::format::file_name::{partnership_file_name, workspace_file_name};
use crate::format::import::{ImportMode, ImportPreview, ImportUndo};
use crate::format::{write, Document, Scope};
use crate::model::ids::{add_keyed, Keyed};
use crate::model::{Id, Partnership, Removed, Workspace};
use crate::route::Route;
use crate::storage::{download, Autosave, SaveStatus};
use leptos::prelude::*;
use std::sync::Arc;

/// Where an import has got to, as the home screen shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportStage {
    Idle,
    Reading,
    Refused {
        file_name: String,
        message: String,
    },
    Previewing {
        file_name: String,
        preview: ImportPreview,
    },
    /// Done; what undoes exactly this import.
    Imported {
        undo: ImportUndo,
    },
}

type Getter<T> = Arc<dyn Fn(&Partnership) -> T + Send + Sync>;
type Setter<T> = Arc<dyn Fn(&mut Partnership, T) + Send + Sync>;

/// A list inside a partnership, reached for reading and for writing.
pub struct List<R: 'static> {
    pub read: fn(&Partnership) -> &Vec<R>,
    pub write: fn(&mut Partnership) -> &mut Vec<R>,
}

impl<R> Clone for List<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R> Copy for List<R> {}

#[derive(Clone, Copy)]
pub struct Planner {
    pub workspace: RwSignal<Workspace>,
    pub save_status: RwSignal<SaveStatus>,
    pub route: RwSignal<Route>,
    /// The last deleted partnership, offered back until dismissed or replaced.
    pub recently_deleted: RwSignal<Option<Removed>>,
    pub import: RwSignal<ImportStage>,
    pub autosave: Autosave,
}

impl Planner {
    /// Changes one partnership; the edit is stamped and saved like any other.
    pub fn edit(&self, id: &Id, change: impl FnOnce(&mut Partnership)) {
        self.workspace.update(|w| {
            w.edit(id, shell::now(), change);
        });
    }

    /// One value of a partnership for a control to show, and the callback that changes it.
    pub fn bind<T>(
        &self,
        id: &Id,
        get: impl Fn(&Partnership) -> T + Send + Sync + 'static,
        set: impl Fn(&mut Partnership, T) + Send + Sync + 'static,
    ) -> (Signal<T>, Callback<T>)
    where
        T: Clone + PartialEq + Default + Send + Sync + 'static,
    {
        // Boxed, so the reactive code is built once per value type rather than once per
        // field: this keeps the WebAssembly download small.
        self.bind_boxed(id, Arc::new(get), Arc::new(set))
    }

    fn bind_boxed<T>(&self, id: &Id, get: Getter<T>, set: Setter<T>) -> (Signal<T>, Callback<T>)
    where
        T: Clone + PartialEq + Default + Send + Sync + 'static,
    {
        let workspace = self.workspace;
        let read_id = id.clone();
        let value = Memo::new(move |_| {
            workspace.with(|w| w.get(&read_id).map(|p| get(p)).unwrap_or_default())
        });
        let this = *self;
        let write_id = id.clone();
        let change = Callback::new(move |new: T| this.edit(&write_id, |p| set(p, new)));
        (value.into(), change)
    }

    /// One field of one record in a list of a partnership (a coaching action, a role…).
    pub fn bind_item<R, T>(
        &self,
        id: &Id,
        row: &Id,
        list: List<R>,
        get: impl Fn(&R) -> T + Send + Sync + 'static,
        set: impl Fn(&mut R, T) + Send + Sync + 'static,
    ) -> (Signal<T>, Callback<T>)
    where
        R: Keyed + 'static,
        T: Clone + PartialEq + Default + Send + Sync + 'static,
    {
        let (read, write) = (row.clone(), row.clone());
        self.bind(
            id,
            move |p| {
                (list.read)(p)
                    .iter()
                    .find(|r| r.key() == &read)
                    .map(&get)
                    .unwrap_or_default()
            },
            move |p, value| {
                if let Some(record) = (list.write)(p).iter_mut().find(|r| r.key() == &write) {
                    set(record, value);
                }
            },
        )
    }

    /// The ids of a list's records, in order, for a keyed `For`.
    pub fn item_ids<R: Keyed + 'static>(&self, id: &Id, list: List<R>) -> Memo<Vec<Id>> {
        let this = *self;
        let id = id.clone();
        Memo::new(move |_| {
            this.read(&id, |p| {
                (list.read)(p).iter().map(|r| r.key().clone()).collect()
            })
        })
    }

    /// Adds a record with the next free id to a list of a partnership, and returns the id.
    pub fn add_item<R: Keyed>(
        &self,
        id: &Id,
        prefix: &str,
        list: List<R>,
        make: impl FnOnce(Id) -> R,
    ) -> Option<Id> {
        let mut added = None;
        self.edit(id, |p| added = add_keyed((list.write)(p), prefix, make));
        added
    }

    /// Removes the record `row` from a list of a partnership.
    pub fn remove_item<R: Keyed>(&self, id: &Id, row: &Id, list: List<R>) {
        self.edit(id, |p| (list.write)(p).retain(|r| r.key() != row));
    }

    /// Reads something from one partnership, tracked, with a default when it is gone.
    pub fn read<T: Default>(&self, id: &Id, get: impl FnOnce(&Partnership) -> T) -> T {
        self.workspace
            .with(|w| w.get(id).map(get).unwrap_or_default())
    }

    /// Adds a partnership; says why not when the browser holds as many as it may.
    pub fn add(&self, partnership: Partnership) -> Result<(), String> {
        let mut added = Err(String::new());
        self.workspace.update(|w| {
            added = match w.full() {
                Some(full) => Err(full),
                None => {
                    w.add(partnership);
                    Ok(())
                }
            }
        });
        added
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

    /// Downloads one partnership as a file. A full export counts as a backup; an
    /// anonymised one does not, since the names are not in it.
    pub fn export_partnership(&self, id: &Id, anonymised: bool) -> Result<(), String> {
        let partnership = self
            .workspace
            .with_untracked(|w| w.get(id).cloned())
            .ok_or("This partnership is no longer here.")?;
        let file_name = partnership_file_name(&partnership, shell::today(), anonymised);
        self.export(
            Scope::Partnership,
            vec![partnership],
            &file_name,
            anonymised,
        )
    }

    /// Downloads every partnership in this browser as one file.
    pub fn export_workspace(&self) -> Result<(), String> {
        let partnerships = self.workspace.with_untracked(|w| w.partnerships.clone());
        let file_name = workspace_file_name(shell::today(), false);
        self.export(Scope::Workspace, partnerships, &file_name, false)
    }

    fn export(
        &self,
        scope: Scope,
        partnerships: Vec<Partnership>,
        file_name: &str,
        anonymised: bool,
    ) -> Result<(), String> {
        let now = shell::now();
        let ids: Vec<Id> = partnerships.iter().map(|p| p.id.clone()).collect();
        let mut document = Document::new(scope, partnerships, now);
        if anonymised {
            document.partnerships = document
                .partnerships
                .iter()
                .map(anonymise)
                .collect::<Option<_>>()
                .ok_or("The anonymised copy could not be made, so nothing was downloaded.")?;
            document.anonymised = true;
        }
        download(file_name, &write(&document), "application/json")?;
        if !anonymised {
            self.workspace.update(|w| w.mark_exported(&ids, now));
        }
        Ok(())
    }

    /// Reads a chosen or dropped file and shows what it holds; changes nothing yet.
    pub fn start_import(&self, file: web_sys::File) {
        let this = *self;
        let file_name = file.name();
        this.import.set(ImportStage::Reading);
        this.route.set(Route::Home);
        shell::go_to(&Route::Home.href());
        leptos::task::spawn_local(async move {
            let read = crate::storage::read_file(&file).await;
            let stage = match read.and_then(|text| {
                this.workspace
                    .with_untracked(|w| ImportPreview::read(&text, w))
            }) {
                Ok(preview) => ImportStage::Previewing { file_name, preview },
                Err(problem) => ImportStage::Refused {
                    file_name,
                    message: problem.to_string(),
                },
            };
            this.import.set(stage);
        });
    }

    pub fn finish_import(&self, mode: ImportMode) {
        let ImportStage::Previewing { preview, file_name } = self.import.get_untracked() else {
            return;
        };
        let mut applied = None;
        self.workspace
            .update(|w| applied = Some(preview.apply(w, mode, shell::new_id)));
        self.import.set(match applied {
            Some(Ok(undo)) => ImportStage::Imported { undo },
            Some(Err(problem)) => ImportStage::Refused {
                file_name,
                message: problem.to_string(),
            },
            None => ImportStage::Idle,
        });
    }

    /// Takes back exactly what the import changed; edits made since stay.
    pub fn undo_import(&self) {
        if let ImportStage::Imported { undo } = self.import.get_untracked() {
            self.workspace.update(|w| undo.undo(w));
            self.import.set(ImportStage::Idle);
        }
    }
}

pub fn use_planner() -> Planner {
    // Every component lives under App, which provides the planner before rendering.
    expect_context::<Planner>()
}
