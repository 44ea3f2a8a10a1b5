//! Three ways to read the plan: by teacher, with where each stands on the map; by owner,
//! "what is mine this week and next"; and a timeline by week or month. Each links to the
//! action's editor, so a view never holds an edit of its own to lose.

use super::actions::summary;
use super::state::{use_plan, PlanState};
use crate::model::day;
use crate::model::order;
use crate::model::plan::{this_week_and_next, Period, Supporter, Target};
use crate::model::text::count;
use crate::model::{Id, Partnership, Stage};
use crate::ui::widgets::IntoFresh;
use crate::ui::widgets::SelectField;
use chrono::NaiveDate;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lens {
    Teacher,
    Owner,
    Timeline,
}

/// Teachers a page in the view by teacher, as in the map's list.
const TEACHERS_A_PAGE: usize = 50;

#[component]
pub fn PlanViews() -> impl IntoView {
    let lens = RwSignal::new(Lens::Owner);
    let choice = move |value: Lens, words: &'static str| {
        view! {
            <label><input type="radio" name="plan-view" prop:checked=move || lens.get() == value
                on:change=move |_| lens.set(value) />" "{words}</label>
        }
    };
    view! {
        <fieldset class="view-choice">
            <legend>"See the plan"</legend>
            {choice(Lens::Owner, "By owner")}
            {choice(Lens::Timeline, "Timeline")}
            {choice(Lens::Teacher, "By teacher")}
        </fieldset>
        {move || match lens.get() {
            Lens::Owner => view! { <ByOwner /> }.fresh(),
            Lens::Timeline => view! { <Timeline /> }.fresh(),
            Lens::Teacher => view! { <ByTeacher /> }.fresh(),
        }}
    }
}

/// An action as a view shows it: a link to its editor, with its line.
fn action_entry(p: &Partnership, action: &Id, today: NaiveDate) -> impl IntoView {
    let plan = use_plan();
    let line = summary(p, action, today);
    let action = action.clone();
    view! {
        <li class="plan-entry" class:overdue=line.overdue>
            <button type="button" class="link-button" on:click=move |_| plan.open_action(&action)>{line.what}</button>
            <span class="action-meta">{line.meta}</span>
            {line.overdue.then(|| view! { <span class="overdue-mark">"⚠ Overdue"</span> })}
        </li>
    }
}

/// A teacher the coach withdrew from, whose follow-up is the principal's: the entry leads
/// to their two questions, opened where the follow-up is written.
fn follow_up_entry(p: &Partnership, teacher: &Id) -> impl IntoView {
    let plan = use_plan();
    let name = p
        .continuum
        .teacher(teacher)
        .map(|t| t.name.clone())
        .unwrap_or_default();
    let teacher = teacher.clone();
    view! {
        <li class="plan-entry">
            <button type="button" class="link-button" on:click=move |_| plan.open_protocol(&teacher)>
                {format!("Follow up with {name}")}
            </button>
            <span class="action-meta">"The coach withdrew after the two questions; the next step is the principal’s."</span>
        </li>
    }
}

/// An action by its title alone, for the teacher-by-teacher table.
fn title_entry(p: &Partnership, action: &Id, today: NaiveDate) -> impl IntoView {
    let plan = use_plan();
    let line = summary(p, action, today);
    // Beside the same support for their whole stage, one chosen for them alone says so.
    let alone = p
        .plan
        .action(action)
        .is_some_and(|a| matches!(a.for_whom, Target::Teacher { .. }));
    let action = action.clone();
    view! {
        <li>
            <button type="button" class="link-button" on:click=move |_| plan.open_action(&action)>{line.what}</button>
            {alone.then_some(" (for them alone)")}
            {line.overdue.then(|| view! { " " <span class="overdue-mark">"⚠ Overdue"</span> })}
        </li>
    }
}

