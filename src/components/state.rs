//! The view state shared by every component (selection, camera, language, search, filters,
//! view, the curated view or tour step shown, the About dialog), kept in step with the URL: a
//! new history entry for each new selection, step or opening of About, the current one replaced
//! for everything else; Back and Forward restore the state. A view or step asks the map for a
//! camera move ([`Aim`]).

use leptos::prelude::*;

use crate::answers::Depth;
use crate::explore::Filters;
use crate::i18n::Lang;
use crate::url::{CameraParam, Compare, Selection, Story, View, ViewState};
use crate::web::history;

/// A camera move the map makes, animated (at once with reduced motion): a view or a tour's step
/// was shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Aim {
    /// The story's own: its camera, else what it shows (resolved by the story's follower).
    Story,
    /// Every node shown, in the part of the map that panels leave clear ("fit all" without one).
    Shown,
    /// This camera.
    At(CameraParam),
}

/// Signals for every part of the view that lives in the URL.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// The selected node.
    pub selection: RwSignal<Option<Selection>>,
    /// Two nodes compared (`#/compare/<a>/<b>`); the selection is empty meanwhile.
    pub compare: RwSignal<Option<Compare>>,
    /// The route of the curated view or tour step shown (`#/view/<id>`, `#/tour/<id>/<n>`), or
    /// empty: read it with [`AppState::story`]. A string, as in the hash (a signal of a type of its
    /// own would cost the wasm more than parsing it).
    pub route: RwSignal<String>,
    /// The only nodes shown (a view's `ids`), sorted; empty: all. Not in the query: the story's
    /// route stands for it.
    pub only: RwSignal<Vec<String>>,
    /// Whether the next change of the hash replaces the history entry (a route fitted to the
    /// dataset) instead of adding one.
    pub fitted: RwSignal<bool>,
    /// How far the map's focus around the selection reaches (`?depth=2`).
    pub depth: RwSignal<Depth>,
    /// The camera, when it differs from "fit all".
    pub camera: RwSignal<Option<CameraParam>>,
    /// Interface and content language.
    pub lang: RwSignal<Lang>,
    /// Whether the language was chosen in the URL (else it follows the browser).
    pub lang_in_url: RwSignal<bool>,
    /// The search text.
    pub q: RwSignal<String>,
    /// Organisation types shown (empty = all).
    pub types: RwSignal<Vec<String>>,
    /// Topic categories shown (empty = all).
    pub categories: RwSignal<Vec<String>>,
    /// Map or list.
    pub view: RwSignal<View>,
    /// A camera the map should jump to (Back or Forward restored one from the URL).
    pub jump: RwSignal<Option<CameraParam>>,
    /// Whether the About dialog is open (`#/about`; never in an embedded map).
    pub about: RwSignal<bool>,
    /// Parameters not held in signals (embed, data).
    pub initial: StoredValue<ViewState>,
}

impl AppState {
    /// Signals initialised from a view state; `lang` is the language to use when the URL has none.
    pub fn new(state: ViewState, lang: Lang) -> AppState {
        AppState {
            selection: RwSignal::new(state.selection.clone()),
            compare: RwSignal::new(state.compare.clone()),
            route: RwSignal::new(state.story.as_ref().map(Story::hash).unwrap_or_default()),
            only: RwSignal::new(Vec::new()),
            fitted: RwSignal::new(false),
            depth: RwSignal::new(state.depth),
            camera: RwSignal::new(state.camera),
            lang: RwSignal::new(state.lang.unwrap_or(lang)),
            lang_in_url: RwSignal::new(state.lang.is_some()),
            q: RwSignal::new(state.q.clone()),
            types: RwSignal::new(state.types.clone()),
            categories: RwSignal::new(state.categories.clone()),
            view: RwSignal::new(state.view),
            jump: RwSignal::new(None),
            about: RwSignal::new(state.about && !state.embed),
            initial: StoredValue::new(state),
        }
    }

    /// The current view state, for the URL (tracked: read it in an effect to follow changes).
    pub fn view_state(&self) -> ViewState {
        let mut s = self.initial.get_value();
        s.selection = self.selection.get();
        s.compare = self.compare.get();
        s.story = self.story();
        s.depth = self.depth.get();
        s.camera = self.camera.get();
        s.lang = self.lang_in_url.get().then(|| self.lang.get());
        s.q = self.q.get();
        s.types = self.types.get();
        s.categories = self.categories.get();
        s.view = self.view.get();
        s.about = self.about.get();
        s
    }

    /// Opens the comparison of `a` and `b` (the selection and any view or tour close).
    pub fn open_compare(&self, a: &str, b: &str) {
        self.selection.set(None);
        self.set_story(None);
        self.compare.set(Some(Compare::new(a, b)));
    }

    /// Selects a node (or none); a comparison closes.
    pub fn select(&self, selection: Option<Selection>) {
        if self.compare.get_untracked().is_some() {
            self.compare.set(None);
        }
        self.selection.set(selection);
    }

    /// The filters, tracked.
    pub fn filters(&self) -> Filters {
        Filters { types: self.types.get(), categories: self.categories.get(), only: self.only.get() }
    }

    /// The curated view or tour step shown (tracked).
    pub fn story(&self) -> Option<Story> {
        self.route.with(|r| Story::from_hash(r))
    }

