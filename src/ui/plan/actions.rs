//! The support actions: a line each that says what, for whom, who and when, folding out
//! into the fields that edit it.

use super::state::{use_plan, PlanState, ACTIONS};
use crate::model::day::long;
use crate::model::plan::{ActionStatus, SupportAction, Supporter, Target};
use crate::model::{Id, Partnership, Position, Stage};
use crate::ui::planner::Part;
use crate::ui::widgets::Shown;
use crate::ui::widgets::{focus_section, focus_when_drawn, keyed, IntoFresh};
use crate::ui::widgets::{DateField, SelectField, TextField};
use chrono::NaiveDate;
use leptos::prelude::*;

/// Every action of the plan, in the order they were added.
#[component]
pub fn ActionList() -> impl IntoView {
    let plan = use_plan();
    let ids = plan.planner.item_ids(Part::Plan, &plan.id(), ACTIONS);
    let add = move |_| {
        let who = plan.lead();
        let mut added = None;
        plan.edit(|p| {
            added = crate::model::ids::add_keyed(&mut p.plan.actions, "support", |id| {
                SupportAction::planned(id, String::new(), Target::WholeStaff, who)
            })
        });
        match added {
            Some(id) => plan.open_action(&id),
            None => plan.say("The plan holds as many actions as a file may.".to_string()),
        }
    };
    view! {
        <Shown when=move || ids.with(|ids| !ids.is_empty())
            fallback=|| view! { <p class="empty-state">"No support actions yet. Propose them from the map, above, or add your own."</p> }>
            <ol class="action-list">
                {keyed(ids, |action| view! { <ActionItem action=action /> })}
            </ol>
        </Shown>
        // A lasting live region, so the bar is announced when it comes.
        <div role="status">{move || plan.removed.with(|r| r.as_ref().map(|(_, a)| a.what.trim().to_string())).map(|what| view! {
            <div class="notice undo-bar">
                <p>{match what.as_str() {
                    "" => "A support action was removed from the plan.".to_string(),
                    what => format!("“{what}” was removed from the plan."),
                }}</p>
                <button type="button" id="undo-remove-action" on:click=move |_| undo_remove(plan)>"Undo"</button>
                <button type="button" class="quiet" on:click=move |_| {
                    plan.removed.set(None);
                    focus_section("actions");
                }>"Dismiss"</button>
            </div>
        }.fresh())}</div>
        <button type="button" on:click=add>"Add a support action"</button>
    }
}

/// Puts the action last removed back where it stood, and the keyboard on it.
fn undo_remove(plan: PlanState) {
    let Some(removed) = plan.removed.get_untracked() else {
        return;
    };
    let mut back = None;
    plan.edit(|p| back = p.plan.restore_action(removed));
    plan.removed.set(None);
    match back {
        Some(id) => focus_when_drawn(format!("{id}-line")),
        None => plan.say("The plan holds as many actions as a file may.".to_string()),
    }
}

/// One action's line; its editor is built only while it is open.
#[component]
fn ActionItem(action: Id) -> impl IntoView {
    let plan = use_plan();
    let today = crate::ui::shell::today();
    let line = {
        let action = action.clone();
        Memo::new(move |_| plan.read_all(|p| summary(p, &action, today)))
    };
    let is_open = {
        let action = action.clone();
        Memo::new(move |_| plan.open.with(|o| o.as_ref() == Some(&action)))
    };
    let toggle = {
        let action = action.clone();
        move |_| {
            if is_open.get_untracked() {
                plan.open.set(None);
            } else {
                plan.open_action(&action);
            }
        }
    };
    let editor_id = format!("{action}-editor");
    let item_id = action.to_string();
    view! {
        <li class="action-item" id=item_id class:overdue=move || line.with(|l| l.overdue)>
            <button type="button" class="action-line" id=format!("{action}-line") aria-expanded=move || is_open.get().to_string()
                aria-controls=editor_id.clone() on:click=toggle>
                <span class="chevron" aria-hidden="true"></span>
                <span class="action-what">{move || line.with(|l| l.what.clone())}</span>
                <span class="action-meta">{move || line.with(|l| l.meta.clone())}</span>
                {move || line.with(|l| l.overdue).then(|| view! { <span class="overdue-mark">"⚠ Overdue"</span> }.fresh())}
            </button>
            <div id=editor_id>
                {move || is_open.get().then(|| view! { <ActionEditor action=action.clone() /> }.fresh())}
            </div>
        </li>
    }
}

