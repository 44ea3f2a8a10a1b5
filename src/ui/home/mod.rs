//! The workspace home: every partnership in this browser, and ways to start one.

mod anonymised_review;
mod backup_reminder;
mod card;
mod import;
mod new_partnership;
mod set_aside;

use super::planner::{use_planner, ImportStage};
use super::presenting::PresentKeyChoice;
use super::shell;
use super::startup::StartupNotice;
use crate::model::sample::sample_school;
use crate::model::{SchoolYear, Step};
use crate::route::Route;
use crate::ui::widgets::IntoFresh;
use crate::ui::widgets::{focus_main_heading, focus_when_drawn, keyed, Shown};
use backup_reminder::BackupReminder;
use card::PartnershipCard;
use import::{ImportButton, ImportPanel};
use leptos::prelude::*;
use new_partnership::NewPartnershipForm;
use set_aside::SetAsidePanel;

#[component]
pub fn WorkspaceHome() -> impl IntoView {
    let planner = use_planner();
    // A form left with words in it opens again as it was, unless a template's link is
    // opening its own.
    let creating = RwSignal::new(
        new_partnership::left_open()
            && !matches!(planner.route.get_untracked(), Route::Template { .. }),
    );
    let announcement = RwSignal::new(String::new());
    provide_context(Announcer(announcement));
    shell::set_title("Your partnerships · Partnership Planner");

    let startup = expect_context::<StartupNotice>();
    let export_failure = RwSignal::new(None::<String>);
    let export_all = move |_| export_failure.set(planner.export_workspace().err());
    let is_empty = move || planner.workspace.with(|w| w.partnerships.is_empty());
    // The sample already here is opened again rather than added twice.
    let open_sample = move |_| {
        let here = planner.workspace.with_untracked(|w| {
            w.partnerships
                .iter()
                .find(|p| p.sample)
                .map(|p| p.id.clone())
        });
        let opened = match here {
            Some(id) => Ok(id),
            None => {
                let id = shell::new_id();
                let year = SchoolYear::containing(shell::today());
                sample_school(id.clone(), year, shell::now())
                    .ok_or_else(|| {
                        "The sample school could not be made in this browser.".to_string()
                    })
                    .and_then(|sample| planner.add(sample))
                    .map(|()| id)
            }
        };
        match opened {
            Ok(partnership) => shell::go_to(
                &Route::Step {
                    partnership,
                    step: Step::Summary,
                }
                .href(),
            ),
            Err(problem) => announcement.set(problem),
        }
    };
    let cards = Memo::new(move |_| {
        planner.workspace.with(|w| {
            w.recent_first()
                .into_iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        })
    });

    view! {
        <section class="home" aria-labelledby="home-title">
            <h1 id="home-title" tabindex="-1">"Your partnerships"</h1>
            <p class="lead">
                "A principal and a coach agree how coaching time will lead to student gains, "
                "place every teacher on a continuum, and plan who supports whom, how and when."
            </p>
            <p class="live" role="status">{announcement}</p>
            <UndoDelete />
            <SetAsidePanel />
            <ImportPanel />
            <BackupReminder />
            <Shown when=creating>
                <NewPartnershipForm on_close=Callback::new(move |()| creating.set(false)) />
            </Shown>
            <Shown
                when=is_empty
                fallback=move || view! {
                    <div class="home-actions">
                        <button type="button" class="primary" id="start-partnership" on:click=move |_| creating.set(true)
                            disabled=creating>
                            "New partnership"
                        </button>
                        <button type="button" on:click=open_sample>"Open the sample school"</button>
                        <ImportButton />
                        <button type="button" on:click=export_all>"Export all partnerships"</button>
                    </div>
                    {move || export_failure.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> }.fresh())}
                    <ul class="partnership-list" aria-label="Partnerships in this browser">
                        {keyed(cards, |id| view! { <PartnershipCard id=id /> })}
                    </ul>
                }
            >
                <Shown when=move || !creating.get() && !planner.import.with(|i| matches!(i, ImportStage::Template { .. }))>
                    <div class="empty-state">
                        <h2>"Start your first partnership"</h2>
                        <p>{if !crate::storage::any_set_aside() {
                            "No partnership is open in this browser yet. Start one for your school, or open the sample school, a made-up school with a plan well under way, to see how it works."
                        } else {
                            "No partnership opens here yet: the saved work kept aside above can be downloaded, or opened again where it says so. You can also start a new partnership, or open the sample school to see how it works."
                        }}</p>
                        <div class="home-actions">
                            <button type="button" class="primary" id="start-partnership" on:click=move |_| creating.set(true)>
                                "Start a partnership"
                            </button>
                            <button type="button" on:click=open_sample>"Open the sample school"</button>
                            <ImportButton />
                        </div>
                    </div>
                </Shown>
            </Shown>
            <p class="storage-note">
                "Plans are kept in this browser only, on this device. Browsers can clear their storage, so keep an exported file as your backup. "
                {move || match startup.persisted.get() {
                    Some(true) => "This browser has agreed not to clear it to make space.",
                    Some(false) => "This browser may clear it when the device runs low on space.",
                    None => "",
                }}
            </p>
            <PresentKeyChoice />
        </section>
    }
}

/// Lets a card say what just happened, in the home screen's live region.
#[derive(Clone, Copy)]
pub struct Announcer(pub RwSignal<String>);

#[component]
fn UndoDelete() -> impl IntoView {
    let planner = use_planner();
    let name = move || {
        planner
            .recently_deleted
            .with(|r| r.as_ref().map(|r| r.partnership.name.clone()))
    };
    view! {
        {move || name().map(|name| view! {
            <div class="notice undo-bar" role="status">
                <p>"Deleted “" {name} "”."</p>
                <button type="button" class="primary" id="undo-delete" on:click=move |_| {
                    let back = planner.recently_deleted.with_untracked(|r| r.as_ref().map(|r| r.partnership.id.clone()));
                    planner.undo_delete();
                    // Back on the card that came back, not at the top of the page.
                    if let Some(id) = back {
                        focus_when_drawn(format!("card-link-{id}"));
                    }
                }>"Undo delete"</button>
                <button type="button" on:click=move |_| {
                    planner.recently_deleted.set(None);
                    focus_main_heading();
                }>"Dismiss"</button>
            </div>
        }.fresh())}
    }
}
