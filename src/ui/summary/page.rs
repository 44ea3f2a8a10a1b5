//! The one-page summary: focus, first sign of progress, the coach's role and time, the
//! staff on the continuum, the next actions, reviews and the signature.

use super::charts::{PositionColumns, ShareBars};
use super::labelled;
use crate::model::sign_off::Signing;
use crate::model::summary::{band_goal_words, date_list, short_date, Summary};
use crate::model::text::cut_at_word;
use crate::model::{Partnership, Stage};
use crate::ui::widgets::{FreshChildren, IntoFresh};
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
    let outcome_by = a.focus.outcome_target_date.map(|d| {
        let date = short_date(d);
        // A sentence of its own after a full stop; otherwise the end of the outcome's.
        let outcome = a.focus.student_outcome.trim_end();
        if outcome.is_empty() || outcome.ends_with(['.', '!', '?']) {
            format!(" By {date}.")
        } else {
            format!(", by {date}.")
        }
    });
    // What the printed page shortens to stay one sheet, named on screen before printing,
    // in the page's order: the actions, listed last, are added to the rest at the end.
    let mut cut = Vec::new();
    let mut cut_actions = Vec::new();
    let teachers = p.continuum.teachers.len();
    // More names than one printed page holds beside the rest of the summary.
    let many = teachers > 80;
    let stages = Stage::ALL
        .iter()
        .map(|s| s.label())
        .chain(["No stage yet"])
        .zip(summary.at_stage)
        .chain(["Not yet placed"].into_iter().zip([summary.unplaced]))
        .filter(|(label, n)| *n > 0 || !matches!(*label, "No stage yet" | "Not yet placed"))
        .map(|(label, n)| view! { <li><span class="stage-count">{n}</span>" "{label}</li> })
        .collect_view();
    let map_title = match summary.unplaced {
        0 => format!("Our {teachers} teachers on the continuum"),
        waiting => format!(
            "Our {teachers} teachers: {} on the continuum, {waiting} not yet placed",
            teachers - waiting
        ),
    };
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
        .map(|b| view! { <li>{band_goal_words(b)}</li> })
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
                let what = fitted(n.what.clone(), 60, "the longest support actions' names", &mut cut_actions);
                view! {
                    <tr class:overdue=n.overdue>
                        <td>{what}</td>
                        <td data-label="For whom">{n.for_whom.clone()}</td>
                        <td data-label="Who">{n.who.clone()}</td>
                        <td data-label="When">{n.when.clone()}{n.overdue.then_some(" (overdue)")}</td>
                    </tr>
                }
            })
            .collect_view();
        let more = (summary.more_actions > 0).then(|| view! {
            <p class="hint">{format!("And {} more in the support plan.", summary.more_actions)}</p>
        });
        // Drawn without names, an action for one teacher names them by their code.
        let coded = !names.get_untracked()
            && summary
                .next_actions
                .iter()
                .any(|n| p.continuum.teachers.iter().any(|t| t.name == n.for_whom));
        let codes = coded.then_some(view! { <p class="hint">{super::CODES_NOTE}</p> });
        Either::Right(view! {
            <table class="next-actions stacks">
                <thead><tr><th scope="col">"What"</th><th scope="col">"For whom"</th><th scope="col">"Who"</th><th scope="col">"When"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            {more}
            {codes}
        })
    };
    let triggers = a.review.chosen_triggers();
    let signed = match &summary.signing {
        Signing::Signed(s) => format!("Signed by {} on {}.", s.signers(), short_date(s.date)),
        Signing::AmendedSince(s) => format!(
            "Signed by {} on {}, and changed since.",
            s.signers(),
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
    let goal = fitted(
        or_none(&a.focus.goal, "Not written yet."),
        140,
        "the goal",
        &mut cut,
    );
    let outcome = format!(
        "{}{}",
        a.focus.student_outcome.trim(),
        outcome_by.unwrap_or_default()
    )
    .trim_start()
    .to_string();
    let outcome = part(
        "Student outcome",
        outcome,
        "not written yet.",
        (170, "the student outcome"),
        &mut cut,
    );
    let practice = fitted(
        or_none(&a.first_indicator.practice, "Not written yet."),
        200,
        "the first sign of progress",
        &mut cut,
    );
    let how_gathered = part(
        "How we see it",
        a.first_indicator.how_gathered.clone(),
        "not written yet.",
        (150, "how you see it"),
        &mut cut,
    );
    let checked = date_list(&a.first_indicator.check_dates, "");
    // The pair's own words say what the stance means; the stance's explanation stands in
    // only until they are written, so the page does not say the same thing twice.
    let role = match (a.coach_role.stance, a.coach_role.staff_description.trim()) {
        (Some(stance), "") => stance.explanation().to_string(),
        (Some(stance), words) => format!("{}: {words}", stance.label()),
        (None, words) => words.to_string(),
    };
    let role = fitted(role, 170, "the coach's role", &mut cut);
    let does_not = part(
        "The coach does not",
        a.coach_role.coach_does_not.clone(),
        "not written yet.",
        (110, "what the coach does not do"),
        &mut cut,
    );
    let shared = part(
        "What we share",
        a.coach_role.confidentiality.clone(),
        "not written yet.",
        (110, "what you share"),
        &mut cut,
    );
    cut.extend(cut_actions.first());
    // Long texts beside a long list of names print smaller, so the page stays one sheet.
    let dense = !cut.is_empty() && names.get_untracked() && teachers > 40 && !many;
    let cut_note = (!cut.is_empty()).then(|| {
        view! {
            <p class="hint print-hint">{format!(
                "To keep to one printed page, the printout shortens {}. Write {} shorter, or print the whole plan, which has every word.",
                crate::model::text::listed(&cut),
                if cut.len() == 1 { "it" } else { "them" }
            )}</p>
        }
    });
    let reviews = date_list(&a.review.dates, "");
    view! {
        {cut_note}
        <article class="one-page" class:dense=dense aria-labelledby="one-page-title">
            <header class="one-page-head">
                <h2 id="one-page-title">{format!("{}: our coaching partnership, {}", p.school, p.school_year)}</h2>
                <p>{format!("Principal {} · {} {}", or_none(&p.principal, "not named"), if p.coaches.len() > 1 { "Coaches" } else { "Coach" }, or_none(&p.coach_names(), "not named"))}</p>
                <p class="signed" class:not-signed=matches!(summary.signing, Signing::NotSigned)>{signed}</p>
            </header>
            <Block id="sum-focus" title="Our focus">
                <p class="focus-goal">{goal}</p>
                {outcome}
            </Block>
            <Block id="sum-indicator" title="First sign of progress">
                <p>{practice}</p>
                {how_gathered}
                {labelled("We check it on", checked, "no dates yet.")}
            </Block>
            <Block id="sum-role" title="The coach's role">
                <p>{role}</p>
                {does_not}
                {shared}
            </Block>
            // The reviews beside the coach's role, under the time, where the column has room.
            <div class="block-stack">
                <Block id="sum-time" title="Where the coach's time goes">
                    {coach_time}
                </Block>
                <Block id="sum-review" title="Reviews">
                    {labelled("We review on", reviews, "no dates yet.")}
                    {labelled("And whenever", triggers.join("; "), "no triggers chosen yet.")}
                </Block>
            </div>
            <Block id="sum-map" title=map_title wide=true>
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
                    view! {
                        <ul class="names-by-position" class:many=many aria-label="Teachers by position, highest first">{rows}</ul>
                        {many.then(|| view! {
                            <p class="print-only">"With more than 80 teachers the names do not fit on one page: “Print the whole plan” prints every name."</p>
                        })}
                    }
                    .fresh()
                })}
            </Block>
            <Block id="sum-next" title="Next actions" wide=true>
                {next}
            </Block>
        </article>
    }
}

