//! The playbook: the kind of support each stage needs and its suggested actions, which the
//! pair rewrites for their school; it travels with the partnership.

use super::state::use_plan;
use crate::model::plan::Play;
use crate::model::playbook::PLAYBOOK_STAGES;
use crate::model::{Id, Stage};
use crate::ui::planner::Part;
use crate::ui::widgets::{keyed, TextField};
use leptos::prelude::*;

#[component]
pub fn Playbook() -> impl IntoView {
    let stages = PLAYBOOK_STAGES
        .into_iter()
        .map(|stage| view! { <StagePlays stage=stage /> })
        .collect_view();
    view! {
        <details class="playbook">
            <summary>"See and edit the playbook"</summary>
            <div class="playbook-stages">{stages}</div>
            <p class="hint">"Unwilling teachers are not given support from the playbook: they are asked the two questions first (below)."</p>
        </details>
    }
}

#[component]
fn StagePlays(stage: Stage) -> impl IntoView {
    let plan = use_plan();
    let ids = Memo::new(move |_| {
        plan.read(|p| {
            p.plan
                .plays()
                .iter()
                .filter(|play| play.stage == stage)
                .map(|play| play.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let add = move |_| {
        let mut added = None;
        plan.edit(|p| {
            added = crate::model::ids::add_keyed(p.plan.playbook_mut(), "play", |id| Play {
                id,
                stage,
                what: String::new(),
            })
        });
        if let Some(id) = added {
            crate::ui::widgets::focus_when_drawn(format!("{id}-what"));
        }
    };
    let heading = format!("playbook-{}", stage.key());
    view! {
        <section class="playbook-stage" aria-labelledby=heading.clone()>
            <h3 id=heading.clone()>{format!("{}: {}", stage.label(), stage.support().label())}</h3>
            <p class="hint">{stage.description()}</p>
            <ul class="plays">
                {keyed(ids, |play| view! { <PlayRow play=play /> })}
            </ul>
            <button type="button" class="quiet" on:click=add>{format!("Add a suggestion for {}", stage.label())}</button>
        </section>
    }
}

#[component]
fn PlayRow(play: Id) -> impl IntoView {
    let plan = use_plan();
    let (read, write, gone) = (play.clone(), play.clone(), play.clone());
    // The shipped playbook becomes the school's own at the first edit, ids and all.
    let (what, set_what) = plan.planner.bind(
        Part::Plan,
        &plan.id(),
        move |p| {
            p.plan
                .plays()
                .iter()
                .find(|x| x.id == read)
                .map(|x| x.what.clone())
                .unwrap_or_default()
        },
        move |p, v| {
            if let Some(x) = p.plan.playbook_mut().iter_mut().find(|x| x.id == write) {
                x.what = v;
            }
        },
    );
    let remove = move |_| {
        let gone = gone.clone();
        plan.edit(|p| p.plan.playbook_mut().retain(|x| x.id != gone));
        plan.say("The suggestion was removed from the playbook.".to_string());
    };
    view! {
        <li class="row-with-action">
            <TextField id=format!("{play}-what") label="Suggested action" value=what on_change=set_what />
            <button type="button" class="quiet" aria-label=move || format!("Remove the suggestion “{}”", what.get()) on:click=remove>"Remove"</button>
        </li>
    }
}
