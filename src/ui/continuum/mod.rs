//! Step 2: the continuum map — what the practice looks like from 1 to 11, the staff, where
//! each teacher stands with a readiness stage, band goals, and snapshots over the year.

mod back_entry;
mod bands;
mod board;
mod card;
mod dialog;
mod list;
mod roster;
mod snapshots;
mod state;

use super::planner::{use_planner, Part};
use super::widgets::{Section, TextField};
use crate::model::continuum::Descriptors;
use crate::model::{Id, Stage};
use crate::ui::widgets::IntoFresh;
use crate::ui::widgets::{focus_when_drawn, Shown};
use board::teachers;
use leptos::prelude::*;
use state::{MapState, View};

#[component]
pub fn ContinuumStep(id: Id) -> impl IntoView {
    let map = MapState::new(id.clone());
    provide_context(map);
    let checks = Memo::new(move |_| map.read(|c| c.checks().map(|(_, done)| done)));
    let done = move |i: usize| Signal::derive(move || checks.with(|c| c[i]));
    view! {
        <Describe id=id.clone() complete=done(0) />
        // Staff and snapshots show no state of their own: the step's count is of the
        // continuum described, everyone placed and band goals, as the step bar says.
        <Section anchor="staff" title="Staff" plain=true
            prompt="Everyone whose teaching the focus touches. Add them one at a time or paste a list.">
            <Shown when=move || map.ids.with(|ids| !ids.is_empty())>
                <p class="hint">{move || format!("The map has {}. To rename or remove one, use their Move button on the map, under “Name, team and notes”.", teachers(map.ids.with(Vec::len)))}</p>
            </Shown>
            <div class="roster-forms">
                <roster::AddTeacher />
                <roster::PasteRoster />
            </div>
        </Section>
        <Section anchor="map" title="Where each teacher stands" complete=done(1)
            prompt="Place each teacher from 1 (most change needed) to 11 (nearly in place), and choose how they approach the change.">
            <MapView />
        </Section>
        <Section anchor="bands" title="Band goals" complete=done(2)
            prompt="A goal for a group of teachers, such as those now at 5–6 or at 2–3. Bands show as shading on the board.">
            <bands::BandGoals />
        </Section>
        <Section anchor="snapshots" title="Snapshots" plain=true
            prompt="Keep the map as it stands today; when you look again later in the year, compare then and now to see who moved.">
            <snapshots::Snapshots />
        </Section>
        <dialog::TeacherDialog />
    }
}

/// The practice the continuum measures and what its ends look like, in the pair's words.
#[component]
fn Describe(id: Id, complete: Signal<bool>) -> impl IntoView {
    let planner = use_planner();
    // Each descriptor is reached through the continuum's own text, read and written.
    type Text = (
        fn(&Descriptors) -> &String,
        fn(&mut Descriptors) -> &mut String,
    );
    let field = |(read, write): Text| {
        planner.bind(
            Part::Continuum,
            &id,
            move |p| read(&p.continuum.descriptors).clone(),
            move |p, v| *write(&mut p.continuum.descriptors) = v,
        )
    };
    let (practice, set_practice) = field((|d| &d.practice, |d| &mut d.practice));
    let ends: [(&str, &str, &str, Text); 3] = [
        (
            "continuum-low",
            "What 1–2 looks like",
            "The most change needed.",
            (|d| &d.low, |d| &mut d.low),
        ),
        (
            "continuum-middle",
            "What 5–6 looks like",
            "Partly in place.",
            (|d| &d.middle, |d| &mut d.middle),
        ),
        (
            "continuum-high",
            "What 10–11 looks like",
            "Nearly in place.",
            (|d| &d.high, |d| &mut d.high),
        ),
    ];
    let ends = ends
        .into_iter()
        .map(|(input, label, hint, text)| {
            let (value, set) = field(text);
            view! { <TextField id=input label=label hint=hint multiline=true value=value on_change=set /> }
        })
        .collect_view();
    let from_agreement = Memo::new({
        let id = id.clone();
        move |_| {
            planner.read(Part::Agreement, &id, |p| {
                let indicator = p.agreement.first_indicator.practice.trim();
                let focus = p.agreement.focus.goal.trim();
                if indicator.is_empty() {
                    focus.to_string()
                } else {
                    indicator.to_string()
                }
            })
        }
    });
    view! {
        <Section anchor="describe" title="What the continuum measures" complete=complete
            prompt="The practice you will place teachers on, and what it looks like at the low, middle and high ends, in your own words.">
            <Shown when=move || practice.with(|p| p.trim().is_empty()) && from_agreement.with(|a| !a.is_empty())>
                <p class="from-agreement">
                    <span>"From your agreement: “"{from_agreement}"”"</span>
                    <button type="button" on:click=move |_| {
                        set_practice.run(from_agreement.get_untracked());
                        // The button goes with the empty box: the cursor goes into the box.
                        focus_when_drawn("continuum-practice".into());
                    }>"Use this wording"</button>
                </p>
            </Shown>
            <TextField id="continuum-practice" label="The practice it measures" multiline=true value=practice on_change=set_practice />
            <div class="descriptor-fields">{ends}</div>
        </Section>
    }
}