/// An owner as a choice keeps to the person, whatever else the plan gains or loses.
fn owner_key(owner: &Supporter) -> String {
    match owner {
        Supporter::Principal => "principal".to_string(),
        Supporter::Coach { coach } => format!("coach:{coach}"),
        Supporter::LeadTeacher { name } => format!("lead-teacher:{name}"),
        Supporter::Plc { name } => format!("plc:{name}"),
        Supporter::Other { name } => format!("other:{name}"),
    }
}

/// The owners in the plan, the principal and each coach first.
fn owners(p: &Partnership) -> Vec<Supporter> {
    let mut owners = vec![Supporter::Principal];
    owners.extend(p.coaches.iter().map(|c| Supporter::Coach {
        coach: c.id.clone(),
    }));
    for a in &p.plan.actions {
        if !owners.contains(&a.who) {
            owners.push(a.who.clone());
        }
    }
    owners
}

/// The owners as choices, after one for everyone.
fn owner_choices(plan: PlanState, everyone: &'static str) -> Memo<Vec<(String, String)>> {
    Memo::new(move |_| {
        plan.read_later(|p| {
            let mut options = vec![(String::new(), everyone.to_string())];
            options.extend(
                owners(p)
                    .iter()
                    .map(|o| (owner_key(o), o.label(&p.principal, &p.coaches))),
            );
            options
        })
    })
}

#[component]
fn ByOwner() -> impl IntoView {
    let plan = use_plan();
    let whose = RwSignal::new(String::new());
    let soon = RwSignal::new(false);
    let today = crate::ui::shell::today();
    let choices = owner_choices(plan, "Everyone");
    let body = move || {
        let chosen = whose.get();
        let soon = soon.get();
        let (from, to) = this_week_and_next(today);
        plan.read_later(|p| {
            let groups = owners(p)
                .into_iter()
                .filter(|o| chosen.is_empty() || chosen == owner_key(o))
                .filter_map(|owner| {
                    // After a withdrawal the next step is the principal's: it is theirs here.
                    let follow_ups = match (&owner, soon) {
                        (Supporter::Principal, false) => p.plan.follow_ups(&p.continuum),
                        _ => Vec::new(),
                    };
                    let mine: Vec<Id> = p
                        .plan
                        .actions
                        .iter()
                        .filter(|a| a.who == owner && (!soon || (a.status.is_open() && a.falls_within(from, to))))
                        .map(|a| a.id.clone())
                        .collect();
                    if mine.is_empty() && follow_ups.is_empty() && !chosen.is_empty() {
                        return Some(view! {
                            <h3>{owner.label(&p.principal, &p.coaches)}</h3>
                            <p class="empty-state">{if soon { "Nothing this week or next." } else { "Nothing yet." }}</p>
                        }.fresh());
                    }
                    let things = [(mine.len(), "action"), (follow_ups.len(), "follow-up")]
                        .into_iter()
                        .filter(|(n, _)| *n > 0)
                        .map(|(n, what)| count(n, what))
                        .collect::<Vec<_>>()
                        .join(", ");
                    (!things.is_empty()).then(|| view! {
                        <h3>{format!("{} · {things}", owner.label(&p.principal, &p.coaches))}</h3>
                        <ul class="plan-entries">
                            {follow_ups.iter().map(|t| follow_up_entry(p, t)).collect_view()}
                            {mine.iter().map(|a| action_entry(p, a, today)).collect_view()}
                        </ul>
                    }.fresh())
                })
                .collect::<Vec<_>>();
            Some(if groups.is_empty() {
                view! { <p class="empty-state">{if soon { "Nothing falls this week or next." } else { "No support actions yet." }}</p> }.fresh()
            } else {
                groups.into_iter().collect_view().fresh()
            })
        })
    };
    view! {
        <div class="plan-view">
            <div class="map-tools">
                <SelectField id="plan-owner" label="Whose actions" options=choices value=whose on_change=Callback::new(move |v| whose.set(v)) />
                <label class="goal-toggle"><input type="checkbox" prop:checked=move || soon.get()
                    on:change=move |ev| soon.set(event_target_checked(&ev)) />
                    {format!(" Only this week and next ({})", week_words(today))}</label>
            </div>
            {body}
        </div>
    }
}