/// A text as the screen shows it, whole, and as the printed page does, cut at a word to
/// `budget` characters; `name` goes into `cut` when it is cut.
fn fitted(
    text: String,
    budget: usize,
    name: &'static str,
    cut: &mut Vec<&'static str>,
) -> impl IntoView {
    match cut_at_word(&text, budget) {
        None => Either::Left(text),
        Some(short) => {
            cut.push(name);
            Either::Right(
                view! { <span class="printed-whole">{text}</span><span class="printed-short">{short}</span> },
            )
        }
    }
}

/// A labelled text of the page, fitted to print as [`fitted`] does.
fn part(
    label: &'static str,
    text: String,
    none: &'static str,
    (budget, name): (usize, &'static str),
    cut: &mut Vec<&'static str>,
) -> impl IntoView {
    let text = match text.trim() {
        "" => none.to_string(),
        _ => text,
    };
    view! { <p><strong>{label}": "</strong>{fitted(text, budget, name, cut)}</p> }
}

/// One block of the page: a heading and what it says.
#[component]
fn Block(
    id: &'static str,
    #[prop(into)] title: String,
    #[prop(optional)] wide: bool,
    children: FreshChildren,
) -> impl IntoView {
    view! {
        <section class="block" class:wide=wide aria-labelledby=id>
            <h3 id=id>{title}</h3>
            {children.draw()}
        </section>
    }
}
