//! A teacher's card: name or initials with the stage's letter and shape, moved by drag
//! (mouse, touch or pen), by its Move dialog, or by keyboard pick-up.

use super::state::{card_id, move_id, use_map, DropAt, MapState, Picked};
use crate::model::board::{cancelled, moving, picked_up, Step};
use crate::model::{Id, Position, Stage, Teacher};
use crate::ui::widgets::IntoFresh;
use leptos::html::Li;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mouse and pen drags start after this many pixels, so a click or a tap stays one.
const MOUSE_SLOP: f64 = 4.0;
/// Touch drags start after a short press; a finger that moves first is not a drag.
const PRESS_MS: u64 = 250;
const TOUCH_SLOP: f64 = 10.0;

/// A pointer pressed on a card, until it lifts.
#[derive(Clone, Copy)]
struct Press {
    pointer: i32,
    x: f64,
    y: f64,
    /// A mouse or a pen, which point where they mean: no press to hold first.
    mouse: bool,
    /// Touch: the press has lasted long enough to drag.
    held: bool,
    dragging: bool,
    /// Where the pointer is now.
    at: (f64, f64),
    /// The page is scrolling under a card held near the window's edge.
    scrolling: bool,
    /// Touch: the finger moved before the press was held, so it scrolls.
    swiping: bool,
}

