//! Small helpers for the free text people type.

/// True when a person has written something other than spaces.
pub fn is_filled(text: &str) -> bool {
    !text.trim().is_empty()
}

/// The text trimmed, or `fallback` when nothing was written.
pub fn or_placeholder<'a>(text: &'a str, fallback: &'a str) -> &'a str {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        fallback
    } else {
        trimmed
    }
}
