//! The workspace: every partnership kept in this browser, and the edits made to the list.

use super::limits::{fit_text, MAX_PARTNERSHIPS};
use super::order;
use super::{Id, Partnership};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Workspace {
    pub partnerships: Vec<Partnership>,
}

/// A deleted partnership and where it stood, so the deletion can be undone.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    pub index: usize,
    pub partnership: Partnership,
}

impl Workspace {
    pub fn get(&self, id: &Id) -> Option<&Partnership> {
        self.partnerships.iter().find(|p| &p.id == id)
    }

    /// Changes one partnership and stamps it as edited now; false when it is gone.
    pub fn edit(
        &mut self,
        id: &Id,
        now: DateTime<Utc>,
        change: impl FnOnce(&mut Partnership),
    ) -> bool {
        match self.partnerships.iter_mut().find(|p| &p.id == id) {
            Some(partnership) => {
                change(partnership);
                partnership.updated = now;
                partnership.unexported_since.get_or_insert(now);
                true
            }
            None => false,
        }
    }

    /// Why no partnership can be added, when the browser holds as many as it may.
    pub fn full(&self) -> Option<String> {
        (self.partnerships.len() >= MAX_PARTNERSHIPS).then(|| {
            format!("This browser holds {MAX_PARTNERSHIPS} partnerships, the most it keeps. Export and delete one to make room.")
        })
    }

    /// Adds a partnership at the top of the list; false, changing nothing, when full.
    pub fn add(&mut self, partnership: Partnership) -> bool {
        if self.full().is_some() {
            return false;
        }
        self.partnerships.insert(0, partnership);
        true
    }

    /// Renames a partnership; an empty name is refused so that every entry stays findable.
    pub fn rename(&mut self, id: &Id, name: &str, now: DateTime<Utc>) -> bool {
        let (name, _) = fit_text(name.trim().to_string());
        !name.is_empty() && self.edit(id, now, |p| p.name = name)
    }

    /// Whether a partnership other than `id` already goes by `name`, whatever its case.
    pub fn name_taken(&self, id: &Id, name: &str) -> bool {
        self.goes_by(name, Some(id))
    }

    /// Whether a partnership, `except` aside, goes by `name`, whatever its case.
    fn goes_by(&self, name: &str, except: Option<&Id>) -> bool {
        let name = name.trim().to_lowercase();
        self.partnerships
            .iter()
            .any(|p| Some(&p.id) != except && p.name.trim().to_lowercase() == name)
    }

    /// `name`, or when a partnership already goes by it, the first of "name (2)",
    /// "name (3)"… that none does, so two cards on the home list never read the same.
    pub fn free_name(&self, name: &str) -> String {
        (1..=self.partnerships.len() + 1)
            .map(|n| match n {
                1 => name.to_string(),
                n => fit_text(format!("{name} ({n})")).0,
            })
            .find(|name| !self.goes_by(name, None))
            .unwrap_or_else(|| name.to_string())
    }

    /// Puts a next-year copy right after the original and returns its id.
    pub fn duplicate(&mut self, id: &Id, new_id: Id, now: DateTime<Utc>) -> Option<Id> {
        if self.full().is_some() {
            return None;
        }
        let index = self.partnerships.iter().position(|p| &p.id == id)?;
        let mut copy = self.partnerships[index].next_year_copy(new_id.clone(), now);
        // Copied twice, the second copy is numbered, as any plan of a name already here.
        copy.name = self.free_name(&copy.name);
        self.partnerships.insert(index + 1, copy);
        Some(new_id)
    }

    pub fn delete(&mut self, id: &Id) -> Option<Removed> {
        let index = self.partnerships.iter().position(|p| &p.id == id)?;
        Some(Removed {
            index,
            partnership: self.partnerships.remove(index),
        })
    }

    /// Puts a deleted partnership back where it was (or at the end if the list has shrunk).
    pub fn restore(&mut self, removed: Removed) {
        if self.get(&removed.partnership.id).is_some() || self.full().is_some() {
            return;
        }
        let index = removed.index.min(self.partnerships.len());
        self.partnerships.insert(index, removed.partnership);
    }

    /// Records that these partnerships were just written to a file.
    pub fn mark_exported(&mut self, ids: &[Id], now: DateTime<Utc>) {
        for partnership in &mut self.partnerships {
            if ids.contains(&partnership.id) {
                partnership.mark_exported(now);
            }
        }
    }

