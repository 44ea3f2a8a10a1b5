//! The partnership's basics: school, year, principal, coaches, coaching model, meeting date.

use super::super::planner::use_planner;
use super::super::widgets::{
    draft_of, CheckedField, DateField, IntoFresh, RequiredField, TextField,
};
use super::lists::COACHES;
use super::{add_row, AgreementPart, Editing};
use crate::model::sign_off::AgreementSection;
use crate::model::{Coach, CoachingModel, Id, Partnership, SchoolYear};
use crate::ui::planner::{Part, Planner};
use crate::ui::undo::UndoBar;
use leptos::prelude::*;

#[component]
pub fn Basics() -> impl IntoView {
    let planner = use_planner();
    let Editing(id) = expect_context::<Editing>();
    let section = AgreementSection::Basics;
    let (principal, set_principal) = planner.bind(
        Part::Agreement,
        &id,
        |p| p.principal.clone(),
        |p, v| p.principal = v,
    );
    let (meeting, set_meeting) = planner.bind(
        Part::Agreement,
        &id,
        |p| p.meeting_date,
        |p, v| p.meeting_date = v,
    );
    view! {
        <AgreementPart section=section
            prompt="Who this partnership is: the school, the year, and the people at the table.">
            <SchoolField id=id.clone() />
            <SchoolYearField id=id.clone() />
            <TextField id="basics-principal" label="Principal" value=principal on_change=set_principal autocomplete="name" />
            <CoachList id=id.clone() />
            <CoachingModelChoice id=id.clone() />
            <DateField id="basics-meeting" label="Date of this planning meeting" value=meeting on_change=set_meeting />
        </AgreementPart>
    }
}

/// The school's name, which a partnership cannot be without.
#[component]
fn SchoolField(id: Id) -> impl IntoView {
    let planner = use_planner();
    let (school, set_school) = planner.bind(
        Part::Agreement,
        &id,
        |p| p.school.clone(),
        |p, v: String| {
            p.set_school(&v);
        },
    );
    view! {
        <RequiredField id="basics-school" label="School" autocomplete="organization" value=school on_change=set_school
            kept=|school| format!("A partnership needs its school's name. Until you write one, “{school}” is kept.") />
    }
}

/// The school year as typed; the model changes only when it reads as a school year.
#[component]
fn SchoolYearField(id: Id) -> impl IntoView {
    let planner = use_planner();
    let (year, set_year) = planner.bind(
        Part::Agreement,
        &id,
        |p| Some(p.school_year),
        |p, v: Option<SchoolYear>| {
            if let Some(v) = v {
                p.set_school_year(v);
            }
        },
    );
    let draft = draft_of(
        year,
        |y| y.map(|y| y.to_string()).unwrap_or_default(),
        |d| d.parse::<SchoolYear>().ok().map(Some),
    );
    let problem = RwSignal::new(None::<String>);
    let on_text = Callback::new(move |text: String| {
        if let Ok(parsed) = text.parse::<SchoolYear>() {
            set_year.run(Some(parsed));
            problem.set(None);
        }
    });
    let on_blur = Callback::new(move |()| {
        problem.set(
            draft
                .get_untracked()
                .parse::<SchoolYear>()
                .err()
                .map(|e| format!("{e}.")),
        );
    });
    view! {
        <CheckedField id="basics-year" label="School year" hint="For example 2026-27." numeric=true
            text=draft problem=problem on_text=on_text on_blur=on_blur />
    }
}

#[component]
fn CoachList(id: Id) -> impl IntoView {
    let planner = use_planner();
    let partnership = id.clone();
    let rows = planner.item_ids(Part::Agreement, &id, COACHES);
    let numbered = move || rows.get().into_iter().enumerate().collect::<Vec<_>>();
    let add = {
        let id = id.clone();
        move |_| {
            add_row(planner, &id, "coach", COACHES, "name", |next| Coach {
                id: next,
                name: String::new(),
            })
        }
    };
    view! {
        <fieldset class="field">
            <legend>"Coaches"</legend>
            <p class="hint">"One coach embedded in the school, or several working together."</p>
            // Drawn anew when a coach is added or removed, which moves focus itself; typing
            // a name changes neither the ids nor their numbers.
            {move || numbered().into_iter().map(|(i, coach)| {
                let (name, set_name) = planner.bind_item(Part::Agreement, &id, &coach, COACHES, |c| c.name.clone(), |c, v| c.name = v);
                let id = id.clone();
                view! {
                    <div class="row-with-action">
                        <TextField id=format!("{coach}-name") label=format!("Coach {}", i + 1) value=name on_change=set_name autocomplete="name" />
                        <button type="button" class="quiet" aria-label=format!("Remove coach {}", i + 1)
                            on:click=move |_| remove_coach(planner, &id, &coach)>
                            "Remove"
                        </button>
                    </div>
                }
            }).collect_view().fresh()}
            <button type="button" on:click=add>"Add a coach"</button>
            <UndoBar section=AgreementSection::Basics.anchor() partnership=partnership />
        </fieldset>
    }
}

/// Removes a coach, whose support passes to someone else under their name, and offers
/// them back.
fn remove_coach(planner: Planner, id: &Id, coach: &Id) {
    let place = (AgreementSection::Basics.anchor(), format!("{coach}-name"));
    planner.remove_named(
        id,
        place,
        |p| p.remove_coach(coach),
        |gone| {
            let name = match gone.coach.name.trim() {
                "" => "a coach not yet named".to_string(),
                name => name.to_string(),
            };
            let support = match gone.actions.len() {
                0 => String::new(),
                1 => " Their 1 support action now names them as someone else, not as a coach."
                    .to_string(),
                n => format!(
                    " Their {n} support actions now name them as someone else, not as a coach."
                ),
            };
            format!("Removed {name}.{support}")
        },
        Partnership::restore_coach,
    );
}

#[component]
fn CoachingModelChoice(id: Id) -> impl IntoView {
    let planner = use_planner();
    let (model, set_model) = planner.bind(
        Part::Agreement,
        &id,
        |p| p.coaching_model,
        |p, v| p.coaching_model = v,
    );
    let option = move |value: CoachingModel, label: &'static str, explanation: &'static str| {
        let input_id = format!(
            "coaching-model-{}",
            if value == CoachingModel::Embedded {
                "embedded"
            } else {
                "blitz"
            }
        );
        view! {
            <div class="choice">
                <input type="radio" name="coaching-model" id=input_id.clone()
                    prop:checked=move || model.get() == value
                    on:change=move |_| set_model.run(value) />
                <label for=input_id>
                    <span class="choice-title">{label}</span>
                    <span class="choice-explanation">{explanation}</span>
                </label>
            </div>
        }
    };
    view! {
        <fieldset class="field">
            <legend>"Coaching model"</legend>
            {option(CoachingModel::Embedded, "One embedded coach", "A coach who works in this school week in, week out.")}
            {option(CoachingModel::Blitz, "Several coaches together", "A \"blitz\": several coaches focus on this school for a time.")}
        </fieldset>
    }
}
