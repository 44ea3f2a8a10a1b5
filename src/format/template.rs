//! Template files: a template in the versioned, validated envelope every file has, made
//! from a partnership with the names of its people taken out of the wording.

use super::anonymise::TeacherNames;
use super::document::{read, write, Document, Scope};
use super::location::Segment::Field;
use super::validate::check_partnership;
use super::FileProblem;
use crate::model::limits::fit_text;
use crate::model::template::Template;
use crate::model::{Id, Partnership, PartnershipDetails, SchoolYear};
use chrono::{DateTime, Utc};

/// The template of a partnership, where each person named in its wording becomes the
/// role they have: a template names no one, unless whoever names it chooses to. A short
/// name made a role ("PS 12" to "our school") lengthens a text, which is cut back to what a
/// file may hold, so the template always reads back.
pub fn template_of(p: &Partnership, name: &str) -> Template {
    let names = people_of(p);
    Template::from_partnership(p, name, |text| {
        fit_text(phrase_replaced(
            &names.replace(text),
            &p.school,
            "our school",
        ))
        .0
    })
}

/// `text` with each whole-word `phrase` in it, whatever its case, turned into `with`: the
/// school's name goes as one phrase, since its words alone ("Elementary") name no one.
fn phrase_replaced(text: &str, phrase: &str, with: &str) -> String {
    let fold = |c: char| c.to_lowercase().next().unwrap_or(c);
    let wanted: Vec<char> = phrase.trim().chars().map(fold).collect();
    let chars: Vec<char> = text.chars().collect();
    if wanted.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < chars.len() {
        let end = at + wanted.len();
        let whole_word = |i: Option<&char>| !i.is_some_and(|c| c.is_alphanumeric());
        let found = chars
            .get(at..end)
            .is_some_and(|part| part.iter().copied().map(fold).eq(wanted.iter().copied()))
            && whole_word(at.checked_sub(1).and_then(|i| chars.get(i)))
            && whole_word(chars.get(end));
        if found {
            out.push_str(with);
            at = end;
        } else {
            out.push(chars[at]);
            at += 1;
        }
    }
    out
}

/// A name to offer for the template of `p`, made from `text` (its goal) with each person
/// named in it turned into the role they have.
pub fn offered_name(p: &Partnership, text: &str) -> String {
    people_of(p).replace(text)
}

/// Everyone a partnership names, each standing for the role they have.
fn people_of(p: &Partnership) -> TeacherNames {
    let people = p
        .continuum
        .teachers
        .iter()
        .map(|t| (t.name.clone(), "a teacher".to_string()))
        .chain(
            p.coaches
                .iter()
                .map(|c| (c.name.clone(), "the coach".to_string())),
        )
        .chain([(p.principal.clone(), "the principal".to_string())])
        .filter(|(name, _)| !name.trim().is_empty());
    TeacherNames::of_people(people)
}

pub fn write_template(template: &Template, saved_at: DateTime<Utc>) -> String {
    write(&Document::of_template(template.clone(), saved_at))
}

/// Reads a template file, saying so when the file holds partnerships instead.
pub fn read_template(text: &str) -> Result<Template, FileProblem> {
    let document = read(text)?;
    match (document.scope, document.template) {
        (Scope::Template, Some(template)) => Ok(template),
        _ => Err(FileProblem::whole(
            "this file holds partnerships, not a template: open it with “Import a file”",
        )),
    }
}

