//! How complete each step of a partnership is, counted in parts a pair can see.

use super::{Partnership, Step};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    /// Counts the parts that are done from a list of (name, done) checks.
    pub fn of(checks: &[(&str, bool)]) -> Progress {
        Progress {
            done: checks.iter().filter(|(_, done)| *done).count(),
            total: checks.len(),
        }
    }

    /// The summary's progress: how many of the three earlier steps are complete.
    pub fn summary(earlier: [Progress; 3]) -> Progress {
        Progress {
            done: earlier.iter().filter(|p| p.is_complete()).count(),
            total: earlier.len(),
        }
    }

    pub fn is_complete(self) -> bool {
        self.total > 0 && self.done == self.total
    }
}

impl Partnership {
    pub fn progress(&self, step: Step) -> Progress {
        match step {
            Step::Agreement => Progress::of(&self.agreement_checks()),
            Step::Continuum => Progress::of(&self.continuum.checks()),
            Step::Plan => Progress::of(&self.plan.checks(&self.continuum)),
            Step::Summary => Progress::summary(
                [Step::Agreement, Step::Continuum, Step::Plan].map(|s| self.progress(s)),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_to_do_is_not_complete() {
        assert!(!Progress { done: 0, total: 0 }.is_complete());
        assert!(Progress { done: 2, total: 2 }.is_complete());
    }
}

#[cfg(test)]
mod partnership_tests {
    use crate::model::sample::sample_partnership;
    use crate::model::{Id, Partnership, PartnershipDetails, SchoolYear, Step};
    use chrono::DateTime;

    #[test]
    fn a_new_partnership_has_nothing_done_yet() {
        let details = PartnershipDetails {
            school: "Lincoln".into(),
            school_year: SchoolYear::starting(2026),
            ..PartnershipDetails::default()
        };
        let Ok(p) = Partnership::start(Id::new("p"), details, DateTime::default()) else {
            panic!("details are complete");
        };
        for step in Step::ALL {
            assert_eq!(p.progress(step).done, 0, "{}", step.title());
        }
    }

    #[test]
    fn the_sample_still_needs_a_protocol_for_its_unwilling_teacher() {
        let year = SchoolYear::starting(2026);
        let sample = year.and_then(|y| sample_partnership(Id::new("s"), y, DateTime::default()));
        let Some(sample) = sample else {
            panic!("the sample builds")
        };
        let plan = sample.progress(Step::Plan);
        assert_eq!((plan.done, plan.total), (1, 2));
    }
}
