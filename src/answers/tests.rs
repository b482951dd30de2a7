//! Tests of [`super`] on a small hand-made graph whose answers are known: ranking, ties by folded
//! name then id, languages, and hidden nodes.

use serde_json::json;

use super::*;

/// Topics `t-a` (Summer / Été), `t-b` (apple / Pomme), `t-c` (Banana / Banane), `t-d`; the
/// organisations are linked so that `o-1`'s peers have 3, 2, 2, 1, 1 and 0 topics in common.
pub(super) fn fixture() -> (Dataset, Graph) {
    let topic = |id: &str, en: &str, fr: &str| json!({"id": id, "name": {"en": en, "fr": fr}});
    let org = |id: &str, name: &str| json!({"id": id, "name": name});
    let links = [
        ("o-1", "t-a"),
        ("o-1", "t-b"),
        ("o-1", "t-c"),
        ("o-2", "t-a"),
        ("o-2", "t-b"),
        ("o-3", "t-b"),
        ("o-3", "t-c"),
        ("o-4", "t-c"),
        ("o-5", "t-d"),
        ("o-6", "t-a"),
        ("o-6", "t-b"),
        ("o-6", "t-c"),
        ("o-7", "t-a"),
    ];
    let ds = json!({
        "version": 1,
        "topics": [
            topic("t-a", "Summer", "Été"),
            topic("t-b", "apple", "Pomme"),
            topic("t-c", "Banana", "Banane"),
            topic("t-d", "Dates", "Dattes"),
        ],
        "organisations": [
            org("o-1", "WHO"),
            org("o-2", "Éclair"),
            org("o-3", "eclair"),
            org("o-4", "apple co"),
            org("o-5", "Beta"),
            org("o-6", "Aardvark"),
            org("o-7", "Zebra"),
        ],
        "links": links.iter().map(|(o, t)| json!({"org": o, "topic": t})).collect::<Vec<_>>(),
    });
    let ds: Dataset = serde_json::from_value(ds).expect("the fixture is a dataset");
    let g = Graph::new(&ds);
    (ds, g)
}

/// One `bool` per node, `true` for the ids given.
pub(super) fn hide(g: &Graph, ids: &[&str]) -> Vec<bool> {
    let mut hidden = vec![false; g.len()];
    for id in ids {
        hidden[g.node_by_id(id).expect("a fixture id") as usize] = true;
    }
    hidden
}

fn summary(peers: &[Peer]) -> Vec<(&str, Vec<&str>)> {
    peers.iter().map(|p| (p.id.as_str(), p.shared.iter().map(String::as_str).collect())).collect()
}

#[test]
fn peers_rank_by_shared_topics_then_folded_name_then_id() {
    let (ds, g) = fixture();
    assert_eq!(
        summary(&peers(&ds, &g, "o-1", "en", &[], 9)),
        [
            ("o-6", vec!["t-b", "t-c", "t-a"]),
            ("o-2", vec!["t-b", "t-a"]),
            ("o-3", vec!["t-b", "t-c"]),
            ("o-4", vec!["t-c"]),
            ("o-7", vec!["t-a"]),
        ],
        "Éclair and eclair fold alike, so the id decides; apple co comes before Zebra, whatever the case"
    );
}

#[test]
fn shared_topics_follow_the_folded_names_of_the_language() {
    let (ds, g) = fixture();
    let fr = peers(&ds, &g, "o-1", "fr", &[], 9);
    assert_eq!(fr[0].shared, ["t-c", "t-a", "t-b"], "Banane, Été, Pomme: the accent does not push Été last");
}

#[test]
fn an_organisation_sharing_no_topic_is_left_out() {
    let (ds, g) = fixture();
    let all = peers(&ds, &g, "o-1", "en", &[], 9);
    assert!(all.iter().all(|p| p.id != "o-5" && p.id != "o-1"));
    assert_eq!(peers(&ds, &g, "o-5", "en", &[], 9), []);
    assert_eq!(peers(&ds, &g, "nobody", "en", &[], 9), []);
}

#[test]
fn related_topics_rank_by_shared_organisations() {
    let (ds, g) = fixture();
    assert_eq!(
        summary(&peers(&ds, &g, "t-b", "en", &[], 9)),
        [("t-c", vec!["o-6", "o-3", "o-1"]), ("t-a", vec!["o-6", "o-2", "o-1"])],
        "Banana before Summer; within each, Aardvark, then the Éclair pair by id, then WHO"
    );
}

#[test]
fn hidden_nodes_are_neither_ranked_nor_counted() {
    let (ds, g) = fixture();
    let hidden = hide(&g, &["o-6", "t-c"]);
    assert_eq!(
        summary(&peers(&ds, &g, "o-1", "en", &hidden, 9)),
        [("o-2", vec!["t-b", "t-a"]), ("o-3", vec!["t-b"]), ("o-7", vec!["t-a"])]
    );
    assert_eq!(summary(&peers(&ds, &g, "t-b", "en", &hidden, 9)), [("t-a", vec!["o-2", "o-1"])]);
}

fn focused(g: &Graph, on: &[bool]) -> Vec<String> {
    let mut ids: Vec<String> = (0..g.len()).filter(|&i| on[i]).map(|i| g.nodes[i].id.clone()).collect();
    ids.sort();
    ids
}

#[test]
fn depth_one_is_the_node_and_its_neighbours_as_the_map_focused_so_far() {
    let (_, g) = fixture();
    for node in 0..g.len() as u32 {
        let mut near = vec![false; g.len()];
        near[node as usize] = true;
        for &j in g.neighbors(node) {
            near[j as usize] = true;
        }
        assert_eq!(focus(&g, node, Depth::One, &[]), near, "{}", g.nodes[node as usize].id);
    }
}

#[test]
fn depth_two_adds_the_neighbours_of_the_neighbours() {
    let (_, g) = fixture();
    let o1 = g.node_by_id("o-1").unwrap();
    assert_eq!(
        focused(&g, &focus(&g, o1, Depth::Two, &[])),
        ["o-1", "o-2", "o-3", "o-4", "o-6", "o-7", "t-a", "t-b", "t-c"],
        "o-5 and t-d are out of reach"
    );
    let o5 = g.node_by_id("o-5").unwrap();
    assert_eq!(focused(&g, &focus(&g, o5, Depth::Two, &[])), ["o-5", "t-d"]);
}

#[test]
fn the_focus_does_not_reach_through_hidden_nodes() {
    let (_, g) = fixture();
    let o1 = g.node_by_id("o-1").unwrap();
    let hidden = hide(&g, &["t-c", "o-1"]);
    assert_eq!(
        focused(&g, &focus(&g, o1, Depth::Two, &hidden)),
        ["o-1", "o-2", "o-3", "o-6", "o-7", "t-a", "t-b"],
        "o-4 works only on the hidden t-c; the hidden subject stays in focus"
    );
    assert_eq!(focus(&g, 999, Depth::Two, &[]), vec![false; g.len()]);
}

mod connect;
mod large;
mod sentences;

#[test]
fn peers_name_only_their_first_shared_neighbours_and_count_them_all() {
    let (ds, g) = fixture();
    let two = peers(&ds, &g, "o-1", "en", &[], 2);
    assert_eq!(
        (two[0].id.as_str(), two[0].count(), two[0].shared.clone()),
        ("o-6", 3, vec!["t-b".into(), "t-c".into()])
    );
    let none = peers(&ds, &g, "o-1", "en", &[], 0);
    assert_eq!(none[0].shared, ["t-b"], "a peer names at least one shared neighbour");
    assert_eq!(summary(&none).len(), summary(&two).len());
}
