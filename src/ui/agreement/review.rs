//! When the pair reviews the agreement, and what calls for a review in between.

use super::super::planner::use_planner;
use super::super::widgets::{keyed, typed_text, DateList};
use super::lists::TRIGGERS;
use super::{AgreementPart, Editing};
use crate::model::agreement::ReviewTrigger;
use crate::model::limits::MAX_TEXT_CHARS;
use crate::model::sign_off::AgreementSection;
use crate::ui::planner::Part;
use leptos::prelude::*;

#[component]
pub fn ReviewSection() -> impl IntoView {
    let planner = use_planner();
    let Editing(id) = expect_context::<Editing>();
    let section = AgreementSection::Review;
    let (dates, set_dates) = planner.bind(
        Part::Agreement,
        &id,
        |p| p.agreement.review.dates.clone(),
        |p, v| p.agreement.review.dates = v,
    );
    let rows = planner.item_ids(Part::Agreement, &id, TRIGGERS);
    let other = typed_text(format!("{id}.review-other"));
    let add_other = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let label = other.get_untracked().trim().to_string();
            if !label.is_empty() {
                planner.add_item(Part::Agreement, &id, "trigger", TRIGGERS, |next| {
                    ReviewTrigger {
                        id: next,
                        label,
                        selected: true,
                    }
                });
                other.set(String::new());
            }
        }
    };
    view! {
        <AgreementPart section=section
            prompt="Set dates to look at the agreement together, and agree what would call for a review sooner.">
            <DateList id="review-dates" legend="Review dates" noun="review date" value=dates on_change=set_dates />
            <fieldset class="field">
                <legend>"Review sooner when…"</legend>
                {keyed(rows, move |row| {
                    let (label, _) = planner.bind_item(Part::Agreement, &id, &row, TRIGGERS, |t| t.label.clone(), |t, v| t.label = v);
                    let (selected, set_selected) = planner.bind_item(Part::Agreement, &id, &row, TRIGGERS, |t| t.selected, |t, v| t.selected = v);
                    let input_id = format!("{row}-selected");
                    view! {
                        <div class="choice">
                            <input type="checkbox" id=input_id.clone() prop:checked=move || selected.get()
                                on:change=move |ev| set_selected.run(event_target_checked(&ev)) />
                            <label for=input_id>{label}</label>
                        </div>
                    }
                })}
            </fieldset>
            <form class="inline-add" on:submit=add_other>
                <label for="review-other">"Another reason to review"</label>
                <input id="review-other" type="text" maxlength=MAX_TEXT_CHARS prop:value=other on:input=move |ev| other.set(event_target_value(&ev)) />
                <button type="submit">"Add reason"</button>
            </form>
        </AgreementPart>
    }
}
