//! The Move dialog of one teacher: a position from 1 to 11, one step left or right, the
//! readiness stage with what each means, the goal, and the teacher's details.

use super::super::planner::{use_planner, List, Part};
use super::super::widgets::{focus_if_lost, focus_when_drawn, DateField, RequiredField, TextField};
use super::back_entry::{add_entry, drop_entry_left, scroll_restored, take_entry};
use super::card::stage_mark;
use super::state::use_map;
use crate::model::board::Step;
use crate::model::continuum::Teacher;
use crate::model::{Id, Position, Stage};
use crate::ui::widgets::IntoFresh;
use crate::ui::widgets::Shown;
use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const TEACHERS: List<Teacher> = List {
    read: |p| &p.continuum.teachers,
    write: |p| &mut p.continuum.teachers,
};

/// Tab from the dialog's last control goes round to its first, and Shift+Tab from its
/// first (or its title) to its last: focus stays in the dialog until it is closed, so a
/// keyboard does not lose its place on the board behind it.
fn keep_tab_inside(ev: &web_sys::KeyboardEvent, dialog: &web_sys::Element) {
    if ev.key() != "Tab" {
        return;
    }
    let Ok(found) = dialog.query_selector_all(
        "button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, a[href]",
    ) else {
        return;
    };
    let controls: Vec<web_sys::HtmlElement> = (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|control| control.offset_parent().is_some())
        // A group of radio buttons is one stop for Tab, at the one chosen.
        .filter(|control| {
            control
                .dyn_ref::<web_sys::HtmlInputElement>()
                .is_none_or(|input| input.type_() != "radio" || input.checked())
        })
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return;
    };
    let active = document().active_element();
    let at = |control: &web_sys::HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == control.unchecked_ref::<web_sys::Element>())
    };
    let to = if ev.shift_key() {
        (at(first) || !controls.iter().any(at)).then_some(last)
    } else {
        at(last).then_some(first)
    };
    if let Some(to) = to {
        ev.prevent_default();
        // Focus fails only on a detached element; then Tab goes on as it would.
        let _ = to.focus();
    }
}

/// The one Move dialog of the map, opened for whichever teacher's card or Move button was
/// used. It is not modal: closing a modal dialog restyles the whole page, which a board of
/// 300 pays for on every move. It closes on Escape, on Done, on a move, or when focus or a
/// pointer goes elsewhere.
#[component]
pub fn TeacherDialog() -> impl IntoView {
    let map = use_map();
    let dialog = NodeRef::<Dialog>::new();
    // The last teacher's editor stays built while the dialog is closed, so closing it
    // costs nothing and opening the same teacher again is instant.
    let editing = Memo::new(move |before: Option<&Option<Id>>| {
        map.open.get().or_else(|| before.cloned().flatten())
    });
    // The browser's Back closes the dialog, as on a phone, and stays on the map: an open
    // dialog adds a history entry at the same address, which closing it another way takes
    // away again. That step back arrives later; the dialog may be open again by then.
    let stepping_back = StoredValue::new(false);
    drop_entry_left(); // by a reload, or a screen left, while the dialog was open
    Effect::new(move |_| {
        let open = map.open.with(Option::is_some);
        if let Some(dialog) = dialog.get() {
            if open && !dialog.open() {
                dialog.show();
                focus_when_drawn("teacher-dialog-title".to_string());
                add_entry();
            } else if !open && dialog.open() {
                dialog.close();
                if take_entry() {
                    stepping_back.set_value(true);
                }
            }
        }
    });
    let back = window_event_listener(leptos::ev::popstate, move |_| {
        scroll_restored(true);
        if stepping_back.get_value() {
            stepping_back.set_value(false);
            if map.open.with_untracked(Option::is_some) {
                add_entry();
            }
        } else {
            map.close_dialog();
        }
    });
    let inside = move |target: Option<web_sys::EventTarget>| {
        let node = target.and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        dialog
            .get_untracked()
            .is_some_and(|d| node.is_some_and(|n| d.contains(Some(&n))))
    };
    // A press beside the dialog closes it; one on nothing that takes the cursor hands it
    // back to what opened the dialog.
    let pointer = window_event_listener(leptos::ev::pointerdown, move |ev| {
        if let Some(teacher) = map.open.get_untracked().filter(|_| !inside(ev.target())) {
            map.open.set(None);
            focus_if_lost(map.opener(&teacher));
        }
    });
    // Focus arriving anywhere else closes it, also after it left the page (Tab past Done)
    // and came back; Escape closes it wherever focus is.
    let focus = window_event_listener(leptos::ev::focusin, move |ev| {
        if map.open.with_untracked(Option::is_some) && !inside(ev.target()) {
            map.open.set(None);
        }
    });
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && map.open.with_untracked(Option::is_some) {
            ev.prevent_default();
            map.close_dialog();
        }
    });
    on_cleanup(move || {
        back.remove();
        pointer.remove();
        focus.remove();
        escape.remove();
    });
    view! {
        <dialog class="teacher-dialog" node_ref=dialog aria-labelledby="teacher-dialog-title"
            on:keydown=move |ev| if let Some(d) = dialog.get_untracked() { keep_tab_inside(&ev, &d) }>
            {move || editing.get().map(|teacher| view! { <TeacherEditor teacher=teacher /> }.fresh())}
        </dialog>
    }
}

