//! Indents compact JSON exactly as serde_json's pretty writer would, so every type is
//! written by one serialiser and the download carries one copy of each writer.

/// Indents `compact` (serde_json's compact output) with two spaces a level.
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                // An empty list or record stays on its line: `[]`, `{}`.
                if matches!(chars.peek(), Some('}' | ']')) {
                    out.extend(chars.next());
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{write_compact, Document, Scope};
    use crate::model::test_support::{now, sample};
    use serde_json::{json, Value};

    pub fn pretty(value: &Value) -> String {
        serde_json::to_string_pretty(value).unwrap_or_default()
    }

    #[test]
    fn a_whole_document_reads_as_serde_json_writes_it() {
        let document = Document::new(Scope::Workspace, vec![sample()], now());
        let written = serde_json::to_string_pretty(&document).unwrap_or_default();
        assert_eq!(indent(&write_compact(&document)), written);
    }

    #[test]
    fn empty_lists_and_records_and_awkward_strings_keep_their_text() {
        let value = json!({
            "empty": [], "none": {}, "nested": [[], {}, [1, [2]]],
            "text": "quote \" backslash \\ brace { bracket ] comma, colon: \\\" end",
            "unicode": "été – “quoted” \u{1}", "n": -1.5e-7, "t": true, "z": null
        });
        assert_eq!(indent(&value.to_string()), pretty(&value));
    }
}

// proptest is a native test dependency only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::indent;
    use super::tests::pretty;
    use proptest::prelude::*;
    use serde_json::Value;

    fn any_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            ".*".prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 40, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
                prop::collection::btree_map(".*", inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_json_reads_as_serde_json_writes_it(value in any_json()) {
            prop_assert_eq!(indent(&value.to_string()), pretty(&value));
        }
    }
}