/// What an action's line shows.
#[derive(Clone, PartialEq, Default)]
pub struct Line {
    pub what: String,
    pub meta: String,
    pub overdue: bool,
}

/// The line of an action: what, then for whom · who · when · status.
pub fn summary(p: &Partnership, action: &Id, today: NaiveDate) -> Line {
    let Some(a) = p.plan.action(action) else {
        return Line::default();
    };
    Line {
        what: match a.what.trim() {
            "" => "A support action, not yet described".to_string(),
            what => what.to_string(),
        },
        meta: [
            a.for_whom.label(&p.continuum),
            a.who.label(&p.principal, &p.coaches),
            dates(a.starts, a.ends),
            a.status.label().to_string(),
        ]
        .join(" · "),
        overdue: a.is_overdue(today),
    }
}

/// "2 Oct 2026 to 18 Dec 2026", "from 2 Oct 2026", "by 18 Dec 2026" or "no dates yet".
fn dates(starts: Option<NaiveDate>, ends: Option<NaiveDate>) -> String {
    let day = crate::model::day::short;
    match (starts, ends) {
        (Some(s), Some(e)) if s == e => format!("on {}", day(s)),
        (Some(s), Some(e)) => format!("{} to {}", day(s), day(e)),
        (Some(s), None) => format!("from {}", day(s)),
        (None, Some(e)) => format!("by {}", day(e)),
        (None, None) => "no dates yet".to_string(),
    }
}

