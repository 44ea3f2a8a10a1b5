//! The numbered steps of a partnership, each with how complete it is.

use super::super::planner::{use_planner, Part};
use crate::model::{Id, Progress, Step};
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn StepNav(id: Id, current: Step) -> impl IntoView {
    let planner = use_planner();
    // Each step's progress follows only the parts it is counted from; the summary's is
    // made from the other three, so no edit recounts the whole partnership twice.
    let counted = |step: Step, parts: &'static [Part]| {
        let id = id.clone();
        Memo::new(move |_| {
            parts.iter().for_each(|part| planner.parts.track(*part));
            planner.read(parts[0], &id, |p| p.progress(step))
        })
    };
    let earlier = [
        counted(Step::Agreement, &[Part::Agreement]),
        counted(Step::Continuum, &[Part::Continuum]),
        counted(Step::Plan, &[Part::Plan, Part::Continuum]),
    ];
    let summary = Memo::new(move |_| Progress::summary(earlier.map(|p| p.get())));
    let steps = Step::ALL.map(|step| {
        let progress = match step {
            Step::Agreement => earlier[0],
            Step::Continuum => earlier[1],
            Step::Plan => earlier[2],
            Step::Summary => summary,
        };
        let href = Route::Step {
            partnership: id.clone(),
            step,
        }
        .href();
        let is_current = step == current;
        view! {
            <li class="step-link" class:current=is_current>
                <a href=href aria-current=is_current.then_some("step")>
                    <span class="step-badge" aria-hidden="true">{step.number()}</span>
                    <span class="step-text">
                        <span class="step-title">{step.title()}</span>
                        <span class="step-progress">{move || progress_words(step, progress.get())}</span>
                    </span>
                </a>
            </li>
        }
    });
    view! {
        <nav class="steps" aria-label="Steps">
            <ol>{steps.to_vec()}</ol>
        </nav>
    }
}

/// The way on at the foot of a step, and back: what a pair looks for when a step is done,
/// and the way between steps while presenting, when the step links are hidden.
#[component]
pub fn StepTurn(id: Id, current: Step) -> impl IntoView {
    let [before, after] = current.neighbours();
    let link = move |step: Step, class: &'static str, words: String| {
        let href = Route::Step {
            partnership: id.clone(),
            step,
        }
        .href();
        view! { <a class=class href=href>{words}</a> }
    };
    view! {
        <nav class="step-turn" aria-label="Previous and next step">
            {before.map(|s| link(s, "step-back", format!("← Step {}: {}", s.number(), s.title())))}
            {after.map(|s| link(s, "step-on", format!("Next: step {}, {} →", s.number(), s.title())))}
        </nav>
    }
}

/// The summary counts the steps before it, and says so: its "1 of 3" is not its own parts.
fn progress_words(step: Step, progress: Progress) -> String {
    match step {
        _ if progress.is_complete() => "Complete".to_string(),
        Step::Summary => format!("{} of {} steps complete", progress.done, progress.total),
        _ => format!("{} of {} done", progress.done, progress.total),
    }
}