fn week_words(today: NaiveDate) -> String {
    let (from, to) = this_week_and_next(today);
    format!("{} to {}", day::day_and_month(from), day::day_and_month(to))
}

#[component]
fn Timeline() -> impl IntoView {
    let plan = use_plan();
    let by = RwSignal::new("month".to_string());
    let today = crate::ui::shell::today();
    let body = move || {
        let period = if by.get() == "week" {
            Period::Week
        } else {
            Period::Month
        };
        plan.read_later(|p| {
            let mut dated: Vec<(NaiveDate, &Id)> = p
                .plan
                .actions
                .iter()
                .filter_map(|a| Some((a.first_day()?, &a.id)))
                .collect();
            order::sort(&mut dated);
            let mut groups: Vec<(NaiveDate, Vec<&Id>)> = Vec::new();
            for (day, id) in dated {
                let start = period.start(day);
                match groups.last_mut() {
                    Some((s, ids)) if *s == start => ids.push(id),
                    _ => groups.push((start, vec![id])),
                }
            }
            let undated: Vec<&Id> = p.plan.actions.iter().filter(|a| a.first_day().is_none()).map(|a| &a.id).collect();
            let heading = |start: NaiveDate| match period {
                Period::Month => day::month_and_year(start),
                Period::Week => format!("Week of {}", day::long(start)),
            };
            let periods = groups
                .into_iter()
                .map(|(start, ids)| view! {
                    <li class="timeline-period" class:now=period.start(today) == start>
                        <h3>{heading(start)}{(period.start(today) == start).then_some(" (now)")}</h3>
                        <ul class="plan-entries">{ids.into_iter().map(|a| action_entry(p, a, today)).collect_view()}</ul>
                    </li>
                })
                .collect_view();
            let undated = (!undated.is_empty()).then(|| view! {
                <li class="timeline-period">
                    <h3>"No dates yet"</h3>
                    <ul class="plan-entries">{undated.into_iter().map(|a| action_entry(p, a, today)).collect_view()}</ul>
                </li>
            });
            Some(view! { <ol class="timeline">{periods}{undated}</ol> }.fresh())
        })
    };
    view! {
        <div class="plan-view">
            <div class="map-tools">
                <SelectField id="plan-period" label="Group by" value=by on_change=Callback::new(move |v| by.set(v))
                    options=Signal::stored(vec![("month".to_string(), "Month".to_string()), ("week".to_string(), "Week".to_string())]) />
            </div>
            {body}
        </div>
    }
}

