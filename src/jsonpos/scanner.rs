//! [`scan`]: one linear, non-recursive pass over a JSON text that finds where the wanted paths'
//! values start and which keys appear twice in one object. A state machine with an explicit stack
//! of open containers, so nesting depth costs memory (bounded by [`MAX_DEPTH`]), never stack.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::{push_index, push_key};

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
    let longest = wanted.iter().map(String::len).max().unwrap_or(0);
    let mut walk = Walk { wanted, longest, stack: Vec::new(), path: String::new(), out: Scan::default() };
    let mut state = State::Value;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let next = match state {
            State::Value => walk.value(b, c, i),
            State::KeyOrEnd | State::ValueOrEnd if c == b'}' || c == b']' => {
                walk.close();
                Some((i + 1, State::AfterValue))
            }
            State::ValueOrEnd => Some((i, State::Value)),
            State::KeyOrEnd | State::Key if c == b'"' => Some((walk.key(text, i), State::Colon)),
            State::KeyOrEnd | State::Key => None,
            State::Colon => (c == b':').then_some((i + 1, State::Value)),
            State::AfterValue => walk.after_value(c).map(|state| (i + 1, state)),
        };
        let Some(next) = next else { break };
        (i, state) = next;
    }
    walk.out
}

/// The scan's memory apart from its place in the text: the open containers, the path of the
/// current value, and what was found so far.
struct Walk<'w> {
    wanted: &'w HashSet<String>,
    /// The length of the longest wanted path (a longer path is not looked up).
    longest: usize,
    stack: Vec<Frame>,
    path: String,
    out: Scan,
}

impl Walk<'_> {
    /// A value starting with `c`, at `b[i]`: records its offset if wanted, opens a container or
    /// skips a scalar. Returns where to go on and in which state, or `None` to stop (too deep).
    fn value(&mut self, b: &[u8], c: u8, mut i: usize) -> Option<(usize, State)> {
        if self.stack.len() >= MAX_DEPTH {
            // Deeper than any dataset: serde has refused the file already; stop here so memory
            // stays bounded whatever the input.
            return None;
        }
        if let Some(Frame::Array { base, index }) = self.stack.last() {
            self.path.truncate(*base);
            push_index(&mut self.path, *index);
        }
        if self.path.len() <= self.longest && !self.wanted.is_empty() && self.wanted.contains(&self.path) {
            self.out.offsets.insert(self.path.clone(), i);
        }
        Some(match c {
            b'{' => {
                self.stack.push(Frame::Object { base: self.path.len(), keys: HashSet::default() });
                (i + 1, State::KeyOrEnd)
            }
            b'[' => {
                self.stack.push(Frame::Array { base: self.path.len(), index: 0 });
                (i + 1, State::ValueOrEnd)
            }
            b'"' => (string_end(b, i), State::AfterValue),
            _ => {
                while i < b.len() && !matches!(b[i], b',' | b'}' | b']') && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                (i, State::AfterValue)
            }
        })
    }

    /// A key, the string starting at `i`: sets the path to it and notes it if the object has it
    /// already. Returns the offset past it.
    fn key(&mut self, text: &str, i: usize) -> usize {
        let end = string_end(text.as_bytes(), i);
        let raw = &text[i..end];
        let key = if raw.contains('\\') {
            serde_json::from_str::<String>(raw).unwrap_or_else(|_| raw.to_owned())
        } else {
            raw.trim_matches('"').to_owned()
        };
        if let Some(Frame::Object { base, keys }) = self.stack.last_mut() {
            self.path.truncate(*base);
            push_key(&mut self.path, &key);
            if !keys.insert(key) {
                self.out.duplicates.push((self.path.clone(), i));
            }
        }
        end
    }

    /// After a value, the byte `c`: a comma or the end of the container. Returns the next state
    /// (the byte consumed), or `None` to stop.
    fn after_value(&mut self, c: u8) -> Option<State> {
        match (c, self.stack.last_mut()) {
            (b',', Some(Frame::Array { index, .. })) => {
                *index += 1;
                Some(State::Value)
            }
            (b',', Some(Frame::Object { .. })) => Some(State::Key),
            (b'}' | b']', Some(_)) => {
                self.close();
                Some(State::AfterValue)
            }
            _ => None,
        }
    }

    /// Closes the innermost container, if any, cutting the path back to where it started.
    fn close(&mut self) {
        if let Some(frame) = self.stack.pop() {
            self.path.truncate(match frame {
                Frame::Object { base, .. } | Frame::Array { base, .. } => base,
            });
        }
    }
}

/// The offset just past the string that starts with the quote at `start` (the end of the text
/// when the string is not closed).
///
/// Strings are most of a dataset's bytes, so this looks at eight bytes at a time for a quote or
/// a backslash (with word arithmetic, which wasm has too) and steps byte by byte only at those.
pub(crate) fn string_end(b: &[u8], start: usize) -> usize {
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
