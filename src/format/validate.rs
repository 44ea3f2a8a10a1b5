//! Checks beyond the shape of the data: sizes, identifiers, dates and ranges that a
//! hand-edited, truncated or hostile file could get wrong. The saver runs the same checks,
//! so nothing reaches storage that these would refuse.

use super::location::Segment::{self, Field, Index};
use super::{Document, FileProblem, Scope};
use crate::model::ids::Keyed;
use crate::model::limits::{self, MAX_ID_CHARS, MAX_LIST_ITEMS, MAX_TEACHERS, MAX_TEXT_CHARS};
use crate::model::plan::{Supporter, Target};
use crate::model::{Id, Partnership, Position};
use chrono::{Datelike, NaiveDate};
use serde_json::Value;
use std::collections::HashSet;

pub use crate::model::limits::MAX_PARTNERSHIPS;

/// The largest file the app will open: above any export of what a browser's storage
/// holds (about 5 million characters, 3 bytes each at most in UTF-8 but for emoji, plus
/// the indentation), so the rescue file asked for when storage is full opens again.
pub const MAX_FILE_BYTES: usize = 20_000_000;

/// Walks raw JSON before it becomes typed data, so an absurd file fails fast and says
/// where. `path` is where `value` stands in the document.
pub fn check_sizes(value: &Value, path: &mut Vec<Segment>) -> Result<(), FileProblem> {
    run_sizes(value, path)
}

/// The same check straight over JSON text, building nothing: how the saver checks what it
/// is about to write without reading it back whole.
pub fn check_text_sizes(json: &str) -> Result<(), FileProblem> {
    run_sizes(
        &mut serde_json::Deserializer::from_str(json),
        &mut Vec::new(),
    )
}

/// One walk for both: any serde deserializer of JSON, a parsed value or the text itself.
fn run_sizes<'de, D: serde::Deserializer<'de>>(
    json: D,
    path: &mut Vec<Segment>,
) -> Result<(), FileProblem> {
    use serde::de::DeserializeSeed;
    let found = std::cell::RefCell::new(None);
    let walk = Sizes {
        path: std::cell::RefCell::new(std::mem::take(path)),
        found: &found,
    };
    let result = (&walk).deserialize(json);
    *path = walk.path.into_inner();
    match (found.into_inner(), result) {
        (Some(problem), _) => Err(problem),
        // Not JSON at all: the reader says so where it parses.
        (None, Err(_)) => Err(FileProblem::whole("this is not JSON")),
        (None, Ok(())) => Ok(()),
    }
}

/// Walks JSON keeping the path, and stops at the first text or list over its limit.
struct Sizes<'a> {
    path: std::cell::RefCell<Vec<Segment>>,
    found: &'a std::cell::RefCell<Option<FileProblem>>,
}

impl Sizes<'_> {
    fn fail<E: serde::de::Error>(&self, problem: String) -> E {
        *self.found.borrow_mut() = Some(FileProblem::at(&self.path.borrow(), problem));
        E::custom("too large")
    }

    fn limit(&self) -> usize {
        match self.path.borrow().last() {
            Some(Field(name)) if name == "partnerships" => MAX_PARTNERSHIPS,
            Some(Field(name)) if name == "teachers" => MAX_TEACHERS,
            _ => MAX_LIST_ITEMS,
        }
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for &Sizes<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, json: D) -> Result<(), D::Error> {
        json.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for &Sizes<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("JSON")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<(), E> {
        let chars = text.chars().count();
        if chars > MAX_TEXT_CHARS {
            return Err(self.fail(format!(
                "this text is {chars} characters long; the most is {MAX_TEXT_CHARS}"
            )));
        }
        Ok(())
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut items: A) -> Result<(), A::Error> {
        let limit = self.limit();
        let mut count = 0;
        loop {
            self.path.borrow_mut().push(Index(count));
            let item = if count < limit {
                items.next_element_seed(self)?
            } else {
                items.next_element::<serde::de::IgnoredAny>()?.map(|_| ())
            };
            self.path.borrow_mut().pop();
            if item.is_none() {
                break;
            }
            count += 1;
        }
        if count > limit {
            return Err(self.fail(format!("this list has {count} items; the most is {limit}")));
        }
        Ok(())
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut fields: A) -> Result<(), A::Error> {
        while let Some(key) = fields.next_key::<String>()? {
            self.path.borrow_mut().push(Field(key));
            fields.next_value_seed(self)?;
            self.path.borrow_mut().pop();
        }
        Ok(())
    }
}

/// Checks the typed document: every partnership, and no identity used twice.
pub fn check_document(document: &Document) -> Result<(), FileProblem> {
    match (document.scope, &document.template) {
        (Scope::Template, None) => {
            return Err(FileProblem::whole("this template file holds no template"))
        }
        (Scope::Template, Some(_)) if !document.partnerships.is_empty() => {
            return Err(FileProblem::whole(
                "a template file holds a template and no partnerships",
            ))
        }
        (Scope::Template, Some(template)) => return super::template::check_template(template),
        (_, Some(_)) => {
            return Err(FileProblem::at(
                &[Field("template".into())],
                "only a template file holds a template",
            ))
        }
        (_, None) => {}
    }
    let mut seen = HashSet::new();
    for (i, partnership) in document.partnerships.iter().enumerate() {
        check_partnership(partnership, i)?;
        if !seen.insert(partnership.id.as_str()) {
            return Err(FileProblem::at(
                &[Field("partnerships".into()), Index(i), Field("id".into())],
                format!(
                    "\"{}\" is used by another partnership in this file",
                    partnership.id
                ),
            ));
        }
    }
    Ok(())
}

