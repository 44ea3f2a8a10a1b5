//! Template files: the file the app writes is kept byte for byte, reads back and starts a
//! partnership the reader opens; every bad template is refused with its own message.

use chrono::DateTime;
use partnership_planner::format::link::{template_fragment, template_from_fragment, LINK_PREFIX};
use partnership_planner::format::template::{read_template, template_of, write_template};
use partnership_planner::format::{read, write, Document, Scope};
use partnership_planner::model::sample::sample_school;
use partnership_planner::model::{Id, PartnershipDetails, SchoolYear};
use std::fs;
use std::path::PathBuf;

fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/templates")
}

fn written() -> String {
    let at = DateTime::from_timestamp(1_795_000_000, 0).expect("a time");
    let year = SchoolYear::starting(2026).expect("a year");
    let school = sample_school(Id::new("p-sample"), year, at).expect("the sample school");
    write_template(&template_of(&school, "Writing feedback workshop"), at)
}

#[test]
fn the_template_the_app_writes_is_the_golden_file() {
    // `WRITE_FIXTURES=1 cargo test` writes it anew, as for the partnership fixtures.
    if std::env::var_os("WRITE_FIXTURES").is_some() {
        fs::write(folder().join("writing-feedback.json"), written()).expect("written");
    }
    let golden = fs::read_to_string(folder().join("writing-feedback.json")).expect("golden file");
    assert_eq!(written(), golden);
}

#[test]
fn a_template_file_starts_a_partnership_that_reads_back() {
    let template = read_template(&written()).expect("reads");
    let details = PartnershipDetails {
        school: "Maple School".into(),
        school_year: SchoolYear::starting(2027),
        principal: "Jo Park".into(),
        coaches: vec!["Lee Wong".into()],
    };
    let now = DateTime::from_timestamp(1_800_000_000, 0).expect("a time");
    let started = template
        .start(Id::new("p-maple"), details, now)
        .expect("starts");
    let text = write(&Document::new(
        Scope::Partnership,
        vec![started.clone()],
        now,
    ));
    assert_eq!(read(&text).map(|d| d.partnerships), Ok(vec![started]));
}

#[test]
fn a_template_link_carries_the_same_template() {
    let template = read_template(&written()).expect("reads");
    let now = DateTime::from_timestamp(1_795_000_000, 0).expect("a time");
    let fragment = template_fragment(&template, now);
    let payload = fragment.strip_prefix(LINK_PREFIX).expect("prefix");
    assert_eq!(template_from_fragment(payload), Ok(template));
}

#[test]
fn every_bad_template_is_refused_with_its_own_message() {
    let bad = folder().join("bad");
    let expected = fs::read_to_string(bad.join("expected.tsv")).expect("expected.tsv");
    let mut checked = 0;
    for line in expected.lines().filter(|l| !l.trim().is_empty()) {
        let (file, message) = line.split_once('\t').expect("file<TAB>message");
        let text = fs::read_to_string(bad.join(file)).expect(file);
        let got = read_template(&text).err().map(|p| p.to_string());
        assert_eq!(got.as_deref(), Some(message), "{file}");
        checked += 1;
    }
    let files = fs::read_dir(&bad).expect("bad folder").filter(|e| {
        e.as_ref()
            .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "json"))
    });
    assert_eq!(
        files.count(),
        checked,
        "every bad template has a line in expected.tsv"
    );
}
