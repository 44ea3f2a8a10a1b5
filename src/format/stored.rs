//! The workspace as this browser keeps it: written only when the reader would take it back,
//! and read partnership by partnership, so one unreadable record never hides the others.

use super::document::{as_value, parse_json, typed};
use super::location::{describe_in, Segment};
use super::migrate::migrate;
use super::validate::{
    check_document, check_partnership, check_sizes, check_text_sizes, MAX_FILE_BYTES,
    MAX_PARTNERSHIPS,
};
use super::{write_compact, Document, FileProblem, Scope};
use crate::model::day;
use crate::model::limits::{fit_text, thousands, MAX_LIST_ITEMS, MAX_TEACHERS, MAX_TEXT_CHARS};
use crate::model::school_year::SchoolYear;
use crate::model::{Partnership, Workspace};
use chrono::{DateTime, Utc};
use serde_json::Value;
use std::collections::HashSet;
use std::fmt;

/// A stored partnership the reader refused, kept exactly as it was as a one-partnership
/// file that can be downloaded, and imported again once it is put right.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    pub name: String,
    pub problem: FileProblem,
    pub text: String,
}

/// What was read from storage: every partnership that could be read, and the rest set aside.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub workspace: Workspace,
    pub set_aside: Vec<SetAside>,
}

/// Why the workspace was not written: the reader would refuse it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unsaveable {
    /// The partnership at fault, by name, when it is one partnership.
    pub partnership: Option<String>,
    pub problem: FileProblem,
}

impl fmt::Display for Unsaveable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.partnership {
            Some(name) => write!(f, "In “{name}”: {}", within_partnership(&self.problem)),
            None => write!(f, "{}", self.problem),
        }
    }
}

/// Writes the workspace as compact JSON for storage, after the same checks the reader makes.
pub fn write_checked(workspace: &Workspace, now: DateTime<Utc>) -> Result<String, Unsaveable> {
    let partnerships = &workspace.partnerships;
    if partnerships.len() > MAX_PARTNERSHIPS {
        return Err(Unsaveable {
            partnership: None,
            problem: FileProblem::whole(format!(
                "this browser holds {} partnerships; the most is {MAX_PARTNERSHIPS}",
                partnerships.len()
            )),
        });
    }
    let text = write_compact(&Document::of_workspace(workspace, now));
    // Sizes as the reader sees them in the JSON, walked over the text without reading it
    // back; only a refusal reads it back, to name the partnership at fault.
    let sizes = check_text_sizes(&text).err().map(|problem| {
        let value = parse_json(&text).unwrap_or_default();
        let items = value.get("partnerships").and_then(Value::as_array);
        let at_fault = items
            .into_iter()
            .flatten()
            .enumerate()
            .find_map(|(i, item)| {
                let problem = check_sizes(item, &mut item_path(i)).err()?;
                Some((partnerships.get(i).map(|p| p.name.clone()), problem))
            });
        let (partnership, problem) = at_fault.unwrap_or((None, problem));
        Unsaveable {
            partnership,
            problem,
        }
    });
    if let Some(refused) = sizes {
        return Err(refused);
    }
    let mut ids = HashSet::new();
    for (i, partnership) in partnerships.iter().enumerate() {
        let refuse = |problem| Unsaveable {
            partnership: Some(partnership.name.clone()),
            problem,
        };
        check_partnership(partnership, i).map_err(refuse)?;
        if !ids.insert(&partnership.id) {
            return Err(refuse(FileProblem::at(
                &item_path(i),
                "this partnership is in the list twice",
            )));
        }
    }
    Ok(text)
}

/// Reads stored text. Only a text that is not ours at all is refused whole; a partnership
/// that fails a check is set aside and the others open.
pub fn open(text: &str) -> Result<Opened, FileProblem> {
    let mut value = migrate(parse_json(text)?)?;
    let items = match value.get_mut("partnerships").map(Value::take) {
        Some(Value::Array(items)) => items,
        Some(_) => {
            return Err(FileProblem::at(
                &[Segment::Field("partnerships".into())],
                "found something else where a list belongs",
            ))
        }
        None => return Err(FileProblem::whole("\"partnerships\" is missing")),
    };
    if let Some(object) = value.as_object_mut() {
        object.insert("partnerships".into(), Value::Array(Vec::new()));
    }
    let envelope = typed(&value, 0)?;

    let mut opened = Opened {
        workspace: Workspace::default(),
        set_aside: Vec::new(),
    };
    let mut ids = HashSet::new();
    for (i, item) in items.into_iter().enumerate() {
        let (read, item) = read_partnership(&mut value, item, i);
        let read = read.and_then(|p| {
            if opened.workspace.partnerships.len() >= MAX_PARTNERSHIPS {
                Err(FileProblem::at(
                    &item_path(i),
                    format!("only {MAX_PARTNERSHIPS} partnerships open at once"),
                ))
            } else if !ids.insert(p.id.clone()) {
                Err(FileProblem::at(
                    &item_path(i),
                    format!("\"{}\" is used by another partnership", p.id),
                ))
            } else {
                Ok(p)
            }
        });
        match read {
            Ok(partnership) => opened.workspace.partnerships.push(partnership),
            Err(problem) => opened.set_aside.push(SetAside {
                name: name_of(&item, i),
                problem,
                text: one_partnership_file(item, envelope.saved_at),
            }),
        }
    }
    Ok(opened)
}

