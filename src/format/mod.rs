//! The file format: the envelope around saved and exported data, reading it back safely,
//! and the migrations that bring older versions up to date.

mod document;
mod migrate;
mod problem;

pub use document::{read, write, Document, Scope, FORMAT_NAME, FORMAT_VERSION};
pub use problem::FileProblem;
