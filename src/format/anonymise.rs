//! Anonymised copies for sharing: teacher names become stable codes (T01, T02…) wherever
//! they stand in free text, personal notes go, and a review finds what still looks like
//! a name. The rule covers every text of the format, not a list of fields.

use super::document::{as_value, typed};
use super::location::{describe, Segment};
use super::{Document, Scope};
use crate::model::limits::fit_text;
use crate::model::order;
use crate::model::partnership::PartnershipDetails;
use crate::model::plan::Target;
use crate::model::playbook::shipped;
use crate::model::sample::sample_school;
use crate::model::school_year::SchoolYear;
use crate::model::sign_off::Signing;
use crate::model::{Id, Partnership};
use chrono::DateTime;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// What replaces personal notes in an anonymised copy.
const REMOVED: &str = "";

/// Fields that hold identifiers, choices, dates or codes rather than anything a person
/// wrote: never rewritten, never reported.
const NOT_FREE_TEXT: [&str; 20] = [
    "id",
    "teacher",
    "coach",
    "coaching_action",
    "first_asked",
    "second_asked",
    "kind",
    "stage",
    "status",
    "stance",
    "coaching_model",
    "school_year",
    "knows_expectation",
    "clarity_step",
    "plans_to_do_it",
    "fingerprint",
    "created",
    "updated",
    "last_exported",
    "unexported_since",
];

/// The people at the table, whose names an anonymised copy keeps as they are (it replaces
/// teachers' names): a principal called Maria stays Maria when a teacher is Maria too. The
/// signature's names go the same way as the people's own. Not "coach" alone: elsewhere
/// that field holds a coach's id (who gives support), which is no one's name.
const AT_THE_TABLE: [&str; 3] = ["principal", "coaches", "sign_off"];

/// Everyday words that end in "s" and open a sentence, never a family's name in the
/// plural: "This" is not the Thi family.
const ENDING_IN_S: [&str; 12] = [
    "this", "his", "is", "as", "us", "its", "has", "was", "yes", "does", "thus", "plus",
];

/// Fields whose whole text is personal and is left out of an anonymised copy.
const PERSONAL: [&str; 2] = ["notes", "principal_follow_up"];

/// Names that are also everyday words (first names such as Will and May, surnames such
/// as Day and Best): replaced only where they read as a name; the review shows the rest.
const EVERYDAY_WORDS: &[&str] = &[
    "will",
    "grace",
    "may",
    "mark",
    "bill",
    "rose",
    "faith",
    "hope",
    "joy",
    "june",
    "april",
    "august",
    "summer",
    "dawn",
    "eve",
    "ivy",
    "holly",
    "lily",
    "iris",
    "jay",
    "pat",
    "rob",
    "sue",
    "art",
    "ray",
    "sky",
    "amber",
    "ruby",
    "pearl",
    "sunny",
    "chase",
    "grant",
    "hunter",
    "max",
    "frank",
    "guy",
    "jack",
    "don",
    "drew",
    "gene",
    "penny",
    "sandy",
    "dean",
    "cliff",
    "glen",
    "rich",
    "harmony",
    "honor",
    "victor",
    "an",
    "day",
    "read",
    "best",
    "young",
    "white",
    "brown",
    "green",
    "black",
    "gray",
    "grey",
    "hill",
    "wood",
    "woods",
    "king",
    "long",
    "little",
    "bell",
    "price",
    "cook",
    "baker",
    "hall",
    "wells",
    "field",
    "bird",
    "fox",
    "lamb",
    "bush",
    "stone",
    "banks",
    "page",
    "law",
    "park",
    "lane",
    "street",
    "hart",
    "may",
    "rice",
    "love",
    "wise",
    "good",
    "hand",
    "mason",
    "walker",
    "turner",
    "miller",
    "carpenter",
    "fisher",
    "porter",
    "marsh",
    "brook",
    "brooks",
    "rivers",
    "north",
    "west",
    "south",
    "east",
    "french",
    "english",
    "strong",
    "swift",
    "sharp",
    "moody",
    "early",
];

/// Words in a surname that name no one by themselves ("van der Berg").
const PARTICLES: [&str; 14] = [
    "de", "da", "del", "della", "van", "von", "der", "den", "la", "le", "di", "du", "dos", "bin",
];

const TITLES: [&str; 6] = ["mr", "mrs", "ms", "mx", "dr", "miss"];

/// Where a way of naming a teacher may be replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rule {
    Anywhere,
    /// Only capitalised and not opening a sentence: the word is also an everyday word
    /// ("Will", "Day") or too short to tell ("Jo", "An").
    AsName,
    /// Only with a capital at the end: "Alex R", never "Alex a".
    CapitalEnd,
}

/// One way a teacher can be named in text, and the code that replaces it.
struct Pattern {
    /// Folded characters; a space stands for any run of white space.
    chars: Vec<char>,
    code: String,
    rule: Rule,
    /// Who has it as a surname or a part of one, which a title before it ("Ms", "Dr.")
    /// makes a name: "Mr. Lee" is the teacher surnamed Lee, not Lee Kim.
    surname_code: Option<String>,
}

/// Every way each teacher of a partnership can be named, longest first.
pub struct TeacherNames {
    patterns: Vec<Pattern>,
    by_first: HashMap<char, Vec<usize>>,
    /// Every single first name and surname word, folded, for the review.
    words: Vec<Vec<char>>,
    /// Whole names, folded, left as they stand in text: the people at the table.
    kept: Vec<Vec<char>>,
    /// Their first names, folded, left where they stand alone ("José and Siobhán will
    /// invite…" of the coaches, when a teacher is María José).
    kept_first: Vec<Vec<char>>,
    /// Each whole name, folded, with its code: a coach on the staff list is a teacher too.
    whole: Vec<(Vec<char>, String)>,
    /// Each teacher's initials as written in capitals ("JKL"), for the review.
    initials: Vec<String>,
}

/// A code such as T07 or AB12: a few capitals, then digits, and nothing else.
fn is_code(name: &str) -> bool {
    let name = name.trim();
    let letters = name.chars().take_while(char::is_ascii_uppercase).count();
    let digits = name
        .chars()
        .skip(letters)
        .take_while(char::is_ascii_digit)
        .count();
    (1..=3).contains(&letters) && digits > 0 && letters + digits == name.chars().count()
}

/// Between the codes of people who share a name: no guess at which one is meant.
const SHARED: &str = " or ";

impl TeacherNames {
    pub fn of(partnership: &Partnership) -> TeacherNames {
        TeacherNames::of_people(
            codes(partnership)
                .into_iter()
                .map(|(_, name, code)| (name, code)),
        )
    }

    /// Every way each person can be named, each replaced by what stands for them.
    pub fn of_people(people: impl IntoIterator<Item = (String, String)>) -> TeacherNames {
        let mut patterns = Vec::new();
        let mut words = Vec::new();
        let mut whole = Vec::new();
        let mut initials = Vec::new();
        for (name, code) in people {
            // A code is no name: a staff written as codes (T07), or a copy anonymised
            // before, has nothing to replace or look for.
            if is_code(&name) {
                continue;
            }
            let Some((first, surname)) = split_name(&name) else {
                continue;
            };
            whole.push((fold_all(&name), code.clone()));
            let letters: String = first
                .split_whitespace()
                .chain(surname.split_whitespace())
                .filter(|w| !PARTICLES.contains(&w.to_lowercase().as_str()))
                .filter_map(|w| w.chars().next())
                .flat_map(char::to_uppercase)
                .collect();
            if letters.chars().count() > 1 {
                initials.push(letters);
            }
            let mut add = |text: &str, rule: Rule, surname: bool| {
                for chars in spellings(text) {
                    patterns.push(Pattern {
                        chars,
                        code: code.clone(),
                        rule,
                        surname_code: surname.then(|| code.clone()),
                    });
                }
            };
            add(&format!("{first} {surname}"), Rule::Anywhere, false);
            for (part, rule) in name_parts(&first) {
                add(part, rule, false);
            }
            if let Some(initial) = surname.chars().next() {
                if !first.is_empty() {
                    add(&format!("{first} {initial}."), Rule::Anywhere, false);
                    add(&format!("{first} {initial}"), Rule::CapitalEnd, false);
                }
                let whole = std::iter::once((surname.as_str(), rule_for(&surname)));
                for (part, rule) in whole.chain(name_parts(&surname)) {
                    add(part, rule, true);
                }
                // "Whitman-Lee" is often typed "Whitman Lee".
                for double in surname.split_whitespace().filter(|w| w.contains('-')) {
                    add(&double.replace('-', " "), Rule::Anywhere, true);
                }
            }
            for (part, _) in name_parts(&first).chain(name_parts(&surname)) {
                words.extend(spellings(part));
            }
        }
        let patterns = merge_shared(patterns);
        let mut by_first: HashMap<char, Vec<usize>> = HashMap::new();
        for (i, pattern) in patterns.iter().enumerate() {
            by_first.entry(pattern.chars[0]).or_default().push(i);
        }
        order::sort(&mut words);
        words.dedup();
        TeacherNames {
            patterns,
            by_first,
            words,
            kept: Vec::new(),
            kept_first: Vec::new(),
            whole,
            initials,
        }
    }

