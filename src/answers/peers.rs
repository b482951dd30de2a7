//! Peers: for an organisation, the other organisations that work on its topics; for a topic, the
//! other topics its organisations work on ("related topics"). Ranked by how many neighbours they
//! share, most first; ties by name, then id.

use std::cmp::Reverse;

use super::{ids, is_hidden, name_key, sort_by_name};
use crate::graph::Graph;
use crate::model::Dataset;

/// A node that shares neighbours with the subject of [`peers`]: an organisation that works on
/// some of the same topics, or a topic that some of the same organisations work on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peer {
    /// The peer's id.
    pub id: String,
    /// The neighbours it shares with the subject (topics for organisations, organisations for
    /// topics), by folded name in the language, then id. Never empty.
    pub shared: Vec<String>,
}

impl Peer {
    /// How many neighbours it shares with the subject.
    pub fn count(&self) -> usize {
        self.shared.len()
    }
}

/// The peers of node `id` in language `lang`: every other node of its kind that shares at least
/// one shown neighbour with it, by shared count (descending), then folded name, then id.
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
/// let found = peers(&ds, &g, "ilo", "en", &[]);
/// assert_eq!(found.iter().map(|p| (p.id.as_str(), p.count())).collect::<Vec<_>>(), [("who", 1), ("wto", 1)]);
/// assert_eq!(peers(&ds, &g, "health", "en", &[])[0].shared, ["ilo"]);
/// ```
pub fn peers(ds: &Dataset, g: &Graph, id: &str, lang: &str, hidden: &[bool]) -> Vec<Peer> {
    let Some(subject) = g.node_by_id(id) else { return Vec::new() };
    // Walking the shared neighbours in name order makes every peer's list come out sorted.
    let mut middle: Vec<u32> = g.neighbors(subject).iter().copied().filter(|&m| !is_hidden(hidden, m)).collect();
    sort_by_name(ds, g, &mut middle, lang);
    const NONE: u32 = u32::MAX;
    let mut slot = vec![NONE; g.len()];
    let mut found: Vec<(u32, Vec<u32>)> = Vec::new();
    for &m in &middle {
        for &p in g.neighbors(m) {
            if p == subject || is_hidden(hidden, p) {
                continue;
            }
            let s = &mut slot[p as usize];
            if *s == NONE {
                *s = found.len() as u32;
                found.push((p, Vec::new()));
            }
            found[*s as usize].1.push(m);
        }
    }
    crate::sort::sort_by_cached_key(&mut found, |(p, shared)| (Reverse(shared.len()), name_key(ds, g, *p, lang)));
    found.into_iter().map(|(p, shared)| Peer { id: g.nodes[p as usize].id.clone(), shared: ids(g, &shared) }).collect()
}
