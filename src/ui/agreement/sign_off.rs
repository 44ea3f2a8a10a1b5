//! Signing the agreement: what is still missing, both names and the date.

use super::super::planner::use_planner;
use super::super::shell;
use super::{AgreementPart, Editing, SectionLink};
use crate::model::day;
use crate::model::limits::{date_bounds, read_date_entry, DateEntry, MAX_TEXT_CHARS};
use crate::model::sign_off::{AgreementSection, SignProblem, Signing};
use crate::ui::planner::Part;
use crate::ui::widgets::{focus_when_drawn, IntoFresh};
use leptos::prelude::*;

#[component]
pub fn SignOffSection() -> impl IntoView {
    let planner = use_planner();
    let Editing(id) = expect_context::<Editing>();
    let section = AgreementSection::SignOff;
    let missing = {
        let id = id.clone();
        Memo::new(move |_| {
            planner.read(Part::Agreement, &id, |p| {
                p.missing_essentials()
                    .into_iter()
                    .map(|s| (s, p.missing_in(s)))
                    .collect::<Vec<_>>()
            })
        })
    };
    let signing = {
        let id = id.clone();
        Memo::new(move |_| planner.read(Part::Agreement, &id, |p| Some(p.signing())))
    };
    let basics_principal = {
        let id = id.clone();
        Memo::new(move |_| planner.read(Part::Agreement, &id, |p| p.principal.clone()))
    };
    let basics_coach = {
        let id = id.clone();
        Memo::new(move |_| planner.read(Part::Agreement, &id, |p| p.coach_names()))
    };
    // Until the signers type here, the names follow the basics above.
    let principal_typed = RwSignal::new(None::<String>);
    let coach_typed = RwSignal::new(None::<String>);
    let principal = move || {
        principal_typed
            .get()
            .unwrap_or_else(|| basics_principal.get())
    };
    let coach = move || coach_typed.get().unwrap_or_else(|| basics_coach.get());
    // Written to the box only at first and when a date is corrected: a box bound to each
    // keystroke is emptied again while a date is half typed ("02/29/0002" is no day).
    let date = RwSignal::new(shell::today().to_string());
    let date_box = NodeRef::<leptos::html::Input>::new();
    let min = date_bounds().0;
    // The picker offers no day after today, as signing refuses one.
    let max = shell::today().to_string();
    let problem = RwSignal::new(None::<String>);
    let sign = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let typed = date_box
                .get_untracked()
                .map(|b| b.value())
                .unwrap_or_default();
            let on = match read_date_entry(&typed) {
                DateEntry::Accepted(on) => on,
                DateEntry::Corrected(on) => {
                    date.set(on.to_string());
                    on
                }
                DateEntry::Refused(why) => {
                    focus_when_drawn("sign-date".to_string());
                    return problem.set(Some(why));
                }
                DateEntry::Cleared => {
                    focus_when_drawn("sign-date".to_string());
                    return problem.set(Some("Choose the date you agreed.".into()));
                }
            };
            let principal = principal_typed
                .get_untracked()
                .unwrap_or_else(|| basics_principal.get_untracked());
            let coach = coach_typed
                .get_untracked()
                .unwrap_or_else(|| basics_coach.get_untracked());
            let mut result = Ok(());
            planner.edit(Part::Agreement, &id, |p| {
                result = p.sign_agreement(&principal, &coach, on, shell::today())
            });
            // The form hides once signed: the keyboard goes on from the confirmation,
            // not from the top of the page.
            match &result {
                Ok(()) => focus_when_drawn("signed-note".to_string()),
                // On the name still to write, so the keyboard need not look for it.
                Err(SignProblem::NoNames) => focus_when_drawn(
                    if principal.trim().is_empty() {
                        "sign-principal"
                    } else {
                        "sign-coach"
                    }
                    .to_string(),
                ),
                Err(SignProblem::DateAhead(_)) => focus_when_drawn("sign-date".to_string()),
                Err(_) => {}
            }
            problem.set(result.err().map(|e| e.to_string()));
        }
    };
    let button_text = move || match signing.get() {
        Some(Signing::AmendedSince(_)) => "Sign again",
        _ => "Sign the agreement",
    };
    view! {
        <AgreementPart section=section
            prompt="When you both agree, write your names and the date. If you change the agreement later, it shows as amended until you sign again.">
            {move || match signing.get() {
                Some(Signing::Signed(s)) => view! {
                    <p class="ready" id="signed-note" tabindex="-1">{format!("✓ Signed by {} on {}.", s.signers(), day::long(s.date))}</p>
                }.fresh(),
                Some(Signing::AmendedSince(s)) => view! {
                    <p class="missing">{format!("The agreement has changed since {} signed it on {}. Sign again once you agree to the changes.", s.signers(), day::long(s.date))}</p>
                }.fresh(),
                _ => ().fresh(),
            }}
            {move || {
                let missing = missing.get();
                if matches!(signing.get(), Some(Signing::Signed(_))) {
                    ().fresh()
                } else if missing.is_empty() {
                    view! { <p class="ready">"✓ Everything needed to sign is filled in."</p> }.fresh()
                } else {
                    view! {
                        <div class="missing">
                            <p><strong>"Still needed before you can sign:"</strong></p>
                            <ul>
                                {missing.into_iter().map(|(s, fields)| view! {
                                    <li><SectionLink section=s>{s.title()}</SectionLink>": "{fields.join("; ")}</li>
                                }).collect_view()}
                            </ul>
                        </div>
                    }.fresh()
                }
            }}
            <form class="sign-form" novalidate on:submit=sign hidden=move || matches!(signing.get(), Some(Signing::Signed(_)))>
                <div class="pair">
                    <div class="field">
                        <label for="sign-principal">"Principal's name"</label>
                        <input id="sign-principal" type="text" autocomplete="name" maxlength=MAX_TEXT_CHARS prop:value=principal
                            on:input=move |ev| principal_typed.set(Some(event_target_value(&ev))) />
                    </div>
                    <div class="field">
                        <label for="sign-coach">"Coach's name"</label>
                        <input id="sign-coach" type="text" autocomplete="name" maxlength=MAX_TEXT_CHARS prop:value=coach
                            on:input=move |ev| coach_typed.set(Some(event_target_value(&ev))) />
                    </div>
                </div>
                <div class="field field-date">
                    <label for="sign-date">"Date agreed"</label>
                    <input id="sign-date" type="date" min=min max=max prop:value=date node_ref=date_box />
                </div>
                {move || problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> }.fresh())}
                <button type="submit" class="primary">{button_text}</button>
            </form>
        </AgreementPart>
    }
}