    /// The code of the teacher whose whole name `name` is, if one is.
    fn code_of_whole(&self, name: &str) -> Option<&str> {
        let folded = fold_all(name);
        self.whole
            .iter()
            .find(|(whole, _)| *whole == folded)
            .map(|(_, code)| code.as_str())
    }

    /// Leaves the whole names of the principal and the coaches as they stand in text
    /// ("Sam Lee agrees" stays so when a teacher is a Lee too), unless a teacher has the
    /// very same name.
    fn keeping_the_table(mut self, partnership: &Partnership) -> TeacherNames {
        let people: Vec<&String> = std::iter::once(&partnership.principal)
            .chain(partnership.coaches.iter().map(|c| &c.name))
            .filter(|name| self.code_of_whole(name).is_none())
            .collect();
        // The school's name too ("Lincoln Elementary" with a teacher Joy Lincoln): as "T19
        // Elementary" it would tell anyone who knows the school who T19 is.
        let school =
            (self.code_of_whole(&partnership.school).is_none()).then_some(&partnership.school);
        self.kept = people
            .iter()
            .copied()
            .chain(school)
            .map(|name| fold_all(name))
            .filter(|name| name.contains(&' '))
            .filter(|name| !self.patterns.iter().any(|p| &p.chars == name))
            .collect();
        self.kept_first = people
            .iter()
            .filter_map(|name| split_name(name))
            .filter_map(|(first, _)| first.split_whitespace().next().map(fold_all))
            .collect();
        self
    }

    /// Where a kept name starting at `i` ends: a whole name, or a first name standing
    /// alone. Followed by a teacher's name ("José García"), a first name is the teacher's.
    fn kept_at(&self, chars: &[char], i: usize) -> Option<usize> {
        if i > 0 && is_word_char(chars[i - 1]) {
            return None;
        }
        let whole = self.kept.iter().find_map(|name| match_at(chars, i, name));
        whole.or_else(|| {
            let end = self
                .kept_first
                .iter()
                .find_map(|name| match_at(chars, i, name))?;
            let spaces = chars[end..].iter().take_while(|c| **c == ' ').count();
            let teacher_follows = spaces > 0 && self.name_at(chars, end + spaces).is_some();
            (!teacher_follows).then_some(end)
        })
    }

    /// `text` with every teacher's name replaced by their code, cut to the limit a text
    /// may have so the file always reads back.
    pub fn replace(&self, text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        while i < chars.len() {
            if let Some(end) = self.kept_at(&chars, i) {
                out.extend(&chars[i..end]);
                i = end;
                continue;
            }
            match self.name_at(&chars, i) {
                Some((mut end, code)) => {
                    // Two words naming the same person are one name ("Ana María"), and
                    // one code: of those the two could each be, the ones both can be.
                    let mut code = std::borrow::Cow::Borrowed(code);
                    while let Some((next_end, both)) = self.same_person_after(&chars, end, &code) {
                        (end, code) = (next_end, std::borrow::Cow::Owned(both));
                    }
                    // Initials before a name are part of it: "J.K. Lee" is one teacher.
                    if chars[i].is_uppercase() {
                        drop_initials(&mut out);
                    }
                    // A code in words ("the coach") opens a sentence as the name did.
                    let mut letters = code.chars();
                    match letters.next() {
                        Some(first) if first.is_lowercase() && opens_sentence(&chars, i) => {
                            out.extend(first.to_uppercase());
                            out.push_str(letters.as_str());
                        }
                        _ => out.push_str(&code),
                    }
                    i = end;
                }
                None => {
                    out.push(chars[i]);
                    i += 1;
                }
            }
        }
        fit_text(out).0
    }

    /// After a name ending at `end`, a space and another name for someone `code` stands
    /// for: where that one ends, and the code of those both may be.
    fn same_person_after(&self, chars: &[char], end: usize, code: &str) -> Option<(usize, String)> {
        let spaces = chars[end..].iter().take_while(|c| **c == ' ').count();
        let (next_end, next) = (spaces > 0)
            .then(|| self.name_at(chars, end + spaces))
            .flatten()?;
        let both: Vec<&str> = code
            .split(SHARED)
            .filter(|c| next.split(SHARED).any(|n| n == *c))
            .collect();
        (!both.is_empty()).then(|| (next_end, both.join(SHARED)))
    }

    /// The teacher's name starting at `i`, if one does: where it ends, and its code.
    fn name_at(&self, chars: &[char], i: usize) -> Option<(usize, &str)> {
        if i > 0 && is_word_char(chars[i - 1]) {
            return None;
        }
        // A title makes the surname after it a name, whatever it also means ("Ms Young").
        if let Some(after) = title_at(chars, i) {
            let surname = self
                .by_first
                .get(&fold(*chars.get(after)?))
                .and_then(|candidates| {
                    candidates.iter().find_map(|&p| {
                        let pattern = &self.patterns[p];
                        let code = pattern.surname_code.as_deref()?;
                        Some((match_at(chars, after, &pattern.chars)?, code))
                    })
                });
            if surname.is_some() {
                return surname;
            }
        }
        let candidates = self.by_first.get(&fold(*chars.get(i)?))?;
        candidates.iter().find_map(|&p| {
            let pattern = &self.patterns[p];
            let end = match_at(chars, i, &pattern.chars)?;
            let reads_as_name = match pattern.rule {
                Rule::Anywhere => true,
                Rule::AsName => {
                    let someones_first_name =
                        pattern.surname_code.as_deref() != Some(pattern.code.as_str());
                    chars[i].is_uppercase()
                        && (!opens_sentence(chars, i)
                            || someones_first_name && named_by_what_follows(chars, i, end))
                        && !reads_as_month(chars, i, end)
                }
                Rule::CapitalEnd => chars[..end]
                    .iter()
                    .rev()
                    .find(|c| !is_mark(**c))
                    .is_some_and(|c| c.is_uppercase()),
            };
            reads_as_name.then_some((end, pattern.code.as_str()))
        })
    }

