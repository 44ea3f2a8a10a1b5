//! Proposing a plan from the map, and what the plan asks of the pair now: support that no
//! longer fits a stage or reaches no one, push-ins without a start date, unwilling teachers
//! without the two questions, coach time for a teacher the coach withdrew from.

use super::state::use_plan;
use crate::model::plan::{Supporter, Target};
use crate::model::playbook::Proposed;
use crate::model::text::count;
use crate::model::{Id, Partnership, Stage};
use crate::ui::widgets::{focus_section, Drawn, IntoFresh};
use leptos::prelude::*;

#[component]
pub fn Propose() -> impl IntoView {
    let plan = use_plan();
    // Said beside the button, where the eye is, rather than at the top of the step.
    let said = RwSignal::new(String::new());
    let propose = move |_| {
        let leads = plan.leads();
        let mut proposed = Proposed::default();
        plan.edit(|p| {
            proposed = p
                .plan
                .propose(&p.continuum, &p.agreement.time_investment, &leads)
        });
        let unplaced = match plan.peek(|p| p.continuum.staged_not_placed()) {
            0 => "",
            1 => " One teacher with a stage is not placed on the map yet, and has no support until they are.",
            _ => " Some teachers with a stage are not placed on the map yet, and have no support until they are.",
        };
        let added = match proposed {
            Proposed { actions: 0, protocols: 0 } if !plan.peek(|p| p.continuum.anyone_staged()) => {
                "Nothing to propose yet: support follows the stages of the teachers placed on the map. Place teachers and give them a stage in step 2 first.".to_string()
            }
            Proposed { actions: 0, protocols: 0 } => {
                "Nothing new to add: every stage on the map already has its support, and every unwilling teacher their two questions.".to_string()
            }
            Proposed { actions, protocols } => {
                let questions = (protocols > 0)
                    .then(|| format!("the two questions for {}", count(protocols, "unwilling teacher")));
                let actions = (actions > 0).then(|| count(actions, "support action"));
                let added: Vec<String> = actions.into_iter().chain(questions).collect();
                format!("Added {}. What you had written is kept as it was.", added.join(", and "))
            }
        };
        said.set(format!("{added}{unplaced}"));
    };
    view! {
        <div class="propose">
            <button type="button" class="primary" on:click=propose>"Propose support from the map"</button>
            <p class="hint">"Adds the playbook's support for every stage someone on the map is at, and the two questions for each unwilling teacher. With two coaches, they take the stages in turn; change who gives any of it below. Nothing you wrote is changed or added twice."</p>
            <p class="live propose-said" role="status">{said}</p>
        </div>
    }
}

/// One thing the plan asks of the pair.
#[derive(Clone, PartialEq)]
enum Ask {
    /// A teacher's own support was chosen for a stage they have left.
    Misfit {
        teacher: Id,
        name: String,
        was: Stage,
        now: Option<Stage>,
        actions: Vec<Id>,
    },
    /// Support for a whole stage no one on the map is at any more.
    NoOneAtStage { stage: Stage, actions: Vec<Id> },
    /// Support for a range of positions no one stands at any more.
    NoOneInBand {
        action: Id,
        what: String,
        span: String,
    },
    NoStartDate {
        names: Vec<String>,
        push_in: Option<Id>,
    },
    /// Unwilling teachers not yet asked the two questions, as one ask: a staff of 300 may
    /// hold sixty of them.
    NoProtocol { teachers: Vec<(Id, String)> },
    AfterWithdrawal {
        action: Id,
        what: String,
        name: String,
    },
}

fn asks(p: &Partnership) -> Vec<Ask> {
    let name = |id: &Id| {
        p.continuum
            .teacher(id)
            .map(|t| t.name.clone())
            .unwrap_or_default()
    };
    let mut asks: Vec<Ask> = p
        .plan
        .misfits(&p.continuum)
        .into_iter()
        .map(|m| Ask::Misfit {
            name: name(&m.teacher),
            teacher: m.teacher,
            was: m.was,
            now: m.now,
            actions: m.actions,
        })
        .collect();
    asks.extend(
        p.plan
            .reaching_no_one(&p.continuum)
            .into_iter()
            .map(|(stage, actions)| Ask::NoOneAtStage { stage, actions }),
    );
    asks.extend(
        p.plan
            .bands_reaching_no_one(&p.continuum)
            .into_iter()
            .map(|a| Ask::NoOneInBand {
                action: a.id.clone(),
                what: a.what.trim().to_string(),
                span: match a.for_whom {
                    Target::Band { from, to } => crate::model::Position::span(from, to),
                    _ => String::new(),
                },
            }),
    );
    let waiting = p.plan.without_start_date(&p.continuum);
    if !waiting.is_empty() {
        let push_in = p
            .plan
            .actions
            .iter()
            .find(|a| {
                a.status.is_open()
                    && a.for_whom
                        == (Target::Stage {
                            stage: Stage::GettingReady,
                        })
            })
            .map(|a| a.id.clone());
        asks.push(Ask::NoStartDate {
            names: waiting.iter().map(|t| t.name.clone()).collect(),
            push_in,
        });
    }
    let unasked: Vec<(Id, String)> = p
        .continuum
        .teachers
        .iter()
        .filter(|t| t.stage == Some(Stage::Unwilling) && t.position.is_some())
        .filter(|t| p.plan.protocols.iter().all(|pr| pr.teacher != t.id))
        .map(|t| (t.id.clone(), t.name.clone()))
        .collect();
    if !unasked.is_empty() {
        asks.push(Ask::NoProtocol { teachers: unasked });
    }
    asks.extend(
        p.plan
            .coach_time_after_withdrawal(&p.continuum)
            .into_iter()
            .map(|(a, names)| Ask::AfterWithdrawal {
                action: a.id.clone(),
                what: a.what.clone(),
                name: match a.for_whom {
                    Target::Teacher { .. } => names.join(", "),
                    _ => format!(
                        "{}, among them {}",
                        a.for_whom.label(&p.continuum).to_lowercase(),
                        names.join(", ")
                    ),
                },
            }),
    );
    asks
}

