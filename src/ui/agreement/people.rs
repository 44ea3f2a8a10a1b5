//! The principal's commitments for setting expectations with staff, and who does what.

use super::super::planner::use_planner;
use super::super::widgets::{keyed, DateField, IntoFresh, TextField};
use super::lists::{COMMITMENTS, ROLES};
use super::{add_row, rows_of, AgreementPart, Editing};
use crate::model::agreement::{Commitment, Role, SUGGESTED_COMMITMENTS};
use crate::model::sign_off::AgreementSection;
use crate::ui::planner::Part;
use crate::ui::undo::{removed, UndoBar};
use leptos::prelude::*;

#[component]
pub fn Expectations() -> impl IntoView {
    let planner = use_planner();
    let Editing(id) = expect_context::<Editing>();
    let partnership = id.clone();
    let section = AgreementSection::Expectations;
    let rows = planner.item_ids(Part::Agreement, &id, COMMITMENTS);
    let unused = {
        let id = id.clone();
        Memo::new(move |_| {
            planner.read(Part::Agreement, &id, |p| {
                SUGGESTED_COMMITMENTS
                    .iter()
                    .filter(|s| !p.agreement.expectations.iter().any(|c| c.text == **s))
                    .map(|s| (*s).to_string())
                    .collect::<Vec<_>>()
            })
        })
    };
    let add = {
        let id = id.clone();
        move |text: String| {
            add_row(planner, &id, "commitment", COMMITMENTS, "text", |next| {
                Commitment {
                    id: next,
                    text,
                    owner: String::new(),
                    due: None,
                }
            })
        }
    };
    let add_blank = add.clone();
    view! {
        <AgreementPart section=section
            prompt="What the principal will do so that staff see working with the coach as the expected way to grow. Give each an owner and a date."
            example="When a teacher brings a concern about students, the principal asks what came of their talk with the coach.">
            <ul class="item-rows">
                {keyed(rows, move |row| {
                    let (text, set_text) = planner.bind_item(Part::Agreement, &id, &row, COMMITMENTS, |c| c.text.clone(), |c, v| c.text = v);
                    let (owner, set_owner) = planner.bind_item(Part::Agreement, &id, &row, COMMITMENTS, |c| c.owner.clone(), |c, v| c.owner = v);
                    let (due, set_due) = planner.bind_item(Part::Agreement, &id, &row, COMMITMENTS, |c| c.due, |c, v| c.due = v);
                    let id = id.clone();
                    let name = move || if text.get().trim().is_empty() { "New commitment".to_string() } else { text.get() };
                    view! {
                        <li><div class="item-row" role="group" aria-label=name>
                            <TextField id=format!("{row}-text") label="Commitment" multiline=true value=text on_change=set_text />
                            <div class="pair">
                                <TextField id=format!("{row}-owner") label="Owner" value=owner on_change=set_owner />
                                <DateField id=format!("{row}-due") label="By" value=due on_change=set_due />
                            </div>
                            <button type="button" class="quiet" aria-label=move || format!("Remove commitment: {}", name())
                                on:click=move |_| {
                                    planner.remove_item(rows_of(section, "text"), &id, &row, COMMITMENTS, |c| removed("commitment", &c.text));
                                }>"Remove"</button>
                        </div></li>
                    }
                })}
            </ul>
            {move || {
                let unused = unused.get();
                (!unused.is_empty()).then(|| {
                    let add = add.clone();
                    view! {
                        <div class="suggestions">
                            <p class="hint">"Suggestions you can add and then edit:"</p>
                            <ul>
                                {unused.into_iter().map(|text| {
                                    let add = add.clone();
                                    let label = text.clone();
                                    view! { <li><button type="button" class="suggestion" on:click=move |_| add(text.clone())>{format!("Add: {label}")}</button></li> }
                                }).collect_view()}
                            </ul>
                        </div>
                    }
                    .fresh()
                })
            }}
            <button type="button" on:click=move |_| add_blank(String::new())>"Add a commitment"</button>
            <UndoBar section=section.anchor() partnership=partnership />
        </AgreementPart>
    }
}

#[component]
pub fn Roles() -> impl IntoView {
    let planner = use_planner();
    let Editing(id) = expect_context::<Editing>();
    let partnership = id.clone();
    let section = AgreementSection::Roles;
    let rows = planner.item_ids(Part::Agreement, &id, ROLES);
    let add = {
        let id = id.clone();
        move |_| {
            add_row(planner, &id, "role", ROLES, "who", |next| Role {
                id: next,
                who: String::new(),
                responsibilities: String::new(),
            })
        }
    };
    view! {
        <AgreementPart section=section
            prompt="Who does what: the principal, the coaches, and others you rely on, such as lead teachers, PLC leads or district staff."
            example="PLC leads: run the monthly scoring of student writing.">
            <ul class="item-rows">
                {keyed(rows, move |row| {
                    let (who, set_who) = planner.bind_item(Part::Agreement, &id, &row, ROLES, |r| r.who.clone(), |r, v| r.who = v);
                    let (does, set_does) = planner.bind_item(Part::Agreement, &id, &row, ROLES, |r| r.responsibilities.clone(), |r, v| r.responsibilities = v);
                    let id = id.clone();
                    let name = move || if who.get().trim().is_empty() { "New role".to_string() } else { who.get() };
                    view! {
                        <li><div class="item-row" role="group" aria-label=name>
                            <TextField id=format!("{row}-who") label="Who" value=who on_change=set_who />
                            <TextField id=format!("{row}-does") label="What they do" multiline=true value=does on_change=set_does />
                            <button type="button" class="quiet" aria-label=move || format!("Remove role: {}", name())
                                on:click=move |_| {
                                    planner.remove_item(rows_of(section, "who"), &id, &row, ROLES, |r| removed("role", &r.who));
                                }>"Remove"</button>
                        </div></li>
                    }
                })}
            </ul>
            <button type="button" on:click=add>"Add a role"</button>
            <UndoBar section=section.anchor() partnership=partnership />
        </AgreementPart>
    }
}
