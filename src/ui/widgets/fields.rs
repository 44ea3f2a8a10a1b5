//! Text, date and number fields that show a value from the model and send edits back.

use super::focus::leave_before_going;
use super::press::after_press;
use crate::model::limits::{
    date_bounds, fit_text, read_date_entry, thousands, DateEntry, MAX_TEXT_CHARS,
};
use crate::ui::widgets::IntoFresh;
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

/// A labelled text input, or a text area with `multiline`; every keystroke reaches the
/// model. Text past the limit every field shares is cut, and the person is told.
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
    let cut = RwSignal::new(0usize);
    let on_input = move |ev: leptos::ev::Event| {
        let (text, lost) = fit_text(event_target_value(&ev));
        if lost > 0 {
            set_target_value(&ev, &text);
        }
        cut.set(lost);
        on_change.run(text);
    };
    // Spaces around a one-line entry are a slip of the keys, gone once the box is left.
    let on_leave = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        if text.trim().len() != text.len() {
            let trimmed = text.trim().to_string();
            set_target_value(&ev, &trimmed);
            on_change.run(trimmed);
        }
    };
    let control = if multiline {
        view! {
            <textarea id=id.clone() rows="3" aria-describedby=describedby
                prop:value=value on:input=on_input></textarea>
        }
        .fresh()
    } else {
        view! {
            <input id=id.clone() type="text" autocomplete=autocomplete.unwrap_or("off") aria-describedby=describedby
                prop:value=value on:input=on_input on:change=on_leave />
        }
        .fresh()
    };
    // Counted only near the limit, so the count never distracts from ordinary writing.
    let room = move || {
        let left = MAX_TEXT_CHARS.saturating_sub(value.with(|v| v.chars().count()));
        (left < ROOM_SHOWN_BELOW || cut.get() > 0).then(|| {
            let lost = cut.get();
            let class = if lost > 0 { "field-error" } else { "hint" };
            view! {
                <p class=class role=(lost > 0).then_some("alert")>
                    {if lost > 0 {
                        format!("Cut at {} characters, the most a field holds: the last {} were not kept.", thousands(MAX_TEXT_CHARS), thousands(lost))
                    } else {
                        format!("{} of {} characters left.", thousands(left), thousands(MAX_TEXT_CHARS))
                    }}
                </p>
            }
        })
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {control}
            {room}
        </div>
    }
}

/// How close to the limit a text gets before the room left is shown.
const ROOM_SHOWN_BELOW: usize = 500;

/// Puts `text` back into the control an event came from, when the model will not take
/// all of what was typed.
fn set_target_value(ev: &leptos::ev::Event, text: &str) {
    if let Some(target) = ev.target() {
        set_value(&target, text);
    }
}

fn set_value(control: &web_sys::EventTarget, text: &str) {
    // Every text control has a writable `value`; failing leaves the longer text showing,
    // with the message saying what was kept.
    let _ = js_sys::Reflect::set(control, &"value".into(), &text.into());
}

