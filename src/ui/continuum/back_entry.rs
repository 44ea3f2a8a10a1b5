//! The history entry an open Move dialog adds at the page's own address, so the browser's
//! Back closes the dialog rather than leaving the map.

use leptos::prelude::window;

/// Marks the history entry an open dialog adds at the same address.
const DIALOG_ENTRY: &str = "move-dialog";

fn history() -> Option<web_sys::History> {
    window().history().ok()
}

fn ours(history: &web_sys::History) -> bool {
    history
        .state()
        .is_ok_and(|s| s.as_string().as_deref() == Some(DIALOG_ENTRY))
}

/// Whether going back through history restores the page's scroll: not to or from the
/// dialog's entry, which would undo the scroll that brought a moved card into sight.
pub(super) fn scroll_restored(restored: bool) {
    if let Some(history) = history() {
        let _ = history.set_scroll_restoration(if restored {
            web_sys::ScrollRestoration::Auto
        } else {
            web_sys::ScrollRestoration::Manual
        });
    }
}

// A browser that refuses any of these leaves Back as it was, which is safe.
pub(super) fn add_entry() {
    if let Some(history) = history().filter(|h| !ours(h)) {
        scroll_restored(false);
        let _ = history.push_state(&DIALOG_ENTRY.into(), "");
    }
}

/// Steps back over the dialog's entry; true when there was one to step over.
pub(super) fn take_entry() -> bool {
    history()
        .filter(ours)
        .is_some_and(|history| history.back().is_ok())
}

pub(super) fn drop_entry_left() {
    if let Some(history) = history().filter(ours) {
        let _ = history.replace_state(&wasm_bindgen::JsValue::NULL, "");
    }
}
