//! The map's shared state: one reactive cell a teacher, so a change re-renders only the
//! cards and rows of the teachers it touched, with what the screen shows around them.

use super::super::planner::{use_planner, Part, Planner};
use super::super::widgets::{focus_after_render, focus_when_drawn};
use crate::model::board::{self, stage_order, Column, Step};
use crate::model::continuum::Continuum;
use crate::model::order;
use crate::model::removal::{self, RemovedTeacher};
use crate::model::{Id, Position, Stage, Teacher};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

/// Full name cards fit the board up to this many teachers; past it, cards go compact.
pub const FULL_CARDS_UP_TO: usize = 40;

/// Board or table: two views that edit the same data.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum View {
    Board,
    List,
}

/// Where this device keeps the view last chosen: a screen-reader user who works in the
/// list finds it again after a reload.
const VIEW_KEY: &str = "partnership-planner.map-view";

impl View {
    fn kept() -> View {
        match crate::storage::preference(VIEW_KEY).as_deref() {
            Some("list") => View::List,
            _ => View::Board,
        }
    }
}

/// A card picked up with the keyboard: who, and where from, to put back on Escape.
#[derive(Clone, PartialEq, Debug)]
pub struct Picked {
    pub teacher: Id,
    pub from: Option<Position>,
}

/// Which teachers the board and the list show.
#[derive(Clone, Copy)]
pub struct Filter {
    /// Empty for every team, grade and subject.
    pub team: RwSignal<String>,
    /// Empty for every stage, "none" for teachers with no stage yet, else a stage's key.
    pub stage: RwSignal<String>,
}

impl Filter {
    pub fn passes(&self, t: &Teacher) -> bool {
        let team_ok = self
            .team
            .with(|team| team.is_empty() || t.assignment.trim().eq_ignore_ascii_case(team));
        let stage_ok = self.stage.with(|s| match s.as_str() {
            "" => true,
            "none" => t.stage.is_none(),
            key => t.stage.map(Stage::key) == Some(key),
        });
        team_ok && stage_ok
    }

    pub fn is_on(&self) -> bool {
        self.team.with(|t| !t.is_empty()) || self.stage.with(|s| !s.is_empty())
    }
}

#[derive(Clone, Copy)]
pub struct MapState {
    planner: Planner,
    pub partnership: StoredValue<Id>,
    cells: StoredValue<HashMap<Id, ArcRwSignal<Teacher>>>,
    /// Per card, whether the filters hide it: set by one pass over `shown`, so a filter
    /// wakes only the cards it hides or shows.
    hidden: StoredValue<HashMap<Id, ArcRwSignal<bool>>>,
    /// Every teacher, in roster order.
    pub ids: Memo<Vec<Id>>,
    /// The teachers the filters let through, in roster order.
    pub shown: Memo<Vec<Id>>,
    pub filter: Filter,
    pub view: RwSignal<View>,
    pub compact: Memo<bool>,
    /// The teacher whose Move dialog is open.
    pub open: RwSignal<Option<Id>>,
    /// Whether the dialog was opened from a card's Move button, which then has the focus
    /// back when it closes, rather than from the card itself.
    pub opened_by_move: StoredValue<bool>,
    /// What the live region last said.
    pub said: RwSignal<String>,
    pub picked: RwSignal<Option<Picked>>,
    /// Which card is picked up, waking only the card that is picked or dropped.
    pub holding: StoredValue<Selector<Option<Id>>>,
    pub show_goals: RwSignal<bool>,
    /// Teachers picked in a comparison, with where they stood then, drawn as ghosts.
    pub traced: RwSignal<Vec<(Id, Position)>>,
    /// Where a dragged card is over.
    pub drag_over: RwSignal<Option<DropAt>>,
    /// Who stands in each column, 0 for not yet placed, then 1 to 11, filtered or not.
    pub placed: Memo<Vec<Vec<Id>>>,
    pub columns: Memo<Vec<Column>>,
}

/// Where a dragged card would land: a column, or back with the teachers not yet placed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DropAt {
    Column(Position),
    Tray,
}

