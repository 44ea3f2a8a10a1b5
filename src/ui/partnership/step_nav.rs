//! The numbered steps of a partnership, each with how complete it is.

use super::super::planner::use_planner;
use crate::model::{Id, Progress, Step};
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn StepNav(id: Id, current: Step) -> impl IntoView {
    let planner = use_planner();
    let steps = Step::ALL.map(|step| {
        let progress = {
            let id = id.clone();
            Memo::new(move |_| {
                planner
                    .workspace
                    .with(|w| w.get(&id).map(|p| p.progress(step)).unwrap_or_default())
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
