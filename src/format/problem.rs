//! Every way a file or a save can be unreadable, each with a sentence a person understands.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProblem {
    TooLarge { bytes: usize, limit: usize },
    NotJson { line: usize, column: usize },
    NotOurs,
    TooNew { version: u64 },
    Invalid { location: String, problem: String },
}

impl FileProblem {
    /// An invalid value at a serde path such as `partnerships[0].continuum.teachers[13].position`.
    pub fn invalid(path: &serde_path_to_error::Path, problem: String) -> FileProblem {
        use serde_path_to_error::Segment;
        let mut parts: Vec<String> = Vec::new();
        let mut pending: Option<String> = None;
        for segment in path.iter() {
            match segment {
                Segment::Seq { index } => {
                    let noun = pending.take().unwrap_or_else(|| "item".to_string());
                    parts.push(format!("{} {}", singular(&noun), index + 1));
                }
                Segment::Map { key } => {
                    if let Some(field) = pending.replace(key.clone()) {
                        if !STEP_GROUPS.contains(&field.as_str()) {
                            parts.push(field.replace('_', " "));
                        }
                    }
                }
                Segment::Enum { .. } | Segment::Unknown => {}
            }
        }
        if let Some(field) = pending {
            parts.push(field.replace('_', " "));
        }
        let location = capitalised(&parts.join(", "));
        FileProblem::Invalid {
            location,
            problem: tidy(&problem),
        }
    }
}

/// Fields that only group a step's data: naming them would not help anyone find the problem.
const STEP_GROUPS: [&str; 3] = ["agreement", "continuum", "plan"];

fn singular(noun: &str) -> String {
    let known = [
        ("partnerships", "partnership"),
        ("teachers", "teacher"),
        ("coaches", "coach"),
        ("time_investment", "coach time row"),
        ("expectations", "expectation"),
        ("roles", "role"),
        ("triggers", "review trigger"),
        ("dates", "date"),
        ("check_dates", "check date"),
        ("band_goals", "band goal"),
        ("snapshots", "snapshot"),
        ("placements", "placement"),
        ("actions", "support action"),
        ("protocols", "protocol"),
    ];
    known
        .iter()
        .find(|(plural, _)| *plural == noun)
        .map(|(_, one)| (*one).to_string())
        .unwrap_or_else(|| noun.replace('_', " "))
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
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
    problem.to_string()
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileProblem::TooLarge { bytes, limit } => write!(
                f,
                "This file is {:.1} MB; Partnership Planner opens files up to {} MB.",
                *bytes as f64 / 1_000_000.0,
                limit / 1_000_000
            ),
            FileProblem::NotJson { line, column } => write!(
                f,
                "This is not a Partnership Planner file: it is not readable JSON (line {line}, column {column})."
            ),
            FileProblem::NotOurs => {
                f.write_str("This file was not made by Partnership Planner.")
            }
            FileProblem::TooNew { version } => write!(
                f,
                "This file was made by a newer version of Partnership Planner (format {version}); update this app to open it."
            ),
            FileProblem::Invalid { location, problem } if location.is_empty() => {
                write!(f, "{}.", capitalised(problem))
            }
            FileProblem::Invalid { location, problem } => write!(f, "{location}: {problem}."),
        }
    }
}

impl std::error::Error for FileProblem {}
