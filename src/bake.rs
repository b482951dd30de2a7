//! Baking: running the seeded layout once, offline, and writing the positions into the dataset,
//! so the map opens with no layout run at all. The browser builds the same request
//! ([`crate::layout::layout_request`]), so a baked file and a live layout agree.

use crate::graph::Graph;
use crate::layout::{layout_request, Layout};
use crate::model::Dataset;

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