    /// The curated view or tour step shown, untracked.
    pub fn story_untracked(&self) -> Option<Story> {
        self.route.with_untracked(|r| Story::from_hash(r))
    }

    /// Sets the curated view or tour step shown.
    pub fn set_story(&self, story: Option<&Story>) {
        self.route.set(story.map(Story::hash).unwrap_or_default());
    }

    /// Shows a view or a tour's step (a new history entry), its camera animated; the story's
    /// follower applies what it shows.
    pub fn show_story(&self, story: Story) {
        self.compare.set(None);
        self.camera.set(None);
        self.set_story(Some(&story));
        set_aim(Some(Aim::Story));
    }

    /// Leaves a view or tour for the whole map: no filters, no selection, "fit all".
    pub fn whole_map(&self) {
        self.set_story(None);
        self.compare.set(None);
        self.selection.set(None);
        self.types.set(Vec::new());
        self.categories.set(Vec::new());
        self.only.set(Vec::new());
        self.camera.set(None);
        set_aim(Some(Aim::Shown));
    }

    /// Sets every signal from a URL's view state (after Back or Forward).
    pub fn restore(&self, url: ViewState) {
        let set = |changed: bool, f: &dyn Fn()| {
            if changed {
                f()
            }
        };
        // A view or tour step brings its own selection (applied by the story's follower); an
        // entry of About (`#/about`) names none, and the view under it stays as it is.
        let own = url.story.is_none() && !url.about;
        set(own && self.selection.get_untracked() != url.selection, &|| self.selection.set(url.selection.clone()));
        set(own && self.compare.get_untracked() != url.compare, &|| self.compare.set(url.compare.clone()));
        if !url.about && self.story_untracked() != url.story {
            // Another step or view: its camera, unless the entry has one (which wins, below).
            set_aim(url.story.as_ref().filter(|_| url.camera.is_none()).map(|_| Aim::Story));
            self.set_story(url.story.as_ref());
        }
        set(self.depth.get_untracked() != url.depth, &|| self.depth.set(url.depth));
        set(self.q.get_untracked() != url.q, &|| self.q.set(url.q.clone()));
        set(self.types.get_untracked() != url.types, &|| self.types.set(url.types.clone()));
        set(self.categories.get_untracked() != url.categories, &|| self.categories.set(url.categories.clone()));
        set(self.view.get_untracked() != url.view, &|| self.view.set(url.view));
        set(self.about.get_untracked() != (url.about && !url.embed), &|| self.about.set(url.about && !url.embed));
        if url.camera.is_some() && url.camera != self.camera.get_untracked() {
            self.camera.set(url.camera);
            self.jump.set(url.camera);
        }
        if let Some(l) = url.lang.filter(|l| *l != self.lang.get_untracked()) {
            self.lang.set(l);
        }
    }

    /// Writes the state into the URL whenever it changes, and listens for Back and Forward.
    pub fn sync_url(self) {
        // A new history entry for each new selection or comparison; the current one replaced for
        // everything else.
        Effect::new(move |previous: Option<String>| {
            let state = self.view_state();
            let hash = state.hash();
            if let Some(previous) = previous {
                let fitted = self.fitted.get_untracked();
                if fitted {
                    self.fitted.set(false);
                }
                history::write(&state, previous != hash && !fitted);
            }
            hash
        });
        history::on_navigate(move |url| self.restore(url));
    }
}

thread_local! {
    /// The camera move asked for and not made yet (see [`Aim`]).
    static AIM: std::cell::Cell<Option<Aim>> = const { std::cell::Cell::new(None) };
}

/// Asks the map for a camera move (`None`: no move). It is made when the story changes next (the
/// map follows [`AppState::story`]), or when a map view starts.
pub fn set_aim(aim: Option<Aim>) {
    AIM.with(|a| a.set(aim));
}

/// The camera move asked for and not made yet.
pub fn aim() -> Option<Aim> {
    AIM.with(std::cell::Cell::get)
}

/// The shared state, provided by the app shell.
pub fn use_app() -> AppState {
    use_context::<AppState>().unwrap_or_else(|| AppState::new(ViewState::default(), Lang::En))
}

/// The search index of a dataset, built on first use (the first keystroke, not at start-up) and
/// shared by every component that searches.
pub struct LazyIndex {
    loaded: std::sync::Arc<crate::load::Loaded>,
    cell: std::sync::OnceLock<crate::search::SearchIndex>,
}

impl LazyIndex {
    /// The index, built now if it was not yet.
    pub fn get(&self) -> &crate::search::SearchIndex {
        self.cell.get_or_init(|| crate::search::SearchIndex::new(&self.loaded.dataset))
    }
}

thread_local! {
    static INDEX: std::cell::RefCell<Option<std::sync::Arc<LazyIndex>>> = const { std::cell::RefCell::new(None) };
}

/// The shared lazy search index of `loaded` (one per dataset).
pub fn search_index(loaded: &std::sync::Arc<crate::load::Loaded>) -> std::sync::Arc<LazyIndex> {
    INDEX.with(|cell| {
        let mut cell = cell.borrow_mut();
        match cell.as_ref() {
            Some(index) if std::sync::Arc::ptr_eq(&index.loaded, loaded) => index.clone(),
            _ => {
                let index = std::sync::Arc::new(LazyIndex { loaded: loaded.clone(), cell: std::sync::OnceLock::new() });
                *cell = Some(index.clone());
                index
            }
        }
    })
}
