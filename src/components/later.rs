//! A view built by a function of a lazily loaded chunk (see `src/web/lazy.rs`): drawn as soon as
//! the chunk is there (at once when it was loaded before), or a short note saying it could not
//! be loaded, while the rest of the app keeps working; and which chunks a page fetches beside
//! its dataset, or at the visitor's first touch.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::components::compare_panel::preload_compare;
use crate::components::detail_panel::preload_panel;
use crate::components::list_view::preload_list;
use crate::components::story_view::preload_draw;
use crate::i18n::{t, Key, Lang};
use crate::url::{View, ViewState};
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

/// The chunks a page shows as soon as its dataset is there, from its address: a node's panel, a
/// tour's card or a view's line, the list, a comparison.
#[derive(Debug, Clone, Copy)]
pub struct Needs {
    panel: bool,
    story: bool,
    list: bool,
    compare: bool,
}

impl Needs {
    /// What the address `state` shows at once.
    pub fn of(state: &ViewState) -> Self {
        Needs {
            panel: state.selection.is_some(),
            story: state.story.is_some(),
            list: state.view == View::List,
            compare: state.compare.is_some(),
        }
    }

    /// Starts fetching them, beside the dataset.
    pub fn fetch(self) {
        spawn_local(async move { self.wait().await });
    }

    /// Waits for them (each is fetched once; a failure is the view's to say).
    pub async fn wait(self) {
        if self.panel {
            let _ = preload_panel().await;
        }
        if self.story {
            let _ = preload_draw().await;
        }
        if self.list {
            let _ = preload_list().await;
        }
        if self.compare {
            let _ = preload_compare().await;
        }
    }
}

/// Fetches the detail panel's chunk at the visitor's first press of a pointer or a key, before
/// the click or key that opens a panel has ended.
pub fn fetch_panel_on_touch() {
    let Some(w) = web_sys::window() else { return };
    let done = std::cell::Cell::new(false);
    let touched = Closure::<dyn Fn()>::new(move || {
        if !done.replace(true) {
            spawn_local(async {
                let _ = preload_panel().await;
            })
        }
    });
    for kind in ["pointerdown", "keydown"] {
        let _ = w.add_event_listener_with_callback_and_bool(kind, touched.as_ref().unchecked_ref(), true);
    }
    touched.forget();
}

/// What `f` gives when polled once, if it is ready then.
pub fn poll_once<F: Future + ?Sized>(f: Pin<&mut F>) -> Option<F::Output> {
    match f.poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(v) => Some(v),
        Poll::Pending => None,
    }
}
