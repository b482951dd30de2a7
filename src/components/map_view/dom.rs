//! What the map reads of the page around it: how much the detail panel covers, and whether the
//! map has the keyboard focus.

use leptos::html::Div;
use leptos::prelude::*;

use crate::mapmodel::Cover;
use crate::num::clamp;

/// How much of the map element the detail panel covers: a strip on the right (wide screens) or
/// at the bottom (the bottom sheet on phones); nothing when no panel is open.
pub(super) fn panel_cover(host: &web_sys::HtmlElement) -> Cover {
    let panel =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector("aside.panel").ok().flatten());
    let Some(panel) = panel else { return Cover::default() };
    let (h, p) = (host.get_bounding_client_rect(), panel.get_bounding_client_rect());
    let wide = h.right().min(p.right()) - h.left().max(p.left());
    let tall = h.bottom().min(p.bottom()) - h.top().max(p.top());
    if wide <= 0.0 || tall <= 0.0 {
        Cover::default()
    } else if wide >= 0.9 * h.width() {
        Cover { right: 0.0, bottom: clamp(h.bottom() - p.top(), 0.0, h.height()) }
    } else {
        Cover { right: clamp(h.right() - p.left(), 0.0, h.width()), bottom: 0.0 }
    }
}

/// Whether the map element has keyboard focus (then an embedded map takes the wheel).
pub(super) fn has_focus(host: NodeRef<Div>) -> bool {
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    match (host.get_untracked(), active) {
        (Some(h), Some(a)) => {
            let h: &web_sys::Element = h.as_ref();
            h == &a || h.contains(Some(&a))
        }
        _ => false,
    }
}
