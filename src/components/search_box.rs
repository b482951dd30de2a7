//! The search box: `<input type="search">` named "Search", suggestions as a listbox under it,
//! arrow keys to move, Enter to open (the first suggestion by default), Escape to close. The text
//! is in the URL (`?q=`) and highlights matches on the map and filters the list.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::state::{search_index, use_app, AppState};
use crate::components::text::tr;
use crate::i18n::Key;
use crate::load::Loaded;
use crate::search::HitKind;
use crate::url::Selection;

/// How many suggestions the listbox shows.
pub const SUGGESTIONS: usize = 8;

/// A suggestion: the node's name, the text that matched (a name in the other language, an
/// acronym…), and the node it opens.
pub(crate) type Suggestion = (String, String, Selection);

/// The search box.
#[component]
pub fn SearchBox(
    /// The dataset.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let app = use_app();
    let open = RwSignal::new(false);
    let active = RwSignal::new(0usize);
    let hits = suggestions(&loaded, app, app.q.into(), None);
    let choose = Callback::new(move |i: usize| {
        if let Some((_, _, sel)) = hits.get_untracked().get(i).cloned() {
            app.selection.set(Some(sel));
            open.set(false);
        }
    });
    let on_key = key_handler(hits, open, active, choose);
    let expanded = Signal::derive(move || open.get() && !hits.get().is_empty());
    view! {
        <div class="search" on:focusout=move |ev: web_sys::FocusEvent| {
            // Close when focus leaves the box and its listbox.
            if ev.related_target().is_none() { open.set(false); }
        }>
            <input
                type="search"
                id="search"
                aria-label=tr(app, Key::Search)
                aria-autocomplete="list"
                aria-controls="search-listbox"
                aria-activedescendant=move || expanded.get().then(|| option_id("search", active.get()))
                placeholder=tr(app, Key::SearchPlaceholder)
                autocomplete="off"
                spellcheck="false"
                prop:value=move || app.q.get()
                on:input=move |ev| {
                    app.q.set(event_target_value(&ev));
                    active.set(0);
                    open.set(true);
                }
                on:focus=move |_| open.set(true)
                on:keydown=on_key
            />
            {listbox("search", app, hits, active, expanded, choose)}
        </div>
    }
}

/// The id of suggestion `i` of the listbox `prefix` (for `aria-activedescendant`).
pub(crate) fn option_id(prefix: &str, i: usize) -> String {
    format!("{prefix}-option-{i}")
}

/// The suggestions for the text `q` in the current language, at most [`SUGGESTIONS`], leaving
/// out the node with id `except`; none for a blank text.
pub(crate) fn suggestions(
    loaded: &Arc<Loaded>,
    app: AppState,
    q: Signal<String>,
    except: Option<String>,
) -> Memo<Vec<Suggestion>> {
    let index = search_index(loaded);
    let loaded = loaded.clone();
    Memo::new(move |_| {
        let lang = app.lang.get();
        let q = q.get();
        if q.trim().is_empty() {
            return Vec::new();
        }
        index
            .get()
            .search(&q, lang.code(), SUGGESTIONS + usize::from(except.is_some()))
            .into_iter()
            .filter(|h| except.as_deref() != Some(h.id.as_str()))
            .take(SUGGESTIONS)
            .map(|h| {
                let (name, kind) = match h.kind {
                    HitKind::Topic => (
                        loaded.dataset.topics[h.index].name.get(lang.code()).to_owned(),
                        Selection::Topic(h.id.clone()),
                    ),
                    HitKind::Org => (
                        loaded.dataset.organisations[h.index].name.get(lang.code()).to_owned(),
                        Selection::Org(h.id.clone()),
                    ),
                };
                (name, h.matched, kind)
            })
            .collect::<Vec<_>>()
    })
}

/// The keys of a search field: arrows move through the suggestions (and open them), Enter opens
/// the active one (the first by default), Escape closes the list (and goes no further: it does
/// not close the panel around the field).
pub(crate) fn key_handler(
    hits: Memo<Vec<Suggestion>>,
    open: RwSignal<bool>,
    active: RwSignal<usize>,
    choose: Callback<usize>,
) -> impl Fn(web_sys::KeyboardEvent) + 'static {
    move |ev: web_sys::KeyboardEvent| {
        let n = hits.get_untracked().len();
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = (*a + 1) % n);
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = (*a + n - 1) % n);
            }
            "Enter" => {
                ev.prevent_default();
                choose.run(active.get_untracked().min(n.saturating_sub(1)));
            }
            "Escape" if open.get_untracked() => {
                ev.prevent_default();
                ev.stop_propagation();
                open.set(false);
            }
            _ => {}
        }
    }
}

/// The listbox of suggestions with ids `<prefix>-listbox` and `<prefix>-option-<i>`, hidden
/// unless `expanded`; a click on one calls `choose`.
pub(crate) fn listbox(
    prefix: &'static str,
    app: AppState,
    hits: Memo<Vec<Suggestion>>,
    active: RwSignal<usize>,
    expanded: Signal<bool>,
    choose: Callback<usize>,
) -> AnyView {
    view! {
        <ul id=format!("{prefix}-listbox") role="listbox" aria-label=tr(app, Key::Suggestions) hidden=move || !expanded.get()>
            {move || hits.get().into_iter().enumerate().map(|(i, (name, matched, sel))| {
                let kind = if matches!(sel, Selection::Org(_)) { Key::Organisation } else { Key::Topic };
                let also = (matched != name).then(|| format!(" ({matched})"));
                view! {
                    <li id=option_id(prefix, i) role="option" aria-selected=move || (active.get() == i).to_string()
                        on:mousedown=move |ev| ev.prevent_default()
                        on:click=move |_| choose.run(i)>
                        <span class="option-name">{name}{also}</span>
                        <span class="option-kind">{tr(app, kind)}</span>
                    </li>
                }
                .into_any()
            }).collect::<Vec<_>>()}
        </ul>
    }
    .into_any()
}
