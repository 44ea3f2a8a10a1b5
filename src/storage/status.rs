//! What the app says about saving: saved, waiting to save, or why it cannot.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// The browser's storage for this site is full.
    Full,
    /// Storage is switched off or blocked (private mode, settings, a sandboxed frame).
    Unavailable,
    /// What is stored could not be read, so saving over it is held back.
    ProtectingUnreadable,
    /// Another tab or window saved since this one last read; neither is written over
    /// until the person chooses.
    ChangedElsewhere,
    /// A value the reader would refuse: saving it would hide the work at the next start.
    Invalid(String),
    Other(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Pending,
    Failed(SaveProblem),
}

impl SaveProblem {
    /// Names a failed write from the DOM exception's name and legacy code; browsers differ.
    pub fn from_exception(name: &str, code: u16) -> SaveProblem {
        match (name, code) {
            ("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED", _) | (_, 22) => SaveProblem::Full,
            ("SecurityError" | "InvalidAccessError", _) => SaveProblem::Unavailable,
            _ => SaveProblem::Other(name.to_string()),
        }
    }
}

impl fmt::Display for SaveProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SaveProblem::Full => "This browser's storage is full, so your latest changes are not saved. Export a file to keep them.",
            SaveProblem::Unavailable => "This browser is not letting Partnership Planner save, so nothing is kept after you close the page. Export a file to keep your work.",
            SaveProblem::ProtectingUnreadable => "Saved data in this browser could not be read, so it is being kept as it is and your changes are not saved over it. Export a file to keep your work.",
            SaveProblem::ChangedElsewhere => "Partnership Planner is also open in another tab or window, and changes were saved there. Choose which version to keep; nothing is lost until you do.",
            SaveProblem::Invalid(problem) => return write!(f, "{problem} Put it right and your work saves again; until then the last good version is kept."),
            SaveProblem::Other(_) => "Your latest changes could not be saved in this browser. Export a file to keep them.",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_store_is_recognised_in_every_browser() {
        assert_eq!(
            SaveProblem::from_exception("QuotaExceededError", 22),
            SaveProblem::Full
        );
        assert_eq!(
            SaveProblem::from_exception("NS_ERROR_DOM_QUOTA_REACHED", 1014),
            SaveProblem::Full
        );
        assert_eq!(SaveProblem::from_exception("Error", 22), SaveProblem::Full);
        assert_eq!(
            SaveProblem::from_exception("SecurityError", 18),
            SaveProblem::Unavailable
        );
    }
}
