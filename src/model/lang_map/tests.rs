//! Tests of [`super`]: a [`LangMap`] reads, prints and writes as the `BTreeMap<String, String>`
//! it replaces did.

use std::collections::BTreeMap;

use super::*;

/// A JSON object read both ways.
fn both(json: &str) -> (Result<LangMap, String>, Result<BTreeMap<String, String>, String>) {
    let ours = serde_json::from_str::<LangMap>(json).map_err(|e| e.to_string());
    let reference = (|| {
        let value: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
        serde_json::from_value::<BTreeMap<String, String>>(value).map_err(|e| e.to_string())
    })();
    (ours, reference)
}

#[test]
fn reads_writes_and_prints_as_a_btreemap() {
    for json in [
        r#"{}"#,
        r#"{"en": "WHO", "fr": "OMS"}"#,
        r#"{"fr": "OMS", "en": "WHO"}"#,
        r#"{"zh-Hant": "世衛", "pt-BR": "OMS", "en": "WHO", "de": "WHO", "fr": "OMS"}"#,
        r#"{"\u0065n": "escaped key", "f\"r": "quote"}"#,
        r#"{"": "empty tag", "EN": "upper"}"#,
    ] {
        let (ours, reference) = both(json);
        let (ours, reference) = (ours.expect(json), reference.expect(json));
        assert_eq!(
            ours.iter().collect::<Vec<_>>(),
            reference.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect::<Vec<_>>()
        );
        assert_eq!(serde_json::to_string(&ours).ok(), serde_json::to_string(&reference).ok(), "{json}");
        assert_eq!(format!("{ours:?}"), format!("{reference:?}"), "{json}");
        assert_eq!(ours.len(), reference.len());
        assert_eq!(ours.is_empty(), reference.is_empty());
        for key in ["en", "fr", "de", "pt-BR", "zh-Hant", "", "x"] {
            assert_eq!(ours.get(key), reference.get(key).map(String::as_str), "{json} {key}");
            assert_eq!(ours.contains_key(key), reference.contains_key(key));
        }
        assert_eq!(ours.values().collect::<Vec<_>>(), reference.values().map(String::as_str).collect::<Vec<_>>());
    }
}

#[test]
fn a_tag_given_twice_is_refused_with_the_message_of_a_duplicate_field() {
    for json in [r#"{"en": "a", "en": "b"}"#, r#"{"fr": "a", "en": "b", "fr": "c"}"#, r#"{"de": "a", "\u0064e": "b"}"#]
    {
        let e = serde_json::from_str::<LangMap>(json).expect_err(json).to_string();
        assert!(e.starts_with("duplicate field `"), "{json}: {e}");
    }
    let e = serde_json::from_str::<LangMap>(r#"{"en": "a", "en": "b"}"#).expect_err("twice").to_string();
    assert_eq!(e, "duplicate field `en` at line 1 column 22");
}

#[test]
fn values_must_be_strings() {
    assert!(serde_json::from_str::<LangMap>(r#"{"en": 1}"#).is_err());
    assert!(serde_json::from_str::<LangMap>(r#"["en", "WHO"]"#).is_err());
}

#[test]
fn collecting_keeps_the_last_text_of_a_tag_and_sorts() {
    let map: LangMap = [("fr", "a".to_owned()), ("en", "b".to_owned()), ("fr", "c".to_owned())].into_iter().collect();
    assert_eq!(map.iter().collect::<Vec<_>>(), [("en", "b"), ("fr", "c")]);
    let mut map = LangMap::default();
    assert_eq!(map.insert("pt-BR", "x".into()), None);
    assert_eq!(map.insert("de", "y".into()), None);
    assert_eq!(map.insert("pt-BR", "z".into()), Some("x".to_owned()));
    assert_eq!(map.iter().collect::<Vec<_>>(), [("de", "y"), ("pt-BR", "z")]);
}

#[test]
fn common_tags_are_static_and_compare_equal_to_owned_ones() {
    let read: LangMap = serde_json::from_str(r#"{"en": "WHO"}"#).expect("read");
    assert!(matches!(read.0[0].0, Cow::Borrowed(_)));
    let owned = LangMap(vec![(Cow::Owned("en".to_owned()), "WHO".to_owned())]);
    assert_eq!(read, owned);
}
