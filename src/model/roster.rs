//! The staff roster as a pair pastes it: names one a line, or rows copied from a
//! spreadsheet, read into teachers to add, with likely duplicates flagged, never dropped.

use super::continuum::{Continuum, Teacher};
use super::ids::add_keyed;
use super::limits::{fit_text, MAX_TEACHERS};
use std::collections::HashMap;

/// One teacher the paste would add.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterRow {
    pub name: String,
    /// Team, grade or subject, when the paste has a column for it.
    pub assignment: String,
    pub duplicate: Option<Duplicate>,
}

/// Why a row looks like a teacher already there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Duplicate {
    /// The same name is on the map already.
    OnTheMap(String),
    /// The same name came earlier in this paste, at this row (counted from 1).
    EarlierRow(usize),
}

/// Words a header row uses for the column of names.
const NAME_HEADERS: [&str; 5] = ["name", "teacher", "full name", "teacher name", "staff"];
const FIRST_HEADERS: [&str; 3] = ["first name", "first", "given name"];
const LAST_HEADERS: [&str; 5] = ["last name", "last", "surname", "family name", "second name"];
/// Words a header row uses for team, grade or subject.
const ASSIGNMENT_HEADERS: [&str; 8] = [
    "team",
    "grade",
    "subject",
    "assignment",
    "department",
    "role",
    "year group",
    "class",
];

/// Where the name and the assignment stand in each row: a header may name several
/// columns of the assignment ("Grade", "Subject"), read together.
#[derive(Clone, Copy)]
struct Columns {
    name: Option<usize>,
    first: Option<usize>,
    last: Option<usize>,
    assignment: [Option<usize>; 3],
    /// What a bare number under each column of the assignment is a number of: a "Grade"
    /// column's 3 is "Grade 3", as a teacher added one at a time is written.
    counted: [Option<&'static str>; 3],
}

impl Columns {
    const PLAIN: Columns = Columns {
        name: Some(0),
        first: None,
        last: None,
        assignment: [Some(1), None, None],
        counted: [None; 3],
    };
    const LAST_FIRST: Columns = Columns {
        name: None,
        first: Some(1),
        last: Some(0),
        assignment: [Some(2), None, None],
        counted: [None; 3],
    };

    /// The columns a header row names, if it is one.
    fn from_header(cells: &[String]) -> Option<Columns> {
        let find = |words: &[&str]| {
            cells
                .iter()
                .position(|c| words.contains(&c.trim().to_lowercase().as_str()))
        };
        let found: Vec<(usize, String)> = cells
            .iter()
            .map(|c| c.trim().to_lowercase())
            .enumerate()
            .filter(|(_, c)| ASSIGNMENT_HEADERS.contains(&c.as_str()))
            .take(3)
            .collect();
        let (mut assignment, mut counted) = ([None; 3], [None; 3]);
        for (slot, (at, header)) in found.into_iter().enumerate() {
            assignment[slot] = Some(at);
            counted[slot] = match header.as_str() {
                "grade" => Some("Grade"),
                "year group" => Some("Year"),
                _ => None,
            };
        }
        let columns = Columns {
            name: find(&NAME_HEADERS),
            first: find(&FIRST_HEADERS),
            last: find(&LAST_HEADERS),
            assignment,
            counted,
        };
        (columns.name.is_some() || columns.first.is_some() || columns.last.is_some())
            .then_some(columns)
    }

    fn read(&self, cells: &[String]) -> (String, String) {
        let cell = |at: Option<usize>| {
            at.and_then(|i| cells.get(i))
                .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
                .unwrap_or_default()
        };
        let name = match self.name {
            Some(_) => first_name_first(cell(self.name)),
            None => [cell(self.first), cell(self.last)]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
        };
        let assignment: Vec<String> = self
            .assignment
            .iter()
            .zip(self.counted)
            .map(|(at, counted)| match (cell(*at), counted) {
                (part, Some("Grade")) if part.eq_ignore_ascii_case("k") => "Kindergarten".into(),
                (part, Some(of)) if part.parse::<u8>().is_ok() => format!("{of} {part}"),
                (part, _) => part,
            })
            .filter(|part| !part.is_empty())
            .collect();
        (name, assignment.join(", "))
    }
}

/// How rows of two words without a header are read: "Ruiz, Ana" is a last name then a
/// first name in one school's export and a name then a subject in another's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    NameThenTeam,
    LastNameFirst,
}

