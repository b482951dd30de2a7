//! The graph the panels' answers are computed on (peers, comparisons): built from the dataset on
//! first use and shared by every panel of that dataset, as the search index is, and by its map
//! (so a large dataset's graph is built once); and the filters' hidden ids as the answers'
//! `hidden` flags, one `bool` per node of that graph.

use std::sync::{Arc, OnceLock};

use crate::graph::Graph;
use crate::load::Loaded;

/// The graph of a dataset, built on first use.
pub struct LazyGraph {
    loaded: Arc<Loaded>,
    cell: OnceLock<Arc<Graph>>,
}

impl LazyGraph {
    /// The graph, built now if it was not yet.
    pub fn get(&self) -> &Graph {
        self.shared()
    }

    /// The graph, built now if it was not yet, to share (the map keeps it too).
    pub fn shared(&self) -> &Arc<Graph> {
        self.cell.get_or_init(|| Arc::new(Graph::new(&self.loaded.dataset)))
    }
}

thread_local! {
    static GRAPH: std::cell::RefCell<Option<Arc<LazyGraph>>> = const { std::cell::RefCell::new(None) };
}

/// The shared lazy graph of `loaded` (one per dataset: another dataset replaces it).
pub fn answer_graph(loaded: &Arc<Loaded>) -> Arc<LazyGraph> {
    GRAPH.with(|cell| {
        let mut cell = cell.borrow_mut();
        match cell.as_ref() {
            Some(graph) if Arc::ptr_eq(&graph.loaded, loaded) => graph.clone(),
            _ => {
                let graph = Arc::new(LazyGraph { loaded: loaded.clone(), cell: OnceLock::new() });
                *cell = Some(graph.clone());
                graph
            }
        }
    })
}

/// One `bool` per node of `g`: whether its id is among `hidden_ids` (the filters' hidden ids).
pub fn hidden_flags(g: &Graph, hidden_ids: &[String]) -> Vec<bool> {
    let mut flags = vec![false; g.len()];
    for i in hidden_ids.iter().filter_map(|id| g.node_by_id(id)) {
        flags[i as usize] = true;
    }
    flags
}
