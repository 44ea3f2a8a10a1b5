//! Importing a file: choosing it, seeing what it holds, choosing how it joins this
//! workspace, and undoing it.

use super::super::planner::{use_planner, ImportStage};
use super::super::shell;
use super::new_partnership::NewPartnershipForm;
use crate::format::import::{ImportMode, ImportPreview};
use crate::model::text::count;
use crate::model::when::ago;
use crate::route::Route;
use crate::ui::widgets::{focus_when_drawn, IntoFresh};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The "Import a file" control: a real file input, labelled and styled as a button.
#[component]
pub fn ImportButton() -> impl IntoView {
    let planner = use_planner();
    let on_change = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            planner.start_import(crate::storage::files_in(input.files()));
            // Choosing the same file again must start a fresh import.
            input.set_value("");
        }
    };
    view! {
        <span class="file-picker">
            <input id="import-file" type="file" accept=".json,application/json" multiple on:change=on_change />
            <label for="import-file">"Import a file"</label>
        </span>
    }
}

/// Ends the import, or the look at it, with focus back on "Import a file" rather than lost
/// with the panel that goes.
fn close(planner: super::super::planner::Planner) {
    planner.import.set(ImportStage::Idle);
    focus_when_drawn("import-file".to_string());
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let planner = use_planner();
    move || {
        match planner.import.get() {
        ImportStage::Idle => ().fresh(),
        ImportStage::Reading => view! { <p class="notice" role="status">"Reading the file…"</p> }.fresh(),
        ImportStage::Refused { files, message, mendable } => view! {
            <div class="notice notice-warning" role="alert" id="import-done" tabindex="-1">
                <p><strong>{match files.as_slice() {
                    [one] => format!("“{one}” was not imported. "),
                    many => format!("The {} files were not imported. ", many.len()),
                }}</strong>{message}</p>
                <p>"Nothing in this browser has changed."</p>
                {(!mendable.is_empty()).then(|| {
                    let changes: Vec<String> = mendable.iter().flat_map(|c| c.mended.iter().cloned()).collect();
                    view! {
                        <p>{if files.len() > 1 { "They" } else { "It" }}" can be imported without what cannot be read. Importing changes this:"</p>
                        {changes_list(&changes)}
                    }
                })}
                <div class="form-actions">
                    {(!mendable.is_empty()).then(|| view! {
                        <button type="button" class="primary" on:click=move |_| planner.preview(files.clone(), mendable.clone())>
                            "Import without these"
                        </button>
                    })}
                    <button type="button" on:click=move |_| close(planner)>"Close"</button>
                </div>
            </div>
        }.fresh(),
        ImportStage::Previewing { files, preview } => view! {
            <Preview files=files preview=preview />
        }.fresh(),
        ImportStage::Imported { undo } => view! { <UndoImport imported=undo.count() /> }.fresh(),
        ImportStage::Template { source, template } => view! {
            <div class="notice template-notice" role="status">
                <p><strong>{format!("{source} holds the template “{}”.", template.name.trim_end_matches('.'))}</strong></p>
                <p>{format!("{} Write your school and names below; your teachers, dates and plan are yours to add.", template.contents())}</p>
            </div>
            <NewPartnershipForm template=*template
                on_close=Callback::new(move |()| {
                    planner.import.set(ImportStage::Idle);
                    if matches!(planner.route.get_untracked(), Route::Template { .. }) {
                        shell::go_to(&Route::Home.href());
                    }
                }) />
        }.fresh(),
    }
    }
}

/// Undo for the last import; when what it brought in was edited since, it asks first.
#[component]
fn UndoImport(imported: usize) -> impl IntoView {
    let planner = use_planner();
    let edited = RwSignal::new(Vec::<String>::new());
    let undo = move |_| {
        let since = match planner.import.get_untracked() {
            ImportStage::Imported { undo } => {
                planner.workspace.with_untracked(|w| undo.edited_since(w))
            }
            _ => Vec::new(),
        };
        if since.is_empty() {
            planner.undo_import();
            focus_when_drawn("import-file".to_string());
        } else {
            edited.set(since);
        }
    };
    view! {
        <div class="notice undo-bar" role="status" id="import-done" tabindex="-1">
            <p>{format!("Imported {}.", count(imported, "partnership"))}</p>
            {move || {
                let names = edited.get();
                if names.is_empty() {
                    view! {
                        <button type="button" class="primary" on:click=undo>"Undo import"</button>
                        <button type="button" on:click=move |_| close(planner)>"Dismiss"</button>
                    }.fresh()
                } else {
                    view! {
                        <p>{format!("“{}” {} changed after the import. Undoing the import also undoes those changes.", names.join("”, “"), if names.len() == 1 { "was" } else { "were" })}</p>
                        <button type="button" class="danger" on:click=move |_| { planner.undo_import(); focus_when_drawn("import-file".to_string()); }>"Undo anyway"</button>
                        <button type="button" on:click=move |_| close(planner)>"Keep everything"</button>
                    }.fresh()
                }
            }}
        </div>
    }
}

