//! Brings a document from any released format version up to the current one, step by step.

use super::{FileProblem, FORMAT_NAME, FORMAT_VERSION};
use serde_json::Value;

/// One step from version `n` to `n + 1`, applied to the raw JSON before it is read.
type Step = fn(Value) -> Result<Value, FileProblem>;

/// `STEPS[i]` migrates version `i + 1` to `i + 2`; every format change adds one here and a
/// fixture folder.
const STEPS: [Step; 1] = [coaches_by_id];

/// Version 2 names a coach in a support action by the coach's id, not by name, so that
/// renaming a coach keeps their actions. A name that matches none of the partnership's
/// coaches becomes "someone else" with that name: the person is kept, nothing dangles.
fn coaches_by_id(mut value: Value) -> Result<Value, FileProblem> {
    let partnerships = value
        .get_mut("partnerships")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten();
    for partnership in partnerships {
        let coaches: Vec<(String, Value)> = partnership
            .get("coaches")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|c| {
                let name = c.get("name")?.as_str()?.trim().to_lowercase();
                Some((name, c.get("id")?.clone()))
            })
            .collect();
        let actions = partnership
            .pointer_mut("/plan/actions")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten();
        for who in actions.filter_map(|a| a.get_mut("who")) {
            let Some(who) = who.as_object_mut() else {
                continue;
            };
            if who.get("kind").and_then(Value::as_str) != Some("coach") {
                continue;
            }
            let name = who.remove("name").unwrap_or(Value::Null);
            let key = name.as_str().unwrap_or_default().trim().to_lowercase();
            match coaches.iter().find(|(n, _)| *n == key) {
                Some((_, id)) => _ = who.insert("coach".into(), id.clone()),
                None => {
                    who.insert("kind".into(), Value::from("other"));
                    who.insert(
                        "name".into(),
                        Value::from(name.as_str().unwrap_or_default()),
                    );
                }
            }
        }
    }
    Ok(value)
}

/// Checks the envelope and runs the migration steps the document needs.
pub fn migrate(value: Value) -> Result<Value, FileProblem> {
    let mut value = enveloped(value);
    let envelope = value.as_object().ok_or(FileProblem::NotOurs)?;
    if envelope.get("format").and_then(Value::as_str) != Some(FORMAT_NAME) {
        return Err(FileProblem::NotOurs);
    }
    let version = match envelope.get("version") {
        None => return Err(FileProblem::whole("the format version is missing")),
        Some(version) => version
            .as_u64()
            .ok_or_else(|| FileProblem::whole("the format version is not a whole number"))?,
    };
    if version > u64::from(FORMAT_VERSION) {
        return Err(FileProblem::TooNew { version });
    }
    if version == 0 {
        return Err(FileProblem::whole("format version 0 does not exist"));
    }
    for step in STEPS.iter().skip((version - 1) as usize) {
        value = step(value)?;
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(FORMAT_VERSION));
    }
    tidy(&mut value);
    Ok(value)
}

/// One partnership copied out of a file on its own, without the lines around it that say
/// what it is, put back in them: it is read as this version writes a partnership.
fn enveloped(value: Value) -> Value {
    let is_partnership = value.as_object().is_some_and(|fields| {
        !fields.contains_key("format")
            && ["id", "school", "school_year", "principal"]
                .iter()
                .all(|key| fields.contains_key(*key))
    });
    if !is_partnership {
        return value;
    }
    // Saved when last edited: a partnership always says when that was.
    let saved_at = value
        .get("updated")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let mut envelope = serde_json::Map::new();
    for (key, field) in [
        ("format", Value::String(FORMAT_NAME.into())),
        ("version", Value::Number(FORMAT_VERSION.into())),
        ("app_version", Value::String(String::new())),
        ("saved_at", Value::String(saved_at)),
        ("scope", Value::String("partnership".into())),
        ("anonymised", Value::Bool(false)),
        ("partnerships", Value::Array(vec![value])),
    ] {
        envelope.insert(key.to_string(), field);
    }
    Value::Object(envelope)
}

