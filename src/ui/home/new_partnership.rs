//! The form that starts a partnership: school, school year, principal and coaches.

use super::super::planner::use_planner;
use super::super::shell;
use super::super::widgets::{focus_when_drawn, left_typed, typed_text, CheckedField, IntoFresh};
use crate::model::limits::MAX_TEXT_CHARS;
use crate::model::partnership::DetailsProblem;
use crate::model::template::Template;
use crate::model::{Partnership, PartnershipDetails, SchoolYear, Step};
use crate::route::Route;
use leptos::html;
use leptos::prelude::*;

const SCHOOL: &str = "new-partnership.school";
const PRINCIPAL: &str = "new-partnership.principal";

/// Whether the form was left with a school or a principal typed in it, to open it again
/// as it was after a reload.
pub fn left_open() -> bool {
    left_typed(SCHOOL) || left_typed(PRINCIPAL)
}

/// Starts a partnership from scratch, or from `template` when one was opened.
#[component]
pub fn NewPartnershipForm(
    on_close: Callback<()>,
    #[prop(optional)] template: Option<Template>,
) -> impl IntoView {
    let planner = use_planner();
    let from_template = template.is_some();
    // Opened again as it was left, not by a press: the cursor stays where the screen puts it.
    let reopened = !from_template && left_open();
    let template = StoredValue::new(template);
    // Kept over a reload, as every box typed in is, until the partnership starts.
    let school = typed_text(SCHOOL.into());
    let year = RwSignal::new(SchoolYear::containing(shell::today()).to_string());
    let principal = typed_text(PRINCIPAL.into());
    let close = move || {
        school.set(String::new());
        principal.set(String::new());
        on_close.run(());
    };
    let coaches = RwSignal::new(vec![String::new()]);
    let school_error = RwSignal::new(None::<String>);
    let year_error = RwSignal::new(None::<String>);
    let school_input = NodeRef::<html::Input>::new();
    let year_input = NodeRef::<html::Input>::new();

    Effect::new(move |_| {
        if let Some(input) = school_input.get().filter(|_| !reopened) {
            let _ = input.focus();
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let parsed_year = year.get_untracked().parse::<SchoolYear>();
        year_error.set(parsed_year.as_ref().err().map(|e| {
            if year.with_untracked(|y| y.trim().is_empty()) {
                DetailsProblem::NoSchoolYear.to_string()
            } else {
                format!("{e}.")
            }
        }));
        let details = PartnershipDetails {
            school: school.get_untracked(),
            school_year: parsed_year.ok(),
            principal: principal.get_untracked(),
            coaches: coaches.get_untracked(),
        };
        school_error.set(
            details
                .school
                .trim()
                .is_empty()
                .then(|| DetailsProblem::NoSchool.to_string()),
        );
        let started = template.with_value(|t| match t {
            Some(t) => t.start(shell::new_id(), details, shell::now()),
            None => Partnership::start(shell::new_id(), details, shell::now()),
        });
        match started {
            Ok(mut partnership) => {
                // The same school and year started twice would make two cards of one name.
                partnership.name = planner
                    .workspace
                    .with_untracked(|w| w.free_name(&partnership.name));
                let href = Route::Step {
                    partnership: partnership.id.clone(),
                    step: Step::Agreement,
                }
                .href();
                match planner.add(partnership) {
                    Ok(()) => {
                        close();
                        shell::go_to(&href);
                    }
                    Err(full) => school_error.set(Some(full)),
                }
            }
            Err(problem) => {
                let first = match problem {
                    DetailsProblem::NoSchool => school_input.get(),
                    DetailsProblem::NoSchoolYear => year_input.get(),
                };
                if let Some(input) = first {
                    let _ = input.focus();
                }
            }
        }
    };

    // The new row takes focus, so the name typed next goes into it, not into the button.
    let add_coach = move |_| {
        coaches.update(|c| c.push(String::new()));
        focus_when_drawn(format!("new-coach-{}", coaches.with_untracked(Vec::len)));
    };
    let coach_rows = Memo::new(move |_| coaches.with(Vec::len));
    let coach_rows = move || 0..coach_rows.get();

    view! {
        <form class="panel new-partnership" on:submit=submit aria-labelledby="new-title" novalidate>
            <h2 id="new-title">{if from_template { "New partnership from the template" } else { "New partnership" }}</h2>
            <p class="hint">"You can change all of this later."</p>
            <CheckedField id="new-school" label="School" autocomplete="organization"
                text=school problem=school_error node_ref=school_input />
            <CheckedField id="new-year" label="School year" hint="For example 2026-27." numeric=true
                text=year problem=year_error node_ref=year_input />
            <div class="field">
                <label for="new-principal">"Principal"</label>
                <input id="new-principal" type="text" autocomplete="name" maxlength=MAX_TEXT_CHARS
                    prop:value=move || principal.get()
                    on:input=move |ev| principal.set(event_target_value(&ev)) />
            </div>
            <fieldset class="field coaches">
                <legend>"Coaches"</legend>
                // Drawn anew when a row comes or goes, which moves focus itself; typing
                // changes neither.
                {move || coach_rows().map(|i| {
                    let id = format!("new-coach-{}", i + 1);
                    let label = if i == 0 { "Coach".to_string() } else { format!("Coach {}", i + 1) };
                    view! {
                        <div class="coach-row">
                            <label for=id.clone()>{label.clone()}</label>
                            <input id=id type="text" autocomplete="off" maxlength=MAX_TEXT_CHARS
                                prop:value=move || coaches.with(|c| c.get(i).cloned().unwrap_or_default())
                                on:input=move |ev| coaches.update(|c| if let Some(slot) = c.get_mut(i) { *slot = event_target_value(&ev) }) />
                            {(i > 0).then(|| view! {
                                <button type="button" class="quiet" aria-label=format!("Remove {label}")
                                    on:click=move |_| {
                                        coaches.update(|c| { if i < c.len() { c.remove(i); } });
                                        // The row before it, so a keyboard is not sent back to the top.
                                        focus_when_drawn(format!("new-coach-{i}"));
                                    }>
                                    "Remove"
                                </button>
                            })}
                        </div>
                    }
                }).collect_view().fresh()}
                <button type="button" class="quiet" on:click=add_coach>"Add another coach"</button>
            </fieldset>
            <div class="form-actions">
                <button type="submit" class="primary">"Create partnership"</button>
                <button type="button" on:click=move |_| {
                    close();
                    // The form goes; the button that opens it comes back and takes the focus.
                    focus_when_drawn("start-partnership".to_string());
                }>"Cancel"</button>
            </div>
        </form>
    }
}
