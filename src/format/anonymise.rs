//! Anonymised copies for sharing: teacher names become stable codes (T01, T02…) and the
//! free text the model marks as personal is removed.

use crate::model::{Id, Partnership};

/// What replaces personal notes in an anonymised copy.
pub const REMOVED: &str = "";

/// The code for each teacher, in the order teachers were added (by id), so the same
/// teacher keeps the same code however the map is sorted.
fn codes(partnership: &Partnership) -> Vec<(Id, String, String)> {
    let mut teachers: Vec<(&Id, &str)> = partnership
        .continuum
        .teachers
        .iter()
        .map(|t| (&t.id, t.name.as_str()))
        .collect();
    teachers.sort_by_key(|(id, _)| id_order(id));
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

/// A copy of `partnership` with no teacher's name or personal note left in it.
pub fn anonymise(partnership: &Partnership) -> Partnership {
    let codes = codes(partnership);
    let mut copy = partnership.clone();
    // Names can appear inside other text ("co-plan with Dana Smith"): replace them there
    // too, longest first so "Ann Lee-Smith" is not half-replaced by "Ann Lee".
    let mut by_length: Vec<&(Id, String, String)> = codes
        .iter()
        .filter(|(_, name, _)| !name.is_empty())
        .collect();
    by_length.sort_by_key(|(_, name, _)| std::cmp::Reverse(name.chars().count()));
    let scrub = |text: &mut String| {
        for (_, name, code) in &by_length {
            if text.contains(name.as_str()) {
                *text = text.replace(name.as_str(), code);
            }
        }
    };
    for teacher in &mut copy.continuum.teachers {
        if let Some((_, _, code)) = codes.iter().find(|(id, _, _)| id == &teacher.id) {
            teacher.name = code.clone();
        }
        teacher.notes = REMOVED.to_string();
        scrub(&mut teacher.assignment);
    }
    for protocol in &mut copy.plan.protocols {
        protocol.principal_follow_up = REMOVED.to_string();
    }
    for action in &mut copy.plan.actions {
        scrub(&mut action.what);
        scrub(&mut action.how);
        scrub(&mut action.evidence);
    }
    for goal in &mut copy.continuum.band_goals {
        scrub(&mut goal.goal);
    }
    for snapshot in &mut copy.continuum.snapshots {
        scrub(&mut snapshot.label);
    }
    copy
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::sample;

    #[test]
    fn no_teacher_name_survives_anywhere_in_the_file() {
        let mut p = sample();
        p.continuum.teachers[0].notes = "Prefers mornings".into();
        p.plan.actions[0].how = "Pair Dana Smith with Alex Rivera".into();
        let names: Vec<String> = p
            .continuum
            .teachers
            .iter()
            .map(|t| t.name.clone())
            .collect();
        let anonymised = anonymise(&p);
        let text = serde_json::to_string(&anonymised).unwrap_or_default();
        for name in names {
            assert!(!text.contains(&name), "{name} is still in the file");
        }
        assert!(!text.contains("Prefers mornings"));
        assert_eq!(anonymised.plan.actions[0].how, "Pair T04 with T01");
    }

    #[test]
    fn codes_follow_the_order_teachers_were_added_not_the_list_order() {
        let mut p = sample();
        p.continuum.teachers.reverse();
        let anonymised = anonymise(&p);
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
