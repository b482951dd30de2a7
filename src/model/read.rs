//! Parts of the dataset read by hand from a JSON value, the first problem of each at its JSON
//! path, worded as serde's derived readers word it: views and tours (see [`super::views`]), and
//! the version, `$schema`, `positions` and a list's own shape when a file's shape is wrong.
//!
//! The loader reads a file typed, with serde's derived readers straight from the text (fast), and
//! only when that fails, again part by part to report every problem at its path (`crate::load`):
//! a record (a topic, a link...) with the derived reader itself, from its text written back
//! (`load::shape`), and the parts above through this reader. Views and tours are read by this
//! reader in the typed read too, so their reading code exists once in the app. It reads an
//! object's fields in the object's order and stops at its first problem, as a derived reader
//! does, with serde's own messages, so the loader's messages and fixes are the same either way.

use serde::de::{Error as _, Unexpected};
use serde_json::Value;

use super::{Id, LangMap, Localized, Source, SourceKind, LOCALIZED_EXPECTING};
use crate::jsonpos::At;

/// A problem: the JSON path of the value and what is wrong with it, as serde says it.
pub type Problem = (String, String);

/// A reader of one kind of value, from the value and its path.
pub type Read<T> = for<'a> fn(&Value, At<'a>) -> Result<T, Problem>;

/// The problem "`message`" at `at`.
pub fn problem(at: At, message: serde_json::Error) -> Problem {
    (at.render(), message.to_string())
}

/// "invalid type: ..., expected `expected`" for `v` at `at`, as serde words it.
pub fn wrong(at: At, v: &Value, expected: &str) -> Problem {
    let unexpected = match v {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (_, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Float(n.as_f64().unwrap_or(0.0)),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    };
    problem(at, serde_json::Error::invalid_type(unexpected, &expected))
}

/// Reads the object at `at` (the format's struct `name`, with these `names` of fields) field by
/// field in the object's order: `field` gets each known one by its index in `names`; an unknown
/// field is a problem.
pub fn fields(
    v: &Value,
    at: At,
    name: &str,
    names: &'static [&'static str],
    mut field: impl FnMut(usize, &Value, At) -> Result<(), Problem>,
) -> Result<(), Problem> {
    let Value::Object(map) = v else { return Err(wrong(at, v, &format!("struct {name}"))) };
    for (k, x) in map {
        match names.iter().position(|n| n == k) {
            Some(i) => field(i, x, at.key(k))?,
            None => return Err(problem(at.key(k), serde_json::Error::unknown_field(k, names))),
        }
    }
    Ok(())
}

/// A required field's value, or "missing field" at its object.
pub fn required<T>(value: Option<T>, at: At, name: &'static str) -> Result<T, Problem> {
    value.ok_or_else(|| problem(at, serde_json::Error::missing_field(name)))
}

/// An optional value: `null` is `None`.
pub fn opt<T>(v: &Value, at: At, read: Read<T>) -> Result<Option<T>, Problem> {
    if v.is_null() {
        Ok(None)
    } else {
        read(v, at).map(Some)
    }
}

/// A list, each item read by `item`.
pub fn list<T>(v: &Value, at: At, item: Read<T>) -> Result<Vec<T>, Problem> {
    let Value::Array(items) = v else { return Err(wrong(at, v, "a sequence")) };
    items.iter().enumerate().map(|(i, x)| item(x, at.index(i))).collect()
}

/// Each item of the list at `at` that reads without a problem; the first problem of each other
/// item, or the list's own when it is not a list, goes to `out`.
pub fn each<T>(v: &Value, at: At, item: Read<T>, out: &mut Vec<Problem>) -> Vec<T> {
    let Value::Array(items) = v else {
        out.push(wrong(at, v, "a sequence"));
        return Vec::new();
    };
    let mut read = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        match item(x, at.index(i)) {
            Ok(t) => read.push(t),
            Err(p) => out.push(p),
        }
    }
    read
}

/// A string.
pub fn string(v: &Value, at: At) -> Result<String, Problem> {
    v.as_str().map(str::to_owned).ok_or_else(|| wrong(at, v, "a string"))
}

/// An id (checked by validation, not here).
pub fn id(v: &Value, at: At) -> Result<Id, Problem> {
    string(v, at).map(Id)
}

/// A number.
pub fn number(v: &Value, at: At) -> Result<f64, Problem> {
    v.as_f64().ok_or_else(|| wrong(at, v, "f64"))
}

/// A whole number from 0.
pub fn whole(v: &Value, at: At) -> Result<u64, Problem> {
    match (v.as_u64(), v.as_i64()) {
        (Some(n), _) => Ok(n),
        (_, Some(n)) => Err(problem(at, serde_json::Error::invalid_value(Unexpected::Signed(n), &"u64"))),
        _ => Err(wrong(at, v, "u64")),
    }
}

/// A text: a plain string, or strings by language tag.
pub fn text(v: &Value, at: At) -> Result<Localized, Problem> {
    let Value::Object(map) = v else {
        return v.as_str().map(|s| Localized::Plain(s.to_owned())).ok_or_else(|| wrong(at, v, LOCALIZED_EXPECTING));
    };
    let mut texts = LangMap::default();
    for (lang, t) in map {
        texts.insert(lang, string(t, at.key(lang))?);
    }
    Ok(Localized::ByLang(texts))
}

/// A source (of a link or a tour step).
pub fn source(v: &Value, at: At) -> Result<Source, Problem> {
    let (mut title, mut url, mut date, mut kind) = (None, None, None, None);
    fields(v, at, "Source", &["title", "url", "date", "kind"], |i, x, at| {
        match i {
            0 => title = opt(x, at, text)?,
            1 => url = Some(string(x, at)?),
            2 => date = opt(x, at, string)?,
            _ => kind = opt(x, at, source_kind)?,
        }
        Ok(())
    })?;
    Ok(Source { title, url: required(url, at, "url")?, date, kind })
}

fn source_kind(v: &Value, at: At) -> Result<SourceKind, Problem> {
    match string(v, at)?.as_str() {
        "primary" => Ok(SourceKind::Primary),
        "secondary" => Ok(SourceKind::Secondary),
        other => Err(problem(at, serde_json::Error::unknown_variant(other, &["primary", "secondary"]))),
    }
}

/// `positions`: each key's value, two numbers.
pub fn positions(v: &Value, at: At) -> Result<(), Problem> {
    let Value::Object(map) = v else { return Err(wrong(at, v, "a map")) };
    for (k, xy) in map {
        let at = at.key(k);
        let Value::Array(xy) = xy else { return Err(wrong(at, xy, "an array of length 2")) };
        for (i, n) in xy.iter().take(2).enumerate() {
            number(n, at.index(i))?;
        }
        if xy.len() != 2 {
            let expected = if xy.len() < 2 { "an array of length 2" } else { "fewer elements in array" };
            return Err(problem(at, serde_json::Error::invalid_length(xy.len(), &expected)));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