/// How many values one repair may change before it gives up.
const MAX_REPAIRS: usize = 200;

/// A set-aside partnership made readable: each value the reader refuses is cut to its
/// limit or left empty, or else the record holding it is removed. Says each change in
/// words; none when the partnership cannot be opened that way (its envelope, or a
/// value no partnership can be without).
pub fn repair(text: &str) -> Option<(Partnership, Vec<String>)> {
    let mut envelope = migrate(parse_json(text).ok()?).ok()?;
    let mut item = match envelope.get_mut("partnerships").map(Value::take) {
        Some(Value::Array(items)) if items.len() == 1 => items.into_iter().next()?,
        _ => return None,
    };
    envelope
        .as_object_mut()?
        .insert("partnerships".into(), Value::Array(Vec::new()));
    typed(&envelope, 0).ok()?;
    // Each change: where, what was done, and the reader's reason.
    let mut changes: Vec<(Vec<Segment>, String, String)> = Vec::new();
    for _ in 0..MAX_REPAIRS {
        let (read, back) = read_partnership(&mut envelope, item, 0);
        item = back;
        let problem = match read {
            Ok(partnership) => {
                return Some((
                    partnership,
                    changes.into_iter().map(|(_, c, _)| c).collect(),
                ))
            }
            Err(FileProblem::Invalid { path, problem, .. }) => {
                // A value emptied before and refused again keeps its first reason.
                let first = changes.iter().find(|(at, _, _)| path.get(2..) == Some(at));
                let reason = first.map_or(problem, |(_, _, reason)| reason.clone());
                (path, reason)
            }
            Err(_) => return None,
        };
        let reason = problem.1.clone();
        let (place, change) = mend(&mut item, problem)?;
        // A record removed takes with it what was emptied inside it.
        changes.retain(|(earlier, _, _)| !earlier.starts_with(&place));
        changes.push((place, change, reason));
    }
    None
}

/// A file refused for values inside its partnerships, read as set-aside work is
/// repaired: each partnership made readable, each change said, after the partnership's
/// name when the file holds several. None when what is refused lies outside the
/// partnerships or cannot be mended that way, and for a template file.
pub fn mended(text: &str) -> Option<(Document, Vec<String>)> {
    if text.len() > MAX_FILE_BYTES {
        return None;
    }
    let mut value = migrate(parse_json(text).ok()?).ok()?;
    let items = match value.get_mut("partnerships").map(Value::take) {
        Some(Value::Array(items)) if items.len() <= MAX_PARTNERSHIPS => items,
        _ => return None,
    };
    value
        .as_object_mut()?
        .insert("partnerships".into(), Value::Array(Vec::new()));
    let mut document = typed(&value, 0).ok()?;
    if document.scope == Scope::Template {
        return None;
    }
    let several = items.len() > 1;
    let mut changes = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let name = name_of(&item, i);
        let text = one_partnership_file(item, document.saved_at);
        // Of several, one that cannot be mended stays out and the others come in.
        let Some((partnership, made)) = repair(&text) else {
            let problem = super::read_noting(&text).err()?;
            several.then_some(())?;
            changes.push(format!(
                "“{name}”: left out ({})",
                within_partnership(&problem)
            ));
            continue;
        };
        changes.extend(made.into_iter().map(|change| match several {
            true => format!("“{name}”: {change}"),
            false => change,
        }));
        document.partnerships.push(partnership);
    }
    (!document.partnerships.is_empty()).then_some(())?;
    check_document(&document).ok()?;
    (!changes.is_empty()).then_some((document, changes))
}

