//! A part of the file written back as compact JSON, with where each of its values and keys is.
//!
//! The shape check reads such a text with the parse's own code (the model's serde code exists
//! once in the wasm, for `serde_json`'s text reader), then finds the JSON path of an error from
//! where `serde_json` stopped: [`Written::path_at`] gives the path a path-tracking deserializer
//! (`serde_path_to_error`) would give, as `shape/tests.rs` checks on thousands of parts.
//!
//! Floats are written as `0.0`: the shape check cares only that they are floats, and a float
//! written back and read again may come out one unit in the last place off. A message that
//! shows one gets the original back ([`Written::float_at`]).

use serde_json::Value;

use crate::jsonpos::{push_index, push_json_string, push_key};

/// A value as text, and where its parts are.
pub(super) struct Written {
    /// The value as compact JSON (keys in the value's order, floats as `0.0`).
    pub text: String,
    /// Every value: its path, where it starts and ends, whether it is an object or a list.
    values: Vec<Span>,
    /// Every key: the path of its member and the offset just past its closing quote.
    keys: Vec<(String, usize)>,
    /// Every float: the offset just past its `0.0` and its value.
    floats: Vec<(usize, f64)>,
}

struct Span {
    path: String,
    start: usize,
    end: usize,
    container: bool,
}

impl Written {
    /// Writes `value`, whose path is `path`.
    pub fn of(value: &Value, path: &str) -> Written {
        let mut w = Written { text: String::new(), values: Vec::new(), keys: Vec::new(), floats: Vec::new() };
        w.write(value, path.to_owned());
        w
    }

    fn write(&mut self, value: &Value, path: String) {
        let start = self.text.len();
        let slot = self.values.len();
        self.values.push(Span { path: String::new(), start, end: start, container: false });
        match value {
            Value::Object(members) => {
                self.text.push('{');
                for (i, (key, member)) in members.iter().enumerate() {
                    if i > 0 {
                        self.text.push(',');
                    }
                    push_json_string(&mut self.text, key);
                    let mut inner = path.clone();
                    push_key(&mut inner, key);
                    self.keys.push((inner.clone(), self.text.len()));
                    self.text.push(':');
                    self.write(member, inner);
                }
                self.text.push('}');
            }
            Value::Array(items) => {
                self.text.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.text.push(',');
                    }
                    let mut inner = path.clone();
                    push_index(&mut inner, i);
                    self.write(item, inner);
                }
                self.text.push(']');
            }
            Value::Number(n) if n.is_f64() => {
                self.text.push_str("0.0");
                self.floats.push((self.text.len(), n.as_f64().unwrap_or_default()));
            }
            Value::Number(n) => self.text.push_str(&n.to_string()),
            Value::String(t) => push_json_string(&mut self.text, t),
            Value::Bool(b) => self.text.push_str(if *b { "true" } else { "false" }),
            Value::Null => self.text.push_str("null"),
        }
        let container = matches!(value, Value::Object(_) | Value::Array(_));
        self.values[slot] = Span { path, start, end: self.text.len(), container };
    }

    /// The path of the value an error at byte `at` of [`Self::text`] belongs to (as
    /// `serde_json` places errors: after a scalar it read, at the start of a container it
    /// refused, just past an unknown key, just past an object that misses a field).
    /// `after_bracket` is for an error of a value read "as anything" (a text in several
    /// languages): such a read takes the `[` of a list before refusing it, so an error just past
    /// a `[` is the list's own.
    pub fn path_at(&self, at: usize, after_bracket: bool) -> &str {
        let root = || self.values.first().map_or("", |v| v.path.as_str());
        if after_bracket && at > 0 && self.text.as_bytes().get(at - 1) == Some(&b'[') {
            if let Some(list) = self.values.iter().find(|v| v.start == at - 1) {
                return &list.path;
            }
        }
        if let Some((path, _)) = self.keys.iter().find(|(_, end)| *end == at) {
            return path;
        }
        // Values are in the order they start, so the last match is the innermost.
        let found = self.values.iter().rev().find(|v| v.end == at).or_else(|| {
            self.values.iter().rev().find(|v| (v.container && v.start == at) || (v.start < at && at < v.end))
        });
        found.map_or_else(root, |v| v.path.as_str())
    }

    /// The float written just before byte `at`, if one ends there.
    pub fn float_at(&self, at: usize) -> Option<f64> {
        self.floats.iter().find(|(end, _)| *end == at).map(|(_, v)| *v)
    }
}
