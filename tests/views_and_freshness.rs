//! The optional additions to format version 1: `meta.version`, `verified` and a source's `kind`
//! (freshness), and `views` and `tours`. One fixture per kind of error (path, line and column,
//! fix), the limits against hostile files, the warnings, and old files still valid.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use datamap::check::{check, Status};
use datamap::diagnostic::Diagnostic;
use datamap::load::load;
use support::{assert_one_error, errors_of, fixture};

// Freshness: the fields.

#[test]
fn a_dataset_version_that_is_not_numbers_and_dots_is_refused() {
    let name = "invalid/bad-meta-version.json";
    assert_one_error(name, "meta.version", "\"v2026.12\"", 0, "contains 'v'", "e.g. \"2026.12\"");
}

#[test]
fn dataset_versions_follow_the_rule() {
    use datamap::rules::check_version;
    for ok in ["2026.12", "2026.12.1", "1", "0.0.0.1", "12345678901234567890"] {
        assert!(check_version(ok).is_ok(), "{ok}");
    }
    for bad in ["", "2026.", ".12", "2026..12", "2026-12", "v1", "2026.12 ", "123456789012345678901", "٢٠٢٦"] {
        assert!(check_version(bad).is_err(), "{bad}");
    }
}

#[test]
fn an_impossible_verified_date_is_refused() {
    let name = "invalid/bad-verified.json";
    assert_one_error(name, "links[0].verified", "\"2026-02-30\"", 0, "has no day 30", "YYYY-MM-DD");
}

#[test]
fn a_verified_date_after_the_datasets_date_is_refused() {
    let name = "invalid/verified-after-update.json";
    assert_one_error(
        name,
        "links[0].verified",
        "\"2026-12-01\"",
        0,
        "after the dataset's date 2026-11-28",
        "meta.updated",
    );
}

#[test]
fn a_source_kind_other_than_primary_or_secondary_is_refused() {
    let name = "invalid/bad-source-kind.json";
    assert_one_error(
        name,
        "links[0].sources[0].kind",
        "\"tertiary\"",
        0,
        "unknown variant `tertiary`",
        "`primary` or `secondary`",
    );
}

// Views.

#[test]
fn a_view_id_that_is_not_a_slug_gets_a_suggestion() {
    let name = "invalid/bad-view-id.json";
    assert_one_error(name, "views[0].id", "\"Health View\"", 0, "is not valid", "\"health-view\"");
}

#[test]
fn a_view_with_an_organisations_id_names_the_organisation() {
    let name = "invalid/duplicate-view-id.json";
    assert_one_error(name, "views[0].id", "\"who\"", 2, "already used by organisations[0]", "its own id");
}

#[test]
fn a_tour_with_a_views_id_names_the_view() {
    let name = "invalid/duplicate-tour-id.json";
    assert_one_error(name, "tours[0].id", "\"health-view\"", 1, "already used by views[0]", "view and tour");
}

#[test]
fn a_view_with_a_blank_name_is_refused() {
    let name = "invalid/empty-view-name.json";
    assert_one_error(name, "views[0].name", "{\n        \"en\": \" \"", 0, "the name is empty", "write the name");
}

#[test]
fn an_overlong_view_description_gives_the_limit() {
    let name = "invalid/long-view-description.json";
    assert_one_error(name, "views[0].description.en", "\"DDD", 0, "5001 characters", "shorten");
}

#[test]
fn a_misspelt_view_field_suggests_the_right_one() {
    let name = "invalid/unknown-view-field.json";
    assert_one_error(
        name,
        "views[0].camara",
        "{\n        \"x\"",
        0,
        "unknown field `camara`",
        "did you mean `camera`?",
    );
}

#[test]
fn an_unknown_type_in_a_view_suggests_the_closest() {
    let name = "invalid/unknown-view-type.json";
    assert_one_error(
        name,
        "views[0].types[0]",
        "\"unn\"",
        0,
        "no organisation type with the id \"unn\"",
        "did you mean `un`?",
    );
}

#[test]
fn an_unknown_category_in_a_view_suggests_the_closest() {
    let name = "invalid/unknown-view-category.json";
    assert_one_error(name, "views[0].categories[0]", "\"healht\"", 0, "no category", "did you mean `health`?");
}