impl MapState {
    pub fn new(partnership: Id) -> MapState {
        let planner = use_planner();
        let stored = StoredValue::new(partnership.clone());
        let read = move |get: &dyn Fn(&Continuum) -> Vec<Id>| {
            planner.read(Part::Continuum, &stored.get_value(), |p| get(&p.continuum))
        };
        let ids = Memo::new(move |_| read(&|c| c.teachers.iter().map(|t| t.id.clone()).collect()));
        let filter = Filter {
            team: RwSignal::new(String::new()),
            stage: RwSignal::new(String::new()),
        };
        let shown = Memo::new(move |_| {
            read(&|c| {
                c.teachers
                    .iter()
                    .filter(|t| filter.passes(t))
                    .map(|t| t.id.clone())
                    .collect()
            })
        });
        // Every teacher has a card in their column; the filters hide cards rather than
        // remove them, so filtering never builds 300 cards again.
        let placed = {
            let id = partnership.clone();
            Memo::new(move |_| planner.read(Part::Continuum, &id, |p| in_columns(&p.continuum)))
        };
        let columns = {
            let id = partnership.clone();
            Memo::new(move |_| {
                planner.read(Part::Continuum, &id, |p| {
                    board::columns(p.continuum.teachers.iter().filter(|t| filter.passes(t)))
                })
            })
        };
        let picked = RwSignal::new(None::<Picked>);
        let state = MapState {
            planner,
            partnership: StoredValue::new(partnership),
            cells: StoredValue::new(HashMap::new()),
            hidden: StoredValue::new(HashMap::new()),
            ids,
            shown,
            filter,
            view: RwSignal::new(View::kept()),
            compact: Memo::new(move |_| shown.with(Vec::len) > FULL_CARDS_UP_TO),
            open: RwSignal::new(None),
            opened_by_move: StoredValue::new(false),
            said: RwSignal::new(String::new()),
            picked,
            holding: StoredValue::new(Selector::new(move || {
                picked.with(|p| p.as_ref().map(|p| p.teacher.clone()))
            })),
            show_goals: RwSignal::new(false),
            traced: RwSignal::new(Vec::new()),
            drag_over: RwSignal::new(None),
            placed,
            columns,
        };
        state.follow_edits();
        state.follow_filters();
        state.put_back_on_leaving();
        state
    }

    /// A card picked up with the keyboard and not dropped is not moved: leaving the page
    /// mid-move puts it back before the saver's last flush, on pagehide, stores the map.
    fn put_back_on_leaving(self) {
        let leaving = window_event_listener(leptos::ev::beforeunload, move |_| {
            self.put_back_picked();
        });
        on_cleanup(move || leaving.remove());
    }

    /// Puts the card picked up with the keyboard back where it was picked up from, and
    /// says where that was.
    pub fn put_back_picked(&self) -> Option<Position> {
        let picked = self.picked.try_get_untracked().flatten()?;
        self.picked.set(None);
        self.edit(|c| {
            if let Some(t) = c.teacher_mut(&picked.teacher) {
                t.position = picked.from;
            }
        });
        picked.from
    }

    fn id(&self) -> Id {
        self.partnership.get_value()
    }

    /// Keeps every teacher's cell in step with the model: one pass over the roster per
    /// edit, and only the cells whose teacher changed wake their card.
    fn follow_edits(self) {
        Effect::new(move |_| {
            let changed: Vec<(ArcRwSignal<Teacher>, Teacher)> =
                self.planner.read(Part::Continuum, &self.id(), |p| {
                    self.cells.with_value(|cells| {
                        p.continuum
                            .teachers
                            .iter()
                            .filter_map(|t| {
                                let cell = cells.get(&t.id)?;
                                cell.with_untracked(|now| now != t)
                                    .then(|| (cell.clone(), t.clone()))
                            })
                            .collect()
                    })
                });
            for (cell, teacher) in changed {
                cell.set(teacher);
            }
        });
    }

    fn follow_filters(self) {
        Effect::new(move |_| {
            self.shown.with(|shown| {
                let shown: HashSet<&Id> = shown.iter().collect();
                self.hidden.with_value(|flags| {
                    for (id, flag) in flags {
                        let hide = !shown.contains(id);
                        if flag.get_untracked() != hide {
                            flag.set(hide);
                        }
                    }
                });
            });
        });
    }

