//! The shipped dataset's breadth and freshness, as the checker sees it: at least 80
//! organisations, 24 topics and 320 links; every topic with at least 8 links; every link verified;
//! every `secondary-only` warning explained in CURATING.md; no French typography warning and no
//! acronym shared by two organisations; views and tours that reference only what exists.
#![cfg(not(target_arch = "wasm32"))]

use datamap::check::{check, FileReport};
use datamap::load::load;
use datamap::model::Dataset;

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/geneva.json");

fn report() -> FileReport {
    check("public/data/geneva.json", std::fs::read(FILE))
}

fn shipped() -> Dataset {
    load(&std::fs::read(FILE).expect("the dataset")).expect("a valid dataset").dataset
}

#[test]
fn the_shipped_dataset_meets_the_counts_and_every_topic_has_eight_links() {
    let ds = shipped();
    assert!(ds.organisations.len() >= 80, "{} organisations", ds.organisations.len());
    assert!(ds.topics.len() >= 24, "{} topics", ds.topics.len());
    assert!(ds.links.len() >= 320, "{} links", ds.links.len());
    for t in &ds.topics {
        let n = ds.links.iter().filter(|l| l.topic == t.id).count();
        assert!(n >= 8, "the topic {} has {n} links", t.id.0);
    }
}

#[test]
fn every_link_is_verified_and_sourced_and_has_a_version_and_date() {
    let ds = shipped();
    let meta = ds.meta.as_ref().expect("meta");
    assert!(meta.version.is_some() && meta.updated.is_some(), "meta.version and meta.updated");
    for l in &ds.links {
        assert!(l.verified.is_some(), "{} / {} is not verified", l.org, l.topic);
        assert!(!l.sources.is_empty(), "{} / {} has no source", l.org, l.topic);
    }
}

#[test]
fn the_checker_warns_only_of_secondary_only_links_and_curating_md_explains_each() {
    let r = report();
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/CURATING.md")).expect("CURATING.md");
    let ds = shipped();
    let mut explained = 0;
    for d in &r.diagnostics {
        assert_eq!(d.code, Some("secondary-only"), "an unexpected warning: {d}");
        let index: usize =
            d.path.trim_start_matches("links[").split(']').next().and_then(|i| i.parse().ok()).expect("a link");
        let l = &ds.links[index];
        let row = format!("| {} / {} |", l.org, l.topic);
        assert!(doc.contains(&row), "CURATING.md does not explain the secondary-only link {row}");
        explained += 1;
    }
    let rows = doc
        .lines()
        .filter(|line| line.starts_with("| ") && line.contains(" / ") && !line.contains("organisation / topic"))
        .count();
    assert_eq!(rows, explained, "CURATING.md lists a link that is no longer secondary-only: take it out");
}

#[test]
fn no_two_organisations_share_an_acronym_and_french_typography_is_clean() {
    let r = report();
    assert!(
        r.diagnostics.iter().all(|d| !d.code.is_some_and(|c| c.starts_with("french-") || c == "shared-acronym")),
        "{:#?}",
        r.diagnostics.iter().filter(|d| d.code != Some("secondary-only")).collect::<Vec<_>>()
    );
}

#[test]
fn the_shipped_tours_and_views_reference_what_exists() {
    let ds = shipped();
    let tours = ds.tours.as_ref().expect("tours");
    let views = ds.views.as_ref().expect("views");
    assert!(tours.len() >= 3 && views.len() >= 5, "{} tours, {} views", tours.len(), views.len());
    for t in tours {
        assert!((5..=8).contains(&t.steps.len()), "{}: {} steps", t.id.0, t.steps.len());
        for s in &t.steps {
            assert!(!s.sources.is_empty(), "{}: a step without a source", t.id.0);
        }
    }
}
