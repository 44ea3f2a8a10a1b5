//! How the coach's time is shared among coaching actions, adding up to the whole, each
//! tied to the focus.

use super::super::planner::use_planner;
use super::super::widgets::{NumberField, TextField};
use super::lists::TIME_SHARES;
use super::{add_row, AgreementPart, Editing};
use crate::model::agreement::{TimeBudget, TimeShare};
use crate::model::sign_off::AgreementSection;
use crate::model::{Id, Partnership};
use crate::ui::planner::Part;
use crate::ui::undo::{removed, UndoBar};
use crate::ui::widgets::{keyed, IntoFresh};
use leptos::prelude::*;

#[component]
pub fn CoachTime() -> impl IntoView {
    let planner = use_planner();
    let Editing(id) = expect_context::<Editing>();
    let partnership = id.clone();
    let section = AgreementSection::CoachTime;
    let shares = {
        let id = id.clone();
        Memo::new(move |_| {
            planner.read(Part::Agreement, &id, |p| {
                p.agreement.time_investment.clone()
            })
        })
    };
    let budget = {
        let id = id.clone();
        Memo::new(move |_| planner.read(Part::Agreement, &id, |p| Some(p.agreement.time_budget())))
    };
    let rows = planner.item_ids(Part::Agreement, &id, TIME_SHARES);
    let add = {
        let id = id.clone();
        move |_| {
            add_row(planner, &id, "action", TIME_SHARES, "name", |next| {
                TimeShare {
                    id: next,
                    action: String::new(),
                    percent: 0,
                    serves_focus: String::new(),
                }
            })
        }
    };
    view! {
        <AgreementPart section=section
            prompt="Which coaching actions get the coach's time, and what share of it each gets. The shares add up to the whole of the coach's time; each says how it serves the focus, or it risks being busy work."
            example="Observation with feedback 30%: sees feedback on writing happen and talks it through.">
            <TimeShareBar shares=shares />
            <p class="budget" role="status" class:budget-off=move || budget.get() != Some(TimeBudget::Whole)>
                {move || match budget.get() {
                    Some(TimeBudget::Whole) => "Total: 100%. The whole of the coach's time is planned.".to_string(),
                    Some(TimeBudget::Unplanned(left)) => format!("Total: {}%. {left}% of the coach's time is not planned yet.", 100 - left),
                    Some(TimeBudget::Over(over)) => format!("Total: {}%. That is {over}% more than the coach has: lower some shares.", 100 + over),
                    None => String::new(),
                }}
            </p>
            <ul class="time-rows">
                {keyed(rows, move |row| view! { <TimeShareRow id=id.clone() row=row /> })}
            </ul>
            <button type="button" on:click=add>"Add a coaching action"</button>
            <UndoBar section=section.anchor() partnership=partnership quiet=true />
        </AgreementPart>
    }
}

#[component]
fn TimeShareRow(id: Id, row: Id) -> impl IntoView {
    let planner = use_planner();
    let (action, set_action) = planner.bind_item(
        Part::Agreement,
        &id,
        &row,
        TIME_SHARES,
        |s| s.action.clone(),
        |s, v| s.action = v,
    );
    let (serves, set_serves) = planner.bind_item(
        Part::Agreement,
        &id,
        &row,
        TIME_SHARES,
        |s| s.serves_focus.clone(),
        |s, v| s.serves_focus = v,
    );
    let (percent, set_percent) = planner.bind_item(
        Part::Agreement,
        &id,
        &row,
        TIME_SHARES,
        |s| s.percent,
        |s, v| s.percent = v,
    );
    let read = row.clone();
    let risk_id = id.clone();
    let risk = Memo::new(move |_| {
        planner.read(Part::Agreement, &risk_id, |p| {
            p.agreement
                .time_investment
                .iter()
                .any(|s| s.id == read && s.is_busy_work_risk())
        })
    });
    let name = move || {
        let name = action.get();
        if name.trim().is_empty() {
            "this action".to_string()
        } else {
            name
        }
    };
    let group_name = move || {
        let name = action.get();
        if name.trim().is_empty() {
            "New coaching action".to_string()
        } else {
            name
        }
    };
    let remove = {
        let id = id.clone();
        let row = row.clone();
        move |_| {
            let place = (AgreementSection::CoachTime.anchor(), format!("{row}-name"));
            planner.remove_named(
                &id,
                place,
                |p| p.remove_time_share(&row),
                |gone| {
                    let said = removed("coaching action", &gone.share.action);
                    match gone.actions.len() {
                        0 => said,
                        1 => format!("{said} One support action was tied to it."),
                        n => format!("{said} {n} support actions were tied to it."),
                    }
                },
                Partnership::restore_time_share,
            );
        }
    };
    view! {
        <li><div class="time-row" class:risk=risk role="group" aria-label=group_name>
            <TextField id=format!("{row}-name") label="Coaching action" value=action on_change=set_action />
            <NumberField id=format!("{row}-percent") label="Share of time" value=percent on_change=set_percent max=100 suffix="%" />
            <TextField id=format!("{row}-serves") label="How it serves the focus" value=serves on_change=set_serves />
            {move || risk.get().then(|| view! {
                <p class="risk-flag"><strong>"⚠ Busy work risk: "</strong>"this action has time but nothing ties it to the focus."</p>
            }.fresh())}
            <button type="button" class="quiet" aria-label=move || format!("Remove {}", name()) on:click=remove>"Remove"</button>
        </div></li>
    }
}

/// The shares drawn as one bar, each part labelled in text so colour is never the only cue.
#[component]
fn TimeShareBar(shares: Memo<Vec<TimeShare>>) -> impl IntoView {
    view! {
        <div class="time-bar" aria-hidden="true">
            {move || {
                let shares = shares.get();
                let total: u32 = shares.iter().map(|s| u32::from(s.percent)).sum();
                let scale = total.max(100);
                shares
                    .into_iter()
                    .filter(|s| s.percent > 0)
                    .enumerate()
                    .map(|(i, s)| {
                        // Set through the CSSOM (style:width), which the Content-Security-Policy allows.
                        // In hundredths of a per cent, written without float formatting, which
                        // would bring its own code into the download for this one width.
                        let hundredths = u32::from(s.percent) * 10_000 / scale;
                        let width = format!("{}.{:02}%", hundredths / 100, hundredths % 100);
                        view! {
                            <span class=format!("time-part part-{}", i % 6) style:width=width title=format!("{} {}%", s.action, s.percent)>
                                <span class="part-name">{s.action.clone()}</span>
                                <span class="part-share">{format!("{}%", s.percent)}</span>
                            </span>
                        }
                    })
                    .collect_view()
                    .fresh()
            }}
        </div>
    }
}
