//! The unwilling-teacher protocol, step by step for each teacher: the two questions, the
//! way to clarity in between, and where it leaves the coach.

use super::state::use_plan;
use crate::model::plan::{Answer, ClarityStep, ProtocolOutcome, UnwillingProtocol};
use crate::model::{Id, Stage};
use crate::ui::widgets::Shown;
use crate::ui::widgets::{focus_when_drawn, kept_open, DateField, TextField};
use crate::ui::widgets::{keyed, IntoFresh};
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub fn Protocols() -> impl IntoView {
    let plan = use_plan();
    let teachers = Memo::new(move |_| {
        plan.read_later(|p| {
            p.plan
                .protocols
                .iter()
                .map(|pr| pr.teacher.clone())
                .collect::<Vec<_>>()
        })
    });
    let shown = move || {
        let limit = plan.protocols_shown.get();
        teachers.with(|t| t.iter().take(limit).cloned().collect::<Vec<_>>())
    };
    let hidden = move || {
        teachers
            .with(Vec::len)
            .saturating_sub(plan.protocols_shown.get())
    };
    view! {
        <Shown when=move || teachers.with(|t| !t.is_empty())
            fallback=|| view! { <p class="empty-state">"No unwilling teachers have been asked the two questions yet. Proposing support from the map starts them for every unwilling teacher."</p> }>
            <ul class="protocols">
                {keyed(Signal::derive(shown), |teacher| view! { <Protocol teacher=teacher /> })}
            </ul>
            <Shown when=move || hidden() != 0>
                <button type="button" on:click=move |_| plan.protocols_shown.set(usize::MAX)>
                    {move || format!("Show the other {} unwilling teachers", hidden())}
                </button>
            </Shown>
        </Shown>
    }
}

/// Reads and writes one teacher's protocol.
fn field<T: Clone + PartialEq + Default + Send + Sync + 'static>(
    teacher: &Id,
    get: fn(&UnwillingProtocol) -> T,
    set: fn(&mut UnwillingProtocol, T),
) -> (Signal<T>, Callback<T>) {
    let plan = use_plan();
    let (read, write) = (teacher.clone(), teacher.clone());
    plan.planner.bind(
        crate::ui::planner::Part::Plan,
        &plan.id(),
        move |p| {
            p.plan
                .protocols
                .iter()
                .find(|pr| pr.teacher == read)
                .map(get)
                .unwrap_or_default()
        },
        move |p, v| {
            if let Some(pr) = p.plan.protocols.iter_mut().find(|pr| pr.teacher == write) {
                set(pr, v);
            }
        },
    )
}

#[component]
fn Protocol(teacher: Id) -> impl IntoView {
    let plan = use_plan();
    let who: Memo<Standing> = {
        let teacher = teacher.clone();
        // Where they stand changes on the map, not in the plan.
        Memo::new(move |_| {
            plan.planner
                .read(crate::ui::planner::Part::Continuum, &plan.id(), |p| {
                    p.continuum
                        .teacher(&teacher)
                        .map(|t| (t.name.clone(), t.position.map(|p| p.value()), t.stage))
                })
        })
    };
    let name = move || who.with(|w| w.as_ref().map(|w| w.0.clone()).unwrap_or_default());
    let outcome = {
        let teacher = teacher.clone();
        Memo::new(move |_| {
            plan.read(|p| {
                p.plan
                    .protocols
                    .iter()
                    .find(|pr| pr.teacher == teacher)
                    .map(UnwillingProtocol::outcome)
            })
        })
    };
    let key = StoredValue::new(teacher.to_string());
    let f = move |field: &str| format!("protocol-{}-{field}", key.get_value());
    // Folded to one line until opened: a staff of 300 may hold sixty unwilling teachers.
    // Left open, it opens again after a reload, with what was being written in it.
    let open = kept_open(format!("{}.protocol-open.{teacher}", plan.id()));
    {
        let teacher = teacher.clone();
        Effect::new(move |_| {
            if plan.opening.with(|o| o.as_ref() == Some(&teacher)) {
                open.set(true);
                plan.opening.set(None);
            }
        });
    }
    let body = {
        let teacher = teacher.clone();
        move || {
            open.get().then(|| {
                view! { <ProtocolSteps teacher=teacher.clone() who=who outcome=outcome /> }.fresh()
            })
        }
    };
    view! {
        <li class="protocol">
            <h3 id=f("title")>
                <button type="button" class="protocol-line" id=f("line") aria-expanded=move || open.get().to_string()
                    aria-controls=f("steps") on:click=move |_| open.update(|o| *o = !*o)>
                    <span class="chevron" aria-hidden="true"></span>
                    {name}
                    <span class="protocol-where">{move || who.with(|w| w.as_ref().map(|w| match (w.1, w.2) {
                        (Some(n), Some(s)) => format!(" · position {n}, {}", s.label()),
                        (None, Some(s)) => format!(" · {}", s.label()),
                        _ => String::new(),
                    }))}</span>
                </button>
            </h3>
            <p class="protocol-state">{move || outcome.get().map(|o| o.words(&name()))}</p>
            <Shown when=Signal::derive(move || who.with(|w| w.as_ref().is_some_and(|w| w.2.is_some_and(|s| s != Stage::Unwilling))))>
                <p class="hint">{move || format!(
                    "{} is no longer unwilling on the map: these answers are a record of before, and support for their stage can be planned.",
                    name()
                )}</p>
            </Shown>
            <div id=f("steps")>{body}</div>
        </li>
    }
}

