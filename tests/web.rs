//! Browser-bound code in real Chromium: the workspace in localStorage, downloads, and the
//! page shown after a crash.
#![cfg(target_arch = "wasm32")]

use chrono::DateTime;
use partnership_planner::model::sample::sample_partnership;
use partnership_planner::model::{Id, SchoolYear, Workspace};
use partnership_planner::storage::{
    download, forget_set_aside, load, save, set_aside_entries, Loaded, SaveProblem, WORKSPACE_KEY,
};
use partnership_planner::ui::crash::show_crash_page;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    // The test page always has a window with localStorage; without one the test cannot run.
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("the test browser has localStorage")
}

fn empty_storage() -> web_sys::Storage {
    let storage = local_storage();
    storage.clear().expect("clearing storage");
    storage
}

fn sample_workspace() -> Workspace {
    let now = DateTime::from_timestamp(1_790_000_000, 0).expect("a real time");
    let year = SchoolYear::starting(2026).expect("2026 is a valid school year");
    let partnership = sample_partnership(Id::new("p-test"), year, now).expect("the sample builds");
    Workspace {
        partnerships: vec![partnership],
    }
}

#[wasm_bindgen_test]
fn a_saved_workspace_loads_back_exactly() {
    empty_storage();
    let workspace = sample_workspace();
    let written = save(&workspace, DateTime::default(), None).expect("saving");
    match load() {
        Loaded::Restored {
            workspace: loaded,
            known,
            kept_aside,
            unkept,
        } => {
            assert_eq!(loaded, workspace);
            assert_eq!(known, written);
            assert_eq!(kept_aside, 0);
            assert!(unkept.is_none());
        }
        _ => panic!("the saved workspace did not load"),
    }
}

#[wasm_bindgen_test]
fn one_unreadable_partnership_is_set_aside_once_and_the_others_load() {
    let storage = empty_storage();
    let mut workspace = sample_workspace();
    let mut second = workspace.partnerships[0].clone();
    second.id = Id::new("p-second");
    second.name = "Second".into();
    workspace.partnerships.push(second);
    save(&workspace, DateTime::default(), None).expect("saving");
    let stored = storage
        .get_item(WORKSPACE_KEY)
        .ok()
        .flatten()
        .expect("saved");
    let broken = stored.replacen(
        "\"meeting_date\":\"2026-09-08\"",
        "\"meeting_date\":\"0026-09-08\"",
        1,
    );
    assert_ne!(broken, stored);
    storage.set_item(WORKSPACE_KEY, &broken).expect("writing");
    for _ in 0..2 {
        match load() {
            Loaded::Restored {
                workspace: loaded,
                kept_aside,
                unkept,
                ..
            } => {
                assert_eq!(kept_aside, 1);
                assert_eq!(loaded.partnerships, workspace.partnerships[1..]);
                assert!(unkept.is_none(), "the copy aside was made");
            }
            _ => panic!("the readable partnership did not load"),
        }
    }
    let entries = set_aside_entries();
    assert_eq!(entries.len(), 1, "one copy, however often it loads");
    assert_eq!(entries[0].name, workspace.partnerships[0].name);
    assert_eq!(
        entries[0].problem,
        "Meeting date: the year 26 is outside 1990-2200."
    );
    assert!(entries[0].text.contains("0026-09-08"));
    forget_set_aside(&entries[0].key).expect("deleting");
    assert!(set_aside_entries().is_empty());
}

#[wasm_bindgen_test]
fn a_value_the_reader_refuses_is_never_stored() {
    let storage = empty_storage();
    let mut workspace = sample_workspace();
    workspace.partnerships[0].meeting_date = chrono::NaiveDate::from_ymd_opt(26, 9, 8);
    let result = save(&workspace, DateTime::default(), None);
    assert!(matches!(result, Err(SaveProblem::Invalid(ref m)) if m.contains("the year 26")));
    assert_eq!(storage.get_item(WORKSPACE_KEY).ok().flatten(), None);
}

#[wasm_bindgen_test]
fn an_empty_browser_loads_as_empty() {
    empty_storage();
    assert!(matches!(load(), Loaded::Empty));
}

#[wasm_bindgen_test]
fn a_save_from_another_tab_is_never_written_over_silently() {
    let storage = empty_storage();
    let first = save(&sample_workspace(), DateTime::default(), None).expect("saving");
    storage
        .set_item(WORKSPACE_KEY, "{\"other\": \"tab\"}")
        .expect("the other tab saves");
    let result = save(&Workspace::default(), DateTime::default(), Some(&first));
    assert_eq!(result, Err(SaveProblem::ChangedElsewhere));
    assert_eq!(
        storage.get_item(WORKSPACE_KEY).ok().flatten().as_deref(),
        Some("{\"other\": \"tab\"}")
    );
    let agreed = "{\"other\": \"tab\"}";
    assert!(save(&Workspace::default(), DateTime::default(), Some(agreed)).is_ok());
}

