//! The app shell: reads the URL, fetches and validates the dataset, and shows the header, the
//! dataset (or the error view) and the footer.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::error_view::ErrorView;
use crate::components::summary::Summary;
use crate::i18n::{t, Key, Lang};
use crate::load::{load, Invalid, Loaded};
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

/// The whole app, configured by the page's URL.
#[component]
pub fn App() -> impl IntoView {
    let state = page::view_state();
    let lang = state.lang.unwrap_or_else(page::browser_lang);
    page::set_document_lang(lang);
    let file = state.data.clone().unwrap_or_else(|| page::DEFAULT_DATA.to_owned());
    let outcome = RwSignal::new(None::<Outcome>);
    let fetch_file = file.clone();
    let start = move || {
        let url = fetch_file.clone();
        outcome.set(None);
        spawn_local(async move { outcome.set(Some(fetch_outcome(&url).await)) });
    };
    start();
    let retry = Callback::new(move |_: ()| start());
    view! { <Shell lang outcome=outcome.into() file other_data=state.data.is_some() on_retry=retry /> }
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
) -> impl IntoView {
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
            <Show when=move || other_data>
                <p class="other-data" role="note">{t(lang, Key::OtherData)} " " <code>{note_file.clone()}</code></p>
            </Show>
        </header>
        <main id="main">
            {move || match outcome.get() {
                None => view! { <p class="loading" role="status">{t(lang, Key::Loading)}</p> }.into_any(),
                Some(Ok(loaded)) => view! { <Summary lang loaded /> }.into_any(),
                Some(Err(error)) => view! { <ErrorView lang error file=file.clone() on_retry /> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>{t(lang, Key::FooterSource)}</p>
        </footer>
    }
}
