//! [`LangMap`]: the texts of a [`super::Localized`] keyed by language tag, sorted by tag.
//!
//! A dataset holds thousands of texts, nearly all with two languages; a `BTreeMap<String,
//! String>` costs a node allocation and a `String` per tag for each. This map is one small
//! vector, and the usual tags (`en`, `fr`) are static strings, so reading a text allocates the
//! vector and the texts only.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// Texts keyed by language tag, in key order, each key once (like a `BTreeMap`).
///
/// ```
/// use datamap::model::LangMap;
/// let map = LangMap::from([("fr".to_owned(), "OMS".to_owned()), ("en".to_owned(), "WHO".to_owned())]);
/// assert_eq!(map.iter().collect::<Vec<_>>(), [("en", "WHO"), ("fr", "OMS")]);
/// assert_eq!(map.get("fr"), Some("OMS"));
/// assert!(!map.contains_key("de"));
/// ```
#[derive(Clone, PartialEq, Eq, Default)]
pub struct LangMap(Vec<(Cow<'static, str>, String)>);

/// The tags stored without an allocation.
const COMMON_TAGS: [&str; 2] = ["en", "fr"];

/// A tag to store: a static string when it is a common one.
fn tag(key: &str) -> Cow<'static, str> {
    match COMMON_TAGS.iter().find(|t| **t == key) {
        Some(t) => Cow::Borrowed(t),
        None => Cow::Owned(key.to_owned()),
    }
}

impl LangMap {
    /// Where `key` is, or where it would go to keep the keys sorted. Tags usually come sorted,
    /// so the last key is looked at first.
    fn position(&self, key: &str) -> Result<usize, usize> {
        match self.0.last() {
            None => Err(0),
            Some((last, _)) if last.as_ref() < key => Err(self.0.len()),
            _ => self.0.binary_search_by(|(k, _)| k.as_ref().cmp(key)),
        }
    }

    /// The text in `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.position(key).ok().map(|i| self.0[i].1.as_str())
    }

    /// Whether there is a text in `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_ok()
    }

    /// Sets the text in `key`, returning the one it replaces.
    pub fn insert(&mut self, key: &str, value: String) -> Option<String> {
        match self.position(key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (tag(key), value));
                None
            }
        }
    }

    /// Every (tag, text), in tag order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_ref(), v.as_str()))
    }

    /// Every text, in tag order.
    pub fn values(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(_, v)| v.as_str())
    }

    /// How many languages have a text.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no language has a text.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Reads a JSON object of texts, refusing a tag given twice (JSON would silently keep the
    /// last one). Tags are read without allocating.
    pub(crate) fn from_access<'de, A: MapAccess<'de>>(mut access: A) -> Result<Self, A::Error> {
        let mut map = LangMap(Vec::with_capacity(2));
        while let Some((Tag(k), v)) = access.next_entry::<Tag, String>()? {
            match map.position(&k) {
                Ok(_) => return Err(de::Error::custom(format!("duplicate field `{k}`"))),
                Err(i) => map.0.insert(i, (k, v)),
            }
        }
        Ok(map)
    }
}

/// A language tag as read from JSON: borrowed while it is looked at, a static string when common.
struct Tag(Cow<'static, str>);

impl<'de> Deserialize<'de> for Tag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TagVisitor;
        impl Visitor<'_> for TagVisitor {
            type Value = Tag;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a language tag")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Tag, E> {
                Ok(Tag(tag(v)))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Tag, E> {
                Ok(Tag(match tag(&v) {
                    Cow::Borrowed(t) => Cow::Borrowed(t),
                    Cow::Owned(_) => Cow::Owned(v),
                }))
            }
        }
        deserializer.deserialize_str(TagVisitor)
    }
}

impl<K: AsRef<str>> FromIterator<(K, String)> for LangMap {
    /// Collects texts; a tag given twice keeps the last text, as a `BTreeMap` does.
    fn from_iter<I: IntoIterator<Item = (K, String)>>(iter: I) -> Self {
        let mut map = LangMap::default();
        for (k, v) in iter {
            map.insert(k.as_ref(), v);
        }
        map
    }
}

impl<K: AsRef<str>, const N: usize> From<[(K, String); N]> for LangMap {
    fn from(entries: [(K, String); N]) -> Self {
        entries.into_iter().collect()
    }
}

impl fmt::Debug for LangMap {
    /// As a `BTreeMap` prints: `{"en": "WHO", "fr": "OMS"}`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl Serialize for LangMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.iter() {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for LangMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LangMapVisitor;
        impl<'de> Visitor<'de> for LangMapVisitor {
            type Value = LangMap;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of texts by language such as {\"en\": \"...\", \"fr\": \"...\"}")
            }
            fn visit_map<A: MapAccess<'de>>(self, access: A) -> Result<LangMap, A::Error> {
                LangMap::from_access(access)
            }
        }
        deserializer.deserialize_map(LangMapVisitor)
    }
}

#[cfg(test)]
mod tests;
