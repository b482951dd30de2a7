//! The error view: a `role="alert"` that says what failed, where (HTTP status, or line:column and
//! JSON path) and what to do. The page around it keeps working.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::app::AppError;
use crate::i18n::{count, t, Counted, Key, Lang};

/// How many diagnostics the alert lists before "and N more".
pub const SHOWN: usize = 5;

/// Shows why the dataset could not be used.
#[component]
pub fn ErrorView(
    /// Interface language.
    lang: Lang,
    /// What went wrong.
    error: Arc<AppError>,
    /// The dataset's address.
    #[prop(into)]
    file: String,
    /// Called by the "Try again" button (shown for fetch errors).
    on_retry: Option<Callback<()>>,
    /// The heading, when not "The map could not be loaded" (a previewed local file's).
    #[prop(default = None)]
    heading: Option<&'static str>,
) -> impl IntoView {
    let (summary, items, more) = match error.as_ref() {
        AppError::Fetch(e) => (e.to_string(), vec![], 0),
        AppError::Invalid(inv) => {
            let shown: Vec<String> = inv.errors().take(SHOWN).map(|d| format!("{file}:{d}")).collect();
            let more = inv.error_count().saturating_sub(SHOWN);
            (format!("{} error(s) in {file}:", inv.error_count()), shown, more)
        }
    };
    let retry = matches!(error.as_ref(), AppError::Fetch(_)).then_some(on_retry).flatten();
    view! {
        <section class="error-view" role="alert">
            <h2>{heading.unwrap_or_else(|| t(lang, Key::ErrorTitle))}</h2>
            <p class="error-summary">{summary}</p>
            {(!items.is_empty()).then(|| view! {
                <ul class="diagnostics">
                    {items.into_iter().map(|d| view! { <li><code>{d}</code></li> }).collect_view()}
                </ul>
            })}
            {(more > 0).then(|| view! { <p class="error-more">"+" {count(more, Counted::MoreProblems, lang)}</p> })}
            {retry.map(|cb| view! { <button type="button" on:click=move |_| cb.run(())>{t(lang, Key::Retry)}</button> })}
        </section>
    }
}

crate::lazy! { error, preload_error;
    /// The error view, in a chunk of its own (see `src/web/lazy.rs`).
    pub fn error_view(lang: Lang, error: Arc<AppError>, file: String, on_retry: Option<Callback<()>>, heading: Option<&'static str>) -> AnyView {
        view! { <ErrorView lang error file on_retry heading /> }.into_any()
    }
}
