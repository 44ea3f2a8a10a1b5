//! Band goals: a goal for the teachers now in a range of the continuum, e.g. those at 5–6.

use super::super::planner::{use_planner, List, Part};
use super::super::widgets::{focus_when_drawn, keyed, DateField, TextField};
use super::board::teachers;
use super::state::use_map;
use crate::model::continuum::BandGoal;
use crate::model::{Id, Position};
use crate::ui::undo::{RowPlace, UndoBar};
use leptos::prelude::*;

const BANDS: List<BandGoal> = List {
    read: |p| &p.continuum.band_goals,
    write: |p| &mut p.continuum.band_goals,
};

#[component]
pub fn BandGoals() -> impl IntoView {
    let planner = use_planner();
    let map = use_map();
    let id = map.partnership.get_value();
    let rows = planner.item_ids(Part::Continuum, &id, BANDS);
    let add = {
        let id = id.clone();
        move |_| {
            let band = planner.add_item(Part::Continuum, &id, "band", BANDS, |next| BandGoal {
                id: next,
                from: Position::new(5).unwrap_or(Position::MIDDLE),
                to: Position::MIDDLE,
                goal: String::new(),
                target_date: None,
            });
            if let Some(band) = band {
                focus_when_drawn(format!("{band}-from"));
            }
        }
    };
    view! {
        <div class="band-goals">
            {keyed(rows, |row| view! { <BandGoalRow band=row /> })}
            <button type="button" on:click=add>"Add a band goal"</button>
            <UndoBar section="bands" partnership=id />
        </div>
    }
}

#[component]
fn BandGoalRow(band: Id) -> impl IntoView {
    let planner = use_planner();
    let map = use_map();
    let id = map.partnership.get_value();
    let bind_end = |get: fn(&BandGoal) -> u8, set: fn(&mut BandGoal, Position)| {
        planner.bind_item(Part::Continuum, &id, &band, BANDS, get, move |b, v: u8| {
            if let Some(p) = Position::new(v) {
                set(b, p);
            }
        })
    };
    let (from, set_from) = bind_end(|b| b.from.value(), BandGoal::set_from);
    let (to, set_to) = bind_end(|b| b.to.value(), BandGoal::set_to);
    let (goal, set_goal) = planner.bind_item(
        Part::Continuum,
        &id,
        &band,
        BANDS,
        |b| b.goal.clone(),
        |b, v| b.goal = v,
    );
    let (date, set_date) = planner.bind_item(
        Part::Continuum,
        &id,
        &band,
        BANDS,
        |b| b.target_date,
        |b, v| b.target_date = v,
    );
    let inside = Memo::new(move |_| {
        let (from, to) = (from.get(), to.get());
        map.read(|c| {
            c.teachers
                .iter()
                .filter(|t| t.position.is_some_and(|p| (from..=to).contains(&p.value())))
                .count()
        })
    });
    let heading = move || match (Position::new(from.get()), Position::new(to.get())) {
        (Some(f), Some(t)) => format!("Teachers now at {}", Position::span(f, t)),
        _ => "Teachers in a band".to_string(),
    };
    // An end chosen past the other moves that one too; say so, or the change goes unseen.
    let followed = RwSignal::new(String::new());
    let prefix = band.clone();
    let end = move |which: &'static str,
                    label: &'static str,
                    value: Signal<u8>,
                    set: Callback<u8>,
                    other: (&'static str, Signal<u8>)| {
        let input = format!("{prefix}-{which}");
        // Whether the other end moved is the model's rule (`BandGoal::set_from`); the
        // note reads what it did.
        let choose = move |ev| {
            let (name, end) = other;
            let before = end.get_untracked();
            set.run(event_target_value(&ev).parse().unwrap_or(0));
            let after = end.get_untracked();
            followed.set(match after != before {
                true => format!("{name} moved to {after} with it."),
                false => String::new(),
            });
        };
        view! {
            <div class="field">
                <label for=input.clone()>{label}</label>
                <select id=input on:change=choose>
                    {(Position::LOWEST..=Position::HIGHEST).map(|n| view! {
                        <option value=n selected=move || value.get() == n>{n}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let remove = {
        let (id, band) = (id.clone(), band.clone());
        move |_| {
            let place = RowPlace {
                part: Part::Continuum,
                section: "bands",
                field: "goal",
            };
            planner.remove_item(place, &id, &band, BANDS, |b| {
                format!(
                    "Removed the goal for teachers now at {}.",
                    Position::span(b.from, b.to)
                )
            });
        }
    };
    view! {
        <fieldset class="band-goal">
            <legend>{heading}</legend>
            <div class="band-range">
                {end("from", "From position", from, set_from, ("To position", to))}
                {end("to", "To position", to, set_to, ("From position", from))}
                <p class="hint band-count">{move || format!("{} there now.", teachers(inside.get()))}</p>
                <p class="hint" role="status">{followed}</p>
            </div>
            <TextField id=format!("{band}-goal") label="Goal for these teachers" multiline=true value=goal on_change=set_goal />
            <DateField id=format!("{band}-date") label="By when" value=date on_change=set_date ahead=true />
            <button type="button" class="quiet" on:click=remove
                aria-label=move || format!("Remove this band goal: {}", heading())>"Remove this band goal"</button>
        </fieldset>
    }
}
