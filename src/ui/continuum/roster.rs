//! The staff roster: add one teacher, or paste a list or spreadsheet rows and see what will
//! be added, likely duplicates flagged, before anything changes.

use super::board::teachers;
use super::state::use_map;
use crate::model::limits::{MAX_TEACHERS, MAX_TEXT_CHARS};
use crate::model::roster::{parse_roster, same_name, Duplicate, Reading, Roster, RosterRow};
use crate::ui::widgets::Shown;
use crate::ui::widgets::{focus_when_drawn, typed_text, IntoFresh};
use leptos::html::Input;
use leptos::prelude::*;

#[component]
pub fn AddTeacher() -> impl IntoView {
    let map = use_map();
    let partnership = map.partnership.get_value();
    let name = typed_text(format!("{partnership}.add-teacher-name"));
    let assignment = typed_text(format!("{partnership}.add-teacher-team"));
    let problem = RwSignal::new(None::<String>);
    let notice = RwSignal::new(String::new());
    let name_input = NodeRef::<Input>::new();
    // A message about the last press goes once teachers come another way (a paste).
    Effect::new(move |before: Option<usize>| {
        let now = map.ids.with(Vec::len);
        if before.is_some_and(|b| b != now) {
            problem.set(None);
        }
        now
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let row = RosterRow {
            name: name.get_untracked().trim().to_string(),
            assignment: assignment.get_untracked().trim().to_string(),
            duplicate: None,
        };
        if row.name.is_empty() {
            problem.set(Some("Write a name or a code.".into()));
        } else {
            let mut added = 0;
            let mut same = None;
            map.edit(|c| {
                same = same_name(&row.name, &c.teachers).map(|t| t.name.clone());
                added = c.add_teachers(std::slice::from_ref(&row));
            });
            problem.set((added == 0).then(full));
            if added > 0 {
                // Two teachers may share a name, so it is added; but it may be the same
                // person typed twice.
                notice.set(match same {
                    Some(same) => format!("Added {}. “{same}” was already on the map: if they are the same person, remove one with its Move button, under “Name, team and notes”.", row.name),
                    None => format!("Added {}. They wait under “Not yet placed” on the map.", row.name),
                });
                name.set(String::new());
            }
        }
        if let Some(input) = name_input.get_untracked() {
            let _ = input.focus();
        }
    };
    view! {
        <form class="add-teacher" on:submit=submit novalidate>
            <h3>"Add a teacher"</h3>
            <div class="field">
                <label for="add-teacher-name">"Name or code"</label>
                <p class="hint" id="add-teacher-name-hint">"A code such as T07 keeps names out of this browser."</p>
                <input id="add-teacher-name" type="text" autocomplete="off" node_ref=name_input
                    maxlength=MAX_TEXT_CHARS aria-describedby="add-teacher-name-hint"
                    aria-invalid=move || problem.with(Option::is_some).then_some("true")
                    prop:value=name on:input=move |ev| {
                        name.set(event_target_value(&ev));
                        problem.set(None);
                    } />
            </div>
            <div class="field">
                <label for="add-teacher-team">"Team, grade or subject"</label>
                <p class="hint" id="add-teacher-team-hint">"Kept for the next teacher you add."</p>
                <input id="add-teacher-team" type="text" autocomplete="off" maxlength=MAX_TEXT_CHARS
                    aria-describedby="add-teacher-team-hint"
                    prop:value=assignment on:input=move |ev| assignment.set(event_target_value(&ev)) />
            </div>
            {move || problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> }.fresh())}
            <button type="submit">"Add teacher"</button>
            <p class="hint" role="status">{notice}</p>
        </form>
    }
}

fn full() -> String {
    format!("The map holds {MAX_TEACHERS} teachers, the most it keeps.")
}

