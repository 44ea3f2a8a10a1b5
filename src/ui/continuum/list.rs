//! The map as a table: one row a teacher, sortable by name, position, stage, goal and
//! change, editing the same data through the same Move dialog.

use super::card::StageMark;
use super::state::{card_id, use_map};
use crate::model::{Id, Stage, Teacher};
use leptos::prelude::*;

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
    let latest = Memo::new(move |_| {
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
    let rows = Memo::new(move |_| {
        let (by, up) = sort.get();
        let shown = map.shown.get();
        latest.with(|then| {
            map.read(|c| {
                let mut rows: Vec<&Teacher> = c
                    .teachers
                    .iter()
                    .filter(|t| shown.contains(&t.id))
                    .collect();
                rows.sort_by(|a, b| {
                    let order = match by {
                        SortBy::Name => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
                        SortBy::Team => a
                            .assignment
                            .to_lowercase()
                            .cmp(&b.assignment.to_lowercase()),
                        SortBy::Position => a.position.cmp(&b.position),
                        SortBy::Stage => rank(a.stage).cmp(&rank(b.stage)),
                        SortBy::Goal => a.goal_position.cmp(&b.goal_position),
                        SortBy::Change => change(a, then).cmp(&change(b, then)),
                    };
                    let order = if up { order } else { order.reverse() };
                    order.then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
                });
                rows.into_iter()
                    .map(|t| (t.id.clone(), change(t, then)))
                    .collect::<Vec<_>>()
            })
        })
    });
    let has_snapshot = Memo::new(move |_| latest.with(|l| !l.is_empty()));
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
                        <Show when=move || has_snapshot.get()>
                            <SortHeader by=SortBy::Change sort=sort />
                        </Show>
                        <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|row| row.clone() children=move |(id, moved)| {
                        view! { <TeacherRow teacher=id moved=moved with_change=has_snapshot /> }
                    } />
                </tbody>
            </table>
        </div>
    }
}

fn rank(stage: Option<Stage>) -> usize {
    stage
        .and_then(|s| Stage::ALL.iter().position(|a| *a == s))
        .unwrap_or(Stage::ALL.len())
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

#[component]
fn TeacherRow(teacher: Id, moved: Option<i16>, with_change: Memo<bool>) -> impl IntoView {
    let map = use_map();
    let cell = map.cell(&teacher)?;
    let t = cell.clone();
    let name = Memo::new(move |_| t.with(|t| t.name.clone()));
    let t = cell.clone();
    let stage = Memo::new(move |_| t.with(|t| t.stage));
    let t = cell;
    let facts = Memo::new(move |_| {
        t.with(|t| {
            (
                t.assignment.clone(),
                t.position
                    .map_or("Not placed".to_string(), |p| p.value().to_string()),
                match (t.goal_position, t.goal_date) {
                    (Some(p), Some(d)) => format!("{} by {}", p.value(), d.format("%-d %b %Y")),
                    (Some(p), None) => p.value().to_string(),
                    (None, _) => "—".to_string(),
                },
            )
        })
    });
    let change = match moved {
        Some(0) => "No change".to_string(),
        Some(n) if n > 0 => format!("↑ {n}"),
        Some(n) => format!("↓ {}", n.abs()),
        None => "—".to_string(),
    };
    let teacher_id = teacher.clone();
    let open = move |_| map.open.set(Some(teacher.clone()));
    Some(view! {
        <tr>
            <th scope="row">{move || name.get()}</th>
            <td>{move || facts.with(|f| f.0.clone())}</td>
            <td>{move || facts.with(|f| f.1.clone())}</td>
            <td><StageMark stage=stage />" "{move || stage.get().map_or("No stage yet", Stage::label)}</td>
            <td>{move || facts.with(|f| f.2.clone())}</td>
            <Show when=move || with_change.get()><td>{change.clone()}</td></Show>
            <td>
                // The board is hidden while the list shows, so the dialog hands focus back here.
                <button type="button" id=card_id(&teacher_id) aria-haspopup="dialog" on:click=open
                    aria-label=move || format!("Move {}", name.get())>"Move"</button>
            </td>
        </tr>
    })
}
