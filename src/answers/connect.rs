//! How two nodes are connected: for two organisations, the topics both work on and those only
//! one works on (for two topics, the organisations); and when they share nothing, the shortest
//! paths between them, of at most [`MAX_STEPS`] links.

use super::paths::shortest_paths;
use super::{ids, is_hidden, sort_by_name};
use crate::graph::{Graph, NodeKind};
use crate::model::Dataset;

/// The longest path looked for, in links.
pub const MAX_STEPS: u8 = 4;
/// The most paths returned.
pub const MAX_PATHS: usize = 5;

/// Why two ids cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConnectError {
    /// Both ids are the same node.
    #[error("\"{0}\" is compared with itself; choose another topic or organisation")]
    Same(String),
    /// An id that names no topic or organisation of the dataset.
    #[error("there is no topic or organisation with the id \"{0}\"")]
    Unknown(String),
}

/// One path between the two nodes: its nodes' ids from `a` to `b`, and its links.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path {
    /// The ids of its nodes, from `a` to `b` (one more than its links).
    pub nodes: Vec<String>,
    /// Its links, one per step, as `(organisation id, topic id)`: see [`link_index`].
    pub links: Vec<(String, String)>,
}

impl Path {
    /// Its length in links.
    pub fn steps(&self) -> usize {
        self.links.len()
    }
}

/// How nodes `a` and `b` are connected (see [`connections`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Connections {
    /// The first node's id.
    pub a: String,
    /// The second node's id.
    pub b: String,
    /// For two nodes of the same kind, their shared neighbours (both link them), by name.
    pub shared: Vec<String>,
    /// For two nodes of the same kind, the neighbours only `a` links, by name.
    pub only_a: Vec<String>,
    /// For two nodes of the same kind, the neighbours only `b` links, by name.
    pub only_b: Vec<String>,
    /// When they share no neighbour: the shortest paths between them, all of the same length, at
    /// most [`MAX_PATHS`], in the order of [`connections`]; empty when none is at most
    /// [`MAX_STEPS`] links long.
    pub paths: Vec<Path>,
}

impl Connections {
    /// The distance between them in links: 2 when they share a neighbour, else the length of the
    /// paths; `None` when nothing connects them within [`MAX_STEPS`].
    pub fn steps(&self) -> Option<usize> {
        if self.shared.is_empty() {
            self.paths.first().map(Path::steps)
        } else {
            Some(2)
        }
    }
}

/// How the nodes with ids `a` and `b` are connected, names compared in `lang`.
///
/// For two organisations (or two topics): the neighbours both link (`shared`) and those only one
/// links (`only_a`, `only_b`), each by folded name then id. When they share none (and always for
/// an organisation and a topic), the shortest paths between them, all of the same length, at most
/// [`MAX_PATHS`] of them and at most [`MAX_STEPS`] links long. Paths are ordered by the sequence of
/// their nodes' folded names, compared node by node; paths with the same names by the sequence of
/// their ids. Nodes that `hidden` flags are neither listed nor walked through (`a` and `b` are
/// answered for even when hidden).
///
/// ```
/// use datamap::answers::{connections, ConnectError};
/// let ds: datamap::model::Dataset = serde_json::from_str(r#"{"version": 1,
///     "topics": [{"id": "health", "name": "Health"}, {"id": "trade", "name": "Trade"}],
///     "organisations": [{"id": "who", "name": "WHO"}, {"id": "wto", "name": "WTO"}, {"id": "ilo", "name": "ILO"}],
///     "links": [{"org": "who", "topic": "health"}, {"org": "wto", "topic": "trade"}, {"org": "ilo", "topic": "health"},
///               {"org": "ilo", "topic": "trade"}]}"#).unwrap();
/// let g = datamap::graph::Graph::new(&ds);
/// let c = connections(&ds, &g, "who", "wto", "en", &[]).unwrap();
/// assert_eq!(c.paths[0].nodes, ["who", "health", "ilo", "trade", "wto"]);
/// assert_eq!(c.paths[0].links[1], ("ilo".to_owned(), "health".to_owned()));
/// assert_eq!(connections(&ds, &g, "who", "ilo", "en", &[]).unwrap().shared, ["health"]);
/// assert_eq!(connections(&ds, &g, "who", "who", "en", &[]), Err(ConnectError::Same("who".into())));
/// ```
pub fn connections(
    ds: &Dataset,
    g: &Graph,
    a: &str,
    b: &str,
    lang: &str,
    hidden: &[bool],
) -> Result<Connections, ConnectError> {
    let node = |id: &str| g.node_by_id(id).ok_or_else(|| ConnectError::Unknown(id.to_owned()));
    let (na, nb) = (node(a)?, node(b)?);
    if na == nb {
        return Err(ConnectError::Same(a.to_owned()));
    }
    let mut c = Connections { a: a.to_owned(), b: b.to_owned(), ..Connections::default() };
    if g.nodes[na as usize].kind == g.nodes[nb as usize].kind {
        let shown = |i: u32| g.neighbors(i).iter().copied().filter(|&j| !is_hidden(hidden, j));
        let (of_a, of_b) = (g.neighbors(na), g.neighbors(nb));
        let by_name = |mut nodes: Vec<u32>| {
            sort_by_name(ds, g, &mut nodes, lang);
            ids(g, &nodes)
        };
        c.shared = by_name(shown(na).filter(|j| of_b.binary_search(j).is_ok()).collect());
        c.only_a = by_name(shown(na).filter(|j| of_b.binary_search(j).is_err()).collect());
        c.only_b = by_name(shown(nb).filter(|j| of_a.binary_search(j).is_err()).collect());
    }
    if c.shared.is_empty() {
        let found = shortest_paths(ds, g, (na, nb), lang, hidden, MAX_STEPS, MAX_PATHS);
        c.paths = found.iter().map(|p| path(g, p)).collect();
    }
    Ok(c)
}

/// A path of node indices as ids and `(organisation, topic)` links.
fn path(g: &Graph, nodes: &[u32]) -> Path {
    let links = nodes
        .windows(2)
        .map(|w| {
            let (x, y) = (&g.nodes[w[0] as usize], &g.nodes[w[1] as usize]);
            if x.kind == NodeKind::Org {
                (x.id.clone(), y.id.clone())
            } else {
                (y.id.clone(), x.id.clone())
            }
        })
        .collect();
    Path { nodes: ids(g, nodes), links }
}

/// The index in `ds.links` of the link between organisation `org` and topic `topic`, for its
/// summary and sources. A linear scan: call it for the few links an answer shows.
///
/// ```
/// let ds: datamap::model::Dataset = serde_json::from_str(r#"{"version": 1,
///     "topics": [{"id": "health", "name": "Health"}], "organisations": [{"id": "who", "name": "WHO"}],
///     "links": [{"org": "who", "topic": "health"}]}"#).unwrap();
/// assert_eq!(datamap::answers::link_index(&ds, "who", "health"), Some(0));
/// assert_eq!(datamap::answers::link_index(&ds, "health", "who"), None);
/// ```
pub fn link_index(ds: &Dataset, org: &str, topic: &str) -> Option<usize> {
    ds.links.iter().position(|l| l.org.as_str() == org && l.topic.as_str() == topic)
}
