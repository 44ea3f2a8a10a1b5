//! Sequences of edits made through the same rules the screens use, from raw typed input:
//! every workspace they produce is saved, and opens again unchanged.

#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Utc};
use partnership_planner::format::import::{ImportMode, ImportPreview};
use partnership_planner::format::stored::{open, write_checked};
use partnership_planner::format::{write, Document, Scope};
use partnership_planner::model::agreement::{Commitment, ReviewTrigger, Role, TimeShare};
use partnership_planner::model::ids::add_keyed;
use partnership_planner::model::limits::{clamp_time, fit_text, read_date_entry, DateEntry};
use partnership_planner::model::sample::sample_partnership;
use partnership_planner::model::{
    Coach, Id, Partnership, PartnershipDetails, SchoolYear, Workspace,
};
use proptest::prelude::*;

/// What a person can do, with what they typed as the browser hands it over.
#[derive(Clone, Debug)]
enum Edit {
    Start {
        school: String,
        year: String,
        principal: String,
    },
    AddSample,
    Rename(usize, String),
    Duplicate(usize),
    DeleteAndUndo(usize, bool),
    School(usize, String),
    Year(usize, String),
    Text(usize, u8, String),
    Date(usize, u8, String),
    Percent(usize, String),
    AddRow(usize, u8),
    RemoveRow(usize, u8),
    Sign(usize, String, String),
    Import(usize, bool, bool),
}

fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("   ".to_string()),
        "[a-zA-Z ,.'-]{1,30}",
        any::<String>().prop_map(|s| s.chars().take(60).collect()),
        (1usize..3).prop_map(|n| "é".repeat(2_500 * n + 1)),
    ]
}

