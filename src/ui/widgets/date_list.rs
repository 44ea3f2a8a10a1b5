//! A list of dates with add and remove, for check dates and review dates.

use super::focus_when_drawn;
use chrono::NaiveDate;
use leptos::prelude::*;

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
    let new_id = format!("{id}-new");
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Ok(date) = new_date.get_untracked().parse::<NaiveDate>() {
            let mut dates = value.get_untracked();
            if !dates.contains(&date) {
                dates.push(date);
                dates.sort();
                on_change.run(dates);
            }
            new_date.set(String::new());
        }
    };
    let noun = StoredValue::new(noun);
    let after_remove = StoredValue::new(new_id.clone());
    view! {
        <fieldset class="field date-list">
            <legend>{legend}</legend>
            {hint.map(|hint| view! { <p class="hint">{hint}</p> })}
            <ul class="chips">
                <For each=move || value.get() key=|d| *d children=move |date| {
                    let label = format!("Remove {} {}", noun.get_value(), date.format("%-d %B %Y"));
                    view! {
                        <li>
                            <span>{date.format("%-d %B %Y").to_string()}</span>
                            <button type="button" class="quiet" aria-label=label on:click=move |_| {
                                on_change.run(value.get_untracked().into_iter().filter(|d| *d != date).collect());
                                focus_when_drawn(after_remove.get_value());
                            }>"Remove"</button>
                        </li>
                    }
                } />
            </ul>
            // Its own little form, so Enter in the date box adds the date.
            <form class="inline-add" on:submit=add>
                <label for=new_id.clone()>{move || format!("New {}", noun.get_value())}</label>
                <input id=new_id type="date" prop:value=move || new_date.get()
                    on:input=move |ev| new_date.set(event_target_value(&ev))
                    on:change=move |ev| new_date.set(event_target_value(&ev)) />
                <button type="submit">{move || format!("Add {}", noun.get_value())}</button>
            </form>
        </fieldset>
    }
}
