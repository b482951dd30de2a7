//! The boundary: bytes of a dataset file in, a parsed and validated [`Dataset`] out, or every
//! problem found, each placed at its line and column with a fix. Used by the app and the checker.

use rustc_hash::FxHashSet as HashSet;

use serde_json::Value;

use crate::diagnostic::Diagnostic;
use crate::jsonpos::{self, LineIndex};
use crate::model::objects::Object;
use crate::model::Dataset;
use crate::validate::validate;

mod place;
mod shape;
mod text;

use place::place;
use shape::shape_errors;
use text::text_of;

/// The largest dataset file accepted, in bytes (40 MiB: twice the synthetic 20,000-node dataset).
pub const MAX_FILE_BYTES: usize = 40 * 1024 * 1024;

/// A dataset that passed validation, with the warnings worth a look.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The dataset, exactly as in the file.
    pub dataset: Dataset,
    /// Problems that do not make the file invalid. The app shows none, and its wasm looks for
    /// none but a byte order mark (the checker's are in `validate`, compiled natively only).
    pub warnings: Vec<Diagnostic>,
    /// Whether every node has a baked position: the map is drawn at once, not laid out first.
    pub placed: bool,
}

/// A file that cannot be used: every problem found, errors and warnings, in file order.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("the dataset has {} error(s); the first: {}", self.error_count(), self.first_error())]
pub struct Invalid {
    /// All problems found, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Invalid {
    fn one(d: Diagnostic) -> Self {
        Invalid { diagnostics: vec![d] }
    }

    /// How many of the problems are errors.
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// The errors only, in file order.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    fn first_error(&self) -> String {
        self.errors().next().map(ToString::to_string).unwrap_or_default()
    }
}

/// Parses and validates a dataset file.
///
/// ```
/// let bad = datamap::load::load(b"{\"version\": 1,\n \"topics\": [}").unwrap_err();
/// assert_eq!((bad.diagnostics[0].line, bad.diagnostics[0].column), (2, 13));
/// ```
pub fn load(bytes: &[u8]) -> Result<Loaded, Invalid> {
    load_with(bytes, |_| Vec::new())
}

/// Parses and validates a dataset file as [`load`] does, adding the warnings that `more` finds
/// in a dataset without errors (the checker adds [`crate::freshness::warnings`]); they are placed
/// and sorted with the others.
pub fn load_with(bytes: &[u8], more: impl FnOnce(&Dataset) -> Vec<Diagnostic>) -> Result<Loaded, Invalid> {
    read::<true>(bytes, more).map_err(|e| e.unwrap_or_else(|| Invalid { diagnostics: Vec::new() }))
}

/// Parses and validates a dataset file as [`load`] does, but a file that is not shaped like a
/// dataset (or has a key twice in its views or tours) is `Err(None)`, without the reading that
/// says where and how: [`load`] gives it. The app's first module reads with this, and fetches
/// that reading only for such a file (`src/web/lazy.rs`).
pub fn load_quick(bytes: &[u8]) -> Result<Loaded, Option<Invalid>> {
    read::<false>(bytes, |_| Vec::new())
}

