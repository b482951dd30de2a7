//! The "About" button and dialog (`#/about`): what the map is, where its data comes from and how
//! links are chosen and sourced (the dataset's `meta.method`), this edition (date, version,
//! licence), a ready citation, how to correct and contribute (the dataset's `meta.contact`), and
//! the software's licence. What is about the data comes from the dataset's `meta`, so another
//! dataset (`?data=`) has its own About.
//!
//! The dialog is built in the DOM with [`crate::web::dom`], made at the end of `<body>` when About
//! first opens and filled again each time it opens: the dataset's texts are text nodes, never
//! markup, and the app's wasm carries no view type for it. Opening it adds a history entry
//! (`#/about`); Close, Escape and Back go back to the entry before it. Opened from an address,
//! closing it replaces `#/about` by the view under it.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement};

use crate::cite::{citation, text_in};
use crate::components::state::AppState;
use crate::correction::Contact;
use crate::i18n::{data_as_of, t, ta, AboutKey, Key, Lang};
use crate::load::Loaded;
use crate::model::Meta;
use crate::url::Selection;
use crate::web::dom::{clear, Html};
use crate::web::history;

/// The address of the dataset shown, as the app writes it (see `ViewState`): the page, with
/// `?data=` when another dataset is shown, then the hash of `selection`, if any.
pub(crate) fn page_url(app: AppState, selection: Option<&Selection>) -> String {
    let mut url = crate::components::embed_dialog::base_url();
    if let Some(data) = app.initial.with_value(|s| s.data.clone()) {
        url.push_str("?data=");
        url.push_str(&crate::url::encode(&data));
    }
    if let Some(s) = selection {
        url.push_str(&s.hash());
    }
    url
}

/// The "About" button. Its dialog, `<dialog id="about-dialog">` at the end of `<body>`, is made
/// when About first opens and filled each time it opens; it closes with `app.about`.
pub fn about_button(app: AppState, loaded: Arc<Loaded>) -> impl IntoView {
    Effect::new(move |_| {
        let (open, lang) = (app.about.get(), app.lang.get());
        if !open {
            return close();
        }
        // Its code is in a chunk of its own (see `src/web/lazy.rs`), fetched the first time.
        let loaded = loaded.clone();
        leptos::task::spawn_local(async move {
            let ready = preload_about().await.is_ok();
            // Closed or switched to another language while the chunk came: that run shows it.
            if app.about.get_untracked() && app.lang.get_untracked() == lang {
                if ready {
                    let _ = show(app, loaded, lang).await;
                } else {
                    crate::web::lazy::failed("About");
                }
            }
        });
    });
    view! {
        <button type="button" class="about-button" on:click=move |_| app.about.set(true)>{move || ta(app.lang.get(), AboutKey::About)}</button>
    }
}

/// Closes the dialog, if it is open.
fn close() {
    let found = Html::new().and_then(|html| html.by_id("about-dialog"));
    if let Some(d) = found.and_then(|d| d.dyn_into::<HtmlDialogElement>().ok()) {
        d.close();
    }
}

crate::lazy! { about, preload_about;
    /// Opens the dialog, filled for the dataset's `meta` in `lang`.
    fn show(app: AppState, loaded: Arc<Loaded>, lang: Lang) -> () {
        open(app, loaded.dataset.meta.as_ref(), lang)
    }
}

/// Opens the dialog, filled for `meta` in `lang`.
fn open(app: AppState, meta: Option<&Meta>, lang: Lang) {
    let Some(html) = Html::new() else { return };
    let found = html.by_id("about-dialog");
    let Some(d) = found.or_else(|| make(&html, app)).and_then(|d| d.dyn_into::<HtmlDialogElement>().ok()) else {
        return;
    };
    clear(&d);
    if let Some(head) = html.add(&d, "div", &[("class", "about-head")], "") {
        html.add(&head, "h2", &[("id", "about-title")], ta(lang, AboutKey::AboutTitle));
        // A form of method "dialog" closes its dialog, as Escape does.
        if let Some(form) = html.add(&head, "form", &[("method", "dialog")], "") {
            html.add(&form, "button", &[("autofocus", "")], t(lang, Key::Close));
        }
    }
    if let Some(body) = html.add(&d, "div", &[("class", "about-body")], "") {
        fill(&html, &body, meta, lang, &page_url(app, None));
    }
    if !d.open() {
        let _ = d.show_modal();
    }
}

