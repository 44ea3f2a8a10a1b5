//! The planning domain: plain data and the rules over it, with no browser in sight.

pub mod agenda;
pub mod agreement;
pub mod board;
pub mod continuum;
pub mod day;
pub mod fingerprint;
pub mod ids;
pub mod limits;
pub mod order;
pub mod partnership;
pub mod plan;
pub mod plan_review;
pub mod playbook;
pub mod progress;
pub mod removal;
pub mod roster;
pub mod sample;
pub mod school_year;
pub mod sign_off;
pub mod snapshot;
pub mod stage;
pub mod step;
pub mod summary;
pub mod tagged;
pub mod template;
pub mod text;
pub mod when;
pub mod workspace;

#[cfg(test)]
pub(crate) mod test_support;

pub use agreement::Agreement;
pub use continuum::{Continuum, Position, Teacher};
pub use ids::Id;
pub use partnership::{Coach, CoachingModel, Partnership, PartnershipDetails};
pub use plan::{SupportAction, SupportPlan};
pub use progress::Progress;
pub use school_year::SchoolYear;
pub use stage::Stage;
pub use step::Step;
pub use workspace::{Removed, Workspace};

crate::keyed_by_id!(
    agreement::TimeShare,
    agreement::Commitment,
    agreement::Role,
    agreement::ReviewTrigger,
    partnership::Coach,
    continuum::Teacher,
    continuum::BandGoal,
    continuum::Snapshot,
    plan::SupportAction,
    plan::Play
);
