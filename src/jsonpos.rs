//! Where things are in a JSON text: JSON paths (`links[12].topic`) to line and column, and
//! duplicate keys (which serde silently accepts).
//!
//! serde reports positions only for syntax errors; validation works on typed values. This module
//! closes the gap with one linear, non-recursive pass over the text ([`scan`], in
//! `jsonpos/scanner.rs`), so even a 10,000-level deep file cannot overflow the stack.

use std::fmt::Write as _;

mod scanner;

// The typography lint (native only) and the tests use it.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub(crate) use scanner::string_end;
pub use scanner::{scan, Scan, MAX_DEPTH};

/// A 1-based line and column; columns count characters, not bytes, as editors do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    /// Line, from 1.
    pub line: u32,
    /// Column, from 1, in characters.
    pub column: u32,
}

/// Appends an object key to a JSON path: `.key`, or `["odd key"]` when the key is not a plain word.
pub fn push_key(path: &mut String, key: &str) {
    let plain = !key.is_empty()
        && key.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '$');
    if plain {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(key);
    } else {
        path.push('[');
        push_json_string(path, key);
        path.push(']');
    }
}

/// Appends `s` as a JSON string, quoted and escaped exactly as serde_json writes one (`\"`, `\\`,
/// `\n`, `\t`..., other control characters as `\u001f`), without serde_json's serializer in the
/// wasm.
pub fn push_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends an array index to a JSON path: `[3]`.
pub fn push_index(path: &mut String, index: usize) {
    let _ = write!(path, "[{index}]");
}

/// A JSON path as a chain of segments on the stack, made into text only when a message needs
/// it: reading or checking a value that is fine allocates no path.
///
/// ```
/// use datamap::jsonpos::At;
/// let views = At::Root("views");
/// let view = views.index(3);
/// assert_eq!(view.key("camera").render(), "views[3].camera");
/// assert_eq!(view.key("odd key").render(), "views[3][\"odd key\"]");
/// ```
#[derive(Debug, Clone, Copy)]
pub enum At<'a> {
    /// A path written out (`views`, or `` for the whole file).
    Root(&'a str),
    /// A field of the object at a path.
    Key(&'a At<'a>, &'a str),
    /// An item of the list at a path.
    Index(&'a At<'a>, usize),
}

impl<'a> At<'a> {
    /// The path of field `key` of the object here.
    pub fn key(&'a self, key: &'a str) -> At<'a> {
        At::Key(self, key)
    }

    /// The path of item `index` of the list here.
    pub fn index(&'a self, index: usize) -> At<'a> {
        At::Index(self, index)
    }

    /// The path as text: `views[3].camera`.
    pub fn render(&self) -> String {
        let mut path = String::new();
        self.push(&mut path);
        path
    }

    fn push(&self, path: &mut String) {
        match *self {
            At::Root(root) => path.push_str(root),
            At::Key(parent, key) => {
                parent.push(path);
                push_key(path, key);
            }
            At::Index(parent, index) => {
                parent.push(path);
                push_index(path, index);
            }
        }
    }
}

/// Maps byte offsets of one text to lines and columns.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the line starts of `text`.
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    /// The line and column of a byte offset (clamped to the text).
    pub fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let column = self.text.get(start..offset).map(|s| s.chars().count()).unwrap_or(offset - start);
        Pos { line: line as u32, column: column as u32 + 1 }
    }

    /// The positions of many offsets in one pass over the text (placing thousands of diagnostics
    /// on one long minified line stays linear).
    pub fn positions(&self, offsets: &[usize]) -> Vec<Pos> {
        let mut order: Vec<usize> = (0..offsets.len()).collect();
        crate::sort::sort_by_key(&mut order, |&k| offsets[k]);
        let mut out = vec![Pos::default(); offsets.len()];
        let (mut at, mut line, mut column) = (0usize, 0usize, 1u32);
        for k in order {
            let target = offsets[k].min(self.text.len());
            let l = self.starts.partition_point(|&s| s <= target).max(1) - 1;
            if l != line || target < at {
                line = l;
                at = self.starts[l];
                column = 1;
            }
            if let Some(s) = self.text.get(at..target) {
                column += s.chars().count() as u32;
                at = target;
            }
            out[k] = Pos { line: line as u32 + 1, column };
        }
        out
    }

    /// The position of a 1-based line and a 1-based *byte* column (as serde_json reports them).
    pub fn from_line_byte_column(&self, line: usize, byte_column: usize) -> Pos {
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else {
            return self.pos(self.text.len());
        };
        let mut offset = (start + byte_column.saturating_sub(1)).min(self.text.len());
        while offset > start && !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        self.pos(offset)
    }
}

#[cfg(test)]
mod tests;
