//! A link to a node of the map (`#/org/…` or `#/topic/…`): a real `href`, so that it can be
//! opened in a new tab, copied or bookmarked, while a plain click selects the node in the app
//! without reloading. Every in-app link to a node (detail panel, list view) goes through here,
//! so they all follow one rule for modifier keys.

use leptos::prelude::*;
use web_sys::MouseEvent;

use crate::components::state::use_app;
use crate::url::Selection;

/// An `<a>` to `selection`: a plain left click selects it in the app (and the browser does not
/// follow the link); a click with Ctrl, Meta, Shift or Alt, or with another button than the
/// main one, is left to the browser (new tab, new window, download…).
#[component]
pub fn NodeLink(
    /// The node the link selects.
    selection: Selection,
    /// The link's text.
    children: Children,
) -> impl IntoView {
    let app = use_app();
    let href = selection.hash();
    let on_click = move |ev: MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            // Through `select`, so that a link in a comparison closes it.
            app.select(Some(selection.clone()));
        }
    };
    view! { <a href=href on:click=on_click>{children()}</a> }
}

/// Whether `ev` is a click of the main button with no modifier key: the app handles it; the
/// browser handles any other.
pub fn is_plain_click(ev: &MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}
