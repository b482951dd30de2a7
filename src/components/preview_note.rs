//! The curators' preview in the header: the "Open a file" button and the drop zone
//! ([`super::file_drop`]); while a local file is shown, a note that names it ("Previewing your
//! file geneva.json, not the published map"), the way back to the published map and, when the file
//! changes nodes or links, "Show changes" with its panel ([`super::changes_panel`]); and what went
//! wrong with the last file dropped or chosen: a polite message for a file not read, the error
//! alert (line:column, path, fix) for a file that is not a valid dataset. Either can be dismissed;
//! the map under it stays as it was.
//!
//! One Leptos element holds it all, built by hand ([`crate::web::elements`]) when the preview or
//! the language changes: views would cost the wasm about 10 KB (gzip) more. One listener on the
//! page follows file drags and acts on the clicked button's `data-act`. The open button and the message's live region stay
//! while the language does; "Show changes" is a disclosure that opens by itself, so showing the
//! changes redraws nothing but the map, and every button keeps the focus.

use std::cell::Cell;
use std::rc::Rc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, Node};

use crate::components::changes_panel::draw_changes;
use crate::components::error_view::report;
use crate::components::file_drop::{dragged, draw_open_file, take_chosen};
use crate::components::preview_state::{Preview, PreviewState, Problem};
use crate::components::state::{use_app, AppState};
use crate::i18n::{count, t, tp, Counted, Key, Lang, PreviewKey as P};
use crate::load::Loaded;
use crate::web::elements::{attr, button, el, el_text, text};

/// The preview's controls, note, messages and changes.
#[component]
pub fn PreviewNote(
    /// The preview to show.
    preview: PreviewState,
    /// Fetches the published dataset again (when it was not kept).
    reload: Option<Callback<()>>,
) -> impl IntoView {
    let app = use_app();
    let host = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let lang = app.lang.get();
        let shown = preview.shown();
        if let Some(host) = host.get() {
            let open = preview.show_changes.get_untracked();
            preview.with(|p| draw(&host, p, shown.as_deref(), lang, open));
        }
    });
    // One listener type for every event (fewer copies of the listener code in the wasm): files
    // dragged over the page and dropped, and clicks and changes in the preview.
    let depth = Rc::new(Cell::new(0));
    let on_event = move |e: web_sys::Event| {
        let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
        let inside = |selector| target.as_ref().and_then(|t| t.closest(selector).ok().flatten());
        match e.type_().as_str() {
            "click" => {
                let act = inside(".preview [data-act]").and_then(|b| b.get_attribute("data-act"));
                if let Some(act) = act {
                    acted(&act, host, preview, app, reload);
                }
            }
            "change" => {
                let input = inside(".preview .file-input").and_then(|i| i.dyn_into::<HtmlInputElement>().ok());
                if let Some(input) = input {
                    take_chosen(preview, app, &input);
                }
            }
            _ => dragged(e.unchecked_ref(), &depth, preview, app),
        }
    };
    let events = ["dragenter", "dragleave", "dragover", "drop", "click", "change"];
    let listeners = events.map(|name| window_event_listener_untyped(name, on_event.clone()));
    on_cleanup(move || listeners.into_iter().for_each(|l| l.remove()));
    view! { <div class="preview" node_ref=host></div> }
}

/// Does what the preview's button `act` (its `data-act`) says.
fn acted(act: &str, host: NodeRef<Div>, preview: PreviewState, app: AppState, reload: Option<Callback<()>>) {
    match act {
        "open" => {
            let input = host.get_untracked().and_then(|h| h.query_selector(".file-input").ok().flatten());
            if let Some(input) = input.and_then(|i| i.dyn_into::<HtmlElement>().ok()) {
                // In a task of its own: the input's click would reach this listener while it runs.
                // The click's user activation lasts, so the browser still opens its dialog.
                crate::web::timing::after(0, move || input.click());
            }
        }
        "back" => preview.back(app, reload),
        // The disclosure opens or closes by itself; the map follows.
        "toggle" => preview.show_changes.update(|on| *on = !*on),
        _ => preview.update(|p| p.problem = None),
    }
}

