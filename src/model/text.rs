//! Small helpers for the free text people type.

/// True when a person has written something other than spaces.
pub fn is_filled(text: &str) -> bool {
    !text.trim().is_empty()
}

/// A number of things in words: "1 teacher", "3 teachers".
pub fn count(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}
