//! Tests of [`super`]: a record's problem, read from its text written back, is what a
//! path-tracking read of the derived reader says (`serde_path_to_error` over the value, the
//! reference): the same message at the same path, on every record of every fixture, on values of
//! every wrong shape, and on thousands of random records.

use serde_json::json;

use super::*;
use crate::rng::Rng;

/// What a path-tracking read of `T` says about `v`, whose path is `path`.
fn tracked<T: DeserializeOwned>(v: &Value, path: &str) -> Option<Problem> {
    let Err(e) = serde_path_to_error::deserialize::<_, T>(v) else { return None };
    let mut full = path.to_owned();
    for seg in e.path().iter() {
        match seg {
            serde_path_to_error::Segment::Seq { index } => crate::jsonpos::push_index(&mut full, *index),
            serde_path_to_error::Segment::Map { key } => crate::jsonpos::push_key(&mut full, key),
            serde_path_to_error::Segment::Enum { variant } => crate::jsonpos::push_key(&mut full, variant),
            serde_path_to_error::Segment::Unknown => {}
        }
    }
    Some((full, e.into_inner().to_string()))
}

/// Asserts that the shape check of the record `v` (a `T`) at `path` says what the reference says.
fn same<T: DeserializeOwned>(v: &Value, path: &str) {
    let mut ours = Vec::new();
    record(v, At::Root(path), parse::<T>, &mut ours);
    assert!(ours.len() <= 1, "{ours:?}");
    assert_eq!(ours.pop(), tracked::<Object<T>>(v, path), "{path}: {v}");
}

/// Asserts it for each record of the list `key` (or the meta).
fn same_part(key: &str, v: &Value) {
    if key == "meta" {
        return if !v.is_null() {
            same::<Meta>(v, key)
        };
    }
    for (i, item) in v.as_array().into_iter().flatten().enumerate() {
        let path = format!("{key}[{i}]");
        match key {
            "categories" => same::<Category>(item, &path),
            "org_types" => same::<OrgType>(item, &path),
            "topics" => same::<Topic>(item, &path),
            "organisations" => same::<Organisation>(item, &path),
            "links" => same::<Link>(item, &path),
            _ => return,
        }
    }
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
fn every_record_of_every_fixture_reads_as_a_path_tracking_read_reads_it() {
    let mut files = Vec::new();
    fixtures(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"), &mut files);
    let mut parts = 0;
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else { continue };
        let Ok(Value::Object(top)) = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')) else {
            continue;
        };
        for (key, v) in &top {
            same_part(key, v);
            parts += 1;
        }
    }
    assert!(parts > 200, "only {parts} parts read");
}

#[test]
fn values_of_every_wrong_shape_read_as_a_path_tracking_read_reads_them() {
    let wrongs = [json!(null), json!(true), json!(-3), json!(7), json!(2.5), json!("x"), json!([1]), json!({"k": 1})];
    let fields = [
        ("categories", vec!["id", "name", "color"]),
        ("topics", vec!["id", "category", "name", "summary"]),
        ("organisations", vec!["id", "type", "name", "acronym", "summary", "website", "address", "location"]),
        ("links", vec!["org", "topic", "summary", "sources", "verified"]),
        ("meta", vec!["title", "description", "updated", "version", "license"]),
    ];
    let base = json!({"id": "a", "name": {"en": "A"}, "org": "o", "topic": "t"});
    for (list, names) in fields {
        let part = |item: Value| if list == "meta" { item } else { json!([item]) };
        for field in names.iter().chain(["unknown"].iter()) {
            for w in &wrongs {
                let mut item = if list == "meta" { json!({}) } else { base.clone() };
                item[*field] = w.clone();
                same_part(list, &part(item));
            }
            let mut without = base.clone();
            if let Some(map) = without.as_object_mut() {
                map.remove(*field);
            }
            same_part(list, &part(without));
        }
    }
    for w in wrongs.iter().chain([json!({"a": [1, 2, 3]}), json!({"a": [1]}), json!({"a": [null, 1]})].iter()) {
        same_part("meta", w);
        same_part("topics", &json!([w]));
        same_part("links", &json!([{"org": "o", "topic": "t", "sources": [{"url": "u", "kind": w}]}]));
        same_part("links", &json!([{"org": "o", "topic": "t", "sources": [w]}]));
        same_part("organisations", &json!([{"id": "o", "name": "O", "location": {"lat": w, "lon": 1}}]));
        same_part("organisations", &json!([{"id": "o", "name": {"en": w}}]));
    }
}

