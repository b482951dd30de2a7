//! What the explore views derive: filters, list rows and sorting, panel groups.
#![cfg(not(target_arch = "wasm32"))]

use datamap::explore::{org_links_by_category, rows, topic_links_by_type, Filters, SortKey};
use datamap::model::Dataset;

fn shipped() -> Dataset {
    serde_json::from_str(include_str!("../public/data/geneva.json")).expect("dataset")
}

#[test]
fn no_filter_hides_nothing_and_lists_every_organisation_by_name() {
    let ds = shipped();
    let f = Filters::default();
    assert!(f.hidden_ids(&ds).is_empty());
    let r = rows(&ds, "en", &f, None, SortKey::Name, false);
    assert_eq!(r.len(), ds.organisations.len());
    let names: Vec<String> = r.iter().map(|x| datamap::text::fold(&x.name)).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
}

#[test]
fn a_type_filter_keeps_only_that_type_in_rows_and_hides_the_others_on_the_map() {
    let ds = shipped();
    let f = Filters { types: vec!["standards".into()], ..Filters::default() };
    let r = rows(&ds, "en", &f, None, SortKey::Name, false);
    let expected =
        ds.organisations.iter().filter(|o| o.org_type.as_ref().is_some_and(|t| t.as_str() == "standards")).count();
    assert_eq!(r.len(), expected);
    let hidden = f.hidden_ids(&ds);
    assert!(hidden.contains(&"who".to_owned()));
    assert!(!hidden.contains(&"iso".to_owned()));
    assert!(hidden.windows(2).all(|w| w[0] < w[1]), "sorted");
}

#[test]
fn a_category_filter_hides_other_topics_and_organisations_without_a_shown_topic() {
    let ds = shipped();
    let f = Filters { categories: vec!["sectors".into()], ..Filters::default() };
    let hidden = f.hidden_ids(&ds);
    assert!(hidden.contains(&"cybersecurity".to_owned()));
    assert!(!hidden.contains(&"health-data".to_owned()));
    assert!(!hidden.contains(&"who".to_owned()), "WHO works on health data");
    for row in rows(&ds, "en", &f, None, SortKey::Name, false) {
        assert!(!row.topics.is_empty(), "{} has a shown topic", row.id);
    }
}

#[test]
fn sorting_by_topics_and_descending_order_are_stable() {
    let ds = shipped();
    let f = Filters::default();
    let by_topics = rows(&ds, "en", &f, None, SortKey::Topics, false);
    assert!(by_topics.windows(2).all(|w| w[0].topics.len() <= w[1].topics.len()));
    let desc = rows(&ds, "en", &f, None, SortKey::Topics, true);
    let mut rev = by_topics.clone();
    rev.reverse();
    assert_eq!(desc, rev);
    let types = rows(&ds, "fr", &f, None, SortKey::Type, false);
    assert!(types
        .windows(2)
        .all(|w| datamap::text::fold(&w[0].type_name) <= datamap::text::fold(&w[1].type_name)
            || w[1].type_name.is_empty()));
}

#[test]
fn only_restricts_rows_to_the_given_ids() {
    let ds = shipped();
    let r = rows(&ds, "en", &Filters::default(), Some(&["who".to_owned(), "itu".to_owned()]), SortKey::Name, false);
    let ids: Vec<&str> = r.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["itu", "who"], "International Telecommunication Union < World Health Organization");
}

#[test]
fn the_only_filter_shows_just_its_ids_and_combines_with_the_others() {
    let ds = shipped();
    let only: Vec<String> = ["health-data", "itu", "who"].map(String::from).to_vec();
    let f = Filters { only: only.clone(), ..Filters::default() };
    let hidden = f.hidden_ids(&ds);
    assert_eq!(hidden.len(), ds.topics.len() + ds.organisations.len() - 3);
    assert!(only.iter().all(|id| !hidden.contains(id)));
    let r = rows(&ds, "en", &f, None, SortKey::Name, false);
    assert_eq!(r.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(), ["itu", "who"]);
    assert!(r.iter().flat_map(|x| &x.topics).all(|(id, _)| id == "health-data"), "only the view's topics are listed");
    // With a category filter too, a node must pass both.
    let f = Filters { categories: vec!["governance".into()], ..f };
    let hidden = f.hidden_ids(&ds);
    assert!(hidden.contains(&"health-data".to_owned()), "health data is not a governance topic");
    assert!(!f.shows_topic(&ds, ds.topics.iter().position(|t| t.id.as_str() == "health-data").unwrap()));
}

#[test]
fn panel_groups_cover_every_link_once_in_category_and_type_order() {
    let ds = shipped();
    let who = ds.organisations.iter().position(|o| o.id.as_str() == "who").unwrap();
    let groups = org_links_by_category(&ds, who, "en");
    let n: usize = groups.iter().map(|g| g.1.len()).sum();
    assert_eq!(n, ds.links.iter().filter(|l| l.org.as_str() == "who").count());
    assert!(groups.windows(2).all(|w| w[0].0 < w[1].0));
    let hd = ds.topics.iter().position(|t| t.id.as_str() == "health-data").unwrap();
    let groups = topic_links_by_type(&ds, hd, "en");
    let n: usize = groups.iter().map(|g| g.1.len()).sum();
    assert_eq!(n, ds.links.iter().filter(|l| l.topic.as_str() == "health-data").count());
}
