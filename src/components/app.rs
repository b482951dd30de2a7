//! The app shell: reads the URL, fetches and validates the dataset, and shows the header, the
//! dataset (or the error view) and the footer.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::error_view::ErrorView;
use crate::components::map_view::MapView;
use crate::components::summary::Summary;
use crate::i18n::{t, Key, Lang};
use crate::load::{load, Invalid, Loaded};
use crate::web::fetch::{fetch_bytes, FetchError};
use crate::url::{CameraParam, Selection, ViewState};
use crate::web::{history, page, perf};

/// Why the app has no dataset to show.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AppError {
    /// The file could not be fetched.
    #[error("{0}")]
    Fetch(#[from] FetchError),
    /// The file was fetched but is not a valid dataset.
    #[error("{0}")]
    Invalid(#[from] Invalid),
}

/// The result of loading a dataset, cheap to clone into views.
pub type Outcome = Result<Arc<Loaded>, Arc<AppError>>;

/// Parses and validates fetched bytes, marking `datamap:data-loaded` on success.
pub fn outcome_of(bytes: &[u8]) -> Outcome {
    let loaded = load(bytes).map_err(|e| Arc::new(AppError::from(e)))?;
    perf::mark(perf::DATA_LOADED);
    Ok(Arc::new(loaded))
}

/// Fetches, parses and validates the dataset at `url`.
pub async fn fetch_outcome(url: &str) -> Outcome {
    let bytes = fetch_bytes(url).await.map_err(|e| Arc::new(AppError::from(e)))?;
    outcome_of(&bytes)
}

/// The view state shared by the map, the panels and the URL.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// The selected node.
    pub selection: RwSignal<Option<Selection>>,
    /// The camera, when it differs from "fit all".
    pub camera: RwSignal<Option<CameraParam>>,
    /// The view state the page was opened with (the parameters not held in signals).
    pub initial: StoredValue<ViewState>,
}

impl AppState {
    /// Signals initialised from a view state.
    pub fn new(state: ViewState) -> AppState {
        AppState {
            selection: RwSignal::new(state.selection.clone()),
            camera: RwSignal::new(state.camera),
            initial: StoredValue::new(state),
        }
    }

    /// The current view state, for the URL.
    pub fn view_state(&self) -> ViewState {
        let mut s = self.initial.get_value();
        s.selection = self.selection.get();
        s.camera = self.camera.get();
        s
    }
}

/// The whole app, configured by the page's URL.
#[component]
pub fn App() -> impl IntoView {
    let state = page::view_state();
    let lang = state.lang.unwrap_or_else(page::browser_lang);
    page::set_document_lang(lang);
    let file = state.data.clone().unwrap_or_else(|| page::DEFAULT_DATA.to_owned());
    let other_data = state.data.is_some();
    let app = AppState::new(state);
    sync_url(app);
    let outcome = RwSignal::new(None::<Outcome>);
    let fetch_file = file.clone();
    let start = move || {
        let url = fetch_file.clone();
        outcome.set(None);
        spawn_local(async move { outcome.set(Some(fetch_outcome(&url).await)) });
    };
    start();
    let retry = Callback::new(move |_: ()| start());
    view! { <Shell lang outcome=outcome.into() file other_data on_retry=retry app /> }
}

/// Keeps the URL and the view state in step: a new history entry for each new selection, the
/// current one replaced for camera moves; Back and Forward restore the selection.
fn sync_url(app: AppState) {
    Effect::new(move |previous: Option<Option<Selection>>| {
        let state = app.view_state();
        let push = previous.as_ref().is_some_and(|p| *p != state.selection);
        if previous.is_some() {
            history::write(&state, push);
        }
        state.selection
    });
    history::on_navigate(move |url| {
        if app.selection.get_untracked() != url.selection {
            app.selection.set(url.selection);
        }
    });
}

/// The page around a dataset: header with title and counts, main content, footer.
#[component]
pub fn Shell(
    /// Interface and content language.
    lang: Lang,
    /// The dataset, once loaded (or why it could not be).
    outcome: Signal<Option<Outcome>>,
    /// The dataset's address, for messages and the "other dataset" note.
    #[prop(into)]
    file: String,
    /// Whether the dataset is another than the bundled one (`?data=`).
    #[prop(default = false)]
    other_data: bool,
    /// Called by the error view's "Try again" button.
    #[prop(optional)]
    on_retry: Option<Callback<()>>,
    /// The shared view state (a fresh default one when not given).
    #[prop(optional)]
    app: Option<AppState>,
) -> impl IntoView {
    let app = app.unwrap_or_else(|| AppState::new(ViewState::default()));
    let on_camera = Callback::new(move |c: Option<CameraParam>| app.camera.set(c));
    let title = move || {
        outcome
            .get()
            .and_then(|o| o.ok())
            .and_then(|l| l.dataset.meta.as_ref().and_then(|m| m.title.as_ref()).map(|t| t.get(lang.code()).to_owned()))
            .unwrap_or_else(|| "Geneva Data Map".to_owned())
    };
    let note_file = file.clone();
    view! {
        <header class="site-header">
            <h1>{title}</h1>
            {move || outcome.get().and_then(|o| o.ok()).map(|loaded| view! { <Summary lang loaded /> })}
            <Show when=move || other_data>
                <p class="other-data" role="note">{t(lang, Key::OtherData)} " " <code>{note_file.clone()}</code></p>
            </Show>
        </header>
        <main id="main">
            {move || match outcome.get() {
                None => view! { <p class="loading" role="status">{t(lang, Key::Loading)}</p> }.into_any(),
                Some(Ok(loaded)) => {
                    let initial_camera = app.camera.get_untracked();
                    view! { <MapView loaded lang selection=app.selection initial_camera on_camera /> }.into_any()
                }
                Some(Err(error)) => view! { <ErrorView lang error file=file.clone() on_retry /> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>{t(lang, Key::FooterSource)}</p>
        </footer>
    }
}
