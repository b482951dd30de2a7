//! What the page's address and browser say: the view state in the URL, the preferred language.

use crate::i18n::Lang;
use crate::url::ViewState;

/// The bundled dataset, relative to the page.
pub const DEFAULT_DATA: &str = "data/geneva.json";

/// The view state in the current URL (defaults where anything is missing or malformed).
pub fn view_state() -> ViewState {
    let Some(loc) = web_sys::window().map(|w| w.location()) else { return ViewState::default() };
    ViewState::parse(&loc.search().unwrap_or_default(), &loc.hash().unwrap_or_default())
}

/// The browser's preferred interface language, else English.
pub fn browser_lang() -> Lang {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else { return Lang::En };
    let langs: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    Lang::from_browser(langs.iter().map(String::as_str))
}

/// Sets `<html lang>` so assistive technology reads the page in the right language.
pub fn set_document_lang(lang: Lang) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", lang.code());
    }
}

/// Moves keyboard focus to the map (or, in the list view, the main region).
pub fn focus_main() {
    if !focus(".map") {
        focus("#main");
    }
}

/// Moves keyboard focus to the first element that matches `selector`; whether there is one.
pub fn focus(selector: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return false };
    let target = doc.query_selector(selector).ok().flatten();
    target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()).map(|el| el.focus()).is_some()
}

/// Adds a class to `<body>` (the embed mode's styles hang on it).
pub fn set_body_class(class: &str) {
    if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        let _ = body.class_list().add_1(class);
    }
}
