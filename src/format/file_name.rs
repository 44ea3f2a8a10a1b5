//! Names for exported files that say what is inside and when it was made.

use crate::model::Partnership;
use chrono::NaiveDate;

/// `partnership-lincoln-elementary-2026-27-2026-11-24.json`, with `-anonymised` when it is.
pub fn partnership_file_name(partnership: &Partnership, on: NaiveDate, anonymised: bool) -> String {
    let school = slug(&partnership.school);
    let school = if school.is_empty() {
        "school".to_string()
    } else {
        school
    };
    // A copy anonymised before, exported again, is still no backup of the real plan.
    let suffix = if anonymised || partnership.anonymised {
        "-anonymised"
    } else {
        ""
    };
    format!(
        "partnership-{school}-{}-{}{suffix}.json",
        partnership.school_year, on
    )
}

/// `support-plan-lincoln-elementary-2026-27.ics`, or `…-ana-diaz-coach.ics` for one owner.
/// The same every time, so a newer file replaces the older one in the downloads folder.
pub fn calendar_file_name(partnership: &Partnership, owner: Option<&str>) -> String {
    let school = match slug(&partnership.school) {
        s if s.is_empty() => "school".to_string(),
        s => s,
    };
    let owner = owner
        .map(slug)
        .filter(|o| !o.is_empty())
        .map(|o| format!("-{o}"));
    format!(
        "support-plan-{school}-{}{}.ics",
        partnership.school_year,
        owner.unwrap_or_default()
    )
}

/// `template-writing-feedback-workshop.json`: a template has no date of its own.
pub fn template_file_name(name: &str) -> String {
    match slug(name) {
        s if s.is_empty() => "template.json".to_string(),
        s => format!("template-{s}.json"),
    }
}

/// `partnership-planner-workspace-2026-11-24.json`.
pub fn workspace_file_name(on: NaiveDate, anonymised: bool) -> String {
    let suffix = if anonymised { "-anonymised" } else { "" };
    format!("partnership-planner-workspace-{}{suffix}.json", on)
}

/// Lower-case ASCII words joined by hyphens; accents are dropped rather than mangled.
fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-')
        .chars()
        .take(60)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string()
}

fn fold_accent(c: char) -> char {
    match c {
        'à'..='å' | 'À'..='Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è'..='ë' | 'È'..='Ë' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò'..='ö' | 'Ò'..='Ö' => 'o',
        'ù'..='ü' | 'Ù'..='Ü' => 'u',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Id, PartnershipDetails, SchoolYear};
    use chrono::DateTime;

    fn partnership(school: &str) -> Partnership {
        let details = PartnershipDetails {
            school: school.into(),
            school_year: SchoolYear::starting(2026),
            ..PartnershipDetails::default()
        };
        match Partnership::start(Id::new("p"), details, DateTime::default()) {
            Ok(p) => p,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn the_file_name_says_school_year_and_date() {
        let on = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        assert_eq!(
            partnership_file_name(&partnership("Lincoln Elementary"), on, false),
            "partnership-lincoln-elementary-2026-27-2026-11-24.json"
        );
        assert_eq!(
            partnership_file_name(&partnership("École Saint-Rémi / Nord"), on, true),
            "partnership-ecole-saint-remi-nord-2026-27-2026-11-24-anonymised.json"
        );
        let mut copy = partnership("Lincoln Elementary");
        copy.anonymised = true;
        assert_eq!(
            partnership_file_name(&copy, on, false),
            "partnership-lincoln-elementary-2026-27-2026-11-24-anonymised.json"
        );
        assert_eq!(
            workspace_file_name(on, false),
            "partnership-planner-workspace-2026-11-24.json"
        );
    }
}
