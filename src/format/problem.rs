//! Every way a file or a save can be unreadable, each with a sentence a person understands.

use super::location::{capitalised, describe, describe_in, Segment};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProblem {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    Empty,
    /// Not text at all: a picture, a PDF, a Word or Excel file.
    NotText,
    /// Rows of text with commas or tabs: a staff list, not a plan.
    Spreadsheet,
    NotJson {
        line: usize,
        column: usize,
        /// It starts as our files do, so a hand edit went wrong at that place.
        edited: bool,
    },
    /// JSON that stops before it is finished: a download or a copy cut short.
    CutShort {
        line: usize,
    },
    NotOurs,
    TooNew {
        version: u64,
    },
    Invalid {
        location: String,
        problem: String,
        /// Where it is, step by step, for a repair to find it.
        path: Vec<Segment>,
    },
}

impl FileProblem {
    /// A problem with the value found at `path`.
    pub fn at(path: &[Segment], problem: impl Into<String>) -> FileProblem {
        FileProblem::Invalid {
            location: describe(path),
            problem: tidy(&problem.into()),
            path: path.to_vec(),
        }
    }

    /// The same problem, its place naming the teachers and coaches it lies in, read from
    /// the document `value`, so the person can find them.
    pub fn naming(self, value: &serde_json::Value) -> FileProblem {
        match self {
            // A place written out by hand, not from its path, stays as written.
            FileProblem::Invalid {
                location,
                problem,
                path,
            } if location == describe(&path) => FileProblem::Invalid {
                location: describe_in(&path, Some(value)),
                problem,
                path,
            },
            other => other,
        }
    }

    /// A problem with the file as a whole.
    pub fn whole(problem: impl Into<String>) -> FileProblem {
        FileProblem::at(&[], problem)
    }
}

/// Turns serde's wording into plainer words.
fn tidy(problem: &str) -> String {
    let problem = problem.split(" at line ").next().unwrap_or(problem);
    if let Some(field) = problem
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        return format!("\"{}\" is missing", field.replace('_', " "));
    }
    if let Some(rest) = problem.strip_prefix("invalid type: ") {
        let (found, expected) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "something else"));
        return format!(
            "found {} where {} belongs",
            plain_found(found),
            plain_kind(expected)
        );
    }
    if let Some(rest) = problem.strip_prefix("invalid value: integer `") {
        let number = rest.split('`').next().unwrap_or(rest);
        return format!("{number} is out of range here");
    }
    if let Some(rest) = problem.strip_prefix("unknown variant `") {
        let (found, allowed) = rest.split_once("`, expected ").unwrap_or((rest, ""));
        let allowed = allowed.trim_start_matches("one of ").replace('`', "");
        return format!("\"{found}\" is not one of the choices ({allowed})");
    }
    if DATE_ERRORS.contains(&problem) {
        return "this is not a real date".to_string();
    }
    problem.to_string()
}

/// What chrono says when a date or time in a file cannot be one.
pub(super) const DATE_ERRORS: [&str; 4] = [
    "input is out of range",
    "input contains invalid characters",
    "premature end of input",
    "trailing input",
];

/// Serde's description of a value it did not expect, in words.
fn plain_found(found: &str) -> String {
    let found = found.replace('`', "");
    for prefix in ["integer ", "floating point ", "string ", "boolean "] {
        if let Some(value) = found.strip_prefix(prefix) {
            return value.to_string();
        }
    }
    match found.as_str() {
        "map" => "a group of fields".to_string(),
        "sequence" => "a list".to_string(),
        "null" => "nothing".to_string(),
        _ => found,
    }
}

/// Serde's names for kinds of value, in words.
fn plain_kind(expected: &str) -> String {
    match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64" => "a whole number".to_string(),
        "a string" | "a string or null" => "text".to_string(),
        "a boolean" => "true or false".to_string(),
        "a sequence" => "a list".to_string(),
        "a map" => "a group of fields".to_string(),
        other if other.starts_with("struct ") => "a group of fields".to_string(),
        other if other.starts_with("internally tagged enum") || other.starts_with("enum ") => {
            "one of the choices".to_string()
        }
        other => other.to_string(),
    }
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileProblem::TooLarge { bytes, limit } => write!(
                f,
                "This file is {}.{} MB; Partnership Planner opens files up to {} MB.",
                bytes / 1_000_000,
                bytes % 1_000_000 / 100_000,
                limit / 1_000_000
            ),
            FileProblem::Empty => f.write_str("This file is empty."),
            FileProblem::NotText => f.write_str(
                "This is not a Partnership Planner file: it looks like a picture, a PDF or an office document. Choose a file exported from Partnership Planner.",
            ),
            FileProblem::Spreadsheet => f.write_str(
                "This looks like a spreadsheet or a list, not a Partnership Planner file. To add teachers from a spreadsheet, open a partnership's continuum map (step 2) and use “Paste a list”.",
            ),
            FileProblem::NotJson {
                line,
                column,
                edited: true,
            } => write!(
                f,
                "This file has a mistake at line {line}, column {column}, as if it was changed by hand: a comma, a quote mark or a bracket is missing there or one too many. Put it right in a text editor, or use a copy the app exported."
            ),
            FileProblem::NotJson { .. } => f.write_str(
                "This is not a Partnership Planner file: it is not written as one. Choose a file exported from Partnership Planner.",
            ),
            FileProblem::CutShort { line } => write!(
                f,
                "This file stops before its end, at line {line}, as if it was cut short while it was downloaded or copied. Use a complete copy, or export it again."
            ),
            FileProblem::NotOurs => f.write_str("This file was not made by Partnership Planner."),
            FileProblem::TooNew { version } => write!(
                f,
                "This file was made by a newer version of Partnership Planner (format {version}); update this app to open it."
            ),
            FileProblem::Invalid {
                location, problem, ..
            } if location.is_empty() => {
                write!(f, "{}.", capitalised(problem))
            }
            FileProblem::Invalid {
                location, problem, ..
            } => write!(f, "{location}: {problem}."),
        }
    }
}

impl std::error::Error for FileProblem {}