/// Where the checks of one partnership are: its place in the document, then the field.
struct Place {
    index: usize,
}

impl Place {
    fn at(&self, rest: &[&str]) -> Vec<Segment> {
        self.at_item(rest, None)
    }

    /// `rest`, with the record's number inserted after the list named by its last-but-one
    /// part, e.g. `["plan", "actions", "ends"]` and 2 become "support action 3, ends".
    fn at_item(&self, rest: &[&str], item: Option<(usize, usize)>) -> Vec<Segment> {
        let mut path = vec![Field("partnerships".into()), Index(self.index)];
        for (n, part) in rest.iter().enumerate() {
            path.push(Field((*part).to_string()));
            if let Some((after, i)) = item {
                if n == after {
                    path.push(Index(i));
                }
            }
        }
        path
    }
}

/// Checks one partnership as the reader and the saver both need it: ids, names, dates,
/// ranges. Text lengths and list sizes are `check_sizes`' part.
pub fn check_partnership(p: &Partnership, index: usize) -> Result<(), FileProblem> {
    let place = Place { index };
    check_id(p.id.as_str(), &place.at(&["id"]))?;
    for (field, text) in [("school", &p.school), ("name", &p.name)] {
        if text.trim().is_empty() {
            return Err(FileProblem::at(
                &place.at(&[field]),
                format!("the {field} is empty"),
            ));
        }
    }
    check_year(p.created.year(), &place.at(&["created"]))?;
    check_year(p.updated.year(), &place.at(&["updated"]))?;
    for (time, field) in [
        (p.last_exported, "last_exported"),
        (p.unexported_since, "unexported_since"),
    ] {
        if let Some(time) = time {
            check_year(time.year(), &place.at(&[field]))?;
        }
    }
    check_date(p.meeting_date, &place.at(&["meeting_date"]))?;
    check_agreement(p, &place)?;
    check_continuum(p, &place)?;
    check_plan(p, &place)
}

