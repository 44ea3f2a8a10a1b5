//! Handing the plan on as a template: a file to download, or a link and its QR code for
//! a facilitator to put on the projector.

use super::super::planner::use_planner;
use super::super::widgets::{focus_when_drawn, left_typed, qr_code, typed_text, QrImage};
use crate::format::file_name::template_file_name;
use crate::format::link::{scan_payload, template_fragment, SCAN_PREFIX};
use crate::format::template::{offered_name, template_of, write_template};
use crate::model::template::Template;
use crate::model::Id;
use crate::storage::download;
use crate::ui::shell;
use crate::ui::widgets::IntoFresh;
use crate::ui::widgets::Shown;
use leptos::prelude::*;

#[component]
pub fn MakeTemplate(id: Id) -> impl IntoView {
    let planner = use_planner();
    // The name typed is kept over a reload, and the form with it.
    let name_key = format!("{id}.template-name");
    let open = RwSignal::new(left_typed(&name_key));
    let name = typed_text(name_key);
    let said = RwSignal::new(String::new());
    // The link to copy, and the same template's payload as the QR code carries it.
    let link = RwSignal::new(None::<String>);
    let scanned = RwSignal::new(None::<String>);
    let id = StoredValue::new(id);
    let start = move |_| {
        let suggested = planner.workspace.with_untracked(|w| {
            w.get(&id.get_value())
                .map(|p| match p.agreement.focus.goal.trim() {
                    // Not the school's name, which the template leaves behind.
                    "" => "Our partnership template".to_string(),
                    // Offered as the template will carry it, with no one's name in it.
                    goal => offered_name(p, goal),
                })
        });
        if name.with_untracked(|n| n.trim().is_empty()) {
            name.set(suggested.unwrap_or_default());
        }
        open.set(true);
        // The button goes as the form comes: the keyboard goes on from the name.
        focus_when_drawn("template-name".to_string());
    };
    // Closed, the form forgets its name, and the next opening suggests one afresh.
    let close = move |_| {
        name.set(String::new());
        link.set(None);
        said.set(String::new());
        open.set(false);
        focus_when_drawn("make-template".to_string());
    };
    // The template as the name now reads, or why there is none.
    let made = move || {
        let name = name.get_untracked();
        if name.trim().is_empty() {
            return Err("Give the template a name first.".to_string());
        }
        planner
            .workspace
            .with_untracked(|w| w.get(&id.get_value()).map(|p| template_of(p, &name)))
            .ok_or_else(|| "This partnership is no longer here.".to_string())
    };
    let save_file = move |_| {
        said.set(match made().and_then(|t| {
            download(&template_file_name(&t.name), &write_template(&t, shell::now()), "application/json")
        }) {
            Ok(()) => "The template file is in your downloads. Pairs start from it with “Import a file” on their home screen.".to_string(),
            Err(problem) => problem,
        });
    };
    let make_link = move |_| match made() {
        Ok(t) => {
            said.set(String::new());
            let now = shell::now();
            scanned.set(Some(scan_payload(&t, now)));
            link.set(Some(format!(
                "{}{}",
                app_address(),
                template_fragment(&t, now)
            )));
        }
        Err(problem) => said.set(problem),
    };
    // What the pairs will find in it, drawn anew only when that sentence changes.
    let contents = Memo::new(move |_| {
        if !open.get() {
            return None;
        }
        planner.workspace.with(|w| {
            let t = Template::from_partnership(w.get(&id.get_value())?, "", str::to_string);
            Some((t.contents(), t.is_blank()))
        })
    });
    let copy = move |_| {
        if let (Some(text), Some(window)) = (link.get_untracked(), web_sys::window()) {
            // The promise settles later; the field stays there to copy by hand if it fails.
            let _ = window.navigator().clipboard().write_text(&text);
            said.set("The link is copied.".to_string());
        }
    };
    view! {
        <section class="make-template" aria-labelledby="template-title">
            <h2 id="template-title">"Share as a template"</h2>
            <p>"For a workshop: hand this plan's focus, agreement wording, coach time shares, continuum descriptions and playbook to other pairs. No teachers, names or dates go with it; the names of this plan's people in its wording become “the principal”, “the coach” or “a teacher”, and the school’s name “our school”."</p>
            <Shown when=open fallback=move || view! {
                <button type="button" id="make-template" on:click=start>"Make a template"</button>
            }>
                <div class="field">
                    <label for="template-name">"Template name"</label>
                    <input id="template-name" type="text" maxlength=200 prop:value=move || name.get()
                        on:input=move |ev| {
                            name.set(event_target_value(&ev));
                            // The link shown and copied carried the name before.
                            link.set(None);
                            said.set(String::new());
                        } />
                </div>
                // As the pairs will read it; a plan not yet written in would hand over
                // next to nothing.
                {move || contents.get().map(|(said, blank)| view! {
                    <p class=if blank { "notice" } else { "hint" }>{said}
                        {blank.then_some(" Fill in the agreement's focus and shares of time, and the continuum's descriptions, before sharing it.")}</p>
                }.fresh())}
                <div class="form-actions">
                    <button type="button" class="primary" on:click=save_file>"Download the template file"</button>
                    <button type="button" on:click=make_link>"Show a link and QR code"</button>
                    <button type="button" class="quiet" on:click=close>"Close"</button>
                </div>
            </Shown>
            <p class="live" role="status">{said}</p>
            {move || link.get().map(|address| {
                let start = format!("{}{SCAN_PREFIX}", app_address());
                let code = qr_code(&start, &scanned.get_untracked().unwrap_or_default());
                let fits = code.is_some();
                view! {
                    <div class="template-link">
                        <div class="field">
                            <label for="template-link">"Link to the template"</label>
                            <input id="template-link" type="text" readonly prop:value=address.clone()
                                on:focus=select_all />
                        </div>
                        <button type="button" on:click=copy>"Copy the link"</button>
                        {match code {
                            Some(code) => view! {
                                <QrImage code=code label="QR code of the template link: point a phone or tablet camera at it to open the template" />
                            }.fresh(),
                            None => view! {
                                <p class="notice notice-warning">"This template is too large for a QR code a phone can read from across a room. Share the link itself (by email or chat), or the template file."</p>
                            }.fresh(),
                        }}
                        {fits.then(|| view! {
                            <p class="hint">"Put this on the projector (“Present” makes it larger). Pairs scan it with a phone or tablet, or open the link you send them; it opens offline once they have used the app. The template travels inside the link: no server ever sees it."</p>
                        })}
                    </div>
                }
            })}
        </section>
    }
}

/// This page's address without its `#` part: where the app is served, sub-folder and all.
fn app_address() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Selects the whole link when the field is reached, ready to copy.
fn select_all(ev: leptos::ev::FocusEvent) {
    event_target::<web_sys::HtmlInputElement>(&ev).select();
}
