//! Brings a document from any released format version up to the current one, step by step.

use super::{FileProblem, FORMAT_NAME, FORMAT_VERSION};
use serde_json::Value;

/// One step from version `n` to `n + 1`, applied to the raw JSON before it is read.
type Step = fn(Value) -> Result<Value, FileProblem>;

/// `STEPS[i]` migrates version `i + 1` to `i + 2`. Version 1 is the first released format,
/// so there are none yet; every future format change adds one here and a fixture file.
const STEPS: [Step; 0] = [];

/// Checks the envelope and runs the migration steps the document needs.
pub fn migrate(mut value: Value) -> Result<Value, FileProblem> {
    let envelope = value.as_object().ok_or(FileProblem::NotOurs)?;
    if envelope.get("format").and_then(Value::as_str) != Some(FORMAT_NAME) {
        return Err(FileProblem::NotOurs);
    }
    let version = match envelope.get("version") {
        None => return Err(FileProblem::whole("the format version is missing")),
        Some(version) => version
            .as_u64()
            .ok_or_else(|| FileProblem::whole("the format version is not a whole number"))?,
    };
    if version > u64::from(FORMAT_VERSION) {
        return Err(FileProblem::TooNew { version });
    }
    if version == 0 {
        return Err(FileProblem::whole("format version 0 does not exist"));
    }
    for step in STEPS.iter().skip((version - 1) as usize) {
        value = step(value)?;
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(FORMAT_VERSION));
    }
    Ok(value)
}
