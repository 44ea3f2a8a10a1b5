//! Following what a person does on the whole page: a note that would move the page waits
//! while a pointer is pressed (a press that leaves a box whose note then pushes down the
//! button pressed would be lost), and a count of presses, keys and typing tells whether
//! the person did something since a moment before.

use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

thread_local! {
    static PRESSED: Cell<bool> = const { Cell::new(false) };
    static WAITING: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
    static ACTS: Cell<u32> = const { Cell::new(0) };
}

/// Follows presses, keys and typing on the whole page, before any element sees them, for
/// as long as the app runs.
pub fn follow_presses() {
    let window = leptos::prelude::window();
    let on = |event: &str, pressed: Option<bool>| {
        let listener = Closure::<dyn Fn()>::new(move || {
            if pressed != Some(false) {
                ACTS.with(|a| a.set(a.get().wrapping_add(1)));
            }
            let Some(pressed) = pressed else { return };
            PRESSED.with(|p| p.set(pressed));
            if !pressed {
                // After this press's click, which comes in the same turn as its release.
                let waiting = WAITING.with(|w| std::mem::take(&mut *w.borrow_mut()));
                if !waiting.is_empty() {
                    leptos::prelude::set_timeout(
                        move || waiting.into_iter().for_each(|then| then()),
                        std::time::Duration::ZERO,
                    );
                }
            }
        });
        // Listening cannot fail on the window; if it did, notes would show at once.
        let _ = window.add_event_listener_with_callback_and_bool(
            event,
            listener.as_ref().unchecked_ref(),
            true,
        );
        listener.forget();
    };
    on("pointerdown", Some(true));
    on("pointerup", Some(false));
    on("pointercancel", Some(false));
    on("keydown", None);
    on("input", None);
}

/// A count of the presses, keys and typing so far: two readings differ if the person
/// did something in between.
pub fn acts() -> u32 {
    ACTS.with(Cell::get)
}

/// Whether a pointer is pressed now.
pub fn pressing() -> bool {
    PRESSED.with(Cell::get)
}

/// Runs `then` now, or once the pointer pressed now is released and its click is done.
pub fn after_press(then: impl FnOnce() + 'static) {
    if pressing() {
        WAITING.with(|w| w.borrow_mut().push(Box::new(then)));
    } else {
        then();
    }
}
