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
    ("protocols", "unwilling-teacher protocol"),
];

/// The field that names an item of each list in words the screens show: a person by
/// name, a support action by what it is, a coach time row by its coaching action.
const NAMED_BY: [(&str, &str); 6] = [
    ("teachers", "name"),
    ("coaches", "name"),
    ("actions", "what"),
    ("time_investment", "action"),
    ("expectations", "text"),
    ("roles", "who"),
];

/// A name short enough to sit in a place: its first words, up to 40 letters.
fn shortened(name: &str) -> String {
    crate::model::text::cut_at_word(name, 40).unwrap_or_else(|| name.to_string())
}

/// Renders a path such as `partnerships[0].continuum.teachers[13].position` as
/// "Partnership 1, teacher 14, position".
pub fn describe(path: &[Segment]) -> String {
    describe_in(path, None)
}

/// As [`describe`], with the name of each teacher, coach, action or row on the way, read
/// from the document `value` the path runs through: "Partnership 1, teacher 4 (Ana Ruiz),
/// stage".
pub fn describe_in(path: &[Segment], value: Option<&serde_json::Value>) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut pending: Option<&str> = None;
    let mut at = value;
    for segment in path {
        at = at.and_then(|inner| match segment {
            Segment::Field(key) => inner.get(key),
            Segment::Index(index) => inner.get(index),
        });
        match segment {
            Segment::Index(index) => {
                let list = pending.take();
                let noun = list.map_or("item".to_string(), singular);
                let named_by = NAMED_BY.iter().find(|(l, _)| Some(*l) == list);
                let name = at
                    .zip(named_by)
                    .and_then(|(item, (_, field))| item.get(field)?.as_str())
                    .map(str::trim)
                    .filter(|name| !name.is_empty());
                parts.push(match (name, list) {
                    (Some(name), Some("teachers" | "coaches")) => {
                        format!("{noun} {} ({name})", index + 1)
                    }
                    (Some(name), _) => format!("{noun} {} (“{}”)", index + 1, shortened(name)),
                    (None, _) => format!("{noun} {}", index + 1),
                });
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

/// The path to the deepest value of compact JSON `text` whose span holds byte `offset`,
/// the end included: where serde_json stopped when it found a problem, named the way
/// the data is laid out. Text that is not JSON gives the path as far as it could read.
pub fn path_at(text: &str, offset: usize) -> Vec<Segment> {
    let mut scan = Scan {
        bytes: text.as_bytes(),
        at: 0,
        offset,
        path: Vec::new(),
        deepest: Vec::new(),
    };
    scan.value();
    scan.deepest
}

struct Scan<'a> {
    bytes: &'a [u8],
    at: usize,
    offset: usize,
    path: Vec<Segment>,
    deepest: Vec<Segment>,
}

impl Scan<'_> {
    fn value(&mut self) {
        let start = self.at;
        match self.bytes.get(self.at) {
            Some(b'{') => self.container(b'}', true),
            Some(b'[') => self.container(b']', false),
            Some(b'"') => {
                self.string();
            }
            Some(_) => {
                while self
                    .bytes
                    .get(self.at)
                    .is_some_and(|b| !matches!(b, b',' | b'}' | b']' | b':'))
                {
                    self.at += 1;
                }
            }
            None => return,
        }
        let holds = start <= self.offset && self.offset <= self.at;
        if holds && self.path.len() >= self.deepest.len() {
            self.deepest = self.path.clone();
        }
    }

    /// An object's members or an array's items, each scanned under its own segment.
    fn container(&mut self, close: u8, keyed: bool) {
        self.at += 1;
        let mut index = 0;
        while let Some(&byte) = self.bytes.get(self.at) {
            if byte == close {
                self.at += 1;
                return;
            }
            if byte == b',' {
                self.at += 1;
                continue;
            }
            let segment = if keyed {
                let key = self.string();
                self.at += 1; // the colon
                Segment::Field(key)
            } else {
                index += 1;
                Segment::Index(index - 1)
            };
            self.path.push(segment);
            let before = self.at;
            self.value();
            self.path.pop();
            if self.at == before {
                return;
            }
        }
    }

    /// A string, read to its closing quote, with the escapes it had undone.
    fn string(&mut self) -> String {
        let start = self.at;
        self.at += 1;
        while let Some(&byte) = self.bytes.get(self.at) {
            self.at += 1;
            match byte {
                b'\\' => self.at += 1,
                b'"' => break,
                _ => {}
            }
        }
        let raw = self.bytes.get(start..self.at).unwrap_or_default();
        serde_json::from_slice(raw).unwrap_or_default()
    }
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
        let mut teachers = vec![serde_json::json!({ "name": "x" }); 13];
        teachers.push(serde_json::json!({ "name": " Ana Ruiz " }));
        let value =
            serde_json::json!({ "partnerships": [{ "continuum": { "teachers": teachers } }] });
        assert_eq!(
            describe_in(&path, Some(&value)),
            "Partnership 1, teacher 14 (Ana Ruiz), goal position"
        );
    }

    #[test]
    fn an_offset_finds_the_value_it_falls_in_or_just_after() {
        let text = r#"{"a":[1,{"b\"c":22}],"d":"x,y"}"#;
        let at = |needle: &str, past: usize| text.find(needle).map(|i| i + past).unwrap_or(0);
        let field = |name: &str| Segment::Field(name.to_string());
        // Just after `22`, where serde_json stops when the value is wrong.
        assert_eq!(
            path_at(text, at("22", 2)),
            [field("a"), Segment::Index(1), field("b\"c")]
        );
        // Just after the inner object's brace, where a missing field is noticed.
        assert_eq!(path_at(text, at("}]", 1)), [field("a"), Segment::Index(1)]);
        assert_eq!(path_at(text, at("1,", 0)), [field("a"), Segment::Index(0)]);
        assert_eq!(path_at(text, at("x,y", 2)), [field("d")]);
        assert_eq!(path_at(text, 0), []);
    }
}
