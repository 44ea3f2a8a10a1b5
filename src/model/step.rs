//! The four steps of a partnership plan, in the order a pair works through them.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Agreement,
    Continuum,
    Plan,
    Summary,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Agreement, Step::Continuum, Step::Plan, Step::Summary];

    pub fn number(self) -> usize {
        match self {
            Step::Agreement => 1,
            Step::Continuum => 2,
            Step::Plan => 3,
            Step::Summary => 4,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Step::Agreement => "Agreement",
            Step::Continuum => "Continuum map",
            Step::Plan => "Support plan",
            Step::Summary => "Summary",
        }
    }

    /// What the step is for, in a sentence a principal reads at a glance.
    pub fn purpose(self) -> &'static str {
        match self {
            Step::Agreement => "Agree in writing how the coach's time will produce student gains.",
            Step::Continuum => {
                "Place every teacher from 1 to 11 on the focus practice, with a readiness stage."
            }
            Step::Plan => "Decide who supports whom, how and when, stage by stage.",
            Step::Summary => "The whole plan on one page, to print and share.",
        }
    }

    /// The step before this one and the step after it, where there are.
    pub fn neighbours(self) -> [Option<Step>; 2] {
        let at = self.number() - 1;
        [
            at.checked_sub(1).and_then(|i| Step::ALL.get(i).copied()),
            Step::ALL.get(at + 1).copied(),
        ]
    }

    /// The word used in links, e.g. `#/p/<id>/agreement`.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Agreement => "agreement",
            Step::Continuum => "continuum",
            Step::Plan => "plan",
            Step::Summary => "summary",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|step| step.slug() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_step_leads_back_to_the_one_before_and_on_to_the_one_after() {
        assert_eq!(Step::Agreement.neighbours(), [None, Some(Step::Continuum)]);
        assert_eq!(
            Step::Plan.neighbours(),
            [Some(Step::Continuum), Some(Step::Summary)]
        );
        assert_eq!(Step::Summary.neighbours(), [Some(Step::Plan), None]);
    }
}
