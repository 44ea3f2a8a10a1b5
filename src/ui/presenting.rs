//! Presentation mode: the step alone, in large, high-contrast type for a projector; kept
//! per device and switched with one button or the P key (which can be turned off, for
//! speech input), and left with Escape.

use crate::storage::{preference, set_preference};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const KEY: &str = "partnership-planner.presenting";
const SHORTCUT: &str = "partnership-planner.present-key";

#[derive(Clone, Copy)]
pub struct Presenting {
    on: RwSignal<bool>,
    /// Whether the P key switches it: a single letter can be set off by speech input.
    shortcut: RwSignal<bool>,
}

/// Reads this device's choice, keeps the page's look and the stored choice in step with
/// it, and listens for the P key.
pub fn provide_presenting() {
    let on = RwSignal::new(preference(KEY).as_deref() == Some("on"));
    let shortcut = RwSignal::new(preference(SHORTCUT).as_deref() != Some("off"));
    Effect::new(move |_| {
        let on = on.get();
        if let Some(root) = document().document_element() {
            // Only a malformed class name can fail; "presenting" is not one.
            let _ = root.class_list().toggle_with_force("presenting", on);
        }
        set_preference(KEY, if on { "on" } else { "off" });
        // The larger or smaller type moves everything: what has focus stays in sight.
        let body = document().body();
        if let Some(focused) = document().active_element().filter(|e| {
            body.as_ref()
                .is_none_or(|b| b.unchecked_ref::<web_sys::Element>() != e)
        }) {
            // A control presenting hides (a step link, a print button) hands the focus to
            // the switch rather than dropping it.
            let hidden = focused
                .dyn_ref::<web_sys::HtmlElement>()
                .is_some_and(|e| e.offset_width() == 0 && e.offset_height() == 0);
            let switch = document()
                .query_selector(".present-toggle")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            match switch.filter(|_| hidden) {
                Some(switch) => {
                    let _ = switch.focus();
                }
                None => crate::ui::widgets::in_sight(&focused),
            }
        }
    });
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let plain = !(ev.ctrl_key() || ev.alt_key() || ev.meta_key());
        if plain
            && ev.key().eq_ignore_ascii_case("p")
            && shortcut.get_untracked()
            && !is_typing(&ev)
        {
            on.update(|v| *v = !*v);
        }
        // Escape leaves presenting, as it leaves a slide show, unless it already closed a
        // dialog or put back a card on its way here.
        if ev.key() == "Escape"
            && on.get_untracked()
            && !ev.default_prevented()
            && !is_typing(&ev)
            && !in_dialog(&ev)
        {
            on.set(false);
        }
    });
    on_cleanup(move || keys.remove());
    provide_context(Presenting { on, shortcut });
}

/// A P typed into a field is a letter, not a switch.
fn is_typing(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| {
            el.is_content_editable()
                || matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        })
}

/// An Escape pressed in a dialog closes the dialog, not the presentation.
fn in_dialog(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.closest("dialog").ok().flatten().is_some())
}

#[component]
pub fn PresentToggle() -> impl IntoView {
    let Presenting { on, shortcut } = expect_context::<Presenting>();
    view! {
        <button type="button" class="present-toggle" aria-pressed=move || on.get().to_string()
            aria-keyshortcuts=move || shortcut.get().then_some("P") on:click=move |_| on.update(|v| *v = !*v)>
            {move || if on.get() { "Stop presenting" } else { "Present" }}
            <span class="key-hint" aria-hidden="true" hidden=move || !shortcut.get()>" (P)"</span>
        </button>
        // Said when the P key switches it, wherever the focus is.
        <span class="present-said visually-hidden" role="status">
            {move || on.get().then_some(if shortcut.get() {
                "Presenting, in large type. P or Escape stops it."
            } else {
                "Presenting, in large type. Escape stops it."
            })}
        </span>
    }
}

/// The choice to turn the P key off, kept on this device.
#[component]
pub fn PresentKeyChoice() -> impl IntoView {
    let Presenting { shortcut, .. } = expect_context::<Presenting>();
    view! {
        <p class="device-choice">
            <label>
                <input type="checkbox" prop:checked=shortcut on:change=move |ev| {
                    let keep = event_target_checked(&ev);
                    shortcut.set(keep);
                    set_preference(SHORTCUT, if keep { "" } else { "off" });
                } />
                "The P key starts and stops presenting on this device (turn it off if you use speech input)"
            </label>
        </p>
    }
}