fn check_agreement(p: &Partnership, place: &Place) -> Result<(), FileProblem> {
    let a = &p.agreement;
    unique_ids(&p.coaches, &["coaches"], place)?;
    unique_ids(&a.time_investment, &["agreement", "time_investment"], place)?;
    unique_ids(&a.expectations, &["agreement", "expectations"], place)?;
    unique_ids(&a.roles, &["agreement", "roles"], place)?;
    unique_ids(
        &a.review.triggers,
        &["agreement", "review", "triggers"],
        place,
    )?;
    check_date(
        a.focus.outcome_target_date,
        &place.at(&["agreement", "focus", "outcome_target_date"]),
    )?;
    check_dates(
        &a.first_indicator.check_dates,
        &["agreement", "first_indicator", "check_dates"],
        place,
    )?;
    for (i, share) in a.time_investment.iter().enumerate() {
        if share.percent > 100 {
            return Err(FileProblem::at(
                &place.at_item(&["agreement", "time_investment", "percent"], Some((1, i))),
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
            &place.at_item(&["agreement", "expectations", "due"], Some((1, i))),
        )?;
    }
    check_dates(&a.review.dates, &["agreement", "review", "dates"], place)?;
    if let Some(sign_off) = &a.sign_off {
        check_date(
            Some(sign_off.date),
            &place.at(&["agreement", "sign_off", "date"]),
        )?;
    }
    Ok(())
}

fn check_continuum(p: &Partnership, place: &Place) -> Result<(), FileProblem> {
    let c = &p.continuum;
    unique_ids(&c.teachers, &["continuum", "teachers"], place)?;
    unique_ids(&c.band_goals, &["continuum", "band_goals"], place)?;
    unique_ids(&c.snapshots, &["continuum", "snapshots"], place)?;
    for (i, teacher) in c.teachers.iter().enumerate() {
        // The map's name box keeps the last name rather than take an empty one.
        if teacher.name.trim().is_empty() {
            return Err(FileProblem::at(
                &place.at_item(&["continuum", "teachers", "name"], Some((1, i))),
                "a teacher needs a name or a code",
            ));
        }
        check_date(
            teacher.goal_date,
            &place.at_item(&["continuum", "teachers", "goal_date"], Some((1, i))),
        )?;
    }
    for (i, goal) in c.band_goals.iter().enumerate() {
        let mut here = place.at(&["continuum", "band_goals"]);
        here.push(Index(i));
        check_band(goal.from, goal.to, &here)?;
        here.push(Field("target_date".into()));
        check_date(goal.target_date, &here)?;
    }
    for (i, snapshot) in c.snapshots.iter().enumerate() {
        check_date(
            Some(snapshot.taken_on),
            &place.at_item(&["continuum", "snapshots", "taken_on"], Some((1, i))),
        )?;
    }
    Ok(())
}

fn check_plan(p: &Partnership, place: &Place) -> Result<(), FileProblem> {
    unique_ids(&p.plan.actions, &["plan", "actions"], place)?;
    let teachers: HashSet<&Id> = p.continuum.teachers.iter().map(|t| &t.id).collect();
    let coaches: HashSet<&Id> = p.coaches.iter().map(|c| &c.id).collect();
    let shares: HashSet<&Id> = p.agreement.time_investment.iter().map(|s| &s.id).collect();
    for (i, action) in p.plan.actions.iter().enumerate() {
        let here = |field: &str| place.at_item(&["plan", "actions", field], Some((1, i)));
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
        match &action.for_whom {
            Target::Band { from, to } => check_band(*from, *to, &here("for_whom"))?,
            Target::Teacher { teacher } => known(teacher, &teachers, "teacher", &here("for_whom"))?,
            _ => {}
        }
        if let Supporter::Coach { coach } = &action.who {
            known(coach, &coaches, "coach", &here("who"))?;
        }
        if let Some(share) = &action.coaching_action {
            known(share, &shares, "coaching action", &here("coaching_action"))?;
        }
    }
    let mut asked: HashSet<&Id> = HashSet::new();
    for (i, protocol) in p.plan.protocols.iter().enumerate() {
        let here = |field: &str| place.at_item(&["plan", "protocols", field], Some((1, i)));
        known(&protocol.teacher, &teachers, "teacher", &here("teacher"))?;
        if !asked.insert(&protocol.teacher) {
            return Err(FileProblem::at(
                &here("teacher"),
                format!("teacher \"{}\" has two protocols", protocol.teacher),
            ));
        }
        check_date(protocol.first_asked, &here("first_asked"))?;
        check_date(protocol.second_asked, &here("second_asked"))?;
    }
    if let Some(playbook) = &p.plan.playbook {
        unique_ids(playbook, &["plan", "playbook"], place)?;
    }
    Ok(())
}

/// A reference inside a partnership must name a record it holds, so that every screen can
/// show what the file says.
fn known(id: &Id, ids: &HashSet<&Id>, what: &str, path: &[Segment]) -> Result<(), FileProblem> {
    if ids.contains(id) {
        Ok(())
    } else {
        Err(FileProblem::at(
            path,
            format!("no {what} with the id \"{id}\" is in this partnership"),
        ))
    }
}

fn check_band(from: Position, to: Position, path: &[Segment]) -> Result<(), FileProblem> {
    if from > to {
        return Err(FileProblem::at(
            path,
            format!(
                "the band runs from {} down to {}; it must run upwards",
                from.value(),
                to.value()
            ),
        ));
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

/// Every record of a list has a valid id of its own: two rows sharing one would edit,
/// and delete, each other.
fn unique_ids<R: Keyed>(records: &[R], list: &[&str], place: &Place) -> Result<(), FileProblem> {
    let mut seen: HashSet<&Id> = HashSet::new();
    let mut field: Vec<&str> = list.to_vec();
    field.push("id");
    for (i, record) in records.iter().enumerate() {
        let path = place.at_item(&field, Some((list.len() - 1, i)));
        check_id(record.key().as_str(), &path)?;
        if !seen.insert(record.key()) {
            return Err(FileProblem::at(
                &path,
                format!("\"{}\" is used twice", record.key()),
            ));
        }
    }
    Ok(())
}

fn check_dates(dates: &[NaiveDate], list: &[&str], place: &Place) -> Result<(), FileProblem> {
    for (i, date) in dates.iter().enumerate() {
        let mut path = place.at(list);
        path.push(Index(i));
        check_date(Some(*date), &path)?;
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
    match limits::year_problem(year) {
        None => Ok(()),
        Some(problem) => Err(FileProblem::at(path, problem)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_parsed_json_are_checked_alike() {
        let long = "é".repeat(MAX_TEXT_CHARS + 1);
        let many = vec![0; MAX_TEACHERS + 2];
        let cases = [
            serde_json::json!({"partnerships": [{"name": "ok", "notes": long}]}),
            serde_json::json!({"partnerships": [{"continuum": {"teachers": many}}]}),
            serde_json::json!({"partnerships": [{"name": "fine", "list": [1, 2, "x"]}]}),
            serde_json::json!({"escaped": "line\nbreak \"quoted\""}),
        ];
        for value in cases {
            let text = value.to_string();
            let from_value = check_sizes(&value, &mut Vec::new());
            assert_eq!(check_text_sizes(&text), from_value, "{text:.80}");
        }
        assert_eq!(
            check_text_sizes(
                &serde_json::json!({"partnerships": [{"notes": "é".repeat(5_001)}]}).to_string()
            )
            .map_err(|e| e.to_string()),
            Err(
                "Partnership 1, notes: this text is 5001 characters long; the most is 5000.".into()
            )
        );
    }
}
