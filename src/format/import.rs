//! Bringing a file into the workspace: what it holds, how it meets what is already here,
//! and adding or replacing without touching anything until the person has chosen.

use super::validate::MAX_PARTNERSHIPS;
use super::{read_noting, Document, FileProblem};
use crate::model::limits::fit_text;
use crate::model::{Id, Partnership, Workspace};
use chrono::{DateTime, Utc};

/// One partnership in a file, as the preview shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    pub name: String,
    pub school: String,
    pub school_year: String,
    /// Who it is of, so two pairs' files of one school tell apart: "Maria Lopez with Ana
    /// Diaz".
    pub people: String,
    pub teachers: usize,
    pub support_actions: usize,
    pub updated: DateTime<Utc>,
    /// The name of the partnership in this browser with the same identity, if any.
    pub replaces: Option<String>,
    /// That partnership was edited here after the file's version was: replacing it would
    /// lose those edits.
    pub changed_here: bool,
    /// It comes from an anonymised file: codes for teachers, no notes.
    pub anonymised: bool,
}

/// One file chosen for import, read and checked, with what reading it left out.
#[derive(Clone, Debug, PartialEq)]
pub struct Chosen {
    pub file_name: String,
    pub document: Document,
    pub left_out: Vec<String>,
    /// Each change that made a refused file readable, when the person chose to import it
    /// without what could not be read.
    pub mended: Vec<String>,
}

/// Files that have passed every check, waiting for the person to choose how to import
/// them: one, or several at once, as a facilitator gathers the pairs' files.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreview {
    pub documents: Vec<Document>,
    pub incoming: Vec<Incoming>,
    /// What the files hold that this version does not know and leaves out.
    pub left_out: Vec<String>,
    /// What was changed so that the files could be read.
    pub mended: Vec<String>,
}

/// Whether partnerships that already exist here are replaced or added beside them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    AddAsNew,
    ReplaceMatching,
}

impl ImportPreview {
    pub fn read(text: &str, workspace: &Workspace) -> Result<ImportPreview, FileProblem> {
        let (document, left_out) = read_noting(text)?;
        ImportPreview::of(document, left_out, workspace)
    }

    /// What a document that has passed every check would bring into `workspace`, with what
    /// its file held that reading it left out.
    pub fn of(
        document: Document,
        left_out: Vec<String>,
        workspace: &Workspace,
    ) -> Result<ImportPreview, FileProblem> {
        let file_name = String::new();
        ImportPreview::of_files(
            vec![Chosen {
                file_name,
                document,
                left_out,
                mended: Vec::new(),
            }],
            workspace,
        )
    }

    /// What several files, each read and checked, would bring in together. Each
    /// partnership may come once: two files holding the same one are for the person to
    /// choose between.
    pub fn of_files(
        files: Vec<Chosen>,
        workspace: &Workspace,
    ) -> Result<ImportPreview, FileProblem> {
        let several = files.len() > 1;
        let mut preview = ImportPreview {
            documents: Vec::new(),
            incoming: Vec::new(),
            left_out: Vec::new(),
            mended: Vec::new(),
        };
        let mut came_from: Vec<(&Id, &str)> = Vec::new();
        for file in &files {
            let document = &file.document;
            let named = |problem: &str| match several {
                true => format!("“{}” {problem}", file.file_name),
                false => format!("this file {problem}"),
            };
            if document.scope == super::Scope::Template {
                return Err(FileProblem::whole(named(
                    "is a template: start a partnership from it with “Start from a template”",
                )));
            }
            if document.partnerships.is_empty() {
                return Err(FileProblem::whole(named("holds no partnerships")));
            }
            for p in &document.partnerships {
                if let Some((_, first)) = came_from.iter().find(|(id, _)| **id == p.id) {
                    return Err(FileProblem::whole(format!(
                        "“{first}” and “{}” both hold “{}”: import one of them",
                        file.file_name, p.name
                    )));
                }
                came_from.push((&p.id, &file.file_name));
                preview.incoming.push(Incoming {
                    name: p.name.clone(),
                    school: p.school.clone(),
                    school_year: p.school_year.to_string(),
                    people: match (p.principal.trim(), p.coach_names()) {
                        (principal, coaches) if coaches.is_empty() => principal.to_string(),
                        ("", coaches) => coaches,
                        (principal, coaches) => format!("{principal} with {coaches}"),
                    },
                    teachers: p.continuum.teachers.len(),
                    support_actions: p.plan.actions.len(),
                    updated: p.updated,
                    replaces: workspace.get(&p.id).map(|existing| existing.name.clone()),
                    changed_here: workspace
                        .get(&p.id)
                        .is_some_and(|existing| existing.updated > p.updated),
                    anonymised: document.anonymised || p.anonymised,
                });
            }
            let from_file = |said: &String| match several {
                true => format!("“{}”: {said}", file.file_name),
                false => said.clone(),
            };
            preview.left_out.extend(file.left_out.iter().map(from_file));
            preview.mended.extend(file.mended.iter().map(from_file));
        }
        preview.documents = files.into_iter().map(|file| file.document).collect();
        Ok(preview)
    }

