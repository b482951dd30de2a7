//! `datamap-check --stale DAYS FILE` as curators run it, on a fixture with known dates. Today
//! comes from the clock, so these tests use limits whose answer does not depend on the day; the
//! counting itself is tested with a fixed today in `src/workbench/stale/tests.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::checker;

use datamap::workbench::stale::{day_number, stale, Basis};

/// An organisation and its stale links as (topic, basis, date).
type Group<'a> = (&'a str, Vec<(&'a str, Basis, Option<&'a str>)>);

const FIXTURE: &str = "tests/fixtures/stale.json";

fn fixture() -> datamap::model::Dataset {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/stale.json")).unwrap();
    datamap::load::load(&bytes).unwrap().dataset
}

#[test]
fn on_a_known_day_the_oldest_organisation_comes_first() {
    let s = stale(&fixture(), day_number("2027-01-01").unwrap(), 365);
    let order: Vec<Group> = s
        .organisations
        .iter()
        .map(|g| (g.org.as_str(), g.links.iter().map(|l| (l.topic.as_str(), l.basis, l.date.as_deref())).collect()))
        .collect();
    assert_eq!(
        order,
        [
            ("cern", vec![("open-data", Basis::Never, None)]),
            ("itu", vec![("open-data", Basis::Source, Some("2021-06-30"))]),
            ("who", vec![("open-data", Basis::Verified, Some("2023-02-10"))]),
        ]
    );
    assert_eq!((s.before.as_str(), s.stale, s.links), ("2026-01-01", 3, 5));
    assert_eq!(s.organisations[1].links[0].age_days, Some(2011));
}

#[test]
fn the_text_report_groups_links_under_their_organisation() {
    let (code, out) = checker(&["--stale", "0", FIXTURE]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("links last confirmed more than 0 days before "), "{out}");
    let lines: Vec<&str> = out.lines().collect();
    let at =
        |prefix: &str| lines.iter().position(|l| l.starts_with(prefix)).unwrap_or_else(|| panic!("{prefix}: {out}"));
    assert!(at("cern  \"CERN\"") < at("itu  ") && at("itu  ") < at("who  ") && at("who  ") < at("ilo  "), "{out}");
    assert!(out.contains("\n  open-data  never verified (no verified date, no dated source)\n"), "{out}");
    assert!(out.contains("\n  open-data  not verified; newest source 2021-06-30, "), "{out}");
    assert!(out.contains("\n  open-data  verified 2023-02-10, "), "{out}");
    assert!(out.ends_with("5 of 5 links to check again, in 4 organisation(s)\n"), "{out}");
}

#[test]
fn json_output_lists_the_never_verified_links_under_any_limit() {
    let (code, out) = checker(&["--stale", "100000", "--json", FIXTURE]);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["days"], 100_000);
    assert_eq!(v["stale"], 1);
    assert_eq!(
        v["organisations"],
        serde_json::json!([{"org": "cern", "name": "CERN", "links": [{"topic": "open-data", "basis": "never"}]}])
    );
}

#[test]
fn a_bad_limit_or_file_is_refused() {
    assert_eq!(checker(&["--stale", "soon", FIXTURE]).0, 2);
    assert_eq!(checker(&["--stale", "30"]).0, 2);
    assert_eq!(checker(&["--stale", "30", "tests/fixtures/invalid/bad-url.json"]).0, 1);
    assert_eq!(checker(&["--stale", "30", "tests/fixtures/no-such-file.json"]).0, 2);
}
