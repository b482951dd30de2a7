//! Leptos components, one per file: the app shell and its state, the toolbar and search, the
//! explore workspace (filters, map, list, detail panel), the answers (peers, comparison, focus
//! depth), views and tours (the menu; the line, the tour's card and the list's text, drawn in
//! the DOM), the summary and the error view, the About dialog and "Suggest a correction", and the
//! curators' preview of a local file (open button and drop zone, its state, its note and the
//! changes panel).

pub mod about_dialog;
pub mod answer_graph;
pub mod app;
pub mod changes_panel;
pub mod chunks;
pub mod compare_field;
pub mod compare_panel;
pub mod correction;
pub mod depth_control;
pub mod detail_panel;
pub mod embed_dialog;
pub mod error_view;
pub mod explorer;
pub mod file_drop;
pub mod filters;
pub mod later;
pub mod list_view;
pub mod map_view;
pub mod node_link;
pub mod peers;
pub mod preview_note;
pub mod preview_state;
pub mod question;
pub mod search_box;
pub mod sentence;
pub mod state;
pub mod story;
pub mod story_menu;
pub mod story_view;
pub mod summary;
pub mod text;
pub mod toolbar;

use leptos::prelude::Effect;

/// `Effect::new` for an effect that keeps no value (its closure is told only whether it ran
/// before: `Some(())`), with the closure boxed, so that reactive_graph's effect (an async task of
/// its own) is compiled once for all of them instead of once per closure: the wasm's size.
pub fn effect(f: impl FnMut(Option<()>) + 'static) {
    let mut f: Box<dyn FnMut(Option<()>)> = Box::new(f);
    Effect::new(move |ran: Option<()>| f(ran));
}
