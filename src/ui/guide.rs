//! The meeting guide: an optional agenda of 60 to 90 minutes through the steps, with a
//! clock the pair can pause, in a bar above the steps rather than over them, kept on this
//! device over a reload.

use crate::model::agenda::{agenda, clock, current, GuideSetting, LENGTHS};
use crate::model::{Id, Step};
use crate::route::Route;
use crate::storage::{preference, set_preference};
use crate::ui::widgets::IntoFresh;
use leptos::prelude::*;

/// The guide's state, kept above the screens so the clock runs on from step to step.
#[derive(Clone, Copy)]
pub struct Guide {
    pub open: RwSignal<bool>,
    length: RwSignal<u32>,
    /// Milliseconds counted before the clock last started.
    banked: RwSignal<f64>,
    /// When the running clock started, by the browser's clock.
    started: RwSignal<Option<f64>>,
    now: RwSignal<f64>,
    ticking: StoredValue<Option<IntervalHandle>>,
}

const KEY: &str = "partnership-planner.guide";

/// The guide as this device left it: a reload in the middle of a meeting keeps the clock
/// running and the length chosen.
pub fn provide_guide() {
    let kept = preference(KEY)
        .and_then(|text| GuideSetting::read(&text))
        .unwrap_or_default();
    let guide = Guide {
        open: RwSignal::new(kept.open),
        length: RwSignal::new(kept.length),
        banked: RwSignal::new(kept.banked as f64),
        started: RwSignal::new(kept.started.map(|at| at as f64)),
        now: RwSignal::new(js_sys::Date::now()),
        ticking: StoredValue::new(None),
    };
    if kept.started.is_some() {
        guide.tick();
    }
    Effect::new(move |_| {
        let setting = GuideSetting {
            open: guide.open.get(),
            length: guide.length.get(),
            banked: guide.banked.get() as u64,
            started: guide.started.get().map(|at| at as u64),
        };
        set_preference(KEY, &setting.write());
    });
    provide_context(guide);
}

impl Guide {
    fn elapsed_seconds(self) -> u64 {
        let running = self
            .started
            .get()
            .map_or(0.0, |since| (self.now.get() - since).max(0.0));
        ((self.banked.get() + running) / 1000.0) as u64
    }

    fn start(self) {
        let now = js_sys::Date::now();
        self.now.set(now);
        self.started.set(Some(now));
        self.tick();
    }

    /// Moves the clock on every second while it runs.
    fn tick(self) {
        let tick = set_interval_with_handle(
            move || self.now.set(js_sys::Date::now()),
            std::time::Duration::from_secs(1),
        );
        self.ticking.set_value(tick.ok());
    }

    fn pause(self) {
        if let Some(handle) = self.ticking.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if let Some(since) = self.started.get_untracked() {
            self.banked.update(|b| *b += js_sys::Date::now() - since);
        }
        self.started.set(None);
    }

    fn reset(self) {
        self.pause();
        self.banked.set(0.0);
    }
}

#[component]
pub fn GuideToggle() -> impl IntoView {
    let guide = expect_context::<Guide>();
    view! {
        <button type="button" class="quiet guide-toggle" aria-expanded=move || guide.open.get().to_string()
            aria-controls="meeting-guide" on:click=move |_| guide.open.update(|o| *o = !*o)>
            {move || if guide.open.get() { "Hide the meeting guide" } else { "Meeting guide" }}
        </button>
    }
}

#[component]
pub fn MeetingGuide(id: Id, step: Step) -> impl IntoView {
    let guide = expect_context::<Guide>();
    let items = Memo::new(move |_| agenda(guide.length.get()));
    let elapsed = Memo::new(move |_| guide.elapsed_seconds());
    let at = Memo::new(move |_| items.with(|items| current(items, elapsed.get())));
    let running = move || guide.started.get().is_some();
    let rows = move || {
        items.with(|items| {
            items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let title = match item.step {
                        Some(s) => view! {
                            <a href=Route::Step { partnership: id.clone(), step: s }.href()
                                aria-current=(s == step).then_some("step")>{item.title}</a>
                        }
                        .fresh(),
                        None => view! { <span>{item.title}</span> }.fresh(),
                    };
                    view! {
                        <li class:now=move || at.get() == i>
                            <span class="agenda-minutes">{format!("{} min", item.minutes)}</span>
                            {title}
                            <span class="visually-hidden">{move || if at.get() == i { " (now)" } else { "" }}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let lengths = LENGTHS
        .iter()
        .map(|l| view! { <option value=l.to_string() selected=*l == guide.length.get_untracked()>{format!("{l} minutes")}</option> })
        .collect_view();
    view! {
        <section id="meeting-guide" class="meeting-guide" aria-labelledby="guide-title">
            <div class="guide-bar">
                <h2 id="guide-title">"Meeting guide"</h2>
                <p class="guide-clock">
                    <span class="clock-time">{move || clock(elapsed.get())}</span>
                    {move || format!(" of {} min", guide.length.get())}
                    <span class="visually-hidden">{move || if running() { ", running" } else { ", paused" }}</span>
                </p>
                <button type="button" class="primary" on:click=move |_| if running() { guide.pause() } else { guide.start() }>
                    {move || if running() { "Pause" } else if elapsed.get() > 0 { "Resume" } else { "Start the clock" }}
                </button>
                <button type="button" on:click=move |_| guide.reset()>"Reset"</button>
                <label class="guide-length">"Meeting length "
                    <select on:change=move |ev| if let Ok(l) = event_target_value(&ev).parse() { guide.length.set(l) }>{lengths}</select>
                </label>
            </div>
            <p class="guide-now">{move || {
                // Past the meeting's length the clock says so, for the pair to close or
                // agree to run on.
                let over = (elapsed.get() / 60).saturating_sub(u64::from(guide.length.get()));
                let now = items.with(|items| items.get(at.get()).map(|i| format!("Now: {} ({} min)", i.title, i.minutes)));
                match over {
                    0 => now.unwrap_or_default(),
                    over => format!("Over time by {over} min. Close with next actions and the next meeting."),
                }
            }}</p>
            <ol class="agenda">{rows}</ol>
        </section>
    }
}
