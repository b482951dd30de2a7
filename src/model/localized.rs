//! Text in several languages ([`Localized`]): a plain string for every language, or texts by
//! language tag; its serde form and its JSON Schema.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::LangMap;

/// Text in several languages, or one plain string that stands for every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Localized {
    /// One text for every language.
    Plain(String),
    /// Texts keyed by language tag (`en`, `fr`, any BCP 47 tag), in key order.
    ByLang(LangMap),
}

impl Localized {
    /// The text for `lang`, else English, else the first language that has one.
    ///
    /// ```
    /// use datamap::model::Localized;
    /// let t: Localized = serde_json::from_str(r#"{"en": "WHO", "fr": "OMS"}"#).unwrap();
    /// assert_eq!(t.get("fr"), "OMS");
    /// assert_eq!(t.get("de"), "WHO");
    /// assert_eq!(Localized::Plain("CERN".into()).get("fr"), "CERN");
    /// ```
    pub fn get(&self, lang: &str) -> &str {
        match self {
            Localized::Plain(s) => s,
            Localized::ByLang(map) => {
                map.get(lang).or_else(|| map.get("en")).or_else(|| map.values().next()).unwrap_or("")
            }
        }
    }

    /// The text in exactly `lang` (a plain string counts for every language).
    pub fn exact(&self, lang: &str) -> Option<&str> {
        match self {
            Localized::Plain(s) => Some(s),
            Localized::ByLang(map) => map.get(lang),
        }
    }

    /// Every text with its language tag (`None` for a plain string).
    pub fn texts(&self) -> Vec<(Option<&str>, &str)> {
        match self {
            Localized::Plain(s) => vec![(None, s.as_str())],
            Localized::ByLang(map) => map.iter().map(|(k, v)| (Some(k), v)).collect(),
        }
    }
}

impl Serialize for Localized {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Localized::Plain(s) => serializer.serialize_str(s),
            Localized::ByLang(map) => map.serialize(serializer),
        }
    }
}

/// What a [`Localized`] is, as its errors say ("invalid type: integer `5`, expected ...").
pub const EXPECTING: &str = "a string, or an object of texts by language such as {\"en\": \"...\", \"fr\": \"...\"}";

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LocalizedVisitor;
        impl<'de> Visitor<'de> for LocalizedVisitor {
            type Value = Localized;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(EXPECTING)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Localized, E> {
                Ok(Localized::Plain(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Localized, E> {
                Ok(Localized::Plain(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, access: A) -> Result<Localized, A::Error> {
                LangMap::from_access(access).map(Localized::ByLang)
            }
        }
        deserializer.deserialize_any(LocalizedVisitor)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod schema {
    use super::Localized;
    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
    use std::borrow::Cow;

    impl JsonSchema for Localized {
        fn schema_name() -> Cow<'static, str> {
            "LocalizedText".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "Text in several languages ({\"en\": \"...\", \"fr\": \"...\"}), or one plain string for every language.",
                "oneOf": [
                    { "type": "string" },
                    {
                        "type": "object",
                        "propertyNames": { "pattern": "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$" },
                        "additionalProperties": { "type": "string" }
                    }
                ]
            })
        }
    }
}
