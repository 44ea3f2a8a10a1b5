//! Bringing a file into the workspace: what it holds, how it meets what is already here,
//! and adding or replacing without touching anything until the person has chosen.

use super::{read, Document, FileProblem};
use crate::model::{Id, Workspace};
use chrono::{DateTime, Utc};

/// One partnership in a file, as the preview shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    pub name: String,
    pub school: String,
    pub school_year: String,
    pub teachers: usize,
    pub support_actions: usize,
    pub updated: DateTime<Utc>,
    /// The name of the partnership in this browser with the same identity, if any.
    pub replaces: Option<String>,
}

/// A file that has passed every check, waiting for the person to choose how to import it.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreview {
    pub document: Document,
    pub incoming: Vec<Incoming>,
}

/// Whether partnerships that already exist here are replaced or added beside them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    AddAsNew,
    ReplaceMatching,
}

impl ImportPreview {
    pub fn read(text: &str, workspace: &Workspace) -> Result<ImportPreview, FileProblem> {
        let document = read(text)?;
        if document.partnerships.is_empty() {
            return Err(FileProblem::whole("this file holds no partnerships"));
        }
        let incoming = document
            .partnerships
            .iter()
            .map(|p| Incoming {
                name: p.name.clone(),
                school: p.school.clone(),
                school_year: p.school_year.to_string(),
                teachers: p.continuum.teachers.len(),
                support_actions: p.plan.actions.len(),
                updated: p.updated,
                replaces: workspace.get(&p.id).map(|existing| existing.name.clone()),
            })
            .collect();
        Ok(ImportPreview { document, incoming })
    }

    pub fn matches_any(&self) -> bool {
        self.incoming.iter().any(|i| i.replaces.is_some())
    }

    /// Applies the import; returns the ids of the partnerships it added or replaced.
    pub fn apply(
        self,
        workspace: &mut Workspace,
        mode: ImportMode,
        mut new_id: impl FnMut() -> Id,
    ) -> Vec<Id> {
        let mut touched = Vec::new();
        for mut partnership in self.document.partnerships.into_iter().rev() {
            let existing = workspace
                .partnerships
                .iter()
                .position(|p| p.id == partnership.id);
            match (existing, mode) {
                (Some(index), ImportMode::ReplaceMatching) => {
                    touched.push(partnership.id.clone());
                    workspace.partnerships[index] = partnership;
                }
                (Some(_), ImportMode::AddAsNew) => {
                    partnership.id = fresh(&mut new_id, workspace);
                    touched.push(partnership.id.clone());
                    workspace.add(partnership);
                }
                (None, _) => {
                    touched.push(partnership.id.clone());
                    workspace.add(partnership);
                }
            }
        }
        touched.reverse();
        touched
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
        assert_eq!(preview.map(|p| p.matches_any()), Ok(true));
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
        let added = preview
            .clone()
            .apply(&mut workspace.clone(), ImportMode::AddAsNew, &mut ids);
        assert_eq!(added, vec![Id::new("new-1")]);

        let replaced = preview.apply(&mut workspace, ImportMode::ReplaceMatching, &mut ids);
        assert_eq!(replaced, vec![Id::new("p-1")]);
        assert_eq!(workspace.partnerships.len(), 1);
        assert_eq!(workspace.partnerships[0].name, "Edited elsewhere");
    }

    #[test]
    fn a_bad_file_changes_nothing() {
        let workspace = workspace_with_sample();
        let before = workspace.clone();
        let result = ImportPreview::read(
            "{\"format\": \"partnership-planner\", \"version\": 1}",
            &workspace,
        );
        assert!(result.is_err());
        assert_eq!(workspace, before);
    }
}
