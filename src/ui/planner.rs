//! The app's shared state, handed to every component through context, and the edits
//! and file operations components ask of it.

use super::shell;
use super::undo::Undo;
use crate::format::anonymise::anonymise;
use crate::format::file_name::{partnership_file_name, workspace_file_name};
use crate::format::import::{Chosen, ImportMode, ImportPreview, ImportUndo};
use crate::format::{write, Document, Scope};
use crate::model::ids::{add_keyed, Keyed};
use crate::model::removal::RemovedTeacher;
use crate::model::{Id, Partnership, Removed, Workspace};
use crate::route::Route;
use crate::storage::{download, Autosave, SaveProblem, SaveStatus};
use leptos::prelude::*;
use std::sync::Arc;

/// Where an import has got to, as the home screen shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportStage {
    Idle,
    Reading,
    /// The names of the files (or of the link) not imported, and why; with the files
    /// read without what could not be read, when every refused one can be read that way.
    Refused {
        files: Vec<String>,
        message: String,
        mendable: Vec<Chosen>,
    },
    Previewing {
        files: Vec<String>,
        preview: ImportPreview,
    },
    /// Done; what undoes exactly this import.
    Imported {
        undo: ImportUndo,
    },
    /// A template from a file or a link, waiting for the pair's school and names.
    Template {
        source: String,
        template: Box<crate::model::template::Template>,
    },
}

impl ImportStage {
    /// Refused, with nothing to offer but the reason.
    fn refused(files: Vec<String>, message: String) -> ImportStage {
        ImportStage::Refused {
            files,
            message,
            mendable: Vec::new(),
        }
    }
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

/// The parts of a partnership that change separately. A control follows only the part it
/// shows, so typing in the agreement never re-runs a board of 300 teachers, and a card
/// moved on the board never re-runs the agreement's fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The agreement, with the partnership's school, year and people.
    Agreement,
    Continuum,
    Plan,
}

/// One trigger a part: notified by edits of that part only.
#[derive(Clone, Copy)]
pub struct Parts([Trigger; 3]);

impl Parts {
    pub fn new() -> Parts {
        Parts([Trigger::new(), Trigger::new(), Trigger::new()])
    }

    fn of(self, part: Part) -> Trigger {
        self.0[part as usize]
    }

    /// Follows the edits of `part`, for a reader made from more than one part.
    pub fn track(self, part: Part) {
        self.of(part).track();
    }
}

#[derive(Clone, Copy)]
pub struct Planner {
    pub workspace: RwSignal<Workspace>,
    pub save_status: RwSignal<SaveStatus>,
    pub route: RwSignal<Route>,
    /// The last deleted partnership, offered back until dismissed or replaced.
    pub recently_deleted: RwSignal<Option<Removed>>,
    /// The last teacher taken off a map, with the partnership they were on: offered back
    /// until dismissed or replaced, also after a look at another step.
    pub removed_teacher: RwSignal<Option<(Id, RemovedTeacher)>>,
    /// The last row removed from a list, offered back in its section.
    pub undo: RwSignal<Option<Undo>>,
    pub import: RwSignal<ImportStage>,
    pub autosave: Autosave,
    pub parts: Parts,
}

impl Planner {
    /// Changes one part of one partnership; the edit is stamped and saved like any other,
    /// and wakes only the readers of that part. Changes to the whole workspace (import,
    /// delete, another tab's save) go through `workspace` and wake every reader.
    pub fn edit(&self, part: Part, id: &Id, change: impl FnOnce(&mut Partnership)) {
        self.edit_parts(&[part], id, change);
    }

    /// Changes several parts at once, e.g. removing a coach from the agreement along with
    /// the plan's references to them.
    pub fn edit_parts(&self, parts: &[Part], id: &Id, change: impl FnOnce(&mut Partnership)) {
        let mut change = Some(change);
        self.edit_erased(parts, id, &mut |p| {
            if let Some(change) = change.take() {
                change(p);
            }
        });
    }

    // Every edit runs through one copy of this code, however many kinds of change call it.
    fn edit_erased(&self, parts: &[Part], id: &Id, change: &mut dyn FnMut(&mut Partnership)) {
        let edited = self
            .workspace
            .try_update_untracked(|w| w.edit(id, shell::now(), change));
        if edited == Some(true) {
            for part in parts {
                self.parts.of(*part).notify();
            }
            self.autosave.changed();
        }
    }

