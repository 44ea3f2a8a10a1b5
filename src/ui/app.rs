//! The root component: loads the workspace, starts autosave and shows the current screen.

use super::header::AppHeader;
use super::home::WorkspaceHome;
use super::partnership::PartnershipScreen;
use super::planner::Planner;
use super::save_notice::SaveNotice;
use super::shell;
use crate::model::Workspace;
use crate::route::Route;
use crate::storage::{self, Loaded, SaveProblem, SaveStatus};
use leptos::prelude::*;

/// What the app found in storage at start-up that the person needs to hear about.
#[derive(Clone)]
pub struct StartupNotice {
    pub unreadable: Option<(String, String)>,
}

#[component]
pub fn App() -> impl IntoView {
    let (workspace, blocked, unreadable) = match storage::load(shell::now()) {
        Loaded::Empty => (Workspace::default(), None, None),
        Loaded::Restored(workspace) => (workspace, None, None),
        Loaded::Unavailable => (Workspace::default(), Some(SaveProblem::Unavailable), None),
        Loaded::Unreadable {
            problem,
            text,
            backup_key,
        } => {
            // With a copy kept aside the app may save again; without one it must not
            // write over the only copy of what was there.
            let blocked = backup_key
                .is_none()
                .then_some(SaveProblem::ProtectingUnreadable);
            (
                Workspace::default(),
                blocked,
                Some((problem.to_string(), text)),
            )
        }
    };
    let initial_status = match &blocked {
        Some(problem) => SaveStatus::Failed(problem.clone()),
        None => SaveStatus::Saved,
    };
    let planner = Planner {
        workspace: RwSignal::new(workspace),
        save_status: RwSignal::new(initial_status),
        route: RwSignal::new(Route::parse(&shell::location_hash())),
        recently_deleted: RwSignal::new(None),
    };
    provide_context(planner);
    provide_context(StartupNotice { unreadable });
    storage::start_autosave(planner.workspace, planner.save_status, shell::now, blocked);

    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        planner.route.set(Route::parse(&shell::location_hash()));
    });
    on_cleanup(move || on_hash.remove());

    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            focus_main_heading();
        }>"Skip to content"</a>
        <AppHeader />
        <main id="main">
            <SaveNotice />
            {move || match planner.route.get() {
                Route::Home => view! { <WorkspaceHome /> }.into_any(),
                Route::Step { partnership, step } => {
                    view! { <PartnershipScreen id=partnership step=step /> }.into_any()
                }
            }}
        </main>
    }
}

/// Moves keyboard focus to the screen's heading, so a screen change is announced and
/// the next Tab starts from the new content.
pub fn focus_main_heading() {
    use wasm_bindgen::JsCast;
    let heading = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        // Focus can only fail on a detached element; then there is nothing to announce.
        let _ = heading.focus();
    }
}