/// What a paste would add, and how many of its rows it leaves out for having no name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Roster {
    pub rows: Vec<RosterRow>,
    /// Rows with something in them but an empty name cell, such as a team alone.
    pub nameless: usize,
    /// The reading used, when the rows could be read either way, so the pair can switch.
    pub reading: Option<Reading>,
}

/// Written after a surname with a comma, and not a first name: "Ben Okoro, Jr.".
const SUFFIXES: [&str; 8] = ["jr", "jr.", "sr", "sr.", "ii", "iii", "phd", "ph.d."];

/// "Okoro, Ben" in one cell, as a spreadsheet writes a full name, reads "Ben Okoro".
fn first_name_first(name: String) -> String {
    match name.split_once(',') {
        Some((last, first))
            if !last.trim().is_empty()
                && !first.trim().is_empty()
                && !first.contains(',')
                && !SUFFIXES.contains(&first.trim().to_lowercase().as_str()) =>
        {
            format!("{} {}", first.trim(), last.trim())
        }
        _ => name,
    }
}

/// Words of a team, grade or subject that are no one's first name, initial or suffix.
const ASSIGNMENT_WORDS: [&str; 19] = [
    "grade",
    "grades",
    "year",
    "kindergarten",
    "pre-k",
    "prek",
    "reception",
    "math",
    "maths",
    "mathematics",
    "english",
    "science",
    "history",
    "social",
    "music",
    "spanish",
    "french",
    "sped",
    "literacy",
];

/// Whether the text after a comma is a team, grade or subject ("Grade 4", "3rd grade",
/// "Maths") rather than a first name, an initial, a suffix or a staff number.
fn looks_like_assignment(text: &str) -> bool {
    text.split_whitespace().any(|word| {
        let word = word
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_lowercase();
        ASSIGNMENT_WORDS.contains(&word.as_str())
    })
}

/// Whether header-less rows could be a last and a first name, and the likelier reading:
/// last name first when every first cell is one word and the rows are split by commas,
/// as "Last, First" is written.
fn either_reading(rows: &[Vec<String>], separator: Option<char>) -> Option<Reading> {
    let cell = |row: &Vec<String>, at: usize| row.get(at).map_or("", |c| c.trim()).to_string();
    let two_names = !rows.is_empty()
        && rows.iter().all(|row| {
            let (first, second) = (cell(row, 0), cell(row, 1));
            !first.is_empty()
                && !second.is_empty()
                && !second.contains(|c: char| c.is_ascii_digit())
        });
    let one_word_first = rows
        .iter()
        .all(|row| !cell(row, 0).contains(char::is_whitespace));
    two_names.then_some(match separator {
        Some('\t') => Reading::NameThenTeam,
        _ if one_word_first => Reading::LastNameFirst,
        _ => Reading::NameThenTeam,
    })
}