    /// True when some of what comes in is anonymised.
    pub fn anonymised(&self) -> bool {
        self.incoming.iter().any(|i| i.anonymised)
    }

    pub fn matches_any(&self) -> bool {
        self.incoming.iter().any(|i| i.replaces.is_some())
    }

    /// True when replacing would take back edits made in this browser since the file.
    pub fn changed_here_any(&self) -> bool {
        self.incoming.iter().any(|i| i.changed_here)
    }

    /// How many partnerships the import would add beside those already here.
    pub fn adds(&self, mode: ImportMode) -> usize {
        match mode {
            ImportMode::AddAsNew => self.incoming.len(),
            ImportMode::ReplaceMatching => self
                .incoming
                .iter()
                .filter(|i| i.replaces.is_none())
                .count(),
        }
    }

    /// Applies the import and returns what undoes exactly it. Refused, changing nothing,
    /// when the browser would then hold more partnerships than the reader opens.
    pub fn apply(
        self,
        workspace: &mut Workspace,
        mode: ImportMode,
        mut new_id: impl FnMut() -> Id,
    ) -> Result<ImportUndo, FileProblem> {
        let total = workspace.partnerships.len() + self.adds(mode);
        if total > MAX_PARTNERSHIPS {
            return Err(FileProblem::whole(format!(
                "importing it would make {total} partnerships in this browser; the most is {MAX_PARTNERSHIPS}. Delete some, or replace the ones already here"
            )));
        }
        let mut undo = ImportUndo::default();
        let mut touched = Vec::new();
        let marked = |name: &str, mark: &str| {
            let mark = format!(" ({mark})");
            match name.ends_with(&mark) {
                true => name.to_string(),
                false => fit_text(format!("{name}{mark}")).0,
            }
        };
        // An anonymised copy says so in its name wherever it is listed, beside its
        // original or not: its teachers are codes and its notes are gone.
        let each = self.documents.into_iter().rev().flat_map(|document| {
            let anonymised = document.anonymised;
            document.partnerships.into_iter().rev().map(move |mut p| {
                p.anonymised |= anonymised;
                p
            })
        });
        for mut partnership in each {
            let anonymised = partnership.anonymised;
            let existing = workspace
                .partnerships
                .iter()
                .position(|p| p.id == partnership.id);
            match (existing, mode) {
                (Some(index), ImportMode::ReplaceMatching) => {
                    touched.push((partnership.id.clone(), partnership.updated));
                    let before = std::mem::replace(&mut workspace.partnerships[index], partnership);
                    undo.replaced.push(before);
                }
                (Some(_), ImportMode::AddAsNew) => {
                    partnership.id = fresh(&mut new_id, workspace);
                    // Listed beside the one it came from, it needs a name to tell them apart.
                    // Imported twice, the second copy is numbered like the first's.
                    partnership.name = workspace.free_name(&marked(
                        &partnership.name,
                        if anonymised {
                            "anonymised"
                        } else {
                            "from the file"
                        },
                    ));
                    touched.push((partnership.id.clone(), partnership.updated));
                    undo.added.push(partnership.id.clone());
                    workspace.add(partnership);
                }
                (None, _) => {
                    if anonymised {
                        partnership.name = marked(&partnership.name, "anonymised");
                    }
                    // Another plan of the same name (the sample's file beside the sample)
                    // is told apart on the home list.
                    partnership.name = workspace.free_name(&partnership.name);
                    touched.push((partnership.id.clone(), partnership.updated));
                    undo.added.push(partnership.id.clone());
                    workspace.add(partnership);
                }
            }
        }
        undo.as_imported = touched;
        Ok(undo)
    }
}

