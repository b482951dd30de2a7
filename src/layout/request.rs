//! The layout request for the map's graph, built the same way by the live map and by a bake, so
//! a baked file and a live layout agree: radii by degree, topics grouped by category and
//! organisations by type, baked positions fixed, and one seed for everyone.

use super::{LayoutNode, LayoutRequest};
use crate::graph::{Graph, NodeKind};

/// The seed of every layout, so every visitor and every bake sees the same map.
pub const LAYOUT_SEED: u64 = 0x6765_6e65_7661;

/// The layout request for a graph: radii by degree, topics grouped by category (organisations by
/// type, in a separate range of groups), the positions in `fixed` (by node index) fixed.
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
