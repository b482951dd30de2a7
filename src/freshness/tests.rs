//! Tests of [`super`]: the primary/secondary rule, the 18-month rule and the warnings.

use super::*;

fn dataset(json: &str) -> Dataset {
    serde_json::from_str(json).expect("a dataset")
}

/// Organisations with websites on `who.int`, `www.unige.ch` and a mailto address.
fn hosts() -> OrgHosts {
    OrgHosts::of(&dataset(
        r#"{"version": 1, "topics": [], "links": [], "organisations": [
            {"id": "who", "name": "WHO", "website": "https://www.who.int"},
            {"id": "unige", "name": "UNIGE", "website": "https://WWW.UNIGE.CH/"},
            {"id": "mail", "name": "Mail", "website": "mailto:info@example.org"},
            {"id": "none", "name": "None"}
        ]}"#,
    ))
}

#[test]
fn a_host_is_lowercase_without_www_port_user_or_final_dot() {
    assert_eq!(host("https://www.who.int").as_deref(), Some("who.int"));
    assert_eq!(host("HTTP://Data.WHO.int./x").as_deref(), Some("data.who.int"));
    assert_eq!(host("https://me:pw@www.itu.int:8443/?q#f").as_deref(), Some("itu.int"));
    assert_eq!(host("https://wwwx.org").as_deref(), Some("wwwx.org"));
    assert_eq!(host("mailto:a@who.int"), None);
    assert_eq!(host("https://"), None);
    assert_eq!(host("ftp://who.int"), None);
}

#[test]
fn an_organisations_own_site_and_its_subdomains_are_primary() {
    let h = hosts();
    assert!(is_primary("https://www.who.int/data", &h));
    assert!(is_primary("https://data.who.int/indicators", &h));
    assert!(is_primary("https://who.int", &h));
    assert!(is_primary("https://www.unige.ch/gsi", &h));
    assert!(is_primary("https://gsi.unige.ch/x", &h));
    assert!(!is_primary("https://notunige.ch/x", &h), "a suffix that is not a subdomain");
    assert!(!is_primary("https://example.org/x", &h), "a mailto website gives no host");
}

#[test]
fn official_domains_and_their_subdomains_are_primary() {
    let none = OrgHosts::default();
    for url in [
        "https://www.itu.int/x",
        "https://www.cdc.gov/data",
        "https://www.bfs.admin.ch/bfs/fr/home.html",
        "https://www.ge.ch/statistique",
        "https://www.geneve.ch/fr",
        "https://commission.europa.eu/x",
        "https://unstats.un.org/sdgs",
        "https://un.org/en",
    ] {
        assert!(is_primary(url, &none), "{url}");
    }
    for url in [
        "https://en.wikipedia.org/wiki/ITU",
        "https://www.swissinfo.ch/x",
        "https://gov.example.com/x",
        "https://int.example.org",
        "https://notun.org/x",
        "https://www.printo.int.example.com",
        "mailto:info@who.int",
    ] {
        assert!(!is_primary(url, &none), "{url}");
    }
}

#[test]
fn a_kind_overrides_the_url() {
    let h = hosts();
    let source = |url: &str, kind| Source { title: None, url: url.into(), date: None, kind };
    assert!(h.is_primary(&source("https://en.wikipedia.org/wiki/WHO", Some(SourceKind::Primary))));
    assert!(!h.is_primary(&source("https://www.who.int/", Some(SourceKind::Secondary))));
    assert!(h.is_primary(&source("https://www.who.int/", None)));
    assert!(!h.is_primary(&source("https://en.wikipedia.org/wiki/WHO", None)));
}

#[test]
fn eighteen_months_to_the_day_is_not_stale_and_one_more_day_is() {
    assert!(!is_stale("2025-05-28", "2026-11-28"));
    assert!(is_stale("2025-05-27", "2026-11-28"));
    assert!(!is_stale("2026-11-28", "2026-11-28"));
    // The 31st plus 18 months is the last day of a shorter month.
    assert!(!is_stale("2024-08-31", "2026-02-28"));
    assert!(is_stale("2024-08-31", "2026-03-01"));
    assert!(!is_stale("2023-08-31", "2025-02-28"));
    assert!(is_stale("2010-01-01", "2026-11-28"));
    // Invalid dates are never stale (validation reports them).
    assert!(!is_stale("2025-02-30", "2030-01-01"));
    assert!(!is_stale("2020-01-01", "soon"));
}

#[test]
fn each_kind_of_warning_has_its_code_path_and_fix() {
    let ds = dataset(
        r#"{"version": 1, "meta": {"updated": "2026-11-28"},
        "topics": [{"id": "t", "name": "T"}],
        "organisations": [{"id": "who", "name": "WHO", "website": "https://www.who.int"}],
        "links": [
            {"org": "who", "topic": "t", "sources": [{"url": "https://www.who.int/x"}]},
            {"org": "who", "topic": "t", "verified": "2024-01-10", "sources": [{"url": "https://www.who.int/x"}]},
            {"org": "who", "topic": "t", "verified": "2026-11-01",
             "sources": [{"url": "https://en.wikipedia.org/wiki/WHO"}, {"url": "https://news.example.org/x"}]},
            {"org": "who", "topic": "t", "verified": "2026-11-01", "sources": [
                {"url": "https://en.wikipedia.org/wiki/WHO"}, {"url": "https://blog.example.org", "kind": "primary"}]},
            {"org": "who", "topic": "t", "verified": "2026-11-01"}
        ]}"#,
    );
    let warnings = warnings(&ds);
    let found: Vec<(Option<&str>, &str)> = warnings.iter().map(|d| (d.code, d.path.as_str())).collect();
    assert_eq!(
        found,
        [
            (Some("unverified"), "links[0]"),
            (Some("stale"), "links[1].verified"),
            (Some("secondary-only"), "links[2].sources")
        ]
    );
    assert!(warnings.iter().all(|d| !d.is_error() && d.fix.is_some()));
    assert!(warnings[1].message.contains("2024-01-10") && warnings[1].message.contains("18 months"));
}

#[test]
fn without_an_update_date_nothing_is_stale() {
    let ds = dataset(
        r#"{"version": 1, "topics": [], "organisations": [],
        "links": [{"org": "o", "topic": "t", "verified": "2001-01-01", "sources": [{"url": "https://x.int"}]}]}"#,
    );
    assert!(warnings(&ds).is_empty());
}
