//! Baking: running the seeded layout once, offline, and writing the positions into the dataset,
//! so the map opens with no layout run at all. The browser builds the same request, so a baked
//! file and a live layout agree.

use crate::graph::{Graph, NodeKind};
use crate::layout::{Layout, LayoutNode, LayoutRequest};
use crate::model::Dataset;

/// The seed of every layout, so every visitor and every bake sees the same map.
pub const LAYOUT_SEED: u64 = 0x6765_6e65_7661;
/// The most ticks a bake runs.
pub const BAKE_TICKS: u32 = 600;

/// The baked positions of the graph's nodes, where the dataset has usable ones.
pub fn baked(ds: &Dataset, graph: &Graph) -> Vec<Option<[f64; 2]>> {
    graph
        .nodes
        .iter()
        .map(|n| ds.positions.get(&n.id).copied().filter(|p| p[0].is_finite() && p[1].is_finite()))
        .collect()
}

/// Whether every topic and organisation has a usable baked position, so its map needs no layout.
///
/// ```
/// let mut ds: datamap::model::Dataset = serde_json::from_str(
///     r#"{"version": 1, "topics": [{"id": "t", "name": "T"}], "organisations": [], "links": []}"#,
/// ).unwrap();
/// assert!(!datamap::bake::fully_placed(&ds));
/// datamap::bake::bake(&mut ds);
/// assert!(datamap::bake::fully_placed(&ds));
/// ```
pub fn fully_placed(ds: &Dataset) -> bool {
    let ids = ds.topics.iter().map(|t| &t.id).chain(ds.organisations.iter().map(|o| &o.id));
    ds.positions.len() >= ds.topics.len() + ds.organisations.len()
        && ids.into_iter().all(|id| ds.positions.get(id.as_str()).is_some_and(|p| p[0].is_finite() && p[1].is_finite()))
}

/// The layout request for a graph: radii by degree, topics grouped by category (organisations by
/// type, in a separate range of groups), baked positions fixed.
pub fn layout_request(graph: &Graph, fixed: &[Option<[f64; 2]>]) -> LayoutRequest {
    let nodes = (0..graph.len())
        .map(|i| {
            let node = &graph.nodes[i];
            let offset = if node.kind == NodeKind::Topic { 0 } else { 1 << 16 };
            LayoutNode {
                radius: graph.radius(i as u32),
                group: node.group.map(|g| g as u32 + offset),
                fixed: fixed.get(i).copied().flatten(),
            }
        })
        .collect();
    LayoutRequest { nodes, edges: graph.edges.clone(), seed: LAYOUT_SEED }
}

/// Lays out every node that has no position and writes all positions (rounded to 0.1) into `ds`.
/// Returns how many nodes were placed.
pub fn bake(ds: &mut Dataset) -> usize {
    let graph = Graph::new(ds);
    let fixed = baked(ds, &graph);
    let placed = fixed.iter().filter(|p| p.is_none()).count();
    let positions = Layout::run(&layout_request(&graph, &fixed), BAKE_TICKS);
    ds.positions = graph
        .nodes
        .iter()
        .zip(positions)
        .map(|(n, [x, y])| (n.id.clone(), [(x * 10.0).round() / 10.0, (y * 10.0).round() / 10.0]))
        .collect();
    placed
}
