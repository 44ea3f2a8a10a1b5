//! The header on every screen: the product's name and whether the work is saved.

use super::planner::use_planner;
use super::presenting::PresentToggle;
use crate::model::Step;
use crate::route::Route;
use crate::storage::SaveStatus;
use crate::ui::widgets::IntoFresh;
use leptos::prelude::*;

#[component]
pub fn AppHeader() -> impl IntoView {
    let planner = use_planner();
    let status = move || match planner.save_status.get() {
        SaveStatus::Saved => "All changes saved in this browser".to_string(),
        SaveStatus::Pending => "Saving…".to_string(),
        SaveStatus::Failed(_) => "Not saved".to_string(),
    };
    let failed = move || matches!(planner.save_status.get(), SaveStatus::Failed(_));
    view! {
        <header class="app-header">
            <a class="product-name" href="#/">"Partnership Planner"</a>
            // Not read out at each pause in typing ("Saving…", then "All changes saved"):
            // a failed save is said by the notice under the header, as an alert.
            <p class="save-status" class:save-failed=failed role="status" aria-live="off">
                {status}
            </p>
            <PresentingSteps />
            <PresentToggle />
        </header>
    }
}

/// While presenting, the steps of the partnership on the screen as short links in the bar
/// at the top: the step links above each step are hidden then, and the foot of a long step
/// is many screens down.
#[component]
fn PresentingSteps() -> impl IntoView {
    let planner = use_planner();
    move || match planner.route.get() {
        Route::Step { partnership, step } => {
            let links = Step::ALL.map(|to| {
                let href = Route::Step {
                    partnership: partnership.clone(),
                    step: to,
                }
                .href();
                view! {
                    <li><a href=href aria-current=(to == step).then_some("step")>
                        {format!("{} {}", to.number(), to.title())}
                    </a></li>
                }
            });
            Some(view! {
                <nav class="presenting-steps" aria-label="Go to step"><ol>{links.to_vec()}</ol></nav>
            }.fresh())
        }
        _ => None,
    }
}
