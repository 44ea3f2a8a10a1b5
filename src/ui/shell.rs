//! What the app takes from the browser: the clock, fresh ids, the address and the title.

use crate::model::limits::{clamp_date, clamp_time};
use crate::model::Id;
use chrono::{DateTime, NaiveDate, Utc};

/// The device's clock, held to the years a file may carry: a clock set decades off must
/// not stamp an edit the reader would refuse.
pub fn now() -> DateTime<Utc> {
    clamp_time(DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default())
}

/// Today in the person's own time zone, which is what a date field means to them.
pub fn today() -> NaiveDate {
    let date = js_sys::Date::new_0();
    clamp_date(
        NaiveDate::from_ymd_opt(
            date.get_full_year() as i32,
            date.get_month() + 1,
            date.get_date(),
        )
        .unwrap_or_default(),
    )
}

/// A random partnership id, so that files from two browsers never clash.
pub fn new_id() -> Id {
    let part = || (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    Id::new(format!("p-{:08x}{:08x}", part(), part()))
}

pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Opens another screen from its top, with the app's header in sight, wherever the
/// screen left was scrolled to (a partnership made at the foot of the home screen).
pub fn go_to(href: &str) {
    if let Some(window) = web_sys::window() {
        // Setting the hash cannot fail for a same-document link; a failure leaves the
        // person where they were, which is safe.
        let _ = window.location().set_hash(href.trim_start_matches('#'));
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Asks the browser to keep this site's storage when space runs low, and records its answer.
pub fn ask_for_persistent_storage(answer: leptos::prelude::RwSignal<Option<bool>>) {
    use leptos::prelude::Set;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    // Older browsers and insecure pages have no StorageManager; then there is no answer.
    let manager = js_sys::Reflect::get(&window.navigator(), &"storage".into())
        .ok()
        .filter(|m| !m.is_undefined())
        .and_then(|m| m.dyn_into::<web_sys::StorageManager>().ok());
    let Some(promise) = manager.and_then(|m| m.persist().ok()) else {
        return;
    };
    leptos::task::spawn_local(async move {
        let granted = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_bool());
        answer.set(granted);
    });
}

/// Opens the browser's print window for the page as it is drawn.
pub fn print() {
    if let Some(window) = web_sys::window() {
        // A browser that cannot print leaves the page as it was; nothing is lost.
        let _ = window.print();
    }
}
