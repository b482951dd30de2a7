//! A view built by a function of a lazily loaded chunk (see `src/web/lazy.rs`): drawn as soon as
//! the chunk is there (at once when it was loaded before), or a short note saying it could not
//! be loaded, while the rest of the app keeps working.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use leptos::task::spawn_local;

use crate::i18n::{t, Key, Lang};
use crate::web::lazy::LoadError;

/// The view `build` makes with the code of a chunk (`preload` fetches it): made at once when the
/// chunk is here, like any view; else nothing until it comes, then made in the same place, or
/// the note in `lang` when it could not be fetched.
pub fn later<P, B, F>(lang: Lang, preload: P, build: B) -> AnyView
where
    P: Future<Output = Result<(), LoadError>> + 'static,
    B: FnOnce() -> F + 'static,
    F: Future<Output = Result<AnyView, LoadError>>,
{
    let mut preload = Box::pin(preload);
    match poll_once(preload.as_mut()) {
        Some(Ok(())) => now(lang, build),
        Some(Err(_)) => failed(lang).into_any(),
        None => {
            let fetched = RwSignal::new(None::<bool>);
            spawn_local(async move {
                let ok = preload.await.is_ok();
                let _ = fetched.try_set(Some(ok));
            });
            let build = SendWrapper::new(std::cell::Cell::new(Some(build)));
            // Runs again only when the chunk has come (or could not).
            (move || match fetched.get() {
                Some(true) => match (*build).take() {
                    Some(build) => untrack(|| now(lang, build)),
                    None => ().into_any(),
                },
                Some(false) => failed(lang).into_any(),
                None => ().into_any(),
            })
            .into_any()
        }
    }
}

/// The view `build` makes, its chunk being here (its future is ready when first polled).
fn now<B, F>(lang: Lang, build: B) -> AnyView
where
    B: FnOnce() -> F,
    F: Future<Output = Result<AnyView, LoadError>>,
{
    match poll_once(Box::pin(build()).as_mut()) {
        Some(Ok(view)) => view,
        _ => failed(lang).into_any(),
    }
}

/// The note shown in place of what could not be loaded.
pub fn failed(lang: Lang) -> impl IntoView {
    view! { <p class="load-failed" role="alert">{t(lang, Key::LoadFailed)}</p> }
}

/// What `f` gives when polled once, if it is ready then.
pub fn poll_once<F: Future + ?Sized>(f: Pin<&mut F>) -> Option<F::Output> {
    match f.poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(v) => Some(v),
        Poll::Pending => None,
    }
}