    /// Reads something from one part of a partnership, tracked, with a default when the
    /// partnership is gone.
    pub fn read<T: Default>(&self, part: Part, id: &Id, get: impl FnOnce(&Partnership) -> T) -> T {
        self.parts.of(part).track();
        let (mut get, mut got) = (Some(get), None);
        self.with_partnership(id, &mut |p| got = get.take().map(|get| get(p)));
        got.unwrap_or_default()
    }

    // One copy of the signal's reading code for every reader, whatever it reads. It follows
    // the whole workspace too, which changes on an import, a delete or another tab's save.
    fn with_partnership(&self, id: &Id, read: &mut dyn FnMut(&Partnership)) {
        self.workspace.with(|w| {
            if let Some(p) = w.get(id) {
                read(p);
            }
        });
    }

    /// One value of a partnership for a control to show, and the callback that changes it.
    pub fn bind<T>(
        &self,
        part: Part,
        id: &Id,
        get: impl Fn(&Partnership) -> T + Send + Sync + 'static,
        set: impl Fn(&mut Partnership, T) + Send + Sync + 'static,
    ) -> (Signal<T>, Callback<T>)
    where
        T: Clone + PartialEq + Default + Send + Sync + 'static,
    {
        // Boxed, so the reactive code is built once per value type rather than once per
        // field: this keeps the WebAssembly download small.
        self.bind_boxed(part, id, Arc::new(get), Arc::new(set))
    }

    fn bind_boxed<T>(
        &self,
        part: Part,
        id: &Id,
        get: Getter<T>,
        set: Setter<T>,
    ) -> (Signal<T>, Callback<T>)
    where
        T: Clone + PartialEq + Default + Send + Sync + 'static,
    {
        let this = *self;
        let read_id = id.clone();
        let value = Memo::new(move |_| this.read(part, &read_id, |p| get(p)));
        let write_id = id.clone();
        let change = Callback::new(move |new: T| this.edit(part, &write_id, |p| set(p, new)));
        (value.into(), change)
    }

    /// One field of one record in a list of a partnership (a coaching action, a role…).
    pub fn bind_item<R, T>(
        &self,
        part: Part,
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
            part,
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
    pub fn item_ids<R: Keyed + 'static>(
        &self,
        part: Part,
        id: &Id,
        list: List<R>,
    ) -> Memo<Vec<Id>> {
        let this = *self;
        let id = id.clone();
        Memo::new(move |_| {
            this.read(part, &id, |p| {
                (list.read)(p).iter().map(|r| r.key().clone()).collect()
            })
        })
    }