/// Reads pasted text: one teacher a line, or spreadsheet rows (tab- or comma-separated,
/// with or without a header row, quotes as spreadsheets write them). Blank lines are
/// skipped; a name already on the map or earlier in the paste is flagged. `chosen` is the
/// pair's reading of rows that could be read two ways, if they picked one.
pub fn parse_roster(text: &str, on_the_map: &[Teacher], chosen: Option<Reading>) -> Roster {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let separator = if lines.iter().any(|l| l.contains('\t')) {
        Some('\t')
    } else if !lines.is_empty() && lines.iter().all(|l| l.contains(';')) {
        // What spreadsheets write as CSV where the comma is the decimal sign.
        Some(';')
    } else if !lines.is_empty() && lines.iter().all(|l| l.contains(',')) {
        Some(',')
    } else {
        None
    };
    let rows: Vec<Vec<String>> = lines
        .iter()
        .map(|line| match separator {
            Some(separator) => split_cells(line, separator),
            // Among names alone, "Carla Diaz, Grade 4" still has its team after the comma.
            None => match line.split_once(',') {
                Some((name, team)) if !team.contains(',') && looks_like_assignment(team) => {
                    vec![name.to_string(), team.to_string()]
                }
                _ => vec![(*line).to_string()],
            },
        })
        .collect();
    let (columns, body, reading) = match rows.split_first() {
        Some((first, rest)) => match Columns::from_header(first) {
            Some(columns) => (columns, rest, None),
            None => {
                let reading = either_reading(&rows, separator).map(|r| chosen.unwrap_or(r));
                let columns = match reading {
                    Some(Reading::LastNameFirst) => Columns::LAST_FIRST,
                    _ => Columns::PLAIN,
                };
                (columns, &rows[..], reading)
            }
        },
        None => (Columns::PLAIN, &rows[..], None),
    };
    // Folded once, so a paste of 300 against a map of 300 stays quick.
    let mut known: HashMap<String, Duplicate> = HashMap::new();
    for teacher in on_the_map {
        known
            .entry(folded(&teacher.name))
            .or_insert_with(|| Duplicate::OnTheMap(teacher.name.clone()));
    }
    let mut read: Vec<RosterRow> = Vec::new();
    let mut nameless = 0;
    for cells in body {
        let (name, assignment) = columns.read(cells);
        if name.is_empty() {
            nameless += usize::from(cells.iter().any(|c| !c.trim().is_empty()));
            continue;
        }
        let key = folded(&name);
        let duplicate = known.get(&key).cloned();
        known
            .entry(key)
            .or_insert(Duplicate::EarlierRow(read.len() + 1));
        read.push(RosterRow {
            name: fit_text(name).0,
            assignment: fit_text(assignment).0,
            duplicate,
        });
    }
    Roster {
        rows: read,
        nameless,
        reading,
    }
}

impl Continuum {
    /// Adds teachers to the roster, not yet placed, in the order given; how many went in
    /// before the roster held as many as a file may.
    pub fn add_teachers(&mut self, rows: &[RosterRow]) -> usize {
        let mut added = 0;
        for row in rows {
            if self.teachers.len() >= MAX_TEACHERS {
                break;
            }
            let made = add_keyed(&mut self.teachers, "teacher", |id| {
                Teacher::new(id, &row.name, &row.assignment)
            });
            added += usize::from(made.is_some());
        }
        added
    }
}

/// Splits one line into cells, honouring quotes: `"Lee, Ann"` is one cell and `""` inside
/// quotes is a quote mark.
fn split_cells(line: &str, separator: char) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let cell = cells.last_mut();
        match (c, quoted, cell) {
            ('"', true, Some(cell)) if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            ('"', true, _) => quoted = false,
            ('"', false, Some(cell)) if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
            }
            (c, false, _) if c == separator => cells.push(String::new()),
            (c, _, Some(cell)) => cell.push(c),
            (_, _, None) => {}
        }
    }
    cells
}

/// The teacher on the map with the same name, case and spacing aside, if there is one.
pub fn same_name<'a>(name: &str, on_the_map: &'a [Teacher]) -> Option<&'a Teacher> {
    let key = folded(name);
    on_the_map.iter().find(|t| folded(&t.name) == key)
}

