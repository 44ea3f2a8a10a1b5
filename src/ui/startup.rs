//! What the app found at start-up, shared by the screens that tell the person about it.

use leptos::prelude::*;

/// What the app found at start-up that the person needs to hear about.
#[derive(Clone)]
pub struct StartupNotice {
    /// The reason stored data could not be read, and the text itself to download.
    pub unreadable: Option<(String, String)>,
    /// Whether the browser agreed to keep this site's storage (None until it answers).
    pub persisted: RwSignal<Option<bool>>,
}
