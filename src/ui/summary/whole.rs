//! The whole plan to read and print: the agreement, the map as a board and a list, and
//! the support plan. The principal's private notes and teachers' notes stay out.

use super::labelled;
use crate::model::agreement::CoachStance;
use crate::model::order;
use crate::model::summary::{band_goal_words, date_list, dates, short_date};
use crate::model::Partnership;
use chrono::NaiveDate;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn WholePlan(partnership: Partnership, coded: bool) -> impl IntoView {
    view! {
        <article class="whole-plan" aria-labelledby="whole-title">
            <h2 id="whole-title">{format!("{}: the whole plan", partnership.name)}</h2>
            // Printed too: whoever holds the paper knows why there are codes, and how to get names.
            {coded.then_some(view! {
                <p class="hint">{super::CODES_NOTE}</p>
            })}
            <Agreement p=partnership.clone() />
            <Map p=partnership.clone() />
            <Plan p=partnership />
        </article>
    }
}

fn day(date: Option<NaiveDate>) -> String {
    date.map(short_date).unwrap_or_default()
}

#[component]
fn Agreement(p: Partnership) -> impl IntoView {
    let a = p.agreement.clone();
    let shares = a
        .time_investment
        .iter()
        .filter(|s| !s.is_blank())
        .map(|s| view! { <tr><td>{s.action.clone()}</td><td>{format!("{}%", s.percent)}</td><td>{s.serves_focus.clone()}</td></tr> })
        .collect_view();
    let commitments = a
        .expectations
        .iter()
        .filter(|c| !c.is_blank())
        .map(|c| view! { <tr><td>{c.text.clone()}</td><td>{c.owner.clone()}</td><td>{day(c.due)}</td></tr> })
        .collect_view();
    let roles = a
        .roles
        .iter()
        .filter(|r| !r.is_blank())
        .map(|r| view! { <tr><td>{r.who.clone()}</td><td>{r.responsibilities.clone()}</td></tr> })
        .collect_view();
    let triggers = a.review.chosen_triggers();
    let signed = a
        .sign_off
        .as_ref()
        .map_or("Not signed yet".to_string(), |s| {
            format!("{}, {}", s.signers(), short_date(s.date))
        });
    view! {
        <section class="whole-part" aria-labelledby="whole-agreement">
            <h2 id="whole-agreement">"1. Agreement"</h2>
            {labelled("School", format!("{}, {}", p.school, p.school_year), "Not written yet.")}
            {labelled("Principal", p.principal.clone(), "Not written yet.")}
            {labelled("Coaches", p.coach_names(), "Not written yet.")}
            {labelled("Meeting date", day(p.meeting_date), "No date yet.")}
            <h3>"Focus"</h3>
            {labelled("Goal", a.focus.goal.clone(), "Not written yet.")}
            {labelled("Student outcome", a.focus.student_outcome.clone(), "Not written yet.")}
            {labelled("By", day(a.focus.outcome_target_date), "No date yet.")}
            <h3>"First indicator of progress"</h3>
            {labelled("Practice", a.first_indicator.practice.clone(), "Not written yet.")}
            {labelled("How it is gathered", a.first_indicator.how_gathered.clone(), "Not written yet.")}
            {labelled("We check it on", date_list(&a.first_indicator.check_dates, ""), "No date yet.")}
            <h3>"Coach time"</h3>
            <table><thead><tr><th scope="col">"Coaching action"</th><th scope="col">"Share"</th><th scope="col">"How it serves the focus"</th></tr></thead><tbody>{shares}</tbody></table>
            <h3>"Protected time"</h3>
            {labelled("The coach is not pulled into", a.protected_time.not_pulled_into.clone(), "Not written yet.")}
            {labelled("Exceptions decided by", a.protected_time.exceptions_decided_by.clone(), "Not written yet.")}
            <h3>"The coach's role"</h3>
            {labelled("How the coach works", a.coach_role.stance.map_or(String::new(), |s: CoachStance| s.explanation().to_string()), "Not written yet.")}
            {labelled("What staff will hear", a.coach_role.staff_description.clone(), "Not written yet.")}
            {labelled("The coach does not", a.coach_role.coach_does_not.clone(), "Not written yet.")}
            {labelled("What is shared", a.coach_role.confidentiality.clone(), "Not written yet.")}
            <h3>"Setting expectations with staff"</h3>
            <table><thead><tr><th scope="col">"Commitment"</th><th scope="col">"Owner"</th><th scope="col">"By"</th></tr></thead><tbody>{commitments}</tbody></table>
            <h3>"Roles"</h3>
            <table><thead><tr><th scope="col">"Who"</th><th scope="col">"Does"</th></tr></thead><tbody>{roles}</tbody></table>
            <h3>"Review"</h3>
            {labelled("Review dates", date_list(&a.review.dates, ""), "No date yet.")}
            {labelled("Also review when", triggers.join("; "), "Not written yet.")}
            <h3>"Sign-off"</h3>
            {labelled("Signed", signed, "Not signed yet.")}
        </section>
    }
}

