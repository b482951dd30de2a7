//! What the map brings forward for the question on screen: for a comparison, the two nodes and
//! what the panel shows of them (what they share, or the nodes of the shortest paths); for a
//! selection seen two links deep, that neighbourhood. A selection seen one link deep needs
//! nothing: the map's usual focus is its neighbours.

use super::{connections, focus, Depth};
use crate::graph::Graph;
use crate::model::Dataset;

/// The question on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked<'a> {
    /// Two nodes compared, by id.
    Compare(&'a str, &'a str),
    /// A node selected, by id, with the depth of its focus.
    Node(&'a str, Depth),
}

/// The nodes to bring forward, one flag per graph node; `None` when the map's usual focus (the
/// selection and its neighbours) is the answer, or the ids are unknown.
pub fn emphasis(ds: &Dataset, g: &Graph, asked: Asked, hidden: &[bool]) -> Option<Vec<bool>> {
    match asked {
        Asked::Node(_, Depth::One) => None,
        Asked::Node(id, depth) => g.node_by_id(id).map(|i| focus(g, i, depth, hidden)),
        Asked::Compare(a, b) => {
            // The order of the paths does not matter here: any language will do.
            let c = connections(ds, g, a, b, "en", hidden).ok()?;
            let mut on = vec![false; g.len()];
            let ids = [&c.a, &c.b].into_iter().chain(&c.shared).chain(c.paths.iter().flat_map(|p| &p.nodes));
            for i in ids.filter_map(|id| g.node_by_id(id)) {
                on[i as usize] = true;
            }
            Some(on)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> (Dataset, Graph) {
        let ds: Dataset = serde_json::from_str(include_str!("../../tests/fixtures/small.json")).expect("small.json");
        let g = Graph::new(&ds);
        (ds, g)
    }

    fn on_ids(g: &Graph, on: &[bool]) -> Vec<String> {
        let mut ids: Vec<String> = (0..g.len()).filter(|&i| on[i]).map(|i| g.nodes[i].id.clone()).collect();
        ids.sort();
        ids
    }

    #[test]
    fn one_link_deep_needs_no_emphasis_and_two_links_deep_is_the_focus() {
        let (ds, g) = small();
        let id = g.nodes[0].id.clone();
        assert_eq!(emphasis(&ds, &g, Asked::Node(&id, Depth::One), &[]), None);
        assert_eq!(emphasis(&ds, &g, Asked::Node(&id, Depth::Two), &[]), Some(focus(&g, 0, Depth::Two, &[])));
        assert_eq!(emphasis(&ds, &g, Asked::Node("no-such-node", Depth::Two), &[]), None);
    }

    #[test]
    fn a_comparison_brings_forward_both_nodes_and_what_they_share_or_their_paths() {
        let (ds, g) = small();
        let orgs: Vec<&str> = ds.organisations.iter().map(|o| o.id.as_str()).collect();
        for (i, a) in orgs.iter().enumerate() {
            for b in &orgs[i + 1..] {
                let c = connections(&ds, &g, a, b, "en", &[]).expect("two known organisations");
                let on = emphasis(&ds, &g, Asked::Compare(a, b), &[]).expect("an emphasis");
                let mut expected: Vec<String> = [a.to_string(), b.to_string()]
                    .into_iter()
                    .chain(c.shared.clone())
                    .chain(c.paths.iter().flat_map(|p| p.nodes.clone()))
                    .collect();
                expected.sort();
                expected.dedup();
                assert_eq!(on_ids(&g, &on), expected, "{a} and {b}");
            }
        }
        assert_eq!(emphasis(&ds, &g, Asked::Compare("who", "who"), &[]), None, "the same node twice");
    }
}
