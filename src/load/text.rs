//! A dataset file's bytes to text: the size limit, a byte order mark (allowed, with a warning),
//! UTF-8 (an error names the offending byte) and an empty file.

use super::{Invalid, MAX_FILE_BYTES};
use crate::diagnostic::Diagnostic;
use crate::jsonpos::{LineIndex, Pos};
use crate::num::Fixed;

/// The text of a dataset file and the warnings about its bytes, or why it cannot be read as text.
pub(super) fn text_of(bytes: &[u8]) -> Result<(&str, Vec<Diagnostic>), Invalid> {
    let start = Pos { line: 1, column: 1 };
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Invalid::one(
            Diagnostic::error(
                "",
                format!(
                    "the file is {} MiB; the limit is {} MiB",
                    Fixed(mib(bytes.len()), 1),
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
            )
            .with_fix("split the dataset, or shorten its texts")
            .at(start),
        ));
    }
    let mut early = Vec::new();
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => {
            early.push(
                Diagnostic::warning("bom", "", "the file starts with a byte order mark (BOM)")
                    .with_fix("save the file as UTF-8 without BOM")
                    .at(start),
            );
            rest
        }
        None => bytes,
    };
    let bom = if early.is_empty() { 0 } else { 3 };
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
            let pos = LineIndex::new(valid).pos(valid.len());
            let at = e.valid_up_to() + bom;
            let message = match e.error_len() {
                Some(_) => format!(
                    "the file is not valid UTF-8: byte 0x{:02X} at byte offset {at} cannot start a character",
                    bytes[e.valid_up_to()]
                ),
                None => format!(
                    "the file is not valid UTF-8: it ends inside a character (byte offset {at}); it may be cut off"
                ),
            };
            let mut diagnostics = early;
            diagnostics.push(Diagnostic::error("", message).with_fix("save the file with the UTF-8 encoding").at(pos));
            return Err(Invalid { diagnostics });
        }
    };
    if text.trim().is_empty() {
        return Err(Invalid::one(Diagnostic::error("", "the file is empty").with_fix("start from the example in CURATING.md: {\"version\": 1, \"topics\": [], \"organisations\": [], \"links\": []}").at(start)));
    }
    Ok((text, early))
}

fn mib(n: usize) -> f64 {
    n as f64 / (1024.0 * 1024.0)
}