/// What an import changed, so that undoing it touches nothing else: the partnerships it
/// added, and those it replaced as they were before.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportUndo {
    pub added: Vec<Id>,
    pub replaced: Vec<Partnership>,
    /// When each partnership the import brought in was last edited, as it came in.
    pub as_imported: Vec<(Id, DateTime<Utc>)>,
}

impl ImportUndo {
    pub fn count(&self) -> usize {
        self.added.len() + self.replaced.len()
    }

    /// The partnerships the import brought in that were edited since: undoing would take
    /// those edits back too, so the person is asked first.
    pub fn edited_since(&self, workspace: &Workspace) -> Vec<String> {
        self.as_imported
            .iter()
            .filter_map(|(id, updated)| workspace.get(id).filter(|p| p.updated != *updated))
            .map(|p| p.name.clone())
            .collect()
    }

    /// Removes what the import added and puts back what it replaced; every other
    /// partnership, and every edit made since to those, stays as it is.
    pub fn undo(self, workspace: &mut Workspace) {
        workspace
            .partnerships
            .retain(|p| !self.added.contains(&p.id));
        for before in self.replaced {
            match workspace
                .partnerships
                .iter_mut()
                .find(|p| p.id == before.id)
            {
                Some(slot) => *slot = before,
                None => {
                    workspace.add(before);
                }
            }
        }
    }
}

