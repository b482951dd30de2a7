//! Fuzzing the whole path of a dataset file: bytes → [`load`] (parse and validate) → for a valid
//! file, the graph, a few layout ticks, the map model, its scene and the search index.
//!
//! Inputs: arbitrary bytes; arbitrary JSON; dataset-shaped JSON (mostly valid, so the graph and
//! layout are reached) with random mutations; and committed fixtures with bytes cut, flipped or
//! inserted. The number of cases per property comes from `FUZZ_CASES` (default 256, quick enough
//! for `make test`; `make fuzz` runs many more).
//!
//! What must hold for every input: no panic; an invalid file has at least one error; every
//! diagnostic is placed inside the file (line and column from 1), says what is wrong and how to fix
//! it; a valid file has no error, indexes into a graph whose edges are in range, lays out to finite
//! positions with baked ones kept, and survives a round trip through serde unchanged.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use datamap::bake::baked;
use datamap::camera::Viewport;
use datamap::graph::Graph;
use datamap::layout::{layout_request, Layout};
use datamap::load::load;
use datamap::mapmodel::MapModel;
use datamap::search::SearchIndex;
use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use serde_json::{json, Map, Value};

/// Cases per property: `FUZZ_CASES`, else 256.
fn cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|s| s.trim().parse().ok()).unwrap_or(256)
}

fn config() -> ProptestConfig {
    ProptestConfig { cases: cases(), ..ProptestConfig::default() }
}

// ---------------------------------------------------------------------------------------------
// The properties every input must satisfy.

/// What happened to one input, for the generator's own test.
#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    Valid,
    Invalid,
}

/// Runs the whole path on `bytes` and checks every property; panics (fails the case) otherwise.
fn pipeline(bytes: &[u8]) -> Verdict {
    let lines = bytes.split(|b| *b == b'\n').count() as u32;
    let result = load(bytes);
    let diagnostics = match &result {
        Ok(loaded) => &loaded.warnings,
        Err(invalid) => &invalid.diagnostics,
    };
    for d in diagnostics {
        assert!(d.line >= 1 && d.line <= lines.max(1) && d.column >= 1, "misplaced: {d}");
        assert!(!d.message.is_empty(), "no message: {d}");
        assert!(d.fix.as_deref().is_some_and(|f| !f.is_empty()), "no fix: {d}");
        let _ = d.to_string();
    }
    let loaded = match result {
        Err(invalid) => {
            assert!(invalid.error_count() >= 1, "invalid without an error: {invalid:?}");
            let _ = invalid.to_string();
            return Verdict::Invalid;
        }
        Ok(loaded) => loaded,
    };
    assert!(loaded.warnings.iter().all(|d| !d.is_error()), "a valid file with an error");
    let ds = &loaded.dataset;

    // The graph: every node, edges in range, sorted neighbours.
    let graph = Graph::new(ds);
    let n = graph.len();
    assert_eq!(n, ds.topics.len() + ds.organisations.len());
    assert!(graph.edges.len() <= ds.links.len());
    for &(a, b) in &graph.edges {
        assert!((a as usize) < n && (b as usize) < n && a != b, "edge ({a}, {b}) of {n} nodes");
    }
    for i in 0..n as u32 {
        let nb = graph.neighbors(i);
        assert!(nb.windows(2).all(|w| w[0] < w[1]) && nb.iter().all(|&j| (j as usize) < n));
        assert!(graph.radius(i).is_finite() && graph.radius(i) >= 0.0);
    }

    // A few layout ticks: finite positions, baked ones kept.
    let fixed = baked(ds, &graph);
    let mut layout = Layout::new(&layout_request(&graph, &fixed));
    for _ in 0..4 {
        layout.step();
    }
    layout.resolve_overlaps();
    let positions = layout.positions();
    assert_eq!(positions.len(), n);
    for (i, p) in positions.iter().enumerate() {
        assert!(p[0].is_finite() && p[1].is_finite(), "node {i} at {p:?}");
        if let Some(f) = fixed[i] {
            assert_eq!(*p, f, "baked node {i} moved");
        }
    }

    // What the browser does with it: the map model, a frame's scene, a pick, the search index.
    let mut model = MapModel::new(ds, "fr", Viewport { width: 800.0, height: 600.0 });
    model.step_layout(3);
    let scene = model.scene();
    assert!(scene.front <= scene.nodes.len());
    let _ = model.pick([400.0, 300.0]);
    let index = SearchIndex::new(ds);
    if let Some(t) = ds.topics.first() {
        let _ = index.search(t.name.get("en"), "en", 10);
    }
    let _ = index.matching_ids("a");

    // A valid dataset survives a round trip.
    let again = serde_json::to_vec(ds).expect("serialize");
    let reloaded = load(&again).unwrap_or_else(|e| panic!("the round trip is invalid: {e}"));
    assert_eq!(&reloaded.dataset, ds);
    Verdict::Valid
}

