//! The envelope every file and every save is wrapped in.

use super::location::path_at;
use super::migrate::migrate;
use super::problem::DATE_ERRORS;
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
    /// A document of `partnerships`, anonymised when each of them is an anonymised copy.
    pub fn new(scope: Scope, partnerships: Vec<Partnership>, saved_at: DateTime<Utc>) -> Document {
        let anonymised = !partnerships.is_empty() && partnerships.iter().all(|p| p.anonymised);
        Document {
            format: FORMAT_NAME.to_string(),
            version: FORMAT_VERSION,
            app_version: env!("CARGO_PKG_VERSION").to_string(),
            saved_at,
            scope,
            anonymised,
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
    super::pretty::indent(&write_compact(document))
}

/// Writes a document as compact JSON, for browser storage where space is short.
pub fn write_compact(document: &Document) -> String {
    // As for `write`: cannot fail for these types.
    serde_json::to_string(document).unwrap_or_default()
}

/// Reads a document, migrating it from an older version and checking every value.
pub fn read(text: &str) -> Result<Document, FileProblem> {
    checked(text).map(|(document, _)| document)
}

/// Reads a document as [`read`] does, and names what it holds that the format does not
/// keep, for an import to say before anything is changed.
pub fn read_noting(text: &str) -> Result<(Document, Vec<String>), FileProblem> {
    let (document, value) = checked(text)?;
    let kept = parse_json(&write_compact(&document))?;
    Ok((document, super::left_out::left_out(&value, &kept)))
}

fn checked(text: &str) -> Result<(Document, serde_json::Value), FileProblem> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileProblem::TooLarge {
            bytes: text.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let value = migrate(parse_json(text)?)?;
    check_sizes(&value, &mut Vec::new())?;
    let named = |problem: FileProblem| problem.naming(&value);
    let document = typed(&value, 0).map_err(named)?;
    check_document(&document).map_err(named)?;
    Ok((document, value))
}

/// Parses text as JSON, saying where it stops being JSON.
pub(super) fn parse_json(text: &str) -> Result<serde_json::Value, FileProblem> {
    // Some editors on Windows start a saved file with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FileProblem::Empty);
    }
    serde_json::from_str(text).map_err(|e| match e.is_eof() {
        true => FileProblem::CutShort { line: e.line() },
        false => not_json(text, e.line(), e.column()),
    })
}

/// What a file that is not JSON most likely is, for a message that helps.
fn not_json(text: &str, line: usize, column: usize) -> FileProblem {
    let meant_as_json = text.trim_start().starts_with(['{', '[']);
    // Rows: tabs, or the first two lines cut into the same number of cells.
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let cells = |line: Option<&str>| line.map(|l| l.matches([',', ';']).count());
    let (first, second) = (lines.next(), lines.next());
    let rows = first.is_some_and(|l| l.contains('\t'))
        || cells(first).is_some_and(|n| n > 0) && cells(first) == cells(second);
    // Bytes no text holds: a control character, or a letter that could not be read.
    let binary = |c: char| c == '\u{fffd}' || c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    if text.chars().any(binary) {
        FileProblem::NotText
    } else if !meant_as_json && rows {
        FileProblem::Spreadsheet
    } else {
        FileProblem::NotJson {
            line,
            column,
            edited: meant_as_json,
        }
    }
}

/// The one typed reading of the format, shared by files, storage and anonymised copies
/// so the download carries its code once. A document holding one partnership taken from
/// place `index` of a longer list is located as that place.
///
/// It reads the value's compact text rather than the value itself: serde_json then says
/// where it stopped, and [`path_at`] names that place, with no second copy of every
/// reader to keep track of the path on the way.
pub(super) fn typed(value: &serde_json::Value, index: usize) -> Result<Document, FileProblem> {
    use super::location::Segment::{Field, Index};
    let text = value.to_string();
    serde_json::from_str(&text).map_err(|e| {
        let mut path = path_at(&text, e.column());
        let message = e.to_string();
        let place = format!(" at line {} column {}", e.line(), e.column());
        let message = match message.strip_suffix(&place).unwrap_or(&message) {
            // What serde_json says of a choice given neither text nor a record: say what
            // was found, as for every other value of the wrong kind.
            "expected value" => <serde_json::Error as serde::de::Error>::invalid_type(
                unexpected(found_at(value, &path)),
                &"string or map",
            )
            .to_string(),
            // A date written another way ("08/09/2026"): say what was found and the way
            // the file writes dates.
            said if DATE_ERRORS.contains(&said) => {
                match found_at(value, &path).and_then(serde_json::Value::as_str) {
                    Some(found) if written_as_a_day(found) => {
                        format!("“{found}” is not a day that exists")
                    }
                    Some(found) => format!(
                        "“{found}” is not a date written year-month-day, such as 2026-09-28 for 28 September 2026"
                    ),
                    None => said.to_string(),
                }
            }
            said => said.to_string(),
        };
        if let [Field(list), Index(at), ..] = path.as_mut_slice() {
            if list == "partnerships" {
                *at += index;
            }
        }
        FileProblem::at(&path, message)
    })
}

