//! Structs read from JSON objects only.
//!
//! A derived serde struct also accepts the list of its fields in order, so that
//! `["who", null, "World Health Organization"]` would be read as an organisation. The format
//! (and its JSON Schema) refuses that, and a curator who writes one needs an error at that list,
//! not a record read field by field from its positions. Every struct of the format is read
//! through [`Object`], which asks the deserializer for a map where the struct asks for a struct:
//! a list there is then a type error of the parse itself, with no second pass over the file.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, SeqAccess, Visitor};

/// A `T` (a struct with derived `Deserialize`) read from an object only.
///
/// ```
/// use datamap::model::{objects::Object, Location};
/// let read = |json| serde_json::from_str::<Object<Location>>(json).map(|o| o.0);
/// assert_eq!(read(r#"{"lat": 46.2, "lon": 6.1}"#).unwrap(), Location { lat: 46.2, lon: 6.1 });
/// let list = read("[46.2, 6.1]").unwrap_err().to_string();
/// assert!(list.starts_with("invalid type: sequence, expected struct Location"), "{list}");
/// ```
#[derive(Debug)]
pub struct Object<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(MapOnly(deserializer)).map(Object)
    }
}

/// Forwards to its deserializer, except that a struct is read as a map. Only a derived struct's
/// `deserialize` is given one, and that asks for a struct and nothing else; any other request is
/// answered with the value as it is (`deserialize_any`).
struct MapOnly<D>(D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for MapOnly<D> {
    type Error = D::Error;

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(visitor)
    }

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
        unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

/// A list of `T`, each read as an [`Object`].
struct Objects<T>(Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Objects<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Items<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Items<T> {
            type Value = Vec<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                // As serde's own lists say it, so messages and fixes stay the same.
                f.write_str("a sequence")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                let mut items = Vec::new();
                while let Some(Object(item)) = seq.next_element()? {
                    items.push(item);
                }
                Ok(items)
            }
        }
        deserializer.deserialize_seq(Items(PhantomData)).map(Objects)
    }
}

/// For `#[serde(deserialize_with)]`: an optional struct, read from an object.
pub fn option<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
    Option::<Object<T>>::deserialize(deserializer).map(|o| o.map(|Object(t)| t))
}

/// For `#[serde(deserialize_with)]`: a list of structs, each read from an object.
pub fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Vec<T>, D::Error> {
    Objects::deserialize(deserializer).map(|Objects(items)| items)
}

/// For `#[serde(deserialize_with)]`: an optional list of structs, each read from an object.
pub fn option_list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Option<Vec<T>>, D::Error> {
    Option::<Objects<T>>::deserialize(deserializer).map(|o| o.map(|Objects(items)| items))
}
