//! A list of dates with add and remove, for check dates and review dates.

use super::fields::{is_half_typed, settle_date, DateNote, DateNoteView};
use super::focus::leave_before_going;
use super::{focus_when_drawn, IntoFresh};
use crate::model::day;
use crate::model::limits::{date_bounds, read_date_entry, DateEntry, MAX_LIST_ITEMS};
use crate::model::order;
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn DateList(
    #[prop(into)] id: String,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] value: Signal<Vec<NaiveDate>>,
    on_change: Callback<Vec<NaiveDate>>,
    #[prop(into)] noun: String,
) -> impl IntoView {
    let new_date = RwSignal::new(String::new());
    let noun = StoredValue::new(noun);
    let new_id = format!("{id}-new");
    let note = RwSignal::new(None::<DateNote>);
    let add_date = Callback::new(move |date: Option<NaiveDate>| {
        if let Some(date) = date {
            let mut dates = value.get_untracked();
            if !dates.contains(&date) && dates.len() < MAX_LIST_ITEMS {
                dates.push(date);
                order::sort(&mut dates);
                on_change.run(dates);
            }
            new_date.set(String::new());
        }
    });
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = input_ref.get_untracked();
        let half_typed = input.as_ref().is_some_and(|i| i.validity().bad_input());
        match read_date_entry(&new_date.get_untracked()) {
            DateEntry::Accepted(date) => {
                note.set(None);
                add_date.run(Some(date));
                // Focus again, so the next date is typed from the box's start, not
                // into the year the last one ended on.
                if let Some(input) = input {
                    let _ = input.blur();
                    let _ = input.focus();
                }
            }
            DateEntry::Cleared if !half_typed => note.set(Some(DateNote::Refused(format!(
                "Choose the {} first, then press Add.",
                noun.get_value()
            )))),
            entry => note.set(settle_date(entry, half_typed, add_date)),
        }
    };
    // A date chosen and left without pressing Add is added, not dropped without a word.
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let on_leave = move |ev: leptos::ev::FocusEvent| {
        let to = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        if form_ref
            .get_untracked()
            .is_some_and(|form| form.contains(to.as_ref()))
        {
            return;
        }
        let half_typed = is_half_typed(&ev);
        match read_date_entry(&new_date.get_untracked()) {
            DateEntry::Accepted(date) => {
                let new = value.with_untracked(|d| !d.contains(&date) && d.len() < MAX_LIST_ITEMS);
                add_date.run(Some(date));
                note.set(new.then_some(DateNote::Added(date)));
            }
            entry => note.set(settle_date(entry, half_typed, add_date)),
        }
    };
    let form_id = format!("{id}-adding");
    leave_before_going(form_id.clone());
    let (min, max) = date_bounds();
    let note_id = format!("{new_id}-error");
    let after_remove = StoredValue::new(new_id.clone());
    view! {
        <fieldset class="field date-list">
            <legend>{legend}</legend>
            {hint.map(|hint| view! { <p class="hint">{hint}</p> })}
            <ul class="chips">
                // Drawn anew when a date comes or goes; removing one moves focus itself.
                {move || value.get().into_iter().map(|date| {
                    let label = format!("Remove {} {}", noun.get_value(), day::long(date));
                    view! {
                        <li>
                            <span>{day::long(date)}</span>
                            <button type="button" class="quiet" aria-label=label on:click=move |_| {
                                on_change.run(value.get_untracked().into_iter().filter(|d| *d != date).collect());
                                focus_when_drawn(after_remove.get_value());
                            }>"Remove"</button>
                        </li>
                    }
                }).collect_view().fresh()}
            </ul>
            // Its own little form, so Enter in the date box adds the date.
            <form class="inline-add" id=form_id novalidate node_ref=form_ref on:submit=add on:focusout=on_leave>
                <label for=new_id.clone()>{move || format!("New {}", noun.get_value())}</label>
                <input id=new_id.clone() type="date" node_ref=input_ref min=min max=max prop:value=move || new_date.get()
                    aria-describedby=move || note.with(Option::is_some).then(|| note_id.clone())
                    on:input=move |ev| new_date.set(event_target_value(&ev))
                    on:change=move |ev| new_date.set(event_target_value(&ev)) />
                <button type="submit">{move || format!("Add {}", noun.get_value())}</button>
            </form>
            <DateNoteView id=format!("{new_id}-error") note=note />
        </fieldset>
    }
}