// ---------------------------------------------------------------------------------------------
// Generators. Each takes `clean`: when true it makes only valid values (so about half of the
// generated datasets are valid and reach the graph and the layout); when false anything goes.

/// Picks from `good`, or when not `clean` sometimes from `bad`.
fn pick(clean: bool, good: Vec<&'static str>, bad: Vec<&'static str>) -> BoxedStrategy<&'static str> {
    if clean {
        prop::sample::select(good).boxed()
    } else {
        prop_oneof![3 => prop::sample::select(good), 1 => prop::sample::select(bad)].boxed()
    }
}

/// Texts: plain, and the nasty but valid kinds (markup, right-to-left, emoji, controls); when not
/// `clean`, also empty and too long.
fn text(clean: bool) -> BoxedStrategy<String> {
    let nasty = prop::sample::select(vec![
        "<img src=x onerror=alert(1)>",
        "</script><script>alert(1)</script>",
        "حماية البيانات",
        "ארגון הבריאות",
        "👩‍👩‍👧‍👦 🇨🇭 🏳️‍🌈",
        "\u{202e}evil\u{202c}",
        "Z̷̢̛͉a̸̡l̵g̶o̷",
        "x\u{0}\u{1}\u{7f}",
        "\u{feff}x",
        "a\u{301}",
        "ｗｈｏ",
        "\\\"'`${x}",
    ])
    .prop_map(str::to_owned);
    let good = prop_oneof![
        6 => "[A-Za-z0-9éà-][A-Za-z0-9 éà-]{0,15}",
        2 => nasty,
        1 => "[a-z]\\PC{0,12}",
    ];
    if clean {
        good.boxed()
    } else {
        prop_oneof![
            8 => good,
            1 => prop::sample::select(vec!["", " ", "\u{3000}"]).prop_map(str::to_owned),
            1 => (250usize..400).prop_map(|n| "x".repeat(n)),
        ]
        .boxed()
    }
}

/// Localised text: a plain string, or texts by language tag.
fn localized(clean: bool) -> BoxedStrategy<Value> {
    prop_oneof![
        1 => text(clean).prop_map(Value::String),
        2 => prop::collection::btree_map(
            pick(clean, vec!["en", "fr", "de", "zh-Hant"], vec!["english", "", "EN", "x-"]),
            text(clean),
            1..3
        )
        .prop_map(|m| json!(m)),
    ]
    .boxed()
}

fn url(clean: bool) -> BoxedStrategy<Value> {
    pick(
        clean,
        vec![
            "https://www.who.int/data",
            "http://example.org/?q=<script>",
            "mailto:a@example.org",
            "HTTPS://EXAMPLE.ORG",
            "https://example.org/\u{5d0}\u{202e}",
        ],
        vec![
            "javascript:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "https://",
            "//example.org",
            "",
            " https://example.org",
        ],
    )
    .prop_map(|s| Value::String(s.to_owned()))
    .boxed()
}

fn date(clean: bool) -> BoxedStrategy<Value> {
    pick(clean, vec!["2024-02-29", "2026-11-28"], vec!["2023-02-29", "28.11.2026", ""]).prop_map(|d| json!(d)).boxed()
}

fn coordinate(clean: bool) -> BoxedStrategy<Value> {
    let good = prop_oneof![
        6 => (-1.0e4..1.0e4f64).prop_map(|v| json!(v)),
        1 => prop::sample::select(vec![0.0, -0.0, 1.0e7, -1.0e7, 5e-324, 1e-300]).prop_map(|v| json!(v)),
    ];
    if clean {
        good.boxed()
    } else {
        prop_oneof![
            4 => good,
            1 => prop::sample::select(vec![1.0e7 + 1.0, 1.0e300, -1.0e300]).prop_map(|v| json!(v)),
            1 => any::<i64>().prop_map(|v| json!(v)),
        ]
        .boxed()
    }
}

