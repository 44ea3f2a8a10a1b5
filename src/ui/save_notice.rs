//! A persistent notice when work is not being saved, or saved data could not be read.

use super::app::StartupNotice;
use super::planner::use_planner;
use crate::storage::SaveStatus;
use leptos::prelude::*;

#[component]
pub fn SaveNotice() -> impl IntoView {
    let planner = use_planner();
    let startup = expect_context::<StartupNotice>();
    let problem = move || match planner.save_status.get() {
        SaveStatus::Failed(problem) => Some(problem.to_string()),
        _ => None,
    };
    let unreadable = startup.unreadable.map(|(problem, _text)| {
        view! {
            <div class="notice notice-warning" role="alert">
                <p>
                    <strong>"Saved data in this browser could not be opened. "</strong>
                    {problem}
                </p>
                <p>"It has been kept unchanged. You can start again here; nothing has been deleted."</p>
            </div>
        }
    });
    view! {
        {unreadable}
        {move || problem().map(|message| view! {
            <div class="notice notice-warning" role="alert">
                <p><strong>"Not saved. "</strong>{message}</p>
            </div>
        })}
    }
}
