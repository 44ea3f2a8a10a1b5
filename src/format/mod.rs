//! The file format: the envelope around saved and exported data, reading it back safely,
//! the migrations that bring older versions up to date, anonymised copies, and calendar
//! files of the plan.

pub mod anonymise;
mod document;
pub mod file_name;
pub mod ics;
pub mod import;
mod left_out;
pub mod link;
mod location;
pub mod merge;
mod migrate;
mod pretty;
mod problem;
pub mod stored;
pub mod template;
pub mod text;
pub mod validate;

pub use document::{
    read, read_noting, write, write_compact, Document, Scope, FORMAT_NAME, FORMAT_VERSION,
};
pub use location::Segment;
pub use problem::FileProblem;
