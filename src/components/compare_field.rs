//! "Compare with…": a search field of the detail panel whose suggestions (from the shared search
//! index, as the search box's) are the other topics and organisations; choosing one, by a click
//! or Enter, opens the comparison of the panel's node with it (`#/compare/<this>/<chosen>`).

use std::sync::Arc;

use leptos::prelude::*;

use crate::answers::sentences::{compare_with, plain_text};
use crate::components::search_box::{key_handler, listbox, option_id, suggestions};
use crate::components::state::use_app;
use crate::load::Loaded;
use crate::url::Selection;

/// The ids of the field and of its listbox (`compare-listbox`, `compare-option-<i>`).
const PREFIX: &str = "compare";

/// The "Compare with…" field of the node `this`.
#[component]
pub fn CompareField(
    /// The dataset.
    loaded: Arc<Loaded>,
    /// The node of the panel: the first of the two compared.
    this: Selection,
) -> impl IntoView {
    let app = use_app();
    let q = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(0usize);
    let hits = suggestions(&loaded, app, q.into(), Some(this.id().to_owned()));
    let this_id = StoredValue::new(this.id().to_owned());
    let choose = Callback::new(move |i: usize| {
        if let Some((_, _, chosen)) = hits.get_untracked().get(i).cloned() {
            open.set(false);
            this_id.with_value(|id| app.open_compare(id, chosen.id()));
        }
    });
    let on_key = key_handler(hits, open, active, choose);
    let expanded = Signal::derive(move || open.get() && !hits.get().is_empty());
    // Inside the detail panel, which is made anew in another language.
    let label = plain_text(&compare_with(app.lang.get_untracked()));
    view! {
        <div class="compare-field search" on:focusout=move |ev: web_sys::FocusEvent| {
            if ev.related_target().is_none() { open.set(false); }
        }>
            <label for="compare-field">{label}</label>
            <input
                type="search"
                id="compare-field"
                aria-autocomplete="list"
                aria-controls=format!("{PREFIX}-listbox")
                aria-activedescendant=move || expanded.get().then(|| option_id(PREFIX, active.get()))
                autocomplete="off"
                spellcheck="false"
                prop:value=move || q.get()
                on:input=move |ev| {
                    q.set(event_target_value(&ev));
                    active.set(0);
                    open.set(true);
                }
                on:focus=move |_| open.set(true)
                on:keydown=on_key
            />
            {listbox(PREFIX, app, hits, active, expanded, choose)}
        </div>
    }
}
