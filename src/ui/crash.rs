//! What the person sees if the app itself fails: a plain page with their saved work to
//! download and a way to start again, built without the app so it works after a panic.

use crate::storage::{unsaved_work, WORKSPACE_KEY};
use wasm_bindgen::JsValue;

/// Replaces the frozen app with the crash page whenever Rust panics.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&JsValue::from_str(&message));
        let body = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body());
        if let Some(body) = body {
            // Nothing more can be done if even the crash page cannot be drawn.
            let _ = show_crash_page(&body, &message);
        }
    }));
}

/// Replaces what is in `root` with the crash page, drawn with plain DOM calls: after a
/// panic no Rust callback may run, so the download is a ready-made link and reloading is
/// a plain form.
pub fn show_crash_page(root: &web_sys::HtmlElement, details: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    root.set_text_content(None);

    let page = document.create_element("main")?;
    page.set_class_name("crash");
    page.set_attribute("role", "alert")?;
    let add =
        |tag: &str, text: &str, parent: &web_sys::Element| -> Result<web_sys::Element, JsValue> {
            let element = document.create_element(tag)?;
            element.set_text_content(Some(text));
            parent.append_child(&element)?;
            Ok(element)
        };
    add("h1", "Partnership Planner stopped working", &page)?;
    add(
        "p",
        "Something went wrong inside the app. Your work is kept in this browser up to the last save; reloading usually brings it back.",
        &page,
    )?;

    let saved = window
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(WORKSPACE_KEY).ok().flatten());
    let link_to = |text: &str, label: &str, file: &str| -> Result<(), JsValue> {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let blob = web_sys::Blob::new_with_str_sequence(&parts)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let link = add("a", label, &page)?;
        link.set_attribute("href", &url)?;
        link.set_attribute("download", file)?;
        link.set_class_name("button-link");
        Ok(())
    };
    // Work that could not be saved is newer than the stored copy: offer it first.
    if let Some(unsaved) = unsaved_work() {
        add(
            "p",
            "Your latest changes were not saved in this browser. Download them as they were on screen:",
            &page,
        )?;
        link_to(
            &unsaved,
            "Download your work as it was on screen",
            "partnership-planner-unsaved-work.json",
        )?;
    }
    if let Some(saved) = saved {
        link_to(
            &saved,
            "Download your saved work",
            "partnership-planner-saved-work.json",
        )?;
    }

    let form = document.create_element("form")?;
    form.set_attribute("method", "get")?;
    let button = add("button", "Reload the app", &form)?;
    button.set_attribute("type", "submit")?;
    button.set_class_name("primary");
    page.append_child(&form)?;

    let more = add("details", "", &page)?;
    add("summary", "Details for whoever helps you", &more)?;
    add("pre", details, &more)?;

    root.append_child(&page)?;
    Ok(())
}
