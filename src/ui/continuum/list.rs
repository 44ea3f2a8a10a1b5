//! The map as a table: one row a teacher, sortable by name, position, stage, goal and
//! change, editing the same data through the same Move dialog.

use super::card::stage_mark;
use super::state::{row_id, use_map};
use crate::model::board::stage_order;
use crate::model::day;
use crate::model::order;
use crate::model::{Id, Position, Stage, Teacher};
use crate::ui::widgets::Shown;
use leptos::prelude::*;
use std::collections::HashMap;

/// Rows shown at first, and added by "Show more": several screens of a projector.
const ROWS_A_PAGE: usize = 50;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum SortBy {
    Name,
    Team,
    Position,
    Stage,
    Goal,
    Change,
}

impl SortBy {
    fn label(self) -> &'static str {
        match self {
            SortBy::Name => "Name",
            SortBy::Team => "Team, grade or subject",
            SortBy::Position => "Position",
            SortBy::Stage => "Stage",
            SortBy::Goal => "Goal",
            SortBy::Change => "Change since last snapshot",
        }
    }
}

const COLUMNS: [SortBy; 6] = [
    SortBy::Name,
    SortBy::Team,
    SortBy::Position,
    SortBy::Stage,
    SortBy::Goal,
    SortBy::Change,
];

/// Steps moved since the latest snapshot; none for a teacher not on it or not placed.
fn change(
    t: &Teacher,
    then: &std::collections::HashMap<Id, Option<crate::model::Position>>,
) -> Option<i16> {
    let then = (*then.get(&t.id)?)?;
    Some(i16::from(t.position?.value()) - i16::from(then.value()))
}

#[component]
pub fn TeacherList() -> impl IntoView {
    let map = use_map();
    let sort = RwSignal::new((SortBy::Name, true));
    let latest = Memo::new(move |_| -> HashMap<Id, Option<Position>> {
        map.read(|c| {
            c.snapshots
                .last()
                .map(|s| {
                    s.placements
                        .iter()
                        .map(|p| (p.teacher.clone(), p.position))
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    let has_snapshot = Memo::new(move |_| latest.with(|l| !l.is_empty()));
    let rows = Memo::new(move |_| {
        let (by, up) = sort.get();
        let shown = map.shown.get();
        let with_change = has_snapshot.get();
        latest.with(|then| {
            map.read(|c| {
                let mut rows: Vec<&Teacher> = c
                    .teachers
                    .iter()
                    .filter(|t| shown.contains(&t.id))
                    .collect();
                order::sort_by(&mut rows, |a, b| {
                    let order = match by {
                        SortBy::Name => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
                        SortBy::Team => a
                            .assignment
                            .to_lowercase()
                            .cmp(&b.assignment.to_lowercase()),
                        SortBy::Position => a.position.cmp(&b.position),
                        SortBy::Stage => stage_order(a.stage).cmp(&stage_order(b.stage)),
                        SortBy::Goal => a.goal_position.cmp(&b.goal_position),
                        SortBy::Change => change(a, then).cmp(&change(b, then)),
                    };
                    let order = if up { order } else { order.reverse() };
                    order.then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
                });
                rows.into_iter()
                    .map(|t| Row::of(t, change(t, then), with_change))
                    .collect::<Vec<_>>()
            })
        })
    });
    // A whole staff is shown a page at a time: laying out a table of 300 rows keeps a
    // school laptop busy for a fifth of a second, one of 50 does not.
    let drawn = RwSignal::new(ROWS_A_PAGE);
    let total = move || rows.with(Vec::len);
    let headers = COLUMNS
        .into_iter()
        .filter(|c| *c != SortBy::Change)
        .map(|by| view! { <SortHeader by=by sort=sort /> })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="teacher-table">
                <caption>{move || format!("Teachers on the map, sorted by {}", sort.get().0.label().to_lowercase())}</caption>
                <thead>
                    <tr>
                        {headers}
                        <Shown when=has_snapshot>
                            <SortHeader by=SortBy::Change sort=sort />
                        </Shown>
                        <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.with(|r| r.iter().take(drawn.get()).cloned().collect::<Vec<_>>()) key=|row| row.clone()
                        children=move |row| view! { <TeacherRow row=row /> } />
                </tbody>
            </table>
        </div>
        <Shown when=move || drawn.get() < total()>
            <div class="form-actions list-more">
                <p role="status">{move || format!("Showing {} of {}.", drawn.get().min(total()), total())}</p>
                <button type="button" on:click=move |_| drawn.update(|n| *n += ROWS_A_PAGE)>
                    {move || format!("Show {} more", ROWS_A_PAGE.min(total() - drawn.get().min(total())))}
                </button>
                <button type="button" on:click=move |_| drawn.set(total())>{move || format!("Show all {}", total())}</button>
            </div>
        </Shown>
    }
}

/// A column header whose button sorts by it; a second press reverses the order.
#[component]
fn SortHeader(by: SortBy, sort: RwSignal<(SortBy, bool)>) -> impl IntoView {
    let state = move || {
        let (current, up) = sort.get();
        (current == by).then_some(if up { "ascending" } else { "descending" })
    };
    view! {
        <th scope="col" aria-sort=state>
            <button type="button" class="sort" on:click=move |_| {
                sort.update(|(current, up)| {
                    *up = if *current == by { !*up } else { true };
                    *current = by;
                });
            }>
                {by.label()}
                <span class="sort-mark" aria-hidden="true">{move || match state() {
                    Some("ascending") => " ▲",
                    Some(_) => " ▼",
                    None => " ↕",
                }}</span>
            </button>
        </th>
    }
}

/// One row as shown: plain text, made again only when its teacher changes, so opening
/// the list of 300 builds no reactive state per row.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Row {
    teacher: Id,
    name: String,
    assignment: String,
    position: String,
    stage: Option<Stage>,
    goal: String,
    change: String,
    with_change: bool,
}

impl Row {
    fn of(t: &Teacher, moved: Option<i16>, with_change: bool) -> Row {
        Row {
            teacher: t.id.clone(),
            name: t.name.clone(),
            assignment: t.assignment.clone(),
            position: t
                .position
                .map_or("Not placed".to_string(), |p| p.value().to_string()),
            stage: t.stage,
            goal: match (t.goal_position, t.goal_date) {
                (Some(p), Some(d)) => format!("{} by {}", p.value(), day::short(d)),
                (Some(p), None) => p.value().to_string(),
                (None, _) => "—".to_string(),
            },
            change: match moved {
                Some(0) => "No change".to_string(),
                Some(n) if n > 0 => format!("↑ {n}"),
                Some(n) => format!("↓ {}", n.abs()),
                None => "—".to_string(),
            },
            with_change,
        }
    }
}

#[component]
fn TeacherRow(row: Row) -> impl IntoView {
    let map = use_map();
    let Row {
        teacher,
        name,
        assignment,
        position,
        stage,
        goal,
        change,
        with_change,
    } = row;
    let label = format!("Move {name}");
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td data-label="Team">{assignment}</td>
            <td data-label="Position">{position}</td>
            <td data-label="Stage">{stage_mark(stage)}" "{stage.map_or("No stage yet", Stage::label)}</td>
            <td data-label="Goal">{goal}</td>
            {with_change.then(|| view! { <td data-label="Change">{change}</td> })}
            <td>
                <button type="button" id=row_id(&teacher) aria-haspopup="dialog" aria-label=label
                    on:click=move |_| map.open_dialog(&teacher, false)>"Move"</button>
            </td>
        </tr>
    }
}