#[component]
fn ByTeacher() -> impl IntoView {
    let plan = use_plan();
    let stage = RwSignal::new(String::new());
    let shown = RwSignal::new(TEACHERS_A_PAGE);
    let today = crate::ui::shell::today();
    let stages = {
        let mut options = vec![(String::new(), "All stages".to_string())];
        options.extend(
            Stage::ALL
                .into_iter()
                .map(|s| (s.key().to_string(), s.label().to_string())),
        );
        options
    };
    let rows = move || {
        let only = Stage::from_key(&stage.get());
        let limit = shown.get();
        plan.read_later(|p| {
            let withdrawn = p.plan.withdrawn(&p.continuum);
            let mut teachers: Vec<_> = p
                .continuum
                .teachers
                .iter()
                .filter(|t| only.is_none() || t.stage == only)
                .collect();
            order::sort_by_key(&mut teachers, |t| (t.position.is_none(), t.position, t.name.to_lowercase()));
            let total = teachers.len();
            let body = teachers
                .into_iter()
                .take(limit)
                .map(|t| {
                    let support: Vec<&Id> = p
                        .plan
                        .actions
                        .iter()
                        .filter(|a| a.status.is_open() && a.for_whom.covers(t))
                        .map(|a| &a.id)
                        .collect();
                    let protocol = p.plan.protocols.iter().find(|pr| pr.teacher == t.id).map(|pr| {
                        if withdrawn.contains(&pr.teacher) { "Coach withdrew" } else { protocol_words(pr.outcome()) }
                    });
                    let add = {
                        let teacher = t.clone();
                        move |_| {
                            let who = plan.lead();
                            let mut added = 0;
                            plan.edit(|p| added = p.plan.support_teacher(&teacher, &p.agreement.time_investment, &who));
                            plan.say(if teacher.stage == Some(Stage::Unwilling) {
                                format!("The two questions for {} are ready below.", teacher.name)
                            } else {
                                match added {
                                    0 => format!("{} already has the support for their stage.", teacher.name),
                                    n => format!("Added {} for {} alone, to date and adapt for them.", count(n, "support action"), teacher.name),
                                }
                            });
                        }
                    };
                    // The unwilling are asked the two questions rather than given support.
                    let unwilling = t.stage == Some(Stage::Unwilling);
                    let can_add = t.stage.is_some() && !(unwilling && protocol.is_some());
                    let add_words = if unwilling {
                        format!("Start the two questions for {}", t.name)
                    } else {
                        format!("Add support for {} alone", t.name)
                    };
                    view! {
                        <tr>
                            <th scope="row">{t.name.clone()}</th>
                            <td>{t.position.map_or("Not placed".to_string(), |p| p.value().to_string())}</td>
                            <td>{t.stage.map_or("No stage yet", Stage::label)}</td>
                            <td>
                                {(support.is_empty() && !unwilling).then(|| view! { <span class="missing-support">"No support yet"</span> })}
                                <ul class="support-titles">{support.into_iter().map(|a| title_entry(p, a, today)).collect_view()}</ul>
                                {protocol.map(|w| view! { <p class="hint">{format!("Two questions: {w}")}</p> })}
                            </td>
                            <td>{can_add.then(|| view! {
                                <button type="button" on:click=add.clone()>{add_words.clone()}</button>
                            })}</td>
                        </tr>
                    }
                })
                .collect_view();
            let more = (total > limit).then(|| view! {
                <button type="button" on:click=move |_| shown.update(|n| *n += TEACHERS_A_PAGE)>
                    {format!("Show {} more of {}", (total - limit).min(TEACHERS_A_PAGE), total)}
                </button>
            });
            Some(view! {
                <p class="hint">"The support still to give: planned or under way. What is done or dropped stays in the list of support actions."</p>
                // Wider than a phone: a region the keyboard can scroll.
                <div class="table-wrap" tabindex="0" role="region" aria-label="Support for each teacher">
                    <table class="plan-teachers">
                        <caption>{format!("Support for each teacher ({} shown of {total})", total.min(limit))}</caption>
                        <thead><tr><th scope="col">"Teacher"</th><th scope="col">"Position"</th><th scope="col">"Stage"</th><th scope="col">"Support"</th><th scope="col">"Add"</th></tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
                {more}
            })
        })
    };
    view! {
        <div class="plan-view">
            <div class="map-tools">
                <SelectField id="plan-stage" label="Show stage" options=Signal::stored(stages) value=stage
                    on_change=Callback::new(move |v| { stage.set(v); shown.set(TEACHERS_A_PAGE); }) />
            </div>
            {rows}
        </div>
    }
}

fn protocol_words(outcome: crate::model::plan::ProtocolOutcome) -> &'static str {
    use crate::model::plan::ProtocolOutcome::*;
    match outcome {
        AskFirstQuestion => "first question to ask",
        GetClarity => "getting clarity",
        AskSecondQuestion => "second question to ask",
        CoachBegins => "the coach begins",
        CoachWithdraws => "the coach withdrew",
    }
}

