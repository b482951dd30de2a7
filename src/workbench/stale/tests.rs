use super::*;

/// An organisation and its stale links as (topic, basis, date).
type Group<'a> = (&'a str, Vec<(&'a str, Basis, Option<&'a str>)>);

fn dataset(json: &str) -> Dataset {
    serde_json::from_str(json).unwrap()
}

/// Three organisations: `a` verified long ago and recently, `b` never verified, `c` dated only by
/// its sources.
const LINKS: &str = r#"{"version": 1, "meta": {"updated": "2026-12-01"},
  "topics": [{"id": "t1", "name": "T1"}, {"id": "t2", "name": "T2"}],
  "organisations": [{"id": "c", "name": "C"}, {"id": "a", "name": {"en": "A org", "fr": "Org A"}}, {"id": "b", "name": "B"}],
  "links": [
    {"org": "a", "topic": "t1", "verified": "2024-01-10"},
    {"org": "a", "topic": "t2", "verified": "2026-11-01"},
    {"org": "b", "topic": "t2", "sources": [{"url": "https://b.org"}]},
    {"org": "c", "topic": "t1", "sources": [{"url": "https://c.org/1", "date": "2020-05-01"}, {"url": "https://c.org/2", "date": "2025-01-01"}]},
    {"org": "c", "topic": "t2", "sources": [{"url": "https://c.org/3", "date": "2019-01-01"}], "verified": "2026-06-01"}
  ]}"#;

fn today() -> i64 {
    day_number("2026-12-05").unwrap()
}

#[test]
fn day_numbers_and_dates_agree_across_leap_years_and_centuries() {
    for date in ["1900-02-28", "1900-03-01", "2000-02-29", "2024-12-31", "2026-01-01", "2100-03-01"] {
        assert_eq!(date_of(day_number(date).unwrap()), date);
    }
    assert_eq!(day_number("2000-03-01").unwrap() - day_number("2000-02-28").unwrap(), 2);
    assert_eq!(day_number("2100-03-01").unwrap() - day_number("2100-02-28").unwrap(), 1);
    assert_eq!(date_of(-1), "1969-12-31");
}

#[test]
fn links_older_than_the_limit_are_grouped_by_organisation_oldest_first() {
    let s = stale(&dataset(LINKS), today(), 365);
    assert_eq!((s.today.as_str(), s.before.as_str(), s.links, s.stale), ("2026-12-05", "2025-12-05", 5, 3));
    let groups: Vec<Group> = s
        .organisations
        .iter()
        .map(|g| (g.org.as_str(), g.links.iter().map(|l| (l.topic.as_str(), l.basis, l.date.as_deref())).collect()))
        .collect();
    assert_eq!(
        groups,
        [
            ("b", vec![("t2", Basis::Never, None)]),
            ("a", vec![("t1", Basis::Verified, Some("2024-01-10"))]),
            ("c", vec![("t1", Basis::Source, Some("2025-01-01"))]),
        ]
    );
    assert_eq!(s.organisations[1].name, "A org");
    assert_eq!(s.organisations[1].links[0].age_days, Some(1060));
}

#[test]
fn the_verified_date_wins_over_older_sources() {
    let s = stale(&dataset(LINKS), today(), 365);
    assert!(!s.organisations.iter().any(|g| g.org == "c" && g.links.iter().any(|l| l.topic == "t2")));
}

#[test]
fn a_link_exactly_days_old_is_not_stale_and_one_day_more_is() {
    let ds = dataset(LINKS);
    let age = today() - day_number("2026-11-01").unwrap();
    let count = |days: i64| {
        let s = stale(&ds, today(), days as u32);
        s.organisations.iter().filter(|g| g.org == "a").flat_map(|g| &g.links).filter(|l| l.topic == "t2").count()
    };
    assert_eq!(count(age), 0);
    assert_eq!(count(age - 1), 1);
}

#[test]
fn with_a_large_limit_only_never_verified_links_are_left() {
    let s = stale(&dataset(LINKS), today(), 100_000);
    assert_eq!(s.stale, 1);
    let text = s.to_text();
    assert!(text.contains("b  \"B\"\n  t2  never verified"), "{text}");
    assert!(text.ends_with("1 of 5 links to check again, in 1 organisation(s)\n"), "{text}");
}
