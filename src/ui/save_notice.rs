//! Persistent notices when work is not being saved, when another tab saved too, or when
//! saved data could not be read, each with the way out.

use super::planner::use_planner;
use super::shell;
use super::startup::StartupNotice;
use crate::storage::{download, SaveProblem, SaveStatus};
use crate::ui::widgets::IntoFresh;
use leptos::prelude::*;

#[component]
pub fn SaveNotice() -> impl IntoView {
    let planner = use_planner();
    let startup = expect_context::<StartupNotice>();
    let outcome = RwSignal::new(None::<String>);
    // A memo, so a save that fails again the same way (every edit while storage is full)
    // neither redraws the notice nor has screen readers announce it again.
    let problem = Memo::new(move |_| match planner.save_status.get() {
        SaveStatus::Failed(problem) => Some(problem),
        _ => None,
    });
    let export_all = move |_| {
        outcome.set(planner.export_workspace().err());
    };
    let unreadable = startup.unreadable.map(|(problem, text)| {
        let text = StoredValue::new(text);
        let save_copy = move |_| {
            let name = format!("partnership-planner-unreadable-{}.json", shell::today());
            outcome.set(text.with_value(|t| download(&name, t, "application/json")).err());
        };
        view! {
            <div class="notice notice-warning" role="alert">
                <p><strong>"Saved data in this browser could not be opened. "</strong>{problem}</p>
                <p>"It has been kept as it was, and nothing has been deleted. Download it to keep it safe or to send it for help; you can go on working here."</p>
                <button type="button" on:click=save_copy>"Download the unreadable data"</button>
            </div>
        }
    });
    view! {
        {unreadable}
        {move || problem.get().map(|problem| {
            let clash = problem == SaveProblem::ChangedElsewhere;
            view! {
                <div class="notice notice-warning save-problem" role="alert">
                    <p><strong>"Not saved. "</strong>{problem.to_string()}</p>
                    <div class="notice-actions">
                        {clash.then(|| view! {
                            <button type="button" class="primary" on:click=move |_| {
                                outcome.set(Some(planner.autosave.use_other_tab().unwrap_or_else(|problem| problem)));
                            }>"Use the other tab's version"</button>
                            <button type="button" on:click=move |_| {
                                outcome.set(Some(planner.autosave.keep_this_tab().unwrap_or_else(|problem| problem)));
                            }>"Keep this tab's version"</button>
                        })}
                        <button type="button" on:click=export_all>"Export all partnerships"</button>
                    </div>
                </div>
            }
            .fresh()
        })}
        {move || outcome.get().map(|message| view! {
            <p class="notice" role="alert">{message}</p>
        }.fresh())}
    }
}