/// One change that takes away one problem at `path` (within a document's first
/// partnership), described.
fn mend(
    item: &mut Value,
    (path, problem): (Vec<Segment>, String),
) -> Option<(Vec<Segment>, String)> {
    let rest = path.get(2..)?.to_vec();
    // Teachers and coaches named, since removing one renumbers those after it.
    let place = describe_in(&rest, Some(item));
    let at = pointer(&rest);
    if let Some((value, said)) = stand_in(item, &rest, &problem) {
        *item.pointer_mut(&at)? = value;
        return Some((rest, format!("{place}: {said} ({problem})")));
    }
    let limit = match rest.last() {
        Some(Segment::Field(name)) if name == "teachers" => MAX_TEACHERS,
        _ => MAX_LIST_ITEMS,
    };
    match item.pointer_mut(&at)? {
        Value::String(text) if text.chars().count() > MAX_TEXT_CHARS => {
            *text = fit_text(std::mem::take(text)).0;
            let kept = thousands(MAX_TEXT_CHARS);
            return Some((rest, format!("{place}: cut to {kept} characters")));
        }
        Value::Array(items) if items.len() > limit => {
            items.truncate(limit);
            return Some((
                rest,
                format!("{place}: only the first {} kept", thousands(limit)),
            ));
        }
        Value::Null => {}
        value => {
            *value = Value::Null;
            return Some((rest, format!("{place}: left empty ({problem})")));
        }
    }
    // Emptying was not enough: the record holding the value goes.
    let record = rest.iter().rposition(|s| matches!(s, Segment::Index(_)))?;
    let record_path = rest[..=record].to_vec();
    let Some(Segment::Index(index)) = rest.get(record) else {
        return None;
    };
    let removed = describe_in(&record_path, Some(item));
    let list = item
        .pointer_mut(&pointer(&rest[..record]))?
        .as_array_mut()?;
    (*index < list.len()).then(|| list.remove(*index))?;
    Some((record_path, format!("{removed}: removed ({problem})")))
}

/// What stands in for a refused value that leaving empty cannot serve, with how the
/// change says it ("set to planned"): a school year written another way ("2026", "twenty twenty-six") read
/// from the year in it or the day the partnership was made; an action's unreadable
/// status, planned; a teacher without a name, named by their place, keeping their place
/// on the map; a record's id missing, used twice or not an id, a new one, so the record
/// stays; support by a coach the partnership no longer has, by someone else; a date
/// written day and month first that can be only one date, that date.
fn stand_in(item: &Value, rest: &[Segment], problem: &str) -> Option<(Value, String)> {
    use Segment::{Field, Index};
    match rest {
        [Field(name)] if name == "school_year" => {
            let year = year_of(item)?.to_string();
            Some((Value::String(year.clone()), format!("set to {year}")))
        }
        [Field(step), .., Field(field)] if step == "plan" && field == "status" => {
            Some((Value::String("planned".into()), "set to planned".into()))
        }
        [Field(_), Field(list), Index(i), Field(field)]
            if list == "teachers" && field == "name" =>
        {
            let name = format!("Teacher {}", i + 1);
            Some((Value::String(name.clone()), format!("set to “{name}”")))
        }
        [.., Field(list), Index(_), Field(field)] if field == "id" => {
            let id = fresh_id(item, &rest[..rest.len() - 2], list)?;
            Some((
                Value::String(id.clone()),
                format!("set to the new id “{id}”"),
            ))
        }
        [.., Field(list), Index(_)] if problem == "\"id\" is missing" => {
            let id = fresh_id(item, &rest[..rest.len() - 1], list)?;
            let mut record = item.pointer(&pointer(rest))?.clone();
            record
                .as_object_mut()?
                .insert("id".into(), Value::String(id.clone()));
            Some((record, format!("given the new id “{id}”")))
        }
        // A whole number written as text ("7") or with a point ("5.0"), as a spreadsheet
        // or another program may write it: that number, which the checks then weigh.
        _ if problem.contains("where a whole number belongs") => {
            let written = item.pointer(&pointer(rest))?;
            let n = match written {
                Value::String(text) => {
                    let text = text.trim();
                    let whole = text.split_once('.').map_or(text, |(whole, point)| {
                        if point.bytes().all(|b| b == b'0') {
                            whole
                        } else {
                            text
                        }
                    });
                    whole.parse::<u64>().ok()?
                }
                // A whole number already written as one was mended before and is refused
                // for its size: then it is left empty, as any value refused is.
                Value::Number(n) if n.is_f64() => {
                    n.as_f64().filter(|f| f.fract() == 0.0 && *f >= 0.0)? as u64
                }
                _ => return None,
            };
            Some((Value::from(n), format!("set to {n}, read from {written}")))
        }
        _ if problem.contains("is not a date written year-month-day") => {
            let written = item.pointer(&pointer(rest))?.as_str()?;
            let date = day::read_either_way(written)?;
            Some((
                Value::String(date.to_string()),
                format!("set to {date}, read as {}", day::long(date)),
            ))
        }
        [Field(step), Field(list), Index(_), Field(field)]
            if step == "plan"
                && list == "actions"
                && field == "who"
                && problem.starts_with("no coach") =>
        {
            let name = "a coach no longer in this partnership";
            let mut who = serde_json::Map::new();
            who.insert("kind".into(), "other".into());
            who.insert("name".into(), name.into());
            Some((Value::Object(who), format!("set to someone else, “{name}”")))
        }
        _ => None,
    }
}