    /// Every word in `text` that is a teacher's first name or surname, with the sentence
    /// it stands in. A word runs through inner apostrophes and hyphens ("O'Brien"), and
    /// is also looked at without a possessive and part by part.
    fn remaining(&self, text: &str) -> Vec<(String, String)> {
        let chars: Vec<char> = text.chars().collect();
        let joins = |j: usize| {
            "'’-".contains(chars[j]) && chars.get(j + 1).is_some_and(|c| is_word_char(*c))
        };
        let mut found = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if let Some(end) = self.kept_at(&chars, i) {
                i = end;
                continue;
            }
            if !is_word_char(chars[i]) {
                i += 1;
                continue;
            }
            let end = (i..chars.len())
                .find(|&j| !(is_word_char(chars[j]) || (j > i && joins(j))))
                .unwrap_or(chars.len());
            let word: Vec<char> = chars[i..end]
                .iter()
                .filter(|c| !is_mark(**c))
                .map(|c| fold(*c))
                .collect();
            let possessive = word.strip_suffix(&['\'', 's']).unwrap_or(&word);
            // "the Tanakas": a family's name, or a possessive written without its
            // apostrophe, is only flagged, since a capitalised plural may be a word.
            // Not for everyday words that read so ("This" is no plural of Thi).
            let plural = word
                .strip_suffix(&['s'])
                .filter(|_| chars[i].is_uppercase())
                .filter(|_| {
                    !ENDING_IN_S
                        .iter()
                        .any(|w| w.chars().eq(word.iter().copied()))
                });
            // "20-min" is a duration, not Min: beside a number, a part of a joined word
            // counts only when written with a capital ("Room-12-Lee").
            let is_name = |w: &[char]| self.words.binary_search_by(|n| n.as_slice().cmp(w)).is_ok();
            let numbered = word.iter().any(char::is_ascii_digit);
            let part_named = || {
                chars[i..end].split(|c| !is_word_char(*c)).any(|part| {
                    (!numbered || part.first().is_some_and(|c| c.is_uppercase()))
                        && is_name(
                            &part
                                .iter()
                                .filter(|c| !is_mark(**c))
                                .map(|c| fold(*c))
                                .collect::<Vec<_>>(),
                        )
                })
            };
            let written: String = chars[i..end].iter().collect();
            // "will" and "grace" in lower case are the words: a name written so comes
            // with the rest of it ("will ford"), and is replaced whole.
            let a_word = chars[i].is_lowercase()
                && matches!(rule_for(&word.iter().collect::<String>()), Rule::AsName);
            if a_word {
                i = end;
                continue;
            }
            // An address made of a name ("aruiz@school.org") names its teacher too.
            let address = chars.get(end) == Some(&'@')
                && self
                    .words
                    .iter()
                    .any(|n| n.len() > 2 && word.windows(n.len()).any(|part| part == n.as_slice()));
            if address
                || is_name(&word)
                || is_name(possessive)
                || plural.is_some_and(is_name)
                || part_named()
                || self.initials.contains(&written)
            {
                found.push((
                    chars[i..end].iter().collect(),
                    sentence_around(&chars, i, end),
                ));
            }
            i = end;
        }
        found
    }
}

/// A word left in an anonymised copy that matches a teacher's first name or surname.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftName {
    /// Where it is, as the person would look for it ("Coach role, coach does not").
    pub field: String,
    pub word: String,
    /// The sentence around it.
    pub context: String,
}

/// A copy of `partnership` with no teacher's name or personal note left in it.
/// None only if the copy could not be read back, which would be a bug: then nothing is
/// shared rather than a copy with names left in.
pub fn anonymise(partnership: &Partnership) -> Option<Partnership> {
    anonymised(partnership, false).map(|(copy, _)| copy)
}

/// The anonymised copy and every place in it where a word still matches a teacher's first
/// name or surname, so the pair can look before they share it: the names are read once
/// for both.
pub fn anonymise_reviewed(partnership: &Partnership) -> Option<(Partnership, Vec<LeftName>)> {
    anonymised(partnership, true)
}

fn anonymised(partnership: &Partnership, reviewed: bool) -> Option<(Partnership, Vec<LeftName>)> {
    let names = TeacherNames::of(partnership).keeping_the_table(partnership);
    let codes: HashMap<Id, String> = codes(partnership)
        .into_iter()
        .map(|(id, _, code)| (id, code))
        .collect();
    let mut copy = partnership.clone();
    copy.anonymised = true;
    for teacher in &mut copy.continuum.teachers {
        teacher.name = codes.get(&teacher.id).cloned().unwrap_or_default();
    }
    leave_out_teams_of_one(&mut copy);
    // Rewritten as the file's JSON and read back through the format's own reading, so the
    // rule covers every text the format has and costs no code of its own.
    let mut value = as_value(&Document::new(
        Scope::Partnership,
        vec![copy],
        partnership.updated,
    ));
    let mut found = Vec::new();
    if let Some(list) = value.get_mut("partnerships") {
        rewrite(list, None, &names);
        if let Some(item) = list.get(0).filter(|_| reviewed) {
            collect(item, &mut Vec::new(), &names, &mut found);
        }
    }
    let mut anonymised = typed(&value, 0).ok()?.partnerships.into_iter().next()?;
    // What was signed is still what was signed: the codes are no amendment.
    if matches!(partnership.signing(), Signing::Signed(_)) {
        anonymised.reseal_signature();
    }
    Some((anonymised, found))
}

/// A team, grade or subject only one teacher has names that teacher as surely as their
/// name does ("T23 · Music"): it is left out of the copy, and support for that team is
/// support for that teacher, so it still reaches them.
fn leave_out_teams_of_one(copy: &mut Partnership) {
    // Teams matched as support for a team finds its teachers (`Target::covers`).
    let key = |team: &str| team.trim().to_ascii_lowercase();
    let mut teams: HashMap<String, Vec<Id>> = HashMap::new();
    for teacher in &copy.continuum.teachers {
        teams
            .entry(key(&teacher.assignment))
            .or_default()
            .push(teacher.id.clone());
    }
    let alone = |team: &str| match teams.get(&key(team)).map(Vec::as_slice) {
        Some([teacher]) if !team.trim().is_empty() => Some(teacher.clone()),
        _ => None,
    };
    for action in &mut copy.plan.actions {
        if let Target::Group { name } = &action.for_whom {
            if let Some(teacher) = alone(name) {
                action.for_whom = Target::Teacher { teacher };
            }
        }
    }
    for teacher in &mut copy.continuum.teachers {
        if alone(&teacher.assignment).is_some() {
            teacher.assignment = String::new();
        }
    }
}

