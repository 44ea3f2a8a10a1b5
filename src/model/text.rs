//! Small helpers for the free text people type.

/// True when a person has written something other than spaces.
pub fn is_filled(text: &str) -> bool {
    !text.trim().is_empty()
}

/// Words listed as a sentence says them: "a", "a and b", "a, b and c".
pub fn listed(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A number of things in words: "1 teacher", "3 teachers".
pub fn count(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}