#[test]
fn an_unknown_node_in_a_views_ids_suggests_the_closest() {
    let name = "invalid/unknown-view-node.json";
    assert_one_error(name, "views[0].ids[1]", "\"whoo\"", 0, "no topic or organisation with the id \"whoo\"", "`who`");
}

#[test]
fn an_unknown_selection_in_a_view_suggests_the_closest() {
    let name = "invalid/unknown-select.json";
    assert_one_error(name, "views[0].select", "\"health-dat\"", 0, "no topic or organisation", "`health-data`");
}

#[test]
fn a_depth_other_than_1_or_2_is_refused() {
    assert_one_error(
        "invalid/bad-depth.json",
        "views[0].depth",
        "3\n    }",
        0,
        "the depth 3 is not 1 or 2",
        "leave depth out",
    );
}

#[test]
fn a_camera_zoom_of_zero_is_refused() {
    assert_one_error("invalid/bad-camera.json", "views[0].camera.z", "0\n", 0, "not above 0", "CSS pixels");
}

#[test]
fn a_camera_without_z_is_refused() {
    let name = "invalid/missing-camera-z.json";
    assert_one_error(name, "views[0].camera", "{\n        \"x\"", 0, "missing field `z`", "\"z\"");
}

#[test]
fn camera_coordinates_must_be_finite_and_below_1e9() {
    for (x, ok) in [("999999999.9", true), ("-5e8", true), ("1e9", false), ("-2e12", false)] {
        let text =
            dataset_with(&format!(r#""views": [{{"id": "v", "name": "V", "camera": {{"x": {x}, "y": 0, "z": 1}}}}]"#));
        let errors = errors_in(&text);
        assert_eq!(errors.is_empty(), ok, "x = {x}: {errors:#?}");
        if !ok {
            assert_eq!(errors[0].path, "views[0].camera.x");
        }
    }
}

#[test]
fn a_key_twice_in_a_view_is_refused_where_it_is() {
    let text = dataset_with(r#""views": [{"id": "v", "name": "V", "depth": 1, "depth": 2}]"#);
    let errors = errors_in(&text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].path, "views[0].depth");
    assert!(errors[0].message.contains("appears twice"), "{}", errors[0]);
    let second = text.rfind("\"depth\"").unwrap_or(0);
    assert_eq!((errors[0].line, errors[0].column), (2, (second - text.rfind('\n').unwrap_or(0)) as u32));
}

// Tours.

#[test]
fn a_tour_without_steps_is_refused() {
    assert_one_error("invalid/empty-tour.json", "tours[0].steps", "[]", 0, "has no steps", "add a step");
}

#[test]
fn a_tour_without_a_title_is_refused() {
    let name = "invalid/missing-tour-title.json";
    assert_one_error(name, "tours[0]", "{\n      \"id\": \"health-tour\"", 0, "missing field `title`", "\"title\"");
}

#[test]
fn a_step_with_a_blank_text_is_refused() {
    let name = "invalid/empty-step-text.json";
    assert_one_error(
        name,
        "tours[0].steps[0].text",
        "{\n            \"en\": \"\"",
        0,
        "the text is empty",
        "write the text",
    );
}

#[test]
fn a_step_source_is_checked_like_a_link_source() {
    let name = "invalid/bad-step-source-url.json";
    assert_one_error(name, "tours[0].steps[0].sources[0].url", "\"javascript:", 0, "`javascript:`", "https://");
}

#[test]
fn an_unknown_selection_in_a_step_suggests_the_closest() {
    let name = "invalid/unknown-step-node.json";
    assert_one_error(name, "tours[0].steps[1].select", "\"wh0\"", 0, "no topic or organisation", "`who`");
}

// Limits against hostile files.

/// A small valid dataset (one topic `t`, one organisation `o`, linked) with `extra` top-level
/// fields.
fn dataset_with(extra: &str) -> String {
    format!(
        r#"{{"version": 1, "topics": [{{"id": "t", "name": "T"}}], "organisations": [{{"id": "o", "name": "O"}}],
 "links": [{{"org": "o", "topic": "t"}}], {extra}}}"#
    )
}