#[component]
fn Preview(files: Vec<String>, preview: ImportPreview) -> impl IntoView {
    let planner = use_planner();
    // An anonymised copy over the plan it came from would swap names for codes and lose the
    // notes: for one, keeping both is offered first.
    let anonymised = preview.anonymised();
    let several = files.len() > 1;
    // Nor is replacing offered first when it would take back edits made here since.
    let changed_here = preview.changed_here_any();
    let mode = RwSignal::new(if anonymised || changed_here {
        ImportMode::AddAsNew
    } else {
        ImportMode::ReplaceMatching
    });
    // Keyboard and screen-reader users land on the question the preview asks.
    request_animation_frame(|| super::super::widgets::focus_section("import"));
    let matches = preview.matches_any();
    let now = super::super::shell::now();
    let summary = match preview.documents.as_slice() {
        [one] => format!(
            "It holds {} saved {}.",
            count(preview.incoming.len(), "partnership"),
            ago(one.saved_at, now)
        ),
        _ => format!(
            "They hold {}, brought in together.",
            count(preview.incoming.len(), "partnership")
        ),
    };
    let title = match files.as_slice() {
        [one] => format!("Import “{one}”?"),
        many => format!("Import these {} files?", many.len()),
    };
    let rows = preview
        .incoming
        .iter()
        .map(|incoming| {
            let teachers = count(incoming.teachers, "teacher");
            let actions = count(incoming.support_actions, "support action");
            let changed = incoming.changed_here;
            let replaces = incoming.replaces.clone().map(|name| view! {
                <p class="match">{if changed {
                    format!("Already in this browser as “{name}”, and changed here since this file was saved.")
                } else {
                    format!("Already in this browser as “{name}”.")
                }}</p>
            });
            view! {
                <li>
                    <p><strong>{incoming.name.clone()}</strong>{(several && incoming.anonymised).then_some(" (anonymised)")}</p>
                    // A part with nothing in it (no principal or coach yet) leaves no "· ·".
                    <p>{[format!("{}, {}", incoming.school, incoming.school_year), incoming.people.clone(), teachers, actions, format!("last edited {}", ago(incoming.updated, now))]
                        .into_iter().filter(|part| !part.trim().is_empty()).collect::<Vec<_>>().join(" · ")}</p>
                    {replaces}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="panel import-preview" aria-labelledby="import-title">
            <h2 id="import-title" tabindex="-1">{title}</h2>
            <p>{summary}</p>
            {anonymised.then(|| view! {
                <p class="hint">{if several {
                    "Those marked anonymised show teachers as codes (T01, T02…), and personal notes are not in them."
                } else {
                    "This file is anonymised: teachers appear as codes (T01, T02…) and personal notes are not in it."
                }}</p>
            })}
            <ul class="import-list">{rows}</ul>
            {left_out(&preview.left_out, several)}
            {(!preview.mended.is_empty()).then(|| view! {
                <div class="notice notice-warning">
                    <p>"Coming in without what could not be read:"</p>
                    {changes_list(&preview.mended)}
                </div>
            })}
            {matches.then(|| view! {
                <fieldset class="field">
                    <legend>"Some of these are already in this browser. What should happen to them?"</legend>
                    <label class="choice">
                        <input type="radio" name="import-mode" prop:checked=move || mode.get() == ImportMode::ReplaceMatching
                            on:change=move |_| mode.set(ImportMode::ReplaceMatching) />
                        "Replace them with the file's version (you can undo this)"
                    </label>
                    {anonymised.then(|| view! {
                        <p class="hint">"Replacing a plan with this anonymised copy would put codes in place of its teachers' names and leave out its notes."</p>
                    })}
                    {changed_here.then(|| view! {
                        <p class="hint">"Replacing would take back the changes made in this browser since the file was saved."</p>
                    })}
                    <label class="choice">
                        <input type="radio" name="import-mode" prop:checked=move || mode.get() == ImportMode::AddAsNew
                            on:change=move |_| mode.set(ImportMode::AddAsNew) />
                        {if anonymised {
                            "Keep them, and add the file's version as new partnerships, named “… (anonymised)”"
                        } else {
                            "Keep them, and add the file's version as new partnerships, named “… (from the file)”"
                        }}
                    </label>
                </fieldset>
            })}
            <div class="form-actions">
                <button type="button" class="primary" on:click=move |_| {
                    planner.finish_import(mode.get_untracked());
                    // On what the import did: the undo, or why nothing was imported.
                    focus_when_drawn("import-done".to_string());
                }>"Import"</button>
                <button type="button" on:click=move |_| close(planner)>"Cancel"</button>
            </div>
        </section>
    }
}

/// What the file holds that this version does not know: said before the import, so
/// whoever added it by hand knows it will not come in.
fn left_out(places: &[String], several: bool) -> Option<impl IntoView> {
    const NAMED: usize = 5;
    let (first, rest) = places.split_at(places.len().min(NAMED));
    let more = match rest.len() {
        0 => String::new(),
        n => format!(" and {} more", count(n, "place")),
    };
    (!places.is_empty()).then(|| view! {
        <p class="notice">{format!(
            "{} things Partnership Planner does not keep, which will be left out: {}{more}. Everything else comes in.",
            if several { "These files hold" } else { "This file holds" },
            first.join("; ")
        )}</p>
    })
}

/// Each change that makes a refused file readable; a long list is cut short, since it
/// is read out as part of an alert.
fn changes_list(changes: &[String]) -> impl IntoView {
    const SHOWN: usize = 8;
    let (first, rest) = changes.split_at(changes.len().min(SHOWN));
    view! {
        <ul class="repairs">
            {first.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}
            {(!rest.is_empty()).then(|| view! { <li>{format!("And {}.", count(rest.len(), "other change"))}</li> })}
        </ul>
    }
}