/// What a date box hands over: whole dates with any year a person can type, half-typed
/// (empty) boxes and text no browser sends.
fn date_typed() -> impl Strategy<Value = String> {
    prop_oneof![
        (0i32..=275_760, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        (1990i32..=2200, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        Just(String::new()),
        Just("2026-02-30".to_string()),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    let at = 0usize..6;
    prop_oneof![
        (typed(), "[0-9 /–-]{0,10}", typed()).prop_map(|(school, year, principal)| Edit::Start {
            school,
            year,
            principal
        }),
        Just(Edit::AddSample),
        (at.clone(), typed()).prop_map(|(i, t)| Edit::Rename(i, t)),
        at.clone().prop_map(Edit::Duplicate),
        (at.clone(), any::<bool>()).prop_map(|(i, u)| Edit::DeleteAndUndo(i, u)),
        (at.clone(), typed()).prop_map(|(i, t)| Edit::School(i, t)),
        (at.clone(), prop_oneof!["[0-9]{1,4}-[0-9]{1,4}", typed()])
            .prop_map(|(i, t)| Edit::Year(i, t)),
        (at.clone(), 0u8..8, typed()).prop_map(|(i, f, t)| Edit::Text(i, f, t)),
        (at.clone(), 0u8..5, date_typed()).prop_map(|(i, f, t)| Edit::Date(i, f, t)),
        (at.clone(), "[0-9]{0,4}").prop_map(|(i, t)| Edit::Percent(i, t)),
        (at.clone(), 0u8..5).prop_map(|(i, l)| Edit::AddRow(i, l)),
        (at.clone(), 0u8..5).prop_map(|(i, l)| Edit::RemoveRow(i, l)),
        (at.clone(), typed(), date_typed()).prop_map(|(i, n, d)| Edit::Sign(i, n, d)),
        (at, any::<bool>(), any::<bool>()).prop_map(|(i, add, undo)| Edit::Import(i, add, undo)),
    ]
}

/// A date box's rule: whole, possible dates go in, two-digit years as this century's.
fn date_in(raw: &str) -> Option<Option<chrono::NaiveDate>> {
    match read_date_entry(raw) {
        DateEntry::Cleared => Some(None),
        DateEntry::Accepted(date) | DateEntry::Corrected(date) => Some(Some(date)),
        DateEntry::Refused(_) => None,
    }
}

fn id_at(w: &Workspace, i: usize) -> Option<Id> {
    (!w.partnerships.is_empty()).then(|| w.partnerships[i % w.partnerships.len()].id.clone())
}

fn apply(w: &mut Workspace, edit: Edit, now: DateTime<Utc>, serial: &mut u32) {
    *serial += 1;
    let fresh = Id::new(format!("p-{serial}"));
    let text = |raw: &str| fit_text(raw.to_string()).0;
    match edit {
        Edit::Start {
            school,
            year,
            principal,
        } => {
            let details = PartnershipDetails {
                school,
                school_year: year.parse::<SchoolYear>().ok(),
                principal,
                coaches: vec!["Ana".into()],
            };
            if let Ok(p) = Partnership::start(fresh, details, now) {
                w.add(p);
            }
        }
        Edit::AddSample => {
            if let Some(p) =
                sample_partnership(fresh, SchoolYear::containing(now.date_naive()), now)
            {
                w.add(p);
            }
        }
        Edit::Rename(i, name) => {
            if let Some(id) = id_at(w, i) {
                w.rename(&id, &name, now);
            }
        }
        Edit::Duplicate(i) => {
            if let Some(id) = id_at(w, i) {
                w.duplicate(&id, fresh, now);
            }
        }
        Edit::DeleteAndUndo(i, undo) => {
            if let Some(removed) = id_at(w, i).and_then(|id| w.delete(&id)) {
                if undo {
                    w.restore(removed);
                }
            }
        }
        Edit::Import(i, add_as_new, undo) => {
            let Some(p) = id_at(w, i).and_then(|id| w.get(&id).cloned()) else {
                return;
            };
            let file = write(&Document::new(Scope::Partnership, vec![p], now));
            let mode = if add_as_new {
                ImportMode::AddAsNew
            } else {
                ImportMode::ReplaceMatching
            };
            let preview = ImportPreview::read(&file, w);
            let counter = *serial;
            let mut n = 0;
            let applied = preview.map(|preview| {
                preview.apply(w, mode, || {
                    n += 1;
                    Id::new(format!("p-import-{counter}-{n}"))
                })
            });
            if let (Ok(Ok(done)), true) = (applied, undo) {
                done.undo(w);
            }
        }
        edit => {
            let Some(id) = id_at(
                w,
                match &edit {
                    Edit::School(i, _)
                    | Edit::Year(i, _)
                    | Edit::Text(i, _, _)
                    | Edit::Date(i, _, _)
                    | Edit::Percent(i, _)
                    | Edit::AddRow(i, _)
                    | Edit::RemoveRow(i, _)
                    | Edit::Sign(i, _, _) => *i,
                    _ => 0,
                },
            ) else {
                return;
            };
            w.edit(&id, now, |p| edit_partnership(p, edit, &text));
        }
    }
}

fn edit_partnership(p: &mut Partnership, edit: Edit, text: &dyn Fn(&str) -> String) {
    let a = &mut p.agreement;
    match edit {
        Edit::School(_, raw) => {
            p.set_school(&raw);
        }
        Edit::Year(_, raw) => {
            if let Ok(year) = raw.parse::<SchoolYear>() {
                p.school_year = year;
            }
        }
        Edit::Text(_, field, raw) => {
            let value = text(&raw);
            match field {
                0 => a.focus.goal = value,
                1 => a.focus.student_outcome = value,
                2 => a.coach_role.coach_does_not = value,
                3 => p.principal = value,
                4 => a.protected_time.not_pulled_into = value,
                5 => a
                    .expectations
                    .iter_mut()
                    .for_each(|c| c.owner = value.clone()),
                6 => a
                    .roles
                    .iter_mut()
                    .for_each(|r| r.responsibilities = value.clone()),
                _ => a
                    .time_investment
                    .iter_mut()
                    .for_each(|s| s.serves_focus = value.clone()),
            }
        }
        Edit::Date(_, field, raw) => {
            let Some(date) = date_in(&raw) else {
                return;
            };
            match (field, date) {
                (0, date) => a.focus.outcome_target_date = date,
                (1, date) => p.meeting_date = date,
                (2, date) => a.expectations.iter_mut().for_each(|c| c.due = date),
                (3, Some(date)) if !a.first_indicator.check_dates.contains(&date) => {
                    a.first_indicator.check_dates.push(date);
                    a.first_indicator.check_dates.sort();
                }
                (_, Some(date)) if !a.review.dates.contains(&date) => {
                    a.review.dates.push(date);
                    a.review.dates.sort();
                }
                _ => {}
            }
        }
        Edit::Percent(_, raw) => {
            // The number box's rule: a whole number up to 100, or nothing changes.
            if let Some(n) = raw.trim().parse::<u8>().ok().filter(|n| *n <= 100) {
                a.time_investment.iter_mut().for_each(|s| s.percent = n);
            }
        }
        Edit::AddRow(_, list) => {
            let added = match list {
                0 => add_keyed(&mut a.time_investment, "action", |id| TimeShare {
                    id,
                    action: String::new(),
                    percent: 0,
                    serves_focus: String::new(),
                }),
                1 => add_keyed(&mut a.expectations, "commitment", |id| Commitment {
                    id,
                    text: String::new(),
                    owner: String::new(),
                    due: None,
                }),
                2 => add_keyed(&mut a.roles, "role", |id| Role {
                    id,
                    who: String::new(),
                    responsibilities: String::new(),
                }),
                3 => add_keyed(&mut a.review.triggers, "trigger", |id| ReviewTrigger {
                    id,
                    label: "Other".into(),
                    selected: true,
                }),
                _ => add_keyed(&mut p.coaches, "coach", |id| Coach {
                    id,
                    name: String::new(),
                }),
            };
            assert!(added.is_some());
        }
        // As the screens do: a coach or a coaching action goes with what names it.
        Edit::RemoveRow(_, list) => match list {
            0 => {
                if let Some(share) = a.time_investment.last().map(|s| s.id.clone()) {
                    drop(p.remove_time_share(&share));
                }
            }
            1 => drop(a.expectations.pop()),
            2 => drop(a.roles.pop()),
            3 => drop(a.review.triggers.pop()),
            _ => {
                if let Some(coach) = p.coaches.last().map(|c| c.id.clone()) {
                    p.remove_coach(&coach);
                }
            }
        },
        Edit::Sign(_, names, raw) => {
            if let Some(Some(date)) = date_in(&raw) {
                let _ = p.sign_agreement(&names, &names, date, date);
            }
        }
        _ => {}
    }
}

fn moment() -> impl Strategy<Value = DateTime<Utc>> {
    // Device clocks as found: right, years behind (even 1970), or far ahead.
    prop_oneof![
        (1_700_000_000i64..1_900_000_000),
        (0i64..600_000_000),
        (7_300_000_000i64..9_000_000_000),
    ]
    .prop_map(|s| clamp_time(DateTime::from_timestamp(s, 0).unwrap_or_default()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn every_workspace_the_screens_can_make_is_saved_and_opens_unchanged(
        edits in prop::collection::vec((edit(), moment()), 1..40)
    ) {
        let mut workspace = Workspace::default();
        let mut serial = 0;
        for (edit, now) in edits {
            apply(&mut workspace, edit, now, &mut serial);
            let saved = write_checked(&workspace, now);
            prop_assert!(saved.is_ok(), "refused: {:?}", saved.err().map(|e| e.problem.to_string()));
            let opened = saved.ok().map(|text| open(&text).map_err(|e| e.to_string()));
            let Some(Ok(opened)) = opened else {
                return Err(TestCaseError::fail(format!("did not open: {opened:?}")));
            };
            prop_assert!(opened.set_aside.is_empty(), "set aside: {:?}", opened.set_aside);
            prop_assert_eq!(&opened.workspace, &workspace);
        }
    }
}
