//! An index of a step's sections, to jump to any of them; beside the content on a wide
//! screen, above it on a narrow one.

use super::focus_section;
use leptos::prelude::*;

/// One entry: the section's anchor and title, and whether it is complete when the step
/// keeps count.
pub struct IndexEntry {
    pub anchor: &'static str,
    pub title: &'static str,
    pub done: Option<Signal<bool>>,
}

#[component]
pub fn SectionIndex(label: &'static str, entries: Vec<IndexEntry>) -> impl IntoView {
    let items = entries
        .into_iter()
        .map(|IndexEntry { anchor, title, done }| {
            let is_done = move || done.is_some_and(|d| d.get());
            let mark = done.map(|done| view! {
                <span class="index-mark" aria-hidden="true">{move || if done.get() { "✓" } else { "○" }}</span>
            });
            let state = done.map(|done| view! {
                <span class="visually-hidden">{move || if done.get() { " (complete)" } else { " (to do)" }}</span>
            });
            view! {
                <li class:done=is_done>
                    <a href=format!("#{anchor}") on:click=move |ev| {
                        ev.prevent_default();
                        focus_section(anchor);
                    }>{mark}{title}{state}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="section-index" aria-label=label>
            <ol>{items}</ol>
        </nav>
    }
}