fn rewrite(value: &mut Value, key: Option<&str>, names: &TeacherNames) {
    if key.is_some_and(|key| AT_THE_TABLE.contains(&key)) {
        return at_the_table(value, names);
    }
    match value {
        Value::String(text) => match key {
            Some(key) if PERSONAL.contains(&key) => *text = REMOVED.to_string(),
            Some(key) if NOT_FREE_TEXT.contains(&key) || is_date_field(key) => {}
            _ => *text = names.replace(text),
        },
        Value::Array(items) => items.iter_mut().for_each(|item| rewrite(item, key, names)),
        Value::Object(fields) => {
            for (field, item) in fields.iter_mut() {
                rewrite(item, Some(field), names);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// The principal's and coaches' names stay, but for a coach on the staff list too, whose
/// name is a teacher's: the copy names no teacher, so theirs is their code.
fn at_the_table(value: &mut Value, names: &TeacherNames) {
    match value {
        // Two coaches sign as one line ("Ana Diaz and Sam Lee"): each name is looked at.
        Value::String(name) => {
            let whole = |part: &str| {
                names
                    .code_of_whole(part)
                    .map_or(part, |code| code)
                    .to_string()
            };
            if let Some(code) = names.code_of_whole(name) {
                *name = code.to_string();
                return;
            }
            *name = name
                .split(" and ")
                .map(|part| part.split(", ").map(whole).collect::<Vec<_>>().join(", "))
                .collect::<Vec<_>>()
                .join(" and ");
        }
        Value::Array(items) => items.iter_mut().for_each(|item| at_the_table(item, names)),
        // A coach's record, or the signature with its two names.
        Value::Object(fields) => {
            for field in ["name", "principal", "coach"] {
                if let Some(name) = fields.get_mut(field) {
                    at_the_table(name, names);
                }
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// Takes initials ("J. K. ", "J.K. ") off the end of `out`, where a name follows them.
fn drop_initials(out: &mut String) {
    let kept = out.trim_end().len();
    let mut cut = kept;
    loop {
        let before = &out[..cut];
        let mut last = before.char_indices().rev();
        match (last.next(), last.next()) {
            (Some((_, '.')), Some((at, letter))) if letter.is_uppercase() => {
                let alone = before[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| c.is_whitespace() || c == '.');
                if !alone {
                    break;
                }
                cut = before[..at].trim_end().len();
            }
            _ => break,
        }
    }
    if cut < kept {
        out.truncate(cut);
        if !out.is_empty() && !out.ends_with(char::is_whitespace) {
            out.push(' ');
        }
    }
}

fn collect(
    value: &Value,
    path: &mut Vec<Segment>,
    names: &TeacherNames,
    found: &mut Vec<LeftName>,
) {
    match value {
        Value::String(text) => {
            let key = path.iter().rev().find_map(|s| match s {
                Segment::Field(f) => Some(f.as_str()),
                Segment::Index(_) => None,
            });
            if key.is_some_and(|k| NOT_FREE_TEXT.contains(&k) || is_date_field(k)) {
                return;
            }
            let at_the_table = path
                .iter()
                .any(|s| matches!(s, Segment::Field(f) if AT_THE_TABLE.contains(&f.as_str())));
            if at_the_table {
                return;
            }
            for (word, context) in names.remaining(text) {
                found.push(LeftName {
                    field: describe(path),
                    word,
                    context,
                });
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Segment::Index(i));
                collect(item, path, names, found);
                path.pop();
            }
        }
        Value::Object(fields) => {
            for (field, item) in fields {
                path.push(Segment::Field(field.clone()));
                collect(item, path, names, found);
                path.pop();
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

fn is_date_field(key: &str) -> bool {
    key.ends_with("date")
        || key.ends_with("dates")
        || matches!(key, "starts" | "ends" | "due" | "taken_on")
}

/// The code for each teacher, in the order teachers were added (by id), so the same
/// teacher keeps the same code however the map is sorted.
fn codes(partnership: &Partnership) -> Vec<(Id, String, String)> {
    let mut teachers: Vec<(&Id, &str)> = partnership
        .continuum
        .teachers
        .iter()
        .map(|t| (&t.id, t.name.as_str()))
        .collect();
    order::sort_by_key(&mut teachers, |(id, _)| id_order(id));
    teachers
        .into_iter()
        .enumerate()
        .map(|(i, (id, name))| {
            (
                id.clone(),
                name.trim().to_string(),
                format!("T{:02}", i + 1),
            )
        })
        .collect()
}

/// Orders `teacher-2` before `teacher-10`, and anything else by its text.
fn id_order(id: &Id) -> (u64, String) {
    let number = id
        .as_str()
        .rsplit('-')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(u64::MAX);
    (number, id.as_str().to_string())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// An accent written as a separate mark after its letter, as text pasted from some
/// systems has it: part of the word, and ignored when names are compared.
fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// A name as first name and surname, whether written "Dana Smith" or "Smith, Dana", with
/// stray punctuation at the edges of its words left out.
fn split_name(name: &str) -> Option<(String, String)> {
    let tidy = |part: &str| {
        part.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !is_word_char(c)))
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (first, surname) = match name.split_once(',') {
        Some((surname, first)) => (tidy(first), tidy(surname)),
        None => {
            let tidied = tidy(name);
            match tidied.split_once(' ') {
                // "Mr. Lee" is a surname with a title, not a first name "Mr".
                Some((title, surname)) if TITLES.contains(&title.to_lowercase().as_str()) => {
                    (String::new(), surname.to_string())
                }
                Some((first, surname)) => (first.to_string(), surname.to_string()),
                None => (tidied, String::new()),
            }
        }
    };
    (!first.is_empty() || !surname.is_empty()).then_some((first, surname))
}

/// The words of a name worth looking for on their own, each with where it may be
/// replaced: each word, and each part of a hyphenated one (only where it reads as a name,
/// since "Ana" of "Ana-María" may be someone else), leaving out particles ("van", "de")
/// and lone initials.
fn name_parts(name: &str) -> impl Iterator<Item = (&str, Rule)> {
    name.split_whitespace()
        .flat_map(|w| {
            // "Sullivan" of O'Sullivan, "Farouk" of Al-Farouk.
            let parts = w.split(['-', '\'', '’']).filter(move |p| *p != w);
            std::iter::once((w, rule_for(w))).chain(parts.map(|p| (p, Rule::AsName)))
        })
        .filter(|(w, _)| is_name_word(w))
}

fn is_name_word(word: &str) -> bool {
    let folded: String = fold_all(word).into_iter().collect();
    folded.chars().filter(|c| c.is_alphanumeric()).count() > 1
        && !PARTICLES.contains(&folded.as_str())
}

thread_local! {
    /// Every word the app's own texts use in lower case: the sample school, the wording
    /// a new partnership starts with and the playbook. A teacher surnamed New or Small
    /// must not turn "a new principal" or "small groups" into codes in every plan.
    static SHIPPED_WORDS: HashSet<String> = shipped_words();
}

fn shipped_words() -> HashSet<String> {
    let mut words = HashSet::new();
    let year = SchoolYear::starting(2026);
    let details = PartnershipDetails {
        school: "School".into(),
        school_year: year,
        principal: String::new(),
        coaches: Vec::new(),
    };
    let started = Partnership::start(Id::new("shipped"), details, DateTime::UNIX_EPOCH).ok();
    let sample = year.and_then(|y| sample_school(Id::new("sample"), y, DateTime::UNIX_EPOCH));
    let mut texts: Vec<String> = shipped().into_iter().map(|play| play.what).collect();
    for p in started.into_iter().chain(sample) {
        let value = as_value(&Document::new(
            Scope::Partnership,
            vec![p],
            DateTime::UNIX_EPOCH,
        ));
        strings(&value, &mut texts);
    }
    for text in &texts {
        let lower = text
            .split(|c: char| !is_word_char(c))
            .filter(|w| w.chars().all(|c| !c.is_uppercase()));
        words.extend(lower.map(|w| fold_all(w).into_iter().collect::<String>()));
    }
    words
}

fn strings(value: &Value, into: &mut Vec<String>) {
    match value {
        Value::String(text) => into.push(text.clone()),
        Value::Array(items) => items.iter().for_each(|item| strings(item, into)),
        Value::Object(fields) => fields.values().for_each(|item| strings(item, into)),
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// Everyday words and very short names are replaced only where they read as a name.
fn rule_for(word: &str) -> Rule {
    let folded: String = fold_all(word).into_iter().collect();
    if folded.chars().count() <= 2
        || EVERYDAY_WORDS.contains(&folded.as_str())
        || SHIPPED_WORDS.with(|words| words.contains(&folded))
    {
        Rule::AsName
    } else {
        Rule::Anywhere
    }
}

/// One pattern per way of naming, longest first; a way two teachers share gets the
/// shared code, and the most careful rule of the two.
fn merge_shared(mut patterns: Vec<Pattern>) -> Vec<Pattern> {
    order::sort_by(&mut patterns, |a, b| {
        b.chars
            .len()
            .cmp(&a.chars.len())
            .then(a.chars.cmp(&b.chars))
    });
    let mut merged: Vec<Pattern> = Vec::with_capacity(patterns.len());
    for pattern in patterns {
        match merged.last_mut() {
            Some(last) if last.chars == pattern.chars => {
                if !last.code.split(SHARED).any(|code| code == pattern.code) {
                    last.code = format!("{}{SHARED}{}", last.code, pattern.code);
                }
                last.rule = last.rule.max(pattern.rule);
                last.surname_code = match (last.surname_code.take(), pattern.surname_code) {
                    (Some(them), Some(one)) if !them.split(SHARED).any(|code| code == one) => {
                        Some(format!("{them}{SHARED}{one}"))
                    }
                    (them, one) => them.or(one),
                };
            }
            _ => merged.push(pattern),
        }
    }
    merged
}

/// Where `pattern` matches `chars` from `start` as whole words: the index after it.
fn match_at(chars: &[char], start: usize, pattern: &[char]) -> Option<usize> {
    let mut i = start;
    for &p in pattern {
        if p == ' ' {
            let spaces = chars[i..].iter().take_while(|c| c.is_whitespace()).count();
            if spaces == 0 {
                return None;
            }
            i += spaces;
        } else if chars.get(i).map(|c| fold(*c)) == Some(p) {
            i += 1;
            i += chars[i..].iter().take_while(|c| is_mark(**c)).count();
        } else {
            return None;
        }
    }
    let ends_word = chars.get(i).is_none_or(|c| !is_word_char(*c))
        || pattern.last().is_some_and(|c| !is_word_char(*c));
    ends_word.then_some(i)
}

/// Months that are also first names.
const MONTHS: [&str; 4] = ["april", "may", "june", "august"];

/// Words before a month that make it one: "in May", "by June", "early April".
const BEFORE_A_MONTH: [&str; 16] = [
    "in", "by", "of", "until", "till", "since", "from", "through", "before", "after", "early",
    "late", "mid", "each", "every", "next",
];

/// True when the word at `i..end` is a month in use ("in May", "May 30", "May 2027").
fn reads_as_month(chars: &[char], i: usize, end: usize) -> bool {
    let word: String = chars[i..end].iter().map(|c| fold(*c)).collect();
    if !MONTHS.contains(&word.as_str()) {
        return false;
    }
    let number_after = chars[end..]
        .iter()
        .find(|c| !c.is_whitespace() && **c != ',')
        .is_some_and(char::is_ascii_digit);
    let before: String = chars[..i]
        .iter()
        .rev()
        .skip_while(|c| c.is_whitespace() || **c == '-')
        .take_while(|c| is_word_char(**c))
        .map(|c| fold(*c))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    number_after || BEFORE_A_MONTH.contains(&before.as_str())
}

/// Where the name after a title starting at `i` begins ("Dr. " or "Ms "), if one does.
fn title_at(chars: &[char], i: usize) -> Option<usize> {
    TITLES.iter().find_map(|title| {
        let mut j = i;
        for t in title.chars() {
            (chars.get(j).map(|c| fold(*c)) == Some(t)).then_some(())?;
            j += 1;
        }
        if chars.get(j) == Some(&'.') {
            j += 1;
        }
        let spaces = chars[j.min(chars.len())..]
            .iter()
            .take_while(|c| c.is_whitespace())
            .count();
        (spaces > 0).then_some(j + spaces)
    })
}

/// True when the word at `i` opens a sentence, where any word is capitalised.
fn opens_sentence(chars: &[char], i: usize) -> bool {
    let before = chars[..i]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace() && !"\"'“‘(".contains(**c));
    // "M. Smith": a full stop after an initial ends no sentence.
    let initial = {
        let mut back = chars[..i].iter().rev().skip_while(|c| c.is_whitespace());
        matches!(
            (back.next(), back.next(), back.next()),
            (Some('.'), Some(letter), None) | (Some('.'), Some(letter), Some(' ' | '\n' | '('))
                if letter.is_uppercase()
        )
    };
    !initial && before.is_none_or(|c| ".!?:;\n•-–—".contains(*c))
        || chars[..i]
            .iter()
            .rev()
            .take_while(|c| **c != '\n')
            .all(|c| c.is_whitespace())
}

/// Words after an everyday word opening a sentence that make it someone's name: "Will and
/// May lead", "May, Grant and Rose observe", "Will will share", "Rose's class".
const NAMED_BEFORE: [&str; 16] = [
    "and", "or", "will", "may", "can", "could", "should", "would", "must", "shall", "might", "is",
    "was", "has", "had", "does",
];

/// Words ending in "s" that are not a verb after a name.
const NOT_A_VERB: [&str; 7] = ["this", "these", "those", "its", "us", "as", "always"];

/// Words that follow a verb rather than a noun: "Rose models it", "Grant leads the PLC",
/// but "Grace periods end", "Will students see".
const AFTER_A_VERB: [&str; 24] = [
    "the", "a", "an", "it", "them", "her", "him", "his", "their", "our", "my", "your", "with",
    "in", "on", "at", "to", "for", "each", "every", "all", "some", "first", "alone",
];

/// True when what follows an everyday word opening a sentence at `i..end` makes it a
/// name: a comma, a possessive, "and", a verb such as "will" or "is", or a verb ending in
/// "s" with what a verb takes after it ("Rose models it first", "Grant observes.").
fn named_by_what_follows(chars: &[char], i: usize, end: usize) -> bool {
    let word: String = chars[i..end].iter().map(|c| fold(*c)).collect();
    if !EVERYDAY_WORDS.contains(&word.as_str()) {
        return false;
    }
    let rest = &chars[end..];
    match rest.first() {
        Some(',') => return true,
        Some('\'' | '’') if rest.get(1).is_some_and(|c| fold(*c) == 's') => return true,
        Some(' ') => {}
        _ => return false,
    }
    let word_of =
        |chunk: &[char]| -> String { chunk.iter().take_while(|c| c.is_alphabetic()).collect() };
    let mut chunks = rest[1..].split(|c| *c == ' ');
    let chunk = chunks.next().unwrap_or_default();
    let next = word_of(chunk);
    if next.chars().next().is_none_or(char::is_uppercase) {
        return false;
    }
    if NAMED_BEFORE.contains(&next.as_str()) {
        return true;
    }
    let verb = next.chars().count() > 2
        && next.ends_with('s')
        && !next.ends_with("ss")
        && !NOT_A_VERB.contains(&next.as_str());
    // The verb ends the clause, or what comes next is what a verb takes.
    let closes = match chunk.get(next.chars().count()) {
        Some(c) => ".,;:!\n".contains(*c),
        None => chunks.clone().next().is_none(),
    };
    verb && (closes
        || chunks
            .next()
            .is_some_and(|w| AFTER_A_VERB.contains(&word_of(w).to_lowercase().as_str())))
}

/// The sentence around `start..end`, shortened to a line a person can read.
fn sentence_around(chars: &[char], start: usize, end: usize) -> String {
    const REACH: usize = 80;
    let stop = |c: &char| ".!?\n".contains(*c);
    let from = chars[..start]
        .iter()
        .rposition(stop)
        .map_or(0, |p| p + 1)
        .max(start.saturating_sub(REACH));
    let to = chars[end..]
        .iter()
        .position(stop)
        .map_or(chars.len(), |p| end + p + 1)
        .min(end + REACH)
        .min(chars.len());
    let text: String = chars[from..to].iter().collect();
    let mut sentence = text.trim().to_string();
    if from > 0 && !chars[from - 1].is_whitespace() && !stop(&chars[from - 1]) {
        sentence.insert(0, '…');
    }
    if to < chars.len() && !stop(&chars[to - 1]) {
        sentence.push('…');
    }
    sentence
}

/// The ways a name is written on a keyboard without its letters, folded: as it is, with
/// "ß" as "ss" ("Weiss"), and with "ä", "ö", "ü" as "ae", "oe", "ue" ("Mueller"); each also
/// without its apostrophe ("OBrien") or with a space for it ("O Brien"), and without its
/// hyphen ("Alfarouk").
fn spellings(text: &str) -> Vec<Vec<char>> {
    let sharp = text.replace('ß', "ss");
    let mut umlauts = String::with_capacity(sharp.len() + 2);
    for c in sharp.chars() {
        umlauts.push(c);
        if matches!(c, 'ä' | 'ö' | 'ü' | 'Ä' | 'Ö' | 'Ü') {
            umlauts.push('e');
        }
    }
    let mut ways: Vec<Vec<char>> = Vec::new();
    for written in [text, &sharp, &umlauts] {
        let folded = fold_all(written);
        let unquoted: Vec<char> = folded.iter().copied().filter(|c| *c != '\'').collect();
        let spaced: Vec<char> = folded
            .iter()
            .map(|c| if *c == '\'' { ' ' } else { *c })
            .collect();
        let joined: Vec<char> = folded.iter().copied().filter(|c| *c != '-').collect();
        for way in [folded, unquoted, spaced, joined] {
            if !way.is_empty() && !ways.contains(&way) {
                ways.push(way);
            }
        }
    }
    ways
}

fn fold_all(text: &str) -> Vec<char> {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !is_mark(*c))
        .map(fold)
        .collect()
}

/// One character as names are compared: lower case, without accents, one apostrophe.
fn fold(c: char) -> char {
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        // With Vietnamese's letters of two accents ("Nguyễn", written "Nguyen" too).
        'à'..='å' | 'ā' | 'ă' | 'ą' | 'ạ'..='ặ' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'ẹ'..='ệ' => 'e',
        'ğ' | 'ģ' => 'g',
        'ķ' => 'k',
        'ì'..='ï' | 'ī' | 'į' | 'ı' | 'ĩ' | 'ỉ' | 'ị' => 'i',
        'ł' | 'ľ' | 'ĺ' | 'ļ' => 'l',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' | 'ơ' | 'ọ'..='ợ' => 'o',
        'ř' | 'ŕ' | 'ŗ' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' | 'ũ' | 'ư' | 'ụ'..='ự' => 'u',
        'ý' | 'ÿ' | 'ỳ'..='ỹ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        '’' | '‘' | 'ʼ' => '\'',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::continuum::Teacher;
    use crate::model::plan::Supporter;
    use crate::model::test_support::sample;

    /// The agreement signed again by these two, on the day of its last signature.
    fn signed_again(p: &mut Partnership, principal: &str, coach: &str) {
        let day = p
            .agreement
            .sign_off
            .as_ref()
            .map(|s| s.date)
            .unwrap_or_default();
        assert_eq!(p.sign_agreement(principal, coach, day, day), Ok(()));
    }

    /// The anonymised copy and the review's list, for a partnership whose copy reads back.
    fn reviewed(p: &Partnership) -> (Partnership, Vec<LeftName>) {
        anonymise_reviewed(p).unwrap_or_else(|| panic!("the copy reads back"))
    }

    fn with_teachers(names: &[&str]) -> Partnership {
        let mut p = sample();
        p.continuum.teachers = names
            .iter()
            .enumerate()
            .map(|(i, name)| Teacher::new(Id::new(format!("teacher-{}", i + 1)), name, ""))
            .collect();
        p
    }

    /// Teachers in the table below: T01 Alex Rivera, T02 Dana Smith, T03 Will Ford,
    /// T04 Siobhán O'Brien, T05 Ana-María García Márquez, T06 Grace Lee-Park,
    /// T07 Jo van der Berg, T08 Mark Ito.
    const TEACHERS: [&str; 8] = [
        "Alex Rivera",
        "Dana Smith",
        "Will Ford",
        "Siobhán O'Brien",
        "Ana-María García Márquez",
        "Grace Lee-Park",
        "Jo van der Berg",
        "Mark Ito",
    ];

    #[test]
    fn a_surname_the_apps_own_texts_use_as_a_word_is_replaced_only_as_a_name() {
        let names = TeacherNames::of(&with_teachers(&["Gus New", "Ann Small"]));
        let table = [
            // The review triggers every partnership starts with, and a playbook action.
            ("A new principal or coach", "A new principal or coach"),
            ("New teachers join the staff", "New teachers join the staff"),
            (
                "Notice and approve the new practice",
                "Notice and approve the new practice",
            ),
            (
                "Gus New and Ms Small model it; ask New",
                "T01 and T02 model it; ask T01",
            ),
        ];
        for (before, after) in table {
            assert_eq!(names.replace(before), after, "{before}");
        }
    }

    #[test]
    fn names_in_free_text_become_codes_and_ordinary_words_stay() {
        let names = TeacherNames::of(&with_teachers(&TEACHERS));
        let table = [
            // The issue's own sentence.
            (
                "Ana will not evaluate. Start with Alex, then Ms. Smith; dana smith asked for help.",
                "Ana will not evaluate. Start with T01, then T02; T02 asked for help.",
            ),
            ("Pair Dana Smith with Alex Rivera", "Pair T02 with T01"),
            ("ALEX RIVERA and alex rivera", "T01 and T01"),
            ("Mr Rivera, Mrs. Smith, Mx Ford and Dr. Ito", "T01, T02, T03 and T08"),
            ("Alex R. and Dana S met", "T01 and T02 met"),
            ("Smith's class, Rivera’s notes", "T02's class, T01’s notes"),
            ("Observe Siobhan O’Brien, then Ms O'Brien", "Observe T04, then T04"),
            ("Ana-María García Márquez leads; ask García Márquez or Márquez", "T05 leads; ask T05 or T05"),
            ("Garcia Marquez (no accents) too", "T05 (no accents) too"),
            ("Lee-Park and Grace Lee-Park", "T06 and T06"),
            ("Jo van der Berg, Mr van der Berg and Berg", "T07, T07 and T07"),
            // First names that are everyday words stay where they read as the word.
            ("Will you come? We will see. Grace periods end.", "Will you come? We will see. Grace periods end."),
            ("Ask Will first, then Mark.", "Ask T03 first, then T08."),
            // Inside other words, nothing changes.
            ("Alexandra, Smithson and kitchen monitor", "Alexandra, Smithson and kitchen monitor"),
            ("Nothing to change here.", "Nothing to change here."),
        ];
        for (before, after) in table {
            assert_eq!(names.replace(before), after, "{before}");
        }
    }

    #[test]
    fn names_written_other_ways_and_names_that_are_words_are_handled() {
        let names = TeacherNames::of(&with_teachers(&[
            "Smith, Dana",
            "Grace Lee-Park",
            "Sam Day",
            "A Jones",
            "An Nguyen",
            "Alex Adams",
            "Will Ford",
            "Kim Will",
            "Alex Kim",
            "Siobha\u{301}n Walsh",
        ]));
        let table = [
            ("Ms Smith asked; Dana will lead", "T01 asked; T01 will lead"),
            ("Ms Park and Lee-Park; Park", "T02 and T02; Park"),
            (
                "each day, then Mr Day and Day's class",
                "each day, then T03 and T03's class",
            ),
            ("take a look with Ms Jones", "take a look with T04"),
            (
                "write an exit ticket for An",
                "write an exit ticket for T05",
            ),
            (
                "give Alex a copy, Alex A. and Alex A",
                "give T06 or T09 a copy, T06 and T06",
            ),
            ("we will see; ask Will", "we will see; ask T07 or T08"),
            ("Siobhan and Siobha\u{301}n", "T10 and T10"),
        ];
        for (before, after) in table {
            assert_eq!(names.replace(before), after, "{before}");
        }
    }

    #[test]
    fn a_surname_with_an_s_is_flagged_when_capitalised() {
        let names = TeacherNames::of_people([("Hiroshi Tanaka".to_string(), "T01".to_string())]);
        let words: Vec<String> = names
            .remaining("We met the Tanakas; tanakas is no word.")
            .into_iter()
            .map(|(word, _)| word)
            .collect();
        assert_eq!(words, ["Tanakas"]);
    }

    #[test]
    fn everyday_words_and_durations_are_not_flagged_as_names() {
        let names = TeacherNames::of_people([
            ("Thi Hoa".to_string(), "T01".to_string()),
            ("Min-jun Park".to_string(), "T02".to_string()),
        ]);
        let words: Vec<String> = names
            .remaining("This year: 20-min visits. Min-jun and the Thi family; Mins; Room-12-Park.")
            .into_iter()
            .map(|(word, _)| word)
            .collect();
        assert_eq!(words, ["Min-jun", "Thi", "Mins", "Room-12-Park"]);
    }

    #[test]
    fn a_double_surname_written_with_a_space_or_after_an_initial_is_found() {
        let names = TeacherNames::of_people([
            ("J. R. Whitman-Lee".to_string(), "T04".to_string()),
            ("Mary Smith-Jones".to_string(), "T05".to_string()),
        ]);
        assert_eq!(
            names.replace("Whitman Lee came. M. Smith and M. Jones too."),
            "T04 came. T05 and T05 too."
        );
    }

    #[test]
    fn the_issue_sentence_leaves_the_file_with_no_name_of_the_sample() {
        let mut p = sample();
        p.agreement.coach_role.coach_does_not =
            "Ana will not evaluate. Start with Alex, then Ms. Smith; dana smith asked for help."
                .into();
        p.continuum.teachers[0].notes = "Prefers mornings".into();
        let (anonymised, left) = reviewed(&p);
        assert_eq!(
            anonymised.agreement.coach_role.coach_does_not,
            "Ana will not evaluate. Start with T01, then T04; T04 asked for help."
        );
        let text = serde_json::to_string(&anonymised)
            .unwrap_or_default()
            .to_lowercase();
        for teacher in &p.continuum.teachers {
            for word in teacher.name.split_whitespace() {
                let word = word.to_lowercase();
                let found = text.match_indices(&word).any(|(at, _)| {
                    let before = text[..at].chars().next_back();
                    let after = text[at + word.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                });
                assert!(!found, "{word} is still in the file");
            }
        }
        assert!(!text.contains("prefers mornings"));
        assert!(left.is_empty());
    }

    #[test]
    fn a_staff_written_as_codes_leaves_nothing_to_find() {
        let mut p = with_teachers(&["T07", "AB12", "Ana Ruiz"]);
        p.agreement.focus.goal = "T07 and AB12 start; Ana Ruiz follows.".into();
        let (anonymised, found) = reviewed(&p);
        assert_eq!(
            anonymised.agreement.focus.goal,
            "T07 and AB12 start; T03 follows."
        );
        assert!(found.is_empty(), "{found:?}");
        // A copy anonymised before, looked at again, names no one.
        let Some((_, again)) = anonymise_reviewed(&anonymised) else {
            panic!("the copy reads back");
        };
        assert!(again.is_empty(), "{again:?}");
    }

    #[test]
    fn the_principal_and_coaches_keep_their_names_when_a_teacher_shares_one() {
        let mut p = with_teachers(&["Maria Rivera", "Tom Becker"]);
        p.principal = "Maria Lopez".into();
        p.coaches[0].name = "Tom Hill".into();
        p.agreement.focus.goal = "Maria Rivera and Tom Becker lead the way.".into();
        let (anonymised, found) = reviewed(&p);
        assert_eq!(anonymised.principal, "Maria Lopez");
        assert_eq!(anonymised.coaches[0].name, "Tom Hill");
        assert_eq!(anonymised.agreement.focus.goal, "T01 and T02 lead the way.");
        assert!(found.is_empty());
    }

    #[test]
    fn a_first_name_of_the_principal_or_a_coach_alone_stays_theirs() {
        let mut p = with_teachers(&["María José García-Pérez", "Siobhán Walsh"]);
        p.principal = "Siobhán Kelly".into();
        p.coaches[0].name = "José Álvarez".into();
        p.agreement.focus.goal = "José and Siobhán will invite each of us. María José García-Pérez and José García lead, with Siobhán Walsh.".into();
        let (anonymised, found) = reviewed(&p);
        assert_eq!(
            anonymised.agreement.focus.goal,
            "José and Siobhán will invite each of us. T01 and T01 lead, with T02."
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_coach_on_the_staff_list_a_surname_without_its_apostrophe_and_initials_leave_no_name() {
        let mut p = with_teachers(&["Seán O'Brien", "Hope May", "J. K. Lee"]);
        p.coaches[0].name = "Hope May".into();
        p.agreement.protected_time.exceptions_decided_by = "Seán OBrien decides".into();
        p.agreement.focus.goal = "JKL and J.K. Lee go first, then Plan B.".into();
        let (anonymised, found) = reviewed(&p);
        assert_eq!(anonymised.coaches[0].name, "T02");
        assert_eq!(
            anonymised.agreement.protected_time.exceptions_decided_by,
            "T01 decides"
        );
        assert_eq!(
            anonymised.agreement.focus.goal,
            "JKL and T03 go first, then Plan B."
        );
        // Initials alone may be an abbreviation: shown for a look, not replaced.
        assert!(found.iter().any(|l| l.word == "JKL"), "{found:?}");
    }

    #[test]
    fn the_whole_names_of_the_people_at_the_table_stay_in_text_and_months_stay_months() {
        let mut p = with_teachers(&["Grace Lee", "May Brooks", "Will Turner"]);
        p.principal = "Will Turner".into();
        p.coaches[0].name = "Sam Lee".into();
        p.agreement.focus.goal =
            "Sam Lee and Grace Lee agree. We check progress in May and again on May 30, and May leads it, with Will Turner.".into();
        let (anonymised, found) = reviewed(&p);
        // A teacher with the principal's very name is not guessed away: the name goes.
        assert_eq!(
            anonymised.agreement.focus.goal,
            "Sam Lee and T01 agree. We check progress in May and again on May 30, and T02 leads it, with T03."
        );
        let left: Vec<String> = found.into_iter().map(|l| l.word).collect();
        // The months are shown for a look; the kept names are not.
        assert_eq!(left.iter().filter(|w| *w == "May").count(), 2);
        assert!(!left.iter().any(|w| w == "Lee" || w == "Sam"));
    }

    #[test]
    fn everyday_first_names_opening_a_sentence_go_where_what_follows_makes_them_names() {
        let names = TeacherNames::of(&with_teachers(&[
            "Will Turner",
            "May Chen",
            "Rose Alvarez",
            "Grant Patel",
            "Mr. Lee",
            "Lee Kim",
            "Ana María Ruiz-Gómez",
        ]));
        let table = [
            (
                "Will and May lead grade 7. Rose models it first. May, Grant and Rose observe. Will will share.",
                "T01 and T02 lead grade 7. T03 models it first. T02, T04 and T03 observe. T01 will share.",
            ),
            ("Rose's class first. Grant observes.", "T03's class first. T04 observes."),
            // Everyday words opening a question or a phrase stay.
            (
                "Will students see it? May we begin? Grant funds pay for it. Rose petals fall.",
                "Will students see it? May we begin? Grant funds pay for it. Rose petals fall.",
            ),
            // A title goes with a surname; two words for one person are one code.
            ("Mr. Lee collects samples.", "T05 collects samples."),
            ("Lee Kim and Lee", "T06 and T05 or T06"),
            ("Ana María pilots. Ms. Ruiz-Gómez too.", "T07 pilots. T07 too."),
        ];
        for (before, after) in table {
            assert_eq!(names.replace(before), after, "{before}");
        }
    }

    #[test]
    fn the_review_shows_what_still_matches_a_name_with_where_and_the_sentence() {
        let mut p = with_teachers(&["Alex Rivera", "Will Ford", "Grace Lee-Park"]);
        p.agreement.focus.goal =
            "Every teacher will give feedback. Grace periods end in May.".into();
        p.plan.actions[0].how = "Start with Alex.".into();
        let (anonymised, found) = reviewed(&p);
        let summary: Vec<(&str, &str, &str)> = found
            .iter()
            .map(|f| (f.field.as_str(), f.word.as_str(), f.context.as_str()))
            .collect();
        // "will" in lower case is the word, in the sample's coach role and here.
        assert_eq!(
            summary,
            [("Focus, goal", "Grace", "Grace periods end in May.")]
        );
        assert_eq!(anonymised.plan.actions[0].how, "Start with T01.");
    }

    #[test]
    fn every_text_of_the_format_is_covered_without_a_list_of_fields() {
        let mut p = with_teachers(&["Dana Smith"]);
        p.name = "Smith pilot".into();
        p.continuum.band_goals[0].goal = "Dana Smith to 7".into();
        p.plan.actions[0].evidence = "dana's lesson".into();
        p.agreement.roles[0].who = "Ms Smith".into();
        let Some(anonymised) = anonymise(&p) else {
            panic!("the copy reads back");
        };
        assert_eq!(anonymised.name, "T01 pilot");
        assert_eq!(anonymised.continuum.band_goals[0].goal, "T01 to 7");
        assert_eq!(anonymised.plan.actions[0].evidence, "T01's lesson");
        assert_eq!(anonymised.agreement.roles[0].who, "T01");
        // Identifiers, dates and choices are left as they are.
        assert_eq!(anonymised.id, p.id);
        assert_eq!(anonymised.plan.actions[0].starts, p.plan.actions[0].starts);
    }

    #[test]
    fn a_text_near_the_limit_still_reads_back_after_short_names_grow_into_codes() {
        let mut p = with_teachers(&["Al Bo"]);
        p.plan.actions[0].how = "Al ".repeat(1_666);
        let Some(anonymised) = anonymise(&p) else {
            panic!("the copy reads back");
        };
        assert!(
            anonymised.plan.actions[0].how.chars().count() <= crate::model::limits::MAX_TEXT_CHARS
        );
    }

    #[test]
    fn a_name_of_two_accents_a_letter_is_found_written_without_them() {
        let mut p = with_teachers(&["Nguyễn Thị Mai", "Ștefan Țurcanu", "Trần Vĩnh"]);
        p.agreement.protected_time.not_pulled_into = "Nguyen and Stefan Turcanu cover.".into();
        p.agreement.protected_time.exceptions_decided_by = "Vinh decides".into();
        let (anonymised, found) = reviewed(&p);
        assert_eq!(
            anonymised.agreement.protected_time.not_pulled_into,
            "T01 and T02 cover."
        );
        assert_eq!(
            anonymised.agreement.protected_time.exceptions_decided_by,
            "T03 decides"
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_name_typed_without_its_letters_is_found_as_keyboards_write_it() {
        let mut p = with_teachers(&[
            "Jürgen Weiß",
            "Līga Ozoliņa",
            "Ķēniņš Ģirts",
            "Niamh O'Sullivan",
            "Omar Al-Farouk",
        ]);
        p.agreement.protected_time.not_pulled_into =
            "Juergen Weiss and Mr Weiss; Jurgen; Ms Ozolina; Girts Kenins.".into();
        p.agreement.focus.goal = "Ms O Sullivan, Ms Sullivan and Omar Alfarouk.".into();
        p.agreement.protected_time.exceptions_decided_by = "Liga decides".into();
        let (anonymised, found) = reviewed(&p);
        assert_eq!(
            anonymised.agreement.protected_time.not_pulled_into,
            "T01 and T01; T01; T02; T03."
        );
        assert_eq!(
            anonymised.agreement.protected_time.exceptions_decided_by,
            "T02 decides"
        );
        assert_eq!(anonymised.agreement.focus.goal, "T04, T04 and T05.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_schools_name_stays_whole_though_a_teacher_shares_a_word_of_it() {
        let mut p = with_teachers(&["Joy Lincoln", "Ana Ruiz"]);
        p.school = "Lincoln Elementary".into();
        p.name = "Lincoln Elementary 2026-27".into();
        p.agreement.focus.goal = "Lincoln Elementary writers revise; Ms Lincoln leads.".into();
        p.agreement.protected_time.not_pulled_into = "Write to aruiz@school.org".into();
        let (anonymised, found) = reviewed(&p);
        assert_eq!(anonymised.school, "Lincoln Elementary");
        assert_eq!(anonymised.name, "Lincoln Elementary 2026-27");
        assert_eq!(
            anonymised.agreement.focus.goal,
            "Lincoln Elementary writers revise; T01 leads."
        );
        // An address is not replaced, as it may be no teacher's, but it is shown.
        let words: Vec<&str> = found.iter().map(|f| f.word.as_str()).collect();
        assert_eq!(words, ["aruiz"]);
    }

    #[test]
    fn a_coach_on_the_staff_list_is_their_code_in_the_signature_too() {
        let mut p = with_teachers(&["Ana Diaz", "Tom Becker"]);
        p.coaches[0].name = "Ana Diaz".into();
        let principal = p.principal.clone();
        signed_again(&mut p, &principal, "Ana Diaz");
        let (anonymised, _) = reviewed(&p);
        assert_eq!(anonymised.coaches[0].name, "T01");
        assert_eq!(
            anonymised.agreement.sign_off.map(|s| s.coach).as_deref(),
            Some("T01")
        );
    }

    #[test]
    fn a_teacher_named_like_a_coach_id_leaves_the_coach_giving_support() {
        let mut p = sample();
        let Some(Supporter::Coach { coach }) = p
            .plan
            .actions
            .iter()
            .map(|a| a.who.clone())
            .find(|w| matches!(w, Supporter::Coach { .. }))
        else {
            panic!("the sample has support by a coach");
        };
        p.continuum.teachers[0].name = coach.to_string();
        let Some(anonymised) = anonymise(&p) else {
            panic!("the copy reads back");
        };
        assert!(anonymised.plan.actions.iter().any(|a| a.who
            == Supporter::Coach {
                coach: coach.clone()
            }));
    }

    #[test]
    fn a_team_of_one_teacher_is_left_out_of_the_copy_and_larger_teams_kept() {
        let mut p = with_teachers(&["Ana Diaz", "Tom Becker", "Paul Underwood"]);
        for (teacher, team) in p
            .continuum
            .teachers
            .iter_mut()
            .zip(["Grade 3", "grade 3 ", "Music"])
        {
            teacher.assignment = team.into();
        }
        p.plan.actions[0].for_whom = Target::Group {
            name: "music ".into(),
        };
        let Some(anonymised) = anonymise(&p) else {
            panic!("the copy reads back");
        };
        // Support for the team of one still reaches its teacher, without the team's name.
        let music = p.continuum.teachers[2].id.clone();
        assert_eq!(
            anonymised.plan.actions[0].for_whom,
            Target::Teacher { teacher: music }
        );
        let teams: Vec<&str> = anonymised
            .continuum
            .teachers
            .iter()
            .map(|t| t.assignment.as_str())
            .collect();
        assert_eq!(teams, ["Grade 3", "grade 3 ", ""]);
    }

    #[test]
    fn two_coaches_signing_as_one_line_are_each_looked_at() {
        let mut p = with_teachers(&["Ana Diaz", "Tom Becker"]);
        p.coaches[0].name = "Ana Diaz".into();
        let principal = p.principal.clone();
        signed_again(&mut p, &principal, "Sam Lee, Kim Ito and Ana Diaz");
        let Some(anonymised) = anonymise(&p) else {
            panic!("the copy reads back");
        };
        assert_eq!(
            anonymised.agreement.sign_off.map(|s| s.coach).as_deref(),
            Some("Sam Lee, Kim Ito and T01")
        );
        // A name written last name first is still one name.
        let mut p = with_teachers(&["Diaz, Ana", "Tom Becker"]);
        p.coaches[0].name = "Diaz, Ana".into();
        let Some(anonymised) = anonymise(&p) else {
            panic!("the copy reads back");
        };
        assert_eq!(anonymised.coaches[0].name, "T01");
    }

    #[test]
    fn a_signed_agreement_stays_signed_in_the_anonymised_copy() {
        let mut p = sample();
        p.agreement
            .focus
            .goal
            .push_str(", starting with Dana Smith");
        signed_again(&mut p, "Maria Lopez", "Ana Diaz");
        let anonymised = anonymise(&p);
        assert!(anonymised
            .as_ref()
            .is_some_and(|a| a.agreement.focus.goal.ends_with("T04")));
        assert!(matches!(
            anonymised.map(|a| a.signing()),
            Some(Signing::Signed(_))
        ));
    }

    #[test]
    fn codes_follow_the_order_teachers_were_added_not_the_list_order() {
        let mut p = sample();
        p.continuum.teachers.reverse();
        let Some(anonymised) = anonymise(&p) else {
            panic!("the copy reads back");
        };
        let first = anonymised
            .continuum
            .teacher(&Id::new("teacher-1"))
            .map(|t| t.name.as_str());
        let tenth = anonymised
            .continuum
            .teacher(&Id::new("teacher-10"))
            .map(|t| t.name.as_str());
        assert_eq!((first, tenth), (Some("T01"), Some("T10")));
    }
}
