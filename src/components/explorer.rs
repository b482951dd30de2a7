//! The workspace under the header: filters and legend, the map or the list (with the line of the
//! view or tour shown, and a tour's card over the map), the detail panel of the selected node,
//! and a live region that announces selections and result counts.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::answer_graph::answer_graph;
use crate::components::chunks;
use crate::components::filters::FiltersPanel;
use crate::components::map_view::{MapKeep, MapView};
use crate::components::question::{emphasis_ids, follow_compare};
use crate::components::state::{search_index, use_app, AppState};
use crate::components::story::{follow_story, on_click, on_key};
use crate::i18n::{count, t, Counted, Key};
use crate::legend::Group;
use crate::load::Loaded;
use crate::url::{CameraParam, CompareTarget, Selection, View};

/// The explore views of a loaded dataset.
#[component]
pub fn Explorer(
    /// The validated dataset.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let app = use_app();
    let index = search_index(&loaded);
    let ds = loaded.clone();
    let hidden = Memo::new(move |_| app.filters().hidden_ids(&ds.dataset));
    let matches = Memo::new(move |_| {
        let q = app.q.get();
        (!q.trim().is_empty()).then(|| index.get().matching_ids(&q))
    });
    follow_compare(app, &loaded);
    follow_story(app, &loaded);
    let emphasis = emphasis_ids(app, &loaded, hidden);
    // The legend entry pointed at or focused, and its nodes, which the map highlights (else a preview's changes).
    let highlight = RwSignal::new(None::<Group>);
    let (ds, marks) = (loaded.clone(), crate::components::preview_state::marks());
    let highlight_ids = Memo::new(move |_| highlight.get().map(|g| g.members(&ds.dataset)).or_else(marks));
    let on_camera = Callback::new(move |c: Option<CameraParam>| app.camera.set(c));
    let embed = app.initial.with_value(|s| s.embed);
    if crate::web::embed::framed() {
        connect_parent(app, loaded.clone());
    }
    let announce = announcement(app, loaded.clone(), matches);
    // The map is kept while this dataset is shown: across the list and back, and languages.
    let keep = StoredValue::new_local(MapKeep::default());
    let main_view = {
        let loaded = loaded.clone();
        move || {
            let lang = app.lang.get();
            match app.view.get() {
                View::List => chunks::list(lang, &loaded, hidden, matches),
                View::Map => {
                    let initial_camera = app.camera.get_untracked();
                    view! {
                        <MapView loaded=loaded.clone() keep lang selection=app.selection initial_camera on_camera
                            hidden_ids=hidden match_ids=matches emphasis_ids=emphasis highlight_ids embed jump=app.jump story=app.route />
                    }
                    .into_any()
                }
            }
        }
    };
    let panel = {
        let (loaded, graph) = (loaded.clone(), answer_graph(&loaded));
        move || {
            let lang = app.lang.get();
            if let Some(CompareTarget::Pair { a, b }) = app.compare.get().map(|c| c.resolve(graph.get())) {
                return Some(chunks::compare(lang, &loaded, a, b));
            }
            app.selection.get().map(|sel| chunks::panel(lang, &loaded, sel))
        }
    };
    view! {
        <div class="workspace">
            <FiltersPanel loaded=loaded.clone() highlight />
            // A view's or tour's line, text and card are drawn in `main` (see `story_view`).
            <main id="main" class="main" tabindex="-1" on:click=on_click(app, loaded.clone()) on:keydown=on_key(app, loaded.clone())>
                {main_view}
            </main>
            {panel}
        </div>
        <div class="visually-hidden" aria-live="polite" role="status">{announce}</div>
    }
}

/// What the live region says: "Selected: NAME" (or the two names compared) and the number of
/// search results.
fn announcement(
    app: AppState,
    ds: Arc<Loaded>,
    matches: Memo<Option<Vec<String>>>,
) -> impl Fn() -> String + Send + Sync + 'static {
    move || {
        let lang = app.lang.get();
        let any_name = |id: &str| {
            let (org, topic) = (Selection::Org(id.to_owned()), Selection::Topic(id.to_owned()));
            name_of(&ds, &org, lang.code()).or_else(|| name_of(&ds, &topic, lang.code()))
        };
        let compared = app
            .compare
            .get()
            .and_then(|c| Some(format!("{} {} {}", any_name(&c.a)?, t(lang, Key::And), any_name(c.b.as_deref()?)?)));
        let selected = app.selection.get().and_then(|s| name_of(&ds, &s, lang.code())).or(compared);
        let results = matches.get().map(|m| count(m.len(), Counted::Results, lang));
        [selected.map(|n| format!("{} {n}", t(lang, Key::Selected))), results]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(". ")
    }
}

/// The name of a selected node in `lang`, if it exists.
pub fn name_of(loaded: &Loaded, sel: &Selection, lang: &str) -> Option<String> {
    let ds = &loaded.dataset;
    match sel {
        Selection::Org(id) => {
            ds.organisations.iter().find(|o| o.id.as_str() == id).map(|o| o.name.get(lang).to_owned())
        }
        Selection::Topic(id) => ds.topics.iter().find(|t| t.id.as_str() == id).map(|t| t.name.get(lang).to_owned()),
    }
}

/// Embedded: obey the parent's commands and tell it about selections (see `docs/embedding.md`).
fn connect_parent(app: crate::components::state::AppState, loaded: Arc<Loaded>) {
    use crate::embed::{select_event, select_event_with, Command};
    use crate::web::embed;
    let ds = loaded.clone();
    embed::listen(move |cmd| match cmd {
        Command::Select(None) => app.selection.set(None),
        Command::Select(Some(id)) => {
            if let Some(sel) = Selection::in_dataset(&ds.dataset, &id) {
                if app.selection.get_untracked().as_ref() == Some(&sel) {
                    // Already selected: announce it again, as any selection is announced.
                    embed::post(&select_event(Some((sel.kind(), sel.id()))));
                } else {
                    app.selection.set(Some(sel));
                }
            }
        }
        Command::Filter { types, categories, q } => {
            if let Some(t) = types {
                app.types.set(t);
            }
            if let Some(c) = categories {
                app.categories.set(c);
            }
            if let Some(q) = q {
                app.q.set(q);
            }
        }
        Command::Lang(l) => {
            app.lang_in_url.set(true);
            app.lang.set(l);
        }
        Command::Compare(c) => {
            app.selection.set(None);
            app.compare.set(Some(c));
        }
        Command::Depth(d) => app.depth.set(d),
        // An id the dataset has no view or tour of changes nothing.
        Command::Story(s) => {
            if s.resolve(&ds.dataset).is_some() {
                app.show_story(s);
            }
        }
    });
    // Every selection is announced, and so is every comparison shown (with its two ids).
    crate::components::effect(move |first: Option<()>| {
        let sel = app.selection.get();
        let compared = app.compare.get().and_then(|c| c.b.clone().map(|b| (c.a.clone(), b)));
        if first.is_some() {
            let compare = compared.as_ref().map(|(a, b)| (a.as_str(), b.as_str()));
            embed::post(&select_event_with(sel.as_ref().map(|s| (s.kind(), s.id())), compare));
        }
    });
    embed::report_height();
}