#[component]
fn TeacherEditor(teacher: Id) -> impl IntoView {
    let map = use_map();
    let planner = use_planner();
    let id = map.partnership.get_value();
    let cell = map.cell(&teacher);
    let t = cell.clone();
    let name = Memo::new(move |_| {
        t.as_ref()
            .map(|t| t.with(|t| t.name.clone()))
            .unwrap_or_default()
    });
    let t = cell.clone();
    let position = Memo::new(move |_| t.as_ref().and_then(|t| t.with(|t| t.position)));
    let t = cell;
    let stage = Memo::new(move |_| t.as_ref().and_then(|t| t.with(|t| t.stage)));
    let bind = |get: fn(&Teacher) -> String, set: fn(&mut Teacher, String)| {
        planner.bind_item(Part::Continuum, &id, &teacher, TEACHERS, get, set)
    };
    let (name_value, set_name) = bind(|t| t.name.clone(), |t, v| t.name = v);
    let (assignment, set_assignment) = bind(|t| t.assignment.clone(), |t, v| t.assignment = v);
    let (notes, set_notes) = bind(|t| t.notes.clone(), |t, v| t.notes = v);
    let (goal_date, set_goal_date) = planner.bind_item(
        Part::Continuum,
        &id,
        &teacher,
        TEACHERS,
        |t| t.goal_date,
        |t, v| t.goal_date = v,
    );
    let (goal, set_goal) = planner.bind_item(
        Part::Continuum,
        &id,
        &teacher,
        TEACHERS,
        |t| t.goal_position.map_or(0, Position::value),
        |t, v| t.goal_position = Position::new(v),
    );

    let go = {
        let teacher = teacher.clone();
        move |step: Step| {
            let from = position.get_untracked();
            map.open.set(None);
            map.place(&teacher, from, step.from(from));
        }
    };
    let positions = (Position::LOWEST..=Position::HIGHEST)
        .filter_map(Position::new)
        .map(|p| {
            let go = go.clone();
            let here = move || position.get() == Some(p);
            view! {
                <button type="button" class="position-choice" class:here=here
                    aria-current=move || here().then_some("true")
                    on:click=move |_| go(Step::To(p))>
                    {p.value()}
                    <span class="visually-hidden">{move || if here() { " (now)" } else { "" }}</span>
                </button>
            }
        })
        .collect_view();
    let (left, right) = (go.clone(), go);
    let unplace_id = teacher.clone();
    let stage_choices = Stage::ALL
        .into_iter()
        .map(Some)
        .chain([None])
        .map(|choice| {
            let teacher = teacher.clone();
            let key = choice.map_or("none", Stage::key);
            let input_id = format!("stage-{key}");
            // Named by the stage alone, its meaning read after it as a description.
            let (name_id, meaning_id) = (format!("{input_id}-name"), format!("{input_id}-meaning"));
            view! {
                <div class="stage-choice">
                    <input type="radio" name="teacher-stage" id=input_id.clone() value=key
                        aria-labelledby=name_id.clone() aria-describedby=meaning_id.clone()
                        prop:checked=move || stage.get() == choice
                        on:change=move |_| map.set_stage(&teacher, choice) />
                    <label for=input_id>
                        {stage_mark(choice)}
                        <span class="stage-name" id=name_id>{choice.map_or("Not decided yet", Stage::label)}</span>
                        <span class="stage-meaning" id=meaning_id>{choice.map_or("Choose when you have talked it through.", Stage::description)}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    let goes = {
        let (actions, protocol) = map.goes_with(&teacher);
        let what = match (actions, protocol) {
            (0, false) => None,
            (0, true) => Some("their unwilling-teacher protocol".to_string()),
            (n, p) => Some(format!(
                "{n} support action{} for them alone{}",
                if n == 1 { "" } else { "s" },
                if p { " and their protocol" } else { "" }
            )),
        };
        what.map(|w| {
            view! { <p class="hint">{format!("Removing them also removes {w} from the plan; Undo brings all of it back.")}</p> }
        })
    };
    let remove = {
        let teacher = teacher.clone();
        move |_| {
            map.open.set(None);
            map.remove(&teacher);
            // On the removal and its undo, which a phone's screen may not show otherwise.
            focus_when_drawn("removed-note".to_string());
        }
    };
    view! {
        <div class="dialog-head">
            <h2 id="teacher-dialog-title" tabindex="-1">{move || format!("Move {}", name.get())}</h2>
            <p class="hint">{move || {
                let at = match (position.get(), stage.get()) {
                    (Some(p), Some(s)) => format!("Now at position {}, {}.", p.value(), s.label()),
                    (Some(p), None) => format!("Now at position {}, no stage yet.", p.value()),
                    (None, _) => "Not placed yet.".to_string(),
                };
                // Two teachers may share a name: their team tells them apart.
                match assignment.with(|a| a.trim().to_string()) {
                    team if team.is_empty() => at,
                    team => format!("{team}. {at}"),
                }
            }}</p>
        </div>
        // The stage and the goal first: choosing a position places the teacher and closes
        // the dialog, so what is set on the way there comes before it. Side by side where
        // the screen is wide enough, so the positions are in sight at once.
        <div class="dialog-columns">
        <div>
        <fieldset class="field stage-choices">
            <legend>"Readiness stage"</legend>
            {stage_choices}
        </fieldset>
        <Shown when=move || stage.get() == Some(Stage::Unwilling)>
            <p class="notice unwilling-note" role="status">
                "The support plan will take this teacher through the two-question protocol: do they know what the principal wants, and are they planning to do it?"
            </p>
        </Shown>
        <div class="goal-fields">
            <div class="field">
                <label for="teacher-goal">"Goal position"</label>
                <select id="teacher-goal" on:change=move |ev| {
                    set_goal.run(event_target_value(&ev).parse().unwrap_or(0));
                }>
                    <option value="0" selected=move || goal.get() == 0>"No goal yet"</option>
                    {(Position::LOWEST..=Position::HIGHEST).map(|n| view! {
                        <option value=n selected=move || goal.get() == n>{n}</option>
                    }).collect_view()}
                </select>
            </div>
            <DateField id="teacher-goal-date" label="Goal date" value=goal_date on_change=set_goal_date ahead=true />
        </div>
        </div>
        <fieldset class="field">
            <legend>"Position on the continuum"</legend>
            <p class="hint">"1 needs the most change; 11 is nearly there. Choosing one moves them there and closes this."</p>
            <div class="position-choices">{positions}</div>
            // A step left or right means something only from a place on the continuum.
            <Shown when=move || position.get().is_some()>
                <div class="step-choices">
                    <button type="button" disabled=move || position.get().is_some_and(|p| p.value() == Position::LOWEST)
                        on:click={ let left = left.clone(); move |_| left(Step::Left) }>"← One left"</button>
                    <button type="button" disabled=move || position.get().is_some_and(|p| p.value() == Position::HIGHEST)
                        on:click={ let right = right.clone(); move |_| right(Step::Right) }>"One right →"</button>
                    <button type="button" class="quiet" on:click={
                        let teacher = unplace_id.clone();
                        move |_| {
                            map.open.set(None);
                            map.unplace(&teacher);
                        }
                    }>"Not placed yet"</button>
                </div>
            </Shown>
        </fieldset>
        </div>
        <details class="teacher-details">
            <summary>"Name, team and notes"</summary>
            <RequiredField id="teacher-name" label="Name or code" value=name_value on_change=set_name
                kept=|name| format!("A teacher needs a name or a code. Until you write one, “{name}” is kept.") />
            <TextField id="teacher-assignment" label="Team, grade or subject" value=assignment on_change=set_assignment />
            <TextField id="teacher-notes" label="Notes" hint="Kept in this browser and in exported files; left out of anonymised copies." multiline=true value=notes on_change=set_notes />
            {goes}
            <button type="button" class="danger" on:click=remove>"Remove from the map"</button>
        </details>
        <div class="dialog-actions">
            <button type="button" class="primary" on:click=move |_| map.close_dialog()>"Done"</button>
        </div>
    }
}
