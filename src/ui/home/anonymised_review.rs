//! Before an anonymised file leaves the building: every word in it that still matches a
//! teacher's name, where it is and in what sentence, or word that none does.

use super::super::planner::use_planner;
use super::super::widgets::{focus_when_drawn, left_names, left_names_said};
use crate::format::anonymise::anonymise_reviewed;
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
        .with_untracked(|w| w.get(&id).and_then(anonymise_reviewed))
        .map(|(_, found)| found)
        .unwrap_or_default();
    let title_id = format!("{id}-review-title");
    let clean = found.is_empty();
    let summary = left_names_said(
        found.len(),
        "cancel and change the text before you share the file.",
    );
    let items = (!clean).then(|| left_names(found));
    let labelled_by = title_id.clone();
    // The review takes the place of the button pressed: focus moves to its heading.
    focus_when_drawn(title_id.clone());
    view! {
        <section class="confirm anonymised-review" class:clean=clean aria-labelledby=labelled_by>
            <h3 id=title_id tabindex="-1">"Check before you share"</h3>
            <p role="status">{summary}</p>
            {items}
            <div class="card-actions">
                // With names still found, going back to change them is the plain choice.
                <button type="button" class:primary=clean on:click=move |_| on_download.run(())>
                    {if clean { "Download anonymised file" } else { "Download anyway" }}
                </button>
                <button type="button" class:primary=!clean on:click=move |_| on_cancel.run(())>"Cancel"</button>
            </div>
        </section>
    }
}
