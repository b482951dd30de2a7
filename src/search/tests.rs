//! Tests of [`super`]: ranking, folding and word boundaries.

use super::*;
use serde_json::{json, Value};

fn small() -> SearchIndex {
    let ds: Dataset = serde_json::from_str(include_str!("../../tests/fixtures/small.json")).unwrap();
    SearchIndex::new(&ds)
}

fn index(topics: Value, organisations: Value) -> SearchIndex {
    let ds = json!({"version": 1, "topics": topics, "organisations": organisations, "links": []});
    SearchIndex::new(&serde_json::from_value(ds).unwrap())
}

fn ids(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.id.as_str()).collect()
}

#[test]
fn the_french_acronym_oms_finds_the_world_health_organization_first() {
    for lang in ["fr", "en"] {
        let hits = small().search("oms", lang, 10);
        assert_eq!((hits[0].id.as_str(), hits[0].tier, hits[0].kind), ("who", Tier::Exact, HitKind::Org));
        assert_eq!(hits[0].matched, "OMS");
    }
    let hits = small().search("WHO", "en", 10);
    assert_eq!((hits[0].id.as_str(), hits[0].tier, hits[0].matched.as_str()), ("who", Tier::Exact, "WHO"));
}

#[test]
fn accents_and_case_do_not_matter() {
    let index = small();
    let accented = index.search("Santé", "fr", 10);
    assert!(ids(&accented).contains(&"who"));
    assert_eq!(accented, index.search("sante", "fr", 10));
    assert_eq!(accented, index.search("SANTE", "fr", 10));
}

#[test]
fn organisation_mondiale_finds_the_world_health_organization() {
    let index = small();
    let hits = index.search("organisation mondiale", "fr", 10);
    assert_eq!(ids(&hits), vec!["who"]);
    let hits = index.search("mondiale santé", "fr", 10);
    assert_eq!((hits[0].id.as_str(), hits[0].tier), ("who", Tier::WordPrefix));
    assert_eq!(hits[0].matched, "Organisation mondiale de la Santé");
}

#[test]
fn a_typo_still_finds_the_topic() {
    let hits = small().search("helth data", "en", 10);
    assert_eq!(ids(&hits), vec!["health-data"]);
    assert_eq!((hits[0].kind, hits[0].tier, hits[0].matched.as_str()), (HitKind::Topic, Tier::Fuzzy, "Health data"));
    assert_eq!(small().search("telecomunication", "en", 10)[0].id, "itu");
}

#[test]
fn short_queries_tolerate_no_typo() {
    assert!(small().search("wha", "en", 10).is_empty());
}

#[test]
fn exact_beats_prefix_beats_word_prefix_beats_substring_beats_typo() {
    let index = index(
        json!([
            {"id": "open-data", "name": "Open data"},
            {"id": "dada", "name": "Dada"},
            {"id": "metadata", "name": "Metadata"},
            {"id": "privacy", "name": "Privacy"},
            {"id": "database", "name": "Database"},
            {"id": "data", "name": "Data"},
        ]),
        json!([]),
    );
    let hits = index.search("data", "en", 10);
    assert_eq!(ids(&hits), vec!["data", "database", "open-data", "metadata", "dada"]);
    let tiers: Vec<Tier> = hits.iter().map(|h| h.tier).collect();
    assert_eq!(tiers, vec![Tier::Exact, Tier::Prefix, Tier::WordPrefix, Tier::Substring, Tier::Fuzzy]);
}

#[test]
fn acronyms_come_before_names_within_a_tier() {
    let index = index(
        json!([]),
        json!([
            {"id": "abacus", "name": "Abacus Foundation"},
            {"id": "zed", "name": "Zed", "acronym": "ABA"},
        ]),
    );
    let hits = index.search("ab", "en", 10);
    assert_eq!(ids(&hits), vec!["zed", "abacus"]);
    assert_eq!(hits[0].matched, "ABA");
}

#[test]
fn the_current_language_comes_first() {
    let index = index(
        json!([]),
        json!([
            {"id": "a-org", "name": {"en": "River Trust", "fr": "Fiducie"}},
            {"id": "b-org", "name": {"en": "Fleuve", "fr": "River Co"}},
        ]),
    );
    assert_eq!(ids(&index.search("river", "en", 10)), vec!["a-org", "b-org"]);
    assert_eq!(ids(&index.search("river", "fr", 10)), vec!["b-org", "a-org"]);
}

