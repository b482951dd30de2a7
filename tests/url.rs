//! The URL contract (docs/url.md): round trips, and garbage falls back to defaults.
#![cfg(not(target_arch = "wasm32"))]

use datamap::i18n::Lang;
use datamap::url::{CameraParam, Selection, View, ViewState};

#[test]
fn a_full_view_survives_a_round_trip() {
    let state = ViewState {
        selection: Some(Selection::Org("who".into())),
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
