//! The browser app: components that render the model and send edits back to it.

mod agreement;
mod app;
mod continuum;
pub mod crash;
mod guide;
mod header;
mod home;
mod partnership;
mod plan;
mod planner;
mod presenting;
mod save_notice;
mod shell;
mod startup;
mod summary;
mod undo;
pub mod widgets;

pub use app::App;

/// Mounts the app into the page body.
pub fn mount() {
    crash::install();
    // The page's own header and "Opening your plans…" stood in until now.
    if let Some(shell) = leptos::prelude::document().get_element_by_id("app-shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(App);
}