#[component]
pub fn TeacherCard(teacher: Id) -> impl IntoView {
    let map = use_map();
    let cell = map.cell(&teacher)?;
    let card = NodeRef::<Li>::new();
    let press = StoredValue::new(None::<Press>);
    // A click that ends a drag or follows a keyboard pick-up is not a request for the menu.
    let swallow_click = StoredValue::new(false);
    let t = cell.clone();
    let name = Memo::new(move |_| t.with(|t| t.name.clone()));
    let t = cell.clone();
    let stage = Memo::new(move |_| t.with(|t| t.stage));
    let t = cell.clone();
    let position = Memo::new(move |_| t.with(|t| t.position));
    let t = cell.clone();
    let goal = Memo::new(move |_| t.with(|t| t.goal_position));
    let t = cell;
    let initials = Memo::new(move |_| t.with(Teacher::initials));
    let hidden = map.hidden(&teacher);
    let picked = {
        let teacher = Some(teacher.clone());
        move || map.holding.with_value(|h| h.selected(&teacher))
    };

    let on_key = {
        let teacher = teacher.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let holding = map
                .picked
                .with_untracked(|p| p.as_ref().map(|p| p.teacher == teacher));
            let handled = match (holding, ev.key().as_str()) {
                (Some(true), "Enter" | " ") => {
                    let from = map.picked.get_untracked().and_then(|p| p.from);
                    map.picked.set(None);
                    if let Some(to) = position.get_untracked() {
                        map.place(&teacher, from, to);
                    } else {
                        map.say(cancelled(&name.get_untracked(), None));
                    }
                    swallow_click.set_value(true);
                    true
                }
                (_, "Enter" | " ") => {
                    map.picked.set(Some(Picked {
                        teacher: teacher.clone(),
                        from: position.get_untracked(),
                    }));
                    map.say(picked_up(
                        &name.get_untracked(),
                        position.get_untracked(),
                        stage.get_untracked(),
                    ));
                    swallow_click.set_value(true);
                    true
                }
                (Some(true), key) => match arrow(key) {
                    Some(step) => {
                        if let Some(to) = map.step(&teacher, step) {
                            map.say(moving(&name.get_untracked(), to));
                        }
                        true
                    }
                    // Tab would leave for the card's own Move button, which the card,
                    // drawn again in its old column, takes away: focus stays on the card.
                    None if key == "Escape" || key == "Tab" => {
                        put_back(map, &teacher, name.get_untracked(), true);
                        true
                    }
                    None => false,
                },
                (_, "Escape") if press.get_value().is_some_and(|p| p.dragging) => {
                    end_drag(map, card, press);
                    map.say(cancelled(&name.get_untracked(), position.get_untracked()));
                    true
                }
                _ => false,
            };
            if handled {
                ev.prevent_default();
            }
        }
    };

    let on_down = move |ev: leptos::ev::PointerEvent| {
        // What the last press left to swallow is no business of this one.
        swallow_click.set_value(false);
        let mouse = ev.pointer_type() != "touch";
        if mouse && ev.button() != 0 {
            return;
        }
        if let Some(target) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            // Capture keeps the moves coming when the pointer leaves the card.
            let _ = target.set_pointer_capture(ev.pointer_id());
        }
        press.set_value(Some(Press {
            pointer: ev.pointer_id(),
            x: f64::from(ev.client_x()),
            y: f64::from(ev.client_y()),
            mouse,
            held: mouse,
            dragging: false,
            at: (f64::from(ev.client_x()), f64::from(ev.client_y())),
            scrolling: false,
            swiping: false,
        }));
        if !mouse {
            let pointer = ev.pointer_id();
            set_timeout(
                move || {
                    // The card may be gone by now (moved by another hand, or the step
                    // left): then there is nothing to mark.
                    let held = press.try_update_value(|p| {
                        p.as_mut()
                            .filter(|p| p.pointer == pointer && !p.swiping)
                            .map(|p| p.held = true)
                            .is_some()
                    });
                    if held == Some(true) {
                        if let Some(card) = card.get_untracked() {
                            let _ = card.class_list().add_1("pressed");
                        }
                    }
                },
                std::time::Duration::from_millis(PRESS_MS),
            );
        }
    };

    let on_move = move |ev: leptos::ev::PointerEvent| {
        let Some(mut p) = press.get_value().filter(|p| p.pointer == ev.pointer_id()) else {
            return;
        };
        let (dx, dy) = (
            f64::from(ev.client_x()) - p.x,
            f64::from(ev.client_y()) - p.y,
        );
        let distance = dx.hypot(dy);
        if !p.dragging {
            if p.mouse && distance > MOUSE_SLOP || !p.mouse && p.held {
                p.dragging = true;
                if let Some(card) = card.get_untracked() {
                    let _ = card.class_list().add_1("dragging");
                    lift_column(&card, true);
                }
            } else if !p.mouse && (p.swiping || distance > TOUCH_SLOP) {
                let at = (f64::from(ev.client_x()), f64::from(ev.client_y()));
                swipe(card, p.at.0 - at.0, p.at.1 - at.1);
                p.swiping = true;
                p.at = at;
                press.set_value(Some(p));
                return;
            } else {
                return;
            }
        }
        ev.prevent_default();
        p.at = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        let scroll = !p.scrolling && (edge_speed(p.at.1) != 0.0 || side_speed(p.at.0).is_some());
        p.scrolling |= scroll;
        press.set_value(Some(p));
        drag_to(map, card, p);
        if scroll {
            scroll_at_edge(map, card, press);
        }
    };

    let on_up = {
        let teacher = teacher.clone();
        move |ev: leptos::ev::PointerEvent| {
            let Some(p) = press.get_value().filter(|p| p.pointer == ev.pointer_id()) else {
                return;
            };
            if p.dragging {
                let target = map.drag_over.get_untracked();
                end_drag(map, card, press);
                swallow_click.set_value(true);
                match (target, position.get_untracked()) {
                    (Some(DropAt::Column(to)), from) => map.place(&teacher, from, to),
                    (Some(DropAt::Tray), Some(_)) => map.unplace(&teacher),
                    (_, from) => map.say(cancelled(&name.get_untracked(), from)),
                }
            } else {
                // A short swipe may still read as a tap to the browser: it opens nothing.
                if p.swiping {
                    swallow_click.set_value(true);
                }
                end_drag(map, card, press);
            }
        }
    };
    let on_cancel = move |_: leptos::ev::PointerEvent| end_drag(map, card, press);
    let on_leave = {
        let teacher = teacher.clone();
        move |_: leptos::ev::FocusEvent| left_card(map, teacher.clone())
    };

    let on_click = {
        let teacher = teacher.clone();
        move |_| {
            if swallow_click.get_value() {
                swallow_click.set_value(false);
            } else {
                map.open_dialog(&teacher, false);
            }
        }
    };
    let open_menu = {
        let teacher = teacher.clone();
        move |_| map.open_dialog(&teacher, true)
    };

    let class = move || {
        format!(
            "teacher-card {}",
            stage.get().map_or("stage-none", stage_css)
        )
    };
    Some(view! {
        <li node_ref=card class=class class:picked=picked class:filtered-out=hidden>
            <button type="button" class="card-handle" id=card_id(&teacher) aria-describedby="board-keys"
                on:keydown=on_key on:pointerdown=on_down on:pointermove=on_move
                on:pointerup=on_up on:pointercancel=on_cancel on:click=on_click on:focusout=on_leave
                on:contextmenu=|ev| ev.prevent_default()>
                <span class="card-title">
                    <StageMark stage=stage />
                    <span class="card-initials" aria-hidden="true">{initials}</span>
                    <span class="card-name">{name}</span>
                </span>
                <span class="card-stage">{move || stage.get().map_or("No stage yet", Stage::label)}</span>
                {move || goal.get().map(|g| view! {
                    <span class="card-goal">{format!("goal {}", g.value())}</span>
                }.fresh())}
            </button>
            <button type="button" class="card-move" id=move_id(&teacher) aria-haspopup="dialog"
                aria-label=move || format!("Move {}", name.get()) on:click=open_menu>"Move"</button>
        </li>
    })
}

