//! What the map does with an input's outcome: select, redraw, update the tooltip.

use leptos::prelude::*;

use crate::graph::NodeKind;
use crate::mapmodel::Outcome;
use crate::url::Selection;

use super::frame::{request_frame, Hooks, Shared};

/// Acts on an input's outcome; returns whether the input was used.
pub(super) fn handle(rt: &Shared, hooks: Hooks, outcome: Outcome) -> bool {
    match outcome {
        Outcome::None => return false,
        Outcome::Redraw => {}
        Outcome::Select(node) => {
            let sel = rt.borrow().as_ref().and_then(|r| {
                let n = &r.model.graph.nodes[node? as usize];
                Some(match n.kind {
                    NodeKind::Topic => Selection::Topic(n.id.clone()),
                    NodeKind::Org => Selection::Org(n.id.clone()),
                })
            });
            hooks.selection.set(sel);
        }
    }
    update_tooltip(rt, hooks);
    request_frame(rt, hooks);
    true
}

/// Shows the hovered node's name by the pointer, or nothing (set only when it changes).
fn update_tooltip(rt: &Shared, hooks: Hooks) {
    let tip = rt.borrow().as_ref().and_then(|r| {
        let h = r.model.hover?;
        let [x, y] = r.model.screen_of(h)?;
        Some((r.model.label(h).to_owned(), x, y))
    });
    if hooks.tooltip.get_untracked() != tip {
        hooks.tooltip.set(tip);
    }
}
