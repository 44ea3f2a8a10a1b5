//! Two tabs' saves of one workspace put together: what each changed since the text both
//! started from is kept, as long as they did not change one and the same thing.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

/// Times both tabs set on any edit or save: the later one stands, not a clash.
const LATER_WINS: [&str; 3] = ["updated", "saved_at", "last_exported"];
/// Since when a partnership both tabs changed has changes not exported: the earlier time
/// of the two, even when one tab's export cleared it, since the other's changes are in no
/// file.
const UNEXPORTED_SINCE: &str = "unexported_since";
/// What tells the records of a list apart: their id, or the teacher a record is about.
const KEYS: [&str; 2] = ["id", "teacher"];

/// Both changed the same thing, each their own way.
struct Clash;

/// The stored text with the changes of `mine` and of `theirs` since `base`, or None when
/// they clash (the pair then chooses) or a text cannot be read. The result is to be read
/// and checked as any stored text is: two edits that each stand may not stand together.
pub fn merged(base: &str, mine: &str, theirs: &str) -> Option<String> {
    let read = |text: &str| serde_json::from_str::<Value>(text).ok();
    let (base, mine, theirs) = (read(base)?, read(mine)?, read(theirs)?);
    let same_version = |v: &Value| v.get("version") == base.get("version");
    if !same_version(&mine) || !same_version(&theirs) {
        return None;
    }
    let value = merge(Some(&base), Some(&mine), Some(&theirs)).ok()??;
    serde_json::to_string(&value).ok()
}

/// One value of the three; `None` is a field or a list item one of them does not have.
fn merge(
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
) -> Result<Option<Value>, Clash> {
    if mine == theirs || theirs == base {
        return Ok(mine.cloned());
    }
    if mine == base {
        return Ok(theirs.cloned());
    }
    match (mine, theirs) {
        (Some(Value::Object(m)), Some(Value::Object(t))) => {
            let empty = Map::new();
            let b = base.and_then(Value::as_object).unwrap_or(&empty);
            merge_objects(b, m, t).map(|o| Some(Value::Object(o)))
        }
        (Some(Value::Array(m)), Some(Value::Array(t))) => {
            let b = base
                .and_then(Value::as_array)
                .map_or(&[][..], Vec::as_slice);
            merge_lists(b, m, t).map(|l| Some(Value::Array(l)))
        }
        _ => Err(Clash),
    }
}

fn merge_objects(
    base: &Map<String, Value>,
    mine: &Map<String, Value>,
    theirs: &Map<String, Value>,
) -> Result<Map<String, Value>, Clash> {
    let keys = mine
        .keys()
        .chain(theirs.keys().filter(|k| !mine.contains_key(*k)));
    let mut merged = Map::new();
    for key in keys {
        let (b, m, t) = (base.get(key), mine.get(key), theirs.get(key));
        let value = match merge(b, m, t) {
            _ if key == UNEXPORTED_SINCE => pick_time(m, t, false),
            Ok(value) => value,
            Err(Clash) if LATER_WINS.contains(&key.as_str()) => pick_time(m, t, true),
            Err(clash) => return Err(clash),
        };
        if let Some(value) = value {
            merged.insert(key.clone(), value);
        }
    }
    Ok(merged)
}

/// Of two times, the later or the earlier; a time over none.
fn pick_time(mine: Option<&Value>, theirs: Option<&Value>, later: bool) -> Option<Value> {
    let time = |v: Option<&Value>| {
        v.and_then(Value::as_str)
            .and_then(|s| s.parse::<DateTime<Utc>>().ok())
    };
    let mine_first = match (time(mine), time(theirs)) {
        (Some(m), Some(t)) => (m >= t) == later,
        (m, _) => m.is_some(),
    };
    if mine_first { mine } else { theirs }.cloned()
}