/// The stage's letter in its shape (circle, triangle, square, diamond, octagon), which
/// tells it apart without colour; it follows the card's stage as it changes.
#[component]
fn StageMark(stage: Memo<Option<Stage>>) -> impl IntoView {
    view! {
        <span class=move || mark_class(stage.get()) aria-hidden="true">
            {move || stage.get().map_or("?", Stage::letter)}
        </span>
    }
}

/// A stage's mark that does not change, as in counts, keys, rows and choices: drawn
/// without a reactive effect, since the list alone draws 300 of them.
pub fn stage_mark(stage: Option<Stage>) -> impl IntoView {
    view! {
        <span class=mark_class(stage) aria-hidden="true">{stage.map_or("?", Stage::letter)}</span>
    }
}

fn mark_class(stage: Option<Stage>) -> String {
    format!("stage-mark {}", stage.map_or("stage-none", stage_css))
}

pub fn stage_css(stage: Stage) -> &'static str {
    match stage {
        Stage::Unaware => "stage-unaware",
        Stage::GettingReady => "stage-getting-ready",
        Stage::Started => "stage-started",
        Stage::Developing => "stage-developing",
        Stage::Unwilling => "stage-unwilling",
    }
}

fn arrow(key: &str) -> Option<Step> {
    match key {
        "ArrowLeft" => Some(Step::Left),
        "ArrowRight" => Some(Step::Right),
        "Home" => Some(Step::First),
        "End" => Some(Step::Last),
        _ => None,
    }
}

/// Escape, or leaving the card: the picked-up card goes back where it was before it was
/// picked up. Escape keeps focus on it; leaving lets focus go where the person sent it.
fn put_back(map: MapState, teacher: &Id, name: String, refocus: bool) {
    let from = map.put_back_picked();
    map.say(cancelled(&name, from));
    if refocus {
        super::super::widgets::focus_after_render(card_id(teacher));
    }
}

/// Focus left a card: if it was still picked up, it goes back. A step to another column
/// draws the card anew there, which also takes focus from it for a moment, so this is
/// decided once that redraw has focused the new card.
fn left_card(map: MapState, teacher: Id) {
    set_timeout(
        move || {
            let holding = map
                .picked
                .try_with_untracked(|p| p.as_ref().is_some_and(|p| p.teacher == teacher));
            let still_here = document()
                .active_element()
                .is_some_and(|e| e.id() == card_id(&teacher));
            if holding == Some(true) && !still_here {
                put_back(map, &teacher, map.name(&teacher), false);
            }
        },
        std::time::Duration::ZERO,
    );
}

fn end_drag(map: MapState, card: NodeRef<Li>, press: StoredValue<Option<Press>>) {
    press.set_value(None);
    map.drag_over.set(None);
    if let Some(card) = card.get_untracked() {
        lift_column(&card, false);
        let _ = card.class_list().remove_2("dragging", "pressed");
        let _ = web_sys::HtmlElement::style(&card).remove_property("transform");
    }
}

/// Puts the column a card is dragged out of above the others, so the card stays in sight.
fn lift_column(card: &web_sys::Element, lifted: bool) {
    if let Some(column) = card.closest(".column, .tray").ok().flatten() {
        let _ = column.class_list().toggle_with_force("lifting", lifted);
    }
}

/// Moves a dragged card to the pointer and marks the column under it.
fn drag_to(map: MapState, card: NodeRef<Li>, p: Press) {
    let (x, y) = p.at;
    if let Some(card) = card.get_untracked() {
        let _ = web_sys::HtmlElement::style(&card).set_property(
            "transform",
            // Whole pixels: formatting a float would bring its own code into the download.
            &format!(
                "translate({}px, {}px)",
                (x - p.x).round() as i64,
                (y - p.y).round() as i64
            ),
        );
    }
    let over = column_at(x, y);
    if map.drag_over.get_untracked() != over {
        map.drag_over.set(over);
    }
}