    /// Adds a record with the next free id to a list of a partnership, and returns the id.
    pub fn add_item<R: Keyed>(
        &self,
        part: Part,
        id: &Id,
        prefix: &str,
        list: List<R>,
        make: impl FnOnce(Id) -> R,
    ) -> Option<Id> {
        let mut added = None;
        self.edit(part, id, |p| {
            added = add_keyed((list.write)(p), prefix, make)
        });
        added
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
            crate::storage::forget_typed(id.as_str());
            self.recently_deleted.set(removed);
            // One undo at a time: the newer offer replaces an import's.
            if matches!(self.import.get_untracked(), ImportStage::Imported { .. }) {
                self.import.set(ImportStage::Idle);
            }
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
        } else {
            for partnership in &mut document.partnerships {
                partnership.mark_exported(now);
            }
        }
        download(file_name, &write(&document), "application/json")?;
        if !anonymised {
            self.workspace.update(|w| w.mark_exported(&ids, now));
        }
        Ok(())
    }

    /// Reads the chosen or dropped files and shows what they hold; changes nothing yet.
    /// One file may be a template; several are partnerships brought in together.
    pub fn start_import(&self, chosen: Vec<web_sys::File>) {
        if chosen.is_empty() {
            return;
        }
        let this = *self;
        let files: Vec<String> = chosen.iter().map(web_sys::File::name).collect();
        this.import.set(ImportStage::Reading);
        this.route.set(Route::Home);
        shell::go_to(&Route::Home.href());
        leptos::task::spawn_local(async move {
            let several = chosen.len() > 1;
            let mut read = Vec::new();
            // The first problem, and whether every refused file can be read without what
            // it cannot read.
            let mut refused = None;
            let mut mendable = true;
            for file in &chosen {
                // Of several, the one that cannot come in is named.
                let named = |problem: crate::format::FileProblem| match several {
                    true => format!("“{}”: {problem}", file.name()),
                    false => problem.to_string(),
                };
                let text = match crate::storage::read_file(file).await {
                    Ok(text) => text,
                    Err(problem) => {
                        (refused, mendable) = (Some(named(problem)), false);
                        break;
                    }
                };
                let (document, left_out, mended) = match crate::format::read_noting(&text) {
                    Ok((document, left_out)) => (document, left_out, Vec::new()),
                    Err(problem) => match crate::format::stored::mended(&text) {
                        Some((document, mended)) => {
                            refused.get_or_insert_with(|| named(problem));
                            (document, Vec::new(), mended)
                        }
                        None => {
                            (refused, mendable) = (Some(named(problem)), false);
                            break;
                        }
                    },
                };
                read.push(Chosen {
                    file_name: file.name(),
                    document,
                    left_out,
                    mended,
                });
            }
            let template = match read.as_mut_slice() {
                [one] => one.document.template.take(),
                _ => None,
            };
            match (refused, template) {
                (Some(message), _) => {
                    // Focus goes to why, as after a preview: the input it came from is no
                    // help.
                    super::widgets::focus_when_drawn("import-done".to_string());
                    this.import.set(ImportStage::Refused {
                        files,
                        message,
                        mendable: if mendable { read } else { Vec::new() },
                    });
                }
                (None, Some(template)) => {
                    // The address keeps the template, as a link's does, so a reload before
                    // the partnership starts opens it again: if the link reads back (a very
                    // large template may not) and the home screen is still the one shown.
                    let href = crate::format::link::template_fragment(&template, shell::now());
                    let kept = href
                        .strip_prefix(crate::format::link::LINK_PREFIX)
                        .is_some_and(|payload| {
                            crate::format::link::template_from_fragment(payload).is_ok()
                        });
                    this.import.set(ImportStage::Template {
                        source: files.concat(),
                        template: Box::new(template),
                    });
                    if kept && this.route.get_untracked() == Route::Home {
                        shell::go_to(&href);
                    }
                }
                (None, None) => this.preview(files, read),
            }
        });
    }

    /// Shows what files read and checked would bring in, or why they cannot come in
    /// together.
    pub fn preview(&self, files: Vec<String>, read: Vec<Chosen>) {
        let preview = self
            .workspace
            .with_untracked(|w| ImportPreview::of_files(read, w));
        self.import.set(match preview {
            Ok(preview) => ImportStage::Previewing { files, preview },
            Err(problem) => {
                super::widgets::focus_when_drawn("import-done".to_string());
                ImportStage::refused(files, problem.to_string())
            }
        });
    }

    /// Saves at once; false only when the browser's storage had no room for it.
    fn saved_now(&self) -> bool {
        self.autosave.save_now();
        self.save_status.get_untracked() != SaveStatus::Failed(SaveProblem::Full)
    }

    pub fn finish_import(&self, mode: ImportMode) {
        let ImportStage::Previewing { preview, files } = self.import.get_untracked() else {
            return;
        };
        let mut applied = None;
        self.workspace
            .update(|w| applied = Some(preview.apply(w, mode, shell::new_id)));
        self.import.set(match applied {
            // An import the browser has no room to keep would be gone at the next start
            // after saying it came in: it is saved at once, and taken back if it does not fit.
            Some(Ok(undo)) if !self.saved_now() => {
                self.workspace.update(|w| undo.undo(w));
                self.autosave.save_now();
                ImportStage::refused(files, "This browser has no room left to keep what the file holds, so nothing was imported. Export partnerships you no longer need here, delete them, and import again.".to_string())
            }
            Some(Ok(undo)) => ImportStage::Imported { undo },
            Some(Err(problem)) => ImportStage::refused(files, problem.to_string()),
            None => ImportStage::Idle,
        });
    }

    /// Opens a template link: the template waits on the home screen for the pair to start
    /// from it, or the home screen says why the link cannot be used.
    pub fn open_template_link(&self, payload: &str) {
        let source = "The template link".to_string();
        match crate::format::link::template_from_fragment(payload) {
            // The address keeps the template while its form is open, so a reload opens
            // it again; the form sends the address home when it closes.
            // A file's template, put in the address, keeps the file's name until a reload.
            Ok(template) => {
                let opened = self.import.with_untracked(
                    |i| matches!(i, ImportStage::Template { template: t, .. } if **t == template),
                );
                if !opened {
                    self.import.set(ImportStage::Template {
                        source,
                        template: Box::new(template),
                    });
                }
            }
            Err(problem) => {
                self.import
                    .set(ImportStage::refused(vec![source], problem.to_string()));
                shell::go_to(&Route::Home.href());
            }
        }
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
