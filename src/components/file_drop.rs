//! The ways a curator gives the page a local file to preview: the header's "Open a file" button,
//! which opens a hidden `<input type="file">`, and a drop anywhere on the page, with a drop zone
//! over the page while a file is dragged over it (`<body class="dropping">` shows it). Both hand
//! the files to [`PreviewState::open`]; a drag that carries no file (text, a link) is left to the
//! page.

use std::cell::Cell;

use web_sys::{DragEvent, HtmlInputElement, Node};

use crate::components::preview_state::PreviewState;
use crate::components::state::AppState;
use crate::i18n::{tp, Lang, PreviewKey};
use crate::web::elements::{attr, button, el, el_text};
use crate::web::file_read::{carries_files, dropped, files_of};

/// Follows a file's drag over the page (`depth`: how many elements under the pointer it has
/// entered and not yet left) and opens what is dropped. A drag that carries no file is left alone.
pub fn dragged(e: &DragEvent, depth: &Cell<i32>, preview: PreviewState, app: AppState) {
    let Some(dt) = e.data_transfer().filter(carries_files) else { return };
    e.prevent_default();
    let n = match e.type_().as_str() {
        "dragenter" => depth.get() + 1,
        "dragleave" => (depth.get() - 1).max(0),
        "dragover" => {
            dt.set_drop_effect("copy");
            return;
        }
        _ => {
            preview.open(app, dropped(&dt));
            0
        }
    };
    depth.set(n);
    if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        let _ = body.class_list().toggle_with_force("dropping", n > 0);
    }
}

/// Opens the files chosen in the file input `el`, then empties it, so that choosing the same
/// file again (after editing it) is a change too.
pub fn take_chosen(preview: PreviewState, app: AppState, el: &HtmlInputElement) {
    let files = files_of(el.files(), &[]);
    el.set_value("");
    if !files.is_empty() {
        preview.open(app, files);
    }
}

/// Draws, at the end of `host`, the "Open a file" button (`data-act="open"`), the hidden file
/// input and the drop zone, in `lang`.
pub fn draw_open_file(host: &Node, lang: Lang) {
    if let Some(b) = button(host, tp(lang, PreviewKey::OpenFile), "open") {
        attr(&b, "class", "open-file");
        attr(&b, "title", tp(lang, PreviewKey::OpenFileHelp));
    }
    if let Some(input) = el(host, "input", "file-input") {
        for (name, value) in [("type", "file"), ("accept", ".json,application/json"), ("hidden", "")] {
            attr(&input, name, value);
        }
    }
    if let Some(zone) = el(host, "div", "drop-zone") {
        attr(&zone, "aria-hidden", "true");
        el_text(&zone, "p", "", tp(lang, PreviewKey::DropHere));
    }
}
