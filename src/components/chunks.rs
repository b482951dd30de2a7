//! The views of the workspace that live in chunks of their own (see `src/web/lazy.rs`): the
//! list, a node's detail panel and a comparison, each drawn through [`later`]; and which chunks
//! a page fetches beside its dataset, from its address, or at the visitor's first touch.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::components::compare_panel::ComparePanel;
use crate::components::detail_panel::DetailPanel;
use crate::components::later::later;
use crate::components::list_view::ListView;
use crate::components::story_view::preload_draw;
use crate::i18n::Lang;
use crate::load::Loaded;
use crate::url::{Selection, View, ViewState};

crate::lazy! { list, preload_list;
    /// The list view.
    fn list_view(loaded: Arc<Loaded>, hidden: Memo<Vec<String>>, matches: Memo<Option<Vec<String>>>) -> AnyView {
        view! { <ListView loaded hidden matches /> }.into_any()
    }
}

crate::lazy! { panel, preload_panel;
    /// The detail panel, fetched as soon as the visitor touches the page
    /// ([`fetch_panel_on_touch`]) or the address names a node.
    fn detail_panel(loaded: Arc<Loaded>, selection: Selection) -> AnyView {
        view! { <DetailPanel loaded selection /> }.into_any()
    }
}

crate::lazy! { compare, preload_compare;
    /// The comparison panel.
    fn compare_panel(loaded: Arc<Loaded>, a: String, b: String) -> AnyView {
        view! { <ComparePanel loaded a b /> }.into_any()
    }
}

/// The list view of `loaded`, without the nodes `hidden` and with the search's `matches`.
pub fn list(
    lang: Lang,
    loaded: &Arc<Loaded>,
    hidden: Memo<Vec<String>>,
    matches: Memo<Option<Vec<String>>>,
) -> AnyView {
    let loaded = loaded.clone();
    later(lang, preload_list(), move || list_view(loaded, hidden, matches))
}

/// The detail panel of `selection`.
pub fn panel(lang: Lang, loaded: &Arc<Loaded>, selection: Selection) -> AnyView {
    let loaded = loaded.clone();
    later(lang, preload_panel(), move || detail_panel(loaded, selection))
}

/// The comparison of nodes `a` and `b`.
pub fn compare(lang: Lang, loaded: &Arc<Loaded>, a: String, b: String) -> AnyView {
    let loaded = loaded.clone();
    later(lang, preload_compare(), move || compare_panel(loaded, a, b))
}

/// The chunks a page shows as soon as its dataset is there, from its address: a node's panel, a
/// tour's card or a view's line, the list, a comparison.
#[derive(Debug, Clone, Copy)]
pub struct Needs {
    panel: bool,
    story: bool,
    list: bool,
    compare: bool,
}

impl Needs {
    /// What the address `state` shows at once.
    pub fn of(state: &ViewState) -> Self {
        Needs {
            panel: state.selection.is_some(),
            story: state.story.is_some(),
            list: state.view == View::List,
            compare: state.compare.is_some(),
        }
    }

    /// Starts fetching them, beside the dataset.
    pub fn fetch(self) {
        spawn_local(async move { self.wait().await });
    }

    /// Waits for them (each is fetched once; a failure is the view's to say).
    pub async fn wait(self) {
        if self.panel {
            let _ = preload_panel().await;
        }
        if self.story {
            let _ = preload_draw().await;
        }
        if self.list {
            let _ = preload_list().await;
        }
        if self.compare {
            let _ = preload_compare().await;
        }
    }
}

/// Fetches the detail panel's chunk at the visitor's first press of a pointer or a key, before
/// the click or key that opens a panel has ended.
pub fn fetch_panel_on_touch() {
    let Some(w) = web_sys::window() else { return };
    let done = std::cell::Cell::new(false);
    let touched = Closure::<dyn Fn()>::new(move || {
        if !done.replace(true) {
            spawn_local(async {
                let _ = preload_panel().await;
            })
        }
    });
    for kind in ["pointerdown", "keydown"] {
        let _ = w.add_event_listener_with_callback_and_bool(kind, touched.as_ref().unchecked_ref(), true);
    }
    touched.forget();
}