/// The fields of one action.
#[component]
fn ActionEditor(action: Id) -> impl IntoView {
    let plan = use_plan();
    let id = plan.id();
    let bind = |get: fn(&SupportAction) -> String, set: fn(&mut SupportAction, String)| {
        plan.planner
            .bind_item(Part::Plan, &id, &action, ACTIONS, get, set)
    };
    let (what, set_what) = bind(|a| a.what.clone(), |a, v| a.what = v);
    let (how, set_how) = bind(|a| a.how.clone(), |a, v| a.how = v);
    let (evidence, set_evidence) = bind(|a| a.evidence.clone(), |a, v| a.evidence = v);
    let (status, set_status) = bind(
        |a| a.status.key().to_string(),
        |a, v| a.status = ActionStatus::from_key(&v).unwrap_or(a.status),
    );
    let date = |get: fn(&SupportAction) -> Option<NaiveDate>,
                set: fn(&mut SupportAction, Option<NaiveDate>)| {
        plan.planner
            .bind_item(Part::Plan, &id, &action, ACTIONS, get, set)
    };
    let (starts, set_starts) = date(|a| a.starts, |a, d| a.starts = d);
    let (ends, set_ends) = date(|a| a.ends, |a, d| a.ends = d);
    // The file reader refuses an action that ends before it starts, so no control may
    // make one: the date that would is not kept, and the person is told.
    let order_note = RwSignal::new(None::<String>);
    let input_of = format!("{action}-");
    let guard = move |set: Callback<Option<NaiveDate>>,
                      this: Signal<Option<NaiveDate>>,
                      other: Signal<Option<NaiveDate>>,
                      is_end: bool| {
        let input = format!("{input_of}{}", if is_end { "ends" } else { "starts" });
        Callback::new(move |d: Option<NaiveDate>| {
            let wrong = match (d, other.get_untracked()) {
                (Some(d), Some(o)) if (is_end && d < o) || (!is_end && d > o) => Some((d, o)),
                _ => None,
            };
            // Named as the boxes are, with the date refused, so nothing typed is lost from sight.
            if let Some((d, o)) = wrong {
                order_note.set(Some(if is_end {
                    format!("Due, {}, is before Starts, {}, so it was not kept. Choose a later Due date, or move Starts first.", long(d), long(o))
                } else {
                    format!("Starts, {}, is after Due, {}, so it was not kept. Choose an earlier Starts date, or move Due first.", long(d), long(o))
                }));
                // The box shows what is kept, not the date refused.
                let kept = this.get_untracked().map(|d| d.to_string());
                if let Some(control) = document().get_element_by_id(&input).and_then(|e| {
                    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(e).ok()
                }) {
                    control.set_value(&kept.unwrap_or_default());
                }
            } else {
                order_note.set(None);
                set.run(d);
            }
        })
    };
    let set_starts = guard(set_starts, starts, ends, false);
    let set_ends = guard(set_ends, ends, starts, true);
    let (who, set_who) = bind_who(plan, &action);
    let (who_name, set_who_name) = bind(
        |a| match &a.who {
            Supporter::LeadTeacher { name }
            | Supporter::Plc { name }
            | Supporter::Other { name } => name.clone(),
            _ => String::new(),
        },
        |a, v| {
            if let Supporter::LeadTeacher { name }
            | Supporter::Plc { name }
            | Supporter::Other { name } = &mut a.who
            {
                *name = v;
            }
        },
    );
    let named = move || matches!(who.get().as_str(), "lead-teacher" | "plc" | "other");
    let (for_whom, set_for_whom) = bind_for_whom(plan, &action);
    let (share, set_share) = bind(
        |a| {
            a.coaching_action
                .as_ref()
                .map(Id::to_string)
                .unwrap_or_default()
        },
        |a, v| a.coaching_action = (!v.is_empty()).then(|| Id::new(v)),
    );
    let people = Memo::new(move |_| plan.read_all(who_options));
    let shares = Memo::new(move |_| plan.read_all(share_options));
    let whom = Memo::new(move |_| plan.read_all(whom_options));
    let stage = of_action(plan, &action, |a| a.stage);
    let remove = {
        let action = action.clone();
        move |_| {
            let mut removed = None;
            plan.edit(|p| removed = p.plan.remove_action(&action));
            plan.say(String::new());
            plan.removed.set(removed);
            // The editor goes with the action: the keyboard goes on from its Undo.
            focus_when_drawn("undo-remove-action".to_string());
        }
    };
    let key = StoredValue::new(action.to_string());
    let f = move |field: &str| format!("{}-{field}", key.get_value());
    view! {
        <div class="action-editor">
            {move || stage.get().map(|s| view! {
                <p class="hint">{format!("Chosen for {} teachers: {}.", s.label(), s.support().label().to_lowercase())}</p>
            }.fresh())}
            <TextField id=f("what") label="What" value=what on_change=set_what />
            <div class="field-row">
                <SelectField id=f("for-whom") label="For whom" options=whom value=for_whom on_change=set_for_whom />
                <SelectField id=f("who") label="Who gives it" options=people value=who on_change=set_who />
            </div>
            <Shown when=named>
                <TextField id=f("who-name") label="Their name" hint="Who exactly: the lead teacher, the PLC, or the person." value=who_name on_change=set_who_name />
            </Shown>
            <WhomDetails action=action.clone() />
            <TextField id=f("how") label="How" multiline=true value=how on_change=set_how />
            <div class="field-row">
                <DateField id=f("starts") label="Starts" value=starts on_change=set_starts />
                <DateField id=f("ends") label="Due" value=ends on_change=set_ends />
            </div>
            {move || order_note.get().map(|n| view! { <p class="field-error" role="alert">{n}</p> }.fresh())}
            <div class="field-row">
                <SelectField id=f("status") label="Status" options=Signal::stored(status_options()) value=status on_change=set_status />
                <SelectField id=f("share") label="Coach time spent on" hint="Which coaching action of your agreement this uses."
                    options=shares value=share on_change=set_share />
            </div>
            <TextField id=f("evidence") label="Evidence seen" multiline=true
                hint=if stage.get_untracked() == Some(Stage::Developing) { "For a developing teacher: the changes observed in students." } else { "What you saw that shows it working, or not yet." }
                value=evidence on_change=set_evidence />
            <button type="button" class="danger" on:click=remove>"Remove this action"</button>
        </div>
    }
}

fn status_options() -> Vec<(String, String)> {
    ActionStatus::ALL
        .into_iter()
        .map(|s| (s.key().to_string(), s.label().to_string()))
        .collect()
}

fn who_options(p: &Partnership) -> Vec<(String, String)> {
    let named = |key: String, who: Supporter| (key, who.label(&p.principal, &p.coaches));
    let mut options = vec![named("principal".to_string(), Supporter::Principal)];
    options.extend(p.coaches.iter().map(|c| {
        named(
            format!("coach:{}", c.id),
            Supporter::Coach {
                coach: c.id.clone(),
            },
        )
    }));
    options.extend([
        ("lead-teacher".to_string(), "A lead teacher".to_string()),
        ("plc".to_string(), "A PLC".to_string()),
        ("other".to_string(), "Someone else".to_string()),
    ]);
    options
}

