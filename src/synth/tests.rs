//! Tests of [`super::generate`]: every preset loads cleanly, output is a pure function of the
//! options, degrees are heavy-tailed, texts are bilingual, and the Zipf-like weights match the
//! standard library. (The baked positions are tested with [`crate::layout::quick_positions`].)

use std::collections::{BTreeMap, HashSet};

use super::zipf::zipf_weight;
use super::*;
use crate::load::load;
use crate::model::{Dataset, Localized};

fn json(opts: &SynthOptions) -> String {
    serde_json::to_string(&generate(opts)).expect("a dataset serializes")
}

fn loads_cleanly(name: &str) {
    let opts = preset(name).expect("a preset");
    let text = json(&opts);
    let loaded = match load(text.as_bytes()) {
        Ok(l) => l,
        Err(e) => panic!("preset {name} is invalid: {e}"),
    };
    let ds = loaded.dataset;
    assert_eq!((ds.organisations.len(), ds.topics.len(), ds.links.len()), (opts.orgs, opts.topics, opts.links));
    assert!(loaded.warnings.is_empty(), "warnings: {:?}", loaded.warnings.iter().take(3).collect::<Vec<_>>());
}

fn degrees(ds: &Dataset) -> BTreeMap<&str, usize> {
    let mut d: BTreeMap<&str, usize> = BTreeMap::new();
    for l in &ds.links {
        *d.entry(l.org.as_str()).or_default() += 1;
        *d.entry(l.topic.as_str()).or_default() += 1;
    }
    d
}

#[test]
fn preset_s_loads_with_no_error_or_warning_and_the_requested_counts() {
    loads_cleanly("S");
}

#[test]
fn preset_m_loads_with_no_error_or_warning_and_the_requested_counts() {
    loads_cleanly("M");
}

/// The slowest test here: about 6 s in a debug build.
#[test]
fn preset_l_loads_with_no_error_or_warning_and_the_requested_counts() {
    loads_cleanly("L");
}

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_other_bytes() {
    let a = SynthOptions { bake: true, ..preset("S").unwrap() };
    assert_eq!(json(&a), json(&a));
    assert_ne!(json(&a), json(&SynthOptions { seed: 2, ..a }));
}

#[test]
fn the_title_and_description_say_the_data_is_synthetic() {
    let meta = generate(&preset("S").unwrap()).meta.unwrap();
    assert_eq!(meta.title.as_ref().unwrap().get("en"), "Synthetic map: 180 organisations");
    assert_eq!(meta.title.as_ref().unwrap().get("fr"), "Carte synthétique : 180 organisations");
    assert!(meta.description.unwrap().get("en").starts_with("Synthetic data"));
}

#[test]
fn topic_degrees_are_heavy_tailed() {
    for name in ["S", "M"] {
        let ds = generate(&preset(name).unwrap());
        let d = degrees(&ds);
        let mut topic_degrees: Vec<usize> = ds.topics.iter().map(|t| d[t.id.as_str()]).collect();
        topic_degrees.sort_unstable();
        let (median, top) = (topic_degrees[topic_degrees.len() / 2], topic_degrees[topic_degrees.len() - 1]);
        assert!(top >= 4 * median, "{name}: top {top}, median {median}");
    }
}

#[test]
fn every_text_is_bilingual_and_about_one_name_in_twenty_is_long() {
    let ds = generate(&preset("M").unwrap());
    let names: Vec<&Localized> = ds.organisations.iter().map(|o| &o.name).collect();
    for n in &names {
        assert!(n.exact("en").is_some() && n.exact("fr").is_some());
    }
    let long = names.iter().filter(|n| n.get("en").chars().count() > 80).count();
    assert!((36..=180).contains(&long), "{long} long names of 1800");
    assert!(ds.organisations.iter().any(|o| o.acronym.is_some()));
}

#[test]
fn categories_number_five_to_eight_with_distinct_colours_and_there_are_eight_types() {
    for seed in 0..20 {
        let ds = generate(&SynthOptions { seed, ..preset("S").unwrap() });
        let cats = ds.categories.unwrap();
        assert!((5..=8).contains(&cats.len()));
        let colours: HashSet<_> = cats.iter().map(|c| c.color.clone()).collect();
        assert_eq!(colours.len(), cats.len());
        assert_eq!(ds.org_types.unwrap().len(), 8);
    }
}

#[test]
fn too_many_links_are_capped_and_too_few_are_raised_to_one_per_organisation() {
    let dense = generate(&SynthOptions { orgs: 7, topics: 5, links: 1_000, seed: 3, bake: true });
    assert_eq!(dense.links.len(), 35);
    assert!(load(serde_json::to_string(&dense).unwrap().as_bytes()).is_ok());
    let sparse = generate(&SynthOptions { orgs: 30, topics: 5, links: 3, seed: 3, bake: false });
    assert_eq!(sparse.links.len(), 30);
    let empty = generate(&SynthOptions { orgs: 4, topics: 0, links: 10, seed: 3, bake: true });
    assert_eq!((empty.links.len(), empty.positions.len()), (0, 4));
}

#[test]
fn the_zipf_weight_is_rank_to_the_power_minus_four_fifths() {
    for rank in [0, 1, 9, 99, 1_999] {
        let want = 1.0 / ((rank + 1) as f64).powf(0.8);
        assert!((zipf_weight(rank) - want).abs() < 1e-12 * want.max(1.0), "{rank}");
    }
}