/// A name as compared for duplicates: case and spacing aside.
fn folded(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Id;

    #[test]
    fn a_name_on_the_map_is_found_whatever_its_case_and_spacing() {
        let map = [on_map("Ana  Ruiz")];
        assert_eq!(
            same_name(" ana ruiz", &map).map(|t| t.name.as_str()),
            Some("Ana  Ruiz")
        );
        assert!(same_name("Ana Ruíz", &map).is_none());
    }

    fn on_map(name: &str) -> Teacher {
        Teacher::new(Id::new("teacher-1"), name, "")
    }

    fn names(roster: &Roster) -> Vec<(&str, &str)> {
        roster
            .rows
            .iter()
            .map(|r| (r.name.as_str(), r.assignment.as_str()))
            .collect()
    }

    #[test]
    fn names_alone_one_a_line_with_blank_lines_skipped() {
        let rows = parse_roster("Ana Ruiz\n\n  Ben   Okoro  \r\nCleo Park\n", &[], None);
        assert_eq!(
            names(&rows),
            [("Ana Ruiz", ""), ("Ben Okoro", ""), ("Cleo Park", "")]
        );
    }

    #[test]
    fn spreadsheet_rows_with_tabs_and_a_header() {
        let text = "Name\tGrade\tRoom\nAna Ruiz\tGrade 3\t12\nBen Okoro\tGrade 4\t14\n";
        assert_eq!(
            names(&parse_roster(text, &[], None)),
            [("Ana Ruiz", "Grade 3"), ("Ben Okoro", "Grade 4")]
        );
    }

    #[test]
    fn a_grade_and_a_subject_are_read_together_as_the_team() {
        let text = "Name\tGrade\tSubject\nRachel Cohen\t6\tELA\nBen Okoro\t7\t\n";
        assert_eq!(
            names(&parse_roster(text, &[], None)),
            [("Rachel Cohen", "Grade 6, ELA"), ("Ben Okoro", "Grade 7")]
        );
    }

    #[test]
    fn a_bare_number_under_a_grade_or_year_group_is_written_as_one_typed_by_hand() {
        let text = "Name\tGrade\nAna Ruiz\t3\nBen Okoro\tK\nCleo Ruiz\tGrade 4\nDev Ruiz\t3-4\n";
        assert_eq!(
            names(&parse_roster(text, &[], None)),
            [
                ("Ana Ruiz", "Grade 3"),
                ("Ben Okoro", "Kindergarten"),
                ("Cleo Ruiz", "Grade 4"),
                ("Dev Ruiz", "3-4")
            ]
        );
        let text = "Teacher\tYear group\tClass\nAna Ruiz\t7\t2\n";
        assert_eq!(
            names(&parse_roster(text, &[], None)),
            [("Ana Ruiz", "Year 7, 2")]
        );
    }

    #[test]
    fn first_and_last_name_columns_are_joined() {
        let text = "Last name\tFirst name\tSubject\nRuiz\tAna\tMaths\n";
        assert_eq!(
            names(&parse_roster(text, &[], None)),
            [("Ana Ruiz", "Maths")]
        );
    }

    #[test]
    fn comma_separated_rows_without_a_header_and_with_quotes() {
        let text = "Ana Ruiz,Grade 3\n\"Okoro, Ben\",\"Grade \"\"4\"\"\"\n";
        assert_eq!(
            names(&parse_roster(text, &[], None)),
            [("Ana Ruiz", "Grade 3"), ("Ben Okoro", "Grade \"4\"")]
        );
    }

    #[test]
    fn a_team_after_a_comma_on_some_lines_only_is_still_a_team() {
        let text = "Carla Diaz, Grade 4\nDev Patel, Grade 5\nFrank Li\nGil Sol, Maths\n";
        assert_eq!(
            names(&parse_roster(text, &[], None)),
            [
                ("Carla Diaz", "Grade 4"),
                ("Dev Patel", "Grade 5"),
                ("Frank Li", ""),
                ("Gil Sol", "Maths")
            ]
        );
        // A first name, an initial, a suffix or a staff number after the comma is part of
        // the name, and a list mixing both ways is read line by line.
        let text = "Okoro, Ben\nFrank Li\nBen Okoro, Jr.\nNowak, Ela\nSmith, K.\nLee, Ann (4411)\nCarla Diaz, 3rd grade\nDiaz, Carla, Grade 4\n";
        assert_eq!(
            names(&parse_roster(text, &[], None)),
            [
                ("Ben Okoro", ""),
                ("Frank Li", ""),
                ("Ben Okoro, Jr.", ""),
                ("Ela Nowak", ""),
                ("K. Smith", ""),
                ("Ann (4411) Lee", ""),
                ("Carla Diaz", "3rd grade"),
                ("Diaz, Carla, Grade 4", "")
            ]
        );
    }

    #[test]
    fn semicolon_separated_rows_as_european_spreadsheets_write_them() {
        let text = "Name;Subject\nRita Sol;Math\n\"Okoro, Ben\";Science\n";
        assert_eq!(
            names(&parse_roster(text, &[], None)),
            [("Rita Sol", "Math"), ("Ben Okoro", "Science")]
        );
    }

    #[test]
    fn a_row_with_a_team_but_no_name_is_counted_as_left_out() {
        let roster = parse_roster("Name\tGrade\nAna Ruiz\t3\n\tGrade 4\n\t\n", &[], None);
        assert_eq!(names(&roster), [("Ana Ruiz", "Grade 3")]);
        assert_eq!(roster.nameless, 1, "a row of empty cells is a blank line");
    }

    #[test]
    fn likely_duplicates_are_flagged_and_kept() {
        let rows = parse_roster(
            "ana ruiz\nBen Okoro\nBEN  OKORO\n",
            &[on_map("Ana Ruiz")],
            None,
        );
        let flags: Vec<Option<Duplicate>> = rows.rows.into_iter().map(|r| r.duplicate).collect();
        assert_eq!(
            flags,
            [
                Some(Duplicate::OnTheMap("Ana Ruiz".into())),
                None,
                Some(Duplicate::EarlierRow(2)),
            ]
        );
    }

    #[test]
    fn pasted_teachers_join_the_roster_unplaced_up_to_the_limit() {
        let mut c = Continuum::default();
        let rows = parse_roster("Ana Ruiz\tGrade 1\nBen Okoro\tGrade 2", &[], None).rows;
        assert_eq!(c.add_teachers(&rows), 2);
        assert_eq!(c.teachers[1].id, Id::new("teacher-2"));
        assert_eq!(c.teachers[1].assignment, "Grade 2");
        assert!(c.teachers.iter().all(|t| t.position.is_none()));
        let many: Vec<RosterRow> = (0..MAX_TEACHERS)
            .map(|i| RosterRow {
                name: format!("T{i}"),
                assignment: String::new(),
                duplicate: None,
            })
            .collect();
        assert_eq!(c.add_teachers(&many), MAX_TEACHERS - 2);
        assert_eq!(c.teachers.len(), MAX_TEACHERS);
    }

    #[test]
    fn a_code_is_a_name_like_any_other() {
        assert_eq!(
            names(&parse_roster("T01\nT02", &[], None)),
            [("T01", ""), ("T02", "")]
        );
    }

    #[test]
    fn last_name_comma_first_name_rows_are_read_first_name_first_and_can_be_read_the_other_way() {
        let text = "Ruiz, Ana\nOkoro, Ben\n";
        let roster = parse_roster(text, &[], None);
        assert_eq!(names(&roster), [("Ana Ruiz", ""), ("Ben Okoro", "")]);
        assert_eq!(roster.reading, Some(Reading::LastNameFirst));
        let other = parse_roster(text, &[], Some(Reading::NameThenTeam));
        assert_eq!(names(&other), [("Ruiz", "Ana"), ("Okoro", "Ben")]);
        assert_eq!(other.reading, Some(Reading::NameThenTeam));
        assert_eq!(
            names(&parse_roster("Ruiz,Ana,Grade 3\n", &[], None)),
            [("Ana Ruiz", "Grade 3")]
        );
    }

    #[test]
    fn rows_read_another_way_by_default_offer_the_choice_only_when_either_way_could_be_right() {
        let offered = |text| parse_roster(text, &[], None).reading;
        assert_eq!(
            offered("Ana Ruiz, Math\nBen Okoro, Science"),
            Some(Reading::NameThenTeam)
        );
        assert_eq!(
            offered("Ruiz\tAna\nOkoro\tBen"),
            Some(Reading::NameThenTeam)
        );
        assert_eq!(offered("Ana Ruiz, Grade 3\nBen Okoro, Grade 4"), None);
        assert_eq!(offered("Name, Team\nRuiz, Ana"), None);
        assert_eq!(offered("Ana Ruiz\nBen Okoro"), None);
    }

    #[test]
    fn a_full_name_written_last_name_first_in_one_cell_is_turned_round_but_a_suffix_is_not() {
        assert_eq!(
            names(&parse_roster(
                "Okoro, Ben\nCleo Park\nDan Lee, Jr.",
                &[],
                None
            )),
            [("Ben Okoro", ""), ("Cleo Park", ""), ("Dan Lee, Jr.", "")]
        );
    }
}