/// Topic ids, organisation ids, category ids and type ids. Valid and distinct when clean.
const TOPIC_IDS: [&str; 4] = ["health-data", "open-data", "privacy", "t1"];
const ORG_IDS: [&str; 4] = ["who", "itu", "icrc", "o-1"];
const BAD_IDS: [&str; 4] = ["WHO", "caf\u{e9}", "health-data", "<b>"];
const CATEGORY_IDS: [&str; 2] = ["governance", "economy"];
const TYPE_IDS: [&str; 2] = ["un", "ngo"];

/// Mostly `Some`, sometimes `None`, for optional fields.
fn sometimes<T: std::fmt::Debug + Clone + 'static>(s: BoxedStrategy<T>) -> BoxedStrategy<Option<T>> {
    prop_oneof![2 => s.prop_map(Some), 1 => Just(None)].boxed()
}

fn put(obj: &mut Map<String, Value>, key: &str, v: Option<Value>) {
    if let Some(v) = v {
        obj.insert(key.to_owned(), v);
    }
}

/// An id from `ids`, or when not clean sometimes a bad or unknown one.
fn reference(clean: bool, ids: Vec<&'static str>) -> BoxedStrategy<Value> {
    if ids.is_empty() {
        return Just(json!("nowhere")).boxed();
    }
    pick(clean, ids, BAD_IDS.to_vec()).prop_map(|s| json!(s)).boxed()
}

fn topic(clean: bool, id: &'static str, categories: Option<Vec<&'static str>>) -> BoxedStrategy<Value> {
    let category = match categories {
        Some(c) if !c.is_empty() || !clean => sometimes(reference(clean, c)),
        _ => Just(None).boxed(),
    };
    (localized(clean), category, sometimes(localized(clean)))
        .prop_map(move |(name, category, summary)| {
            let mut o = Map::new();
            o.insert("id".into(), json!(id));
            o.insert("name".into(), name);
            put(&mut o, "category", category);
            put(&mut o, "summary", summary);
            Value::Object(o)
        })
        .boxed()
}

fn organisation(clean: bool, id: &'static str, types: Option<Vec<&'static str>>) -> BoxedStrategy<Value> {
    let ty = match types {
        Some(t) if !t.is_empty() || !clean => sometimes(reference(clean, t)),
        _ => Just(None).boxed(),
    };
    let (lat, lon) = if clean { (-90.0..90.0f64, -180.0..180.0f64) } else { (-100.0..100.0f64, -200.0..200.0f64) };
    (
        localized(clean),
        ty,
        sometimes(localized(clean)),
        sometimes(url(clean)),
        sometimes(text(clean)),
        sometimes((lat, lon).boxed()),
    )
        .prop_map(move |(name, ty, acronym, website, address, location)| {
            let mut o = Map::new();
            o.insert("id".into(), json!(id));
            o.insert("name".into(), name);
            put(&mut o, "type", ty);
            put(&mut o, "acronym", acronym);
            put(&mut o, "website", website);
            put(&mut o, "address", address.map(Value::String));
            put(&mut o, "location", location.map(|(lat, lon)| json!({ "lat": lat, "lon": lon })));
            Value::Object(o)
        })
        .boxed()
}

fn link(clean: bool, org: &'static str, topic: &'static str) -> BoxedStrategy<Value> {
    let source = (sometimes(localized(clean)), url(clean), sometimes(date(clean))).prop_map(|(title, url, date)| {
        let mut o = Map::new();
        put(&mut o, "title", title);
        o.insert("url".into(), url);
        put(&mut o, "date", date);
        Value::Object(o)
    });
    (sometimes(localized(clean)), prop::collection::vec(source, 0..3))
        .prop_map(move |(summary, sources)| {
            let mut o = Map::new();
            o.insert("org".into(), json!(org));
            o.insert("topic".into(), json!(topic));
            put(&mut o, "summary", summary);
            if !sources.is_empty() {
                o.insert("sources".into(), Value::Array(sources));
            }
            Value::Object(o)
        })
        .boxed()
}

