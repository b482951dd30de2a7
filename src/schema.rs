//! The JSON Schema of the dataset format, generated from the Rust types (native only).
//! Regenerate the committed copy with `make schema`.

use crate::model::Dataset;

/// The schema as pretty-printed JSON, with a title and a description.
pub fn schema_json() -> String {
    let mut schema = schemars::schema_for!(Dataset);
    schema.insert("title".into(), "Geneva Data Map dataset, format version 1".into());
    schema.insert("$id".into(), "datamap.schema.json".into());
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}
