//! The question on screen, kept consistent with the dataset: a comparison route is resolved (two
//! known, different nodes are compared; one known node is selected instead; none shows the whole
//! map; a comparison ends a curated view or tour), a new selection closes a comparison, and the map is told which nodes answer the question
//! ([`crate::answers::emphasis`]), on the dataset's answer graph ([`answer_graph`]).

use std::sync::Arc;

use leptos::prelude::*;

use crate::answers::{emphasis, Asked};
use crate::components::answer_graph::{answer_graph, hidden_flags};
use crate::components::state::AppState;
use crate::load::Loaded;
use crate::url::CompareTarget;

/// Resolves comparison routes against the dataset and closes a comparison when a node is
/// selected.
pub fn follow_compare(app: AppState, loaded: &Arc<Loaded>) {
    let graph = answer_graph(loaded);
    crate::components::effect(move |_| {
        let Some(c) = app.compare.get() else { return };
        match c.resolve(graph.get()) {
            CompareTarget::Pair { .. } => {
                if app.selection.get_untracked().is_some() {
                    app.selection.set(None);
                }
                // A comparison ends a curated view or tour (its hash is the comparison's).
                if app.story_untracked().is_some() {
                    app.set_story(None);
                }
            }
            CompareTarget::One(sel) => {
                app.compare.set(None);
                app.selection.set(Some(sel));
            }
            CompareTarget::Nothing => app.compare.set(None),
        }
    });
    crate::components::effect(move |_| {
        if app.selection.get().is_some() && app.compare.get_untracked().is_some() {
            app.compare.set(None);
        }
    });
}

/// The ids of the nodes the map brings forward for the question on screen (`None`: the usual
/// focus, the selection and its neighbours).
pub fn emphasis_ids(app: AppState, loaded: &Arc<Loaded>, hidden: Memo<Vec<String>>) -> Memo<Option<Vec<String>>> {
    let (graph, loaded) = (answer_graph(loaded), loaded.clone());
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
        let hidden = hidden_flags(graph.get(), &hidden.get());
        let asked = match &asked {
            (a, Some(b)) => Asked::Compare(a, b),
            (id, None) => Asked::Node(id, depth),
        };
        let on = emphasis(&loaded.dataset, graph.get(), asked, &hidden)?;
        let g = graph.get();
        Some((0..g.len()).filter(|&i| on[i]).map(|i| g.nodes[i].id.clone()).collect())
    })
}
