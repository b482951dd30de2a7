//! Shape errors: when the typed parse fails on a well-formed file, each part of it is read on its
//! own, so that every value of the wrong shape is reported, each with a fix (serde's wording, the
//! first problem of each part).
//!
//! A record (the meta, a topic, a link...) is read with the parse's own code from its text
//! written back ([`written`]), which also says where in it an error is: the model's serde code
//! exists once in the wasm. The other parts (the version, the positions, views and tours, a list
//! that is not one) are read by the hand-written reader of `model::read`.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::diagnostic::Diagnostic;
use crate::jsonpos::At;
use crate::model::objects::Object;
use crate::model::read::{self, Problem};
use crate::model::{read_views, Category, Link, Meta, OrgType, Organisation, Topic, LOCALIZED_EXPECTING};
use crate::suggest::{closest, or_list};

mod written;

use written::Written;

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
            "positions" => one(read::positions(v, at)),
            // The meta and the optional lists: `null` counts as left out.
            _ if v.is_null() && (key == "meta" || OPTIONAL_LISTS.contains(&key.as_str())) => {}
            "meta" => record(v, at, parse::<Meta>, &mut problems),
            "categories" => items(v, at, parse::<Category>, &mut problems),
            "org_types" => items(v, at, parse::<OrgType>, &mut problems),
            "topics" => items(v, at, parse::<Topic>, &mut problems),
            "organisations" => items(v, at, parse::<Organisation>, &mut problems),
            "links" => items(v, at, parse::<Link>, &mut problems),
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

/// Reads a record of type `T` from its text, with the parse's own code.
type Parse = fn(&str) -> Result<(), serde_json::Error>;

fn parse<T: DeserializeOwned>(text: &str) -> Result<(), serde_json::Error> {
    serde_json::from_str::<Object<T>>(text).map(drop)
}

/// Each item of a list, as a record; a list's own problem when it is not one.
fn items(v: &Value, at: At, parse: Parse, problems: &mut Vec<Problem>) {
    let Value::Array(list) = v else { return problems.push(read::wrong(at, v, "a sequence")) };
    for (i, item) in list.iter().enumerate() {
        record(item, at.index(i), parse, problems);
    }
}

/// A record (a struct of the model, read from an object), read by `parse` from its text written
/// back: its first problem, at its path.
fn record(v: &Value, at: At, parse: Parse, problems: &mut Vec<Problem>) {
    let written = Written::of(v, &at.render());
    let Err(e) = parse(&written.text) else { return };
    let full = e.to_string();
    let mut message = full.rsplit_once(" at line ").map_or(full.as_str(), |(m, _)| m).to_owned();
    // One line: the column is the byte offset where the parse stopped.
    let at = if e.line() == 1 { e.column() } else { 0 };
    if let Some(x) = written.float_at(at) {
        let shown = format!("floating point `{}`", zmij::Buffer::new().format(x));
        message = message.replacen("floating point `0.0`", &shown, 1);
    }
    let place = written.path_at(at, message.ends_with(LOCALIZED_EXPECTING)).to_owned();
    problems.push((place, message));
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

#[cfg(test)]
mod tests;
