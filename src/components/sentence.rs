//! An answer's sentence ([`crate::answers::sentences::Part`]s) on the page: its text as text, and
//! each topic or organisation it names as a [`NodeLink`] to that node's panel.

use leptos::prelude::*;

use crate::answers::sentences::Part;
use crate::components::node_link::NodeLink;
use crate::graph::NodeKind;
use crate::url::Selection;

/// The selection of node `id` of `kind`.
pub fn selection_of(kind: NodeKind, id: &str) -> Selection {
    match kind {
        NodeKind::Org => Selection::Org(id.to_owned()),
        NodeKind::Topic => Selection::Topic(id.to_owned()),
    }
}

/// The parts of a sentence: text as text, named nodes as links.
pub fn sentence(parts: Vec<Part>) -> Vec<AnyView> {
    parts
        .into_iter()
        .map(|part| match part {
            Part::Text(text) => text.into_any(),
            Part::Node { kind, id, name } => {
                view! { <NodeLink selection=selection_of(kind, &id)>{name}</NodeLink> }.into_any()
            }
        })
        .collect()
}