/// Draws the preview `p` in `host`, in `lang`: the open button, the file input and the drop zone
/// (again only when the language changed), then the note, the message and the details. The
/// message's live region stays, so that what it says is announced.
fn draw(host: &HtmlElement, p: &Preview, shown: Option<&Loaded>, lang: Lang, open: bool) {
    if host.get_attribute("data-lang").as_deref() != Some(lang.code()) {
        host.set_text_content(None);
        attr(host, "data-lang", lang.code());
        draw_open_file(host, lang);
        for class in ["preview-slot note-slot", "preview-message", "preview-slot details-slot"] {
            el(host, "div", class);
        }
        if let Some(live) = host.query_selector(".preview-message").ok().flatten() {
            attr(&live, "aria-live", "polite");
        }
    }
    let [note, message, details] =
        [".note-slot", ".preview-message", ".details-slot"].map(|s| host.query_selector(s).ok().flatten());
    if let Some(slot) = note {
        slot.set_text_content(None);
        draw_note(&slot, p, shown, lang, open);
    }
    if let Some(slot) = message {
        slot.set_text_content(None);
        if let Some(Problem::Refused(r)) = &p.problem {
            let line = el(&slot, "p", "");
            if let Some(line) = line {
                text(&line, &(r.message(lang) + " "));
                button(&line, t(lang, Key::Close), "dismiss");
            }
        }
    }
    if let Some(slot) = details {
        slot.set_text_content(None);
        draw_alert(&slot, p, lang);
    }
}

/// The note naming the previewed file and "Back to the published map"; when the file changes
/// nodes or links, or has another `meta.version`, "Show changes": a disclosure (`<details>`,
/// `open` when the changes are shown) holding the changes.
fn draw_note(slot: &Node, p: &Preview, shown: Option<&Loaded>, lang: Lang, open: bool) {
    let Some(name) = &p.file else { return };
    let Some(note) = el(slot, "div", "preview-note") else { return };
    attr(&note, "role", "note");
    let changes = p.changes.as_ref();
    if let Some(line) = el(&note, "p", "") {
        text(&line, tp(lang, P::Previewing));
        text(&line, " ");
        el_text(&line, "code", "", name);
        text(&line, tp(lang, P::NotPublished));
        if changes.is_some_and(|c| c.is_empty()) {
            text(&line, " ");
            text(&line, tp(lang, P::SameAsPublished));
        }
    }
    button(&note, tp(lang, P::BackToPublished), "back");
    let (Some(c), Some(published), Some(shown)) = (changes, &p.published, shown) else { return };
    if !c.differ() {
        return;
    }
    let Some(details) = el(&note, "details", "") else { return };
    if open {
        attr(&details, "open", "");
    }
    if let Some(summary) = el_text(&details, "summary", "", tp(lang, P::ShowChanges)) {
        attr(&summary, "data-act", "toggle");
    }
    draw_changes(&details, c, published, shown, lang);
}

/// An invalid file's alert, as the page's error view says it, with a button that closes it.
fn draw_alert(slot: &Node, p: &Preview, lang: Lang) {
    let Some(Problem::Invalid(file, error)) = &p.problem else { return };
    let (summary, items, more) = report(error, file);
    let Some(problem) = el(slot, "div", "preview-problem") else { return };
    if let Some(alert) = el(&problem, "section", "error-view") {
        attr(&alert, "role", "alert");
        el_text(&alert, "h2", "", tp(lang, P::FileInvalid));
        el_text(&alert, "p", "error-summary", &summary);
        if let Some(list) = el(&alert, "ul", "diagnostics") {
            for item in items {
                el(&list, "li", "").and_then(|li| el_text(&li, "code", "", &item));
            }
        }
        if more > 0 {
            el_text(&alert, "p", "error-more", &("+".to_owned() + &count(more, Counted::MoreProblems, lang)));
        }
    }
    button(&problem, t(lang, Key::Close), "dismiss");
}
