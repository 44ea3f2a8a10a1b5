//! Snapshots: keep the map as of today, then compare any snapshot with now or with another:
//! who moved and how far, from-to counts, and ghosts on the board for the teachers picked.

use super::super::shell;
use super::board::teachers;
use super::state::use_map;
use crate::model::continuum::{Placement, Snapshot};
use crate::model::day;
use crate::model::limits::MAX_TEXT_CHARS;
use crate::model::snapshot::{compare, position_table, stage_table, Change};
use crate::model::{Id, Position, Stage};
use crate::ui::planner::{use_planner, List, Part};
use crate::ui::undo::{removed, RowPlace, UndoBar};
use crate::ui::widgets::{typed_text, IntoFresh, Shown};
use leptos::prelude::*;

/// "now", or a snapshot's id, as the compare menus name them.
const NOW: &str = "now";

const SNAPSHOTS: List<Snapshot> = List {
    read: |p| &p.continuum.snapshots,
    write: |p| &mut p.continuum.snapshots,
};

#[component]
pub fn Snapshots() -> impl IntoView {
    let map = use_map();
    let planner = use_planner();
    let label = typed_text(format!("{}.snapshot-label", map.partnership.get_value()));
    let list = Memo::new(move |_| {
        map.read(|c| {
            c.snapshots
                .iter()
                .map(|s| (s.id.clone(), s.label.clone(), s.taken_on))
                .collect::<Vec<_>>()
        })
    });
    let earlier = RwSignal::new(String::new());
    let later = RwSignal::new(NOW.to_string());
    let keep = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let today = shell::today();
        let typed = label.get_untracked();
        let text = if typed.trim().is_empty() {
            format!("Map of {}", day::long(today))
        } else {
            typed
        };
        let mut kept = None;
        map.edit(|c| kept = c.take_snapshot(today, &text));
        if let Some(kept) = kept {
            earlier.set(kept.to_string());
            later.set(NOW.to_string());
            label.set(String::new());
            map.say(format!("Kept the map as of today: {text}."));
        }
    };
    let options = move |with_now: bool| {
        let mut all: Vec<(String, String)> = list
            .get()
            .into_iter()
            .map(|(id, label, on)| (id.to_string(), format!("{label} ({})", day::short(on))))
            .collect();
        if with_now {
            all.push((NOW.to_string(), "The map now".to_string()));
        }
        all
    };
    let choose =
        move |label: &'static str, id: &'static str, value: RwSignal<String>, with_now: bool| {
            view! {
                <div class="field">
                    <label for=id>{label}</label>
                    <select id=id on:change=move |ev| value.set(event_target_value(&ev))>
                        {move || options(with_now).into_iter().map(|(key, text)| {
                            let selected = value.with(|v| v == &key);
                            view! { <option value=key selected=selected>{text}</option> }
                        }).collect_view()}
                    </select>
                </div>
            }
        };
    // The latest snapshot is compared with now until the pair picks otherwise.
    Effect::new(move |_| {
        let ids: Vec<String> = list.with(|l| l.iter().map(|s| s.0.to_string()).collect());
        let latest = ids.last().cloned().unwrap_or_default();
        if !earlier.with_untracked(|e| ids.contains(e)) && earlier.with_untracked(|e| e != &latest)
        {
            earlier.set(latest);
        }
        if !later.with_untracked(|l| l == NOW || ids.contains(l)) {
            later.set(NOW.to_string());
        }
    });
    view! {
        <form class="keep-snapshot" on:submit=keep>
            <div class="field">
                <label for="snapshot-label">"Label for this snapshot"</label>
                <p class="hint" id="snapshot-label-hint">"For example “September baseline”. Left empty, today's date names it."</p>
                <input id="snapshot-label" type="text" maxlength=MAX_TEXT_CHARS aria-describedby="snapshot-label-hint"
                    prop:value=label on:input=move |ev| label.set(event_target_value(&ev)) />
            </div>
            <button type="submit" disabled=move || map.ids.with(Vec::is_empty)>"Keep the map as of today"</button>
        </form>
        <Shown when=move || list.with(|l| !l.is_empty())
            fallback=move || view! { <p class="hint">{move || if map.ids.with(Vec::is_empty) {
                "No snapshots yet. Once teachers are on the map, keep one, and another when you look at the map again, to see who moved."
            } else {
                "No snapshots yet. Keep one now, and another when you look at the map again, to see who moved."
            }}</p> }>
            <ul class="snapshot-list">
                {move || list.get().into_iter().map(|(id, label, on)| {
                    let name = label.clone();
                    view! {
                        <li>
                            <span><strong>{label}</strong>{format!(" · kept {}", day::long(on))}</span>
                            <button type="button" class="quiet" id=format!("{id}-delete") aria-label=format!("Delete snapshot {name}")
                                on:click=move |_| {
                                    let place = RowPlace { part: Part::Continuum, section: "snapshots", field: "delete" };
                                    planner.remove_item(place, &map.partnership.get_value(), &id, SNAPSHOTS, |s| removed("snapshot", &s.label));
                                }>"Delete"</button>
                        </li>
                    }
                }).collect_view().fresh()}
            </ul>
            <div class="compare-choice">
                {choose("Compare", "compare-earlier", earlier, false)}
                {choose("with", "compare-later", later, true)}
            </div>
            <Comparison earlier=earlier later=later />
        </Shown>
        <UndoBar section="snapshots" partnership=map.partnership.get_value() />
    }
}

