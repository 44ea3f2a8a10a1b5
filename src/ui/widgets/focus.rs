//! Moving keyboard focus where a person expects it after an action.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Runs `then` after this event's frame if it left the cursor on nothing (the page's
/// body), as a press on empty space or a screen taken away does.
pub fn if_focus_lost(then: impl FnOnce() + 'static) {
    request_animation_frame(move || {
        let body = document().body().map(JsCast::unchecked_into);
        if document().active_element().is_none_or(|e| Some(e) == body) {
            then();
        }
    });
}

/// Focuses the control with this id if the cursor was left on nothing.
pub fn focus_if_lost(id: String) {
    if_focus_lost(move || {
        if let Some(control) = element(&id) {
            // Focus fails only on a detached element; then there is nowhere to go.
            let _ = control.focus();
        }
    });
}

/// Scrolls to a section and puts keyboard focus on its heading.
pub fn focus_section(anchor: &str) {
    if let Some(heading) = element(&format!("{anchor}-title")) {
        heading.scroll_into_view();
        // Focus fails only on a detached element; then there is nowhere to go.
        let _ = heading.focus();
    }
}

/// Focuses the control with this id once a render has put it on the page, e.g. the first
/// field of a row just added, or a line of a section drawn again after the paint.
pub fn focus_when_drawn(id: String) {
    focus_within_frames(id, 3, Asked::now());
}

fn focus_within_frames(id: String, frames: u8, asked: Asked) {
    request_animation_frame(move || match element(&id) {
        _ if asked.moved_on() => {}
        // Focus fails only on a detached element; then there is nowhere to go.
        Some(control) => drop(control.focus()),
        None if frames > 1 => focus_within_frames(id, frames - 1, asked),
        None => {}
    });
}

/// Where the cursor was when the app asked to move it a frame later. A quick person (or
/// a loaded laptop's late frame) may by then have clicked or typed into another field:
/// the focus stays with them, or their next keys would land in a box they did not choose.
struct Asked {
    acts: u32,
    focused: Option<web_sys::Element>,
}

impl Asked {
    fn now() -> Self {
        Asked {
            acts: super::press::acts(),
            focused: document().active_element(),
        }
    }

    fn moved_on(&self) -> bool {
        let body = document().body().map(JsCast::unchecked_into);
        let now = document().active_element();
        super::press::acts() != self.acts && now.is_some() && now != body && now != self.focused
    }
}

/// For as long as the app runs, a box reached by the keyboard is brought wholly into sight:
/// the browser stops scrolling once any of it shows, and a tall box at the window's foot
/// was left with its cursor out of sight. Not for a press (the page would move under the
/// pointer), nor for focus coming back with the window (the page stays where it was read).
pub fn keep_keyboard_focus_in_sight() {
    // Never removed: it serves the app's whole life (its handle only removes it).
    _ = window_event_listener(leptos::ev::focusin, |ev| {
        if ev.related_target().is_none() || super::press::pressing() {
            return;
        }
        if let Some(focused) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            if focused.matches(":focus-visible").unwrap_or(false) {
                in_sight(&focused);
            }
        }
    });
}

/// Scrolls the page, and any box scrolling inside it, just enough to show all of `element`.
pub fn in_sight(element: &web_sys::Element) {
    let nearest = web_sys::ScrollIntoViewOptions::new();
    nearest.set_block(web_sys::ScrollLogicalPosition::Nearest);
    nearest.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    element.scroll_into_view_with_scroll_into_view_options(&nearest);
}

/// Focuses the control with this id as soon as the edit just made has been drawn, before
/// the next key press is handled: a card moved by keyboard is drawn anew in its new
/// column, and the next arrow must reach it. It is brought wholly into sight, as focus
/// alone leaves a card half off a phone's board.
pub fn focus_after_render(id: String) {
    // Queued after the render effects the edit woke, so the new card exists by then.
    leptos::task::spawn_local(async move {
        if let Some(control) = element(&id) {
            // Focus fails only on a detached element; then there is nowhere to go.
            let _ = control.focus();
            in_sight(&control);
        }
    });
}

/// When the component now being built goes (its screen swapped by Back, another tab, an
/// import), the cursor is first taken out of the element with this id, or anything in
/// it: the leaving then settles and saves what was typed while the component's state
/// still stands, instead of reaching it from a removal after it is gone.
pub fn leave_before_going(id: String) {
    on_cleanup(move || {
        let focused = document()
            .active_element()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let (Some(area), Some(focused)) = (element(&id), focused) {
            if area.contains(Some(&focused)) {
                // A date box whose calendar button has the focus keeps it through a blur
                // of the box: focused on the box itself first, it lets go.
                if !focused.matches(":focus").unwrap_or(true) {
                    let _ = focused.focus();
                }
                let _ = focused.blur();
            }
        }
    });
}

/// Moves keyboard focus to the screen's heading, so a screen change is announced and
/// the next Tab starts from the new content.
pub fn focus_main_heading() {
    let heading = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        // Focus can only fail on a detached element; then there is nothing to announce.
        let _ = heading.focus();
    }
}

/// Focuses, once the next render has drawn it, the `nth` button inside the element with
/// this id, or else the first control in it: the new actions of a card whose mode changed.
pub fn focus_within(id: String, nth: Option<usize>) {
    let asked = Asked::now();
    request_animation_frame(move || {
        if asked.moved_on() {
            return;
        }
        // Found by id first, so an id from an imported file needs no escaping.
        let area = element(&id);
        let find = |selectors: &str| {
            area.as_ref()
                .and_then(|a| a.query_selector(selectors).ok().flatten())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        };
        let control = nth
            .and_then(|n| find(&format!("button:nth-of-type({n})")))
            .or_else(|| find("button, a, input, select"));
        if let Some(control) = control {
            // Focus fails only on a detached element; then there is nowhere to go.
            let _ = control.focus();
        }
    });
}