    /// Shows the board or the list, and keeps the choice on this device.
    pub fn choose_view(&self, view: View) {
        self.view.set(view);
        crate::storage::set_preference(
            VIEW_KEY,
            match view {
                View::Board => "",
                View::List => "list",
            },
        );
    }

    /// Whether the filters hide one teacher's card, made on first use.
    pub fn hidden(&self, teacher: &Id) -> ArcRwSignal<bool> {
        if let Some(flag) = self.hidden.with_value(|h| h.get(teacher).cloned()) {
            return flag;
        }
        let flag = ArcRwSignal::new(!self.shown.with_untracked(|s| s.contains(teacher)));
        self.hidden
            .update_value(|h| _ = h.insert(teacher.clone(), flag.clone()));
        flag
    }

    /// The cell of one teacher, made on first use from the model.
    pub fn cell(&self, teacher: &Id) -> Option<ArcRwSignal<Teacher>> {
        if let Some(cell) = self.cells.with_value(|c| c.get(teacher).cloned()) {
            return Some(cell);
        }
        let current = self.planner.workspace.with_untracked(|w| {
            w.get(&self.id())
                .and_then(|p| p.continuum.teacher(teacher).cloned())
        })?;
        let cell = ArcRwSignal::new(current);
        self.cells
            .update_value(|c| _ = c.insert(teacher.clone(), cell.clone()));
        Some(cell)
    }

    /// Changes the continuum; saved and stamped like any edit.
    pub fn edit(&self, change: impl FnOnce(&mut Continuum)) {
        self.planner
            .edit(Part::Continuum, &self.id(), |p| change(&mut p.continuum));
    }

    /// Reads the continuum without following it.
    pub fn peek<T: Default>(&self, get: impl FnOnce(&Continuum) -> T) -> T {
        self.planner.workspace.with_untracked(|w| {
            w.get(&self.id())
                .map(|p| get(&p.continuum))
                .unwrap_or_default()
        })
    }

    /// Reads the continuum and follows its edits.
    pub fn read<T: Default>(&self, get: impl FnOnce(&Continuum) -> T) -> T {
        self.planner
            .read(Part::Continuum, &self.id(), |p| get(&p.continuum))
    }

    /// Where a teacher's controls are in the view on screen, to put focus back there.
    pub fn control_of(&self, teacher: &Id) -> String {
        match self.view.get_untracked() {
            View::Board => card_id(teacher),
            View::List => row_id(teacher),
        }
    }

    /// Opens the Move dialog of a teacher, from their card or from its Move button.
    pub fn open_dialog(&self, teacher: &Id, by_move: bool) {
        self.opened_by_move.set_value(by_move);
        self.open.set(Some(teacher.clone()));
    }

    /// Closes the Move dialog and hands focus back to what opened it.
    pub fn close_dialog(&self) {
        if let Some(teacher) = self.open.get_untracked() {
            self.open.set(None);
            focus_after_render(self.opener(&teacher));
        }
    }

    /// The id of the control that opened a teacher's dialog.
    pub fn opener(&self, teacher: &Id) -> String {
        match self.opened_by_move.get_value() && self.view.get_untracked() == View::Board {
            true => move_id(teacher),
            false => self.control_of(teacher),
        }
    }

    pub fn say(&self, words: String) {
        self.said.set(words);
    }

    pub fn name(&self, teacher: &Id) -> String {
        self.peek(|c| c.teacher(teacher).map(|t| t.name.clone()))
            .unwrap_or_default()
    }

    /// Moves a teacher a step, says where to, and keeps focus on the card.
    pub fn step(&self, teacher: &Id, step: Step) -> Option<Position> {
        let from = self.peek(|c| c.teacher(teacher).map(|t| t.position))?;
        let to = step.from(from);
        self.edit(|c| _ = c.move_teacher(teacher, to));
        focus_after_render(card_id(teacher));
        Some(to)
    }

