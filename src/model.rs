//! The serde types of the dataset file, format version 1 (see `docs/data-format.md`).
//!
//! These types only describe the *shape* of the file: every struct denies unknown fields so
//! typos are caught, and every value that needs a rule (ids, URLs, colours, dates, references)
//! is checked afterwards by [`crate::validate`], which can report all problems at once.

use std::collections::btree_map::Entry;
use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

mod lang_map;
mod localized;
pub mod objects;
pub mod read;
mod source_kind;
mod views;
pub use lang_map::LangMap;
pub use localized::{Localized, EXPECTING as LOCALIZED_EXPECTING};
pub use source_kind::SourceKind;
pub use views::{read as read_views, Show, Step, Tour, View, ViewCamera};

/// The format version this app reads.
pub const FORMAT_VERSION: u64 = 1;

/// A whole dataset file.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Where editors find the JSON Schema of this file, usually `datamap.schema.json`.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The format version; this app reads version 1.
    pub version: u64,
    /// Title, description, date and licence of the dataset.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "objects::option")]
    pub meta: Option<Meta>,
    /// Topic categories; when given, every topic's `category` must name one of them.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "objects::option_list")]
    pub categories: Option<Vec<Category>>,
    /// Organisation types; when given, every organisation's `type` must name one of them.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "objects::option_list")]
    pub org_types: Option<Vec<OrgType>>,
    /// The data topics (the hubs of the map).
    #[serde(deserialize_with = "objects::list")]
    pub topics: Vec<Topic>,
    /// The organisations.
    #[serde(deserialize_with = "objects::list")]
    pub organisations: Vec<Organisation>,
    /// Who works on what: one link per (organisation, topic) pair, with its sources.
    #[serde(deserialize_with = "objects::list")]
    pub links: Vec<Link>,
    /// Curated views: what the map shows, named (see [`View`]).
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "views::read::option_views")]
    pub views: Option<Vec<View>>,
    /// Guided tours: steps in order, each a view with a text and its sources (see [`Tour`]).
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "views::read::option_tours")]
    pub tours: Option<Vec<Tour>>,
    /// Baked layout coordinates `[x, y]` by node id (y grows downward, as on screen).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty", deserialize_with = "unique_positions")]
    pub positions: BTreeMap<String, [f64; 2]>,
}

/// Positions, refusing an id given twice (JSON would silently keep the last one).
fn unique_positions<'de, D: Deserializer<'de>>(deserializer: D) -> Result<BTreeMap<String, [f64; 2]>, D::Error> {
    struct PositionsVisitor;
    impl<'de> Visitor<'de> for PositionsVisitor {
        type Value = BTreeMap<String, [f64; 2]>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object of positions by id, such as {\"who\": [12.5, -40.25]}")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
            let mut map = BTreeMap::new();
            while let Some(k) = access.next_key::<String>()? {
                // One search of the map per id: the entry is kept while the value is read.
                match map.entry(k) {
                    Entry::Occupied(e) => return Err(de::Error::custom(format!("duplicate field `{}`", e.key()))),
                    Entry::Vacant(e) => {
                        e.insert(access.next_value::<[f64; 2]>()?);
                    }
                }
            }
            Ok(map)
        }
    }
    deserializer.deserialize_map(PositionsVisitor)
}

/// Title, description, date, version, licence, credit, method and contact of a dataset.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The dataset's title, shown in the header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Localized>,
    /// A sentence or two on what the dataset covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Localized>,
    /// The date of the last update, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// The dataset's own version, such as `2026.12`: numbers separated by dots (not the format
    /// version, which is the top-level `version`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The licence of the data, as an SPDX identifier such as `CC-BY-4.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// Who made the dataset, credited first in its citation (such as "Geneva Data Map
    /// contributors").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<Localized>,
    /// Where the data comes from and how links are chosen and sourced, in plain words (the About
    /// dialog shows it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<Localized>,
    /// Where readers send corrections: an email address (`curators@example.org`, or with
    /// `mailto:`) or an `https` URL. With it, each link and node offers "Suggest a correction".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

/// A category of topics, which gives topics their colour.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// A lowercase slug, unique among categories.
    pub id: Id,
    /// The category's name.
    pub name: Localized,
    /// The colour of its topics, `#rgb` or `#rrggbb`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

/// A kind of organisation (UN system, NGO, academia...).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OrgType {
    /// A lowercase slug, unique among organisation types.
    pub id: Id,
    /// The type's name.
    pub name: Localized,
    /// The colour of its organisations, `#rgb` or `#rrggbb`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

/// A data topic.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// A lowercase slug, unique across topics and organisations (the URL uses it).
    pub id: Id,
    /// The id of the topic's category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Id>,
    /// The topic's name.
    pub name: Localized,
    /// What the topic covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Localized>,
}

/// An organisation of International Geneva.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// A lowercase slug, unique across topics and organisations (the URL uses it).
    pub id: Id,
    /// The id of the organisation's type.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub org_type: Option<Id>,
    /// The organisation's full name.
    pub name: Localized,
    /// Its acronym, where it uses one (it may differ by language: WHO, OMS).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<Localized>,
    /// What it is and what it does with data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Localized>,
    /// Its website: an `http`, `https` or `mailto` URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Its postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Its geographic location.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "objects::option")]
    pub location: Option<Location>,
}

/// A point on Earth, in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// Latitude, from -90 to 90.
    pub lat: f64,
    /// Longitude, from -180 to 180.
    pub lon: f64,
}

/// An organisation's work on a topic, with the sources that show it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// The organisation's id.
    pub org: Id,
    /// The topic's id.
    pub topic: Id,
    /// What the organisation does on this topic, concretely.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Localized>,
    /// Public pages a reader can open to check the link.
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "objects::list")]
    pub sources: Vec<Source>,
    /// The day a curator last confirmed the link against its sources, `YYYY-MM-DD`; not after
    /// `meta.updated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<String>,
}

/// A public page or document that supports a link.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The page's or document's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Localized>,
    /// Its address: an `http`, `https` or `mailto` URL.
    pub url: String,
    /// Its publication date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Whether it is the organisation's own or official word (`primary`) or a report about it
    /// (`secondary`); when absent, the checker decides from the URL's host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SourceKind>,
}

/// An id: a lowercase slug `[a-z0-9][a-z0-9-]*` (checked by validation, not by parsing).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(transparent)]
pub struct Id(pub String);

impl Id {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod schema {
    //! Hand-written JSON Schemas for the types whose serde form is not derived.
    use super::Id;
    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
    use std::borrow::Cow;

    impl JsonSchema for Id {
        fn schema_name() -> Cow<'static, str> {
            "Id".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "A lowercase slug: a letter or digit, then letters, digits and hyphens.",
                "type": "string",
                "pattern": "^[a-z0-9][a-z0-9-]*$"
            })
        }
    }
}
