//! Parts of the page built directly in the DOM, for content that is rebuilt as a whole when it
//! changes (the views' and tours' menu, line, card and text): elements with attributes, and text
//! always as text nodes, never markup. Much smaller in the wasm than a view type per part.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// Builds elements in the page's document.
pub struct Html(Document);

impl Html {
    /// The page's document, if there is one.
    pub fn new() -> Option<Html> {
        web_sys::window().and_then(|w| w.document()).map(Html)
    }

    /// The page's `<body>`.
    pub fn body(&self) -> Option<Element> {
        self.0.body().map(Element::from)
    }

    /// The element with this id.
    pub fn by_id(&self, id: &str) -> Option<Element> {
        self.0.get_element_by_id(id)
    }

    /// The element that has the focus, if any.
    pub fn focused(&self) -> Option<Element> {
        self.0.active_element()
    }

    /// Gives the focus to `el`.
    pub fn focus(&self, el: &Element) {
        if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }

    /// The first element in `el` that matches `selector`.
    pub fn first(&self, el: &Element, selector: &str) -> Option<Element> {
        el.query_selector(selector).ok().flatten()
    }

    /// The element `#id` in `parent`, made (with `attrs`) first or last in it if it is not there.
    pub fn place(&self, parent: &Element, id: &str, tag: &str, attrs: &[(&str, &str)], first: bool) -> Option<Element> {
        if let Some(el) = self.by_id(id) {
            return Some(el);
        }
        let el = self.make(tag, attrs, "")?;
        let _ = el.set_attribute("id", id);
        let _ = if first { parent.prepend_with_node_1(&el) } else { parent.append_with_node_1(&el) };
        Some(el)
    }

    /// A new `<tag>` with `attrs` (name, value) and `text` (as a text node), added to `parent`.
    pub fn add(&self, parent: &Element, tag: &str, attrs: &[(&str, &str)], text: &str) -> Option<Element> {
        let el = self.make(tag, attrs, text)?;
        parent.append_with_node_1(&el).ok()?;
        Some(el)
    }

    /// A new `<tag>` with `attrs` and `text`, not yet in the page.
    fn make(&self, tag: &str, attrs: &[(&str, &str)], text: &str) -> Option<Element> {
        let el = self.0.create_element(tag).ok()?;
        for (name, value) in attrs {
            let _ = el.set_attribute(name, value);
        }
        if !text.is_empty() {
            let _ = el.append_with_str_1(text);
        }
        Some(el)
    }
}

/// Removes every child of `el`.
pub fn clear(el: &Element) {
    el.set_text_content(None);
}
