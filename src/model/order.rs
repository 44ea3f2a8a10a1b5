//! Sorting through one shared routine: each list sorted the usual way brings its own copy of the sort.

use std::cmp::Ordering;

/// The places of `len` items in the order `compare` gives them, equal items as they were.
fn sorted_places(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut places: Vec<usize> = (0..len).collect();
    places.sort_by(|a, b| compare(*a, *b));
    places
}

fn rearrange<T>(items: &mut Vec<T>, places: Vec<usize>) {
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        places
            .into_iter()
            .filter_map(|place| slots.get_mut(place).and_then(Option::take)),
    );
}

/// Sorts stably by `compare`, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let places = sorted_places(items.len(), &|a, b| compare(&items[a], &items[b]));
    rearrange(items, places);
}

/// Sorts stably by a key worked out once for each item, like `slice::sort_by_cached_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let places = sorted_places(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    rearrange(items, places);
}

/// Sorts stably in the items' own order, like `slice::sort`.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// A piece of text as people order it: words by their letters, numbers by their value.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Piece {
    Number(u64),
    Words(String),
}

/// The key that orders "Team 2" before "Team 10", whatever the case, and kindergarten
/// ("K", "KG", "Kindergarten", "Grade K") as grade 0, before grade 1.
pub fn natural(text: &str) -> Vec<Piece> {
    let kindergarten = |word: &str| matches!(word, "k" | "kg" | "kinder" | "kindergarten");
    let lower = text.trim().to_lowercase();
    if kindergarten(&lower) {
        return vec![Piece::Number(0)];
    }
    if lower
        .strip_prefix("grade ")
        .is_some_and(|g| kindergarten(g.trim()))
    {
        return vec![Piece::Words("grade ".into()), Piece::Number(0)];
    }
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(first) = rest.chars().next() {
        let digit = first.is_ascii_digit();
        let end = rest
            .find(|c: char| c.is_ascii_digit() != digit)
            .unwrap_or(rest.len());
        let (piece, after) = rest.split_at(end);
        pieces.push(match piece.parse() {
            Ok(n) if digit => Piece::Number(n),
            _ => Piece::Words(piece.to_lowercase()),
        });
        rest = after;
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_names_are_ordered_by_their_value() {
        let mut teams = vec!["Team 10", "team 2", "Team 1", "Art", "Team 12"];
        sort_by_key(&mut teams, |t| natural(t));
        assert_eq!(teams, ["Art", "Team 1", "team 2", "Team 10", "Team 12"]);
    }

    #[test]
    fn kindergarten_comes_before_grade_one() {
        let mut grades = vec!["2", "Art", "1", "K", "ELL"];
        sort_by_key(&mut grades, |g| natural(g));
        assert_eq!(grades, ["K", "1", "2", "Art", "ELL"]);
        let mut grades = vec!["Grade 1", "Specialists", "Kindergarten", "Grade K"];
        sort_by_key(&mut grades, |g| natural(g));
        assert_eq!(
            grades,
            ["Kindergarten", "Grade K", "Grade 1", "Specialists"]
        );
    }

    #[test]
    fn sorts_like_the_standard_library_and_keeps_equal_items_in_place() {
        let words = ["pear", "Apple", "fig", "apple", "Fig", "kiwi", "", "date"];
        let mut ours: Vec<&str> = words.to_vec();
        let mut theirs = ours.clone();
        sort_by_key(&mut ours, |w| w.to_lowercase());
        theirs.sort_by_key(|w| w.to_lowercase());
        assert_eq!(ours, theirs);
        assert_eq!(ours[1..3], ["Apple", "apple"]);

        let mut numbers = vec![5, 3, 9, 1, 3];
        sort(&mut numbers);
        assert_eq!(numbers, [1, 3, 3, 5, 9]);
        sort_by(&mut numbers, |a, b| b.cmp(a));
        assert_eq!(numbers, [9, 5, 3, 3, 1]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }
}