/// Dates a plan may leave out: written null, or a list without them.
const OPTIONAL_DATES: [&str; 9] = [
    "meeting_date",
    "outcome_target_date",
    "due",
    "goal_date",
    "target_date",
    "starts",
    "ends",
    "first_asked",
    "second_asked",
];
const DATE_LISTS: [&str; 2] = ["check_dates", "dates"];

/// Fields whose value is one of a fixed set of words, which the format writes in lower
/// case joined by hyphens ("getting-ready").
const CHOICES: [&str; 9] = [
    "coaching_model",
    "stage",
    "kind",
    "status",
    "knows_expectation",
    "clarity_step",
    "plans_to_do_it",
    "coach_stance",
    "stance",
];

/// Other words for a choice, by field, as a person editing a file writes them: the
/// screen's own label ("Under way"), or the seeds' name for a stage ("fixing to").
const SYNONYMS: [(&str, &str, &str); 12] = [
    ("stage", "fixing-to", "getting-ready"),
    ("status", "under-way", "in-progress"),
    ("status", "underway", "in-progress"),
    ("status", "started", "in-progress"),
    ("status", "complete", "done"),
    ("status", "completed", "done"),
    ("status", "cancelled", "dropped"),
    ("status", "canceled", "dropped"),
    ("status", "finished", "done"),
    ("status", "not-started", "planned"),
    ("status", "to-do", "planned"),
    ("status", "todo", "planned"),
];

/// Reads what a person editing a file by hand means, in one walk over the document:
/// every choice as the format writes it ("Developing", "Getting ready", "WHOLE_STAFF",
/// "Under way"), and an optional date left blank ("") as no date, a blank entry in a
/// list of dates as none, since blank is what a person writes for "not yet".
fn tidy(value: &mut Value) {
    let blank = |v: &Value| v.as_str().is_some_and(|text| text.trim().is_empty());
    match value {
        Value::Array(items) => items.iter_mut().for_each(tidy),
        Value::Object(fields) => {
            for (key, inner) in fields.iter_mut() {
                let key = key.as_str();
                match inner {
                    Value::String(text) if CHOICES.contains(&key) => *text = choice(key, text),
                    // A share written "20%" or " 20 " is the number 20.
                    Value::String(text) if key == "percent" => {
                        if let Ok(n) = text.trim().trim_end_matches('%').trim_end().parse::<u8>() {
                            *inner = Value::from(n);
                        }
                    }
                    Value::String(_) if OPTIONAL_DATES.contains(&key) && blank(inner) => {
                        *inner = Value::Null
                    }
                    Value::Array(dates) if DATE_LISTS.contains(&key) => {
                        dates.retain(|date| !blank(date))
                    }
                    _ => tidy(inner),
                }
            }
        }
        _ => {}
    }
}

