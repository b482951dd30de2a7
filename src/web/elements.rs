//! Small parts of the page built by hand, for the curators' preview (`components/preview_note.rs`):
//! elements, text and buttons appended in order. Text always goes in as text (never as markup).
//! Plain calls instead of Leptos views, whose code is generated anew for every view's shape: the
//! preview's few, rarely drawn elements cost the wasm a fraction of what views would.

use web_sys::{Document, Element, Node};

/// The page's document.
pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// A new `<tag class="class">` at the end of `parent` (no class when `class` is empty).
pub fn el(parent: &Node, tag: &str, class: &str) -> Option<Element> {
    let e = document()?.create_element(tag).ok()?;
    if !class.is_empty() {
        let _ = e.set_attribute("class", class);
    }
    parent.append_child(&e).ok()?;
    Some(e)
}

/// `text` at the end of `parent`, as text.
pub fn text(parent: &Node, text: &str) {
    if let Some(t) = document().map(|d| d.create_text_node(text)) {
        let _ = parent.append_child(&t);
    }
}

/// A new `<tag class="class">` holding `content` as text, at the end of `parent`.
pub fn el_text(parent: &Node, tag: &str, class: &str, content: &str) -> Option<Element> {
    let e = el(parent, tag, class)?;
    e.set_text_content(Some(content));
    Some(e)
}

/// A new `<button type="button" data-act="act">` labelled `label`, at the end of `parent`: the
/// preview handles every click by its button's `data-act`.
pub fn button(parent: &Node, label: &str, act: &str) -> Option<Element> {
    let b = el_text(parent, "button", "", label)?;
    let _ = b.set_attribute("type", "button");
    let _ = b.set_attribute("data-act", act);
    Some(b)
}

/// Sets attribute `name` of `e` to `value`.
pub fn attr(e: &Element, name: &str, value: &str) {
    let _ = e.set_attribute(name, value);
}
