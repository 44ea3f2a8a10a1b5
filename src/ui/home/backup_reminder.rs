//! A gentle reminder when changes have waited days for an export.

use super::super::planner::use_planner;
use super::super::shell;
use crate::model::when::ago;
use crate::model::Id;
use crate::ui::widgets::IntoFresh;
use leptos::prelude::*;

#[component]
pub fn BackupReminder() -> impl IntoView {
    let planner = use_planner();
    let waiting = Memo::new(move |_| {
        let now = shell::now();
        planner.workspace.with(|w| {
            w.partnerships
                .iter()
                .filter(|p| p.needs_backup(now))
                .map(|p| {
                    (
                        p.id.clone(),
                        p.name.clone(),
                        p.unexported_since.map(|t| ago(t, now)).unwrap_or_default(),
                    )
                })
                .collect::<Vec<(Id, String, String)>>()
        })
    });
    let failure = RwSignal::new(None::<String>);
    move || {
        let waiting = waiting.get();
        (!waiting.is_empty()).then(|| view! {
            <aside class="notice reminder" aria-labelledby="reminder-title">
                <h2 id="reminder-title">"Time for a backup"</h2>
                <p>{if waiting.len() == 1 {
                    "This partnership has changes that are only in this browser. An exported file keeps them safe if the browser's storage is cleared."
                } else {
                    "These partnerships have changes that are only in this browser. An exported file keeps them safe if the browser's storage is cleared."
                }}</p>
                <ul>
                    {waiting.into_iter().map(|(id, name, since)| {
                        let label = format!("Export {name}");
                        view! {
                            <li>
                                <span>{format!("“{name}”: changes from {since} are not in a file yet")}</span>
                                <button type="button" aria-label=label on:click=move |_| {
                                    failure.set(planner.export_partnership(&id, false).err());
                                }>"Export"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {move || failure.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> }.fresh())}
            </aside>
        }.fresh())
    }
}
