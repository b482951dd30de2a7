//! An index over a validated dataset: nodes (topics first, then organisations, in file order),
//! edges (one per link), sorted adjacency, degrees, category colours and node sizes. Pure and deterministic.

use rustc_hash::FxHashMap;

use crate::model::Dataset;

/// Whether a node is a topic or an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    /// A data topic (a hub of the map).
    Topic,
    /// An organisation.
    Org,
}

impl NodeKind {
    /// `topic` or `org`, as in URLs and embed messages.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Topic => "topic",
            NodeKind::Org => "org",
        }
    }
}

/// One node of the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The topic's or organisation's id.
    pub id: String,
    /// Topic or organisation.
    pub kind: NodeKind,
    /// Its index in `topics` or `organisations`.
    pub index: usize,
    /// The index of its category (topics) or organisation type (organisations), if any.
    pub group: Option<usize>,
    /// How many links it has.
    pub degree: u32,
}

/// The graph of a dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Graph {
    /// All nodes: topics first, then organisations.
    pub nodes: Vec<Node>,
    /// One edge per link, `(organisation node, topic node)`, in link order.
    pub edges: Vec<(u32, u32)>,
    offsets: Vec<u32>,
    targets: Vec<u32>,
    by_id: FxHashMap<String, u32>,
    /// The dataset's colours by category index (`#rrggbb`), with a fallback for missing ones;
    /// [`crate::look::NodeStyles`] makes them legible on the map's background.
    pub category_colors: Vec<String>,
}

/// The colour of topics without a category, or of a category without a colour.
pub const FALLBACK_COLOR: &str = "#6b7785";

impl Graph {
    /// Indexes a (validated) dataset. Links to unknown ids are skipped, never a panic.
    pub fn new(ds: &Dataset) -> Graph {
        let cats: FxHashMap<&str, usize> =
            ds.categories.iter().flatten().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
        let types: FxHashMap<&str, usize> =
            ds.org_types.iter().flatten().enumerate().map(|(i, t)| (t.id.as_str(), i)).collect();
        let mut nodes = Vec::with_capacity(ds.topics.len() + ds.organisations.len());
        for (index, t) in ds.topics.iter().enumerate() {
            let group = t.category.as_ref().and_then(|c| cats.get(c.as_str()).copied());
            nodes.push(Node { id: t.id.0.clone(), kind: NodeKind::Topic, index, group, degree: 0 });
        }
        for (index, o) in ds.organisations.iter().enumerate() {
            let group = o.org_type.as_ref().and_then(|c| types.get(c.as_str()).copied());
            nodes.push(Node { id: o.id.0.clone(), kind: NodeKind::Org, index, group, degree: 0 });
        }
        let by_id: FxHashMap<String, u32> = nodes.iter().enumerate().map(|(i, n)| (n.id.clone(), i as u32)).collect();
        let edges: Vec<(u32, u32)> = ds
            .links
            .iter()
            .filter_map(|l| Some((*by_id.get(l.org.as_str())?, *by_id.get(l.topic.as_str())?)))
            .filter(|(a, b)| a != b)
            .collect();
        let mut lists: Vec<Vec<u32>> = vec![Vec::new(); nodes.len()];
        for &(a, b) in &edges {
            lists[a as usize].push(b);
            lists[b as usize].push(a);
        }
        let mut offsets = Vec::with_capacity(nodes.len() + 1);
        let mut targets = Vec::with_capacity(edges.len() * 2);
        offsets.push(0);
        for (i, list) in lists.iter_mut().enumerate() {
            list.sort_unstable();
            list.dedup();
            nodes[i].degree = list.len() as u32;
            targets.extend_from_slice(list);
            offsets.push(targets.len() as u32);
        }
        let color = |c: Option<&String>| c.cloned().map(expand_hex).unwrap_or_else(|| FALLBACK_COLOR.to_owned());
        let category_colors = ds.categories.iter().flatten().map(|c| color(c.color.as_ref())).collect();
        Graph { nodes, edges, offsets, targets, by_id, category_colors }
    }