/// Filters, the choice of board or list, the stage key, and the map itself.
#[component]
fn MapView() -> impl IntoView {
    let map = state::use_map();
    let assignments = Memo::new(move |_| map.read(|c| c.assignments()));
    let total = move || map.ids.with(Vec::len);
    let any = move || total() != 0;
    let list_opened = Memo::new(move |before: Option<&bool>| {
        before.copied().unwrap_or(false) || map.view.get() == View::List
    });
    let shown = move || map.shown.with(Vec::len);
    let unplaced = move || map.placed.with(|p| p.first().map_or(0, Vec::len));
    let legend = || {
        Stage::ALL
            .into_iter()
            .map(|stage| {
                view! {
                    <li>{card::stage_mark(Some(stage))}" "{stage.label()}</li>
                }
            })
            .collect_view()
    };
    view! {
        <Shown when=any
            fallback=|| view! { <p class="empty-state">"No teachers yet. Add them under Staff, above; they will wait here to be placed."</p> }>
            <div class="map-tools">
                <div class="field">
                    <label for="filter-team">"Show team, grade or subject"</label>
                    <select id="filter-team" on:change=move |ev| map.filter.team.set(event_target_value(&ev))>
                        <option value="" selected=move || map.filter.team.with(String::is_empty)>"All"</option>
                        {move || assignments.get().into_iter().map(|a| {
                            let selected = map.filter.team.with(|t| t == &a);
                            view! { <option value=a.clone() selected=selected>{a.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-stage">"Show stage"</label>
                    <select id="filter-stage" on:change=move |ev| map.filter.stage.set(event_target_value(&ev))>
                        <option value="">"All stages"</option>
                        {Stage::ALL.into_iter().map(|s| view! { <option value=s.key()>{s.label()}</option> }).collect_view()}
                        <option value="none">"No stage yet"</option>
                    </select>
                </div>
                <fieldset class="view-choice">
                    <legend>"Show as"</legend>
                    <label><input type="radio" name="map-view" prop:checked=move || map.view.get() == View::Board
                        on:change=move |_| map.choose_view(View::Board) />" Board"</label>
                    <label><input type="radio" name="map-view" prop:checked=move || map.view.get() == View::List
                        on:change=move |_| map.choose_view(View::List) />" List"</label>
                </fieldset>
                <label class="goal-toggle"><input type="checkbox" prop:checked=move || map.show_goals.get()
                    on:change=move |ev| map.show_goals.set(event_target_checked(&ev)) />" Show each teacher's goal position"</label>
            </div>
            <p class="map-count" role="status">{move || if map.filter.is_on() {
                format!("Showing {} of {}.", shown(), teachers(total()))
            } else {
                match (total(), unplaced()) {
                    (all, 0) => format!("{} on the map.", teachers(all)),
                    (all, waiting) if waiting == all => format!("{}, none placed yet.", teachers(all)),
                    (all, waiting) => format!("{}: {} placed, {waiting} not yet placed.", teachers(all), all - waiting),
                }
            }}</p>
            <ul class="stage-key" aria-label="Readiness stages">{legend()}</ul>
            <p class="hint" id="board-keys">{move || match map.view.get() {
                View::Board => "Drag a card (on a touch screen, hold it a moment first), or use its Move button, where the stage and the goal are set too. With the keyboard: Enter picks a card up, arrows move it, Enter drops it, Escape puts it back.",
                View::List => "A teacher's Move button places them and sets their stage. The column names sort the list.",
            }}</p>
            <p class="live board-said" role="status" aria-live="polite">{move || map.said.get()}</p>
            // A lasting live region, so the bar is announced when it comes, and its words
            // are said once rather than again in the line above.
            <div role="status">{move || map.removed().map(|r| view! {
                <div class="notice undo-bar" id="removed-note" tabindex="-1">
                    <p>{format!("{} was removed from the map{}.", r.teacher.name, r.went_with())}</p>
                    <button type="button" on:click=move |_| map.undo_remove()>"Undo"</button>
                    <button type="button" class="quiet" on:click=move |_| {
                        map.dismiss_removed();
                        super::widgets::focus_section("map");
                    }>"Dismiss"</button>
                </div>
            }.fresh())}</div>
            // Both views stay built once opened, and the one not shown keeps its layout
            // (`content-visibility`): building or laying out 300 cards again at every
            // switch would keep the pair waiting.
            <div class="map-view" class:off=move || map.view.get() != View::Board><board::Board /></div>
            {move || list_opened.get().then(|| view! {
                <div class="map-view" class:off=move || map.view.get() != View::List><list::TeacherList /></div>
            }.fresh())}
        </Shown>
    }
}