/// Categories or organisation types with these ids.
fn named_list(clean: bool, ids: Vec<&'static str>) -> BoxedStrategy<Value> {
    ids.into_iter()
        .map(|id| {
            let color =
                sometimes(pick(clean, vec!["#2f6db5", "#fff"], vec!["red", "#12345"]).prop_map(|c| json!(c)).boxed());
            (localized(clean), color)
                .prop_map(move |(name, color)| {
                    let mut o = Map::new();
                    o.insert("id".into(), json!(id));
                    o.insert("name".into(), name);
                    put(&mut o, "color", color);
                    Value::Object(o)
                })
                .boxed()
        })
        .collect::<Vec<_>>()
        .prop_map(Value::Array)
        .boxed()
}

/// Some of `pool` (all distinct), or None.
fn some_of(pool: &[&'static str]) -> BoxedStrategy<Option<Vec<&'static str>>> {
    sometimes(prop::sample::subsequence(pool.to_vec(), 0..=pool.len()).boxed())
}

/// A dataset-shaped object. Clean: unique valid ids, links between the chosen nodes, references
/// that resolve, positions of known nodes. Not clean: any of the pools' values, right or wrong.
fn dataset() -> BoxedStrategy<Value> {
    any::<bool>().prop_flat_map(dataset_of).boxed()
}

fn dataset_of(clean: bool) -> BoxedStrategy<Value> {
    let chosen = (
        prop::sample::subsequence(TOPIC_IDS.to_vec(), 0..=TOPIC_IDS.len()),
        prop::sample::subsequence(ORG_IDS.to_vec(), 0..=ORG_IDS.len()),
        some_of(&CATEGORY_IDS),
        some_of(&TYPE_IDS),
    );
    chosen
        .prop_flat_map(move |(topic_ids, org_ids, categories, types)| {
            let mut org_ids = org_ids;
            let mut topic_ids = topic_ids;
            if !clean {
                org_ids.push(BAD_IDS[org_ids.len() % BAD_IDS.len()]);
                topic_ids.push("who");
            }
            let pairs: Vec<(&'static str, &'static str)> =
                org_ids.iter().flat_map(|o| topic_ids.iter().map(move |t| (*o, *t))).collect();
            let most = pairs.len().min(8);
            let links = prop::sample::subsequence(pairs, 0..=most).prop_flat_map(move |pairs| {
                pairs.into_iter().map(|(o, t)| link(clean, o, t)).collect::<Vec<_>>().prop_map(Value::Array)
            });
            let topics = topic_ids.iter().map(|id| topic(clean, id, categories.clone())).collect::<Vec<_>>();
            let orgs = org_ids.iter().map(|id| organisation(clean, id, types.clone())).collect::<Vec<_>>();
            let mut placed: Vec<&'static str> = topic_ids.iter().chain(&org_ids).copied().collect();
            if !clean {
                placed.push("ghost");
            }
            let positions = if placed.is_empty() {
                Just(None).boxed()
            } else {
                sometimes(
                    prop::collection::btree_map(
                        prop::sample::select(placed),
                        (coordinate(clean), coordinate(clean)),
                        0..8,
                    )
                    .prop_map(|m| {
                        Value::Object(m.into_iter().map(|(k, (x, y))| (k.to_owned(), json!([x, y]))).collect())
                    })
                    .boxed(),
                )
            };
            let meta = sometimes(
                (sometimes(localized(clean)), sometimes(localized(clean)), sometimes(date(clean)))
                    .prop_map(|(title, description, updated)| {
                        let mut o = Map::new();
                        put(&mut o, "title", title);
                        put(&mut o, "description", description);
                        put(&mut o, "updated", updated);
                        Value::Object(o)
                    })
                    .boxed(),
            );
            let version = if clean {
                Just(json!(1)).boxed()
            } else {
                prop_oneof![4 => Just(json!(1)), 1 => Just(json!(2)), 1 => Just(json!("1"))].boxed()
            };
            let lists = (
                categories.map_or_else(|| Just(None).boxed(), |c| named_list(clean, c).prop_map(Some).boxed()),
                types.map_or_else(|| Just(None).boxed(), |t| named_list(clean, t).prop_map(Some).boxed()),
            );
            (version, topics, orgs, links, lists, positions, meta).prop_map(
                |(version, topics, organisations, links, (categories, org_types), positions, meta)| {
                    let mut o = Map::new();
                    o.insert("version".into(), version);
                    put(&mut o, "meta", meta);
                    put(&mut o, "categories", categories);
                    put(&mut o, "org_types", org_types);
                    o.insert("topics".into(), Value::Array(topics));
                    o.insert("organisations".into(), Value::Array(organisations));
                    o.insert("links".into(), links);
                    put(&mut o, "positions", positions);
                    Value::Object(o)
                },
            )
        })
        .boxed()
}

/// Any JSON value, keys drawn from the dataset's vocabulary so the parser goes deep.
fn any_json() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|n| json!(n)),
        text(false).prop_map(Value::String),
        url(false),
    ];
    let keys = prop::sample::select(vec![
        "version",
        "topics",
        "organisations",
        "links",
        "id",
        "name",
        "org",
        "topic",
        "sources",
        "url",
        "title",
        "category",
        "type",
        "positions",
        "categories",
        "org_types",
        "color",
        "date",
        "en",
        "fr",
        "meta",
        "location",
        "lat",
        "lon",
        "summary",
        "acronym",
        "website",
        "address",
        "$schema",
        "who",
        "colour",
    ]);
    leaf.prop_recursive(5, 64, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(keys.clone().prop_map(str::to_owned), inner, 0..7)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
    .boxed()
}