    /// The number of nodes.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the graph has no nodes.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// The linked nodes of node `i`, sorted by node index.
    pub fn neighbors(&self, i: u32) -> &[u32] {
        let (Some(&a), Some(&b)) = (self.offsets.get(i as usize), self.offsets.get(i as usize + 1)) else {
            return &[];
        };
        &self.targets[a as usize..b as usize]
    }

    /// The node with this id.
    pub fn node_by_id(&self, id: &str) -> Option<u32> {
        self.by_id.get(id).copied()
    }

    /// The node for a topic (`org == false`) or organisation index in the dataset.
    pub fn node_of(&self, kind: NodeKind, index: usize) -> Option<u32> {
        let topics = self.nodes.iter().take_while(|n| n.kind == NodeKind::Topic).count();
        let i = match kind {
            NodeKind::Topic if index < topics => index,
            NodeKind::Org if topics + index < self.nodes.len() => topics + index,
            _ => return None,
        };
        Some(i as u32)
    }

    /// The dataset's colour of node `i`'s category: a topic's, else [`FALLBACK_COLOR`]
    /// (organisations are told apart by shape, not colour; see [`crate::look::NodeStyles`]).
    pub fn category_color(&self, i: u32) -> &str {
        let Some(n) = self.nodes.get(i as usize).filter(|n| n.kind == NodeKind::Topic) else { return FALLBACK_COLOR };
        n.group.and_then(|g| self.category_colors.get(g)).map(String::as_str).unwrap_or(FALLBACK_COLOR)
    }

    /// The radius of node `i` in layout units: topics are hubs, and size grows with degree.
    pub fn radius(&self, i: u32) -> f64 {
        let Some(n) = self.nodes.get(i as usize) else { return 0.0 };
        let d = f64::from(n.degree);
        match n.kind {
            NodeKind::Topic => 9.0 + 1.6 * d.sqrt(),
            NodeKind::Org => 4.0 + 1.2 * d.sqrt(),
        }
    }
}

/// `#abc` → `#aabbcc`; other strings unchanged.
fn expand_hex(c: String) -> String {
    if c.len() == 4 && c.starts_with('#') {
        let mut out = String::from("#");
        for ch in c.chars().skip(1) {
            out.push(ch);
            out.push(ch);
        }
        out
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Graph {
        let ds: Dataset = serde_json::from_str(include_str!("../tests/fixtures/small.json")).expect("small.json");
        Graph::new(&ds)
    }

    #[test]
    fn topics_come_first_and_ids_resolve() {
        let g = small();
        assert_eq!(g.len(), 8);
        assert!(g.nodes[..5].iter().all(|n| n.kind == NodeKind::Topic));
        let who = g.node_by_id("who").expect("who");
        assert_eq!(g.nodes[who as usize].kind, NodeKind::Org);
        assert_eq!(
            g.node_of(NodeKind::Org, 0).map(|i| g.nodes[i as usize].id.as_str()),
            g.nodes.get(5).map(|n| n.id.as_str())
        );
    }

    #[test]
    fn adjacency_is_sorted_symmetric_and_counts_degrees() {
        let g = small();
        for i in 0..g.len() as u32 {
            let ns = g.neighbors(i);
            assert!(ns.windows(2).all(|w| w[0] < w[1]));
            assert_eq!(ns.len() as u32, g.nodes[i as usize].degree);
            for &j in ns {
                assert!(g.neighbors(j).contains(&i));
            }
        }
        let ai = g.node_by_id("artificial-intelligence").unwrap();
        assert_eq!(g.nodes[ai as usize].degree, 2);
    }

    #[test]
    fn colours_come_from_categories_only() {
        let g = small();
        let t = g.node_by_id("health-data").unwrap();
        assert!(g.category_color(t).starts_with('#') && g.category_color(t).len() == 7);
        assert_eq!(g.category_color(g.node_by_id("who").unwrap()), FALLBACK_COLOR);
        assert_eq!(g.category_color(9999), FALLBACK_COLOR);
        assert!(g.radius(t) > g.radius(g.node_by_id("who").unwrap()) - 10.0);
    }
}