/// The coach's planned time beside the shares the agreement set.
#[component]
pub fn TimeSpread() -> impl IntoView {
    let plan = use_plan();
    let spread = Memo::new(move |_| plan.read_later(|p| p.plan.spread(&p.agreement)));
    move || {
        let spread = spread.get();
        if spread.shares.iter().all(|s| s.agreed == 0) {
            return view! { <p class="empty-state">"Your agreement gives the coaching actions no share of the coach's time yet: set the shares under “Coach time investment” in step 1, and the plan is compared with them here."</p> }.fresh();
        }
        let planned = spread.shares.iter().any(|s| s.planned > 0);
        let rows = spread
            .shares
            .iter()
            .map(|s| {
                let verdict = if !planned {
                    "Nothing planned yet".to_string()
                } else if !s.drifts() {
                    "Close to what you agreed".to_string()
                } else if s.planned_percent > s.agreed {
                    "▲ More than you agreed".to_string()
                } else {
                    "▼ Less than you agreed".to_string()
                };
                view! {
                    <tr class:drift=s.drifts()>
                        <th scope="row">{if s.label.is_empty() { "A coaching action, not yet named".to_string() } else { s.label.clone() }}</th>
                        <td data-label="Agreed share">{format!("{}%", s.agreed)}</td>
                        <td data-label="Share of open actions">{format!("{}% ({})", s.planned_percent, count(s.planned, "action"))}</td>
                        <td data-label="Compared">{verdict}</td>
                    </tr>
                }
            })
            .collect_view();
        let unlinked = (spread.unlinked > 0).then(|| view! {
            <p class="hint">{format!("{} of the coach's {} not yet linked to a coaching action: choose one under “Coach time spent on” in the action.", count(spread.unlinked, "open action"), if spread.unlinked == 1 { "is" } else { "are" })}</p>
        });
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label="Coach time by coaching action">
                <table class="time-spread stacks">
                    <caption>"The coach's open actions, by coaching action"</caption>
                    <thead><tr><th scope="col">"Coaching action"</th><th scope="col">"Agreed share"</th><th scope="col">"Share of open actions"</th><th scope="col">"Compared"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {unlinked}
        }
        .fresh()
    }
}

/// The calendar file, for one owner or for everyone.
#[component]
pub fn Calendar() -> impl IntoView {
    let plan = use_plan();
    let whose = RwSignal::new(String::new());
    let outcome = RwSignal::new(String::new());
    let choices = owner_choices(
        plan,
        "Everyone, with the agreement's review and check dates",
    );
    let download = move |_| {
        let chosen = whose.get_untracked();
        let (file, text, events) = plan.peek(|p| {
            let owner = owners(p).into_iter().find(|o| owner_key(o) == chosen);
            let events = crate::format::ics::plan_events(p, owner.as_ref());
            let label = owner.map(|o| o.label(&p.principal, &p.coaches));
            let file = crate::format::file_name::calendar_file_name(p, label.as_deref());
            (
                file,
                crate::format::ics::write_calendar(&events, crate::ui::shell::now()),
                events.len(),
            )
        });
        outcome.set(match crate::storage::download(&file, &text, "text/calendar") {
            Ok(()) if events == 0 => "The file is in your downloads, but it holds no events yet: give actions dates first.".to_string(),
            Ok(()) => format!("{file} is in your downloads, with {}. Open it with Outlook, Google Calendar or Apple Calendar; opening a newer one later updates these events rather than adding them twice.", count(events, "event")),
            Err(e) => e,
        });
    };
    view! {
        <SelectField id="calendar-owner" label="Whose dates" options=choices value=whose on_change=Callback::new(move |v| whose.set(v)) />
        <button type="button" on:click=download>"Download calendar file (.ics)"</button>
        <p class="live" role="status">{outcome}</p>
    }
}
