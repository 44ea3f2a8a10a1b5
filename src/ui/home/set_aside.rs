//! Saved work that could not be opened: kept exactly, listed at every start with why, to
//! download, until the person deletes it.

use super::super::shell;
use crate::storage::{download, forget_set_aside, set_aside_entries, SetAsideEntry};
use leptos::prelude::*;

#[component]
pub fn SetAsidePanel() -> impl IntoView {
    let entries = RwSignal::new(set_aside_entries());
    let message = RwSignal::new(None::<String>);
    // The section stays drawn while entries go, so focus and the list are not rebuilt.
    let any = Memo::new(move |_| !entries.with(Vec::is_empty));
    view! {
        <Show when=move || any.get()>
            <section class="notice notice-warning set-aside" aria-labelledby="set-aside-title">
                <h2 id="set-aside-title">"Saved work that could not be opened"</h2>
                <p>"Partnership Planner kept this exactly as it was and opened everything else. Download it to keep it safe or to send it to someone who can help. It is listed here each time you start until you delete it."</p>
                <ul class="set-aside-list">
                    <For each=move || entries.get() key=|e| e.key.clone() children=move |entry| {
                        view! { <SetAsideItem entry=entry entries=entries message=message /> }
                    } />
                </ul>
            </section>
        </Show>
        // Outside the section, so "Deleted" is still heard when the last one goes.
        <p class="live" role="status">{move || message.get()}</p>
    }
}

#[component]
fn SetAsideItem(
    entry: SetAsideEntry,
    entries: RwSignal<Vec<SetAsideEntry>>,
    message: RwSignal<Option<String>>,
) -> impl IntoView {
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
    view! {
        <li>
            <p><strong>{name.clone()}</strong></p>
            <p>{entry.with_value(|e| e.problem.clone())}</p>
            {move || if confirming.get() {
                view! {
                    <div class="confirm" role="group" aria-label="Confirm delete">
                        <p>{format!("Delete “{label}” from this browser for good? Download it first if it may still be needed.")}</p>
                        <div class="card-actions">
                            <button type="button" class="danger" on:click=delete>"Delete for good"</button>
                            <button type="button" on:click=move |_| confirming.set(false)>"Keep it"</button>
                        </div>
                    </div>
                }.into_any()
            } else {
                let name = label.clone();
                view! {
                    <div class="card-actions">
                        <button type="button" class="primary" on:click=save_copy aria-label=format!("Download {name}")>"Download"</button>
                        <button type="button" class="danger" on:click=move |_| confirming.set(true) aria-label=format!("Delete {name} from this browser")>"Delete"</button>
                    </div>
                }.into_any()
            }}
        </li>
    }
}
