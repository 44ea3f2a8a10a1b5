//! The one-page summary: focus, first sign of progress, the coach's role and time, the
//! staff on the continuum, the next actions, reviews and the signature.

use super::charts::{PositionColumns, ShareBars};
use crate::model::agreement::CoachStance;
use crate::model::sign_off::Signing;
use crate::model::summary::{date_list, short_date, Summary};
use crate::model::{Partnership, Stage};
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn OnePage(partnership: Partnership, summary: Summary, names: Signal<bool>) -> impl IntoView {
    let p = partnership;
    let a = &p.agreement;
    let or_none = |text: &str, none: &'static str| match text.trim() {
        "" => none.to_string(),
        text => text.to_string(),
    };
    let outcome_by = a
        .focus
        .outcome_target_date
        .map(|d| format!(" By {}.", short_date(d)));
    let stance = a.coach_role.stance.map_or("", CoachStance::explanation);
    let teachers = p.continuum.teachers.len();
    let stages = Stage::ALL
        .iter()
        .map(|s| s.label())
        .chain(["No stage yet"])
        .zip(summary.at_stage)
        .filter(|(label, n)| *n > 0 || *label != "No stage yet")
        .map(|(label, n)| view! { <li><span class="stage-count">{n}</span>" "{label}</li> })
        .collect_view();
    let bands = p
        .continuum
        .band_goals
        .iter()
        .map(|b| (b.from, b.to))
        .collect();
    let band_goals = p
        .continuum
        .band_goals
        .iter()
        .map(|b| {
            let by = b.target_date.map(|d| format!(" (by {})", short_date(d)));
            view! { <li><strong>{format!("Now at {}–{}: ", b.from.value(), b.to.value())}</strong>{b.goal.clone()}{by}</li> }
        })
        .collect_view();
    let by_position = (1..=11u8)
        .rev()
        .filter_map(|n| {
            let names: Vec<&str> = p
                .continuum
                .teachers
                .iter()
                .filter(|t| t.position.is_some_and(|at| at.value() == n))
                .map(|t| t.name.as_str())
                .collect();
            (!names.is_empty()).then(|| (n, names.join(", ")))
        })
        .collect::<Vec<_>>();
    let next = if summary.next_actions.is_empty() {
        Either::Left(
            view! { <p class="empty-state">"No open support actions yet: plan them in step 3."</p> },
        )
    } else {
        let rows = summary
            .next_actions
            .iter()
            .map(|n| {
                view! {
                    <tr class:overdue=n.overdue>
                        <td>{n.what.clone()}</td>
                        <td>{n.for_whom.clone()}</td>
                        <td>{n.who.clone()}</td>
                        <td>{n.when.clone()}{n.overdue.then_some(" (overdue)")}</td>
                    </tr>
                }
            })
            .collect_view();
        let more = (summary.more_actions > 0).then(|| view! {
            <p class="hint">{format!("And {} more in the support plan.", summary.more_actions)}</p>
        });
        Either::Right(view! {
            <table class="next-actions">
                <thead><tr><th scope="col">"What"</th><th scope="col">"For whom"</th><th scope="col">"Who"</th><th scope="col">"When"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            {more}
        })
    };
    let triggers: Vec<String> = a
        .review
        .triggers
        .iter()
        .filter(|t| t.selected)
        .map(|t| t.label.clone())
        .collect();
    let signed = match &summary.signing {
        Signing::Signed(s) => format!(
            "Signed by {} and {} on {}.",
            s.principal,
            s.coach,
            short_date(s.date)
        ),
        Signing::AmendedSince(s) => format!(
            "Signed by {} and {} on {}, and changed since.",
            s.principal,
            s.coach,
            short_date(s.date)
        ),
        Signing::NotSigned => "The agreement is not signed yet.".to_string(),
    };
    let coach_time = if summary.coach_time.is_empty() {
        Either::Left(
            view! { <p class="empty-state">"No shares of the coach's time yet: set them in step 1."</p> },
        )
    } else {
        Either::Right(view! { <ShareBars shares=summary.coach_time.clone() /> })
    };
    view! {
        <article class="one-page" aria-labelledby="one-page-title">
            <header class="one-page-head">
                <h2 id="one-page-title">{format!("{}: our coaching partnership, {}", p.school, p.school_year)}</h2>
                <p>{format!("Principal {} · Coach {}", or_none(&p.principal, "not named"), or_none(&p.coach_names(), "not named"))}</p>
                <p class="signed" class:not-signed=matches!(summary.signing, Signing::NotSigned)>{signed}</p>
            </header>
            <section class="block focus-block" aria-labelledby="sum-focus">
                <h3 id="sum-focus">"Our focus"</h3>
                <p class="focus-goal">{or_none(&a.focus.goal, "Not written yet.")}</p>
                <p><strong>"Student outcome: "</strong>{or_none(&a.focus.student_outcome, "not written yet.")}{outcome_by}</p>
            </section>
            <section class="block" aria-labelledby="sum-indicator">
                <h3 id="sum-indicator">"First sign of progress"</h3>
                <p>{or_none(&a.first_indicator.practice, "Not written yet.")}</p>
                <p><strong>"How we see it: "</strong>{or_none(&a.first_indicator.how_gathered, "not written yet.")}</p>
                <p><strong>"Checked on: "</strong>{date_list(&a.first_indicator.check_dates, "no dates yet.")}</p>
            </section>
            <section class="block" aria-labelledby="sum-role">
                <h3 id="sum-role">"The coach's role"</h3>
                <p>{stance}" "{a.coach_role.staff_description.clone()}</p>
                <p><strong>"The coach does not: "</strong>{or_none(&a.coach_role.coach_does_not, "not written yet.")}</p>
                <p><strong>"What we share: "</strong>{or_none(&a.coach_role.confidentiality, "not written yet.")}</p>
            </section>
            <section class="block" aria-labelledby="sum-time">
                <h3 id="sum-time">"Where the coach's time goes"</h3>
                {coach_time}
            </section>
            <section class="block wide" aria-labelledby="sum-map">
                <h3 id="sum-map">{format!("Our {teachers} teachers on the continuum")}</h3>
                <div class="map-glance">
                    <PositionColumns at_position=summary.at_position bands=bands />
                    <div>
                        <ul class="stage-counts" aria-label="Teachers by readiness stage">{stages}</ul>
                        <ul class="band-goals">{band_goals}</ul>
                    </div>
                </div>
                {move || names.get().then(|| {
                    let rows = by_position.iter().map(|(n, names)| view! {
                        <li><strong>{format!("{n}: ")}</strong>{names.clone()}</li>
                    }).collect_view();
                    view! { <ul class="names-by-position" aria-label="Teachers by position, highest first">{rows}</ul> }
                })}
            </section>
            <section class="block wide" aria-labelledby="sum-next">
                <h3 id="sum-next">"Next actions"</h3>
                {next}
            </section>
            <section class="block wide" aria-labelledby="sum-review">
                <h3 id="sum-review">"Reviews"</h3>
                <p><strong>"We review on: "</strong>{date_list(&a.review.dates, "no dates yet.")}</p>
                <p><strong>"And whenever: "</strong>{if triggers.is_empty() { "no triggers chosen yet.".to_string() } else { triggers.join("; ") }}</p>
            </section>
        </article>
    }
}