/// A list of records merges record by record, when only one side added, removed or
/// reordered records; a list of plain values, changed on both sides, clashes.
fn merge_lists(base: &[Value], mine: &[Value], theirs: &[Value]) -> Result<Vec<Value>, Clash> {
    let Some(key) = KEYS.into_iter().find(|key| {
        [base, mine, theirs]
            .iter()
            .all(|list| list.iter().all(|item| item.get(key).is_some()))
    }) else {
        return Err(Clash);
    };
    let (b, m, t) = (ids(base, key), ids(mine, key), ids(theirs, key));
    // The side whose records stand as they stood gives way to the other's order.
    let (shape, other, other_first) = if m == b {
        (theirs, mine, false)
    } else if t == b || m == t {
        (mine, theirs, true)
    } else {
        return Err(Clash);
    };
    // A record the shaping side removed while the other changed it clashes.
    let kept = |b: &Value| shape.iter().any(|v| v.get(key) == b.get(key));
    let changed = |b: &Value| other.iter().any(|o| o.get(key) == b.get(key) && o != b);
    if base.iter().any(|b| !kept(b) && changed(b)) {
        return Err(Clash);
    }
    shape
        .iter()
        .map(|item| {
            let id = item.get(key);
            let b = base.iter().find(|v| v.get(key) == id);
            let o = other.iter().find(|v| v.get(key) == id);
            let (m, t) = if other_first {
                (Some(item), o)
            } else {
                (o, Some(item))
            };
            // Likewise a record the other side removed while this one changed it.
            match (b, o) {
                (Some(b), None) if b != item => Err(Clash),
                (Some(_), None) => Ok(None),
                _ => merge(b, m, t),
            }
        })
        .filter_map(Result::transpose)
        .collect()
}