#[test]
fn shorter_names_come_first_and_ties_go_by_id() {
    let index = index(
        json!([
            {"id": "water-b", "name": "Water"},
            {"id": "water-long", "name": "Water and sanitation"},
            {"id": "water-a", "name": "Water"},
        ]),
        json!([]),
    );
    let first = index.search("wat", "en", 10);
    assert_eq!(ids(&first), vec!["water-a", "water-b", "water-long"]);
    assert_eq!(first, index.search("wat", "en", 10));
}

#[test]
fn word_boundaries_include_hyphens_apostrophes_and_brackets() {
    let index = index(
        json!([]),
        json!([
            {"id": "icrc", "name": "Comité international de la Croix-Rouge"},
            {"id": "obs", "name": "Groupe sur l’observation (GEO)"},
        ]),
    );
    assert_eq!(index.search("rouge", "fr", 10)[0].tier, Tier::WordPrefix);
    assert_eq!(index.search("croix rouge", "fr", 10)[0].tier, Tier::WordPrefix);
    assert_eq!(index.search("observ", "fr", 10)[0].tier, Tier::WordPrefix);
    assert_eq!(index.search("l'observation", "fr", 10)[0].tier, Tier::WordPrefix);
    assert_eq!(index.search("geo", "fr", 10)[0].tier, Tier::WordPrefix);
}

#[test]
fn an_empty_or_blank_query_finds_nothing() {
    let index = small();
    for query in ["", "   ", " - ", "\t\n"] {
        assert!(index.search(query, "en", 10).is_empty(), "{query:?}");
        assert!(index.matching_ids(query).is_empty(), "{query:?}");
    }
}

#[test]
fn every_word_of_a_query_must_match() {
    let index = small();
    assert_eq!(ids(&index.search("data health", "en", 10)), vec!["health-data"]);
    assert_eq!(ids(&index.search("red cross", "en", 10)), vec!["icrc"]);
    assert!(index.search("red banana", "en", 10).is_empty());
}

#[test]
fn the_limit_is_respected() {
    let index = small();
    let all = index.search("a", "en", 100);
    assert!(all.len() > 3);
    assert_eq!(index.search("a", "en", 3), all[..3]);
    assert!(index.search("a", "en", 0).is_empty());
}

#[test]
fn matching_ids_are_sorted_and_agree_with_search() {
    let index = small();
    let matching = index.matching_ids("data");
    assert_eq!(matching, vec!["data-protection", "health-data", "humanitarian-data"]);
    let mut searched: Vec<String> = index.search("data", "fr", 100).into_iter().map(|h| h.id).collect();
    searched.sort();
    assert_eq!(matching, searched);
}

#[test]
fn the_real_dataset_ranks_acronyms_and_names_sensibly() {
    let ds: Dataset = serde_json::from_str(include_str!("../../public/data/geneva.json")).unwrap();
    let index = SearchIndex::new(&ds);
    assert_eq!(index.search("omc", "fr", 5)[0].id, "wto");
    assert_eq!(index.search("oms", "en", 5)[0].id, "who");
    assert_eq!(ids(&index.search("croix rouge", "fr", 5)), vec!["icrc", "ifrc"]);
    let un = index.search("un", "en", 3);
    assert_eq!(ids(&un), vec!["unep", "unog", "undrr"], "4-letter acronyms first, then 5-letter ones by id");
    assert!(un.iter().all(|h| h.tier == Tier::Prefix));
    let santé = index.search("santé", "fr", 5);
    assert_eq!(ids(&santé), vec!["health-data", "who"]);
}

#[test]
fn an_index_of_twenty_thousand_organisations_answers_prefixes_and_typos() {
    let words = ["Health", "Trade", "Climate", "Data", "Peace", "Labour", "Migration", "Science"];
    let orgs: Vec<Value> = (0..20_000)
        .map(|i| {
            let word = words[i % words.len()];
            json!({"id": format!("org-{i:05}"), "name": format!("Geneva {word} Institute {i}"),
                   "acronym": format!("G{}I{i}", &word[..1])})
        })
        .collect();
    let index = index(json!([]), json!(orgs));
    let hits = index.search("gdi1235", "en", 5);
    assert_eq!((hits[0].id.as_str(), hits[0].tier), ("org-01235", Tier::Exact));
    assert_eq!(index.matching_ids("climate institute 77").len(), 60);
    assert_eq!(index.search("migraton", "en", 3).iter().map(|h| h.tier).collect::<Vec<_>>(), vec![Tier::Fuzzy; 3]);
}