    /// Partnerships, most recently edited first, as the home screen lists them.
    pub fn recent_first(&self) -> Vec<&Partnership> {
        let mut list: Vec<&Partnership> = self.partnerships.iter().collect();
        order::sort_by_key(&mut list, |p| std::cmp::Reverse(p.updated));
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PartnershipDetails, SchoolYear};

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000 + seconds, 0).unwrap_or_default()
    }

    fn workspace_of(schools: &[&str]) -> Workspace {
        let mut workspace = Workspace::default();
        for (i, school) in schools.iter().enumerate() {
            let details = PartnershipDetails {
                school: (*school).into(),
                school_year: SchoolYear::starting(2026),
                principal: "P".into(),
                coaches: vec!["C".into()],
            };
            if let Ok(p) = Partnership::start(Id::new(*school), details, at(i as i64)) {
                workspace.partnerships.push(p);
            }
        }
        workspace
    }

    #[test]
    fn deleting_then_undoing_puts_the_partnership_back_in_its_place() {
        let mut w = workspace_of(&["A", "B", "C"]);
        let before = w.clone();
        let removed = w.delete(&Id::new("B"));
        assert_eq!(w.partnerships.len(), 2);
        if let Some(removed) = removed {
            w.restore(removed);
        }
        assert_eq!(w, before);
    }

    #[test]
    fn a_name_another_partnership_goes_by_is_pointed_out() {
        let w = workspace_of(&["A", "B"]);
        assert!(w.name_taken(&Id::new("B"), " a 2026-27"));
        assert!(!w.name_taken(&Id::new("A"), "A 2026-27"));
        assert!(!w.name_taken(&Id::new("B"), "B 2026-27"));
    }

    #[test]
    fn a_new_partnership_with_a_name_in_use_is_numbered() {
        let mut w = workspace_of(&["A", "B"]);
        assert_eq!(w.free_name("C 2026-27"), "C 2026-27");
        assert_eq!(w.free_name("a 2026-27"), "a 2026-27 (2)");
        w.partnerships[1].name = "A 2026-27 (2)".into();
        assert_eq!(w.free_name("A 2026-27"), "A 2026-27 (3)");
    }

    #[test]
    fn undoing_twice_does_not_make_two_copies() {
        let mut w = workspace_of(&["A"]);
        let Some(removed) = w.delete(&Id::new("A")) else {
            panic!("A exists");
        };
        w.restore(removed.clone());
        w.restore(removed);
        assert_eq!(w.partnerships.len(), 1);
    }

    #[test]
    fn renaming_stamps_the_edit_and_refuses_a_blank_name() {
        let mut w = workspace_of(&["A"]);
        assert!(w.rename(&Id::new("A"), "  Our plan ", at(100)));
        assert_eq!(w.partnerships[0].name, "Our plan");
        assert_eq!(w.partnerships[0].updated, at(100));
        assert!(!w.rename(&Id::new("A"), "   ", at(200)));
        assert_eq!(w.partnerships[0].name, "Our plan");
        assert!(!w.rename(&Id::new("missing"), "X", at(200)));
    }

    #[test]
    fn an_export_clears_the_reminder_until_the_next_edit() {
        let mut w = workspace_of(&["A"]);
        let four_days = 4 * 86_400;
        assert!(w.partnerships[0].needs_backup(at(four_days)));
        w.mark_exported(&[Id::new("A")], at(four_days));
        assert!(!w.partnerships[0].needs_backup(at(10 * four_days)));
        w.rename(&Id::new("A"), "B", at(5 * four_days));
        w.rename(&Id::new("A"), "C", at(6 * four_days));
        assert!(!w.partnerships[0].needs_backup(at(5 * four_days + 86_400)));
        assert!(w.partnerships[0].needs_backup(at(6 * four_days)));
        assert_eq!(w.partnerships[0].last_exported, Some(at(four_days)));
    }

    #[test]
    fn a_full_browser_takes_no_more_partnerships() {
        let names: Vec<String> = (0..MAX_PARTNERSHIPS).map(|n| format!("S{n}")).collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let mut w = workspace_of(&refs);
        let extra = w.partnerships[0].clone();
        assert!(w.full().is_some());
        assert!(!w.add(extra));
        assert_eq!(w.duplicate(&Id::new("S1"), Id::new("copy"), at(9)), None);
        assert_eq!(w.partnerships.len(), MAX_PARTNERSHIPS);
    }

    #[test]
    fn duplicating_places_a_next_year_copy_after_the_original() {
        let mut w = workspace_of(&["A", "B"]);
        let copy = w.duplicate(&Id::new("A"), Id::new("A2"), at(50));
        assert_eq!(copy, Some(Id::new("A2")));
        let ids: Vec<&str> = w.partnerships.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["A", "A2", "B"]);
        assert_eq!(w.partnerships[1].school_year.start(), 2027);
        assert_eq!(w.recent_first()[0].id, Id::new("A2"));
        // A second copy of the same plan is told apart from the first.
        w.duplicate(&Id::new("A"), Id::new("A3"), at(60));
        let first = w.partnerships[2].name.clone();
        assert_eq!(w.partnerships[1].name, format!("{first} (2)"));
    }
}