/// The keys of a list's records, in order.
fn ids<'a>(list: &'a [Value], key: &str) -> Vec<Option<&'a Value>> {
    list.iter().map(|item| item.get(key)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn merge_values(base: Value, mine: Value, theirs: Value) -> Option<Value> {
        let text = merged(&base.to_string(), &mine.to_string(), &theirs.to_string())?;
        serde_json::from_str(&text).ok()
    }

    fn doc(partnership: Value) -> Value {
        json!({ "version": 1, "saved_at": "2026-11-27T10:00:00Z", "partnerships": [partnership] })
    }

    #[test]
    fn edits_to_different_fields_of_one_partnership_are_both_kept() {
        let base = doc(json!({ "id": "p", "updated": "2026-11-27T10:00:00Z",
            "agreement": { "exceptions": "Who decides", "focus": "Writing" } }));
        let mut mine = base.clone();
        mine["partnerships"][0]["agreement"]["exceptions"] = json!("Who decides R1");
        mine["partnerships"][0]["updated"] = json!("2026-11-27T10:00:05Z");
        mine["saved_at"] = json!("2026-11-27T10:00:05Z");
        let mut theirs = base.clone();
        theirs["partnerships"][0]["agreement"]["focus"] = json!("Writing, every week");
        theirs["partnerships"][0]["updated"] = json!("2026-11-27T10:00:04.5Z");
        theirs["saved_at"] = json!("2026-11-27T10:00:04.5Z");
        let together = merge_values(base, mine, theirs);
        let p = &together.as_ref().map(|t| t["partnerships"][0].clone());
        assert_eq!(
            p.as_ref().map(|p| p["agreement"].clone()),
            Some(json!({ "exceptions": "Who decides R1", "focus": "Writing, every week" }))
        );
        assert_eq!(
            p.as_ref().map(|p| p["updated"].clone()),
            Some(json!("2026-11-27T10:00:05Z"))
        );
    }

    #[test]
    fn one_field_changed_two_ways_is_a_clash() {
        let base = doc(json!({ "id": "p", "name": "Lincoln" }));
        let mut mine = base.clone();
        mine["partnerships"][0]["name"] = json!("Lincoln Elementary");
        let mut theirs = base.clone();
        theirs["partnerships"][0]["name"] = json!("Lincoln School");
        assert_eq!(merge_values(base, mine, theirs), None);
    }

    #[test]
    fn a_teacher_added_in_one_tab_and_another_moved_in_the_other_are_both_kept() {
        let ana = json!({ "id": "t1", "name": "Ana", "position": 3 });
        let base = doc(json!({ "id": "p", "teachers": [ana] }));
        let mut mine = base.clone();
        mine["partnerships"][0]["teachers"][0]["position"] = json!(5);
        let mut theirs = base.clone();
        theirs["partnerships"][0]["teachers"] =
            json!([ana, { "id": "t2", "name": "Ben", "position": null }]);
        let together = merge_values(base, mine, theirs);
        assert_eq!(
            together.map(|t| t["partnerships"][0]["teachers"].clone()),
            Some(json!([
                { "id": "t1", "name": "Ana", "position": 5 },
                { "id": "t2", "name": "Ben", "position": null }
            ]))
        );
    }

    #[test]
    fn a_record_removed_in_one_tab_and_changed_in_the_other_is_a_clash() {
        let base =
            doc(json!({ "id": "p", "teachers": [{ "id": "t1", "position": 3 }, { "id": "t2" }] }));
        let mut mine = base.clone();
        mine["partnerships"][0]["teachers"][0]["position"] = json!(5);
        let mut theirs = base.clone();
        theirs["partnerships"][0]["teachers"] = json!([{ "id": "t2" }]);
        assert_eq!(merge_values(base.clone(), mine, theirs.clone()), None);
        // Removed in one, untouched in the other: it goes.
        let together = merge_values(base.clone(), base, theirs);
        assert_eq!(
            together.map(|t| t["partnerships"][0]["teachers"].clone()),
            Some(json!([{ "id": "t2" }]))
        );
    }

    #[test]
    fn records_added_in_both_tabs_are_a_clash_rather_than_a_guess_at_their_order() {
        let base = doc(json!({ "id": "p", "teachers": [] }));
        let mut mine = base.clone();
        mine["partnerships"][0]["teachers"] = json!([{ "id": "t1" }]);
        let mut theirs = base.clone();
        theirs["partnerships"][0]["teachers"] = json!([{ "id": "t2" }]);
        assert_eq!(merge_values(base, mine, theirs), None);
    }

    #[test]
    fn an_export_in_one_tab_does_not_mark_the_other_tabs_changes_as_exported() {
        let base = doc(json!({ "id": "p", "name": "A", "notes": "",
            "unexported_since": "2026-11-27T09:00:00Z", "last_exported": null }));
        let mut mine = base.clone();
        mine["partnerships"][0]["unexported_since"] = json!(null);
        mine["partnerships"][0]["last_exported"] = json!("2026-11-27T10:00:00Z");
        let mut theirs = base.clone();
        theirs["partnerships"][0]["notes"] = json!("Written after the export");
        let together = merge_values(base, mine, theirs);
        let p = together.map(|t| t["partnerships"][0].clone());
        assert_eq!(
            p.as_ref().map(|p| p["unexported_since"].clone()),
            Some(json!("2026-11-27T09:00:00Z"))
        );
        assert_eq!(
            p.map(|p| p["notes"].clone()),
            Some(json!("Written after the export"))
        );
    }

    #[test]
    fn records_about_a_teacher_are_told_apart_by_the_teacher_not_their_place() {
        let base = doc(json!({ "id": "p", "protocols": [{ "teacher": "t1", "asked": false }] }));
        let mut mine = base.clone();
        mine["partnerships"][0]["protocols"] = json!([{ "teacher": "t3", "asked": false }]);
        let mut theirs = base.clone();
        theirs["partnerships"][0]["protocols"][0]["asked"] = json!(true);
        assert_eq!(merge_values(base, mine, theirs), None);
    }

    #[test]
    fn a_list_of_plain_values_changed_in_both_tabs_is_a_clash() {
        let base = doc(json!({ "id": "p", "dates": ["a", "b", "c"] }));
        let mut mine = base.clone();
        mine["partnerships"][0]["dates"] = json!(["b", "c", "d"]);
        let mut theirs = base.clone();
        theirs["partnerships"][0]["dates"] = json!(["a", "c", "d"]);
        assert_eq!(merge_values(base, mine, theirs), None);
    }

    #[test]
    fn texts_of_another_version_are_not_merged() {
        let base = doc(json!({ "id": "p" }));
        let mut theirs = base.clone();
        theirs["version"] = json!(2);
        assert_eq!(merge_values(base.clone(), base, theirs), None);
    }
}