fn random_value(rng: &mut Rng, depth: u32) -> Value {
    const TEXTS: [&str; 6] = ["", "x", "WHO", "a \"quoted\" \\ text", "Genève ✓", "0.0"];
    const KEYS: [&str; 9] = ["en", "fr", "id", "name", "url", "lat", "nmae", "odd key", "é"];
    match rng.below(if depth > 2 { 7 } else { 9 }) {
        0 => Value::String((*rng.pick(&TEXTS)).to_owned()),
        1 => json!(rng.next_u64() >> rng.below(64)),
        2 => json!(-((rng.next_u64() >> 2) as i64) - 1),
        3 => json!(*rng.pick(&[1.5, 0.1 + 0.2, 1e300, -0.0, 46.2, 5e-324, 1234567.125])),
        4 => {
            let x = f64::from_bits(rng.next_u64());
            if x.is_finite() {
                json!(x)
            } else {
                json!(2.5)
            }
        }
        5 => Value::Bool(rng.one_in(2)),
        6 => Value::Null,
        7 => Value::Array((0..rng.below(4)).map(|_| random_value(rng, depth + 1)).collect()),
        _ => Value::Object(
            (0..rng.below(4)).map(|_| ((*rng.pick(&KEYS)).to_owned(), random_value(rng, depth + 1))).collect(),
        ),
    }
}

/// How many values `v` holds, itself included.
fn count(v: &Value) -> usize {
    1 + match v {
        Value::Object(m) => m.values().map(count).sum(),
        Value::Array(a) => a.iter().map(count).sum(),
        _ => 0,
    }
}

/// The `k`-th value of `v`, depth first (`v` itself is the 0th).
fn nth<'v>(v: &'v mut Value, k: &mut usize) -> Option<&'v mut Value> {
    if *k == 0 {
        return Some(v);
    }
    *k -= 1;
    let children: Vec<&mut Value> = match v {
        Value::Object(m) => m.values_mut().collect(),
        Value::Array(a) => a.iter_mut().collect(),
        _ => Vec::new(),
    };
    children.into_iter().find_map(|c| nth(c, k))
}

/// `template` with one to three changes: a value replaced, a key added or a key removed.
fn mutate(template: &Value, rng: &mut Rng) -> Value {
    let mut v = template.clone();
    for _ in 0..1 + rng.below(3) {
        let mut k = rng.below(count(&v));
        let Some(target) = nth(&mut v, &mut k) else { continue };
        match (rng.below(4), target) {
            (0, Value::Object(m)) => {
                let key = (*rng.pick(&["nmae", "x", "sources", "lat", "title", "id"])).to_owned();
                m.insert(key, random_value(rng, 1));
            }
            (1, Value::Object(m)) if !m.is_empty() => {
                let key = m.keys().nth(rng.below(m.len())).cloned().unwrap_or_default();
                m.remove(&key);
            }
            (_, slot) => *slot = random_value(rng, 1),
        }
    }
    v
}

#[test]
fn random_records_read_as_a_path_tracking_read_reads_them() {
    let meta = json!({"title": "T", "description": {"en": "d", "fr": "e"}, "updated": "2026-01-01", "license": "MIT"});
    let kind = json!({"id": "un", "name": {"en": "UN", "fr": "ONU"}, "color": "#fff"});
    let topic = json!({"id": "t", "category": "c", "name": {"en": "A", "fr": "B"}, "summary": "S"});
    let org = json!({"id": "o", "type": "un", "name": "N", "acronym": {"en": "X"}, "summary": {"fr": "x"},
        "website": "https://x.org", "address": "a", "location": {"lat": 46.2, "lon": 6.1}});
    let link = json!({"org": "o", "topic": "t", "summary": "s",
        "sources": [{"title": "T", "url": "https://x.org", "date": "2026-01-01"}, {"url": "https://y.org"}]});
    let mut rng = Rng::new(11);
    for round in 0..4000 {
        same::<Meta>(&mutate(&meta, &mut rng), "meta");
        same::<Category>(&mutate(&kind, &mut rng), "categories[2]");
        same::<OrgType>(&mutate(&kind, &mut rng), "org_types[0]");
        same::<Topic>(&mutate(&topic, &mut rng), "topics[1]");
        same::<Organisation>(&mutate(&org, &mut rng), "organisations[9]");
        same::<Link>(&mutate(&link, &mut rng), "links[7]");
        if round % 100 == 0 {
            same::<Link>(&random_value(&mut rng, 0), "links[0]");
        }
    }
}

#[test]
fn a_float_in_a_message_is_the_one_in_the_file() {
    let mut out = Vec::new();
    record(&json!({"org": 0.30000000000000004, "topic": "t"}), At::Root("links[0]"), parse::<Link>, &mut out);
    let want = ("links[0].org", "invalid type: floating point `0.30000000000000004`, expected a string");
    assert_eq!(out.iter().map(|(p, m)| (p.as_str(), m.as_str())).collect::<Vec<_>>(), vec![want]);
}

#[test]
fn a_null_meta_or_optional_list_is_left_out_but_a_null_record_is_not() {
    let mut out = Vec::new();
    let file = json!({"version": 1, "meta": null, "categories": null, "topics": [null], "organisations": [],
        "links": []});
    shape_errors(&file, &mut out);
    let found: Vec<(&str, &str)> = out.iter().map(|d| (d.path.as_str(), d.message.as_str())).collect();
    assert_eq!(found, vec![("topics[0]", "invalid type: null, expected struct Topic")]);
}
