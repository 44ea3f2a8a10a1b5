//! Taking back the last removal of a row (a coach, a commitment, a role, a coaching
//! action, a band goal): offered in the section it came from until replaced or dismissed.

use super::planner::{use_planner, List, Part, Planner};
use super::widgets::{focus_section, focus_when_drawn, IntoFresh};
use crate::model::ids::Keyed;
use crate::model::text::cut_at_word;
use crate::model::{Id, Partnership};
use leptos::prelude::*;
use std::sync::Arc;

/// Where a list's rows are: the part they belong to, the section that shows them, and
/// the field of a row that has the cursor when it comes back (its id is `{row}-{field}`).
#[derive(Clone, Copy)]
pub struct RowPlace {
    pub part: Part,
    pub section: &'static str,
    pub field: &'static str,
}

/// What was removed, said in words, and how to put it back.
#[derive(Clone)]
pub struct Undo {
    pub partnership: Id,
    /// The anchor of the section whose bar offers it.
    pub section: &'static str,
    pub said: String,
    /// The control that has the cursor once the row is back.
    pub focus: String,
    pub parts: &'static [Part],
    pub put_back: Arc<dyn Fn(&mut Partnership) + Send + Sync>,
}

impl Planner {
    /// Offers a removal back, and moves the cursor to the offer, since the row that had it
    /// is gone.
    fn offer_undo(&self, undo: Undo) {
        self.undo.set(Some(undo));
        focus_when_drawn("undo-note".to_string());
    }

    /// Removes the record `row` from a list of a partnership, and offers it back.
    pub fn remove_item<R: Keyed + Clone + Send + Sync + 'static>(
        &self,
        place: RowPlace,
        id: &Id,
        row: &Id,
        list: List<R>,
        said: impl FnOnce(&R) -> String,
    ) {
        let mut gone = None;
        self.edit(place.part, id, |p| {
            let rows = (list.write)(p);
            gone = rows
                .iter()
                .position(|r| r.key() == row)
                .map(|at| (at, rows.remove(at)));
        });
        let Some((at, record)) = gone else { return };
        self.offer_undo(Undo {
            partnership: id.clone(),
            section: place.section,
            said: said(&record),
            focus: format!("{row}-{}", place.field),
            parts: match place.part {
                Part::Agreement => &[Part::Agreement],
                Part::Continuum => &[Part::Continuum],
                Part::Plan => &[Part::Plan],
            },
            put_back: Arc::new(move |p| {
                let rows = (list.write)(p);
                if !rows.iter().any(|r| r.key() == record.key()) {
                    rows.insert(at.min(rows.len()), record.clone());
                }
            }),
        });
    }

    /// Removes something the plan may name (a coach, a coaching action) along with what
    /// names it, and offers it back with the cursor in `focus`.
    pub fn remove_named<G: Clone + Send + Sync + 'static>(
        &self,
        id: &Id,
        (section, focus): (&'static str, String),
        take: impl FnOnce(&mut Partnership) -> Option<G>,
        said: impl FnOnce(&G) -> String,
        put_back: fn(&mut Partnership, G),
    ) {
        const WITH_PLAN: &[Part] = &[Part::Agreement, Part::Plan];
        let mut gone = None;
        self.edit_parts(WITH_PLAN, id, |p| gone = take(p));
        let Some(gone) = gone else { return };
        self.offer_undo(Undo {
            partnership: id.clone(),
            section,
            said: said(&gone),
            focus,
            parts: WITH_PLAN,
            put_back: Arc::new(move |p| put_back(p, gone.clone())),
        });
    }

    fn take_undo(&self) {
        if let Some(undo) = self.undo.get_untracked() {
            self.edit_parts(undo.parts, &undo.partnership, |p| (undo.put_back)(p));
            self.undo.set(None);
            focus_when_drawn(undo.focus);
        }
    }
}

/// "Removed the role “PLC leads”.", its name cut at a word when long, or "Removed a
/// role." when it has none.
pub fn removed(kind: &str, name: &str) -> String {
    match name.trim() {
        "" => format!("Removed a {kind}."),
        name => format!(
            "Removed the {kind} “{}”.",
            cut_at_word(name, 60).unwrap_or_else(|| name.to_string())
        ),
    }
}

/// The offer of the section `section`, in a lasting live region so it is announced when
/// it comes. `quiet` leaves the live region out where the section's status is another
/// (the coach's time, whose total is); the bar is read anyway when it takes the focus.
#[component]
pub fn UndoBar(
    section: &'static str,
    partnership: Id,
    #[prop(optional)] quiet: bool,
) -> impl IntoView {
    let planner = use_planner();
    let said = Memo::new(move |_| {
        planner.undo.with(|u| {
            u.as_ref()
                .filter(|u| u.section == section && u.partnership == partnership)
                .map(|u| u.said.clone())
        })
    });
    view! {
        <div role=(!quiet).then_some("status")>{move || said.get().map(|said| view! {
            <div class="notice undo-bar" id="undo-note" tabindex="-1">
                <p>{said}</p>
                <button type="button" on:click=move |_| planner.take_undo()>"Undo"</button>
                <button type="button" class="quiet" on:click=move |_| {
                    planner.undo.set(None);
                    focus_section(section);
                }>"Dismiss"</button>
            </div>
        }.fresh())}</div>
    }
}
