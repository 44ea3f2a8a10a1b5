//! Step 4: the summary on one page to read, share and print, and the whole plan to print.

mod charts;
mod page;
mod template;
mod whole;

use super::planner::{use_planner, Part};
use super::shell;
use crate::format::anonymise::anonymise_reviewed;
use crate::model::progress::Progress;
use crate::model::{Id, Step};
use crate::route::Route;
use crate::ui::widgets::{focus_when_drawn, left_names, left_names_said, IntoFresh};
use leptos::prelude::*;
use page::OnePage;
use template::MakeTemplate;
use whole::WholePlan;

#[component]
pub fn SummaryStep(id: Id) -> impl IntoView {
    let planner = use_planner();
    let names = RwSignal::new(false);
    let whole = RwSignal::new(false);
    let partnership = {
        let id = id.clone();
        Memo::new(move |_| {
            planner.parts.track(Part::Continuum);
            planner.parts.track(Part::Plan);
            planner.read(Part::Agreement, &id, |p| Some(p.clone()))
        })
    };
    // Without names the page is drawn from the anonymised copy, as a shared file would be:
    // no teacher is named anywhere on it, on screen or in print. Made once a change, not
    // again when the view switches between the summary and the whole plan; with it, the
    // words on it that still match a teacher's name, as the export's review lists them.
    let shown = Memo::new(move |_| {
        partnership.get().map(|p| {
            if names.get() {
                Some((p, Vec::new()))
            } else {
                anonymise_reviewed(&p)
            }
        })
    });
    let left = Memo::new(move |_| {
        shown.with(|s| match s {
            Some(Some((_, left))) => left.clone(),
            _ => Vec::new(),
        })
    });
    // What "2 of 3 done" in the step bar leaves to do, with the way there.
    let unfinished = {
        let id = id.clone();
        move || {
            let steps: Vec<(Step, Progress)> = partnership.with(|p| {
                p.as_ref().map_or_else(Vec::new, |p| {
                    [Step::Agreement, Step::Continuum, Step::Plan]
                        .into_iter()
                        .map(|step| (step, p.progress(step)))
                        .filter(|(_, progress)| !progress.is_complete())
                        .collect()
                })
            });
            (!steps.is_empty()).then(|| {
                let links = steps
                    .into_iter()
                    .map(|(step, progress)| {
                        let href = Route::Step {
                            partnership: id.clone(),
                            step,
                        }
                        .href();
                        view! {
                            <li><a href=href>{format!("Step {}, {}", step.number(), step.title())}</a>
                                {format!(": {} of {} done", progress.done, progress.total)}</li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="notice still-to-do">
                        <p>"Still to finish before this plan is complete:"</p>
                        <ul>{links}</ul>
                    </div>
                }
                .fresh()
            })
        }
    };
    let print_whole = move |_| {
        whole.set(true);
        // The whole plan is drawn before the print dialog copies the page.
        request_animation_frame(shell::print);
    };
    let export = id.clone();
    view! {
        <div class="summary-tools" role="group" aria-label="Summary">
            <label class="switch">
                <input type="checkbox" role="switch" prop:checked=names
                    on:change=move |ev| names.set(event_target_checked(&ev)) />
                " Show teachers' names"
            </label>
            <button type="button" aria-pressed=move || whole.get().to_string()
                on:click=move |_| whole.update(|w| *w = !*w)>
                {move || if whole.get() { "Back to the one-page summary" } else { "Read the whole plan" }}
            </button>
            <button type="button" class="primary print-button" on:click=move |_| { whole.set(false); request_animation_frame(shell::print); }>
                "Print the summary"
            </button>
            <button type="button" class="print-button" on:click=print_whole>"Print the whole plan"</button>
        </div>
        <p class="hint print-hint">"The summary fits one page, A4 or US Letter. In the print window choose portrait; “Save as PDF” makes a file to share."</p>
        <p class="hint print-hint">"To send the plan itself as a file, with names or anonymised with codes for sharing, use "<a href=Route::Home.href() on:click=move |_| focus_when_drawn(format!("card-export-{export}"))>"Export on this plan’s card"</a>" in the list of partnerships."</p>
        {unfinished}
        {move || {
            let found = left.get();
            (!found.is_empty()).then(|| {
                let said = left_names_said(found.len(), "change it where you wrote it before you print or share this page.");
                view! {
                    <details class="left-names-check">
                        <summary>{format!("Check before you share: {} may still name a teacher", crate::model::text::count(found.len(), "word"))}</summary>
                        <p>{said}</p>
                        {left_names(found)}
                    </details>
                }
                .fresh()
            })
        }}
        {move || shown.get().map(|shown| {
            match shown {
                None => view! { <p class="field-error" role="alert">"The plan could not be shown without names. Switch on “Show teachers' names” to read it."</p> }.fresh(),
                Some((p, _)) if whole.get() => view! { <WholePlan partnership=p coded=!names.get_untracked() /> }.fresh(),
                Some((p, _)) => {
                    let summary = p.summary(shell::today());
                    view! { <OnePage partnership=p summary=summary names=names.into() /> }.fresh()
                }
            }
        })}
        <MakeTemplate id=id />
    }
}

/// A labelled line, e.g. "We check it on: 13 Nov 2026", saying `none` when there is nothing
/// to show, so that nothing reads as missing by mistake.
/// Why a page without names shows codes, and how to print names: said on the page and
/// printed with it, so whoever holds the paper knows.
const CODES_NOTE: &str = "Teachers appear as codes (T01, T02…), as in a shared copy. To print their names, switch on “Show teachers' names” before printing.";

fn labelled(label: &'static str, text: String, none: &'static str) -> impl IntoView {
    let text = match text.trim() {
        "" => none.to_string(),
        _ => text,
    };
    view! { <p><strong>{label}": "</strong>{text}</p> }
}
