//! The dataset download that `index.html` starts before the app's code has arrived.
//!
//! The page's first script fetches the dataset (the `?data=` file, or the bundled one) and keeps
//! `window.__datamapPrefetch = { url, within }`, where `within(ms)` gives a promise of the body as
//! an `ArrayBuffer`, of `null` when anything was off (an error status, no answer, a declared size
//! over [`MAX_FILE_BYTES`]), or of `"late"` when `ms` pass first. The app takes it once, for the
//! same address only. Its bytes are usually there before the app starts, so the app parses and
//! draws in the task that starts it, with no frame and no network round trip in between. On
//! `null` the app fetches the file itself, and that fetch says what went wrong; a retry always
//! fetches afresh.

use wasm_bindgen::{JsCast, JsValue};

use crate::load::MAX_FILE_BYTES;

/// The property of `window` that `index.html` sets.
pub const KEY: &str = "__datamapPrefetch";

/// What came of a prefetch.
pub enum Prefetched {
    /// The body.
    Bytes(Vec<u8>),
    /// Nothing within the time allowed.
    TimedOut,
    /// An error status, no answer, or a file declared too large: fetch it again to say why.
    Failed,
}

/// Takes the page's prefetch when it is for `url` (it is removed either way, so a retry or another
/// dataset fetches afresh): its `within` function.
pub fn take(url: &str) -> Option<js_sys::Function> {
    let window = web_sys::window()?;
    let key = JsValue::from_str(KEY);
    let slot = js_sys::Reflect::get(&window, &key).ok().filter(|v| v.is_object())?;
    let _ = js_sys::Reflect::delete_property(window.unchecked_ref::<js_sys::Object>(), &key);
    let same = js_sys::Reflect::get(&slot, &JsValue::from_str("url")).ok()?.as_string()? == url;
    if !same {
        return None;
    }
    js_sys::Reflect::get(&slot, &JsValue::from_str("within")).ok()?.dyn_into::<js_sys::Function>().ok()
}

/// Waits at most `timeout_ms` for a prefetch's body.
pub async fn bytes(within: js_sys::Function, timeout_ms: i32) -> Prefetched {
    let Some(promise) = within
        .call1(&JsValue::NULL, &JsValue::from(timeout_ms))
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return Prefetched::Failed;
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(v) if v.as_string().as_deref() == Some("late") => Prefetched::TimedOut,
        Ok(v) => match v.dyn_into::<js_sys::ArrayBuffer>() {
            Ok(buffer) if (buffer.byte_length() as usize) <= MAX_FILE_BYTES => {
                Prefetched::Bytes(js_sys::Uint8Array::new(&buffer).to_vec())
            }
            _ => Prefetched::Failed,
        },
        Err(_) => Prefetched::Failed,
    }
}
