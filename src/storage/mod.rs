//! Keeping the workspace in this browser: where it is stored, when it is saved, and what
//! the person is told when the browser will not keep it.

mod status;
pub use status::{SaveProblem, SaveStatus};

#[cfg(target_arch = "wasm32")]
mod autosave;
#[cfg(target_arch = "wasm32")]
mod local;

#[cfg(target_arch = "wasm32")]
mod files;

#[cfg(target_arch = "wasm32")]
pub use autosave::{unsaved_work, Autosave};
#[cfg(target_arch = "wasm32")]
pub use files::{download, files_in, read_file};
#[cfg(target_arch = "wasm32")]
pub use local::{
    any_set_aside, forget_set_aside, forget_typed, is_set_aside_key, load, open_stored, preference,
    save, set_aside, set_aside_entries, set_preference, stored_text, Loaded, SetAsideEntry,
    TYPED_PREFIX, WORKSPACE_KEY,
};
