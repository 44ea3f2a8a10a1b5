//! What the coach is protected from, and how staff will hear what the coach does.

use super::super::planner::use_planner;
use super::super::widgets::TextField;
use super::{AgreementPart, Editing};
use crate::model::agreement::CoachStance;
use crate::model::sign_off::AgreementSection;
use crate::ui::planner::Part;
use leptos::prelude::*;

#[component]
pub fn ProtectedTimeSection() -> impl IntoView {
    let planner = use_planner();
    let Editing(id) = expect_context::<Editing>();
    let section = AgreementSection::ProtectedTime;
    let (not_into, set_not_into) = planner.bind(
        Part::Agreement,
        &id,
        |p| p.agreement.protected_time.not_pulled_into.clone(),
        |p, v| p.agreement.protected_time.not_pulled_into = v,
    );
    let (decides, set_decides) = planner.bind(
        Part::Agreement,
        &id,
        |p| p.agreement.protected_time.exceptions_decided_by.clone(),
        |p, v| p.agreement.protected_time.exceptions_decided_by = v,
    );
    view! {
        <AgreementPart section=section
            prompt="A busy coach is not the same as a coach whose time leads to student gains. Name what the coach will not be pulled into."
            example="Routinely covering classes, lunch duty, running the testing schedule.">
            <TextField id="protected-not" label="The coach will not be pulled into" multiline=true value=not_into on_change=set_not_into />
            <TextField id="protected-decides" label="Who decides an exception" value=decides on_change=set_decides />
        </AgreementPart>
    }
}

#[component]
pub fn CoachRoleSection() -> impl IntoView {
    let planner = use_planner();
    let Editing(id) = expect_context::<Editing>();
    let section = AgreementSection::CoachRole;
    let (stance, set_stance) = planner.bind(
        Part::Agreement,
        &id,
        |p| p.agreement.coach_role.stance,
        |p, v| p.agreement.coach_role.stance = v,
    );
    let text = |get: fn(&crate::model::Partnership) -> String,
                set: fn(&mut crate::model::Partnership, String)| {
        planner.bind(Part::Agreement, &id, get, set)
    };
    let (description, set_description) = text(
        |p| p.agreement.coach_role.staff_description.clone(),
        |p, v| p.agreement.coach_role.staff_description = v,
    );
    let (does_not, set_does_not) = text(
        |p| p.agreement.coach_role.coach_does_not.clone(),
        |p, v| p.agreement.coach_role.coach_does_not = v,
    );
    let (confidential, set_confidential) = text(
        |p| p.agreement.coach_role.confidentiality.clone(),
        |p, v| p.agreement.coach_role.confidentiality = v,
    );
    let option = move |value: CoachStance| {
        let input_id = format!("stance-{}", value.label().to_lowercase());
        view! {
            <div class="choice">
                <input type="radio" name="coach-stance" id=input_id.clone()
                    prop:checked=move || stance.get() == Some(value)
                    on:change=move |_| set_stance.run(Some(value)) />
                <label for=input_id>
                    <span class="choice-title">{value.label()}</span>
                    <span class="choice-explanation">{value.explanation()}</span>
                </label>
            </div>
        }
    };
    view! {
        <AgreementPart section=section
            prompt="Staff will ask what the coach is for. Agree the answer here, in words you can say at a staff meeting."
            example="Ana will invite each of us to work on feedback in writing this year. She does not evaluate anyone.">
            <fieldset class="field">
                <legend>"How the coach works with teachers"</legend>
                {option(CoachStance::Available)}
                {option(CoachStance::Requesting)}
            </fieldset>
            <TextField id="role-description" label="What you will tell staff" multiline=true value=description on_change=set_description />
            <TextField id="role-not" label="What the coach does not do" hint="For example: the coach is not an evaluator." multiline=true value=does_not on_change=set_does_not />
            <TextField id="role-confidential" label="What coach and principal will and will not share about teachers" multiline=true value=confidential on_change=set_confidential />
        </AgreementPart>
    }
}
