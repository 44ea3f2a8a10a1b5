//! The board: positions 1 to 11 across, with their counts and band goals, and the teachers
//! as cards; teachers not yet placed wait in a row above.

use super::card::{stage_mark, TeacherCard};
use super::state::{use_map, DropAt, MapState};
pub use crate::model::board::teachers;
use crate::model::continuum::BandGoal;
use crate::model::{Id, Position, Stage};
use crate::ui::widgets::IntoFresh;
use crate::ui::widgets::{keyed, Shown};
use leptos::prelude::*;

#[component]
pub fn Board() -> impl IntoView {
    let map = use_map();
    let unplaced = Memo::new(move |_| map.placed.with(|p| p.first().cloned().unwrap_or_default()));
    let unplaced_shown = Memo::new(move |_| {
        map.shown
            .with(|shown| unplaced.with(|u| u.iter().filter(|id| shown.contains(id)).count()))
    });
    let everyone_placed =
        Memo::new(move |_| unplaced.with(Vec::is_empty) && map.ids.with(|ids| !ids.is_empty()));
    let bands = Memo::new(move |_| map.read(|c| c.band_goals.clone()));
    let descriptors = Memo::new(move |_| map.read(|c| c.descriptors.clone()));
    let columns = (Position::LOWEST..=Position::HIGHEST)
        .filter_map(Position::new)
        .map(|position| view! { <BoardColumn position=position bands=bands /> })
        .collect_view();
    view! {
        <div class="board" class:compact=move || map.compact.get()>
            // With everyone placed the row stays, slim, so a card can be dragged back to it.
            <Shown when=move || unplaced_shown.get() != 0 || everyone_placed.get()>
                <section class="tray" aria-labelledby="tray-title"
                    class:over=move || map.drag_over.get() == Some(DropAt::Tray)>
                    <h3 id="tray-title">{move || format!("Not yet placed ({})", unplaced_shown.get())}</h3>
                    <Shown when=everyone_placed>
                        <p class="hint">"Everyone is on the continuum. Drag a card here to take it off again."</p>
                    </Shown>
                    <ul class="tray-cards" role="list">
                        <Cards ids=unplaced />
                    </ul>
                </section>
            </Shown>
            <div class="board-grid">
                <div class="band-row" aria-hidden="true">
                    {move || bands.get().into_iter().map(|band| view! { <BandMark band=band /> }).collect_view().fresh()}
                </div>
                <ol class="columns" aria-label="Positions from 1, most change needed, to 11, nearly in place">
                    {columns}
                </ol>
                <div class="board-ends">
                    <p><strong>"1–2 "</strong>{move || descriptors.with(|d| d.low.clone())}</p>
                    <p><strong>"5–6 "</strong>{move || descriptors.with(|d| d.middle.clone())}</p>
                    <p><strong>"10–11 "</strong>{move || descriptors.with(|d| d.high.clone())}</p>
                </div>
            </div>
        </div>
    }
}

/// The cards of a column or of the row not yet placed: one keyed list, so a move makes one
/// card and drops one, and the code for it exists once.
#[component]
fn Cards(ids: Memo<Vec<Id>>) -> impl IntoView {
    keyed(ids, |id| view! { <TeacherCard teacher=id /> })
}

/// A band goal drawn as a shaded band over the columns it covers, with its text.
#[component]
fn BandMark(band: BandGoal) -> impl IntoView {
    // Placed by class, not by a style attribute, which the Content-Security-Policy blocks.
    let span = format!(
        "band-mark from-{} to-{}",
        band.from.value(),
        band.to.value()
    );
    let words = if band.goal.trim().is_empty() {
        "(no goal written yet)".to_string()
    } else {
        band.goal.clone()
    };
    view! {
        <p class=span>
            <strong>{format!("Now at {}: ", Position::span(band.from, band.to))}</strong>{words}
        </p>
    }
}