/// A teacher's name now, or a plain phrase for one no longer on the map.
fn named(names: &std::collections::HashMap<Id, String>, id: &Id) -> String {
    names
        .get(id)
        .cloned()
        .unwrap_or_else(|| "A teacher no longer on the map".to_string())
}

#[component]
fn Comparison(earlier: RwSignal<String>, later: RwSignal<String>) -> impl IntoView {
    let map = use_map();
    let by_stage = RwSignal::new(false);
    let placements = move |key: &str| -> Vec<Placement> {
        map.read(|c| {
            if key == NOW {
                c.placements()
            } else {
                c.snapshots
                    .iter()
                    .find(|s| s.id.as_str() == key)
                    .map(|s| s.placements.clone())
                    .unwrap_or_default()
            }
        })
    };
    // Then is the earlier of the two maps, whichever menu names it, so that "moved up"
    // says what happened and not the opposite.
    let span = Memo::new(move |_| {
        let (a, b) = (earlier.get(), later.get());
        let rank = |key: &str| {
            map.read(|c| {
                c.snapshots
                    .iter()
                    .enumerate()
                    .find(|(_, s)| s.id.as_str() == key)
                    .map(|(i, s)| (s.taken_on, i))
            })
        };
        match (rank(&a), rank(&b)) {
            (Some(x), Some(y)) if x > y => (b, a),
            (None, Some(_)) => (b, a),
            _ => (a, b),
        }
    });
    let changes =
        Memo::new(move |_| span.with(|(then, now)| compare(&placements(then), &placements(now))));
    let map_named = move |key: &str| {
        map.read(|c| {
            c.snapshots
                .iter()
                .find(|s| s.id.as_str() == key)
                .map(|s| format!("“{}” ({})", s.label, day::short(s.taken_on)))
        })
        .unwrap_or_else(|| "the map now".to_string())
    };
    let names = Memo::new(move |_| {
        map.read(|c| {
            c.names_told_apart()
                .into_iter()
                .collect::<std::collections::HashMap<_, _>>()
        })
    });
    let summary = move || {
        let (then, now) = span.get();
        if then == now {
            return "Both menus name the same map: choose another in one of them to see who moved."
                .to_string();
        }
        let from = format!("From {} to {}: ", map_named(&then), map_named(&now));
        from + &changes.with(|changes| {
            let up = changes
                .iter()
                .filter(|c| c.distance().is_some_and(|d| d > 0))
                .count();
            let down = changes
                .iter()
                .filter(|c| c.distance().is_some_and(|d| d < 0))
                .count();
            let joined = changes
                .iter()
                .filter(|c| matches!(c, Change::Joined(_)))
                .count();
            let left = changes
                .iter()
                .filter(|c| matches!(c, Change::Left(_)))
                .count();
            let stayed = changes.len() - up - down - joined - left;
            format!(
                "{} moved up, {} moved down, {} stayed where they were; {} joined, {} left.",
                teachers(up),
                down,
                stayed,
                joined,
                left
            )
        })
    };
    let rows = move || {
        changes.with(|changes| {
            names.with(|names| {
                changes
                    .iter()
                    .filter(|c| c.moved() || !matches!(c, Change::Stayed { .. }))
                    .map(|c| {
                        let at = |p: Option<Position>| {
                            p.map_or("not placed".to_string(), |p| p.value().to_string())
                        };
                        let (then, now, change) = match c {
                            Change::Stayed { then, now } => {
                                let d = c.distance().unwrap_or(0);
                                let arrow = if d > 0 {
                                    format!("↑ {d}")
                                } else {
                                    format!("↓ {}", d.abs())
                                };
                                (at(then.position), at(now.position), arrow)
                            }
                            Change::Joined(p) => {
                                ("—".to_string(), at(p.position), "Joined".to_string())
                            }
                            Change::Left(p) => {
                                (at(p.position), "—".to_string(), "Left".to_string())
                            }
                        };
                        let earlier_position = match c {
                            Change::Stayed { then, .. } => then.position,
                            _ => None,
                        };
                        (
                            c.teacher().clone(),
                            named(names, c.teacher()),
                            then,
                            now,
                            change,
                            earlier_position,
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let table = move || {
        let counts: Vec<(String, String, usize)> = changes.with(|changes| {
            if by_stage.get() {
                let name = |s: Option<Stage>| s.map_or("No stage", Stage::label).to_string();
                stage_table(changes)
                    .into_iter()
                    .map(|((a, b), n)| (name(a), name(b), n))
                    .collect()
            } else {
                let name = |p: Option<Position>| {
                    p.map_or("Not placed".to_string(), |p| p.value().to_string())
                };
                position_table(changes)
                    .into_iter()
                    .map(|((a, b), n)| (name(a), name(b), n))
                    .collect()
            }
        });
        counts
            .into_iter()
            .map(|(from, to, n)| {
                let same = from == to;
                view! { <tr class:same=same><td>{from}</td><td>{to}</td><td>{n}</td></tr> }
            })
            .collect_view()
            .fresh()
    };
    view! {
        <section class="comparison" aria-labelledby="comparison-title">
            <h3 id="comparison-title">"What changed"</h3>
            <p role="status">{summary}</p>
            <div class="table-wrap">
                <table class="movers">
                    <caption>"Who moved, biggest change first"</caption>
                    <thead><tr>
                        <th scope="col">"Teacher"</th><th scope="col">"Then"</th><th scope="col">"Now"</th>
                        <th scope="col">"Change"</th><th scope="col">"Show on the board"</th>
                    </tr></thead>
                    <tbody>
                        {move || rows().into_iter().map(|(id, name, then, now, change, earlier)| {
                            let traced = {
                                let id = id.clone();
                                move || map.traced.with(|t| t.iter().any(|(t, _)| t == &id))
                            };
                            let label = format!("Show where {name} was on the board");
                            view! {
                                <tr>
                                    <th scope="row">{name}</th><td>{then}</td><td>{now}</td><td>{change}</td>
                                    <td>{earlier.map(|was| view! {
                                        <input type="checkbox" aria-label=label prop:checked=traced
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                map.traced.update(|t| {
                                                    t.retain(|(t, _)| t != &id);
                                                    if on {
                                                        t.push((id.clone(), was));
                                                    }
                                                });
                                            } />
                                    })}</td>
                                </tr>
                            }
                        }).collect_view().fresh()}
                    </tbody>
                </table>
            </div>
            <fieldset class="table-choice">
                <legend>"Count who went from where to where, by"</legend>
                <label><input type="radio" name="from-to" prop:checked=move || !by_stage.get() on:change=move |_| by_stage.set(false) />" Position"</label>
                <label><input type="radio" name="from-to" prop:checked=by_stage on:change=move |_| by_stage.set(true) />" Stage"</label>
            </fieldset>
            <div class="table-wrap">
                <table class="from-to">
                    <caption>{move || if by_stage.get() { "Teachers from each stage to each stage" } else { "Teachers from each position to each position" }}</caption>
                    <thead><tr><th scope="col">"From"</th><th scope="col">"To"</th><th scope="col">"Teachers"</th></tr></thead>
                    <tbody>{table}</tbody>
                </table>
            </div>
        </section>
    }
}
