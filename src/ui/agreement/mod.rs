//! Step 1: the partnership agreement, section by section, ending in a signature.

mod basics;
mod coach_role;
mod coach_time;
mod focus;
mod lists;
mod people;
mod review;
mod sign_off;

use super::planner::{use_planner, List, Planner};
use super::widgets::{focus_section, focus_when_drawn, IndexEntry, Section, SectionIndex};
use crate::model::day;
use crate::model::ids::Keyed;
use crate::model::sign_off::{AgreementSection, Signing};
use crate::model::Id;
use crate::ui::planner::Part;
use crate::ui::undo::RowPlace;
use crate::ui::widgets::FreshChildren;
use crate::ui::widgets::IntoFresh;
use leptos::prelude::*;

/// The partnership being edited, for the sections below to bind to.
#[derive(Clone)]
pub struct Editing(pub Id);

#[component]
pub fn AgreementStep(id: Id) -> impl IntoView {
    provide_context(Editing(id.clone()));
    view! {
        <SigningBanner id=id.clone() />
        <AgreementIndex id=id />
        <basics::Basics />
        <focus::FocusSection />
        <focus::FirstIndicatorSection />
        <coach_time::CoachTime />
        <coach_role::ProtectedTimeSection />
        <coach_role::CoachRoleSection />
        <people::Expectations />
        <people::Roles />
        <review::ReviewSection />
        <sign_off::SignOffSection />
    }
}

/// One section of the agreement, its completeness read from the model.
#[component]
pub fn AgreementPart(
    section: AgreementSection,
    #[prop(into)] prompt: String,
    #[prop(optional, into)] example: Option<String>,
    children: FreshChildren,
) -> impl IntoView {
    let planner = use_planner();
    let Editing(id) = expect_context::<Editing>();
    let complete =
        Memo::new(move |_| planner.read(Part::Agreement, &id, |p| p.is_section_complete(section)));
    view! {
        <Section anchor=section.anchor() title=section.title() complete=complete
            essential=section.is_essential() prompt=prompt example=example>
            {children.draw()}
        </Section>
    }
}

/// Adds a row to one of the agreement's lists and puts the cursor in its field
/// `{row}-{first_field}`, so keyboard users carry on where the new row is.
pub fn add_row<R: Keyed>(
    planner: Planner,
    id: &Id,
    prefix: &str,
    list: List<R>,
    first_field: &str,
    make: impl FnOnce(Id) -> R,
) {
    if let Some(row) = planner.add_item(Part::Agreement, id, prefix, list, make) {
        focus_when_drawn(format!("{row}-{first_field}"));
    }
}

/// The agreement's lists that change only the agreement, and the field of a row that
/// has the cursor when it comes back.
pub fn rows_of(section: AgreementSection, field: &'static str) -> RowPlace {
    RowPlace {
        part: Part::Agreement,
        section: section.anchor(),
        field,
    }
}

/// A link that moves to a section of this step rather than following its address.
#[component]
pub fn SectionLink(section: AgreementSection, children: Children) -> impl IntoView {
    view! {
        <a href=format!("#{}", section.anchor()) on:click=move |ev| {
            ev.prevent_default();
            focus_section(section.anchor());
        }>{children()}</a>
    }
}

/// Every section with whether it is done, to jump to any of them in any order.
#[component]
fn AgreementIndex(id: Id) -> impl IntoView {
    let planner = use_planner();
    let entries = AgreementSection::ALL
        .into_iter()
        .map(|section| {
            let id = id.clone();
            let done = Memo::new(move |_| {
                planner.read(Part::Agreement, &id, |p| p.is_section_complete(section))
            });
            IndexEntry {
                anchor: section.anchor(),
                title: section.title(),
                done: Some(done.into()),
            }
        })
        .collect();
    view! { <SectionIndex label="Sections of the agreement" entries=entries /> }
}

/// Whether the agreement is signed, and whether it changed since.
#[component]
fn SigningBanner(id: Id) -> impl IntoView {
    let planner = use_planner();
    let signing = Memo::new(move |_| planner.read(Part::Agreement, &id, |p| Some(p.signing())));
    move || {
        match signing.get() {
        Some(Signing::Signed(s)) => view! {
            <p class="signing-banner signed" role="status">
                {format!("✓ Signed by {} on {}.", s.signers(), day::long(s.date))}
            </p>
        }.fresh(),
        Some(Signing::AmendedSince(s)) => view! {
            <p class="signing-banner amended" role="status">
                {format!("Amended since signed on {}. ", day::long(s.date))}
                <SectionLink section=AgreementSection::SignOff>"Sign again"</SectionLink>
            </p>
        }.fresh(),
        _ => view! {
            <p class="signing-banner" role="status">"Not signed yet. Fill in the sections in any order; sign at the end."</p>
        }.fresh(),
    }
    }
}
