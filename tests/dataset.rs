//! The shipped dataset: valid, complete in both languages, sourced, and described by the
//! committed JSON Schema.
#![cfg(not(target_arch = "wasm32"))]

use datamap::load::load;
use datamap::model::{Dataset, Localized};
use datamap::stats::Counts;

fn shipped() -> Dataset {
    let bytes =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/geneva.json")).expect("read the dataset");
    match load(&bytes) {
        Ok(loaded) => {
            assert!(loaded.warnings.is_empty(), "the shipped dataset has warnings: {:#?}", loaded.warnings);
            loaded.dataset
        }
        Err(invalid) => panic!("the shipped dataset is invalid:\n{invalid:#?}"),
    }
}

fn both(text: &Localized) -> bool {
    ["en", "fr"].iter().all(|l| text.exact(l).is_some_and(|t| !t.trim().is_empty()))
}

#[test]
fn the_shipped_dataset_is_valid_and_large_enough() {
    let ds = shipped();
    let c = Counts::of(&ds);
    println!("shipped dataset: {c:?}");
    assert!(c.organisations >= 40, "{c:?}");
    assert!(c.topics >= 18, "{c:?}");
    assert!(c.categories >= 5, "{c:?}");
    assert!(c.links >= 150, "{c:?}");
}

#[test]
fn every_organisation_has_both_names_a_summary_a_type_and_a_website() {
    for o in shipped().organisations {
        assert!(both(&o.name), "{}: name in en and fr", o.id);
        assert!(o.summary.as_ref().is_some_and(both), "{}: summary in en and fr", o.id);
        assert!(o.org_type.is_some(), "{}: type", o.id);
        assert!(
            o.website.as_deref().is_some_and(|w| w.starts_with("https://") || w.starts_with("http://")),
            "{}: website",
            o.id
        );
    }
}

#[test]
fn every_link_has_a_bilingual_summary_and_an_openable_source() {
    for l in shipped().links {
        assert!(l.summary.as_ref().is_some_and(both), "{} -> {}: summary in en and fr", l.org, l.topic);
        assert!(!l.sources.is_empty(), "{} -> {}: a source", l.org, l.topic);
        for s in &l.sources {
            assert!(
                s.url.starts_with("https://") || s.url.starts_with("http://"),
                "{} -> {}: {}",
                l.org,
                l.topic,
                s.url
            );
            assert!(s.title.is_some(), "{} -> {}: source title for {}", l.org, l.topic, s.url);
        }
    }
}

#[test]
fn every_topic_and_category_is_named_in_both_languages() {
    let ds = shipped();
    for t in &ds.topics {
        assert!(both(&t.name) && t.summary.as_ref().is_some_and(both), "topic {}", t.id);
    }
    for c in ds.categories.iter().flatten() {
        assert!(both(&c.name), "category {}", c.id);
    }
}

#[test]
fn the_committed_schema_matches_the_rust_types() {
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/datamap.schema.json"))
        .expect("read public/data/datamap.schema.json");
    let generated = datamap::schema::schema_json();
    assert!(
        committed.trim_end() == generated.trim_end(),
        "public/data/datamap.schema.json is out of date with src/model.rs: regenerate it with `make schema`"
    );
}

#[test]
fn the_schema_describes_every_field() {
    let schema: serde_json::Value = serde_json::from_str(&datamap::schema::schema_json()).expect("schema is JSON");
    let mut missing = Vec::new();
    let defs = schema["$defs"].as_object().cloned().unwrap_or_default();
    let objects = std::iter::once(("Dataset".to_owned(), schema.clone())).chain(defs);
    for (name, def) in objects {
        for (field, prop) in def["properties"].as_object().into_iter().flatten() {
            if prop.get("description").is_none() {
                missing.push(format!("{name}.{field}"));
            }
        }
    }
    assert!(missing.is_empty(), "fields without a description: {missing:?}");
}