/// The list of what needs the pair's attention, each with the action that settles it.
#[component]
pub fn Attention() -> impl IntoView {
    let plan = use_plan();
    let asks = Memo::new(move |_| plan.read_all(asks));
    let staged = Memo::new(move |_| plan.read_all(|p| p.continuum.anyone_staged()));
    let map = crate::route::Route::Step {
        partnership: plan.id(),
        step: crate::model::Step::Continuum,
    }
    .href();
    move || {
        let asks = asks.get();
        let unmapped = (!staged.get()).then(|| view! {
            <p class="empty-state">"No one on the map has a readiness stage yet, so there is no support to plan. "
                <a href=map.clone()>"Place your teachers on the continuum map"</a>", give each a stage, then come back to propose support."</p>
        });
        if asks.is_empty() {
            return match unmapped {
                Some(unmapped) => unmapped.fresh(),
                None => {
                    view! { <p class="all-clear">"✓ Nothing in the plan needs your attention."</p> }
                        .fresh()
                }
            };
        }
        let items = asks
            .into_iter()
            .map(|ask| view! { <li>{ask_view(ask)}</li> })
            .collect_view();
        view! {
            {unmapped}
            <div class="attention" role="region" aria-labelledby="attention-title">
                <h3 id="attention-title">"Needs your attention"</h3>
                <ul>{items}</ul>
            </div>
        }
        .fresh()
    }
}