fn errors_in(text: &str) -> Vec<Diagnostic> {
    match load(text.as_bytes()) {
        Ok(_) => Vec::new(),
        Err(invalid) => invalid.errors().cloned().collect(),
    }
}

fn steps(n: usize) -> String {
    vec![r#"{"text": "A step.", "select": "nobody"}"#; n].join(",")
}

#[test]
fn a_tour_of_1000_steps_is_refused_with_one_clear_error() {
    let text = dataset_with(&format!(r#""tours": [{{"id": "long", "title": "Long", "steps": [{}]}}]"#, steps(1000)));
    let errors = errors_in(&text);
    let limit: Vec<&Diagnostic> = errors.iter().filter(|e| e.path == "tours[0].steps").collect();
    assert_eq!(limit.len(), 1, "{errors:#?}");
    assert_eq!(limit[0].message, "the tour has 1000 steps; the limit is 30");
    assert!(limit[0].fix.as_deref().unwrap_or("").contains("shorter tours"));
    let list = text.find("\"steps\": [").map(|at| at + "\"steps\": ".len()).unwrap_or(0);
    let line_start = text[..list].rfind('\n').map_or(0, |n| n + 1);
    let at = (text[..list].matches('\n').count() as u32 + 1, (list - line_start) as u32 + 1);
    assert_eq!((limit[0].line, limit[0].column), at, "at the steps' list");
    // Only the first 30 steps are checked: 30 unknown selections, not 1000.
    assert_eq!(errors.iter().filter(|e| e.path.ends_with(".select")).count(), 30);
}

#[test]
fn thirty_steps_are_accepted() {
    let text = dataset_with(&format!(
        r#""tours": [{{"id": "full", "title": "Full", "steps": [{}]}}]"#,
        vec![r#"{"text": "A step.", "sources": [{"url": "https://x.int"}]}"#; 30].join(",")
    ));
    assert!(errors_in(&text).is_empty());
}

#[test]
fn too_many_views_tours_or_ids_are_each_one_error() {
    let view = |i: usize| format!(r#"{{"id": "v{i}", "name": "V"}}"#);
    let tour = |i: usize| format!(r#"{{"id": "t{i}", "title": "T", "steps": [{{"text": "x"}}]}}"#);
    let ids = vec!["\"o\""; 2001].join(",");
    let cases = [
        (
            format!(r#""views": [{}]"#, (0..201).map(view).collect::<Vec<_>>().join(",")),
            "views",
            "the file has 201 views; the limit is 200",
        ),
        (
            format!(r#""tours": [{}]"#, (0..51).map(tour).collect::<Vec<_>>().join(",")),
            "tours",
            "the file has 51 tours; the limit is 50",
        ),
        (
            format!(r#""views": [{{"id": "v", "name": "V", "ids": [{ids}]}}]"#),
            "views[0].ids",
            "the list has 2001 ids; the limit is 2000",
        ),
        (
            format!(r#""views": [{{"id": "v", "name": "V", "types": [{ids}]}}]"#),
            "views[0].types",
            "the list has 2001 ids",
        ),
        (
            format!(r#""tours": [{{"id": "x", "title": "T", "steps": [{{"text": "x", "categories": [{ids}]}}]}}]"#),
            "tours[0].steps[0].categories",
            "the list has 2001 ids",
        ),
    ];
    for (extra, path, message) in cases {
        let errors = errors_in(&dataset_with(&extra));
        assert_eq!(errors.len(), 1, "{path}: {errors:#?}");
        assert_eq!(errors[0].path, path);
        assert!(errors[0].message.starts_with(message), "{}", errors[0].message);
    }
    let ids = vec!["\"o\""; 2000].join(",");
    assert!(errors_in(&dataset_with(&format!(r#""views": [{{"id": "v", "name": "V", "ids": [{ids}]}}]"#))).is_empty());
}

// Valid files.

#[test]
fn a_file_with_views_tours_and_freshness_fields_is_valid_and_readable() {
    let loaded = load(&fixture("curated.json")).unwrap_or_else(|e| panic!("curated.json: {e}"));
    let ds = &loaded.dataset;
    assert_eq!(ds.meta.as_ref().and_then(|m| m.version.as_deref()), Some("2026.12"));
    assert_eq!(ds.links[0].verified.as_deref(), Some("2026-11-15"));
    let view = ds.view("health-data-view").expect("the view");
    let show = &view.show;
    assert_eq!(show.ids().iter().map(|i| i.as_str()).collect::<Vec<_>>(), ["who", "health-data"]);
    assert_eq!((show.select.as_ref().map(|s| s.as_str()), show.depth), (Some("who"), Some(2)));
    assert_eq!(show.camera.map(|c| (c.x, c.y, c.z)), Some((12.5, -40.0, 1.5)));
    assert!(ds.view("everything").expect("a bare view").show.ids().is_empty());
    let tour = ds.tour("data-talks").expect("the tour");
    assert_eq!(tour.steps.len(), 2);
    assert_eq!(tour.steps[1].show.categories().len(), 2);
    // The app's load gives the one warning of validation: a step without a source.
    let codes: Vec<_> = loaded.warnings.iter().map(|d| (d.code, d.path.as_str())).collect();
    assert_eq!(codes, [(Some("step-no-source"), "tours[0].steps[1]")]);
}

#[test]
fn files_without_the_additions_are_still_valid() {
    for name in ["small.json", "warnings.json", "bom.json"] {
        let loaded = load(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(loaded.dataset.views.is_none() && loaded.dataset.tours.is_none(), "{name}");
    }
    let nulls = dataset_with(r#""views": null, "tours": null, "meta": {"version": null}"#);
    assert!(errors_in(&nulls).is_empty());
}

#[test]
fn a_saved_dataset_keeps_every_addition() {
    let ds = load(&fixture("curated.json")).expect("valid").dataset;
    let again = serde_json::to_string_pretty(&ds).expect("serialise");
    assert_eq!(load(again.as_bytes()).expect("still valid").dataset, ds);
}

// The checker's freshness warnings.

#[test]
fn the_checker_warns_of_each_freshness_problem_with_its_code() {
    let report = check("curated.json", Ok(fixture("curated.json")));
    assert_eq!(report.status, Status::Valid);
    // The French typography lint is tested in src/typography; this fixture is not typeset.
    let found: Vec<(&str, &str)> = report
        .diagnostics
        .iter()
        .filter(|d| !d.code.is_some_and(|c| c.starts_with("french-")))
        .map(|d| (d.code.unwrap_or(""), d.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("stale", "links[1].verified"),
            ("unverified", "links[3]"),
            ("secondary-only", "links[4].sources"),
            ("unverified", "links[5]"),
            ("secondary-only", "links[5].sources"),
            ("step-no-source", "tours[0].steps[1]"),
        ]
    );
    assert!(report.diagnostics.iter().all(|d| d.line > 0 && d.column > 0 && d.fix.is_some() && !d.is_error()));
    let text = report.to_text();
    assert!(text.contains(": warning[unverified]: links[3]: the link between \"icrc\" and \"humanitarian-data\" has no `verified` date"), "{text}");
    let summary = text.lines().last().unwrap_or("");
    assert_eq!(
        summary,
        "curated.json: valid: 3 organisations, 5 topics in 4 categories, 6 links (5 with two or more sources, 4 verified), \
         11 distinct sources, 2 views, 1 tours; 6 warning(s) (2 secondary-only, 1 stale, 1 step-no-source, 2 unverified)"
    );
    let json = serde_json::to_value(&report).expect("JSON");
    assert_eq!(json["diagnostics"][0]["code"], "stale");
    assert_eq!(json["counts"]["links_verified"], 4);
}

#[test]
fn an_invalid_file_gets_no_freshness_warnings() {
    let report = check("x.json", Ok(fixture("invalid/dangling-link.json")));
    assert_eq!(report.status, Status::Invalid);
    let freshness = ["unverified", "stale", "secondary-only"];
    assert!(!report.diagnostics.iter().any(|d| d.code.is_some_and(|c| freshness.contains(&c))));
    assert_eq!(errors_of("invalid/dangling-link.json").len(), 1);
}