/// [`load_with`], explaining a wrong shape (`EXPLAIN`) or giving up on it (`Err(None)`).
fn read<const EXPLAIN: bool>(
    bytes: &[u8],
    more: impl FnOnce(&Dataset) -> Vec<Diagnostic>,
) -> Result<Loaded, Option<Invalid>> {
    let (text, early) = text_of(bytes).map_err(Some)?;
    // Every struct is read from an object only (a list of its fields is a shape error): see
    // `model::objects`.
    let parsed = serde_json::from_str::<Object<Dataset>>(text).map(|Object(ds)| ds);
    let mut diagnostics = early;
    let dataset = match parsed {
        // Views and tours are read through a JSON value, which keeps the last of a key given
        // twice: a file that has them is looked through for those.
        Ok(ds) if (ds.views.is_some() || ds.tours.is_some()) && has_duplicate_keys(text) => {
            if !EXPLAIN {
                return Err(None);
            }
            wrong_shape(text, &mut diagnostics);
            None
        }
        Ok(ds) => Some(ds),
        Err(e) if e.is_syntax() || e.is_eof() => {
            diagnostics.push(syntax(&e, &LineIndex::new(text)));
            return Err(Some(Invalid { diagnostics }));
        }
        Err(_) => {
            if !EXPLAIN {
                return Err(None);
            }
            wrong_shape(text, &mut diagnostics);
            None
        }
    };
    if let Some(ds) = &dataset {
        diagnostics.extend(validate(ds));
        if !diagnostics.iter().any(Diagnostic::is_error) {
            diagnostics.extend(more(ds));
        }
    }
    place(text, &mut diagnostics);
    match dataset {
        Some(dataset) if !diagnostics.iter().any(Diagnostic::is_error) => {
            let placed = crate::bake::fully_placed(&dataset);
            Ok(Loaded { dataset, warnings: diagnostics, placed })
        }
        _ => Err(Some(Invalid { diagnostics })),
    }
}

/// Whether some object of the file has a key twice.
fn has_duplicate_keys(text: &str) -> bool {
    !jsonpos::scan(text, &HashSet::default()).duplicates.is_empty()
}

/// The problems of a well-formed file of the wrong shape: each part is looked at on its own, to
/// report them all. Duplicate keys make the typed parse fail, but vanish in a `Value`: they are
/// found first.
fn wrong_shape(text: &str, diagnostics: &mut Vec<Diagnostic>) {
    let lines = LineIndex::new(text);
    for (path, offset) in jsonpos::scan(text, &HashSet::default()).duplicates {
        let key = path.rsplit(['.', '[']).next().unwrap_or(&path).trim_end_matches(']').to_owned();
        diagnostics.push(
            Diagnostic::error(path, format!("the key {key} appears twice in this object; only the last would count"))
                .with_fix("keep one of them and delete the other")
                .at(lines.pos(offset)),
        );
    }
    match serde_json::from_str::<Value>(text) {
        Ok(value) => shape_errors(&value, diagnostics),
        Err(e) => diagnostics.push(syntax(&e, &LineIndex::new(text))),
    }
}

/// A JSON syntax error, placed where serde_json found it, with a hint for the usual causes.
fn syntax(e: &serde_json::Error, lines: &LineIndex) -> Diagnostic {
    let full = e.to_string();
    let message = full.split(" at line ").next().unwrap_or(&full).to_owned();
    let fix = if e.is_eof() {
        "the file ends too early (it may be cut off): close every { and [ that is open"
    } else if message.contains("trailing comma") {
        "remove the comma before the closing bracket"
    } else if message.contains("key must be a string") {
        "put every key in double quotes, and remove any comma before a closing }"
    } else if message.contains("expected `,` or") {
        "add the missing comma between two entries, or close the bracket"
    } else if message.contains("recursion limit") {
        "the file nests more than 128 levels deep; a dataset needs at most 5"
    } else if message.contains("number out of range") {
        "write an ordinary number; JSON has no infinity"
    } else if message.contains("trailing characters") {
        "delete what follows the end of the top-level object"
    } else {
        "check the JSON syntax here: strings in double quotes, commas between entries, no comments"
    };
    Diagnostic::error("", format!("invalid JSON: {message}"))
        .with_fix(fix)
        .at(lines.from_line_byte_column(e.line(), e.column()))
}

#[cfg(test)]
mod tests {
    /// `index.html` downloads the dataset before the app's code arrives and gives up on a file
    /// declared larger than this limit (the app then says why): both must say the same.
    #[test]
    fn the_pages_early_download_has_the_same_size_limit() {
        let page = include_str!("../index.html");
        let limit = format!("> {} * 1024 * 1024", super::MAX_FILE_BYTES / (1024 * 1024));
        assert!(
            super::MAX_FILE_BYTES.is_multiple_of(1024 * 1024) && page.contains(&limit),
            "index.html should check {limit}"
        );
    }
}