fn ask_view(ask: Ask) -> Drawn {
    let plan = use_plan();
    match ask {
        Ask::Misfit {
            teacher,
            name,
            was,
            now,
            actions,
        } => {
            let now_words = now.map_or("has no stage on the map".to_string(), |s| {
                format!("is {} on the map", s.label())
            });
            let said = format!(
                "{name} {now_words}, but {} for them alone {} meant for the {} stage.",
                count(actions.len(), "support action"),
                if actions.len() == 1 { "is" } else { "are" },
                was.label()
            );
            let them = them(actions.len());
            let replace_label = match now {
                Some(Stage::Unwilling) => format!("Drop {them} and start the two questions"),
                Some(s) => format!("Drop {them} and add support for {}", s.label()),
                None => format!("Drop {them}"),
            };
            let (drop_ids, keep_ids) = (actions.clone(), actions);
            let replace = move |_| {
                let who = plan.lead();
                let ids = drop_ids.clone();
                let teacher = teacher.clone();
                plan.edit(|p| {
                    p.plan.drop_actions(&ids);
                    if let Some(t) = p.continuum.teacher(&teacher).cloned() {
                        p.plan
                            .support_teacher(&t, &p.agreement.time_investment, &who);
                    }
                });
                plan.say(match now {
                    Some(Stage::Unwilling) => {
                        "Dropped; the two questions are ready below.".to_string()
                    }
                    Some(s) => format!("Dropped, and the support for {} added.", s.label()),
                    None => "Dropped.".to_string(),
                });
            };
            let keep = move |_| {
                let ids = keep_ids.clone();
                plan.edit(|p| {
                    for a in p.plan.actions.iter_mut().filter(|a| ids.contains(&a.id)) {
                        a.stage = now;
                    }
                });
                plan.say("Kept as they are.".to_string());
            };
            view! {
                <p>{said}</p>
                <div class="ask-actions">
                    <button type="button" aria-label=format!("{replace_label}, for {name}") on:click=replace>{replace_label.clone()}</button>
                    <button type="button" class="quiet" aria-label=format!("Keep {them}, for {name}") on:click=keep>{format!("Keep {them}")}</button>
                </div>
            }
            .fresh()
        }
        Ask::NoOneAtStage { stage, actions } => {
            let label = stage.label();
            let said = format!(
                "No one on the map is {label} now, so {} for {label} teachers {} no one.",
                count(actions.len(), "support action"),
                if actions.len() == 1 {
                    "reaches"
                } else {
                    "reach"
                },
            );
            let them = them(actions.len());
            let drop = move |_| {
                let ids = actions.clone();
                plan.edit(|p| p.plan.drop_actions(&ids));
                plan.say(format!("Dropped the support for {label} teachers."));
                // The ask goes with its button: the keyboard goes on from the section.
                focus_section("propose");
            };
            view! {
                <p>{said}</p>
                <div class="ask-actions">
                    <button type="button" aria-label=format!("Drop {them}, the support for {label} teachers") on:click=drop>{format!("Drop {them}")}</button>
                    <span class="hint">"Or leave them for anyone placed at this stage later."</span>
                </div>
            }
            .fresh()
        }
        Ask::NoOneInBand { action, what, span } => {
            let said = format!("No one on the map stands at {span} now, so “{what}”, for teachers at {span}, reaches no one.");
            let label = format!("Drop it, the support for teachers at {span}");
            let drop = move |_| {
                plan.edit(|p| p.plan.drop_actions(std::slice::from_ref(&action)));
                plan.say(format!("Dropped the support for teachers at {span}."));
                focus_section("propose");
            };
            view! {
                <p>{said}</p>
                <div class="ask-actions">
                    <button type="button" aria-label=label on:click=drop>"Drop it"</button>
                    <span class="hint">"Or change its positions in the action, below."</span>
                </div>
            }
            .fresh()
        }
        Ask::NoStartDate { names, push_in } => {
            let said = format!(
                "{} getting ready without a date to begin: {}. Set the date their support starts.",
                if names.len() == 1 {
                    "One teacher is"
                } else {
                    "Some teachers are"
                },
                list_names(&names)
            );
            let act = match push_in {
                Some(action) => view! {
                    <button type="button" on:click=move |_| plan.open_action_at(&action, "starts")>"Set the date to begin"</button>
                }
                .fresh(),
                None => view! { <span class="hint">"Propose support from the map, or give one of their actions a start date."</span> }.fresh(),
            };
            view! { <p>{said}</p><div class="ask-actions">{act}</div> }.fresh()
        }
        Ask::NoProtocol { teachers } => {
            let (said, button) = match teachers.as_slice() {
                [(_, name)] => (
                    format!("{name} is unwilling and has not been asked the two questions yet."),
                    format!("Start the two questions for {name}"),
                ),
                many => (
                    format!(
                        "{} unwilling teachers have not been asked the two questions yet: {}.",
                        many.len(),
                        list_names(
                            &many
                                .iter()
                                .map(|(_, name)| name.clone())
                                .collect::<Vec<_>>()
                        )
                    ),
                    format!("Start the two questions for all {}", many.len()),
                ),
            };
            let start = move |_| {
                let mut before = 0;
                plan.edit(|p| {
                    before = p.plan.protocols.len();
                    for (teacher, _) in &teachers {
                        _ = p.plan.start_protocol(teacher);
                    }
                });
                // Down to the first one started, where focus goes; "Show more" finds the rest.
                plan.protocols_shown
                    .update(|shown| *shown = (*shown).max(before + 1));
                if let Some((first, _)) = teachers.first() {
                    crate::ui::widgets::focus_when_drawn(format!("protocol-{first}-line"));
                }
            };
            view! {
                <p>{said}</p>
                <div class="ask-actions"><button type="button" on:click=start>{button}</button></div>
            }
            .fresh()
        }
        Ask::AfterWithdrawal { action, what, name } => {
            let hand = move |_| {
                let action = action.clone();
                plan.edit(|p| {
                    if let Some(a) = p.plan.action_mut(&action) {
                        a.who = Supporter::Principal;
                    }
                });
                plan.say("The follow-up is now the principal's.".to_string());
                focus_section("propose");
            };
            view! {
                <p>{format!("Coach time is planned for {name}, whom the coach has withdrawn from: “{}”.", what.trim())}</p>
                <div class="ask-actions"><button type="button" aria-label=format!("Make it the principal's follow-up, for {name}") on:click=hand>"Make it the principal's follow-up"</button></div>
            }
            .fresh()
        }
    }
}

/// How a button names the support actions it acts on.
fn them(actions: usize) -> &'static str {
    if actions == 1 {
        "it"
    } else {
        "them"
    }
}

/// "Ana Ruiz, Ben Okoro and 3 more".
fn list_names(names: &[String]) -> String {
    const SHOWN: usize = 5;
    let shown = names
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    match names.len().saturating_sub(SHOWN) {
        0 => shown,
        more => format!("{shown} and {more} more"),
    }
}
