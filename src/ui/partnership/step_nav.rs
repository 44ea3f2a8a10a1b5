//! The numbered steps of a partnership, each with how complete it is.

use super::super::planner::{use_planner, Part};
use crate::model::{Id, Progress, Step};
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn StepNav(id: Id, current: Step) -> impl IntoView {
    let planner = use_planner();
    let steps = Step::ALL.map(|step| {
        let progress = {
            let id = id.clone();
            // Each step's progress follows only the parts it is counted from.
            let parts: &[Part] = match step {
                Step::Agreement => &[Part::Agreement],
                Step::Continuum => &[Part::Continuum],
                Step::Plan => &[Part::Plan, Part::Continuum],
                Step::Summary => &[Part::Agreement, Part::Continuum, Part::Plan],
            };
            Memo::new(move |_| {
                parts.iter().for_each(|part| planner.parts.track(*part));
                planner.read(parts[0], &id, |p| p.progress(step))
            })
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
                        <span class="step-progress">{move || progress_words(progress.get())}</span>
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

fn progress_words(progress: Progress) -> String {
    if progress.is_complete() {
        "Complete".to_string()
    } else {
        format!("{} of {} done", progress.done, progress.total)
    }
}
