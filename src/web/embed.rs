//! The postMessage side of embedding: events to the parent page, commands from it. Only
//! messages from the parent window are heard; their shape is checked by [`crate::embed`].

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::embed::{parse_command, Command};

/// Whether the page runs inside a frame.
pub fn framed() -> bool {
    let Some(w) = web_sys::window() else { return false };
    match (w.parent(), w.self_()) {
        (Ok(Some(parent)), me) => !JsValue::from(parent).loose_eq(&JsValue::from(me)),
        _ => false,
    }
}

/// Posts an event (JSON text from [`crate::embed`]) to the parent page, if framed.
pub fn post(json: &str) {
    if !framed() {
        return;
    }
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else { return };
    if let Ok(value) = js_sys::JSON::parse(json) {
        let _ = parent.post_message(&value, "*");
    }
}

/// Calls `f` with every well-formed command the parent page sends.
pub fn listen(f: impl Fn(Command) + 'static) {
    let Some(w) = web_sys::window() else { return };
    let parent = w.parent().ok().flatten().map(JsValue::from);
    let cb = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let from_parent = match (&parent, ev.source()) {
            (Some(p), Some(src)) => JsValue::from(src).loose_eq(p),
            _ => false,
        };
        if !from_parent {
            return;
        }
        let data = ev.data();
        // Stringify defensively: a cyclic or exotic object simply fails and is ignored.
        let text = if let Some(s) = data.as_string() {
            Some(s)
        } else {
            js_sys::JSON::stringify(&data).ok().and_then(|s| s.as_string())
        };
        if let Some(cmd) = text.as_deref().and_then(parse_command) {
            f(cmd);
        }
    });
    let _ = w.add_event_listener_with_callback("message", cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Posts the document's height to the parent now and whenever it changes.
pub fn report_height() {
    if !framed() {
        return;
    }
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(root) = doc.document_element() else { return };
    let target = root.clone();
    let cb = Closure::<dyn Fn()>::new(move || post(&crate::embed::height_event(f64::from(target.scroll_height()))));
    if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        if let Some(body) = doc.body() {
            observer.observe(&body);
        }
    }
    cb.forget();
}
