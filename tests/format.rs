//! The file format through the library's public API: released versions, refused files.

#![cfg(not(target_arch = "wasm32"))]

use chrono::DateTime;
use partnership_planner::format::import::ImportPreview;
use partnership_planner::format::{read, write, Document, Scope};
use partnership_planner::model::sample::sample_partnership;
use partnership_planner::model::{Id, SchoolYear, Workspace};
use std::fs;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn sample_workspace() -> Workspace {
    let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
    let year = SchoolYear::starting(2026).expect("2026 is a school year");
    let partnerships = ["p-0a1b2c3d4e5f6071", "p-8192a3b4c5d6e7f8"]
        .iter()
        .map(|id| sample_partnership(Id::new(*id), year, now).expect("the sample builds"))
        .collect();
    Workspace { partnerships }
}

fn read_text(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_released_format_version_reads_into_the_current_model() {
    let mut versions = 0;
    for entry in fs::read_dir(fixtures()).expect("fixtures folder") {
        let dir = entry.expect("fixture entry").path();
        let name = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if !name.starts_with('v') {
            continue;
        }
        versions += 1;
        for file in fs::read_dir(&dir).expect("version folder") {
            let file = file.expect("fixture file").path();
            let document = read(&read_text(&file))
                .unwrap_or_else(|e| panic!("{} does not read: {e}", file.display()));
            assert!(!document.partnerships.is_empty(), "{}", file.display());
            assert_eq!(
                document.version,
                partnership_planner::format::FORMAT_VERSION
            );
        }
    }
    assert_eq!(versions as u32, partnership_planner::format::FORMAT_VERSION);
}

/// A changed format must come with a new version, a migration and a new fixture folder;
/// this fails first when the shape of the data changes without one.
#[test]
fn the_current_writer_still_writes_the_latest_released_format() {
    let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
    let document = Document::new(Scope::Workspace, sample_workspace().partnerships, now);
    let written = write(&document).replace(env!("CARGO_PKG_VERSION"), "0.1.0");
    let path = fixtures().join("v1/workspace.json");
    if std::env::var_os("WRITE_FIXTURES").is_some() {
        fs::write(&path, &written).expect("writing the fixture");
    }
    assert_eq!(written, read_text(&path));
}

#[test]
fn every_bad_file_is_refused_with_its_own_message_and_nothing_changes() {
    let bad = fixtures().join("bad");
    let expected = read_text(&bad.join("expected.tsv"));
    let workspace = sample_workspace();
    let mut checked = 0;
    for line in expected.lines().filter(|l| !l.trim().is_empty()) {
        let (file, message) = line.split_once('\t').expect("file<TAB>message");
        let text = read_text(&bad.join(file));
        let mut after = workspace.clone();
        let result = ImportPreview::read(&text, &after);
        let got = result.as_ref().err().map(ToString::to_string);
        assert_eq!(got.as_deref(), Some(message), "{file}");
        // Reading is all that happens before the person chooses; the workspace is untouched.
        if let Ok(preview) = result {
            preview.apply(
                &mut after,
                partnership_planner::format::import::ImportMode::ReplaceMatching,
                || Id::new("x"),
            );
        }
        assert_eq!(after, workspace, "{file}");
        checked += 1;
    }
    let files = fs::read_dir(&bad).expect("bad folder").filter(|e| {
        e.as_ref()
            .map(|e| e.path().extension().is_some_and(|x| x == "json"))
            .unwrap_or(false)
    });
    assert_eq!(
        files.count(),
        checked,
        "every bad file has a line in expected.tsv"
    );
    assert!(checked >= 40);
}
