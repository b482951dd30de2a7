//! Connections between two nodes: what they share, the shortest paths, their order, the errors.

use serde_json::json;

use super::{fixture, hide};
use crate::answers::*;
use crate::graph::Graph;
use crate::model::Dataset;

fn nodes(c: &Connections) -> Vec<Vec<&str>> {
    c.paths.iter().map(|p| p.nodes.iter().map(String::as_str).collect()).collect()
}

/// A dataset from `(id, en name)` topics and organisations and `(org, topic)` links.
fn dataset(topics: &[(&str, &str)], orgs: &[(&str, &str)], links: &[(&str, &str)]) -> (Dataset, Graph) {
    let named =
        |list: &[(&str, &str)]| list.iter().map(|(id, name)| json!({"id": id, "name": name})).collect::<Vec<_>>();
    let ds = json!({
        "version": 1,
        "topics": named(topics),
        "organisations": named(orgs),
        "links": links.iter().map(|(o, t)| json!({"org": o, "topic": t})).collect::<Vec<_>>(),
    });
    let ds: Dataset = serde_json::from_value(ds).expect("a dataset");
    let g = Graph::new(&ds);
    (ds, g)
}

#[test]
fn two_organisations_sharing_topics_list_shared_and_own_topics_and_no_path() {
    let (ds, g) = fixture();
    let c = connections(&ds, &g, "o-1", "o-2", "en", &[]).unwrap();
    assert_eq!(c.shared, ["t-b", "t-a"]);
    assert_eq!(c.only_a, ["t-c"]);
    assert!(c.only_b.is_empty());
    assert_eq!((c.paths.len(), c.steps()), (0, Some(2)));
    let fr = connections(&ds, &g, "o-1", "o-2", "fr", &[]).unwrap();
    assert_eq!(fr.shared, ["t-a", "t-b"], "Été before Pomme in French");
}

#[test]
fn organisations_sharing_nothing_get_every_shortest_path_in_name_order() {
    let (ds, g) = fixture();
    let c = connections(&ds, &g, "o-2", "o-4", "en", &[]).unwrap();
    assert!(c.shared.is_empty());
    assert_eq!(c.only_a, ["t-b", "t-a"]);
    assert_eq!(c.only_b, ["t-c"]);
    assert_eq!(
        nodes(&c),
        [
            ["o-2", "t-b", "o-6", "t-c", "o-4"],
            ["o-2", "t-b", "o-3", "t-c", "o-4"],
            ["o-2", "t-b", "o-1", "t-c", "o-4"],
            ["o-2", "t-a", "o-6", "t-c", "o-4"],
            ["o-2", "t-a", "o-1", "t-c", "o-4"],
        ],
        "apple before Summer, then Aardvark, eclair, WHO"
    );
    assert_eq!(c.steps(), Some(4));
    let fr = connections(&ds, &g, "o-2", "o-4", "fr", &[]).unwrap();
    assert_eq!(nodes(&fr)[0], ["o-2", "t-a", "o-6", "t-c", "o-4"], "Été before Pomme in French");
}

#[test]
fn each_step_is_an_organisation_topic_link_of_the_dataset() {
    let (ds, g) = fixture();
    let c = connections(&ds, &g, "t-a", "o-4", "en", &[]).unwrap();
    assert_eq!(nodes(&c)[0], ["t-a", "o-6", "t-c", "o-4"]);
    let links: Vec<(&str, &str)> = c.paths[0].links.iter().map(|(o, t)| (o.as_str(), t.as_str())).collect();
    assert_eq!(links, [("o-6", "t-a"), ("o-6", "t-c"), ("o-4", "t-c")]);
    for (o, t) in &c.paths[0].links {
        let i = link_index(&ds, o, t).expect("a link of the dataset");
        assert_eq!((ds.links[i].org.as_str(), ds.links[i].topic.as_str()), (o.as_str(), t.as_str()));
    }
    let direct = connections(&ds, &g, "o-1", "t-a", "en", &[]).unwrap();
    assert_eq!(direct.paths[0].links, [("o-1".to_owned(), "t-a".to_owned())]);
    assert!(direct.shared.is_empty() && direct.only_a.is_empty(), "an organisation and a topic share nothing");
}

