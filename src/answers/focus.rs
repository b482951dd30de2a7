//! The nodes in focus around one node: the node and its neighbours (depth 1, the map's focus so
//! far), and at depth 2 their neighbours too. The map fades every other node.

use super::is_hidden;
use crate::graph::Graph;

/// How far the focus around a node reaches, in links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Depth {
    /// The node and its neighbours.
    #[default]
    One,
    /// The node, its neighbours and theirs.
    Two,
}

impl Depth {
    /// The number of links the focus reaches: 1 or 2.
    pub fn steps(self) -> u8 {
        match self {
            Depth::One => 1,
            Depth::Two => 2,
        }
    }

    /// The depth of `steps` links: 1 or 2, else `None`.
    ///
    /// ```
    /// use datamap::answers::Depth;
    /// assert_eq!(Depth::from_steps(2), Some(Depth::Two));
    /// assert_eq!(Depth::from_steps(3), None);
    /// ```
    pub fn from_steps(steps: u64) -> Option<Depth> {
        match steps {
            1 => Some(Depth::One),
            2 => Some(Depth::Two),
            _ => None,
        }
    }
}

/// One `bool` per graph node: whether it is in the focus of `node` at `depth`.
///
/// The node itself is always in focus (even when hidden); nodes that `hidden` flags are never in
/// focus and the focus does not reach through them. A node outside the graph focuses nothing.
///
/// ```
/// use datamap::answers::{focus, Depth};
/// let ds: datamap::model::Dataset = serde_json::from_str(r#"{"version": 1,
///     "topics": [{"id": "health", "name": "Health"}],
///     "organisations": [{"id": "who", "name": "WHO"}, {"id": "ilo", "name": "ILO"}],
///     "links": [{"org": "who", "topic": "health"}, {"org": "ilo", "topic": "health"}]}"#).unwrap();
/// let g = datamap::graph::Graph::new(&ds);
/// let who = g.node_by_id("who").unwrap();
/// assert_eq!(focus(&g, who, Depth::One, &[]), [true, true, false]);
/// assert_eq!(focus(&g, who, Depth::Two, &[]), [true, true, true]);
/// ```
pub fn focus(g: &Graph, node: u32, depth: Depth, hidden: &[bool]) -> Vec<bool> {
    let mut on = vec![false; g.len()];
    let Some(slot) = on.get_mut(node as usize) else { return on };
    *slot = true;
    let mut ring = vec![node];
    for _ in 0..depth.steps() {
        let mut next = Vec::new();
        for &i in &ring {
            for &j in g.neighbors(i) {
                if !on[j as usize] && !is_hidden(hidden, j) {
                    on[j as usize] = true;
                    next.push(j);
                }
            }
        }
        ring = next;
    }
    on
}