fn share_options(p: &Partnership) -> Vec<(String, String)> {
    let mut options = vec![(String::new(), "None of them".to_string())];
    options.extend(
        p.agreement
            .time_investment
            .iter()
            .filter(|s| !s.action.trim().is_empty())
            .map(|s| (s.id.to_string(), s.action.trim().to_string())),
    );
    options
}

fn whom_options(p: &Partnership) -> Vec<(String, String)> {
    let mut options = vec![("whole-staff".to_string(), "The whole staff".to_string())];
    options.extend(Stage::ALL.into_iter().map(|s| {
        (
            format!("stage:{}", s.key()),
            format!("{} teachers", s.label()),
        )
    }));
    options.push((
        "band".to_string(),
        "Teachers at a range of positions".to_string(),
    ));
    options.extend(
        p.continuum
            .assignments()
            .into_iter()
            .map(|a| (format!("group:{a}"), format!("Team: {a}"))),
    );
    options.push(("group".to_string(), "A group you name".to_string()));
    // One teacher is offered once someone is on the map to choose.
    if !p.continuum.teachers.is_empty() {
        options.push(("teacher".to_string(), "One teacher".to_string()));
    }
    options
}

/// One value of one action, following the plan's edits.
fn of_action<T>(plan: PlanState, action: &Id, get: fn(&SupportAction) -> T) -> Memo<T>
where
    T: Clone + PartialEq + Default + Send + Sync + 'static,
{
    let action = action.clone();
    Memo::new(move |_| plan.read(|p| p.plan.action(&action).map(get).unwrap_or_default()))
}

/// The supporter as the "Who gives it" choice: its kind, and the coach's id.
fn bind_who(plan: PlanState, action: &Id) -> (Signal<String>, Callback<String>) {
    plan.planner.bind_item(
        Part::Plan,
        &plan.id(),
        action,
        ACTIONS,
        |a| match &a.who {
            Supporter::Principal => "principal".to_string(),
            Supporter::Coach { coach } => format!("coach:{coach}"),
            Supporter::LeadTeacher { .. } => "lead-teacher".to_string(),
            Supporter::Plc { .. } => "plc".to_string(),
            Supporter::Other { .. } => "other".to_string(),
        },
        |a, v| {
            let name = match &a.who {
                Supporter::LeadTeacher { name }
                | Supporter::Plc { name }
                | Supporter::Other { name } => name.clone(),
                _ => String::new(),
            };
            a.who = match v.as_str() {
                "principal" => Supporter::Principal,
                "lead-teacher" => Supporter::LeadTeacher { name },
                "plc" => Supporter::Plc { name },
                "other" => Supporter::Other { name },
                // Offered only for the partnership's own coaches.
                coach => match coach.strip_prefix("coach:") {
                    Some(id) => Supporter::Coach { coach: Id::new(id) },
                    None => return,
                },
            };
        },
    )
}

/// For whom, as the "For whom" choice.
fn bind_for_whom(plan: PlanState, action: &Id) -> (Signal<String>, Callback<String>) {
    let id = plan.id();
    let read = action.clone();
    let write = action.clone();
    plan.planner.bind(
        Part::Plan,
        &id,
        move |p| {
            let Some(a) = p.plan.action(&read) else {
                return String::new();
            };
            match &a.for_whom {
                Target::WholeStaff => "whole-staff".to_string(),
                Target::Stage { stage } => format!("stage:{}", stage.key()),
                Target::Band { .. } => "band".to_string(),
                // A team on the roster, in the roster's own spelling.
                Target::Group { name } => p
                    .continuum
                    .assignments()
                    .into_iter()
                    .find(|x| x.eq_ignore_ascii_case(name.trim()))
                    .map_or("group".to_string(), |x| format!("group:{x}")),
                Target::Teacher { .. } => "teacher".to_string(),
            }
        },
        move |p, v| {
            // The first in the picker, which lists teachers by name.
            let first_teacher = p
                .continuum
                .names_by_name()
                .into_iter()
                .next()
                .map(|(id, _)| id);
            let Some(a) = p.plan.action_mut(&write) else {
                return;
            };
            let target = match v.as_str() {
                "whole-staff" => Some(Target::WholeStaff),
                "band" => Some(Target::Band {
                    from: Position::MIDDLE,
                    to: Position::MIDDLE,
                }),
                "group" => Some(Target::Group {
                    name: String::new(),
                }),
                "teacher" => first_teacher.map(|teacher| Target::Teacher { teacher }),
                other => other
                    .strip_prefix("stage:")
                    .and_then(Stage::from_key)
                    .map(|stage| Target::Stage { stage })
                    .or_else(|| {
                        other.strip_prefix("group:").map(|name| Target::Group {
                            name: name.to_string(),
                        })
                    }),
            };
            if let Some(target) = target {
                a.for_whom = target;
            }
        },
    )
}

