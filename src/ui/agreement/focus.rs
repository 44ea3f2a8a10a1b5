//! The focus the coaching serves, the student outcome it aims at, and the first
//! indicator that teaching is changing before results move.

use super::super::planner::use_planner;
use super::super::widgets::{DateField, DateList, TextField};
use super::{AgreementPart, Editing};
use crate::model::sign_off::AgreementSection;
use crate::ui::planner::Part;
use leptos::prelude::*;

#[component]
pub fn FocusSection() -> impl IntoView {
    let planner = use_planner();
    let Editing(id) = expect_context::<Editing>();
    let section = AgreementSection::Focus;
    let (goal, set_goal) = planner.bind(
        Part::Agreement,
        &id,
        |p| p.agreement.focus.goal.clone(),
        |p, v| p.agreement.focus.goal = v,
    );
    let (outcome, set_outcome) = planner.bind(
        Part::Agreement,
        &id,
        |p| p.agreement.focus.student_outcome.clone(),
        |p, v| p.agreement.focus.student_outcome = v,
    );
    let (target, set_target) = planner.bind(
        Part::Agreement,
        &id,
        |p| p.agreement.focus.outcome_target_date,
        |p, v| p.agreement.focus.outcome_target_date = v,
    );
    view! {
        <AgreementPart section=section
            prompt="The goal from the school improvement plan that the coach's time will serve, and the change in students that will show it worked."
            example="Goal: writing success of our English Language Learners. Outcome: 75% of ELL students score 3 or more on the spring writing rubric, up from 48%.">
            <TextField id="focus-goal" label="Improvement-plan goal" multiline=true value=goal on_change=set_goal />
            <TextField id="focus-outcome" label="Desired student outcome" hint="Measurable: what students will do, how many, by how much." multiline=true value=outcome on_change=set_outcome />
            <DateField id="focus-target" label="Target date for the outcome" value=target on_change=set_target ahead=true />
        </AgreementPart>
    }
}

#[component]
pub fn FirstIndicatorSection() -> impl IntoView {
    let planner = use_planner();
    let Editing(id) = expect_context::<Editing>();
    let section = AgreementSection::FirstIndicator;
    let (practice, set_practice) = planner.bind(
        Part::Agreement,
        &id,
        |p| p.agreement.first_indicator.practice.clone(),
        |p, v| p.agreement.first_indicator.practice = v,
    );
    let (gathered, set_gathered) = planner.bind(
        Part::Agreement,
        &id,
        |p| p.agreement.first_indicator.how_gathered.clone(),
        |p, v| p.agreement.first_indicator.how_gathered = v,
    );
    let (dates, set_dates) = planner.bind(
        Part::Agreement,
        &id,
        |p| p.agreement.first_indicator.check_dates.clone(),
        |p, v| p.agreement.first_indicator.check_dates = v,
    );
    view! {
        <AgreementPart section=section
            prompt="Student results move slowly. What change in teaching will you see first, and how will you know?"
            example="Most teachers give specific feedback on student writing every week; coach and principal look at a sample of marked work in each class.">
            <TextField id="indicator-practice" label="Teacher practice you expect to see first" multiline=true value=practice on_change=set_practice />
            <TextField id="indicator-gathered" label="How you will gather the evidence" multiline=true value=gathered on_change=set_gathered />
            <DateList id="indicator-dates" legend="When you will check it" noun="check date" value=dates on_change=set_dates />
        </AgreementPart>
    }
}