#[wasm_bindgen_test]
fn unreadable_stored_data_is_kept_untouched_with_one_backup_copy() {
    let storage = empty_storage();
    storage
        .set_item(WORKSPACE_KEY, "{ not json")
        .expect("writing");
    for _ in 0..2 {
        match load() {
            Loaded::Unreadable {
                text, backup_key, ..
            } => {
                assert_eq!(text, "{ not json");
                let key = backup_key.expect("a backup was made");
                assert_eq!(
                    storage.get_item(&key).ok().flatten().as_deref(),
                    Some("{ not json")
                );
            }
            _ => panic!("corrupt data was not reported"),
        }
    }
    assert_eq!(
        storage.get_item(WORKSPACE_KEY).ok().flatten().as_deref(),
        Some("{ not json")
    );
    assert_eq!(
        storage.length().expect("length"),
        2,
        "one backup, however often it loads"
    );
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_as_full() {
    let storage = empty_storage();
    // Fill the origin's quota with 512 KiB blocks, then smaller ones, until it refuses.
    let mut block = "x".repeat(512 * 1024);
    let mut n = 0;
    while block.len() > 16 {
        while storage.set_item(&format!("filler-{n}"), &block).is_ok() {
            n += 1;
        }
        block.truncate(block.len() / 2);
    }
    let result = save(&sample_workspace(), DateTime::default(), None);
    storage.clear().expect("clearing storage");
    assert_eq!(result, Err(SaveProblem::Full));
}

/// The text behind a `blob:` address, as the browser would save it.
async fn text_at(url: &str) -> String {
    let window = web_sys::window().expect("a window");
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .expect("the address can be read")
        .unchecked_into();
    JsFuture::from(response.text().expect("a body"))
        .await
        .expect("the body reads")
        .as_string()
        .expect("text")
}

#[wasm_bindgen_test]
async fn a_download_offers_the_file_and_leaves_no_link_behind() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    // Catch the click the browser would turn into a download, and keep it from leaving.
    let clicked: Rc<RefCell<Vec<(String, String)>>> = Rc::default();
    let seen = clicked.clone();
    let listener =
        Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |event: web_sys::MouseEvent| {
            let link = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok());
            if let Some(link) = link {
                event.prevent_default();
                seen.borrow_mut().push((link.download(), link.href()));
            }
        });
    document
        .add_event_listener_with_callback_and_bool("click", listener.as_ref().unchecked_ref(), true)
        .expect("listening");
    let links_before = document.query_selector_all("a").expect("query").length();

    download("plan.json", "{\"plan\": 1}", "application/json").expect("downloading");

    document
        .remove_event_listener_with_callback_and_bool(
            "click",
            listener.as_ref().unchecked_ref(),
            true,
        )
        .expect("unlistening");
    let clicked = clicked.borrow().clone();
    assert_eq!(clicked.len(), 1, "one link was clicked");
    assert_eq!(clicked[0].0, "plan.json");
    // The address still holds the file after the click: it is freed later, not at once.
    assert_eq!(text_at(&clicked[0].1).await, "{\"plan\": 1}");
    assert_eq!(
        document.query_selector_all("a").expect("query").length(),
        links_before
    );
}

#[wasm_bindgen_test]
async fn the_crash_page_offers_the_saved_work_and_a_reload() {
    empty_storage();
    local_storage()
        .set_item(WORKSPACE_KEY, "{\"saved\": true}")
        .expect("writing");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let root: web_sys::HtmlElement = document
        .create_element("div")
        .expect("a div")
        .unchecked_into();
    root.set_text_content(Some("the app as it froze"));
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appending");
    show_crash_page(&root, "panicked at src/ui/app.rs").expect("the page draws");
    assert!(root
        .text_content()
        .is_some_and(|t| !t.contains("the app as it froze")));
    let heading = root
        .query_selector("h1")
        .ok()
        .flatten()
        .and_then(|h| h.text_content());
    assert_eq!(
        heading.as_deref(),
        Some("Partnership Planner stopped working")
    );
    let link = root
        .query_selector("a[download]")
        .ok()
        .flatten()
        .expect("a download link");
    let href = link.get_attribute("href").expect("the link has an address");
    assert_eq!(text_at(&href).await, "{\"saved\": true}");
    let reload = root
        .query_selector("form button[type=submit]")
        .ok()
        .flatten();
    assert_eq!(
        reload.and_then(|b| b.text_content()).as_deref(),
        Some("Reload the app")
    );
    assert!(root
        .text_content()
        .is_some_and(|t| t.contains("panicked at")));
}

/// Waits until the effects a signal change scheduled have run.
async fn settled() {
    leptos::task::tick().await;
    let next_frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback(&resolve);
    });
    JsFuture::from(next_frame).await.expect("a timeout");
}

#[wasm_bindgen_test]
async fn a_view_drawn_anew_takes_the_place_of_the_one_before_it() {
    use leptos::prelude::*;
    use partnership_planner::ui::widgets::{IntoFresh, Shown};
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let host = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&host)
        .expect("added");
    let count = RwSignal::new(1);
    let open = RwSignal::new(true);
    let _mounted = leptos::mount::mount_to(host.clone().unchecked_into(), move || {
        view! {
            <p>"before"</p>
            {move || view! { <p class="drawn">{count.get()}</p> }.fresh()}
            {move || (count.get() > 1).then(|| view! { <p>"more"</p> }.fresh())}
            {move || match count.get() {
                3 => ().fresh(),
                n => view! { <i>{n}</i> }.fresh(),
            }}
            <Shown when=move || open.get()><p>"shown"</p></Shown>
            <p>"after"</p>
        }
    });
    let text = || host.text_content().unwrap_or_default();
    let drawn = || host.query_selector(".drawn").ok().flatten().expect("drawn");
    assert_eq!(text(), "before11shownafter");
    let first = drawn();

    count.set(2);
    settled().await;
    assert_eq!(
        text(),
        "before2more2shownafter",
        "in the same place, in order"
    );
    assert!(
        !first.is_same_node(Some(&drawn())),
        "a new element, not the old one patched"
    );

    open.set(false);
    settled().await;
    assert_eq!(text(), "before2more2after");
    open.set(true);
    settled().await;
    assert_eq!(text(), "before2more2shownafter");

    // A view with no nodes of its own keeps its place for the one that follows it.
    count.set(3);
    settled().await;
    assert_eq!(text(), "before3moreshownafter");
    count.set(4);
    settled().await;
    assert_eq!(text(), "before4more4shownafter");
    host.remove();
}