/// One position: its number, how many stand there stage by stage, and their cards.
#[component]
fn BoardColumn(position: Position, bands: Memo<Vec<BandGoal>>) -> impl IntoView {
    let map = use_map();
    let at = usize::from(position.value());
    let cards = Memo::new(move |_| map.placed.with(|p| p.get(at).cloned().unwrap_or_default()));
    let column = Memo::new(move |_| map.columns.with(|c| c.get(at - 1).cloned()));
    let banded = Memo::new(move |_| bands.with(|b| b.iter().any(|b| b.holds(position))));
    let goals = Memo::new(move |_| {
        if !map.show_goals.get() {
            return Vec::new();
        }
        let shown = map.shown.get();
        map.read(|c| {
            c.teachers
                .iter()
                .filter(|t| t.goal_position == Some(position) && shown.contains(&t.id))
                .map(|t| (t.id.clone(), t.initials(), t.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let traced = Memo::new(move |_| {
        map.traced.with(|traced| {
            traced
                .iter()
                .filter(|(_, then)| *then == position)
                .map(|(id, _)| id.clone())
                .collect::<Vec<_>>()
        })
    });
    let head_id = format!("column-{at}");
    view! {
        <li class="column" data-position=at class:banded=move || banded.get()
            class:over=move || map.drag_over.get() == Some(DropAt::Column(position))>
            <div class="column-head" id=head_id.clone()>
                <span class="column-number">{at}</span>
                <span class="visually-hidden">", "</span>
                <span class="column-count">{move || teachers(column.with(|c| c.as_ref().map_or(0, |c| c.total)))}</span>
                <StageBreakdown column=column />
            </div>
            <ul class="column-cards" role="list" aria-labelledby=head_id>
                <Cards ids=cards />
                {move || goals.get().into_iter().map(|(_, initials, name)| view! {
                    <li class="ghost goal-ghost">
                        <span class="ghost-short" aria-hidden="true">{initials}</span>
                        <span class="ghost-long">{format!("Goal of {name}")}</span>
                    </li>
                }).collect_view().fresh()}
                {move || traced.get().into_iter().map(|id| view! { <EarlierGhost teacher=id map=map /> }).collect_view().fresh()}
            </ul>
        </li>
    }
}

/// Where a teacher picked in a comparison stood before, with an arrow to where they are.
#[component]
fn EarlierGhost(teacher: Id, map: MapState) -> impl IntoView {
    let cell = map.cell(&teacher);
    let words = move || {
        cell.as_ref().map(|cell| {
            cell.with(|t| {
                let now = t
                    .position
                    .map_or("not placed".to_string(), |p| p.value().to_string());
                (
                    t.initials(),
                    format!("{} was here; now at {now}", t.name),
                    now,
                )
            })
        })
    };
    move || {
        words().map(|(short, long, now)| {
            view! {
                <li class="ghost earlier-ghost">
                    <span class="ghost-short" aria-hidden="true">{format!("{short} → {now}")}</span>
                    <span class="ghost-long">{long}</span>
                </li>
            }
            .fresh()
        })
    }
}

/// How many teachers of each stage stand in a column, by mark and number.
#[component]
fn StageBreakdown(column: Memo<Option<crate::model::board::Column>>) -> impl IntoView {
    move || {
        let counts: Vec<(Option<Stage>, usize)> = column.get().map_or_else(Vec::new, |column| {
            Stage::ALL
                .into_iter()
                .map(Some)
                .chain([None])
                .zip(column.by_stage)
                .filter(|(_, n)| *n > 0)
                .collect()
        });
        (!counts.is_empty()).then(|| {
            let said = counts
                .iter()
                .map(|(stage, n)| format!("{n} {}", stage.map_or("no stage yet", Stage::label)))
                .collect::<Vec<_>>()
                .join(", ");
            let shown = counts
                .into_iter()
                .map(|(stage, n)| view! { <span>{stage_mark(stage)}{n}</span> })
                .collect_view();
            view! {
                <span class="column-stages" aria-hidden="true">{shown}</span>
                <span class="visually-hidden">{format!(": {said}")}</span>
            }
            .fresh()
        })
    }
}