/// A change to a JSON value at one of its places (chosen by index among all places).
#[derive(Debug, Clone)]
enum Mutation {
    /// Replace the value there with another.
    Replace(usize, Value),
    /// Remove the value there from its object or array.
    Remove(usize),
    /// Add an unknown key to the object there.
    AddKey(usize, String),
}

fn mutation() -> BoxedStrategy<Mutation> {
    let leaf = prop_oneof![
        Just(Value::Null),
        Just(json!(true)),
        Just(json!(-1)),
        Just(json!(1.5)),
        Just(json!(u64::MAX)),
        Just(json!([])),
        Just(json!({})),
        text(false).prop_map(Value::String),
    ];
    prop_oneof![
        (any::<usize>(), leaf).prop_map(|(i, v)| Mutation::Replace(i, v)),
        any::<usize>().prop_map(Mutation::Remove),
        (any::<usize>(), "[a-z]{1,6}").prop_map(|(i, k)| Mutation::AddKey(i, k)),
    ]
    .boxed()
}

/// JSON pointers to every place in `v`.
fn places(v: &Value, here: String, out: &mut Vec<String>) {
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                places(item, format!("{here}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                places(item, format!("{here}/{}", k.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        _ => {}
    }
    out.push(here);
}

fn apply(v: &mut Value, m: &Mutation) {
    let mut all = Vec::new();
    places(v, String::new(), &mut all);
    let pick = |i: usize| all[i % all.len()].clone();
    match m {
        Mutation::Replace(i, new) => {
            if let Some(slot) = v.pointer_mut(&pick(*i)) {
                *slot = new.clone();
            }
        }
        Mutation::Remove(i) => {
            let p = pick(*i);
            let Some((parent, last)) = p.rsplit_once('/') else { return };
            match v.pointer_mut(parent) {
                Some(Value::Object(map)) => {
                    map.remove(&last.replace("~1", "/").replace("~0", "~"));
                }
                Some(Value::Array(items)) => {
                    if let Ok(k) = last.parse::<usize>() {
                        if k < items.len() {
                            items.remove(k);
                        }
                    }
                }
                _ => {}
            }
        }
        Mutation::AddKey(i, key) => {
            if let Some(Value::Object(map)) = v.pointer_mut(&pick(*i)) {
                map.insert(key.clone(), json!(1));
            }
        }
    }
}

/// A change to the bytes of a file.
#[derive(Debug, Clone)]
enum ByteEdit {
    Truncate(usize),
    Flip(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
}

fn byte_edit() -> BoxedStrategy<ByteEdit> {
    let nasty = prop_oneof![
        prop::collection::vec(any::<u8>(), 1..4),
        prop::sample::select(vec![
            b"\xEF\xBB\xBF".to_vec(),
            b"\xC3".to_vec(),
            b"\xC0\xAF".to_vec(),
            b"\xF0\x9F\x98".to_vec(),
            b"\xED\xA0\x80".to_vec(),
            b"\x00".to_vec(),
            b"\"".to_vec(),
            b"\\".to_vec(),
            b"\\u".to_vec(),
            b"\\ud800".to_vec(),
            b",".to_vec(),
            b"]".to_vec(),
            b"}".to_vec(),
            b"[[[[[[[[[[".to_vec(),
            b"1e400".to_vec(),
            b"NaN".to_vec(),
            b"\n".to_vec(),
            b"\r\n".to_vec(),
        ]),
    ];
    prop_oneof![
        any::<usize>().prop_map(ByteEdit::Truncate),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| ByteEdit::Flip(i, b)),
        (any::<usize>(), nasty).prop_map(|(i, b)| ByteEdit::Insert(i, b)),
        (any::<usize>(), 1usize..16).prop_map(|(i, n)| ByteEdit::Delete(i, n)),
    ]
    .boxed()
}

fn edit(bytes: &mut Vec<u8>, e: &ByteEdit) {
    let at = |i: usize, len: usize| if len == 0 { 0 } else { i % (len + 1) };
    match e {
        ByteEdit::Truncate(i) => {
            let k = at(*i, bytes.len());
            bytes.truncate(k);
        }
        ByteEdit::Flip(i, b) => {
            if !bytes.is_empty() {
                let k = i % bytes.len();
                bytes[k] ^= b | 1;
            }
        }
        ByteEdit::Insert(i, new) => {
            let k = at(*i, bytes.len());
            bytes.splice(k..k, new.iter().copied());
        }
        ByteEdit::Delete(i, n) => {
            let k = at(*i, bytes.len());
            let end = (k + n).min(bytes.len());
            bytes.drain(k..end);
        }
    }
}

fn committed(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// Serializes a value compactly or pretty-printed.
fn to_bytes(v: &Value, pretty: bool) -> Vec<u8> {
    if pretty {
        serde_json::to_vec_pretty(v).expect("serialize")
    } else {
        serde_json::to_vec(v).expect("serialize")
    }
}

// ---------------------------------------------------------------------------------------------
// The properties.

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..1024)) {
        pipeline(&bytes);
    }

    #[test]
    fn arbitrary_json(value in any_json(), pretty in any::<bool>()) {
        pipeline(&to_bytes(&value, pretty));
    }

    #[test]
    fn dataset_shaped_json(mut value in dataset(), mutations in prop::collection::vec(mutation(), 0..3), pretty in any::<bool>()) {
        for m in &mutations {
            apply(&mut value, m);
        }
        pipeline(&to_bytes(&value, pretty));
    }

    #[test]
    fn dataset_shaped_bytes_edited(value in dataset(), edits in prop::collection::vec(byte_edit(), 1..4), pretty in any::<bool>()) {
        let mut bytes = to_bytes(&value, pretty);
        for e in &edits {
            edit(&mut bytes, e);
        }
        pipeline(&bytes);
    }

    #[test]
    fn committed_files_edited(
        file in prop::sample::select(vec!["small.json", "hostile/nasty-text.json", "hostile/rtl-emoji.json", "bom.json"]),
        edits in prop::collection::vec(byte_edit(), 1..4),
    ) {
        let mut bytes = committed(file);
        for e in &edits {
            edit(&mut bytes, e);
        }
        pipeline(&bytes);
    }
}

