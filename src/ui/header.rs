//! The header on every screen: the product's name and whether the work is saved.

use super::planner::use_planner;
use super::presenting::PresentToggle;
use crate::storage::SaveStatus;
use leptos::prelude::*;

#[component]
pub fn AppHeader() -> impl IntoView {
    let planner = use_planner();
    let status = move || match planner.save_status.get() {
        SaveStatus::Saved => "All changes saved in this browser".to_string(),
        SaveStatus::Pending => "Saving…".to_string(),
        SaveStatus::Failed(_) => "Not saved".to_string(),
    };
    let failed = move || matches!(planner.save_status.get(), SaveStatus::Failed(_));
    view! {
        <header class="app-header">
            <a class="product-name" href="#/">"Partnership Planner"</a>
            <p class="save-status" class:save-failed=failed role="status">
                {status}
            </p>
            <PresentToggle />
        </header>
    }
}
