//! The words an anonymised copy still holds that match a teacher's name, for the pair to look at before they share it.

use crate::format::anonymise::LeftName;
use leptos::prelude::*;

/// What was found, in a sentence ending with `then`: what to do if a word names a teacher.
pub fn left_names_said(count: usize, then: &str) -> String {
    match count {
        0 => "No names found. Every teacher's name in the text is now a code (T01, T02…); personal notes, and any team, grade or subject of one teacher alone, are left out.".to_string(),
        1 => format!("One word still matches a teacher's name or initials. It may be an everyday word (“will”, “May”); if it names a teacher, {then}"),
        n => format!("{n} words still match a teacher's name or initials. They may be everyday words (“will”, “May”); if one names a teacher, {then}"),
    }
}

/// Each word where the person would look for it, in its sentence.
pub fn left_names(found: Vec<LeftName>) -> impl IntoView {
    let items = found
        .into_iter()
        .map(|left| {
            view! {
                <li>
                    <strong>{format!("{}: ", left.field)}</strong>
                    {format!("“{}” ", left.context)}
                    <span class="hint">{format!("(“{}”)", left.word)}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="left-names">{items}</ul> }
}
