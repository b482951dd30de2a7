//! Property tests: no input makes loading panic (run with a bounded case count in `make test`).
#![cfg(not(target_arch = "wasm32"))]

use datamap::load::load;
use proptest::prelude::*;

fn small_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i32>().prop_map(|n| serde_json::json!(n)),
        "[a-z\\-]{0,8}".prop_map(serde_json::Value::String),
        prop::sample::select(vec![
            "who",
            "health-data",
            "https://x.org",
            "javascript:x",
            "#fff",
            "2024-02-30",
            "en",
            "fr"
        ])
        .prop_map(|s| serde_json::Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
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
                    "category",
                    "type",
                    "positions",
                    "categories",
                    "org_types",
                    "color",
                    "date",
                    "en",
                    "fr",
                    "x",
                ])
                .prop_map(str::to_owned),
                inner,
                0..6
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = load(&bytes);
    }

    #[test]
    fn arbitrary_json_never_panics_and_errors_are_placed(value in small_json()) {
        let text = serde_json::to_string_pretty(&value).unwrap();
        if let Err(invalid) = load(text.as_bytes()) {
            for d in &invalid.diagnostics {
                prop_assert!(d.line >= 1 && d.column >= 1, "unplaced: {d}");
            }
        }
    }
}
