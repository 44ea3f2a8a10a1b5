//! The root component: loads the workspace, starts autosave, takes dropped files and shows
//! the current screen.

use super::header::AppHeader;
use super::home::WorkspaceHome;
use super::partnership::PartnershipScreen;
use super::planner::{ImportStage, Parts, Planner};
use super::save_notice::SaveNotice;
use super::shell;
use super::startup::StartupNotice;
use super::widgets::{focus_main_heading, if_focus_lost};
use crate::model::Workspace;
use crate::route::Route;
use crate::storage::{self, Autosave, Loaded, SaveProblem, SaveStatus};
use crate::ui::widgets::IntoFresh;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let mut set_aside = false;
    let (workspace, known, blocked, unreadable) = match storage::load() {
        Loaded::Empty => (Workspace::default(), None, None, None),
        Loaded::Restored {
            workspace,
            known,
            kept_aside,
            unkept,
        } => {
            // A partnership that could not be copied aside lives only in the stored
            // text: saving over it would lose it.
            let blocked = unkept
                .is_some()
                .then_some(SaveProblem::ProtectingUnreadable);
            set_aside = kept_aside > 0;
            (workspace, Some(known), blocked, unkept)
        }
        Loaded::Unavailable => (
            Workspace::default(),
            None,
            Some(SaveProblem::Unavailable),
            None,
        ),
        Loaded::Unreadable {
            problem,
            text,
            backup_key,
        } => {
            // With a copy kept aside the app may save again; without one it must not
            // write over the only copy of what was there. The home screen lists what was
            // kept aside; only an only copy needs a notice of its own on every screen.
            let known = Some(text.clone());
            set_aside = backup_key.is_some();
            match backup_key {
                Some(_) => (Workspace::default(), known, None, None),
                None => (
                    Workspace::default(),
                    known,
                    Some(SaveProblem::ProtectingUnreadable),
                    Some((problem.to_string(), text)),
                ),
            }
        }
    };
    let save_status = RwSignal::new(match &blocked {
        Some(problem) => SaveStatus::Failed(problem.clone()),
        None => SaveStatus::Saved,
    });
    let workspace = RwSignal::new(workspace);
    let autosave = Autosave::start(workspace, save_status, shell::now, blocked, known);
    if set_aside {
        autosave.save_now();
    }
    let planner = Planner {
        workspace,
        save_status,
        route: RwSignal::new(Route::parse(&shell::location_hash())),
        recently_deleted: RwSignal::new(None),
        removed_teacher: RwSignal::new(None),
        undo: RwSignal::new(None),
        import: RwSignal::new(ImportStage::Idle),
        autosave,
        parts: Parts::new(),
    };
    let persisted = RwSignal::new(None);
    provide_context(planner);
    provide_context(StartupNotice {
        unreadable,
        persisted,
    });
    shell::ask_for_persistent_storage(persisted);
    super::widgets::follow_presses();
    super::widgets::keep_keyboard_focus_in_sight();
    super::presenting::provide_presenting();
    super::guide::provide_guide();

    // A template link is opened once, then the address goes back to the home screen.
    Effect::new(move |_| {
        if let Route::Template { payload } = planner.route.get() {
            planner.open_template_link(&payload);
        }
    });
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        planner.route.set(Route::parse(&shell::location_hash()));
        // Focus left on nothing by the screen that went goes to the new one's heading.
        if_focus_lost(focus_main_heading);
    });
    // A file dropped anywhere on the window is offered for import, never opened by the
    // browser in place of the app.
    let on_drag = window_event_listener(leptos::ev::dragover, |event| event.prevent_default());
    let on_drop = window_event_listener(leptos::ev::drop, move |event| {
        event.prevent_default();
        planner.start_import(crate::storage::files_in(
            event.data_transfer().and_then(|d| d.files()),
        ));
    });
    on_cleanup(move || {
        on_hash.remove();
        on_drag.remove();
        on_drop.remove();
    });

    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            focus_main_heading();
        }>"Skip to content"</a>
        <AppHeader />
        <main id="main">
            <SaveNotice />
            {move || match planner.route.get() {
                Route::Home | Route::Template { .. } => view! { <WorkspaceHome /> }.fresh(),
                Route::Step { partnership, step } => {
                    view! { <PartnershipScreen id=partnership step=step /> }.fresh()
                }
            }}
        </main>
    }
}
