//! The envelope every file and every save is wrapped in.

use super::location::from_serde;
use super::migrate::migrate;
use super::validate::{check_document, check_sizes, MAX_FILE_BYTES};
use super::FileProblem;
use crate::model::template::Template;
use crate::model::{Partnership, Workspace};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The name that tells our files from any other JSON.
pub const FORMAT_NAME: &str = "partnership-planner";
/// Bumped whenever the shape of the data changes; each bump comes with a migration step.
pub const FORMAT_VERSION: u32 = 2;

/// Whether a document holds the whole workspace, partnerships picked from it, or a
/// template to start partnerships from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    Workspace,
    Partnership,
    Template,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub format: String,
    pub version: u32,
    pub app_version: String,
    pub saved_at: DateTime<Utc>,
    pub scope: Scope,
    /// True when teacher names and personal notes were replaced before export.
    pub anonymised: bool,
    pub partnerships: Vec<Partnership>,
    /// The template a template file holds, and nothing else does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<Template>,
}

impl Document {
    pub fn new(scope: Scope, partnerships: Vec<Partnership>, saved_at: DateTime<Utc>) -> Document {
        Document {
            format: FORMAT_NAME.to_string(),
            version: FORMAT_VERSION,
            app_version: env!("CARGO_PKG_VERSION").to_string(),
            saved_at,
            scope,
            anonymised: false,
            partnerships,
            template: None,
        }
    }

    pub fn of_template(template: Template, saved_at: DateTime<Utc>) -> Document {
        Document {
            template: Some(template),
            ..Document::new(Scope::Template, Vec::new(), saved_at)
        }
    }

    pub fn of_workspace(workspace: &Workspace, saved_at: DateTime<Utc>) -> Document {
        Document::new(Scope::Workspace, workspace.partnerships.clone(), saved_at)
    }

    pub fn into_workspace(self) -> Workspace {
        Workspace {
            partnerships: self.partnerships,
        }
    }
}

/// Writes a document as indented JSON that a person can read.
pub fn write(document: &Document) -> String {
    // Serialising plain structs with string keys cannot fail; an empty string would
    // only ever come from a bug in serde_json itself.
    serde_json::to_string_pretty(document).unwrap_or_default()
}

/// Writes a document as compact JSON, for browser storage where space is short.
pub fn write_compact(document: &Document) -> String {
    // As for `write`: cannot fail for these types.
    serde_json::to_string(document).unwrap_or_default()
}

/// Reads a document, migrating it from an older version and checking every value.
pub fn read(text: &str) -> Result<Document, FileProblem> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileProblem::TooLarge {
            bytes: text.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let value = migrate(parse_json(text)?)?;
    check_sizes(&value, &mut Vec::new())?;
    let document = typed(&value, 0)?;
    check_document(&document)?;
    Ok(document)
}

/// Parses text as JSON, saying where it stops being JSON.
pub(super) fn parse_json(text: &str) -> Result<serde_json::Value, FileProblem> {
    // Some editors on Windows start a saved file with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FileProblem::Empty);
    }
    serde_json::from_str(text).map_err(|e| FileProblem::NotJson {
        line: e.line(),
        column: e.column(),
    })
}

/// The one typed reading of the format, shared by files, storage and anonymised copies
/// so the download carries its code once. A document holding one partnership taken from
/// place `index` of a longer list is located as that place.
pub(super) fn typed(value: &serde_json::Value, index: usize) -> Result<Document, FileProblem> {
    use super::location::Segment::{Field, Index};
    serde_path_to_error::deserialize(value).map_err(|e| {
        let mut path = from_serde(e.path());
        if let [Field(list), Index(at), ..] = path.as_mut_slice() {
            if list == "partnerships" {
                *at += index;
            }
        }
        FileProblem::at(&path, e.inner().to_string())
    })
}

/// A document as JSON, through the same writer files use.
pub(super) fn as_value(document: &Document) -> serde_json::Value {
    serde_json::from_str(&write_compact(document)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::{now, sample};

    fn sample_document() -> Option<Document> {
        Some(Document::new(Scope::Partnership, vec![sample()], now()))
    }

    #[test]
    fn a_written_document_reads_back_the_same() {
        let Some(doc) = sample_document() else {
            panic!("the sample builds")
        };
        assert_eq!(read(&write(&doc)), Ok(doc));
    }

    #[test]
    fn a_position_out_of_range_is_named_with_its_teacher() {
        let Some(doc) = sample_document() else {
            panic!("the sample builds")
        };
        let text = write(&doc).replacen("\"position\": 9", "\"position\": 12", 1);
        let message = read(&text).err().map(|e| e.to_string());
        assert_eq!(
            message.as_deref(),
            Some("Partnership 1, teacher 1, position: position 12 is outside 1-11.")
        );
    }

    #[test]
    fn a_file_over_five_megabytes_is_refused_before_it_is_parsed() {
        let text = format!("[{}]", "0,".repeat(2_600_000));
        let message = read(&text).err().map(|e| e.to_string());
        assert_eq!(
            message.as_deref(),
            Some("This file is 5.2 MB; Partnership Planner opens files up to 5 MB.")
        );
    }

    #[test]
    fn a_byte_order_mark_from_a_windows_editor_is_ignored() {
        let Some(doc) = sample_document() else {
            panic!("the sample builds")
        };
        assert_eq!(read(&format!("\u{feff}{}", write(&doc))), Ok(doc));
    }
}
