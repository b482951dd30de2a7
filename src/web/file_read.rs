//! Reading a local file in the browser with the File API, for the curators' preview: what the
//! browser tells of each file of a drop or a choice before anything is read ([`FileFacts`]:
//! name, type, size, and whether a dropped entry is a folder), and a file's bytes. The file is
//! read here and never sent anywhere.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DataTransfer, File, FileList};

use crate::preview::FileFacts;

/// The files of `list` (an input's choice, or a drop's) with what the browser tells of each;
/// `folders` flags, in the same order, those that a drop's entries say are folders.
pub fn files_of(list: Option<FileList>, folders: &[bool]) -> Vec<(File, FileFacts)> {
    let Some(list) = list else { return Vec::new() };
    let files = (0..list.length()).filter_map(|i| list.get(i)).enumerate();
    files
        .map(|(k, f)| {
            let folder = folders.get(k).copied().unwrap_or(false);
            let facts = FileFacts { name: f.name(), mime: f.type_(), size: f.size() as u64, folder };
            (f, facts)
        })
        .collect()
}

/// The files of a drop, folders flagged; to call during the drop event (its data goes after).
pub fn dropped(dt: &DataTransfer) -> Vec<(File, FileFacts)> {
    let items = dt.items();
    let folders: Vec<bool> = (0..items.length())
        .filter_map(|i| items.get(i))
        .filter(|item| item.kind() == "file")
        .map(|item| item.webkit_get_as_entry().ok().flatten().is_some_and(|e| e.is_directory()))
        .collect();
    files_of(dt.files(), &folders)
}

/// Whether a drag carries files (not only text or a link).
pub fn carries_files(dt: &DataTransfer) -> bool {
    dt.types().iter().any(|t| t.as_string().as_deref() == Some("Files"))
}

/// The bytes of `file`, or what the browser said when it could not read it (a folder it did not
/// tell apart, a file moved or deleted since it was chosen).
pub async fn read(file: &File) -> Result<Vec<u8>, String> {
    match JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => Ok(js_sys::Uint8Array::new(&buffer).to_vec()),
        Err(e) => Err(said(&e)),
    }
}

/// A browser error in words: its name and message (`NotFoundError: A requested file…`).
fn said(e: &JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(e) => String::from(e.name()) + ": " + &String::from(e.message()),
        None => e.as_string().unwrap_or_else(|| "unknown error".to_owned()),
    }
}