#[test]
fn hidden_nodes_are_not_walked_through() {
    let (ds, g) = fixture();
    let c = connections(&ds, &g, "o-2", "o-4", "en", &hide(&g, &["o-6", "t-b", "o-4"])).unwrap();
    assert_eq!(nodes(&c), [["o-2", "t-a", "o-1", "t-c", "o-4"]], "the hidden end itself is still answered for");
    assert_eq!(c.only_a, ["t-a"]);
    let shared = connections(&ds, &g, "o-1", "o-2", "en", &hide(&g, &["t-a", "t-b"])).unwrap();
    assert!(shared.shared.is_empty() && shared.paths.is_empty(), "nothing else joins them within four steps");
    assert_eq!(shared.steps(), None);
}

#[test]
fn nothing_within_four_steps_is_no_path_and_bad_ids_are_errors() {
    let (ds, g) = fixture();
    let c = connections(&ds, &g, "o-1", "o-5", "en", &[]).unwrap();
    assert_eq!((c.paths.len(), c.steps()), (0, None));
    assert_eq!(connections(&ds, &g, "o-1", "o-1", "en", &[]), Err(ConnectError::Same("o-1".into())));
    assert_eq!(connections(&ds, &g, "o-1", "nope", "en", &[]), Err(ConnectError::Unknown("nope".into())));
    assert_eq!(connections(&ds, &g, "nope", "nope", "en", &[]), Err(ConnectError::Unknown("nope".into())));
    let chain = dataset(
        &[("t1", "T1"), ("t2", "T2"), ("t3", "T3")],
        &[("a", "A"), ("b", "B"), ("c", "C"), ("d", "D")],
        &[("a", "t1"), ("b", "t1"), ("b", "t2"), ("c", "t2"), ("c", "t3"), ("d", "t3")],
    );
    let (ds, g) = (&chain.0, &chain.1);
    assert_eq!(connections(ds, g, "a", "c", "en", &[]).unwrap().steps(), Some(4));
    assert_eq!(connections(ds, g, "a", "t3", "en", &[]).unwrap().steps(), None, "five steps is too far");
    assert_eq!(connections(ds, g, "a", "d", "en", &[]).unwrap().steps(), None);
}

#[test]
fn paths_order_by_the_sequence_of_names_then_by_the_sequence_of_ids() {
    // Two organisations named "Middle": node by node, m-1 comes first, but the names after it
    // (Zoo) come after those of the paths through m-2 (Apple), and names decide before ids.
    let (ds, g) = dataset(
        &[("t1", "One"), ("t2", "Apple"), ("t3", "Zoo")],
        &[("s", "Start"), ("e", "End"), ("m-2", "Middle"), ("m-1", "middle")],
        &[
            ("s", "t1"),
            ("m-1", "t1"),
            ("m-2", "t1"),
            ("m-1", "t3"),
            ("m-1", "t2"),
            ("m-2", "t2"),
            ("e", "t2"),
            ("e", "t3"),
        ],
    );
    let c = connections(&ds, &g, "s", "e", "en", &[]).unwrap();
    assert_eq!(
        nodes(&c),
        [["s", "t1", "m-1", "t2", "e"], ["s", "t1", "m-2", "t2", "e"], ["s", "t1", "m-1", "t3", "e"]]
    );
}

#[test]
fn at_most_five_paths_are_kept_the_first_five() {
    let orgs: Vec<(String, String)> = (0..8).map(|i| (format!("m-{i}"), format!("Middle {}", 8 - i))).collect();
    let mut links = vec![("s".to_owned(), "t1".to_owned()), ("e".to_owned(), "t2".to_owned())];
    for (id, _) in &orgs {
        links.push((id.clone(), "t1".into()));
        links.push((id.clone(), "t2".into()));
    }
    let mut all: Vec<(&str, &str)> = orgs.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    all.extend([("s", "Start"), ("e", "End")]);
    let links: Vec<(&str, &str)> = links.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let (ds, g) = dataset(&[("t1", "T1"), ("t2", "T2")], &all, &links);
    let c = connections(&ds, &g, "s", "e", "en", &[]).unwrap();
    let middles: Vec<&str> = c.paths.iter().map(|p| p.nodes[2].as_str()).collect();
    assert_eq!(middles, ["m-7", "m-6", "m-5", "m-4", "m-3"], "Middle 1 to Middle 5");
}
