//! Where things are in a JSON text: JSON paths (`links[12].topic`) to line and column, and
//! duplicate keys (which serde silently accepts).
//!
//! serde reports positions only for syntax errors; validation works on typed values. This module
//! closes the gap with one linear, non-recursive pass over the text, so even a 10,000-level deep
//! file cannot overflow the stack.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

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
        path.push_str(&serde_json::Value::String(key.to_owned()).to_string());
        path.push(']');
    }
}

/// Appends an array index to a JSON path: `[3]`.
pub fn push_index(path: &mut String, index: usize) {
    let _ = write!(path, "[{index}]");
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
        order.sort_by_key(|&k| offsets[k]);
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

/// What one pass over a JSON text found.
#[derive(Debug, Default)]
pub struct Scan {
    /// Byte offsets of the values whose paths were asked for.
    pub offsets: HashMap<String, usize>,
    /// Keys that appear twice in one object: the path of the second one and its byte offset.
    pub duplicates: Vec<(String, usize)>,
}

/// How deep [`scan`] follows nesting (serde_json stops at 128).
pub const MAX_DEPTH: usize = 256;

enum Frame {
    Object { base: usize, keys: HashSet<String> },
    Array { base: usize, index: usize },
}

#[derive(Clone, Copy)]
enum State {
    Value,
    KeyOrEnd,
    Key,
    Colon,
    ValueOrEnd,
    AfterValue,
}

/// Scans `text` (JSON; stops quietly where it is not) for the offsets of the `wanted` paths and
/// for duplicate keys. Paths use [`push_key`] and [`push_index`]; the root is the empty path.
pub fn scan(text: &str, wanted: &HashSet<String>) -> Scan {
    let b = text.as_bytes();
    let mut out = Scan::default();
    let mut stack: Vec<Frame> = Vec::new();
    let mut path = String::new();
    let mut state = State::Value;
    let longest = wanted.iter().map(String::len).max().unwrap_or(0);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        match state {
            State::Value => {
                if stack.len() >= MAX_DEPTH {
                    // Deeper than any dataset: serde has refused the file already; stop here so
                    // memory stays bounded whatever the input.
                    break;
                }
                if let Some(Frame::Array { base, index }) = stack.last() {
                    path.truncate(*base);
                    push_index(&mut path, *index);
                }
                if path.len() <= longest && !wanted.is_empty() && wanted.contains(&path) {
                    out.offsets.insert(path.clone(), i);
                }
                match c {
                    b'{' => {
                        stack.push(Frame::Object { base: path.len(), keys: HashSet::new() });
                        state = State::KeyOrEnd;
                        i += 1;
                    }
                    b'[' => {
                        stack.push(Frame::Array { base: path.len(), index: 0 });
                        state = State::ValueOrEnd;
                        i += 1;
                    }
                    b'"' => {
                        i = string_end(b, i);
                        state = State::AfterValue;
                    }
                    _ => {
                        while i < b.len() && !matches!(b[i], b',' | b'}' | b']') && !b[i].is_ascii_whitespace() {
                            i += 1;
                        }
                        state = State::AfterValue;
                    }
                }
            }
            State::KeyOrEnd | State::ValueOrEnd if c == b'}' || c == b']' => {
                if let Some(frame) = stack.pop() {
                    path.truncate(frame_base(&frame));
                }
                state = State::AfterValue;
                i += 1;
            }
            State::ValueOrEnd => state = State::Value,
            State::KeyOrEnd | State::Key => {
                if c != b'"' {
                    break;
                }
                let end = string_end(b, i);
                let raw = &text[i..end];
                let key = if raw.contains('\\') {
                    serde_json::from_str::<String>(raw).unwrap_or_else(|_| raw.to_owned())
                } else {
                    raw.trim_matches('"').to_owned()
                };
                if let Some(Frame::Object { base, keys }) = stack.last_mut() {
                    path.truncate(*base);
                    push_key(&mut path, &key);
                    if !keys.insert(key) {
                        out.duplicates.push((path.clone(), i));
                    }
                }
                i = end;
                state = State::Colon;
            }
            State::Colon => {
                if c != b':' {
                    break;
                }
                i += 1;
                state = State::Value;
            }
            State::AfterValue => match (c, stack.last_mut()) {
                (b',', Some(Frame::Array { index, .. })) => {
                    *index += 1;
                    state = State::Value;
                    i += 1;
                }
                (b',', Some(Frame::Object { .. })) => {
                    state = State::Key;
                    i += 1;
                }
                (b'}' | b']', Some(_)) => {
                    if let Some(frame) = stack.pop() {
                        path.truncate(frame_base(&frame));
                    }
                    i += 1;
                }
                _ => break,
            },
        }
    }
    out
}

fn frame_base(frame: &Frame) -> usize {
    match frame {
        Frame::Object { base, .. } | Frame::Array { base, .. } => *base,
    }
}

/// The offset just past the string that starts with the quote at `start` (the end of the text
/// when the string is not closed).
///
/// Strings are most of a dataset's bytes, so this looks at eight bytes at a time for a quote or
/// a backslash (with word arithmetic, which wasm has too) and steps byte by byte only at those.
fn string_end(b: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < b.len() {
        if let Some(word) = b.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
            let found = quote_or_backslash(u64::from_le_bytes(word));
            if found == 0 {
                i += 8;
                continue;
            }
            // The lowest flagged byte is always a real match.
            i += (found.trailing_zeros() / 8) as usize;
        }
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// A mask with the high bit set in the bytes of `word` that are `"` or `\\` (and possibly in
/// bytes above such a byte; the lowest set bit is exact).
fn quote_or_backslash(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    zero_byte(word ^ (ONES * u64::from(b'"'))) | zero_byte(word ^ (ONES * u64::from(b'\\')))
}

#[cfg(test)]
mod tests;