/// An id no record of the list at `list_path` has, of the list's kind ("teacher-8").
fn fresh_id(item: &Value, list_path: &[Segment], list: &str) -> Option<String> {
    let kind = match list {
        "teachers" => "teacher",
        "coaches" => "coach",
        "actions" => "support",
        "expectations" => "commitment",
        "roles" => "role",
        "time_investment" => "action",
        "triggers" => "trigger",
        "band_goals" => "band",
        "snapshots" => "snapshot",
        "playbook" => "play",
        _ => "item",
    };
    let records = item.pointer(&pointer(list_path))?.as_array()?;
    let taken = |id: &str| {
        records
            .iter()
            .any(|r| r.get("id").and_then(Value::as_str) == Some(id))
    };
    (1..=records.len() + 1)
        .map(|n| format!("{kind}-{n}"))
        .find(|id| !taken(id))
}

/// The school year a partnership's data points to: the first four-digit year written in
/// its school year, else the one its creation day falls in.
fn year_of(item: &Value) -> Option<SchoolYear> {
    let written = match item.get("school_year") {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let digits: Vec<char> = written.chars().collect();
    let from_text = digits.windows(4).find_map(|w| {
        let text: String = w.iter().collect();
        w.iter()
            .all(char::is_ascii_digit)
            .then(|| text.parse().ok())
            .flatten()
    });
    match from_text.and_then(SchoolYear::starting) {
        Some(year) => Some(year),
        None => {
            let created = item.get("created")?.as_str()?;
            let day: chrono::NaiveDate = created.get(..10)?.parse().ok()?;
            Some(SchoolYear::containing(day))
        }
    }
}

/// A JSON pointer to a path within a partnership.
fn pointer(path: &[Segment]) -> String {
    path.iter()
        .map(|s| match s {
            Segment::Field(name) => format!("/{}", name.replace('~', "~0").replace('/', "~1")),
            Segment::Index(i) => format!("/{i}"),
        })
        .collect()
}

/// What a set-aside text is, for the list of them: a name to know it by, and why it
/// could not be opened (or that it can be now, after an update of the app).
pub fn describe_set_aside(text: &str) -> (String, String) {
    match open(text) {
        Err(problem) => (
            "Everything saved in this browser at the time".to_string(),
            as_saved_work(&problem),
        ),
        Ok(Opened { set_aside, .. }) if !set_aside.is_empty() => {
            let first = &set_aside[0];
            (first.name.clone(), within_partnership(&first.problem))
        }
        Ok(Opened { workspace, .. }) => (
            match workspace.partnerships.as_slice() {
                [] => "Saved data".to_string(),
                [one] => one.name.clone(),
                [a, b] => format!("{} and {}", a.name, b.name),
                [a, b, rest @ ..] => format!("{}, {} and {} more", a.name, b.name, rest.len()),
            },
            "This can be opened now: download it and import the file to bring it back.".to_string(),
        ),
    }
}

/// What is wrong with saved work as a whole, said of saved work: the person opened no
/// file, and the advice for a file (export it again) does not apply.
fn as_saved_work(problem: &FileProblem) -> String {
    match problem {
        FileProblem::CutShort { .. } => {
            "It stops before its end, as if the browser was closed while it was being saved."
                .to_string()
        }
        FileProblem::Empty
        | FileProblem::NotText
        | FileProblem::Spreadsheet
        | FileProblem::NotJson { .. }
        | FileProblem::NotOurs => {
            "It cannot be read: it was changed outside Partnership Planner, or damaged.".to_string()
        }
        FileProblem::TooNew { .. } => "It was saved by a newer version of Partnership Planner: open the newest version of this page to use it.".to_string(),
        other => other.to_string(),
    }
}

/// A problem's wording without "Partnership 1, " in front, where the partnership is
/// already named beside it.
fn within_partnership(problem: &FileProblem) -> String {
    let text = problem.to_string();
    match text.strip_prefix("Partnership ").and_then(|rest| {
        rest.split_once(", ")
            .filter(|(number, _)| number.chars().all(|c| c.is_ascii_digit()))
            .or_else(|| rest.split_once(": "))
    }) {
        Some((number, rest)) if number.chars().all(|c| c.is_ascii_digit()) => {
            let mut chars = rest.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        }
        _ => text,
    }
}

fn item_path(index: usize) -> Vec<Segment> {
    vec![Segment::Field("partnerships".into()), Segment::Index(index)]
}

/// Reads the partnership at place `index` through the format's one typed reading, inside
/// `envelope` (the item is taken back out afterwards), and hands the raw item back.
fn read_partnership(
    envelope: &mut Value,
    item: Value,
    index: usize,
) -> (Result<Partnership, FileProblem>, Value) {
    if let Err(problem) = check_sizes(&item, &mut item_path(index)) {
        return (Err(problem), item);
    }
    let Some(object) = envelope.as_object_mut() else {
        return (Err(FileProblem::NotOurs), item);
    };
    object.insert("partnerships".into(), Value::Array(vec![item]));
    let read = typed(envelope, index).and_then(|document| {
        let partnership = document.partnerships.into_iter().next();
        let partnership =
            partnership.ok_or_else(|| FileProblem::at(&item_path(index), "it is empty"))?;
        check_partnership(&partnership, index)?;
        Ok(partnership)
    });
    let item = match envelope.get_mut("partnerships").map(Value::take) {
        Some(Value::Array(mut items)) => items.pop().unwrap_or_default(),
        _ => Value::Null,
    };
    (read, item)
}

/// The name a person knows a partnership by, even when the rest of it cannot be read.
fn name_of(item: &Value, index: usize) -> String {
    match item.get("name").and_then(Value::as_str).map(str::trim) {
        Some(name) if !name.is_empty() => name.chars().take(120).collect(),
        _ => format!("Partnership {}", index + 1),
    }
}

/// A partnership's raw data, untouched, inside a file envelope of its own.
fn one_partnership_file(item: Value, saved_at: DateTime<Utc>) -> String {
    let mut file = as_value(&Document::new(Scope::Partnership, Vec::new(), saved_at));
    if let Some(object) = file.as_object_mut() {
        object.insert("partnerships".into(), Value::Array(vec![item]));
    }
    super::pretty::indent(&file.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::read;
    use crate::model::test_support::{now, sample};
    use crate::model::Id;
    use chrono::NaiveDate;

    fn two() -> Workspace {
        let mut second = sample();
        second.id = Id::new("p-2");
        second.name = "Second".into();
        Workspace {
            partnerships: vec![sample(), second],
        }
    }

    #[test]
    fn what_is_written_opens_again_unchanged() {
        let workspace = two();
        let text = write_checked(&workspace, now()).map_err(|e| e.to_string());
        let opened = text
            .as_deref()
            .map(open)
            .map(|o| o.map_err(|e| e.to_string()));
        assert_eq!(
            opened,
            Ok(Ok(Opened {
                workspace,
                set_aside: Vec::new()
            }))
        );
    }

    #[test]
    fn a_stage_written_by_hand_in_capitals_opens_rather_than_being_set_aside() {
        let workspace = two();
        let Ok(text) = write_checked(&workspace, now()) else {
            panic!("the workspace is written")
        };
        let edited = text.replacen("\"stage\":\"developing\"", "\"stage\":\"Developing\"", 1);
        assert_ne!(edited, text);
        let opened = open(&edited).map_err(|e| e.to_string());
        assert_eq!(
            opened.map(|o| (o.workspace, o.set_aside.len())),
            Ok((workspace, 0))
        );
    }

    #[test]
    fn a_value_the_reader_refuses_is_never_written() {
        let mut workspace = two();
        workspace.partnerships[1]
            .agreement
            .focus
            .outcome_target_date = NaiveDate::from_ymd_opt(26, 5, 1);
        assert_eq!(
            write_checked(&workspace, now()).map_err(|e| e.to_string()),
            Err(
                "In “Second”: Focus, outcome target date: the year 26 is outside 1990-2200.".into()
            )
        );
        workspace.partnerships[1]
            .agreement
            .focus
            .outcome_target_date = None;
        workspace.partnerships[1].school = " ".into();
        assert!(write_checked(&workspace, now()).is_err());
        workspace.partnerships[1].school = "x".repeat(5_001);
        assert!(write_checked(&workspace, now()).is_err());
    }

    #[test]
    fn one_unreadable_partnership_is_set_aside_and_the_others_open() {
        let workspace = two();
        let Ok(text) = write_checked(&workspace, now()) else {
            panic!("the sample saves");
        };
        let year = "\"outcome_target_date\":\"2027-05-29\"";
        assert!(text.contains(year));
        let broken = text.replacen(year, "\"outcome_target_date\":\"0026-05-29\"", 1);
        let Ok(opened) = open(&broken) else {
            panic!("the envelope is fine");
        };
        assert_eq!(opened.workspace.partnerships.len(), 1);
        assert_eq!(opened.workspace.partnerships[0].name, "Second");
        assert_eq!(opened.set_aside.len(), 1);
        let aside = &opened.set_aside[0];
        assert_eq!(aside.name, workspace.partnerships[0].name);
        assert_eq!(
            aside.problem.to_string(),
            "Partnership 1, focus, outcome target date: the year 26 is outside 1990-2200."
        );
        // Kept exactly: the file holds the refused value, and the reader names it again.
        assert!(aside.text.contains("0026-05-29"));
        assert_eq!(
            read(&aside.text).map_err(|e| e.to_string()),
            Err(
                "Partnership 1, focus, outcome target date: the year 26 is outside 1990-2200."
                    .into()
            )
        );
    }

    #[test]
    fn a_set_aside_partnership_is_described_by_its_name_and_problem() {
        let Ok(text) = write_checked(&two(), now()) else {
            panic!("the sample saves");
        };
        let broken = text.replacen(
            "\"meeting_date\":\"2026-09-08\"",
            "\"meeting_date\":\"0026-09-08\"",
            1,
        );
        let Ok(opened) = open(&broken) else {
            panic!("the envelope is fine");
        };
        assert_eq!(
            describe_set_aside(&opened.set_aside[0].text),
            (
                "Lincoln Elementary (sample) 2026-27".to_string(),
                "Meeting date: the year 26 is outside 1990-2200.".to_string()
            )
        );
        assert_eq!(
            describe_set_aside("{ not json").0,
            "Everything saved in this browser at the time"
        );
    }

    #[test]
    fn a_whole_version_kept_aside_by_a_clash_is_named_by_all_it_holds() {
        let Ok(text) = write_checked(&two(), now()) else {
            panic!("the sample saves");
        };
        let (name, why) = describe_set_aside(&text);
        let names: Vec<String> = two().partnerships.iter().map(|p| p.name.clone()).collect();
        assert_eq!(name, names.join(" and "));
        assert!(why.starts_with("This can be opened now"));
    }

    fn set_aside_text(edit: impl Fn(&str) -> String) -> String {
        let Ok(text) = write_checked(&two(), now()) else {
            panic!("the sample saves");
        };
        match open(&edit(&text)) {
            Ok(opened) if !opened.set_aside.is_empty() => opened.set_aside[0].text.clone(),
            _ => panic!("the edit sets the first partnership aside"),
        }
    }

    #[test]
    fn a_set_aside_partnership_opens_without_what_cannot_be_read() {
        let text = set_aside_text(|t| {
            t.replacen(
                "\"meeting_date\":\"2026-09-08\"",
                "\"meeting_date\":\"0026-09-08\"",
                1,
            )
            .replacen("\"id\":\"role-2\"", "\"id\":\"role-1\"", 1)
            .replacen("\"position\":9", "\"position\":12", 1)
            .replacen(
                "\"how\":\"Grade team meeting with samples\"",
                &format!("\"how\":\"{}\"", "x".repeat(5_010)),
                1,
            )
        });
        let Some((repaired, changes)) = repair(&text) else {
            panic!("the partnership can be opened");
        };
        let mut sorted = changes.clone();
        sorted.sort();
        assert_eq!(
            sorted,
            [
                "Meeting date: left empty (the year 26 is outside 1990-2200)",
                "Role 2 (“Coach”), id: set to the new id “role-2” (\"role-1\" is used twice)",
                "Support action 1 (“Look at writing from classrooms at 9-10”), how: cut to 5,000 characters",
                "Teacher 1 (Alex Rivera), position: left empty (position 12 is outside 1-11)",
            ]
        );
        assert_eq!(repaired.meeting_date, None);
        assert_eq!(
            repaired.agreement.roles.len(),
            3,
            "the role keeps its place under a new id"
        );
        assert_eq!(repaired.continuum.teachers[0].position, None);
        assert_eq!(repaired.name, two().partnerships[0].name);
        assert!(write_checked(
            &Workspace {
                partnerships: vec![repaired]
            },
            now()
        )
        .is_ok());
    }

    /// The workspace `two()` as a file, edited.
    fn edited_file(edit: impl Fn(&str) -> String) -> String {
        edit(&crate::format::write(&Document::of_workspace(
            &two(),
            now(),
        )))
    }

    #[test]
    fn a_whole_number_written_as_text_or_with_a_point_is_read_as_that_number() {
        let text = edited_file(|t| {
            t.replacen("\"position\": 9", "\"position\": \"7\"", 1)
                .replacen("\"percent\": 20", "\"percent\": 20.0", 1)
        });
        assert!(read(&text).is_err(), "the file is refused as it is");
        let Some((document, changes)) = mended(&text) else {
            panic!("the file can be mended");
        };
        let p = &document.partnerships[0];
        assert_eq!(p.continuum.teachers[0].position.map(|p| p.value()), Some(7));
        assert_eq!(p.agreement.time_investment[0].percent, 20);
        for said in [
            "position: set to 7, read from \"7\"",
            "percent: set to 20, read from 20.0",
        ] {
            assert!(changes.iter().any(|c| c.contains(said)), "{changes:?}");
        }
        // A number read from text that is then too large is left empty, as before.
        let large = edited_file(|t| {
            t.replacen("\"position\": 9", "\"position\": \"12\"", 1)
                .replacen("\"percent\": 20", "\"percent\": 150.0", 1)
        });
        let Some((document, changes)) = mended(&large) else {
            panic!("the file can be mended");
        };
        // Each comes to what a value refused comes to, once: no mending again and again.
        assert_eq!(
            document.partnerships[0].continuum.teachers[0].position,
            None
        );
        assert_eq!(changes.len(), 2, "{changes:?}");
        // Text that is no whole number is still left empty.
        let word = edited_file(|t| t.replacen("\"position\": 9", "\"position\": \"7.5\"", 1));
        let Some((document, changes)) = mended(&word) else {
            panic!("the file can be mended");
        };
        assert_eq!(
            document.partnerships[0].continuum.teachers[0].position,
            None
        );
        assert!(changes[0].contains("position: left empty"), "{changes:?}");
    }

    #[test]
    fn a_refused_file_can_come_in_without_what_cannot_be_read_each_change_said() {
        let first = &two().partnerships[0].continuum.teachers[0];
        let text = edited_file(|t| {
            t.replacen("\"position\": 9", "\"position\": 12", 1)
                .replacen(
                    &format!("\"name\": \"{}\"", first.name),
                    "\"name\": \"  \"",
                    1,
                )
                .replace(
                    "\"meeting_date\": \"2026-09-08\"",
                    "\"meeting_date\": \"08/09/2026\"",
                )
        });
        assert!(read(&text).is_err(), "the file is refused as it is");
        let Some((document, changes)) = mended(&text) else {
            panic!("the file can be mended");
        };
        assert_eq!(document.partnerships.len(), 2);
        assert_eq!(
            document.partnerships[0].continuum.teachers[0].name,
            "Teacher 1"
        );
        assert_eq!(
            document.partnerships[0].continuum.teachers[0].position,
            None
        );
        assert_eq!(document.partnerships[1].meeting_date, None);
        let name = &two().partnerships[0].name;
        assert_eq!(
            changes,
            [
                format!("“{name}”: Teacher 1, position: left empty (position 12 is outside 1-11)"),
                format!("“{name}”: Meeting date: left empty (“08/09/2026” is not a date written year-month-day, such as 2026-09-28 for 28 September 2026)"),
                format!("“{name}”: Teacher 1, name: set to “Teacher 1” (a teacher needs a name or a code)"),
                "“Second”: Meeting date: left empty (“08/09/2026” is not a date written year-month-day, such as 2026-09-28 for 28 September 2026)".to_string(),
            ]
        );
        assert!(check_document(&document).is_ok());
    }

    /// A file of `tests/fixtures/bad`, mended: what came in, and each change said.
    fn mended_fixture(name: &str) -> (Document, Vec<String>) {
        let path = format!("{}/tests/fixtures/bad/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap_or_default();
        assert!(read(&text).is_err(), "{name} is refused as it is");
        let mended = mended(&text);
        assert!(mended.is_some(), "{name} can be mended");
        mended.unwrap_or_else(|| (Document::of_workspace(&Workspace::default(), now()), vec![]))
    }

    #[test]
    fn a_record_whose_id_is_missing_or_used_twice_is_given_a_new_one_and_stays() {
        let (document, changes) = mended_fixture("teacher-id-twice.json");
        let teachers = &document.partnerships[0].continuum.teachers;
        assert!(teachers.iter().any(|t| t.name == "Bea Chen"));
        assert_eq!(
            changes,
            ["Teacher 2 (Bea Chen), id: set to the new id “teacher-2” (\"teacher-1\" is used twice)"]
        );
        let (document, changes) = mended_fixture("teacher-missing-id.json");
        let gus = document.partnerships[0]
            .continuum
            .teachers
            .iter()
            .find(|t| t.name == "Gus Moreau");
        assert!(
            gus.is_some_and(|t| t.position.is_some()),
            "Gus keeps his place"
        );
        assert_eq!(changes.len(), 1);
        assert!(
            changes[0].starts_with("Teacher 7 (Gus Moreau): given the new id “teacher-"),
            "{changes:?}"
        );
        for file in [
            "commitment-id-twice.json",
            "role-id-twice.json",
            "time-share-id-twice.json",
            "action-id-twice.json",
            "trigger-id-twice.json",
        ] {
            let (document, _) = mended_fixture(file);
            assert!(check_document(&document).is_ok());
        }
    }

    #[test]
    fn a_date_written_day_first_that_can_be_only_one_date_is_read_as_that_date() {
        let text = edited_file(|t| {
            t.replacen(
                "\"meeting_date\": \"2026-09-08\"",
                "\"meeting_date\": \"28/09/2026\"",
                1,
            )
        });
        let Some((document, changes)) = mended(&text) else {
            panic!("the file can be mended");
        };
        assert_eq!(
            document.partnerships[0].meeting_date,
            chrono::NaiveDate::from_ymd_opt(2026, 9, 28)
        );
        assert!(
            changes[0].contains("Meeting date: set to 2026-09-28, read as 28 September 2026 (“28/09/2026” is not a date"),
            "{changes:?}"
        );
    }

    #[test]
    fn support_by_a_coach_the_partnership_does_not_have_is_kept_as_by_someone_else() {
        let (document, changes) = mended_fixture("action-by-unknown-coach.json");
        let action = &document.partnerships[0].plan.actions[0];
        assert_eq!(
            action.who,
            crate::model::plan::Supporter::Other {
                name: "a coach no longer in this partnership".into()
            }
        );
        assert_eq!(changes.len(), 1);
        assert!(changes[0].ends_with("who: set to someone else, “a coach no longer in this partnership” (no coach with the id \"coach-9\" is in this partnership)"), "{changes:?}");
    }

    #[test]
    fn a_partnership_that_cannot_be_mended_stays_out_and_the_rest_come_in() {
        let text = edited_file(|t| {
            t.replacen("\"id\": \"p-2\"", "\"id\": \"\"", 1)
                .replacen("\"status\": \"planned\"", "\"status\": \"whenever\"", 1)
                .replacen("\"percent\": 20", "\"percent\": \"20%\"", 1)
        });
        let Some((document, changes)) = mended(&text) else {
            panic!("the first partnership comes in");
        };
        assert_eq!(document.partnerships.len(), 1);
        let first = &document.partnerships[0];
        assert_eq!(
            first.agreement.time_investment[0].percent, 20,
            "20% is read as 20"
        );
        assert_eq!(
            first.plan.actions.len(),
            two().partnerships[0].plan.actions.len()
        );
        let name = &first.name;
        assert!(
            changes
                .iter()
                .any(|c| c.starts_with(&format!("“{name}”: Support action"))
                    && c.contains(": set to planned (")),
            "{changes:?}"
        );
        assert!(
            changes
                .iter()
                .any(|c| c.starts_with("“Second”: left out (Id: ")),
            "{changes:?}"
        );
    }

    #[test]
    fn a_file_refused_outside_its_partnerships_is_not_mended() {
        let wrong_version =
            edited_file(|t| t.replacen("\"version\": 2", "\"version\": \"two\"", 1));
        assert_eq!(mended(&wrong_version), None);
        assert_eq!(mended("{ not json"), None);
        let twice = edited_file(|t| t.replacen("\"id\": \"p-2\"", "\"id\": \"p-1\"", 1));
        assert!(read(&twice).is_err());
        assert_eq!(mended(&twice), None);
    }

    #[test]
    fn a_school_year_written_another_way_is_read_from_its_year_or_the_day_it_was_made() {
        // The first partnership's school year, whatever it is, written another way.
        let with_year = |written: &str| {
            set_aside_text(|t| {
                let (before, after) = t.split_once("\"school_year\":\"").unwrap_or((t, ""));
                let rest = after.split_once('"').map_or("", |(_, rest)| rest);
                format!("{before}\"school_year\":{written}{rest}")
            })
        };
        for (written, read) in [("2027", "2027-28"), ("\"twenty twenty-six\"", "2026-27")] {
            let Some((repaired, changes)) = repair(&with_year(written)) else {
                panic!("{written} can be mended");
            };
            assert_eq!(repaired.school_year.to_string(), read, "{written}");
            assert!(
                changes[0].starts_with(&format!("School year: set to {read}")),
                "{changes:?}"
            );
        }
        assert_eq!(
            describe_set_aside(&with_year("\"x\"")).1,
            "School year: \"x\" is not a school year; write it like 2026-27."
        );
    }

    #[test]
    fn a_partnership_without_what_it_cannot_lack_is_not_repaired() {
        let text = set_aside_text(|t| {
            t.replacen(
                "\"created\":\"2026-09-21T14:13:20Z\"",
                "\"created\":\"0026-09-21T14:13:20Z\"",
                1,
            )
        });
        assert_eq!(repair(&text), None);
        assert_eq!(repair("{ not json"), None);
    }

    #[test]
    fn a_text_that_is_not_ours_is_refused_whole() {
        assert!(open("{ not json").is_err());
        assert_eq!(
            open("{\"format\":\"other\"}").err(),
            Some(FileProblem::NotOurs)
        );
    }
}
