//! The app shell: reads the URL, fetches and validates the dataset, and shows the header, the
//! dataset (or the error view) and the footer; outside an embed, the header offers the curators'
//! preview of a local file in the published dataset's place.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::chunks::{fetch_panel_on_touch, Needs};
use crate::components::error_view::{error_view, preload_error};
use crate::components::explorer::Explorer;
use crate::components::later::later;
use crate::components::preview_note::PreviewNote;
use crate::components::preview_state::PreviewState;
use crate::components::state::AppState;
use crate::components::summary::Summary;
use crate::components::toolbar::Toolbar;
use crate::diagnostic::Diagnostic;
use crate::i18n::{data_as_of, t, Key, Lang};
use crate::load::{load, load_quick, Invalid, Loaded};
use crate::url::ViewState;
use crate::web::fetch::{fetch_bytes, FetchError};
use crate::web::{page, perf};

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
pub type LoadOutcome = Result<Arc<Loaded>, Arc<AppError>>;

/// Parses and validates fetched bytes, marking `datamap:data-loaded` on success.
pub async fn outcome_of(bytes: &[u8]) -> LoadOutcome {
    let loaded = read(bytes).await.map_err(|e| Arc::new(AppError::from(e)))?;
    perf::mark(perf::DATA_LOADED);
    Ok(Arc::new(loaded))
}

/// Parses and validates a dataset file. What is wrong with a file not shaped like a dataset is
/// read by code in a chunk of its own, fetched only for such a file (see `src/web/lazy.rs`).
pub async fn read(bytes: &[u8]) -> Result<Loaded, Invalid> {
    match load_quick(bytes) {
        Ok(loaded) => Ok(loaded),
        Err(Some(invalid)) => Err(invalid),
        Err(None) => explain(bytes.to_vec()).await.unwrap_or_else(|_| Err(unexplained())),
    }
}

crate::lazy! { shape, preload_shape;
    /// What is wrong with a file that is not shaped like a dataset.
    fn explain(bytes: Vec<u8>) -> Result<Loaded, Invalid> {
        load(&bytes)
    }
}

/// Said of a file not shaped like a dataset when the code that says how could not be fetched.
fn unexplained() -> Invalid {
    let d = Diagnostic::error(String::new(), "the file is not shaped like a dataset (the details could not be loaded)")
        .with_fix("try again, or check the file with datamap-check");
    Invalid { diagnostics: vec![d] }
}

/// Fetches, parses and validates the dataset at `url`.
pub async fn fetch_outcome(url: &str) -> LoadOutcome {
    let bytes = fetch_bytes(url).await.map_err(|e| Arc::new(AppError::from(e)))?;
    outcome_of(&bytes).await
}

/// The whole app, configured by the page's URL.
#[component]
pub fn App() -> impl IntoView {
    let state = page::view_state();
    let needs = Needs::of(&state);
    needs.fetch();
    fetch_panel_on_touch();
    let file = state.data.clone().unwrap_or_else(|| page::DEFAULT_DATA.to_owned());
    let other_data = state.data.is_some();
    let embed = state.embed;
    let app = AppState::new(state, page::browser_lang());
    app.sync_url();
    let outcome = RwSignal::new(None::<LoadOutcome>);
    // Curators can preview a local file in the full page (not embedded).
    let preview = (!embed).then(|| PreviewState::new(outcome));
    let fetch_file = file.clone();
    let start = move || {
        let url = fetch_file.clone();
        outcome.set(None);
        spawn_local(async move {
            let result = fetch_outcome(&url).await;
            // What the address shows at once is drawn with the map (the panel and a tour's card
            // frame the camera).
            needs.wait().await;
            if preview.is_some_and(|p| p.arrived(&result)) {
                return;
            }
            if result.as_ref().is_ok_and(|l| !l.placed) {
                // The layout will run for a while: end the parsing task here and build the
                // interface in the next one, so no single task holds the page for long.
                crate::web::timing::after(0, move || outcome.set(Some(result)));
            } else {
                outcome.set(Some(result));
            }
        });
    };
    start();
    let retry = Callback::new(move |_: ()| start());
    view! { <Shell outcome=outcome.into() file other_data on_retry=retry app preview /> }
}

