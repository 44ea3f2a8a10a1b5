//! Where in a file a problem is, said the way a person would look for it.

/// One step into the data: a named field, or the n-th item of a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Field(String),
    Index(usize),
}

/// Fields that only group a step's data: naming them would not help anyone find the problem.
const STEP_GROUPS: [&str; 3] = ["agreement", "continuum", "plan"];

const SINGULARS: [(&str, &str); 16] = [
    ("partnerships", "partnership"),
    ("teachers", "teacher"),
    ("coaches", "coach"),
    ("time_investment", "coach time row"),
    ("time_shares", "coach time row"),
    ("playbook", "play"),
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

/// Renders a path such as `partnerships[0].continuum.teachers[13].position` as
/// "Partnership 1, teacher 14, position".
pub fn describe(path: &[Segment]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut pending: Option<&str> = None;
    for segment in path {
        match segment {
            Segment::Index(index) => {
                let noun = pending.take().map_or("item".to_string(), singular);
                parts.push(format!("{noun} {}", index + 1));
            }
            Segment::Field(key) => {
                if let Some(field) = pending.replace(key) {
                    if !STEP_GROUPS.contains(&field) {
                        parts.push(field.replace('_', " "));
                    }
                }
            }
        }
    }
    if let Some(field) = pending {
        parts.push(field.replace('_', " "));
    }
    capitalised(&parts.join(", "))
}

pub fn from_serde(path: &serde_path_to_error::Path) -> Vec<Segment> {
    use serde_path_to_error::Segment as S;
    path.iter()
        .filter_map(|segment| match segment {
            S::Seq { index } => Some(Segment::Index(*index)),
            S::Map { key } => Some(Segment::Field(key.clone())),
            S::Enum { .. } | S::Unknown => None,
        })
        .collect()
}

fn singular(noun: &str) -> String {
    SINGULARS
        .iter()
        .find(|(plural, _)| *plural == noun)
        .map_or_else(|| noun.replace('_', " "), |(_, one)| (*one).to_string())
}

pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deep_path_reads_as_words() {
        let path = [
            Segment::Field("partnerships".into()),
            Segment::Index(0),
            Segment::Field("continuum".into()),
            Segment::Field("teachers".into()),
            Segment::Index(13),
            Segment::Field("goal_position".into()),
        ];
        assert_eq!(describe(&path), "Partnership 1, teacher 14, goal position");
    }
}
