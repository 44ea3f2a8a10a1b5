//! Step 3: the stage-based support plan — the playbook, support proposed from the map and
//! adapted by the pair, the unwilling-teacher protocol, views by teacher, owner and time,
//! the coach's time against the agreement, and a calendar file.

mod actions;
mod attention;
mod playbook;
mod protocols;
mod state;
mod views;

use super::widgets::{IndexEntry, Section, SectionIndex};
use crate::model::Id;
use leptos::prelude::*;
use state::PlanState;

#[component]
pub fn PlanStep(id: Id) -> impl IntoView {
    let plan = PlanState::new(id);
    provide_context(plan);
    let checks = Memo::new(move |_| {
        plan.planner
            .parts
            .track(crate::ui::planner::Part::Continuum);
        plan.read(|p| {
            let mut done: Vec<bool> = p
                .plan
                .checks(&p.continuum)
                .iter()
                .map(|(_, done)| *done)
                .collect();
            // No unwilling teacher leaves nothing to ask, once someone has a stage at all.
            if done.len() < 2 {
                done.push(p.continuum.anyone_staged());
            }
            done
        })
    });
    let done =
        move |i: usize| Signal::derive(move || checks.with(|c| c.get(i).copied().unwrap_or(true)));
    let entry = |anchor, title, check: Option<usize>| IndexEntry {
        anchor,
        title,
        done: check.map(done),
    };
    let entries = vec![
        entry("propose", "Support from the map", Some(0)),
        entry("actions", "Support actions", Some(0)),
        entry("protocol", "Unwilling teachers", Some(1)),
        entry("views", "The plan at a glance", None),
        entry("time", "Coach time", None),
        entry("calendar", "Add to calendar", None),
    ];
    view! {
        <SectionIndex label="Sections of the support plan" entries=entries />
        <p class="live board-said" role="status" aria-live="polite">{move || plan.said.get()}</p>
        <Section anchor="propose" title="Support from the map" complete=done(0)
            prompt="Each stage needs a different kind of support. Start from the playbook's suggestions for the stages on your map, then make them your own.">
            <playbook::Playbook />
            <attention::Propose />
            <attention::Attention />
        </Section>
        <Section anchor="actions" title="Support actions" complete=done(0)
            prompt="What, for whom, who gives it, how and when. Open an action to change it.">
            <actions::ActionList />
        </Section>
        <Section anchor="protocol" title="Unwilling teachers: the two questions" complete=done(1)
            prompt="Before the coach invests time, the coach asks the teacher two questions. The answers decide whether the coach begins or withdraws; after a withdrawal, the follow-up is the principal’s.">
            <protocols::Protocols />
        </Section>
        <Section anchor="views" title="The plan at a glance" plain=true
            prompt="By owner, “what is mine this week and next”; as a timeline; or teacher by teacher with where each stands on the map.">
            <views::PlanViews />
        </Section>
        <Section anchor="time" title="Coach time against the agreement" plain=true
            prompt="How the coach's open actions spread over the coaching actions you agreed in step 1, beside the shares of time you set. Each action counts once, whatever its length: a rough check, not hours.">
            <views::TimeSpread />
        </Section>
        <Section anchor="calendar" title="Add to calendar" plain=true
            prompt="A calendar file of the plan's dated actions, for one person or for everyone, with the agreement's review and check dates.">
            <views::Calendar />
        </Section>
    }
}
