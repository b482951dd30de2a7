//! Copying the current view's address to the clipboard.

use wasm_bindgen_futures::JsFuture;

/// Copies `location.href`; calls `done(true)` when it worked.
pub fn copy_current_url(done: impl FnOnce(bool) + 'static) {
    let Some(w) = web_sys::window() else { return done(false) };
    let href = w.location().href().unwrap_or_default();
    let promise = w.navigator().clipboard().write_text(&href);
    leptos::task::spawn_local(async move { done(JsFuture::from(promise).await.is_ok()) });
}