fn fresh(new_id: &mut impl FnMut() -> Id, workspace: &Workspace) -> Id {
    loop {
        let id = new_id();
        if workspace.get(&id).is_none() {
            return id;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{write, Scope};
    use crate::model::test_support::{now, sample};

    fn workspace_with_sample() -> Workspace {
        Workspace {
            partnerships: vec![sample()],
        }
    }

    fn file_of(workspace: &Workspace) -> String {
        write(&Document::new(
            Scope::Partnership,
            workspace.partnerships.clone(),
            now(),
        ))
    }

    #[test]
    fn a_file_with_a_known_partnership_offers_to_replace_it() {
        let workspace = workspace_with_sample();
        let preview = ImportPreview::read(&file_of(&workspace), &workspace);
        let preview = preview.as_ref().map_err(ToString::to_string);
        assert_eq!(
            preview.map(|p| (p.matches_any(), p.changed_here_any())),
            Ok((true, false))
        );
    }

    #[test]
    fn an_older_file_says_the_copy_here_was_changed_since() {
        let file = file_of(&workspace_with_sample());
        let mut workspace = workspace_with_sample();
        workspace.partnerships[0].updated += chrono::Duration::minutes(19);
        let preview = ImportPreview::read(&file, &workspace).map_err(|e| e.to_string());
        assert_eq!(preview.map(|p| p.changed_here_any()), Ok(true));
    }

    #[test]
    fn several_files_come_in_together_once_each_anonymised_ones_marked() {
        let chosen = |file_name: &str, id: &str, anonymised: bool| {
            let mut p = sample();
            p.id = Id::new(id);
            let mut document = Document::new(Scope::Partnership, vec![p], now());
            document.anonymised = anonymised;
            Chosen {
                file_name: file_name.into(),
                document,
                left_out: vec!["Partnership 1, mood".into()],
                mended: Vec::new(),
            }
        };
        let mut workspace = Workspace::default();
        let files = vec![chosen("a.json", "a", false), chosen("b.json", "b", true)];
        let Ok(preview) = ImportPreview::of_files(files, &workspace) else {
            panic!("two pairs' files come in together")
        };
        assert_eq!(preview.incoming.len(), 2);
        assert!(preview.anonymised());
        assert_eq!(preview.left_out[1], "“b.json”: Partnership 1, mood");
        let mut n = 0;
        let applied = preview.apply(&mut workspace, ImportMode::ReplaceMatching, || {
            n += 1;
            Id::new(format!("n{n}"))
        });
        assert_eq!(applied.map(|undo| undo.count()), Ok(2));
        let names: Vec<&str> = workspace
            .partnerships
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(
            names.iter().filter(|n| n.ends_with("(anonymised)")).count(),
            1
        );

        let twice = vec![
            chosen("a.json", "a", false),
            chosen("a again.json", "a", false),
        ];
        let refused = ImportPreview::of_files(twice, &workspace).map_err(|e| e.to_string());
        assert!(refused.is_err_and(|e| e.contains("“a.json” and “a again.json” both hold")));
    }

    #[test]
    fn replacing_swaps_in_place_and_adding_keeps_both() {
        let mut workspace = workspace_with_sample();
        let mut edited = workspace.clone();
        edited.partnerships[0].name = "Edited elsewhere".into();
        let text = file_of(&edited);

        let mut counter = 0;
        let mut ids = || {
            counter += 1;
            Id::new(format!("new-{counter}"))
        };
        let Ok(preview) = ImportPreview::read(&text, &workspace) else {
            panic!("the file is valid")
        };
        let mut both = workspace.clone();
        let added = preview
            .clone()
            .apply(&mut both, ImportMode::AddAsNew, &mut ids)
            .map(|undo| undo.added);
        assert_eq!(added, Ok(vec![Id::new("new-1")]));
        let names: Vec<&str> = both.partnerships.iter().map(|p| p.name.as_str()).collect();
        assert!(names.contains(&"Edited elsewhere (from the file)"));
        assert!(names.contains(&workspace.partnerships[0].name.as_str()));
        // The same file kept beside them again: its copy is numbered, not a twin.
        let Ok(again) = ImportPreview::read(&text, &both) else {
            panic!("the file is valid")
        };
        assert!(again
            .apply(&mut both, ImportMode::AddAsNew, &mut ids)
            .is_ok());
        assert_eq!(
            both.partnerships[0].name,
            "Edited elsewhere (from the file) (2)"
        );

        let replaced = preview.apply(&mut workspace, ImportMode::ReplaceMatching, &mut ids);
        assert_eq!(replaced.map(|u| u.count()), Ok(1));
        assert_eq!(workspace.partnerships.len(), 1);
        assert_eq!(workspace.partnerships[0].name, "Edited elsewhere");
    }

    #[test]
    fn an_anonymised_copy_says_so_in_its_name_wherever_it_is_added() {
        let workspace = workspace_with_sample();
        let mut document = Document::new(Scope::Partnership, workspace.partnerships.clone(), now());
        document.anonymised = true;
        let text = write(&document);
        let name = workspace.partnerships[0].name.clone();
        for (into, mode) in [
            (workspace.clone(), ImportMode::AddAsNew),
            (Workspace::default(), ImportMode::ReplaceMatching),
        ] {
            let mut into = into;
            let Ok(preview) = ImportPreview::read(&text, &into) else {
                panic!("the file is valid")
            };
            let mut n = 0;
            let applied = preview.apply(&mut into, mode, || {
                n += 1;
                Id::new(format!("new-{n}"))
            });
            assert!(applied.is_ok());
            let names: Vec<&str> = into.partnerships.iter().map(|p| p.name.as_str()).collect();
            assert!(
                names.contains(&format!("{name} (anonymised)").as_str()),
                "{names:?}"
            );
        }
    }

    #[test]
    fn an_imported_anonymised_copy_exported_again_is_still_an_anonymised_file() {
        let original = workspace_with_sample();
        let copy = crate::format::anonymise::anonymise(&original.partnerships[0]);
        let file = Document::new(Scope::Partnership, copy.into_iter().collect(), now());
        assert!(file.anonymised);
        // A facilitator gathers it, then sends the whole workspace on.
        let mut gathered = Workspace::default();
        let Ok(preview) = ImportPreview::read(&write(&file), &gathered) else {
            panic!("the anonymised file is valid")
        };
        assert!(preview
            .apply(&mut gathered, ImportMode::ReplaceMatching, || Id::new("x"))
            .is_ok());
        let sent_on = write(&Document::of_workspace(&gathered, now()));
        // Back beside its original, it is still offered as an anonymised copy.
        let Ok(preview) = ImportPreview::read(&sent_on, &original) else {
            panic!("the workspace file is valid")
        };
        assert!(preview.anonymised() && preview.matches_any());
        assert!(!Document::of_workspace(&original, now()).anonymised);
    }

    #[test]
    fn a_new_plan_named_as_one_here_is_numbered_rather_than_listed_twice() {
        let mut workspace = workspace_with_sample();
        let mut other = sample();
        other.id = Id::new("elsewhere");
        let text = write(&Document::new(Scope::Partnership, vec![other], now()));
        let Ok(preview) = ImportPreview::read(&text, &workspace) else {
            panic!("the file is valid")
        };
        let applied = preview.apply(&mut workspace, ImportMode::ReplaceMatching, || Id::new("x"));
        assert!(applied.is_ok());
        let name = &workspace.partnerships[1].name;
        let names: Vec<&str> = workspace
            .partnerships
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names, [format!("{name} (2)").as_str(), name.as_str()]);
    }

    #[test]
    fn undoing_an_import_keeps_every_edit_made_after_it() {
        let mut mine = sample();
        mine.id = Id::new("p-mine");
        let mut workspace = Workspace {
            partnerships: vec![mine, sample()],
        };
        let mut incoming = workspace_with_sample();
        incoming.partnerships[0].name = "From the file".into();
        let mut other = sample();
        other.id = Id::new("p-new");
        incoming.partnerships.push(other);
        let text = file_of(&incoming);
        let Ok(preview) = ImportPreview::read(&text, &workspace) else {
            panic!("the file is valid")
        };
        let before = workspace.clone();
        let Ok(undo) = preview.apply(&mut workspace, ImportMode::ReplaceMatching, || {
            Id::new("unused")
        }) else {
            panic!("there is room")
        };
        assert_eq!(workspace.partnerships.len(), 3);
        workspace.partnerships.iter_mut().for_each(|p| {
            if p.id.as_str() == "p-mine" {
                p.agreement.focus.goal = "Typed after the import".into();
            }
        });
        assert!(undo.edited_since(&workspace).is_empty());
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        let mut edited = workspace.clone();
        edited.edit(&Id::new("p-new"), now, |p| p.name = "Changed since".into());
        assert_eq!(undo.edited_since(&edited), ["Changed since"]);
        undo.undo(&mut workspace);
        let mut expected = before;
        expected.partnerships[0].agreement.focus.goal = "Typed after the import".into();
        assert_eq!(workspace, expected);
    }

    #[test]
    fn an_import_past_the_most_partnerships_changes_nothing() {
        let mut workspace = Workspace::default();
        for n in 0..MAX_PARTNERSHIPS {
            let mut p = sample();
            p.id = Id::new(format!("p-{n}"));
            workspace.partnerships.push(p);
        }
        let mut incoming = sample();
        incoming.id = Id::new("p-other");
        let text = file_of(&Workspace {
            partnerships: vec![incoming],
        });
        let Ok(preview) = ImportPreview::read(&text, &workspace) else {
            panic!("the file is valid")
        };
        let before = workspace.clone();
        let result = preview.apply(&mut workspace, ImportMode::ReplaceMatching, || {
            Id::new("unused")
        });
        assert!(result.is_err());
        assert_eq!(workspace, before);
    }

    #[test]
    fn a_bad_file_is_refused_before_the_workspace_is_reached() {
        let mut workspace = workspace_with_sample();
        let before = workspace.clone();
        let text = file_of(&workspace).replacen("\"position\": 9", "\"position\": 12", 1);
        match ImportPreview::read(&text, &workspace) {
            Ok(preview) => {
                let _ = preview.apply(&mut workspace, ImportMode::ReplaceMatching, || Id::new("x"));
                panic!("a position of 12 was accepted");
            }
            Err(problem) => assert!(problem.to_string().contains("position 12")),
        }
        assert_eq!(workspace, before);
    }
}