/// A template passes when it has a name and the partnership it starts is one the app
/// opens: the same checks as every partnership, so a template can never start a plan the
/// reader would refuse.
pub fn check_template(template: &Template) -> Result<(), FileProblem> {
    let at = |field: &str| vec![Field("template".into()), Field(field.into())];
    if template.name.trim().is_empty() {
        return Err(FileProblem::at(&at("name"), "the template has no name"));
    }
    if let Some(play) = template
        .playbook
        .iter()
        .flatten()
        .find(|p| p.stage == crate::model::Stage::Unwilling)
    {
        return Err(FileProblem::at(
            &at("playbook"),
            format!(
                "“{}” is for unwilling teachers, who have the two questions instead",
                play.what
            ),
        ));
    }
    let details = PartnershipDetails {
        school: "Template".into(),
        school_year: SchoolYear::starting(2026),
        principal: String::new(),
        coaches: Vec::new(),
    };
    let started = DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
    let started = template
        .start(Id::new("p-template"), details, started)
        .map_err(|problem| FileProblem::at(&at("name"), problem.to_string()))?;
    // Said of the template: "Template, band goal 1, to" rather than of a partnership.
    check_partnership(&started, 0).map_err(|refused| match refused {
        FileProblem::Invalid {
            location, problem, ..
        } => FileProblem::Invalid {
            location: match location.split_once(", ") {
                Some((_, rest)) => format!("Template, {rest}"),
                None => "Template".to_string(),
            },
            problem,
            path: vec![Field("template".into())],
        },
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::{now, sample};

    #[test]
    fn a_template_names_no_one_and_reads_back() {
        let p = sample();
        // The name offered is the plan's goal, which may name people: it names no one.
        let teacher = p.continuum.teachers[0].name.clone();
        let goal = format!("Feedback in {teacher}'s class, with Ana Diaz");
        assert_eq!(
            offered_name(&p, &goal),
            "Feedback in a teacher's class, with the coach"
        );
        // A name typed is kept as typed.
        assert_eq!(template_of(&p, "Ana’s workshop").name, "Ana’s workshop");
        let template = template_of(&p, &offered_name(&p, &goal));
        let text = write_template(&template, now());
        for person in p.continuum.teachers.iter().map(|t| t.name.as_str()).chain([
            "Maria Lopez",
            "Ana Diaz",
            "Ana ",
        ]) {
            assert!(!text.contains(person), "{person} in {text}");
        }
        assert!(text.contains("The coach will invite each of us"), "{text}");
        assert_eq!(read_template(&text), Ok(template));
    }

    #[test]
    fn a_template_does_not_name_the_school_though_its_words_stay() {
        let mut p = sample();
        p.school = "Lincoln Elementary".into();
        p.agreement.coach_role.staff_description =
            "At LINCOLN ELEMENTARY, elementary writers meet the coach (Lincoln Elementary's plan)."
                .into();
        let template = template_of(&p, "Workshop");
        assert_eq!(
            template.staff_description,
            "At our school, elementary writers meet the coach (our school's plan)."
        );
        assert_eq!(
            phrase_replaced("Lincolnwood", "Lincoln", "x"),
            "Lincolnwood"
        );
        assert_eq!(phrase_replaced("text", " ", "x"), "text");
    }

    #[test]
    fn a_text_at_its_limit_with_a_short_school_name_in_it_still_reads_back() {
        let mut p = sample();
        p.school = "X".into();
        p.agreement.focus.goal = "X ".repeat(2_500);
        let template = template_of(&p, "Big");
        assert_eq!(
            template.focus.chars().count(),
            crate::model::limits::MAX_TEXT_CHARS
        );
        assert_eq!(
            read_template(&write_template(&template, now())),
            Ok(template)
        );
    }

    #[test]
    fn a_partnership_file_is_not_a_template_and_a_template_is_not_a_partnership_file() {
        let partnerships = write(&Document::new(Scope::Partnership, vec![sample()], now()));
        assert!(
            read_template(&partnerships).is_err_and(|e| e.to_string().contains("not a template"))
        );
        let template = write_template(&template_of(&sample(), "T"), now());
        let mixed = template.replacen("\"partnerships\": []", "\"partnerships\": [1]", 1);
        assert!(read(&mixed).is_err());
    }

    #[test]
    fn a_template_that_would_start_a_refused_partnership_is_refused() {
        let mut template = template_of(&sample(), "T");
        template.name = " ".into();
        let text = write_template(&template, now());
        assert_eq!(
            read_template(&text).map_err(|e| e.to_string()),
            Err("Template, name: the template has no name.".to_string())
        );
    }
}
