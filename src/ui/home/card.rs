//! One partnership in the home list, with rename, copy and delete.

use super::super::planner::use_planner;
use super::super::shell;
use super::anonymised_review::AnonymisedReview;
use super::Announcer;
use crate::model::limits::MAX_TEXT_CHARS;
use crate::model::when::ago;
use crate::model::{Id, Step};
use crate::route::Route;
use crate::ui::widgets::{focus_when_drawn, focus_within, IntoFresh};
use leptos::html;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Showing,
    Renaming,
    Exporting,
    ReviewingAnonymised,
    ConfirmingDelete,
}

#[component]
pub fn PartnershipCard(id: Id) -> impl IntoView {
    let planner = use_planner();
    let Announcer(announce) = expect_context::<Announcer>();
    let mode = RwSignal::new(Mode::Showing);
    let partnership = {
        let id = id.clone();
        Memo::new(move |_| planner.workspace.with(|w| w.get(&id).cloned()))
    };
    let field = move |read: fn(&crate::model::Partnership) -> String| {
        move || partnership.with(|p| p.as_ref().map(read).unwrap_or_default())
    };
    let name = field(|p| p.name.clone());
    let open_href = Route::Step {
        partnership: id.clone(),
        step: Step::Agreement,
    }
    .href();

    let stored_id = StoredValue::new(id.clone());
    // A full file counts as a backup; an anonymised one is checked first, then shared.
    let export = move |anonymised: bool| match stored_id
        .with_value(|id| planner.export_partnership(id, anonymised))
    {
        Ok(()) => {
            mode.set(Mode::Showing);
            announce.set(if anonymised {
                "The anonymised file is in your downloads.".to_string()
            } else {
                "The file is in your downloads. Keep it somewhere safe.".to_string()
            });
        }
        Err(message) => announce.set(message),
    };

    let rename_input = NodeRef::<html::Input>::new();
    let draft = RwSignal::new(String::new());
    let rename_error = RwSignal::new(false);
    let start_rename = move |_| {
        draft.set(name());
        rename_error.set(false);
        mode.set(Mode::Renaming);
    };
    Effect::new(move |_| {
        if let Some(input) = rename_input.get() {
            let _ = input.focus();
            input.select();
        }
    });
    let save_rename = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if planner.rename(&id, &draft.get_untracked()) {
                mode.set(Mode::Showing);
                let name = draft.get_untracked();
                let taken = planner
                    .workspace
                    .with_untracked(|w| w.name_taken(&id, &name));
                announce.set(format!(
                    "Renamed to “{}”.{}",
                    name.trim(),
                    if taken { " Another partnership here has this name too: a different name tells them apart." } else { "" }
                ));
            } else {
                rename_error.set(true);
            }
        }
    };
    let duplicate = {
        let id = id.clone();
        move |_| {
            if let Some(copy) = planner.duplicate(&id) {
                let copy_name = planner
                    .workspace
                    .with_untracked(|w| w.get(&copy).map(|p| p.name.clone()))
                    .unwrap_or_default();
                announce.set(format!("Copied for next year as “{copy_name}”: every date is a year on, its support actions are planned again, the two questions are ready to ask again, and it is not signed yet."));
            } else if let Some(full) = planner.workspace.with_untracked(|w| w.full()) {
                announce.set(full);
            }
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            planner.delete(&id);
            announce.set(String::new());
            focus_when_drawn("undo-delete".to_string());
        }
    };
    // A change of mode redraws the card's actions. The keyboard goes to the first of the
    // new ones, and back to the button that opened them when they close, rather than to
    // the top of the page. Renaming focuses its own box.
    let actions_id = format!("card-actions-{id}");
    Effect::new({
        let actions_id = actions_id.clone();
        move |before: Option<Mode>| {
            let now = mode.get();
            if let Some(before) = before.filter(|b| *b != now && now != Mode::Renaming) {
                let opener = match (now, before) {
                    (Mode::Showing, Mode::Renaming) => Some(1),
                    (Mode::Showing, Mode::Exporting | Mode::ReviewingAnonymised) => Some(3),
                    (Mode::Showing, Mode::ConfirmingDelete) => Some(4),
                    _ => None,
                };
                focus_within(actions_id.clone(), opener);
            }
            now
        }
    });
    let heading_id = format!("card-{id}");
    let labelled_by = heading_id.clone();
    let rename_id = format!("rename-{id}");
    let rename_error_id = format!("rename-error-{id}");
    // Where the summary's "Export on this plan's card" lands.
    let export_id = format!("card-export-{id}");

    view! {
        <li class="card" aria-labelledby=labelled_by>
            <h2 id=heading_id><a href=open_href id=format!("card-link-{id}")>{name}</a></h2>
            {move || partnership.with(|p| p.as_ref().is_some_and(|p| p.sample)).then(|| view! {
                <p class="sample-badge">"Sample school: made up, for practice"</p>
            }.fresh())}
            <dl class="facts">
                <div><dt>"School"</dt><dd>{field(|p| p.school.clone())}</dd></div>
                <div><dt>"School year"</dt><dd>{field(|p| p.school_year.to_string())}</dd></div>
                <div><dt>"Principal"</dt><dd>{field(|p| p.principal.clone())}</dd></div>
                <div>
                    <dt>{move || partnership.with(|p| if p.as_ref().is_some_and(|p| p.coaches.len() > 1) { "Coaches" } else { "Coach" })}</dt>
                    <dd>{field(|p| p.coach_names())}</dd>
                </div>
                <div><dt>"Last edited"</dt><dd>{field(|p| ago(p.updated, shell::now()))}</dd></div>
                <div><dt>"Last exported"</dt><dd>{field(|p| p.last_exported.map_or("never".to_string(), |at| ago(at, shell::now())))}</dd></div>
            </dl>
            // Escape backs out of whichever question is open, as Cancel does.
            <div id=actions_id on:keydown=move |ev| {
                if ev.key() == "Escape" && mode.get_untracked() != Mode::Showing {
                    // Handled here: presenting stays on.
                    ev.prevent_default();
                    mode.set(Mode::Showing);
                }
            }>
            {move || match mode.get() {
                Mode::Showing => view! {
                    <div class="card-actions">
                        <button type="button" on:click=start_rename aria-label=move || format!("Rename {}", name())>"Rename"</button>
                        <button type="button" on:click=duplicate.clone() aria-label=move || format!("Copy for next year: {}", name())>"Copy for next year"</button>
                        <button type="button" id=export_id.clone() on:click=move |_| mode.set(Mode::Exporting) aria-label=move || format!("Export {}", name())>"Export"</button>
                        <button type="button" class="danger" on:click=move |_| mode.set(Mode::ConfirmingDelete) aria-label=move || format!("Delete {}", name())>"Delete"</button>
                    </div>
                }.fresh(),
                Mode::Renaming => {
                    let rename_id = rename_id.clone();
                    let error_id = rename_error_id.clone();
                    let error_ref = rename_error_id.clone();
                    view! {
                    <form class="inline-form" on:submit=save_rename.clone()>
                        <label for=rename_id.clone()>"New name"</label>
                        <input id=rename_id type="text" maxlength=MAX_TEXT_CHARS node_ref=rename_input
                            prop:value=move || draft.get()
                            on:input=move |ev| draft.set(event_target_value(&ev))
                            on:keydown=move |ev| if ev.key() == "Escape" { mode.set(Mode::Showing) }
                            aria-invalid=move || rename_error.get().then_some("true")
                            aria-describedby=move || rename_error.get().then(|| error_ref.clone()) />
                        {move || rename_error.get().then(|| view! {
                            <p class="field-error" id=error_id.clone()>"Write a name so the partnership can be found."</p>
                        }.fresh())}
                        <div class="card-actions">
                            <button type="submit" class="primary">"Save name"</button>
                            <button type="button" on:click=move |_| mode.set(Mode::Showing)>"Cancel"</button>
                        </div>
                    </form>
                }.fresh()
                }
                Mode::Exporting => {
                    view! {
                        <div class="confirm export-choice" role="group" aria-label="Export">
                            <p>"Download a file of “" {name} "” to keep as a backup or to open in another browser."</p>
                            <p class="hint">"The anonymised file replaces teachers' names with codes (T01, T02…) and leaves out personal notes, for sharing with a district or a facilitator."</p>
                            <div class="card-actions">
                                <button type="button" class="primary" on:click=move |_| export(false)>"Download file"</button>
                                <button type="button" on:click=move |_| mode.set(Mode::ReviewingAnonymised)>"Anonymised file for sharing"</button>
                                <button type="button" on:click=move |_| mode.set(Mode::Showing)>"Cancel"</button>
                            </div>
                        </div>
                    }.fresh()
                }
                Mode::ReviewingAnonymised => view! {
                    <AnonymisedReview id=stored_id.get_value() on_download=Callback::new(move |()| export(true))
                        on_cancel=Callback::new(move |()| mode.set(Mode::Showing)) />
                }.fresh(),
                Mode::ConfirmingDelete => view! {
                    <div class="confirm" role="group" aria-label="Confirm delete">
                        <p>"Delete “" {name} "”? Its agreement, continuum map and support plan go with it. You can undo this straight after."</p>
                        <div class="card-actions">
                            <button type="button" class="danger" on:click=delete.clone()>"Delete partnership"</button>
                            <button type="button" on:click=move |_| mode.set(Mode::Showing)>"Keep it"</button>
                        </div>
                    </div>
                }.fresh(),
            }}
            </div>
        </li>
    }
}
