//! Inside one partnership: the step navigation and the step being worked on.

mod step_nav;

use super::agreement::AgreementStep;
use super::continuum::ContinuumStep;
use super::guide::{Guide, GuideToggle, MeetingGuide};
use super::plan::PlanStep;
use super::planner::{use_planner, Part};
use super::shell;
use super::summary::SummaryStep;
use super::widgets::focus_main_heading;
use crate::model::{Id, Step};
use crate::ui::widgets::IntoFresh;
use leptos::prelude::*;
use step_nav::{StepNav, StepTurn};

#[component]
pub fn PartnershipScreen(id: Id, step: Step) -> impl IntoView {
    let planner = use_planner();
    let guide = expect_context::<Guide>();
    // Whether it is here (and the sample) apart from its name, so a rename redraws only
    // the name: the screen below is drawn anew whenever `found` changes.
    let found = {
        let id = id.clone();
        Memo::new(move |_| planner.read(Part::Agreement, &id, |p| Some(p.sample)))
    };
    let name = {
        let id = id.clone();
        Memo::new(move |_| planner.read(Part::Agreement, &id, |p| Some(p.name.clone())))
    };
    Effect::new(move |_| {
        let title = match name.get() {
            Some(name) => format!("{} · {name} · Partnership Planner", step.title()),
            None => "Partnership not found · Partnership Planner".to_string(),
        };
        shell::set_title(&title);
    });
    request_animation_frame(focus_main_heading);

    view! {
        {move || match found.get() {
            Some(sample) => view! {
                <div class="partnership" class:on-summary=step == Step::Summary>
                    <div class="partnership-top">
                        <p class="breadcrumb"><a href="#/">"All partnerships"</a></p>
                        <GuideToggle />
                    </div>
                    <p class="partnership-name">{move || name.get().unwrap_or_default()}</p>
                    {sample.then(|| view! {
                        <p class="sample-banner">"This is the sample school: the school, its people and its plan are made up, to practise with. Change anything; your own partnerships are not touched."</p>
                    })}
                    {
                        let id = id.clone();
                        move || guide.open.get().then(|| view! { <MeetingGuide id=id.clone() step=step /> }.fresh())
                    }
                    <StepNav id=id.clone() current=step />
                    // Long steps keep an index of their sections beside them on a wide screen.
                    <section class="step" class:indexed=matches!(step, Step::Agreement | Step::Plan) aria-labelledby="step-title">
                        <h1 id="step-title" tabindex="-1">
                            <span class="step-number">{format!("Step {} of 4", step.number())}</span>
                            " " {step.title()}
                        </h1>
                        <p class="lead">{step.purpose()}</p>
                        {match step {
                            Step::Agreement => view! { <AgreementStep id=id.clone() /> }.fresh(),
                            Step::Continuum => view! { <ContinuumStep id=id.clone() /> }.fresh(),
                            Step::Plan => view! { <PlanStep id=id.clone() /> }.fresh(),
                            Step::Summary => view! { <SummaryStep id=id.clone() /> }.fresh(),
                        }}
                        <StepTurn id=id.clone() current=step />
                    </section>
                </div>
            }.fresh(),
            None => view! {
                <section class="missing">
                    <h1 tabindex="-1">"This partnership is not in this browser"</h1>
                    <p>"It may have been deleted, here or in another tab: the list of partnerships in the tab where it was deleted offers to undo that. Or it was made in another browser: partnerships move between browsers as exported files."</p>
                    <p><a href="#/">"Go to your partnerships"</a></p>
                </section>
            }.fresh(),
        }}
    }
}