/// The empty dialog, at the end of `<body>`. Closed (Close, Escape), it goes back to the entry
/// before `#/about`, or, when the page was opened at `#/about`, replaces that entry by the view
/// under it.
fn make(html: &Html, app: AppState) -> Option<Element> {
    let attrs = [("class", "about-dialog"), ("aria-labelledby", "about-title")];
    let d = html.place(&html.body()?, "about-dialog", "dialog", &attrs, false)?;
    let dialog = d.clone().dyn_into::<HtmlDialogElement>().ok()?;
    let closed = Closure::<dyn Fn()>::new(move || {
        // A close event comes a task after the close: when Back closed the dialog and Forward
        // opened it again meanwhile, the dialog is open and this close is already undone.
        if app.about.get_untracked() && !dialog.open() {
            if history::depth() > 0 {
                history::back();
            } else {
                app.fitted.set(true);
                app.about.set(false);
            }
        }
    });
    let _ = d.add_event_listener_with_callback("close", closed.as_ref().unchecked_ref());
    closed.forget();
    Some(d)
}

/// Fills the dialog's body for the dataset described by `meta`, in `lang`, shown at `page`.
fn fill(html: &Html, el: &Element, meta: Option<&Meta>, lang: Lang, page: &str) {
    clear(el);
    let empty = Meta::default();
    let m = meta.unwrap_or(&empty);
    let heading = |key| html.add(el, "h3", &[], ta(lang, key));
    // Paragraphs, one per line of the text.
    let paragraphs = |t: &str| {
        for line in t.lines().filter(|l| !l.trim().is_empty()) {
            html.add(el, "p", &[], line);
        }
    };
    html.add(el, "h3", &[], text_in(m.title.as_ref(), lang).unwrap_or(crate::cite::DEFAULT_TITLE));
    paragraphs(text_in(m.description.as_ref(), lang).unwrap_or_default());
    html.add(el, "p", &[], ta(lang, AboutKey::WhatIs));
    if let Some(method) = text_in(m.method.as_ref(), lang) {
        heading(AboutKey::MethodHeading);
        paragraphs(method);
    }
    heading(AboutKey::EditionHeading);
    paragraphs(&data_as_of(lang, m.updated.as_deref(), m.version.as_deref()).unwrap_or_default());
    if let Some(l) = m.license.as_deref() {
        html.add(el, "p", &[], &[ta(lang, AboutKey::Licence), " ", l].concat());
    }
    heading(AboutKey::CiteHeading);
    html.add(el, "p", &[("class", "citation")], &citation(meta, lang, page));
    heading(AboutKey::CorrectHeading);
    match m.contact.as_deref().map(Contact::parse) {
        Some(Ok(contact)) => {
            let p = html.add(el, "p", &[], ta(lang, AboutKey::CorrectHelp));
            let (href, shown) = match contact {
                Contact::Email(a) => (["mailto:", a].concat(), a),
                Contact::Web(u) => (u.to_owned(), u),
            };
            if let Some(p) = p {
                let _ = p.append_with_str_1(" ");
                html.add(&p, "a", &[("href", &href), ("class", "contact")], shown);
            }
        }
        _ => {
            html.add(el, "p", &[], ta(lang, AboutKey::NoContact));
        }
    }
    heading(AboutKey::SoftwareHeading);
    html.add(el, "p", &[], &[ta(lang, AboutKey::Software), " ", env!("CARGO_PKG_LICENSE"), "."].concat());
}