/// A labelled date input that keeps to the years a plan can have: a two-digit year is
/// read as this century's, and an impossible one is refused on the spot. The model only
/// ever gets dates the file reader accepts.
#[component]
pub fn DateField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] value: Signal<Option<NaiveDate>>,
    on_change: Callback<Option<NaiveDate>>,
    /// A date still to come (a goal, a target): one already passed is pointed out, in
    /// words, which also shows a date typed day first and read month first.
    #[prop(optional)]
    ahead: bool,
) -> impl IntoView {
    let note = RwSignal::new(None::<DateNote>);
    let pause = StoredValue::new(None::<TimeoutHandle>);
    // The date before this round of typing: what stays when the box is left holding no
    // whole date, rather than a day the keys passed through (3 February on the way to 30).
    let kept = StoredValue::new(value.get_untracked());
    let (min, max) = date_bounds();
    let note_id = format!("{id}-error");
    let has_hint = hint.is_some();
    let passed = move || {
        value
            .get()
            .filter(|d| ahead && *d < crate::ui::shell::today())
    };
    let passed_id = format!("{id}-passed");
    let describedby = {
        let id = id.clone();
        let passed_id = passed_id.clone();
        // The note on a passed date is heard on coming to the box.
        move || match (
            described_by(&id, has_hint, note.with(Option::is_some)),
            passed().is_some(),
        ) {
            (Some(ids), true) => Some(format!("{ids} {passed_id}")),
            (None, true) => Some(passed_id.clone()),
            (ids, false) => ids,
        }
    };
    let hint_id = format!("{id}-hint");
    // A page reloaded or closed within the pause still keeps the date read so far: this
    // settles it before the page goes, and the saver's last flush, on pagehide, stores it.
    // The same when the box goes with its screen, so no timer outlives it.
    let box_id = id.clone();
    let settle_now = move || {
        if let Some(handle) = pause.try_get_value().flatten() {
            handle.clear();
            pause.set_value(None);
            let control = document().get_element_by_id(&box_id);
            let typed = control
                .as_ref()
                .and_then(|c| wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlInputElement>(c))
                .map(web_sys::HtmlInputElement::value)
                .unwrap_or_default();
            let control = control.map(web_sys::EventTarget::from);
            note.set(settle_box(
                control.as_ref(),
                read_date_entry(&typed),
                false,
                on_change,
            ));
        }
    };
    let leaving = window_event_listener(leptos::ev::beforeunload, {
        let settle_now = settle_now.clone();
        move |_| settle_now()
    });
    leave_before_going(id.clone());
    on_cleanup(move || {
        leaving.remove();
        settle_now();
    });
    // The box follows the model (an undo, another tab), except while it holds a date
    // half typed or impossible: the date kept meanwhile must not overwrite the typing.
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let shown = value.get().map(|d| d.to_string()).unwrap_or_default();
        if let Some(input) = input.get() {
            if !input.validity().bad_input() && input.value() != shown {
                input.set_value(&shown);
            }
        }
    });
    // Only a date that differs is an edit.
    let commit = move |date: Option<NaiveDate>| {
        if value.get_untracked() != date {
            on_change.run(date);
        }
    };
    // While the year is typed digit by digit, only whole, possible dates go in; a year
    // that stays impossible for a moment is pointed out before the person leaves the box.
    let on_typed = move |ev: leptos::ev::Event| {
        if let Some(handle) = pause.get_value() {
            handle.clear();
        }
        let half_typed = is_half_typed(&ev);
        match read_date_entry(&event_target_value(&ev)) {
            // Every part emptied, by Backspace or Delete: the date is taken away.
            DateEntry::Cleared if !half_typed => {
                note.set(None);
                commit(None);
            }
            DateEntry::Accepted(date) => {
                note.set(None);
                commit(Some(date));
            }
            entry => {
                // A day the keys passed through (3 February on the way to 30 February)
                // is not kept once the date in the box is no date at all.
                if half_typed {
                    commit(kept.get_value());
                }
                // After a pause a two-digit year is read and kept, as on leaving the
                // box: a reload then loses nothing typed.
                let control = ev.target();
                let settle = move || {
                    pause.set_value(None);
                    note.set(settle_box(control.as_ref(), entry, false, on_change));
                };
                pause.set_value(set_timeout_with_handle(settle, TYPING_PAUSE).ok());
            }
        }
    };
    view! {
        <div class="field field-date">
            <label for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            <input id=id type="date" min=min max=max aria-describedby=describedby node_ref=input
                aria-invalid=move || note.with(|n| matches!(n, Some(DateNote::Refused(_)))).then_some("true")
                prop:value=value.get_untracked().map(|d| d.to_string()).unwrap_or_default()
                on:focus=move |_| kept.set_value(value.get_untracked())
                // `input` comes with every change of the date, typed or picked; `change`
                // would report the same again.
                on:input=on_typed
                // The browser reports only the first part emptied: the last one, which
                // leaves the box empty, comes with no event but the key's.
                on:keyup=move |ev| {
                    if event_target_value(&ev).is_empty() && !is_half_typed(&ev) && value.get_untracked().is_some() {
                        note.set(None);
                        commit(None);
                    }
                }
                on:blur=move |ev| {
                    // A box whose screen has gone was settled as it went.
                    let Some(waiting) = pause.try_get_value() else {
                        return;
                    };
                    if let Some(handle) = waiting {
                        handle.clear();
                    }
                    let entry = read_date_entry(&event_target_value(&ev));
                    let half_typed = is_half_typed(&ev);
                    match entry {
                        DateEntry::Cleared if !half_typed => commit(None),
                        _ if half_typed => commit(kept.get_value()),
                        _ => {}
                    }
                    let settled = settle_box(ev.target().as_ref(), entry, half_typed, on_change);
                    // Left by a press on a button below, the note waits for its click.
                    after_press(move || drop(note.try_set(settled)));
                } />
            <DateNoteView id=note_id note=note />
            // Read with the box (aria-describedby), not as a live region of its own.
            {move || passed().map(|d| view! {
                <p class="hint" id=passed_id.clone()>{format!("{} has already passed.", crate::model::day::long(d))}</p>
            }.fresh())}
        </div>
    }
}

/// Long enough that a year typed digit by digit is not questioned on the way.
const TYPING_PAUSE: std::time::Duration = std::time::Duration::from_millis(1_200);

/// What a date box says under it once the person has moved on.
#[derive(Clone, Debug, PartialEq)]
pub enum DateNote {
    Corrected(NaiveDate),
    /// Added to a list when the person moved on without pressing Add.
    Added(NaiveDate),
    Refused(String),
}

/// Decides a date box's value when the person leaves it: a corrected date goes in and
/// is announced, an impossible one is named, a whole one stays as it is.
pub fn settle_date(
    entry: DateEntry,
    half_typed: bool,
    on_change: Callback<Option<NaiveDate>>,
) -> Option<DateNote> {
    match entry {
        DateEntry::Corrected(date) => {
            on_change.run(Some(date));
            Some(DateNote::Corrected(date))
        }
        DateEntry::Refused(problem) => Some(DateNote::Refused(problem)),
        DateEntry::Cleared if half_typed => Some(DateNote::Refused(
            "Write a whole date that exists: day, month and year.".into(),
        )),
        DateEntry::Cleared | DateEntry::Accepted(_) => None,
    }
}