/// A choice for `field` as the format writes it: lower case joined by hyphens, another
/// word for it (`SYNONYMS`) turned into the format's.
fn choice(field: &str, text: &str) -> String {
    let tidy = text
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-");
    SYNONYMS
        .iter()
        .find(|(key, said, _)| *key == field && *said == tidy)
        .map_or(tidy, |(_, _, meant)| (*meant).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn choices_written_another_way_by_hand_read_as_meant_and_texts_stay() {
        let file = json!({
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "partnerships": [{
                "coaching_model": "Instructional",
                "continuum": { "teachers": [
                    { "stage": "Getting ready", "notes": "Getting Ready" },
                    { "stage": " UNWILLING " }
                ] },
                "plan": { "actions": [
                    { "for_whom": { "kind": "WHOLE_STAFF" }, "status": "Done" },
                    { "for_whom": { "stage": "Fixing to", "kind": "stage" }, "status": "Under way" },
                    { "status": "Completed" },
                    { "status": "Finished" },
                    { "status": "To do" }
                ] },
                "agreement": { "time_investment": [{ "percent": "20%" }, { "percent": " 15 " }, { "percent": "some" }] }
            }]
        });
        let Ok(tidy) = migrate(file) else {
            panic!("the file migrates")
        };
        let p = &tidy["partnerships"][0];
        assert_eq!(p["coaching_model"], json!("instructional"));
        assert_eq!(
            p["continuum"]["teachers"][0],
            json!({ "stage": "getting-ready", "notes": "Getting Ready" })
        );
        assert_eq!(p["continuum"]["teachers"][1]["stage"], json!("unwilling"));
        assert_eq!(
            p["plan"]["actions"][0],
            json!({ "for_whom": { "kind": "whole-staff" }, "status": "done" })
        );
        assert_eq!(
            p["plan"]["actions"][1],
            json!({ "for_whom": { "stage": "getting-ready", "kind": "stage" }, "status": "in-progress" })
        );
        assert_eq!(p["plan"]["actions"][2]["status"], json!("done"));
        assert_eq!(p["plan"]["actions"][3]["status"], json!("done"));
        assert_eq!(p["plan"]["actions"][4]["status"], json!("planned"));
        // A share written as people write it is a number; words stay for the reader to refuse.
        assert_eq!(
            p["agreement"]["time_investment"],
            json!([{ "percent": 20 }, { "percent": 15 }, { "percent": "some" }])
        );
    }

    #[test]
    fn one_partnership_copied_out_of_a_file_reads_as_a_file_of_it() {
        use crate::format::{read, write, Document, Scope};
        use crate::model::test_support::{now, sample};
        let written = write(&Document::new(Scope::Partnership, vec![sample()], now()));
        let Ok(whole) = serde_json::from_str::<Value>(&written) else {
            panic!("the app writes JSON")
        };
        let alone = whole["partnerships"][0].to_string();
        let read_alone = read(&alone).map(|d| d.partnerships);
        assert_eq!(read_alone, Ok(vec![sample()]));
        assert_eq!(read("{\"id\": 1}").err(), Some(FileProblem::NotOurs));
    }

    #[test]
    fn a_date_left_blank_by_hand_is_no_date() {
        let file = json!({
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "partnerships": [{
                "meeting_date": "",
                "agreement": { "first_indicator": { "check_dates": ["", "2026-10-01", " "] } },
                "plan": { "actions": [{ "starts": " ", "what": "" }] }
            }]
        });
        let Ok(tidy) = migrate(file) else {
            panic!("the file migrates")
        };
        let p = &tidy["partnerships"][0];
        assert_eq!(p["meeting_date"], Value::Null);
        assert_eq!(
            p["agreement"]["first_indicator"]["check_dates"],
            json!(["2026-10-01"])
        );
        assert_eq!(
            p["plan"]["actions"][0],
            json!({ "starts": null, "what": "" })
        );
    }

    #[test]
    fn version_1_coaches_are_found_by_name_and_strangers_kept_as_someone_else() {
        let v1 = json!({
            "format": FORMAT_NAME,
            "version": 1,
            "partnerships": [{
                "coaches": [{ "id": "coach-1", "name": "Ana Diaz" }],
                "plan": { "actions": [
                    { "who": { "kind": "coach", "name": " ana diaz " } },
                    { "who": { "kind": "coach", "name": "Sam Lee" } },
                    { "who": { "kind": "principal" } }
                ] }
            }]
        });
        let Ok(now) = migrate(v1) else {
            panic!("a version 1 file migrates")
        };
        assert_eq!(
            now["partnerships"][0]["plan"]["actions"],
            json!([
                { "who": { "kind": "coach", "coach": "coach-1" } },
                { "who": { "kind": "other", "name": "Sam Lee" } },
                { "who": { "kind": "principal" } }
            ])
        );
        assert_eq!(now["version"], json!(FORMAT_VERSION));
    }
}