// ---------------------------------------------------------------------------------------------
// The fuzzer's own checks.

#[test]
fn the_committed_files_pass_the_pipeline_unedited() {
    for file in ["small.json", "hostile/nasty-text.json", "hostile/rtl-emoji.json", "bom.json"] {
        assert_eq!(pipeline(&committed(file)), Verdict::Valid, "{file}");
    }
}

/// The dataset generator must reach the graph and the layout often, or the fuzzing is shallow.
#[test]
fn the_dataset_generator_makes_valid_files_often() {
    let mut runner = TestRunner::deterministic();
    let strategy = dataset();
    let mut verdicts = BTreeMap::new();
    let mut with_links = 0;
    for _ in 0..300 {
        let value = strategy.new_tree(&mut runner).expect("generate").current();
        let verdict = pipeline(&to_bytes(&value, false));
        if verdict == Verdict::Valid && value["links"].as_array().is_some_and(|l| !l.is_empty()) {
            with_links += 1;
        }
        *verdicts.entry(format!("{verdict:?}")).or_insert(0) += 1;
    }
    let valid = verdicts.get("Valid").copied().unwrap_or(0);
    assert!(valid >= 45, "only {valid} of 300 generated datasets are valid: {verdicts:?}");
    assert!(with_links >= 15, "only {with_links} valid datasets with links");
    assert!(verdicts.get("Invalid").copied().unwrap_or(0) >= 45, "{verdicts:?}");
}
