//! The curators' preview of a local dataset file, its pure decisions: whether a dropped or chosen
//! file is worth reading (one JSON file, not a folder or an image, within the size limit) and what
//! to tell the curator when it is not ([`decide`], [`Refusal::message`]), which selection a new
//! version of the dataset keeps ([`kept`]), and what a previewed dataset changes from the
//! published one ([`changes`]). The browser part is `web/file_read.rs` and the components
//! `file_drop`, `preview_state` and `preview_note`.

mod changes;
#[cfg(test)]
mod tests;

pub use changes::{changes, node_name, Changes};

use crate::i18n::{tp, Lang, PreviewKey as Key};
use crate::load::MAX_FILE_BYTES;
use crate::model::Dataset;
use crate::url::Selection;

/// What the browser tells of a dropped or chosen file before reading it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FileFacts {
    /// The file's name, without its folder.
    pub name: String,
    /// Its media type as the browser guesses it from the name (`File.type`), `""` when unknown.
    pub mime: String,
    /// Its size in bytes (`File.size`).
    pub size: u64,
    /// Whether it is a folder (a dropped folder's entry says so).
    pub folder: bool,
}

/// Why a file is not read: nothing is replaced, and the curator is told why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Nothing came with the drop: text or a link, not a file.
    NoFile,
    /// Several files at once (how many).
    Several(usize),
    /// A folder, by name.
    Folder(String),
    /// An image (`image/*`), by name.
    Image(String),
    /// Neither named `.json` nor typed as JSON, by name.
    NotJson(String),
    /// Larger than [`MAX_FILE_BYTES`], by name, with its size.
    TooLarge(String, u64),
    /// The browser could not read it (a folder it did not tell apart, a file moved or deleted
    /// since): its name and what the browser said.
    Unreadable(String, String),
}

/// The one file worth reading among `files` (those of one drop or choice), or why there is none.
/// Nothing is read to decide, so that a large file is refused at once.
pub fn decide(files: &[FileFacts]) -> Result<&FileFacts, Refusal> {
    let file = match files {
        [] => return Err(Refusal::NoFile),
        [one] => one,
        _ => return Err(Refusal::Several(files.len())),
    };
    let name = || file.name.clone();
    let mime = file.mime.to_ascii_lowercase();
    let json_name = file.name.to_ascii_lowercase().ends_with(".json");
    if file.folder {
        Err(Refusal::Folder(name()))
    } else if mime.starts_with("image/") {
        Err(Refusal::Image(name()))
    } else if !(json_name || mime == "application/json" || mime.ends_with("+json")) {
        Err(Refusal::NotJson(name()))
    } else if file.size > MAX_FILE_BYTES as u64 {
        Err(Refusal::TooLarge(name(), file.size))
    } else {
        Ok(file)
    }
}

impl Refusal {
    /// What to tell the curator, in `lang`.
    ///
    /// ```
    /// use datamap::{i18n::Lang, preview::Refusal};
    /// let m = Refusal::TooLarge("big.json".into(), 200 * 1024 * 1024).message(Lang::En);
    /// assert_eq!(m, "big.json is 200.0 MiB; the limit is 40 MiB. Open a smaller file.");
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        let (key, name) = match self {
            Refusal::NoFile => (Key::RefuseNoFile, ""),
            Refusal::Several(_) => (Key::RefuseSeveral, ""),
            Refusal::Folder(n) => (Key::RefuseFolder, n.as_str()),
            Refusal::Image(n) => (Key::RefuseImage, n.as_str()),
            Refusal::NotJson(n) => (Key::RefuseNotJson, n.as_str()),
            Refusal::TooLarge(n, _) => (Key::RefuseTooLarge, n.as_str()),
            Refusal::Unreadable(n, _) => (Key::RefuseUnreadable, n.as_str()),
        };
        let mut text = tp(lang, key).to_owned();
        match self {
            Refusal::Several(n) => text = text.replace("{n}", &n.to_string()),
            Refusal::TooLarge(_, bytes) => {
                let limit = (MAX_FILE_BYTES / (1024 * 1024)).to_string();
                text = text.replace("{size}", &mebibytes(*bytes, lang)).replace("{limit}", &limit);
            }
            Refusal::Unreadable(_, said) => text = text.replace("{said}", said),
            _ => {}
        }
        // The name last: a name that holds `{size}` stays as it is.
        text.replace("{name}", name)
    }
}

/// `bytes` in mebibytes with one decimal, without float formatting: `200.0`, or `0,5` in French.
fn mebibytes(bytes: u64, lang: Lang) -> String {
    let tenths = (bytes * 10 + 524_288) / 1_048_576;
    let comma = if lang == Lang::Fr { "," } else { "." };
    (tenths / 10).to_string() + comma + &(tenths % 10).to_string()
}

/// Whether a new version of the dataset keeps `selection`: its node is still there, of the same
/// kind. A selection whose node is gone is cleared.
pub fn kept(selection: &Selection, ds: &Dataset) -> bool {
    match selection {
        Selection::Org(id) => ds.organisations.iter().any(|o| o.id.as_str() == id),
        Selection::Topic(id) => ds.topics.iter().any(|t| t.id.as_str() == id),
    }
}
