//! Words typed in a box before they join the plan (a name before Add, a pasted staff
//! list), and a fold left open around words being written: kept on this device, so a
//! reload or a closed tab does not lose them.

use crate::storage::{preference, set_preference, TYPED_PREFIX};
use leptos::prelude::*;

/// The text of one such box, `key` naming the partnership and the box; emptied, as
/// adding what it held empties it, it is forgotten.
pub fn typed_text(key: String) -> RwSignal<String> {
    let key = format!("{TYPED_PREFIX}{key}");
    let text = RwSignal::new(preference(&key).unwrap_or_default());
    // Written as it changes, not on opening the box, which would write back what was read.
    Effect::new(move |opened: Option<()>| {
        text.with(|typed| {
            if opened.is_some() {
                set_preference(&key, typed);
            }
        })
    });
    text
}

/// Whether the box named `key` was left holding words.
pub fn left_typed(key: &str) -> bool {
    preference(&format!("{TYPED_PREFIX}{key}")).is_some_and(|t| !t.trim().is_empty())
}

/// Whether a folded part, named by `key` with its partnership, was left open: kept as
/// typed words are, so a reload shows again what was being written inside it.
pub fn kept_open(key: String) -> RwSignal<bool> {
    let key = format!("{TYPED_PREFIX}{key}");
    let open = RwSignal::new(preference(&key).as_deref() == Some("open"));
    Effect::new(move |opened: Option<()>| {
        let now = open.get();
        if opened.is_some() {
            set_preference(&key, if now { "open" } else { "" });
        }
    });
    open
}