    /// Places a teacher and says so: where from, where to, and how full the column is.
    pub fn place(&self, teacher: &Id, from: Option<Position>, to: Position) {
        self.edit(|c| _ = c.move_teacher(teacher, to));
        let count = self.peek(|c| c.count_at(to));
        let name = self.name(teacher);
        self.say(match from {
            Some(from) if from == to => format!("{name} stays at {}.", to.value()),
            _ => board::moved(&name, &board::Move { from, to }, count),
        });
        focus_after_render(self.control_of(teacher));
    }

    /// Takes a teacher off the continuum, back to those not yet placed.
    pub fn unplace(&self, teacher: &Id) {
        self.edit(|c| {
            if let Some(t) = c.teacher_mut(teacher) {
                t.position = None;
            }
        });
        self.say(format!(
            "{} is back with the teachers not yet placed.",
            self.name(teacher)
        ));
        focus_after_render(self.control_of(teacher));
    }

    pub fn set_stage(&self, teacher: &Id, stage: Option<Stage>) {
        self.edit(|c| {
            if let Some(t) = c.teacher_mut(teacher) {
                t.stage = stage;
            }
        });
    }

    /// Takes a teacher off the map with the support that was theirs alone, offering them
    /// back.
    pub fn remove(&self, teacher: &Id) {
        let mut removed = None;
        self.planner
            .edit_parts(&[Part::Continuum, Part::Plan], &self.id(), |p| {
                removed = p.remove_teacher(teacher)
            });
        if removed.is_some() {
            self.say(String::new());
            self.planner
                .removed_teacher
                .set(removed.map(|r| (self.id(), r)));
        }
    }

    /// The last teacher removed from this map, while it is offered back.
    pub fn removed(&self) -> Option<RemovedTeacher> {
        let id = self.id();
        self.planner.removed_teacher.with(|r| {
            r.as_ref()
                .filter(|(on, _)| *on == id)
                .map(|(_, removed)| removed.clone())
        })
    }

    pub fn dismiss_removed(&self) {
        self.planner.removed_teacher.set(None);
    }

    pub fn undo_remove(&self) {
        if let Some(removed) = self.removed() {
            let id = removed.teacher.id.clone();
            let name = removed.teacher.name.clone();
            self.planner
                .edit_parts(&[Part::Continuum, Part::Plan], &self.id(), |p| {
                    p.restore_teacher(removed)
                });
            self.dismiss_removed();
            self.say(format!("{name} is back on the map."));
            // Their card, or their row when the list is showing.
            focus_when_drawn(self.control_of(&id));
        }
    }

    /// What removing a teacher would take with them, for the dialog to say beforehand.
    pub fn goes_with(&self, teacher: &Id) -> (usize, bool) {
        self.planner.workspace.with_untracked(|w| {
            w.get(&self.id())
                .map(|p| removal::goes_with(p, teacher))
                .unwrap_or_default()
        })
    }
}

/// The teachers in each column: 0 for not yet placed, then 1 to 11; stage by stage
/// within a column so the stages read as groups, then by name.
fn in_columns(continuum: &Continuum) -> Vec<Vec<Id>> {
    let mut columns: Vec<Vec<&Teacher>> = vec![Vec::new(); 12];
    for t in &continuum.teachers {
        let at = t.position.map_or(0, |p| usize::from(p.value()));
        if let Some(column) = columns.get_mut(at) {
            column.push(t);
        }
    }
    columns
        .into_iter()
        .map(|mut column| {
            order::sort_by_key(&mut column, |t| {
                (stage_order(t.stage), t.name.to_lowercase())
            });
            column.into_iter().map(|t| t.id.clone()).collect()
        })
        .collect()
}

/// The DOM id of a teacher's card, to put focus back on it after it moves.
pub fn card_id(teacher: &Id) -> String {
    format!("card-{teacher}")
}

/// The DOM id of a teacher's Move button in the list.
pub fn move_id(teacher: &Id) -> String {
    format!("move-{teacher}")
}

pub fn row_id(teacher: &Id) -> String {
    format!("row-{teacher}")
}

pub fn use_map() -> MapState {
    // The step provides the map's state before rendering anything that reads it.
    expect_context::<MapState>()
}