/// How near an edge a dragged card makes the page, or the board, scroll, and the most
/// it scrolls in a frame.
const EDGE: f64 = 56.0;
const EDGE_SPEED: f64 = 20.0;

/// How far a frame scrolls with the pointer at `at`, between `low` and `high`: more the
/// nearer the edge.
fn speed_between(at: f64, low: f64, high: f64) -> f64 {
    let into = if at < low + EDGE {
        at - (low + EDGE)
    } else if at > high - EDGE {
        at - (high - EDGE)
    } else {
        0.0
    };
    into.clamp(-EDGE, EDGE) / EDGE * EDGE_SPEED
}

/// How far a frame scrolls the page with the pointer at this height.
fn edge_speed(y: f64) -> f64 {
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    speed_between(y, 0.0, height)
}

/// The board, where it scrolls sideways (a phone, a narrow window), and how far a frame
/// scrolls it with the pointer at `x`, near the window's side: the board is looked up only
/// there, not at every move.
fn side_speed(x: f64) -> Option<(web_sys::Element, f64)> {
    let width = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0);
    let speed = speed_between(x, 0.0, width);
    if speed == 0.0 {
        return None;
    }
    let board = document().query_selector(".board-grid").ok().flatten()?;
    (board.scroll_width() > board.client_width()).then_some((board, speed))
}

/// A finger that moved on a card before holding it scrolls what it would have scrolled
/// anywhere else, the board sideways and the page up and down: the card takes
/// `touch-action: none`, so the browser leaves the finger's moves to the page.
fn swipe(card: NodeRef<Li>, dx: f64, dy: f64) {
    let board = card
        .get_untracked()
        .and_then(|c| c.closest(".board-grid").ok().flatten())
        .filter(|b| b.scroll_width() > b.client_width());
    let sideways = match board {
        Some(board) => {
            board.set_scroll_left(board.scroll_left() + dx as i32);
            0.0
        }
        None => dx,
    };
    window().scroll_by_with_x_and_y(sideways, dy);
}

/// Scrolls the page, a frame at a time, while a dragged card is held near the window's
/// top or bottom, and the board while it is held near the window's sides, so a card can
/// be carried to a column out of sight, by touch as well. The card moves with what
/// scrolls, staying under the pointer.
fn scroll_at_edge(map: MapState, card: NodeRef<Li>, press: StoredValue<Option<Press>>) {
    request_animation_frame(move || {
        // A card dropped is drawn anew in its new column, and this one's state is gone
        // by the next frame: then the scrolling stops.
        let Some(mut p) = press.try_get_value().flatten().filter(|p| p.dragging) else {
            return;
        };
        let window = window();
        let before = window.scroll_y().unwrap_or(0.0);
        window.scroll_by_with_x_and_y(0.0, edge_speed(p.at.1));
        let moved = window.scroll_y().unwrap_or(before) - before;
        p.y -= moved;
        let mut sideways = 0;
        if let Some((board, speed)) = side_speed(p.at.0) {
            let before = board.scroll_left();
            board.set_scroll_left(before + speed as i32);
            sideways = board.scroll_left() - before;
        }
        p.x -= f64::from(sideways);
        p.scrolling = moved != 0.0 || sideways != 0;
        press.set_value(Some(p));
        drag_to(map, card, p);
        if p.scrolling {
            scroll_at_edge(map, card, press);
        }
    });
}

/// The column, or the row of teachers not yet placed, under a point, if any.
fn column_at(x: f64, y: f64) -> Option<DropAt> {
    let hits = document().elements_from_point(x as f32, y as f32);
    let over = hits
        .iter()
        .filter_map(|hit| hit.dyn_into::<web_sys::Element>().ok())
        .filter(|e| e.closest(".dragging").ok().flatten().is_none())
        .find_map(|e| e.closest(".column[data-position], .tray").ok().flatten())?;
    match over.get_attribute("data-position") {
        Some(n) => n
            .parse::<u8>()
            .ok()
            .and_then(Position::new)
            .map(DropAt::Column),
        None => Some(DropAt::Tray),
    }
}
