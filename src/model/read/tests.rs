//! Tests of [`super`]: the hand-written reader says what serde's derived readers say (through
//! `serde_path_to_error`, the reference), at the same path, for the parts it reads (records are
//! read by their derived reader: see `load::shape`'s tests) of every fixture and for values of
//! every wrong shape.

use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use super::*;
use crate::model::objects::Object;

/// What the derived reader of `T` says about `v`: the path and message of its first problem.
fn derived<T: DeserializeOwned>(v: &Value, path: &str) -> Result<(), Problem> {
    let Err(e) = serde_path_to_error::deserialize::<_, T>(v) else { return Ok(()) };
    let mut full = path.to_owned();
    for seg in e.path().iter() {
        match seg {
            serde_path_to_error::Segment::Seq { index } => crate::jsonpos::push_index(&mut full, *index),
            serde_path_to_error::Segment::Map { key } => crate::jsonpos::push_key(&mut full, key),
            _ => {}
        }
    }
    Err((full, e.into_inner().to_string()))
}

/// Asserts that the hand reader and the derived one agree on `v` as the part `key`.
fn agree(key: &str, v: &Value) {
    let root = At::Root("");
    let at = root.key(key);
    let (ours, theirs) = match key {
        "$schema" => (opt(v, at, string).map(drop), derived::<Option<String>>(v, key)),
        "version" => (whole(v, at).map(drop), derived::<u64>(v, key)),
        "positions" => (positions(v, at), derived::<std::collections::BTreeMap<String, [f64; 2]>>(v, key)),
        // A tour step's source (a link's is read by its derived reader).
        "source" => (source(v, at).map(drop), derived::<Object<Source>>(v, key)),
        "categories" | "org_types" | "topics" | "organisations" | "links" if v.is_array() => return,
        "categories" | "org_types" | "topics" | "organisations" | "links" => {
            (list(v, at, |_, _| Ok(())).map(drop), derived::<Vec<serde::de::IgnoredAny>>(v, key))
        }
        _ => return,
    };
    assert_eq!(ours, theirs, "{key}: {v}");
}

fn fixtures(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a fixtures folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            fixtures(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

#[test]
fn every_part_of_every_fixture_reads_as_the_derived_readers_read_it() {
    let mut files = Vec::new();
    fixtures(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"), &mut files);
    let mut parts = 0;
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else { continue };
        let Ok(Value::Object(top)) = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')) else {
            continue;
        };
        for (key, v) in &top {
            agree(key, v);
            parts += 1;
        }
    }
    assert!(parts > 200, "only {parts} parts read");
}

#[test]
fn values_of_every_wrong_shape_read_as_the_derived_readers_read_them() {
    let wrongs = [json!(null), json!(true), json!(-3), json!(7), json!(2.5), json!("x"), json!([1]), json!({"k": 1})];
    for w in wrongs.iter().chain([json!({"a": [1, 2, 3]}), json!({"a": [1]}), json!({"a": [null, 1]})].iter()) {
        agree("positions", w);
        agree("version", w);
        agree("$schema", w);
        agree("topics", w);
        agree("source", w);
        agree("source", &json!({"url": "u", "kind": w}));
        agree("source", &json!({"url": w, "title": w, "date": w}));
        agree("source", &json!({"title": "t", "date": "d"}));
    }
}

#[test]
fn a_source_kind_is_primary_or_secondary() {
    let read = |kind: Value| source(&json!({"url": "u", "kind": kind}), At::Root("s"));
    assert_eq!(read(json!("primary")).map(|s| s.kind), Ok(Some(SourceKind::Primary)));
    assert_eq!(read(json!(null)).map(|s| s.kind), Ok(None));
    let (path, message) = read(json!("tertiary")).unwrap_err();
    assert_eq!(path, "s.kind");
    assert_eq!(message, "unknown variant `tertiary`, expected `primary` or `secondary`");
}
