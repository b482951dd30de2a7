//! A view built by a function of a lazily loaded chunk (see `src/web/lazy.rs`): drawn as soon as
//! the chunk is there (at once when it was loaded before), or a short note saying it could not
//! be loaded, while the rest of the app keeps working.

use std::future::Future;

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::i18n::{t, Key, Lang};
use crate::web::lazy::LoadError;

/// The view `built` resolves to, or the note in `lang` when its chunk could not be loaded.
pub fn later(lang: Lang, built: impl Future<Output = Result<AnyView, LoadError>> + 'static) -> impl IntoView {
    let built = SendWrapper::new(built);
    Suspend::new(async move {
        match built.await {
            Ok(view) => view,
            Err(_) => failed(lang).into_any(),
        }
    })
}

/// The note shown in place of what could not be loaded.
pub fn failed(lang: Lang) -> impl IntoView {
    view! { <p class="load-failed" role="alert">{t(lang, Key::LoadFailed)}</p> }
}
