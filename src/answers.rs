//! Answers to a visitor's questions about the graph, as plain sorted values: who else works on
//! the same topics as an organisation (and which topics share organisations with a topic),
//! which nodes are in focus around one (its neighbours, or two links deep), and how two nodes are
//! connected (what they share, or the shortest paths between them); and the sentences that say
//! them in English and French ([`sentences`]).
//!
//! Every answer takes the filters' `hidden` flags as a slice of one `bool` per graph node (the
//! map model's and the scene's form); a missing entry counts as shown, so `&[]` hides nothing.
//! Names are compared as search compares them: folded ([`crate::text::fold`]: no case, no
//! accents) in the language asked for, then by id, so every order is total and deterministic.

mod connect;
mod emphasis;
mod focus;
mod grammar;
mod paths;
mod peers;
pub mod sentences;
#[cfg(test)]
mod tests;

use crate::graph::{Graph, NodeKind};
use crate::model::Dataset;
use crate::text::fold;

pub use crate::i18n::{number, NARROW_NBSP};
pub use connect::{connections, link_index, ConnectError, Connections, Path, MAX_PATHS, MAX_STEPS};
pub use emphasis::{emphasis, Asked};
pub use focus::{focus, Depth};
pub use peers::{peers, Peer};

/// Whether node `i` is hidden by the filters (missing entries are shown).
fn is_hidden(hidden: &[bool], i: u32) -> bool {
    hidden.get(i as usize).copied().unwrap_or(false)
}

/// The name of graph node `i` in `lang` (empty for a node the dataset does not have).
pub fn node_name<'a>(ds: &'a Dataset, g: &Graph, i: u32, lang: &str) -> &'a str {
    let Some(n) = g.nodes.get(i as usize) else { return "" };
    let name = match n.kind {
        NodeKind::Topic => ds.topics.get(n.index).map(|t| &t.name),
        NodeKind::Org => ds.organisations.get(n.index).map(|o| &o.name),
    };
    name.map(|t| t.get(lang)).unwrap_or("")
}

/// The key that orders nodes by name: the folded name in `lang`, then the id.
fn name_key(ds: &Dataset, g: &Graph, i: u32, lang: &str) -> (String, String) {
    let id = g.nodes.get(i as usize).map(|n| n.id.clone()).unwrap_or_default();
    (fold(node_name(ds, g, i, lang)), id)
}

/// Sorts nodes by [`name_key`], each key computed once.
fn sort_by_name(ds: &Dataset, g: &Graph, nodes: &mut [u32], lang: &str) {
    crate::sort::sort_by_cached_key(nodes, |&i| name_key(ds, g, i, lang));
}

/// The ids of `nodes`, in their order.
fn ids(g: &Graph, nodes: &[u32]) -> Vec<String> {
    nodes.iter().filter_map(|&i| g.nodes.get(i as usize)).map(|n| n.id.clone()).collect()
}
