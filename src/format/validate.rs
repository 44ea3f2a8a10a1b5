//! Checks beyond the shape of the data: sizes, identifiers, dates and ranges that a
//! hand-edited, truncated or hostile file could get wrong.

use super::location::Segment::{self, Field, Index};
use super::{Document, FileProblem};
use crate::model::Partnership;
use chrono::{Datelike, NaiveDate};
use serde_json::Value;
use std::collections::HashSet;

/// The largest file the app will open.
pub const MAX_FILE_BYTES: usize = 5_000_000;
/// Longer than any paragraph a pair writes in a meeting.
pub const MAX_TEXT_CHARS: usize = 5_000;
/// More than any list in a school's plan holds.
pub const MAX_LIST_ITEMS: usize = 2_000;
pub const MAX_PARTNERSHIPS: usize = 500;
pub const MAX_TEACHERS: usize = 1_000;
const MAX_ID_CHARS: usize = 64;
const EARLIEST_YEAR: i32 = 1990;
const LATEST_YEAR: i32 = 2200;

/// Walks the raw JSON before it becomes typed data, so an absurd file fails fast and says where.
pub fn check_sizes(value: &Value) -> Result<(), FileProblem> {
    let mut path = Vec::new();
    walk(value, &mut path)
}

fn walk(value: &Value, path: &mut Vec<Segment>) -> Result<(), FileProblem> {
    match value {
        Value::String(text) => {
            let chars = text.chars().count();
            if chars > MAX_TEXT_CHARS {
                return Err(FileProblem::at(
                    path,
                    format!("this text is {chars} characters long; the most is {MAX_TEXT_CHARS}"),
                ));
            }
        }
        Value::Array(items) => {
            let limit = match path.last() {
                Some(Field(name)) if name == "partnerships" => MAX_PARTNERSHIPS,
                Some(Field(name)) if name == "teachers" => MAX_TEACHERS,
                _ => MAX_LIST_ITEMS,
            };
            if items.len() > limit {
                return Err(FileProblem::at(
                    path,
                    format!("this list has {} items; the most is {limit}", items.len()),
                ));
            }
            for (i, item) in items.iter().enumerate() {
                path.push(Index(i));
                walk(item, path)?;
                path.pop();
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                path.push(Field(key.clone()));
                walk(item, path)?;
                path.pop();
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
    Ok(())
}

/// Checks the typed document: identifiers, required names, dates and ranges.
pub fn check_document(document: &Document) -> Result<(), FileProblem> {
    let mut seen = HashSet::new();
    for (i, partnership) in document.partnerships.iter().enumerate() {
        let at = |rest: &[Segment]| {
            let mut path = vec![Field("partnerships".into()), Index(i)];
            path.extend_from_slice(rest);
            path
        };
        check_id(partnership.id.as_str(), &at(&[Field("id".into())]))?;
        if !seen.insert(partnership.id.as_str()) {
            return Err(FileProblem::at(
                &at(&[Field("id".into())]),
                format!(
                    "\"{}\" is used by another partnership in this file",
                    partnership.id
                ),
            ));
        }
        for (field, text) in [("school", &partnership.school), ("name", &partnership.name)] {
            if text.trim().is_empty() {
                return Err(FileProblem::at(
                    &at(&[Field(field.into())]),
                    format!("the {field} is empty"),
                ));
            }
        }
        check_partnership(partnership, &at)?;
    }
    Ok(())
}

fn check_partnership(
    p: &Partnership,
    at: &dyn Fn(&[Segment]) -> Vec<Segment>,
) -> Result<(), FileProblem> {
    let f = |name: &str| Field(name.to_string());
    for (year, field) in [(p.created.year(), "created"), (p.updated.year(), "updated")] {
        check_year(year, &at(&[f(field)]))?;
    }
    check_date(p.meeting_date, &at(&[f("meeting_date")]))?;

    let a = &p.agreement;
    check_date(
        a.focus.outcome_target_date,
        &at(&[f("agreement"), f("focus"), f("outcome_target_date")]),
    )?;
    for (i, date) in a.first_indicator.check_dates.iter().enumerate() {
        check_date(
            Some(*date),
            &at(&[
                f("agreement"),
                f("first_indicator"),
                f("check_dates"),
                Index(i),
            ]),
        )?;
    }
    for (i, share) in a.time_investment.iter().enumerate() {
        if share.percent > 100 {
            return Err(FileProblem::at(
                &at(&[f("agreement"), f("time_investment"), Index(i), f("percent")]),
                format!(
                    "{}% is more than the whole of the coach's time",
                    share.percent
                ),
            ));
        }
    }
    for (i, commitment) in a.expectations.iter().enumerate() {
        check_date(
            commitment.due,
            &at(&[f("agreement"), f("expectations"), Index(i), f("due")]),
        )?;
    }
    for (i, date) in a.review.dates.iter().enumerate() {
        check_date(
            Some(*date),
            &at(&[f("agreement"), f("review"), f("dates"), Index(i)]),
        )?;
    }
    if let Some(sign_off) = &a.sign_off {
        check_date(
            Some(sign_off.date),
            &at(&[f("agreement"), f("sign_off"), f("date")]),
        )?;
    }

    let c = &p.continuum;
    unique_ids(c.teachers.iter().map(|t| t.id.as_str()), "teachers", at)?;
    unique_ids(p.coaches.iter().map(|c| c.id.as_str()), "coaches", at)?;
    for (i, teacher) in c.teachers.iter().enumerate() {
        check_date(
            teacher.goal_date,
            &at(&[f("continuum"), f("teachers"), Index(i), f("goal_date")]),
        )?;
    }
    for (i, goal) in c.band_goals.iter().enumerate() {
        if goal.from > goal.to {
            return Err(FileProblem::at(
                &at(&[f("continuum"), f("band_goals"), Index(i)]),
                format!(
                    "the band runs from {} down to {}; it must run upwards",
                    goal.from.value(),
                    goal.to.value()
                ),
            ));
        }
        check_date(
            goal.target_date,
            &at(&[f("continuum"), f("band_goals"), Index(i), f("target_date")]),
        )?;
    }
    for (i, snapshot) in c.snapshots.iter().enumerate() {
        check_date(
            Some(snapshot.taken_on),
            &at(&[f("continuum"), f("snapshots"), Index(i), f("taken_on")]),
        )?;
    }
    for (i, action) in p.plan.actions.iter().enumerate() {
        let here = |field: &str| at(&[f("plan"), f("actions"), Index(i), f(field)]);
        check_date(action.starts, &here("starts"))?;
        check_date(action.ends, &here("ends"))?;
        if let (Some(starts), Some(ends)) = (action.starts, action.ends) {
            if ends < starts {
                return Err(FileProblem::at(
                    &here("ends"),
                    format!("it ends ({ends}) before it starts ({starts})"),
                ));
            }
        }
    }
    Ok(())
}

fn check_id(id: &str, path: &[Segment]) -> Result<(), FileProblem> {
    let fine = !id.is_empty()
        && id.chars().count() <= MAX_ID_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if fine {
        Ok(())
    } else {
        Err(FileProblem::at(
            path,
            format!("\"{id}\" is not a valid identifier"),
        ))
    }
}

fn unique_ids<'a>(
    ids: impl Iterator<Item = &'a str>,
    list: &str,
    at: &dyn Fn(&[Segment]) -> Vec<Segment>,
) -> Result<(), FileProblem> {
    let mut seen = HashSet::new();
    let group = if list == "teachers" {
        vec![Field("continuum".into()), Field(list.into())]
    } else {
        vec![Field(list.into())]
    };
    for (i, id) in ids.enumerate() {
        let mut path = group.clone();
        path.extend([Index(i), Field("id".into())]);
        check_id(id, &at(&path))?;
        if !seen.insert(id) {
            return Err(FileProblem::at(
                &at(&path),
                format!("\"{id}\" is used twice"),
            ));
        }
    }
    Ok(())
}

fn check_date(date: Option<NaiveDate>, path: &[Segment]) -> Result<(), FileProblem> {
    match date {
        Some(date) => check_year(date.year(), path),
        None => Ok(()),
    }
}

fn check_year(year: i32, path: &[Segment]) -> Result<(), FileProblem> {
    if (EARLIEST_YEAR..=LATEST_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(FileProblem::at(
            path,
            format!("the year {year} is outside {EARLIEST_YEAR}-{LATEST_YEAR}"),
        ))
    }
}
