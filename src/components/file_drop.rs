//! The ways a curator gives the page a local file to preview: a drop anywhere on the page, with a
//! drop zone over the page while a file is dragged over it (`<body class="dropping">` shows it),
//! and the hidden `<input type="file">` behind the header's "Open a file" button. Both hand the
//! files to [`PreviewState::open`]; a drag that carries no file (text, a link) is left to the page.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlInputElement};

use crate::components::preview_state::{open_later, PreviewState};
use crate::components::state::AppState;
use crate::web::file_read::{carries_files, dropped, files_of};

/// Follows files dragged over the page and opens those dropped on it, while the calling component
/// lives: one listener type for the four drag events.
pub fn watch_drops(preview: PreviewState, app: AppState) {
    // How many elements under the pointer the file's drag has entered and not yet left.
    let depth = Rc::new(Cell::new(0));
    let on_drag = move |e: web_sys::Event| dragged(e.unchecked_ref(), &depth, preview, app);
    let events = ["dragenter", "dragleave", "dragover", "drop"];
    let listeners = events.map(|name| window_event_listener_untyped(name, on_drag.clone()));
    on_cleanup(move || listeners.into_iter().for_each(|l| l.remove()));
}

/// One drag event of a file: the drop zone shown while the drag is over the page, the files
/// opened when dropped.
fn dragged(e: &DragEvent, depth: &Cell<i32>, preview: PreviewState, app: AppState) {
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
            open_later(preview, app, dropped(&dt));
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
        open_later(preview, app, files);
    }
}
