//! The URL as the state: write the view into the address bar (a new history entry for a new
//! selection, a replaced one for camera moves) and hear Back and Forward.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::url::ViewState;

/// Writes `state` into the address bar; `push` adds a history entry (selections), otherwise the
/// current entry is replaced (camera moves, search text, filters).
pub fn write(state: &ViewState, push: bool) {
    let Some(w) = web_sys::window() else { return };
    let (Ok(path), Ok(history)) = (w.location().pathname(), w.history()) else { return };
    let mut url = format!("{path}{}", state.query());
    let hash = state.hash();
    url.push_str(if hash.is_empty() { "#/" } else { &hash });
    let current =
        format!("{}{}{}", path, w.location().search().unwrap_or_default(), w.location().hash().unwrap_or_default());
    if current == url || (hash.is_empty() && current == format!("{path}{}", state.query())) {
        return;
    }
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::from_f64(f64::from(depth() + 1)), "", Some(&url))
    } else {
        history.replace_state_with_url(&history.state().unwrap_or(wasm_bindgen::JsValue::NULL), "", Some(&url))
    };
}

/// How many history entries this app has pushed before the current one (0 on arrival).
pub fn depth() -> u32 {
    web_sys::window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .and_then(|s| s.as_f64())
        .filter(|d| d.is_finite() && *d >= 0.0)
        .map_or(0, |d| d as u32)
}

/// Goes back one entry (as the browser's Back button does).
pub fn back() {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.back();
    }
}

/// Calls `f` with the view in the URL after Back, Forward or a hash edited by hand.
pub fn on_navigate(f: impl Fn(ViewState) + 'static) {
    let Some(w) = web_sys::window() else { return };
    let f = std::rc::Rc::new(f);
    for event in ["popstate", "hashchange"] {
        let f = f.clone();
        let cb = Closure::<dyn Fn()>::new(move || f(super::page::view_state()));
        let _ = w.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
        cb.forget();
    }
}
