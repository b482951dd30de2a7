//! Shape errors: when the typed parse fails on a well-formed file, each part of it is read on its
//! own, so that every value of the wrong shape is reported, each with a fix.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::diagnostic::Diagnostic;
use crate::jsonpos;
use crate::model::objects::Object;
use crate::model::{Category, Link, Meta, OrgType, Organisation, Topic};
use crate::suggest::{closest, or_list};

/// Deserializes each part of a well-formed JSON value on its own and reports every shape error.
pub(super) fn shape_errors(value: &Value, out: &mut Vec<Diagnostic>) {
    let Some(obj) = value.as_object() else {
        out.push(
            Diagnostic::error("", "the file must hold one JSON object")
                .with_fix("start from {\"version\": 1, \"topics\": [], \"organisations\": [], \"links\": []}"),
        );
        return;
    };
    const KNOWN: [&str; 9] =
        ["$schema", "version", "meta", "categories", "org_types", "topics", "organisations", "links", "positions"];
    for required in ["version", "topics", "organisations", "links"] {
        if !obj.contains_key(required) {
            let example = if required == "version" { "1" } else { "[]" };
            out.push(
                Diagnostic::error("", format!("the field `{required}` is missing"))
                    .with_fix(format!("add \"{required}\": {example}")),
            );
        }
    }
    for (key, v) in obj {
        let mut path = String::new();
        jsonpos::push_key(&mut path, key);
        match key.as_str() {
            "$schema" => part::<Option<String>>(v, path, out),
            "version" => part::<u64>(v, path, out),
            "meta" => part::<Object<Meta>>(v, path, out),
            "positions" => part::<std::collections::BTreeMap<String, [f64; 2]>>(v, path, out),
            "categories" => items::<Category>(v, path, out),
            "org_types" => items::<OrgType>(v, path, out),
            "topics" => items::<Topic>(v, path, out),
            "organisations" => items::<Organisation>(v, path, out),
            "links" => items::<Link>(v, path, out),
            _ => {
                let near = closest(key, KNOWN);
                let fix = if near.is_empty() {
                    format!("remove it; the fields are {}", or_list(&KNOWN))
                } else {
                    format!("did you mean {}?", or_list(&near))
                };
                out.push(Diagnostic::error(path, format!("unknown field `{key}`")).with_fix(fix));
            }
        }
    }
}

fn items<T: DeserializeOwned>(v: &Value, path: String, out: &mut Vec<Diagnostic>) {
    match v.as_array() {
        Some(list) => {
            for (i, item) in list.iter().enumerate() {
                let mut p = path.clone();
                jsonpos::push_index(&mut p, i);
                part::<Object<T>>(item, p, out);
            }
        }
        // Not a list: the error is the list's own ("expected a sequence"), whatever the items.
        None => part::<Vec<serde::de::IgnoredAny>>(v, path, out),
    }
}

fn part<T: DeserializeOwned>(v: &Value, path: String, out: &mut Vec<Diagnostic>) {
    let Err(e) = serde_path_to_error::deserialize::<_, T>(v) else { return };
    let mut full = path;
    for seg in e.path().iter() {
        match seg {
            serde_path_to_error::Segment::Seq { index } => jsonpos::push_index(&mut full, *index),
            serde_path_to_error::Segment::Map { key } => jsonpos::push_key(&mut full, key),
            serde_path_to_error::Segment::Enum { variant } => jsonpos::push_key(&mut full, variant),
            serde_path_to_error::Segment::Unknown => {}
        }
    }
    let message = e.inner().to_string();
    out.push(shape_error(full, message));
}

/// Turns serde's message into a diagnostic with a fix.
fn shape_error(path: String, message: String) -> Diagnostic {
    if message.starts_with("invalid type: sequence, expected struct ") {
        // A list of the struct's fields in order (see `model::objects`).
        return Diagnostic::error(path, "a list [...] stands where the format wants an object {...}")
            .with_fix("write it as an object with named fields, e.g. {\"id\": \"...\", \"name\": ...}");
    }
    let ticked: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    let fix = if message.starts_with("unknown field") {
        let (field, expected) = ticked.split_first().map(|(f, rest)| (*f, rest.to_vec())).unwrap_or(("", vec![]));
        let near = closest(field, expected.iter().copied());
        if near.is_empty() {
            format!("remove it; the fields here are {}", or_list(&expected))
        } else {
            format!("did you mean {}?", or_list(&near))
        }
    } else if message.starts_with("missing field") {
        format!("add the field {}", ticked.first().map(|f| format!("\"{f}\"")).unwrap_or_default())
    } else if let Some(expected) = message.split(", expected ").nth(1) {
        let expected = match expected {
            "a sequence" => "a list [...]",
            "a map" => "an object {...}",
            "u64" => "a whole number",
            "f64" => "a number",
            other => other,
        };
        format!("write {expected} here")
    } else {
        "see CURATING.md for what this field holds".to_owned()
    };
    Diagnostic::error(path, message).with_fix(fix)
}
