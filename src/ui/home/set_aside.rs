//! Saved work kept aside: kept exactly, listed at every start with why, to
//! download, until the person deletes it.

use super::super::planner::use_planner;
use super::super::shell;
use crate::format::stored::repair;
use crate::model::Id;
use crate::storage::{
    download, forget_set_aside, is_set_aside_key, set_aside_entries, SetAsideEntry,
};
use crate::ui::widgets::IntoFresh;
use crate::ui::widgets::{keyed, Shown};
use leptos::prelude::*;

#[component]
pub fn SetAsidePanel() -> impl IntoView {
    let entries = RwSignal::new(set_aside_entries());
    let message = RwSignal::new(None::<String>);
    // Settling a clash between two tabs keeps the version given up aside: list it at once.
    let clash = use_planner().autosave.other_tab_changed;
    Effect::new(move |before: Option<bool>| {
        let open = clash.get();
        if before == Some(true) && !open {
            entries.set(set_aside_entries());
        }
        open
    });
    // And the other tab, whose version it may be, lists it too.
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref().is_some_and(is_set_aside_key) {
            entries.set(set_aside_entries());
        }
    });
    on_cleanup(move || listener.remove());
    // The section stays drawn while entries go, so focus and the list are not rebuilt.
    let any = Memo::new(move |_| !entries.with(Vec::is_empty));
    let keys = Memo::new(move |_| {
        entries.with(|list| {
            list.iter()
                .map(|e| Id::new(e.key.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Shown when=any>
            <section class="notice notice-warning set-aside" aria-labelledby="set-aside-title">
                <h2 id="set-aside-title">"Saved work kept aside"</h2>
                <p>"Partnership Planner kept each of these exactly as it was: saved work it could not open, or a version given up when two tabs saved different work. Download one to keep it safe, to import it, or to send it to someone who can help. Each is listed here every time you start until you delete it."</p>
                <ul class="set-aside-list">
                    {keyed(keys, move |key| {
                        entries
                            .with_untracked(|list| list.iter().find(|e| e.key == key.as_str()).cloned())
                            .map(|entry| view! { <SetAsideItem entry=entry entries=entries message=message /> })
                    })}
                </ul>
            </section>
        </Shown>
        // Outside the section, so "Deleted" is still heard when the last one goes.
        <p class="live" role="status">{message}</p>
    }
}

#[component]
fn SetAsideItem(
    entry: SetAsideEntry,
    entries: RwSignal<Vec<SetAsideEntry>>,
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let planner = use_planner();
    let confirming = RwSignal::new(false);
    let entry = StoredValue::new(entry);
    let name = entry.with_value(|e| e.name.clone());
    let save_copy = move |_| {
        let result = entry.with_value(|e| {
            let file = format!(
                "partnership-planner-set-aside-{}-{}.json",
                e.key.rsplit('.').next().unwrap_or("data"),
                shell::today()
            );
            download(&file, &e.text, "application/json")
        });
        message.set(Some(match result {
            Ok(()) => "The file is in your downloads.".to_string(),
            Err(problem) => problem,
        }));
    };
    let delete = move |_| {
        let key = entry.with_value(|e| e.key.clone());
        match forget_set_aside(&key) {
            Ok(()) => {
                entries.update(|list| list.retain(|e| e.key != key));
                message.set(Some("Deleted from this browser.".into()));
            }
            Err(problem) => message.set(Some(problem.to_string())),
        }
    };
    let label = name.clone();
    // What opening it without the unreadable values would change, when that is possible.
    // Offered only when it changes something: a text that opens as it is (a version kept
    // aside by a two-tab clash) is downloaded and imported, as its entry says.
    let repaired = StoredValue::new(
        entry.with_value(|e| repair(&e.text).filter(|(_, changes)| !changes.is_empty())),
    );
    let reopened = RwSignal::new(false);
    let reopen = move |_| {
        let Some((mut partnership, _)) = repaired.get_value() else {
            return;
        };
        if planner
            .workspace
            .with_untracked(|w| w.get(&partnership.id).is_some())
        {
            partnership.id = shell::new_id();
        }
        let name = partnership.name.clone();
        message.set(Some(match planner.add(partnership) {
            Ok(()) => {
                reopened.set(true);
                format!("“{name}” is in your list again. The copy set aside stays here until you delete it.")
            }
            Err(full) => full,
        }));
    };
    let changes = repaired.with_value(|r| {
        r.as_ref().map(|(_, changes)| {
            changes
                .iter()
                .map(|c| view! { <li>{c.clone()}</li> })
                .collect_view()
        })
    });
    let open_name = name.clone();
    view! {
        <li>
            <p><strong>{name.clone()}</strong></p>
            <p>{entry.with_value(|e| e.problem.clone())}</p>
            {changes.map(|changes| view! {
                <Shown when=move || !reopened.get()>
                    <p>"It can be opened without what cannot be read. Opening it changes this:"</p>
                    <ul class="repairs">{changes.clone()}</ul>
                    <button type="button" on:click=reopen aria-label=format!("Open it without these: {open_name}")>
                        "Open it without these"
                    </button>
                </Shown>
            })}
            {move || if confirming.get() {
                view! {
                    <div class="confirm" role="group" aria-label="Confirm delete">
                        <p>{format!("Delete “{label}” from this browser for good? Download it first if it may still be needed.")}</p>
                        <div class="card-actions">
                            <button type="button" class="danger" on:click=delete>"Delete for good"</button>
                            <button type="button" on:click=move |_| confirming.set(false)>"Keep it"</button>
                        </div>
                    </div>
                }.fresh()
            } else {
                let name = label.clone();
                view! {
                    <div class="card-actions">
                        <button type="button" class="primary" on:click=save_copy aria-label=format!("Download {name}")>"Download"</button>
                        <button type="button" class="danger" on:click=move |_| confirming.set(true) aria-label=format!("Delete {name} from this browser")>"Delete"</button>
                    </div>
                }.fresh()
            }}
        </li>
    }
}
