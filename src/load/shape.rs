//! Shape errors: when the typed parse fails on a well-formed file, each part of it is read on its
//! own, by the hand-written reader of `model::read` (serde's wording, the first problem of each
//! part), so that every value of the wrong shape is reported, each with a fix.

use serde_json::Value;

use crate::diagnostic::Diagnostic;
use crate::jsonpos::At;
use crate::model::read::{self, Problem};
use crate::model::read_views;
use crate::suggest::{closest, or_list};

/// Reads each part of a well-formed JSON value on its own and reports every shape error.
pub(super) fn shape_errors(value: &Value, out: &mut Vec<Diagnostic>) {
    let Some(obj) = value.as_object() else {
        out.push(
            Diagnostic::error("", "the file must hold one JSON object")
                .with_fix("start from {\"version\": 1, \"topics\": [], \"organisations\": [], \"links\": []}"),
        );
        return;
    };
    const KNOWN: [&str; 11] = [
        "$schema",
        "version",
        "meta",
        "categories",
        "org_types",
        "topics",
        "organisations",
        "links",
        "views",
        "tours",
        "positions",
    ];
    const OPTIONAL_LISTS: [&str; 4] = ["categories", "org_types", "views", "tours"];
    for required in ["version", "topics", "organisations", "links"] {
        if !obj.contains_key(required) {
            let example = if required == "version" { "1" } else { "[]" };
            out.push(
                Diagnostic::error("", format!("the field `{required}` is missing"))
                    .with_fix(format!("add \"{required}\": {example}")),
            );
        }
    }
    let mut problems = Vec::new();
    for (key, v) in obj {
        let root = At::Root("");
        let at = root.key(key);
        let mut one = |p: Result<(), Problem>| problems.extend(p.err());
        match key.as_str() {
            "$schema" => one(read::opt(v, at, read::string).map(drop)),
            "version" => one(read::whole(v, at).map(drop)),
            "meta" => one(read::opt(v, at, read::meta).map(drop)),
            "positions" => one(read::positions(v, at)),
            // Optional lists: `null` counts as left out.
            _ if v.is_null() && OPTIONAL_LISTS.contains(&key.as_str()) => {}
            "categories" => drop(read::each(v, at, read::category, &mut problems)),
            "org_types" => drop(read::each(v, at, read::org_type, &mut problems)),
            "topics" => drop(read::each(v, at, read::topic, &mut problems)),
            "organisations" => drop(read::each(v, at, read::organisation, &mut problems)),
            "links" => drop(read::each(v, at, read::link, &mut problems)),
            "views" => drop(read_views::views(v, key, &mut problems)),
            "tours" => drop(read_views::tours(v, key, &mut problems)),
            _ => {
                let near = closest(key, KNOWN);
                let fix = if near.is_empty() {
                    format!("remove it; the fields are {}", or_list(&KNOWN))
                } else {
                    format!("did you mean {}?", or_list(&near))
                };
                out.push(Diagnostic::error(at.render(), format!("unknown field `{key}`")).with_fix(fix));
            }
        }
    }
    out.extend(problems.into_iter().map(|(path, message)| shape_error(path, message)));
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
