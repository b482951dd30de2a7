//! The URL contract (docs/url.md): round trips, and garbage falls back to defaults.
#![cfg(not(target_arch = "wasm32"))]

use datamap::answers::Depth;
use datamap::graph::Graph;
use datamap::i18n::Lang;
use datamap::model::Dataset;
use datamap::url::{CameraParam, Compare, CompareTarget, Selection, Shows, Story, View, ViewState};

#[test]
fn a_full_view_survives_a_round_trip() {
    let state = ViewState {
        selection: Some(Selection::Org("who".into())),
        compare: None,
        story: None,
        depth: Depth::Two,
        lang: Some(Lang::Fr),
        q: "santé & données".into(),
        types: vec!["ngo".into(), "un".into()],
        categories: vec!["governance".into()],
        view: View::List,
        embed: true,
        data: Some("https://example.org/map.json?x=1&y=2".into()),
        camera: Some(CameraParam { x: 12.5, y: -40.25, z: 1.5 }),
        about: false,
    };
    let url = state.to_string();
    assert_eq!(url.parse::<ViewState>().unwrap(), state, "{url}");
}

#[test]
fn the_about_route_opens_about_and_stands_for_the_hash_while_open() {
    let s: ViewState = "?lang=fr#/about".parse().unwrap();
    assert!(s.about && s.selection.is_none(), "{s:?}");
    assert_eq!(s.to_string(), "?lang=fr#/about");
    assert!(ViewState::parse("", "/about/").about);
    let open = ViewState { about: true, selection: Some(Selection::Org("who".into())), ..ViewState::default() };
    assert_eq!(open.hash(), "#/about");
    assert_eq!(ViewState { about: false, ..open }.hash(), "#/org/who");
    for other in ["#/about/x", "#/About", "#about", "#/aboutx", "#/org/about"] {
        assert!(!other.parse::<ViewState>().unwrap().about, "{other}");
    }
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

fn tour(id: &str, step: u32) -> Story {
    Story::Tour { id: id.into(), step }
}

/// The small map with two views and two tours (three steps, then two).
fn with_tours() -> Dataset {
    serde_json::from_str(include_str!("fixtures/tours.json")).expect("tours.json")
}

#[test]
fn view_and_tour_routes_survive_a_round_trip() {
    for story in [Story::View("health-data-view".into()), tour("data-talks", 2), tour("x", 0), tour("x", u32::MAX)] {
        let state = ViewState { story: Some(story.clone()), types: vec!["un".into()], ..ViewState::default() };
        let url = state.to_string();
        assert_eq!(url.parse::<ViewState>().unwrap(), state, "{url}");
        assert_eq!(Story::from_hash(&story.hash()), Some(story));
    }
    assert_eq!(tour("data-talks", 2).hash(), "#/tour/data-talks/2");
    assert_eq!(Story::View("health-data-view".into()).hash(), "#/view/health-data-view");
}

#[test]
fn a_tour_without_a_step_is_at_step_1_and_malformed_routes_are_no_route() {
    let story = |hash: &str| ViewState::parse("", hash).story;
    assert_eq!(story("#/tour/data-talks"), Some(tour("data-talks", 1)));
    assert_eq!(story("#/tour/data-talks/"), Some(tour("data-talks", 1)));
    assert_eq!(story("#/tour/data-talks/007"), Some(tour("data-talks", 7)));
    assert_eq!(story("#/tour/data-talks/3/extra"), Some(tour("data-talks", 3)), "extra segments are ignored");
    assert_eq!(story("#/tour/data%2Dtalks/2"), Some(tour("data-talks", 2)), "percent-decoded");
    assert_eq!(story("#/tour/data-talks/99999999999999999999"), Some(tour("data-talks", u32::MAX)), "saturated");
    assert_eq!(story("#/view/health"), Some(Story::View("health".into())));
    for none in [
        "#/tour/",
        "#/tour",
        "#/view/",
        "#/view",
        "#/tour/Data-Talks/1",
        "#/tour/data-talks/-1",
        "#/tour/data-talks/+1",
        "#/tour/data-talks/1.5",
        "#/tour/data-talks/two",
        "#/tour/data-talks/%31",
        "#/view/<b>",
        "#/views/x",
        "#/tours/x/1",
        "#/tour//1",
    ] {
        assert_eq!(story(none), None, "{none}");
        assert_eq!(ViewState::parse("", none).selection, None, "{none}");
    }
    assert_eq!(ViewState::parse("", "#/tour/data-talks/2").selection, None, "a step is not a selection");
}

#[test]
fn the_hash_is_the_story_while_one_is_shown() {
    let all = ViewState {
        selection: Some(Selection::Org("who".into())),
        compare: Some(Compare::new("icrc", "wipo")),
        story: Some(tour("data-talks", 2)),
        ..ViewState::default()
    };
    assert_eq!(all.hash(), "#/tour/data-talks/2");
    assert_eq!(ViewState { story: None, ..all }.hash(), "#/compare/icrc/wipo");
}

#[test]
fn a_story_resolves_against_the_dataset() {
    let ds = with_tours();
    assert_eq!(tour("data-talks", 2).resolve(&ds), Some(tour("data-talks", 2)));
    assert_eq!(tour("data-talks", 99).resolve(&ds), Some(tour("data-talks", 3)), "past the end: the last step");
    assert_eq!(tour("data-talks", u32::MAX).resolve(&ds), Some(tour("data-talks", 3)));
    assert_eq!(tour("data-talks", 0).resolve(&ds), Some(tour("data-talks", 1)), "step 0: the first");
    assert_eq!(tour("no-such-tour", 1).resolve(&ds), None, "unknown: the whole map");
    assert_eq!(tour("health-data-view", 1).resolve(&ds), None, "a view is no tour");
    assert_eq!(Story::View("data-talks".into()).resolve(&ds), None, "a tour is no view");
    assert_eq!(Story::View("humanitarian-view".into()).resolve(&ds), Some(Story::View("humanitarian-view".into())));
    let small: Dataset = serde_json::from_str(include_str!("fixtures/small.json")).unwrap();
    assert_eq!(tour("data-talks", 1).resolve(&small), None, "a dataset without tours");
}

#[test]
fn a_view_or_step_shows_its_filters_selection_depth_and_camera() {
    let ds = with_tours();
    assert_eq!(
        Story::View("humanitarian-view".into()).shows(&ds),
        Some(Shows {
            types: vec!["humanitarian".into()],
            select: Some(Selection::Org("icrc".into())),
            camera: Some(CameraParam { x: 0.0, y: 120.0, z: 2.0 }),
            ..Shows::default()
        })
    );
    let health = Story::View("health-data-view".into()).shows(&ds).expect("a view");
    assert_eq!(health.only, ["artificial-intelligence", "health-data", "who"], "sorted");
    assert_eq!((health.select, health.camera, health.depth), (None, None, Depth::One), "no camera: fit what is shown");
    let step = |n| tour("data-talks", n).shows(&ds).expect("a step");
    assert_eq!(step(1).select, Some(Selection::Org("who".into())));
    assert_eq!(step(3).categories, ["sectors"]);
    assert_eq!(
        tour("humanitarian-tour", 2).shows(&ds).expect("a step").select,
        Some(Selection::Topic("data-protection".into()))
    );
    assert_eq!(tour("humanitarian-tour", 2).shows(&ds).expect("a step").depth, Depth::Two);
    assert_eq!(tour("data-talks", 0).shows(&ds), None, "resolve first");
    assert_eq!(tour("data-talks", 4).shows(&ds), None);
}

#[test]
fn a_story_from_its_start_keeps_the_route_and_nothing_of_the_visitors_own() {
    let s: ViewState =
        "?lang=fr&view=list&q=x&types=un&depth=2&x=1&y=2&z=3&embed=1#/tour/data-talks/3".parse().unwrap();
    assert_eq!(s.story_start().expect("a tour").to_string(), "?lang=fr&view=list&embed=1#/tour/data-talks/1");
    let v: ViewState = "?categories=sectors#/view/health-data-view".parse().unwrap();
    assert_eq!(v.story_start().expect("a view").to_string(), "#/view/health-data-view");
    assert_eq!("?q=x#/org/who".parse::<ViewState>().unwrap().story_start(), None);
}
