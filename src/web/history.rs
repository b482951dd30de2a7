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
    let current = format!("{}{}{}", path, w.location().search().unwrap_or_default(), w.location().hash().unwrap_or_default());
    if current == url || (hash.is_empty() && current == format!("{path}{}", state.query())) {
        return;
    }
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
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