#[component]
pub fn PasteRoster() -> impl IntoView {
    let map = use_map();
    let text = typed_text(format!("{}.paste-roster", map.partnership.get_value()));
    let chosen = RwSignal::new(None::<Reading>);
    let roster = Memo::new(move |_| {
        let text = text.get();
        if text.trim().is_empty() {
            return Roster::default();
        }
        map.read(|c| parse_roster(&text, &c.teachers, chosen.get()))
    });
    let reading = Signal::derive(move || roster.with(|r| r.reading));
    let count = move || roster.with(|r| r.rows.len());
    let nameless = move || match roster.with(|r| r.nameless) {
        0 => String::new(),
        1 => " 1 row has no name and is left out.".to_string(),
        n => format!(" {n} rows have no name and are left out."),
    };
    let flagged = move || roster.with(|r| r.rows.iter().filter(|r| r.duplicate.is_some()).count());
    // All the rows, or all but those flagged as someone already listed.
    let add = move |leave_out_flagged: bool| {
        let rows: Vec<RosterRow> = roster.with_untracked(|r| {
            r.rows
                .iter()
                .filter(|row| !(leave_out_flagged && row.duplicate.is_some()))
                .cloned()
                .collect()
        });
        let mut added = 0;
        map.edit(|c| added = c.add_teachers(&rows));
        let left_out = rows.len() - added;
        map.say(if left_out > 0 {
            format!(
                "Added {}. {} not added: {}",
                teachers(added),
                left_out,
                full()
            )
        } else {
            format!("Added {} to the map, not yet placed.", teachers(added))
        });
        text.set(String::new());
        chosen.set(None);
        // The button goes with the preview: focus waits in the box for the next list.
        focus_when_drawn("paste-roster".to_string());
    };
    let clear = move |_| {
        text.set(String::new());
        chosen.set(None);
        focus_when_drawn("paste-roster".to_string());
    };
    view! {
        <div class="paste-roster">
            <h3>"Paste a list"</h3>
            <div class="field">
                <label for="paste-roster">"Names, one a line, or rows copied from a spreadsheet"</label>
                <p class="hint" id="paste-roster-hint">"Name first, then team, grade or subject if you have it. A header row such as “Name, Grade” or “Last name, First name” is understood."</p>
                <textarea id="paste-roster" rows="6" aria-describedby="paste-roster-hint"
                    prop:value=text on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            <Shown when=move || count() != 0>
                <p role="status" class="live">{move || {
                    let n = count();
                    let flagged = match flagged() {
                        0 => String::new(),
                        1 => " 1 looks like someone already listed: check it below.".to_string(),
                        f => format!(" {f} look like someone already listed: check them below."),
                    };
                    format!("{} will be added.{flagged}{}", teachers(n), nameless())
                }}</p>
                <Shown when=move || reading.get().is_some()>
                    <fieldset class="roster-reading">
                        <legend>"Each row is"</legend>
                        <ReadingChoice value=Reading::LastNameFirst reading chosen label="A last name, then a first name: “Ruiz, Ana”" />
                        <ReadingChoice value=Reading::NameThenTeam reading chosen label="A name, then a team, grade or subject" />
                    </fieldset>
                </Shown>
                <div class="table-wrap">
                    <table class="preview-table">
                        <caption class="visually-hidden">"Teachers the paste will add"</caption>
                        <thead><tr><th scope="col">"Name or code"</th><th scope="col">"Already listed?"</th><th scope="col">"Team, grade or subject"</th></tr></thead>
                        <tbody>
                            {move || roster.with(|r| r.rows.clone()).into_iter().map(|row| {
                                let flagged = row.duplicate.is_some();
                                let check = row.duplicate.map(|d| match d {
                                    Duplicate::OnTheMap(name) => format!("⚠ Already on the map as {name}"),
                                    Duplicate::EarlierRow(n) => format!("⚠ Same as row {n} of this list"),
                                });
                                view! {
                                    <tr class:flagged=flagged>
                                        <td>{row.name}</td>
                                        // Beside the name, so a narrow screen shows it without scrolling.
                                        <td>{check}</td>
                                        <td>{row.assignment}</td>
                                    </tr>
                                }
                            }).collect_view().fresh()}
                        </tbody>
                    </table>
                </div>
                <div class="form-actions">
                    <button type="button" class="primary" on:click=move |_| add(false)>
                        {move || format!("Add {}", teachers(count()))}
                    </button>
                    {move || (flagged() > 0 && count() > flagged()).then(|| view! {
                        <button type="button" on:click=move |_| add(true)>
                            {format!("Add {}, leaving out the {} flagged", teachers(count() - flagged()), flagged())}
                        </button>
                    }.fresh())}
                    <button type="button" on:click=clear>"Clear"</button>
                </div>
            </Shown>
        </div>
    }
}

/// One way of reading the pasted rows, picked with a radio button.
#[component]
fn ReadingChoice(
    value: Reading,
    reading: Signal<Option<Reading>>,
    chosen: RwSignal<Option<Reading>>,
    label: &'static str,
) -> impl IntoView {
    view! {
        <label class="choice">
            <input type="radio" name="roster-reading" prop:checked=move || reading.get() == Some(value)
                on:change=move |_| chosen.set(Some(value)) />
            {label}
        </label>
    }
}
