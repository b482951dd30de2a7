//! What the map reads of the page around it: how much the detail panel covers, and whether the
//! map has the keyboard focus.

use leptos::html::Div;
use leptos::prelude::*;

use crate::mapmodel::Cover;
use crate::num::clamp;

/// How much of the map element the detail panel covers: a strip on the right (wide screens) or
/// at the bottom (the bottom sheet on phones); nothing when no panel is open. A tour's card in
/// the lower part of the map covers its bottom too.
pub(super) fn panel_cover(host: &web_sys::HtmlElement) -> Cover {
    let doc = web_sys::window().and_then(|w| w.document());
    let find = |selector: &str| doc.as_ref().and_then(|d| d.query_selector(selector).ok().flatten());
    let h = host.get_bounding_client_rect();
    let mut cover = Cover::default();
    if let Some(p) = find("aside.panel").map(|p| p.get_bounding_client_rect()) {
        let wide = h.right().min(p.right()) - h.left().max(p.left());
        let tall = h.bottom().min(p.bottom()) - h.top().max(p.top());
        if wide > 0.0 && tall > 0.0 && wide >= 0.9 * h.width() {
            cover.bottom = clamp(h.bottom() - p.top(), 0.0, h.height());
        } else if wide > 0.0 && tall > 0.0 {
            cover.right = clamp(h.right() - p.left(), 0.0, h.width());
        }
    }
    // A card that is shown (`hidden` gives it an empty box) in the lower two thirds of the map.
    if let Some(c) = find(".tour-card").map(|c| c.get_bounding_client_rect()) {
        if c.top() > h.top() + h.height() / 3.0 && c.top() < h.bottom() {
            cover.bottom = clamp(h.bottom() - c.top(), cover.bottom, h.height());
        }
    }
    cover
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