/// True for text shaped as the file writes a day: 2026-09-08.
fn written_as_a_day(text: &str) -> bool {
    text.len() == 10
        && text.chars().enumerate().all(|(i, c)| match i {
            4 | 7 => c == '-',
            _ => c.is_ascii_digit(),
        })
}

fn found_at<'a>(
    value: &'a serde_json::Value,
    path: &[super::location::Segment],
) -> Option<&'a serde_json::Value> {
    use super::location::Segment::{Field, Index};
    path.iter().try_fold(value, |inner, segment| match segment {
        Field(key) => inner.get(key),
        Index(at) => inner.get(at),
    })
}

/// A value of the wrong kind, for serde to name in its own words, e.g. "integer `7`".
fn unexpected(value: Option<&serde_json::Value>) -> serde::de::Unexpected<'_> {
    use serde::de::Unexpected;
    use serde_json::Value::{Array, Bool, Null, Number, Object, String};
    match value {
        Some(Bool(b)) => Unexpected::Bool(*b),
        Some(Number(n)) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (_, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Float(n.as_f64().unwrap_or_default()),
        },
        Some(String(s)) => Unexpected::Str(s),
        Some(Array(_)) => Unexpected::Seq,
        Some(Object(_)) => Unexpected::Map,
        Some(Null) | None => Unexpected::Unit,
    }
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
    fn a_file_that_is_not_json_is_named_for_what_it_looks_like() {
        assert_eq!(
            read("Name,Team\nAna Ruiz,Grade 3\n"),
            Err(FileProblem::Spreadsheet)
        );
        assert_eq!(read("Name\tTeam\n"), Err(FileProblem::Spreadsheet));
        assert_eq!(
            read("\u{fffd}PNG\r\n\u{1a}\n\0\0"),
            Err(FileProblem::NotText)
        );
        // A picture's bytes, read as Windows-1252 since they are not UTF-8.
        let picture = crate::format::text::decode(b"\x89PNG\r\n\x1a\n\x01\x02IHDR".to_vec());
        assert_eq!(read(&picture), Err(FileProblem::NotText));
        assert_eq!(
            read("{\"format\": \"partnership-planner\",}"),
            Err(FileProblem::NotJson {
                line: 1,
                column: 34,
                edited: true
            })
        );
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
            Some("Partnership 1, teacher 1 (Alex Rivera), position: position 12 is outside 1-11.")
        );
    }

    #[test]
    fn a_choice_given_a_number_says_what_was_found_and_where() {
        let Some(doc) = sample_document() else {
            panic!("the sample builds")
        };
        let mut value = as_value(&doc);
        value["partnerships"][0]["continuum"]["teachers"][1]["stage"] = 7.into();
        value["partnerships"][0]["plan"]["actions"][0]["who"] = serde_json::json!([]);
        let message =
            |value: &serde_json::Value| read(&value.to_string()).err().map(|e| e.to_string());
        assert_eq!(
            message(&value).as_deref(),
            Some(
                "Partnership 1, teacher 2 (Bea Chen), stage: found 7 where string or map belongs."
            )
        );
        value["partnerships"][0]["continuum"]["teachers"][1]["stage"] = "started".into();
        assert_eq!(
            message(&value).as_deref(),
            Some("Partnership 1, support action 1 (“Look at writing from classrooms at 9-10”), who: found a list where string or map belongs.")
        );
    }

    #[test]
    fn a_file_over_twenty_megabytes_is_refused_before_it_is_parsed() {
        let text = format!("[{}]", "0,".repeat(10_600_000));
        let message = read(&text).err().map(|e| e.to_string());
        assert_eq!(
            message.as_deref(),
            Some("This file is 21.2 MB; Partnership Planner opens files up to 20 MB.")
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
