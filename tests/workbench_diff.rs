//! `datamap-check diff` as curators run it: every kind of change between two fixture files, in
//! a stable order, as text and as JSON, and its exit codes.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::checker;

const OLD: &str = "tests/fixtures/diff/old.json";
const NEW: &str = "tests/fixtures/diff/new.json";

#[test]
fn every_kind_of_change_is_listed_as_the_expected_text_shows() {
    let (code, out) = checker(&["diff", OLD, NEW]);
    assert_eq!(code, 0, "{out}");
    let expected =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/diff/old-new.txt")).unwrap();
    assert_eq!(out, expected, "update tests/fixtures/diff/old-new.txt if the change is meant");
    for line in [
        "  + development  \"Open data and development\"",
        "  - wipo  \"World Intellectual Property Organization\"",
        "      website: \"https://www.who.int\" -> \"https://www.who.int/fr\"",
        "      location.lat: (none) -> \"46.2102\"",
        "      category: \"security\" -> \"governance\"",
        "  + ilo/open-data",
        "      date: (none) -> \"2019-09-05\"",
        "      verified: (none) -> \"2026-11-30\"",
        "      kind: (none) -> \"primary\"",
        "      meta.version: \"2026.11\" -> \"2026.12\"",
        "  - standards-view  \"Standards\"",
        "      depth: \"1\" -> \"2\"",
        "      steps.1.sources.1.url: (none) -> \"https://www.who.int/data\"",
        "positions: 2 added, 2 removed, 1 moved",
    ] {
        assert!(out.lines().any(|l| l == line), "missing {line:?} in\n{out}");
    }
}

#[test]
fn the_reverse_diff_swaps_added_and_removed() {
    let (_, forward) = checker(&["diff", OLD, NEW]);
    let (_, back) = checker(&["diff", NEW, OLD]);
    let summary = |s: &str| s.lines().last().unwrap_or_default().to_owned();
    assert_eq!(summary(&forward), "8 added, 9 removed, 15 changed");
    assert_eq!(summary(&back), "9 added, 8 removed, 15 changed");
}

#[test]
fn json_output_has_every_change_with_full_values() {
    let (code, out) = checker(&["diff", "--json", OLD, NEW]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["counts"], serde_json::json!({"added": 8, "removed": 9, "changed": 15}));
    let changes = v["changes"].as_array().unwrap();
    let who = changes.iter().find(|c| c["table"] == "organisations" && c["key"] == "who").unwrap();
    assert_eq!(who["kind"], "changed");
    assert_eq!(
        who["fields"][1],
        serde_json::json!({"field": "website", "old": "https://www.who.int", "new": "https://www.who.int/fr"})
    );
    let summary = changes.iter().find(|c| c["key"] == "who/health-data").unwrap();
    assert!(summary["fields"][0]["new"].as_str().unwrap().len() > 300, "JSON values are not shortened");
    assert_eq!(v["positions"]["moved"], serde_json::json!(["who"]));
}

#[test]
fn the_same_file_has_no_differences() {
    assert_eq!(checker(&["diff", OLD, OLD]), (0, "no differences\n".to_owned()));
}

#[test]
fn an_invalid_file_prints_the_checkers_errors_and_exits_1_an_unreadable_one_2() {
    let (code, out) = checker(&["diff", OLD, "tests/fixtures/invalid/dangling-link.json"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("dangling-link.json:46:16: error: links[0].topic"), "{out}");
    assert_eq!(
        checker(&["diff", "tests/fixtures/no-such-file.json", "tests/fixtures/invalid/dangling-link.json"]).0,
        2
    );
    assert_eq!(checker(&["diff", OLD]).0, 2);
}
