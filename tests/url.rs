//! The URL contract (docs/url.md): round trips, and garbage falls back to defaults.
#![cfg(not(target_arch = "wasm32"))]

use datamap::answers::Depth;
use datamap::graph::Graph;
use datamap::i18n::Lang;
use datamap::model::Dataset;
use datamap::url::{CameraParam, Compare, CompareTarget, Selection, View, ViewState};

#[test]
fn a_full_view_survives_a_round_trip() {
    let state = ViewState {
        selection: Some(Selection::Org("who".into())),
        compare: None,
        depth: Depth::Two,
        lang: Some(Lang::Fr),
        q: "santé & données".into(),
        types: vec!["ngo".into(), "un".into()],
        categories: vec!["governance".into()],
        view: View::List,
        embed: true,
        data: Some("https://example.org/map.json?x=1&y=2".into()),
        camera: Some(CameraParam { x: 12.5, y: -40.25, z: 1.5 }),
    };
    let url = state.to_string();
    assert_eq!(url.parse::<ViewState>().unwrap(), state, "{url}");
}

#[test]
fn the_default_view_is_an_empty_url() {
    assert_eq!(ViewState::default().to_string(), "");
    assert_eq!("".parse::<ViewState>().unwrap(), ViewState::default());
}

#[test]
fn garbage_parameters_fall_back_to_defaults() {
    let s: ViewState =
        "?lang=xx&view=graph&x=1&y=NaN&z=2&types=UN,<b>,ok&embed=maybe&unknown=1&%zz=%zz#/nope/who".parse().unwrap();
    assert_eq!(s.lang, None);
    assert_eq!(s.view, View::Map);
    assert_eq!(s.camera, None, "a camera needs finite x, y and z");
    assert_eq!(s.types, vec!["ok".to_owned()]);
    assert!(!s.embed);
    assert_eq!(s.selection, None);
}

#[test]
fn a_repeated_parameter_takes_the_last_value() {
    let s: ViewState = "?lang=en&lang=fr&q=a&q=b".parse().unwrap();
    assert_eq!((s.lang, s.q.as_str()), (Some(Lang::Fr), "b"));
}

#[test]
fn a_camera_needs_a_positive_zoom() {
    let s: ViewState = "?x=1&y=2&z=0".parse().unwrap();
    assert_eq!(s.camera, None);
    let s: ViewState = "?x=1&y=2&z=0.5".parse().unwrap();
    assert_eq!(s.camera, Some(CameraParam { x: 1.0, y: 2.0, z: 0.5 }));
}

#[test]
fn selections_come_from_the_hash() {
    assert_eq!(ViewState::parse("", "#/topic/open-data").selection, Some(Selection::Topic("open-data".into())));
    assert_eq!(ViewState::parse("", "#/").selection, None);
    assert_eq!(ViewState::parse("", "#/org/WHO").selection, None, "ids are lowercase slugs");
}

#[test]
fn the_data_parameter_keeps_its_own_query() {
    let s: ViewState = "?data=https%3A%2F%2Fexample.org%2Fa.json%3Fv%3D2&lang=fr".parse().unwrap();
    assert_eq!(s.data.as_deref(), Some("https://example.org/a.json?v=2"));
}

#[test]
fn a_comparison_and_a_depth_survive_a_round_trip() {
    let state = ViewState {
        compare: Some(Compare::new("icrc", "wipo")),
        depth: Depth::Two,
        lang: Some(Lang::Fr),
        ..ViewState::default()
    };
    assert_eq!(state.to_string(), "?lang=fr&depth=2#/compare/icrc/wipo");
    assert_eq!(state.to_string().parse::<ViewState>().unwrap(), state);
    let one = ViewState { compare: Some(Compare { a: "who".into(), b: None }), ..ViewState::default() };
    assert_eq!(one.to_string(), "#/compare/who");
    assert_eq!(one.to_string().parse::<ViewState>().unwrap(), one);
}

#[test]
fn depth_is_two_only_for_depth_2_and_depth_1_is_not_written() {
    assert_eq!("?depth=2".parse::<ViewState>().unwrap().depth, Depth::Two);
    for other in ["", "?depth=1", "?depth=3", "?depth=two", "?depth=", "?depth=%32x", "?depth=2&depth=0"] {
        assert_eq!(other.parse::<ViewState>().unwrap().depth, Depth::One, "{other}");
    }
    assert_eq!("?depth=%32".parse::<ViewState>().unwrap().depth, Depth::Two, "percent-decoded");
    assert_eq!("?depth=1&q=a".parse::<ViewState>().unwrap().to_string(), "?q=a");
}

#[test]
fn the_compare_route_keeps_the_ids_that_are_slugs() {
    let compare = |hash: &str| ViewState::parse("", hash).compare;
    assert_eq!(compare("#/compare/icrc/wipo"), Some(Compare { a: "icrc".into(), b: Some("wipo".into()) }));
    assert_eq!(compare("#/compare/who/who"), Some(Compare { a: "who".into(), b: None }), "the same id twice");
    assert_eq!(compare("#/compare/who"), Some(Compare { a: "who".into(), b: None }), "one id only");
    assert_eq!(compare("#/compare/who/"), Some(Compare { a: "who".into(), b: None }));
    assert_eq!(compare("#/compare/WHO/wipo"), Some(Compare { a: "wipo".into(), b: None }), "ids are slugs");
    assert_eq!(compare("#/compare/icrc/wipo/who"), Some(Compare::new("icrc", "wipo")), "extra segments are ignored");
    assert_eq!(compare("#/compare/ic%72c/wipo"), Some(Compare::new("icrc", "wipo")), "percent-decoded");
    for none in ["#/compare/", "#/compare", "#/compare/<b>/WHO", "#/org/who", "#/"] {
        assert_eq!(compare(none), None, "{none}");
    }
    assert_eq!(ViewState::parse("", "#/compare/icrc/wipo").selection, None, "a comparison is not a selection");
}

#[test]
fn the_hash_is_the_comparison_when_there_is_one() {
    let both = ViewState {
        selection: Some(Selection::Topic("open-data".into())),
        compare: Some(Compare::new("icrc", "wipo")),
        ..ViewState::default()
    };
    assert_eq!(both.hash(), "#/compare/icrc/wipo");
    assert_eq!(ViewState { compare: None, ..both }.hash(), "#/topic/open-data");
}

#[test]
fn a_comparison_resolves_against_the_dataset() {
    let ds: Dataset = serde_json::from_str(include_str!("fixtures/small.json")).unwrap();
    let g = Graph::new(&ds);
    let (org, topic) = ("who", "health-data");
    assert!(g.node_by_id(org).is_some() && g.node_by_id(topic).is_some());
    assert_eq!(
        Compare::new(org, topic).resolve(&g),
        CompareTarget::Pair { a: org.into(), b: topic.into() },
        "any two known nodes, of any kinds"
    );
    assert_eq!(Compare::new(org, "nobody").resolve(&g), CompareTarget::One(Selection::Org(org.into())));
    assert_eq!(Compare::new("nobody", topic).resolve(&g), CompareTarget::One(Selection::Topic(topic.into())));
    assert_eq!(
        Compare { a: org.into(), b: Some(org.into()) }.resolve(&g),
        CompareTarget::One(Selection::Org(org.into()))
    );
    assert_eq!(Compare { a: topic.into(), b: None }.resolve(&g), CompareTarget::One(Selection::Topic(topic.into())));
    assert_eq!(Compare::new("nobody", "no-one").resolve(&g), CompareTarget::Nothing);
}
