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

/// `text` cut at a word to at most `budget` characters, ending "…", when it is longer:
/// for a printed page that keeps to one sheet, or a name that sits in a sentence. None
/// when it fits whole.
pub fn cut_at_word(text: &str, budget: usize) -> Option<String> {
    let text = text.trim();
    if text.chars().count() <= budget {
        return None;
    }
    let head: String = text.chars().take(budget).collect();
    // At the last space, unless that leaves less than half of what there is room for.
    let at_word = match head.rfind(char::is_whitespace) {
        Some(space) if head[..space].chars().count() > budget / 2 => &head[..space],
        _ => head.as_str(),
    };
    Some(format!(
        "{}…",
        at_word.trim_end_matches([',', ';', ':', '.', ' ', '-', '–'])
    ))
}

/// A number of things in words: "1 teacher", "3 teachers".
pub fn count(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_cut_at_a_word_and_a_short_one_is_not() {
        assert_eq!(cut_at_word("  Fits whole.  ", 12), None);
        assert_eq!(
            cut_at_word("Improve writing, with attention to argument", 30).as_deref(),
            Some("Improve writing, with…")
        );
        // One long word is cut where the room ends.
        assert_eq!(
            cut_at_word(&"x".repeat(50), 10),
            Some(format!("{}…", "x".repeat(10)))
        );
    }
}
