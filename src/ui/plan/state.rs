//! The plan step's shared reach into the partnership: reads that follow only the parts
//! they show, and edits stamped and saved like any other.

use super::super::planner::{use_planner, List, Part, Planner};
use crate::model::plan::{SupportAction, Supporter};
use crate::model::{Id, Partnership};
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

pub const ACTIONS: List<SupportAction> = List {
    read: |p| &p.plan.actions,
    write: |p| &mut p.plan.actions,
};

#[derive(Clone, Copy)]
pub struct PlanState {
    pub planner: Planner,
    id: StoredValue<Id>,
    /// The action whose editor is open, with its summary folded out.
    pub open: RwSignal<Option<Id>>,
    /// What the step last said in its live region.
    pub said: RwSignal<String>,
    /// The action last removed, with where it stood, while it is offered back.
    pub removed: RwSignal<Option<(usize, SupportAction)>>,
    /// How many protocols are listed: a staff of 300 may hold sixty unwilling teachers.
    pub protocols_shown: RwSignal<usize>,
    /// The teacher whose two questions are being opened from elsewhere on the step.
    pub opening: RwSignal<Option<Id>>,
    /// Notified once a change of the partnership has been painted: the sections below the
    /// one being worked on catch up then, so proposing support for 300 teachers shows its
    /// result before the protocols, the views and the coach's time are drawn again.
    settled: Trigger,
}

/// Protocols listed at first.
const PROTOCOLS_A_PAGE: usize = 20;

impl PlanState {
    pub fn new(id: Id) -> PlanState {
        let planner = use_planner();
        let settled = Trigger::new();
        settle_after_paint(planner, settled);
        PlanState {
            planner,
            id: StoredValue::new(id),
            open: RwSignal::new(None),
            said: RwSignal::new(String::new()),
            removed: RwSignal::new(None),
            protocols_shown: RwSignal::new(PROTOCOLS_A_PAGE),
            opening: RwSignal::new(None),
            settled,
        }
    }

    pub fn id(&self) -> Id {
        self.id.get_value()
    }

    /// Reads the plan, following its edits only.
    pub fn read<T: Default>(&self, get: impl FnOnce(&Partnership) -> T) -> T {
        self.planner.read(Part::Plan, &self.id(), get)
    }

    /// Reads the plan with the map and the agreement: names, stages and coaches.
    pub fn read_all<T: Default>(&self, get: impl FnOnce(&Partnership) -> T) -> T {
        self.planner.parts.track(Part::Continuum);
        self.planner.parts.track(Part::Agreement);
        self.read(get)
    }

    /// Reads the plan with the map and the agreement for a section out of the way of the
    /// edit: it is drawn again once the edit has been painted.
    pub fn read_later<T: Default>(&self, get: impl FnOnce(&Partnership) -> T) -> T {
        self.settled.track();
        self.peek(get)
    }

    pub fn edit(&self, change: impl FnOnce(&mut Partnership)) {
        self.planner.edit(Part::Plan, &self.id(), change);
    }

    /// An edit of the plan that also changes the map, such as a teacher's stage.
    pub fn edit_with_map(&self, change: impl FnOnce(&mut Partnership)) {
        self.planner
            .edit_parts(&[Part::Plan, Part::Continuum], &self.id(), change);
    }

    pub fn peek<T: Default>(&self, get: impl FnOnce(&Partnership) -> T) -> T {
        self.planner
            .workspace
            .with_untracked(|w| w.get(&self.id()).map(get).unwrap_or_default())
    }

    /// Who proposed support is led by: the first coach, or the principal when there is none.
    pub fn lead(&self) -> Supporter {
        self.peek(|p| {
            p.coaches.first().map(|c| Supporter::Coach {
                coach: c.id.clone(),
            })
        })
        .unwrap_or(Supporter::Principal)
    }

    /// Who the support proposed for the whole map is shared between: the coaches, or the
    /// principal when there is none.
    pub fn leads(&self) -> Vec<Supporter> {
        let coaches: Vec<Supporter> = self.peek(|p| {
            p.coaches
                .iter()
                .map(|c| Supporter::Coach {
                    coach: c.id.clone(),
                })
                .collect()
        });
        match coaches.is_empty() {
            true => vec![Supporter::Principal],
            false => coaches,
        }
    }

    pub fn say(&self, words: String) {
        self.said.set(words);
    }

    /// Opens an action's editor and takes focus to it.
    pub fn open_action(&self, action: &Id) {
        self.open_action_at(action, "what");
    }

    /// Opens one teacher's two questions, listed and unfolded, on the principal's
    /// follow-up.
    pub fn open_protocol(&self, teacher: &Id) {
        let at = self.planner.workspace.with_untracked(|w| {
            w.get(&self.id()).and_then(|p| {
                p.plan
                    .protocols
                    .iter()
                    .position(|pr| &pr.teacher == teacher)
            })
        });
        if let Some(at) = at {
            self.protocols_shown
                .update(|shown| *shown = (*shown).max(at + 1));
        }
        self.opening.set(Some(teacher.clone()));
        super::super::widgets::focus_when_drawn(format!("protocol-{teacher}-follow-up"));
    }

    /// Opens an action's editor on one of its fields, such as "starts" for a date to set.
    pub fn open_action_at(&self, action: &Id, field: &str) {
        self.open.set(Some(action.clone()));
        super::super::widgets::focus_when_drawn(format!("{action}-{field}"));
    }
}

/// Notifies `settled` after the frame that follows any change of the partnership, once
/// however many changes that frame holds.
fn settle_after_paint(planner: Planner, settled: Trigger) {
    let pending = Rc::new(Cell::new(false));
    Effect::new(move |drawn: Option<()>| {
        for part in [Part::Agreement, Part::Continuum, Part::Plan] {
            planner.parts.track(part);
        }
        planner.workspace.track();
        // The first run is the first draw, which read everything as it is.
        if drawn.is_some() && !pending.replace(true) {
            let pending = pending.clone();
            // A timer queued from the frame's callback runs after that frame is painted.
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        pending.set(false);
                        settled.notify();
                    },
                    Duration::ZERO,
                )
            });
        }
    });
}

pub fn use_plan() -> PlanState {
    expect_context::<PlanState>()
}