/// A question with its answers as radio buttons.
#[component]
fn Question(
    legend: &'static str,
    name: String,
    choices: &'static [(Answer, &'static str)],
    value: Signal<Option<Answer>>,
    on_change: Callback<Option<Answer>>,
) -> impl IntoView {
    view! {
        <fieldset class="field question">
            <legend>{legend}</legend>
            {choices.iter().map(|(answer, words)| {
                let answer = *answer;
                view! {
                    <label class="choice"><input type="radio" name=name.clone() prop:checked=move || value.get() == Some(answer)
                        on:change=move |_| on_change.run(Some(answer)) />" "{*words}</label>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// When a question was asked, offered as today once it is answered.
#[component]
fn AskedOn(
    id: String,
    label: &'static str,
    value: Signal<Option<NaiveDate>>,
    on_change: Callback<Option<NaiveDate>>,
    today: NaiveDate,
    /// For the second question: the day the first was asked, which it cannot come before.
    #[prop(optional)]
    after: Option<Signal<Option<NaiveDate>>>,
) -> impl IntoView {
    let too_early = move || {
        let first = after.and_then(|first| first.get())?;
        value.get().filter(|second| *second < first).map(|_| {
            format!(
                "This is before the first question was asked, on {}: is one of the dates mistyped?",
                crate::model::day::long(first)
            )
        })
    };
    view! {
        <div class="asked-on">
            <DateField id=id.clone() label=label value=value on_change=on_change />
            <p class="hint asked-note" role="status">{too_early}</p>
            <Shown when=move || value.get().is_none()>
                // The button goes once the date is set: the cursor goes to the date.
                <button type="button" class="quiet" aria-label=format!("{label} today")
                    on:click={
                        let id = id.clone();
                        move |_| {
                            on_change.run(Some(today));
                            focus_when_drawn(id.clone());
                        }
                    }>"Today"</button>
            </Shown>
        </div>
    }
}

/// Where a teacher stands on the map: name, position and stage.
type Standing = Option<(String, Option<u8>, Option<Stage>)>;

/// The steps of one teacher's protocol, built while it is open.
#[component]
fn ProtocolSteps(
    teacher: Id,
    who: Memo<Standing>,
    outcome: Memo<Option<ProtocolOutcome>>,
) -> impl IntoView {
    let plan = use_plan();
    let (knows, set_knows) = field(
        &teacher,
        |p| p.knows_expectation,
        |p, v| p.knows_expectation = v,
    );
    let (first_asked, set_first_asked) =
        field(&teacher, |p| p.first_asked, |p, v| p.first_asked = v);
    let (clarity, set_clarity) = field(&teacher, |p| p.clarity_step, |p, v| p.clarity_step = v);
    let (plans, set_plans) = field(&teacher, |p| p.plans_to_do_it, |p, v| p.plans_to_do_it = v);
    let (second_asked, set_second_asked) =
        field(&teacher, |p| p.second_asked, |p, v| p.second_asked = v);
    let (follow_up, set_follow_up) = field(
        &teacher,
        |p| p.principal_follow_up.clone(),
        |p, v| p.principal_follow_up = v,
    );
    let key = StoredValue::new(teacher.to_string());
    let f = move |field: &str| format!("protocol-{}-{field}", key.get_value());
    let needs_clarity = move || knows.get().is_some_and(|a| a != Answer::Yes);
    let asked_second = move || {
        !matches!(
            outcome.get(),
            Some(ProtocolOutcome::AskFirstQuestion | ProtocolOutcome::GetClarity) | None
        )
    };
    let move_to = {
        let teacher = teacher.clone();
        move |stage: Stage| {
            let teacher = teacher.clone();
            move |_: leptos::ev::MouseEvent| {
                plan.edit_with_map(|p| {
                    if let Some(t) = p.continuum.teacher_mut(&teacher) {
                        t.stage = Some(stage);
                    }
                });
                plan.say(format!("Moved to {} on the map.", stage.label()));
                // The buttons go with the stage; the teacher's line stays to come back to.
                focus_when_drawn(f("line"));
            }
        }
    };
    let (to_ready, to_started) = (
        Callback::new(move_to(Stage::GettingReady)),
        Callback::new(move_to(Stage::Started)),
    );
    let still_unwilling =
        move || who.with(|w| w.as_ref().is_some_and(|w| w.2 == Some(Stage::Unwilling)));
    let today = crate::ui::shell::today();
    view! {
        <div class="protocol-steps">
            <Question legend="1. “Do you know what the principal wants you to do?”" name=f("knows")
                choices=&[(Answer::Yes, "Yes"), (Answer::Unsure, "Unsure"), (Answer::No, "No")]
                value=knows on_change=set_knows />
            <AskedOn id=f("first-asked") label="First question asked on" value=first_asked on_change=set_first_asked today=today />
            <Shown when=needs_clarity>
                <fieldset class="field">
                    <legend>"How clarity is gained"</legend>
                    {[(ClarityStep::TeacherConfersWithPrincipal, "The teacher confers with the principal"),
                      (ClarityStep::MeetTogether, "Teacher and coach meet the principal together")]
                        .into_iter().map(|(step, words)| view! {
                            <label class="choice"><input type="radio" name=f("clarity") prop:checked=move || clarity.get() == Some(step)
                                on:change=move |_| set_clarity.run(Some(step)) />" "{words}</label>
                        }).collect_view()}
                </fieldset>
            </Shown>
            <Shown when=move || knows.get().is_some() && (!needs_clarity() || clarity.get().is_some())>
                <Question legend="2. “Are you planning to do it?”" name=f("plans")
                    choices=&[(Answer::Yes, "Yes, even grudgingly"), (Answer::Unsure, "Unsure"), (Answer::No, "No")]
                    value=plans on_change=set_plans />
                <AskedOn id=f("second-asked") label="Second question asked on" value=second_asked on_change=set_second_asked today=today
                    after=first_asked />
            </Shown>
            <Shown when=move || asked_second() && outcome.get() == Some(ProtocolOutcome::CoachBegins) && still_unwilling()>
                <div class="ask-actions">
                    <p>"The coach begins. Move them on the map to a working stage:"</p>
                    <button type="button" on:click=move |ev| to_ready.run(ev)>"Move to Getting ready"</button>
                    <button type="button" on:click=move |ev| to_started.run(ev)>"Move to Started"</button>
                </div>
            </Shown>
            <Shown when=move || outcome.get() == Some(ProtocolOutcome::CoachWithdraws)>
                <TextField id=f("follow-up") label="The principal's follow-up" multiline=true
                    hint="Private: left out of anonymised files."
                    value=follow_up on_change=set_follow_up />
            </Shown>
        </div>
    }
}
