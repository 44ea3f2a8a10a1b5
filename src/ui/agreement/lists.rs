//! The agreement's lists, reached for reading and writing by the rows that edit them.

use super::super::planner::List;
use crate::model::agreement::{Commitment, ReviewTrigger, Role, TimeShare};
use crate::model::Coach;

pub const COACHES: List<Coach> = List {
    read: |p| &p.coaches,
    write: |p| &mut p.coaches,
};

pub const TIME_SHARES: List<TimeShare> = List {
    read: |p| &p.agreement.time_investment,
    write: |p| &mut p.agreement.time_investment,
};

pub const COMMITMENTS: List<Commitment> = List {
    read: |p| &p.agreement.expectations,
    write: |p| &mut p.agreement.expectations,
};

pub const ROLES: List<Role> = List {
    read: |p| &p.agreement.roles,
    write: |p| &mut p.agreement.roles,
};

pub const TRIGGERS: List<ReviewTrigger> = List {
    read: |p| &p.agreement.review.triggers,
    write: |p| &mut p.agreement.review.triggers,
};