/// Settles a date box as `settle_date` does, and shows a corrected date in the box as
/// read, even when the model already held that date and so has nothing new to draw.
fn settle_box(
    control: Option<&web_sys::EventTarget>,
    entry: DateEntry,
    half_typed: bool,
    on_change: Callback<Option<NaiveDate>>,
) -> Option<DateNote> {
    let settled = settle_date(entry, half_typed, on_change);
    if let (Some(control), Some(DateNote::Corrected(date))) = (control, &settled) {
        set_value(control, &date.to_string());
    }
    settled
}

/// True when the date box an event came from holds part of a date: the browser then
/// reports an empty value.
pub fn is_half_typed(ev: &web_sys::Event) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|input| input.type_() == "date" && input.validity().bad_input())
}

#[component]
pub fn DateNoteView(id: String, note: RwSignal<Option<DateNote>>) -> impl IntoView {
    move || {
        note.get().map(|n| {
            let day = crate::model::day::long;
            let (class, role, text) = match n {
                DateNote::Corrected(date) => ("hint", "status", format!("Read as {}.", day(date))),
                DateNote::Added(date) => ("hint", "status", format!("Added {}.", day(date))),
                DateNote::Refused(problem) => ("field-error", "alert", problem),
            };
            view! { <p class=class id=id.clone() role=role>{text}</p> }
        })
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
    leave_before_going(id.clone());
    // The number before this round of typing: what stays while the box holds no number in
    // range, rather than whatever the first keys made (15 on the way to 150).
    let kept = StoredValue::new(value.get_untracked());
    // Follow changes from elsewhere (an import, another tab) without fighting the typist:
    // while the box holds what is not yet a number ("12."), the kept number put back is
    // no reason to rewrite it.
    Effect::new(move |_| {
        let current = value.get();
        if invalid.get_untracked() {
            return;
        }
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
                    on:focus=move |_| kept.set_value(value.get_untracked())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        // "30%" is 30: the unit sits beside the box.
                        let number = text.trim().trim_end_matches(suffix.unwrap_or_default().trim()).trim();
                        let parsed = number.parse::<u8>().ok().filter(|n| *n <= max);
                        let wrong = parsed.is_none() && !number.is_empty();
                        invalid.set(wrong);
                        draft.set(text);
                        match parsed {
                            Some(number) => on_change.run(number),
                            None if wrong && value.get_untracked() != kept.get_value() => {
                                on_change.run(kept.get_value());
                            }
                            None => {}
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
                <p class="field-error" id=error_id.clone()>{format!("Write a whole number from 0 to {max}. Until then, {} is kept.", kept.get_value())}</p>
            }.fresh())}
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
    if on_blur.is_some() {
        leave_before_going(id.to_string());
    }
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=format!("{id}-hint")>{hint}</p> })}
            <input id=id type="text" node_ref=node_ref maxlength=MAX_TEXT_CHARS
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
            {move || problem.get().map(|p| view! { <p class="field-error" id=format!("{id}-error")>{p}</p> }.fresh())}
        </div>
    }
}

/// What a checked field shows: the text as typed, following the model when it changes
/// elsewhere (another tab's version, an undone import) unless it already says the same.
pub fn draft_of<T>(
    value: Signal<T>,
    show: impl Fn(&T) -> String + Send + Sync + 'static,
    read: impl Fn(&str) -> Option<T> + Send + Sync + 'static,
) -> RwSignal<String>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let draft = RwSignal::new(value.with_untracked(&show));
    Effect::new(move |_| {
        let current = value.get();
        if draft.with_untracked(|d| read(d)).as_ref() != Some(&current) {
            draft.set(show(&current));
        }
    });
    draft
}

/// A text a record cannot be without (a school's name, a teacher's): emptying the box keeps
/// the last text until another is written, and says so under it.
#[component]
pub fn RequiredField(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    value: Signal<String>,
    on_change: Callback<String>,
    /// What is said while the box is empty, given the text that is kept.
    kept: fn(&str) -> String,
) -> impl IntoView {
    let filled = |text: &str| (!text.trim().is_empty()).then(|| text.to_string());
    let draft = draft_of(value, String::clone, filled);
    let problem = RwSignal::new(None::<String>);
    let on_text = Callback::new(move |text: String| match filled(&text) {
        Some(text) => {
            on_change.run(text);
            problem.set(None);
        }
        None => problem.set(Some(value.with_untracked(|v| kept(v)))),
    });
    view! {
        <CheckedField id=id label=label autocomplete=autocomplete.unwrap_or("off")
            text=draft problem=problem on_text=on_text />
    }
}

/// A labelled drop-down of fixed choices, each a value and the words shown for it.
#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let describedby = described_by(&id, hint.is_some(), false);
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            <select id=id aria-describedby=describedby on:change=move |ev| on_change.run(event_target_value(&ev))>
                {move || options.get().into_iter().map(|(v, words)| {
                    let chosen = value.with(|now| now == &v);
                    view! { <option value=v selected=chosen>{words}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
