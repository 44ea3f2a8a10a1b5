//! Partnership Planner: the domain, the file format and, in the browser, the app itself.

pub mod format;
pub mod model;
pub mod route;
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub mod ui;
