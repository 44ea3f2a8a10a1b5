//! Text, date and number fields that show a value from the model and send edits back.

use chrono::NaiveDate;
use leptos::prelude::*;

fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A labelled text input, or a text area with `multiline`; every keystroke reaches the model.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
    #[prop(optional)] multiline: bool,
    #[prop(optional, into)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let describedby = described_by(&id, hint.is_some(), false);
    let hint_id = format!("{id}-hint");
    let control = if multiline {
        view! {
            <textarea id=id.clone() rows="3" aria-describedby=describedby
                prop:value=move || value.get()
                on:input=move |ev| on_change.run(event_target_value(&ev))></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type="text" autocomplete=autocomplete.unwrap_or("off") aria-describedby=describedby
                prop:value=move || value.get()
                on:input=move |ev| on_change.run(event_target_value(&ev)) />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {control}
        </div>
    }
}

/// A labelled date input; clearing it removes the date.
#[component]
pub fn DateField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] value: Signal<Option<NaiveDate>>,
    on_change: Callback<Option<NaiveDate>>,
) -> impl IntoView {
    let describedby = described_by(&id, hint.is_some(), false);
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field field-date">
            <label for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            <input id=id type="date" aria-describedby=describedby
                prop:value=move || value.get().map(|d| d.to_string()).unwrap_or_default()
                on:change=move |ev| on_change.run(event_target_value(&ev).parse().ok()) />
        </div>
    }
}

/// A whole-number field. What is typed stays as typed while it is not yet a number
/// (an empty box mid-edit is not zero), and the model only ever gets numbers in range.
#[component]
pub fn NumberField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<u8>,
    on_change: Callback<u8>,
    max: u8,
    #[prop(optional, into)] suffix: Option<&'static str>,
) -> impl IntoView {
    let draft = RwSignal::new(value.get_untracked().to_string());
    let invalid = RwSignal::new(false);
    // Follow changes from elsewhere (an import, another tab) without fighting the typist.
    Effect::new(move |_| {
        let current = value.get();
        if draft.with_untracked(|d| d.trim().parse::<u8>().ok()) != Some(current) {
            draft.set(current.to_string());
        }
    });
    let error_id = format!("{id}-error");
    let describedby = {
        let id = id.clone();
        move || described_by(&id, false, invalid.get())
    };
    view! {
        <div class="field field-number">
            <label for=id.clone()>{label}</label>
            <span class="number-with-unit">
                <input id=id type="text" inputmode="numeric" size="4"
                    aria-invalid=move || invalid.get().then_some("true")
                    aria-describedby=describedby
                    prop:value=move || draft.get()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        let parsed = text.trim().parse::<u8>().ok().filter(|n| *n <= max);
                        invalid.set(parsed.is_none() && !text.trim().is_empty());
                        draft.set(text);
                        if let Some(number) = parsed {
                            on_change.run(number);
                        }
                    }
                    on:blur=move |_| {
                        if draft.with_untracked(|d| d.trim().is_empty()) {
                            on_change.run(0);
                            draft.set("0".into());
                        }
                    } />
                {suffix.map(|s| view! { <span aria-hidden="true">{s}</span> })}
            </span>
            {move || invalid.get().then(|| view! {
                <p class="field-error" id=error_id.clone()>{format!("Write a whole number from 0 to {max}.")}</p>
            })}
        </div>
    }
}

/// A text input whose content can be wrong (a missing school, a year that is not a
/// year): the problem shows under it, marked invalid and tied to it for screen readers.
#[component]
pub fn CheckedField(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    text: RwSignal<String>,
    problem: RwSignal<Option<String>>,
    #[prop(optional)] node_ref: NodeRef<leptos::html::Input>,
    #[prop(optional)] numeric: bool,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] on_text: Option<Callback<String>>,
    #[prop(optional)] on_blur: Option<Callback<()>>,
) -> impl IntoView {
    let describedby = move || described_by(id, hint.is_some(), problem.with(Option::is_some));
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=format!("{id}-hint")>{hint}</p> })}
            <input id=id type="text" node_ref=node_ref
                inputmode=numeric.then_some("numeric")
                autocomplete=autocomplete.unwrap_or("off")
                aria-invalid=move || problem.with(Option::is_some).then_some("true")
                aria-describedby=describedby
                prop:value=move || text.get()
                on:input=move |ev| {
                    let typed = event_target_value(&ev);
                    text.set(typed.clone());
                    if let Some(on_text) = on_text {
                        on_text.run(typed);
                    }
                }
                on:blur=move |_| {
                    if let Some(on_blur) = on_blur {
                        on_blur.run(());
                    }
                } />
            {move || problem.get().map(|p| view! { <p class="field-error" id=format!("{id}-error")>{p}</p> })}
        </div>
    }
}
