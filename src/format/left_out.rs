//! What a file holds that the format does not know — a field added by hand, or written by
//! a later version — which reading leaves out: named, so an import can say so first.

use super::location::{describe, Segment};
use serde_json::Value;

/// Where `given` holds something that `kept`, the same document read and written again,
/// does not: each place named as a person would look for it ("Partnership 1, teacher 3,
/// nickname"). Empty values left out lose nothing and are not named.
pub fn left_out(given: &Value, kept: &Value) -> Vec<String> {
    let mut found = Vec::new();
    walk(given, kept, &mut Vec::new(), &mut found);
    found
}

fn walk(given: &Value, kept: &Value, path: &mut Vec<Segment>, found: &mut Vec<String>) {
    match (given, kept) {
        (Value::Object(given), Value::Object(kept)) => {
            for (key, value) in given {
                path.push(Segment::Field(key.clone()));
                match kept.get(key) {
                    Some(kept) => walk(value, kept, path, found),
                    None if holds_something(value) => found.push(describe(path)),
                    None => {}
                }
                path.pop();
            }
        }
        (Value::Array(given), Value::Array(kept)) => {
            for (index, (value, kept)) in given.iter().zip(kept).enumerate() {
                path.push(Segment::Index(index));
                walk(value, kept, path, found);
                path.pop();
            }
        }
        _ => {}
    }
}

fn holds_something(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::String(text) => !text.trim().is_empty(),
        Value::Array(items) => !items.is_empty(),
        Value::Object(fields) => !fields.is_empty(),
        Value::Bool(_) | Value::Number(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fields_the_format_does_not_keep_are_named_where_they_are() {
        let given = json!({
            "partnerships": [{
                "mood": "hopeful",
                "continuum": { "teachers": [{ "name": "A" }, { "name": "B", "nickname": "Bee", "extra": "" }] }
            }],
            "comment": null
        });
        let kept = json!({
            "partnerships": [{ "continuum": { "teachers": [{ "name": "A" }, { "name": "B" }] } }]
        });
        assert_eq!(
            left_out(&given, &kept),
            ["Partnership 1, teacher 2, nickname", "Partnership 1, mood"]
        );
        assert!(left_out(&kept, &kept).is_empty());
    }
}
