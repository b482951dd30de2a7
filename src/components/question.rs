//! The question on screen, kept consistent with the dataset: a comparison route is resolved (two
//! known, different nodes are compared; one known node is selected instead; none shows the whole
//! map), a new selection closes a comparison, and the map is told which nodes answer the question
//! ([`crate::answers::emphasis`]). The dataset's graph for the answers is built once, on first use.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;

use crate::answers::{emphasis, Asked};
use crate::components::state::AppState;
use crate::graph::Graph;
use crate::load::Loaded;
use crate::url::CompareTarget;

/// A dataset's graph, built on first use and shared by the answers' components.
#[derive(Clone)]
pub struct LazyGraph {
    loaded: Arc<Loaded>,
    cell: Arc<OnceLock<Graph>>,
}

impl LazyGraph {
    /// The graph of `loaded`, not built yet.
    pub fn new(loaded: Arc<Loaded>) -> LazyGraph {
        LazyGraph { loaded, cell: Arc::new(OnceLock::new()) }
    }

    /// The graph, built now if it was not yet.
    pub fn get(&self) -> &Graph {
        self.cell.get_or_init(|| Graph::new(&self.loaded.dataset))
    }

    /// One flag per graph node: whether its id is among `ids`.
    pub fn flags(&self, ids: &[String]) -> Vec<bool> {
        let g = self.get();
        let mut on = vec![false; g.len()];
        for i in ids.iter().filter_map(|id| g.node_by_id(id)) {
            on[i as usize] = true;
        }
        on
    }
}

/// Resolves comparison routes against the dataset and closes a comparison when a node is
/// selected.
pub fn follow_compare(app: AppState, graph: LazyGraph) {
    Effect::new(move |_| {
        let Some(c) = app.compare.get() else { return };
        match c.resolve(graph.get()) {
            CompareTarget::Pair { .. } => {
                if app.selection.get_untracked().is_some() {
                    app.selection.set(None);
                }
            }
            CompareTarget::One(sel) => {
                app.compare.set(None);
                app.selection.set(Some(sel));
            }
            CompareTarget::Nothing => app.compare.set(None),
        }
    });
    Effect::new(move |_| {
        if app.selection.get().is_some() && app.compare.get_untracked().is_some() {
            app.compare.set(None);
        }
    });
}

/// The ids of the nodes the map brings forward for the question on screen (`None`: the usual
/// focus, the selection and its neighbours).
pub fn emphasis_ids(app: AppState, graph: LazyGraph, hidden: Memo<Vec<String>>) -> Memo<Option<Vec<String>>> {
    Memo::new(move |_| {
        let compare = app.compare.get();
        let (selection, depth) = (app.selection.get(), app.depth.get());
        let asked = match (&compare, &selection) {
            (Some(c), _) => match c.resolve(graph.get()) {
                CompareTarget::Pair { a, b } => Some((a, Some(b))),
                _ => None,
            },
            (None, Some(s)) => Some((s.id().to_owned(), None)),
            (None, None) => None,
        }?;
        let hidden = graph.flags(&hidden.get());
        let asked = match &asked {
            (a, Some(b)) => Asked::Compare(a, b),
            (id, None) => Asked::Node(id, depth),
        };
        let on = emphasis(&graph.loaded.dataset, graph.get(), asked, &hidden)?;
        let g = graph.get();
        Some((0..g.len()).filter(|&i| on[i]).map(|i| g.nodes[i].id.clone()).collect())
    })
}