/// The page around a dataset: header (title, counts, search, switches), filters and legend,
/// the map or the list, the detail panel, and the footer.
#[component]
pub fn Shell(
    /// The dataset, once loaded (or why it could not be).
    outcome: Signal<Option<LoadOutcome>>,
    /// The dataset's address, for messages and the "other dataset" note.
    #[prop(into)]
    file: String,
    /// Whether the dataset is another than the bundled one (`?data=`).
    #[prop(default = false)]
    other_data: bool,
    /// Called by the error view's "Try again" button.
    #[prop(optional)]
    on_retry: Option<Callback<()>>,
    /// The shared view state (a fresh one, in English, when not given).
    #[prop(optional)]
    app: Option<AppState>,
    /// The curators' preview of a local file, when the page offers it.
    #[prop(default = None)]
    preview: Option<PreviewState>,
) -> impl IntoView {
    let app = app.unwrap_or_else(|| AppState::new(ViewState::default(), Lang::En));
    provide_context(app);
    if let Some(p) = preview {
        provide_context(p);
    }
    if app.initial.with_value(|s| s.embed) {
        page::set_body_class("embed");
    }
    crate::components::effect(move |_| page::set_document_lang(app.lang.get()));
    let title = move || {
        let lang = app.lang.get();
        outcome
            .get()
            .and_then(|o| o.ok())
            .and_then(|l| l.dataset.meta.as_ref().and_then(|m| m.title.as_ref()).map(|t| t.get(lang.code()).to_owned()))
            .unwrap_or_else(|| "Geneva Data Map".to_owned())
    };
    let note_file = file.clone();
    let loaded = move || outcome.get().and_then(|o| o.ok());
    let load_failed = RwSignal::new(false);
    crate::web::lazy::report_to(load_failed);
    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            page::focus_main();
        }>{move || t(app.lang.get(), Key::SkipToMap)}</a>
        <header class="site-header">
            <div class="brand">
                <h1>{title}</h1>
                {move || loaded().map(|l| view! { <Later defer=!l.placed>{let l = l.clone(); move || view! { <Summary lang=app.lang.get() loaded=l.clone() /> }}</Later> })}
            </div>
            {preview.map(|p| view! { <PreviewNote preview=p reload=on_retry /> })}
            {move || loaded().map(|l| view! { <Later defer=!l.placed>{let l = l.clone(); move || view! { <Toolbar loaded=l.clone() /> }}</Later> })}
            {other_data.then(|| view! {
                <p class="other-data" role="note">{move || t(app.lang.get(), Key::OtherData)} " " <code>{note_file}</code></p>
            })}
            {move || load_failed.get().then(|| view! {
                <div class="load-failed-note" role="alert">
                    <p>{move || t(app.lang.get(), Key::LoadFailed)}</p>
                    <button type="button" on:click=move |_| load_failed.set(false)>{move || t(app.lang.get(), Key::Close)}</button>
                </div>
            })}
        </header>
        {move || match outcome.get() {
            None => view! { <main id="main" class="main"><p class="loading" role="status">{t(app.lang.get_untracked(), Key::Loading)}</p></main> }.into_any(),
            Some(Ok(loaded)) => view! { <Explorer loaded /> }.into_any(),
            Some(Err(error)) => view! {
                <main id="main" class="main">{let (lang, file) = (app.lang.get_untracked(), file.clone()); later(lang, preload_error(), move || error_view(lang, error, file, on_retry, None))}</main>
            }.into_any(),
        }}
        <footer class="site-footer">
            <p>{move || t(app.lang.get(), Key::FooterSource)}</p>
            {move || loaded().and_then(|l| {
                let m = l.dataset.meta.as_ref()?;
                data_as_of(app.lang.get(), m.updated.as_deref(), m.version.as_deref())
            }).map(|d| view! { <p class="data-as-of">{d}</p> }.into_any())}
        </footer>
    }
}

/// Its children, now or (`defer`) in a task of their own, after the current one. A map laid out
/// in the browser (not every node placed) defers the header's summary and tools this way, so that
/// no task holds the page for long while the layout runs; with baked positions they are built at
/// once, and the map is drawn in the same task at its final size.
#[component]
fn Later(defer: bool, children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(!defer);
    if defer {
        crate::web::timing::after(0, move || {
            let _ = shown.try_set(true);
        });
    }
    move || shown.get().then(|| children())
}
