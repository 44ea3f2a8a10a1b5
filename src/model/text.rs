//! Small helpers for the free text people type.

/// True when a person has written something other than spaces.
pub fn is_filled(text: &str) -> bool {
    !text.trim().is_empty()
}
