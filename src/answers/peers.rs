//! Peers: for an organisation, the other organisations that work on its topics; for a topic, the
//! other topics its organisations work on ("related topics"). Ranked by how many neighbours they
//! share, most first; ties by name, then id.
//!
//! A hub of a large dataset has thousands of peers sharing thousands of neighbours, and a panel
//! names only a few of each peer's shared neighbours: so peers are counted in a flat array, and
//! only the first few shared neighbours of each (by name) are kept.

use std::cmp::Reverse;

use super::{is_hidden, name_key, sort_by_name};
use crate::graph::Graph;
use crate::model::Dataset;

/// A node that shares neighbours with the subject of [`peers`]: an organisation that works on
/// some of the same topics, or a topic that some of the same organisations work on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peer {
    /// The peer's id.
    pub id: String,
    /// How many neighbours it shares with the subject (topics for organisations, organisations
    /// for topics). At least 1.
    pub count: usize,
    /// The first shared neighbours, by folded name in the language, then id: at most the number
    /// [`peers`] was asked to name, and never empty.
    pub shared: Vec<String>,
}

impl Peer {
    /// How many neighbours it shares with the subject.
    pub fn count(&self) -> usize {
        self.count
    }
}

/// The peers of node `id` in language `lang`: every other node of its kind that shares at least
/// one shown neighbour with it, by shared count (descending), then folded name, then id; each
/// names its first `named` shared neighbours (at least one).
///
/// Nodes that `hidden` flags (one `bool` per graph node) are neither ranked nor counted as shared;
/// the subject itself is answered for even when hidden. An unknown id has no peers.
///
/// ```
/// use datamap::{answers::peers, graph::Graph, model::Dataset};
/// let ds: Dataset = serde_json::from_str(r#"{"version": 1,
///     "topics": [{"id": "health", "name": "Health"}, {"id": "trade", "name": "Trade"}],
///     "organisations": [{"id": "who", "name": "WHO"}, {"id": "wto", "name": "WTO"}, {"id": "ilo", "name": "ILO"}],
///     "links": [{"org": "who", "topic": "health"}, {"org": "wto", "topic": "trade"}, {"org": "ilo", "topic": "health"},
///               {"org": "ilo", "topic": "trade"}]}"#).unwrap();
/// let g = Graph::new(&ds);
/// let found = peers(&ds, &g, "ilo", "en", &[], 3);
/// assert_eq!(found.iter().map(|p| (p.id.as_str(), p.count())).collect::<Vec<_>>(), [("who", 1), ("wto", 1)]);
/// assert_eq!(peers(&ds, &g, "health", "en", &[], 3)[0].shared, ["ilo"]);
/// ```
pub fn peers(ds: &Dataset, g: &Graph, id: &str, lang: &str, hidden: &[bool], named: usize) -> Vec<Peer> {
    let Some(subject) = g.node_by_id(id) else { return Vec::new() };
    let named = named.max(1);
    // Walking the shared neighbours in name order gives every peer its first names in order.
    let mut middle: Vec<u32> = g.neighbors(subject).iter().copied().filter(|&m| !is_hidden(hidden, m)).collect();
    sort_by_name(ds, g, &mut middle, lang);
    const NONE: u32 = u32::MAX;
    let mut slot = vec![NONE; g.len()];
    // Per peer, in order of discovery: its node, its count, and its first `named` shared nodes.
    let mut found: Vec<(u32, usize)> = Vec::new();
    let mut first: Vec<u32> = Vec::new();
    for &m in &middle {
        for &p in g.neighbors(m) {
            if p == subject || is_hidden(hidden, p) {
                continue;
            }
            let s = &mut slot[p as usize];
            if *s == NONE {
                *s = found.len() as u32;
                found.push((p, 0));
                first.resize(first.len() + named, NONE);
            }
            let (at, count) = (*s as usize, &mut found[*s as usize].1);
            if *count < named {
                first[at * named + *count] = m;
            }
            *count += 1;
        }
    }
    let mut order: Vec<usize> = (0..found.len()).collect();
    crate::sort::sort_by_cached_key(&mut order, |&k| (Reverse(found[k].1), name_key(ds, g, found[k].0, lang)));
    order
        .into_iter()
        .map(|k| {
            let (p, count) = found[k];
            let shared = first[k * named..k * named + count.min(named)].iter();
            Peer {
                id: g.nodes[p as usize].id.clone(),
                count,
                shared: shared.map(|&m| g.nodes[m as usize].id.clone()).collect(),
            }
        })
        .collect()
}