/// The details a target needs: the band's ends, the group's name, or the teacher.
#[component]
fn WhomDetails(action: Id) -> impl IntoView {
    let plan = use_plan();
    let kind = of_action(plan, &action, |a| match a.for_whom {
        Target::Band { .. } => 1,
        Target::Group { .. } => 2,
        Target::Teacher { .. } => 3,
        _ => 0,
    });
    let id = plan.id();
    let key = action.to_string();
    let f = move |field: &str| format!("{key}-{field}");
    let positions: Vec<(String, String)> = (Position::LOWEST..=Position::HIGHEST)
        .map(|n| (n.to_string(), n.to_string()))
        .collect();
    let end = |is_to: bool| {
        plan.planner.bind_item(
            Part::Plan,
            &id,
            &action,
            ACTIONS,
            move |a| match a.for_whom {
                Target::Band { from, to } => (if is_to { to } else { from }).value().to_string(),
                _ => String::new(),
            },
            // A band always runs upwards: moving one end past the other moves both.
            move |a, v| {
                if let (Target::Band { from, to }, Some(n)) =
                    (&mut a.for_whom, v.parse().ok().and_then(Position::new))
                {
                    if is_to {
                        *to = n;
                        *from = (*from).min(n);
                    } else {
                        *from = n;
                        *to = (*to).max(n);
                    }
                }
            },
        )
    };
    let (from, set_from) = end(false);
    let (to, set_to) = end(true);
    let (group, set_group) = plan.planner.bind_item(
        Part::Plan,
        &id,
        &action,
        ACTIONS,
        |a| match &a.for_whom {
            Target::Group { name } => name.clone(),
            _ => String::new(),
        },
        |a, v| {
            if let Target::Group { name } = &mut a.for_whom {
                *name = v;
            }
        },
    );
    let teacher = of_action(plan, &action, |a| match &a.for_whom {
        Target::Teacher { teacher } => teacher.to_string(),
        _ => String::new(),
    });
    // The map's names alone: typing in the action does not sort the staff again.
    let teachers = Memo::new(move |_| {
        plan.planner.read(Part::Continuum, &plan.id(), |p| {
            p.continuum
                .names_by_name()
                .into_iter()
                .map(|(id, name)| (id.to_string(), name))
                .collect::<Vec<_>>()
        })
    });
    let set_teacher = {
        let action = action.clone();
        Callback::new(move |v: String| {
            let action = action.clone();
            plan.edit(move |p| {
                let known = p.continuum.teacher(&Id::new(v.clone())).is_some();
                if let Some(a) = p.plan.action_mut(&action) {
                    if known {
                        a.for_whom = Target::Teacher {
                            teacher: Id::new(v),
                        };
                    }
                }
            })
        })
    };
    move || {
        match kind.get() {
        1 => view! {
            <div class="field-row">
                <SelectField id=f("from") label="From position" options=Signal::stored(positions.clone()) value=from on_change=set_from />
                <SelectField id=f("to") label="To position" options=Signal::stored(positions.clone()) value=to on_change=set_to />
            </div>
        }.fresh(),
        2 => view! {
            <TextField id=f("group") label="Group" hint="A team, grade or subject on your staff list counts its teachers in." value=group on_change=set_group />
        }.fresh(),
        3 => view! {
            <SelectField id=f("teacher") label="Teacher" hint="Choose the teacher this support is for. The list runs A to Z, and starts at its first name." options=teachers value=teacher on_change=set_teacher />
        }.fresh(),
        _ => ().fresh(),
    }
    }
}
