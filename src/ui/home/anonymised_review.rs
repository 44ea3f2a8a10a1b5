//! Before an anonymised file leaves the building: every word in it that still matches a
//! teacher's name, where it is and in what sentence, or word that none does.

use super::super::planner::use_planner;
use super::super::widgets::focus_when_drawn;
use crate::format::anonymise::{anonymise, review};
use crate::model::Id;
use leptos::prelude::*;

#[component]
pub fn AnonymisedReview(
    id: Id,
    on_download: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let planner = use_planner();
    let found = planner
        .workspace
        .with_untracked(|w| w.get(&id).and_then(|p| Some(review(p, &anonymise(p)?))))
        .unwrap_or_default();
    let title_id = format!("{id}-review-title");
    let clean = found.is_empty();
    let summary = match found.len() {
        0 => "No names found. Every teacher's name in the text is now a code (T01, T02…), and personal notes are left out.".to_string(),
        1 => "One word still matches a teacher's first name or surname. It may be an everyday word (“will”, “May”); if it names a teacher, cancel and change the text before you share the file.".to_string(),
        n => format!("{n} words still match a teacher's first name or surname. They may be everyday words (“will”, “May”); if one names a teacher, cancel and change the text before you share the file."),
    };
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
    let labelled_by = title_id.clone();
    // The review takes the place of the button pressed: focus moves to its heading.
    focus_when_drawn(title_id.clone());
    view! {
        <section class="confirm anonymised-review" class:clean=clean aria-labelledby=labelled_by>
            <h3 id=title_id tabindex="-1">"Check before you share"</h3>
            <p role="status">{summary}</p>
            {(!clean).then(|| view! { <ul class="left-names">{items}</ul> })}
            <div class="card-actions">
                <button type="button" class="primary" on:click=move |_| on_download.run(())>
                    {if clean { "Download anonymised file" } else { "Download anyway" }}
                </button>
                <button type="button" on:click=move |_| on_cancel.run(())>"Cancel"</button>
            </div>
        </section>
    }
}