#[component]
fn Map(p: Partnership) -> impl IntoView {
    let c = &p.continuum;
    // 1 to 11, as the board on screen reads; the unplaced last, if any.
    let unplaced = c.teachers.iter().any(|t| t.position.is_none());
    let places = (1..=11u8).map(Some).chain(unplaced.then_some(None));
    let board = places
        .map(|at| {
            let names = c
                .teachers
                .iter()
                .filter(|t| t.position.map(|p| p.value()) == at)
                .map(|t| view! { <li>{t.name.clone()}<span class="stage-tag">{t.stage.map(|s| format!(" · {}", s.label()))}</span></li> })
                .collect_view();
            let at = at.map_or("Not placed".to_string(), |n| n.to_string());
            view! { <div class="print-column"><h4>{at}</h4><ul>{names}</ul></div> }
        })
        .collect_view();
    let mut listed: Vec<_> = c.teachers.iter().collect();
    order::sort_by_key(&mut listed, |t| std::cmp::Reverse(t.position));
    let rows = listed
        .into_iter()
        .map(|t| {
            let goal = t.goal_position.map(|g| {
                format!(
                    "{}{}",
                    g.value(),
                    t.goal_date
                        .map(|d| format!(" by {}", short_date(d)))
                        .unwrap_or_default()
                )
            });
            view! {
                <tr>
                    <td>{t.name.clone()}</td><td data-label="Team, grade or subject">{t.assignment.clone()}</td>
                    <td data-label="Position">{t.position.map(|p| p.value().to_string())}</td>
                    <td data-label="Goal">{goal}</td><td data-label="Stage">{t.stage.map(|s| s.label())}</td>
                </tr>
            }
        })
        .collect_view();
    let bands = c
        .band_goals
        .iter()
        .map(|b| view! { <li>{band_goal_words(b)}</li> })
        .collect_view();
    view! {
        <section class="whole-part" aria-labelledby="whole-map">
            <h2 id="whole-map">"2. Continuum map"</h2>
            {labelled("At the low end (1–2)", c.descriptors.low.clone(), "Not written yet.")}
            {labelled("In the middle", c.descriptors.middle.clone(), "Not written yet.")}
            {labelled("At the high end (10–11)", c.descriptors.high.clone(), "Not written yet.")}
            <h3>"Band goals"</h3>
            {if c.band_goals.is_empty() {
                Either::Left(view! { <p>"None set."</p> })
            } else {
                Either::Right(view! { <ul>{bands}</ul> })
            }}
            <h3>"The board"</h3>
            <div class="print-board">{board}</div>
            <h3>"The list"</h3>
            <table class="stacks">
                <thead><tr><th scope="col">"Teacher"</th><th scope="col">"Team, grade or subject"</th><th scope="col">"Position"</th><th scope="col">"Goal"</th><th scope="col">"Stage"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

#[component]
fn Plan(p: Partnership) -> impl IntoView {
    let actions = p
        .plan
        .actions
        .iter()
        .map(|a| {
            let when = dates(a.starts, a.ends);
            view! {
                <tr>
                    <td>{a.what.clone()}</td><td data-label="For whom">{a.for_whom.label(&p.continuum)}</td>
                    <td data-label="Who">{a.who.label(&p.principal, &p.coaches)}</td><td data-label="How">{a.how.clone()}</td><td data-label="When">{when}</td>
                    <td data-label="Status">{a.status.label()}</td><td data-label="Evidence seen">{a.evidence.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let protocols = p
        .plan
        .protocols
        .iter()
        .map(|q| {
            let name = p
                .continuum
                .teacher(&q.teacher)
                .map_or("A teacher no longer on the map".to_string(), |t| {
                    t.name.clone()
                });
            let state = q.outcome().words(&name);
            view! { <tr><td>{name}</td><td>{state}</td></tr> }
        })
        .collect_view();
    view! {
        <section class="whole-part" aria-labelledby="whole-plan-actions">
            <h2 id="whole-plan-actions">"3. Support plan"</h2>
            <table class="stacks plan-actions">
                <thead><tr><th scope="col">"What"</th><th scope="col">"For whom"</th><th scope="col">"Who"</th><th scope="col">"How"</th><th scope="col">"When"</th><th scope="col">"Status"</th><th scope="col">"Evidence seen"</th></tr></thead>
                <tbody>{actions}</tbody>
            </table>
            // The heading straight before its table, so a page does not end between them.
            <h3>"Unwilling teachers: the two questions"</h3>
            <table>
                <thead><tr><th scope="col">"Teacher"</th><th scope="col">"Where it stands"</th></tr></thead>
                <tbody>{protocols}</tbody>
            </table>
            <p class="hint">"The principal's follow-up notes are private and are left out."</p>
        </section>
    }
}
