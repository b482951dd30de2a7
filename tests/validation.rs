//! Every kind of dataset error, one fixture each: the path, the line and column, and the fix.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use datamap::load::load;
use support::{assert_one_error, errors_of, fixture, position_of};

#[test]
fn a_link_to_an_unknown_topic_names_it_and_suggests_the_closest_id() {
    assert_one_error(
        "invalid/dangling-link.json",
        "links[0].topic",
        "\"helth-data\"",
        0,
        "no topic with the id \"helth-data\"",
        "did you mean `health-data`?",
    );
}

#[test]
fn a_link_to_an_unknown_organisation_suggests_the_closest_id() {
    assert_one_error(
        "invalid/unknown-org.json",
        "links[0].org",
        "\"whoo\"",
        0,
        "no organisation with the id \"whoo\"",
        "`who`",
    );
}

#[test]
fn a_topic_id_in_the_org_field_says_what_it_is() {
    assert_one_error(
        "invalid/wrong-kind.json",
        "links[0].org",
        "\"health-data\"",
        1,
        "is not an organisation",
        "`org`",
    );
}

#[test]
fn an_unknown_category_suggests_the_closest() {
    assert_one_error(
        "invalid/unknown-category.json",
        "topics[0].category",
        "\"healht\"",
        0,
        "no category with the id \"healht\"",
        "did you mean `health`?",
    );
}

#[test]
fn an_unknown_organisation_type_says_where_to_add_it() {
    assert_one_error(
        "invalid/unknown-type.json",
        "organisations[0].type",
        "\"ngo\"",
        0,
        "no organisation type",
        "org_types",
    );
}

#[test]
fn a_duplicate_id_across_topics_and_organisations_names_the_first() {
    let errors = errors_of("invalid/duplicate-id.json");
    assert_eq!(errors[0].path, "organisations[1].id");
    assert!(errors[0].message.contains("already used by topics[0]"), "{}", errors[0]);
    assert_eq!(
        (errors[0].line, errors[0].column),
        position_of(&fixture("invalid/duplicate-id.json"), "\"health-data\"", 1)
    );
}

#[test]
fn a_second_link_for_the_same_pair_points_at_the_first() {
    let name = "invalid/duplicate-link.json";
    let errors = errors_of(name);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "links[1]");
    assert!(errors[0].fix.as_deref().unwrap_or("").contains("links[0]"));
    // links[1] starts at the fourth `{` from the end of the links array: find it as the second link object.
    assert_eq!((errors[0].line, errors[0].column), position_of(&fixture(name), "{\n      \"org\": \"who\"", 1));
}

#[test]
fn a_bad_id_gets_a_slug_suggestion() {
    assert_one_error(
        "invalid/bad-id.json",
        "organisations[0].id",
        "\"World Health\"",
        0,
        "is not valid",
        "\"world-health\"",
    );
}

#[test]
fn a_javascript_website_is_refused() {
    assert_one_error(
        "invalid/bad-url.json",
        "organisations[0].website",
        "\"javascript:",
        0,
        "`javascript:`",
        "https://",
    );
}

#[test]
fn a_data_source_url_is_refused() {
    assert_one_error("invalid/bad-source-url.json", "links[0].sources[0].url", "\"data:", 0, "`data:`", "https://");
}

#[test]
fn a_named_colour_is_refused() {
    assert_one_error("invalid/bad-color.json", "categories[0].color", "\"red\"", 0, "colour \"red\"", "#2f6db5");
}

#[test]
fn an_impossible_date_is_refused() {
    assert_one_error(
        "invalid/bad-date.json",
        "links[0].sources[0].date",
        "\"2023-02-30\"",
        0,
        "has no day 30",
        "YYYY-MM-DD",
    );
}

#[test]
fn a_latitude_out_of_range_is_refused() {
    assert_one_error(
        "invalid/bad-location.json",
        "organisations[0].location.lat",
        "146.2",
        0,
        "outside -90 to 90",
        "decimal degrees",
    );
}

#[test]
fn an_empty_name_is_refused() {
    assert_one_error(
        "invalid/empty-name.json",
        "topics[0].name",
        "{\n        \"en\": \" \"",
        0,
        "empty",
        "write the name",
    );
}

#[test]
fn a_position_for_an_unknown_node_is_refused() {
    assert_one_error(
        "invalid/unknown-position.json",
        "positions.wto",
        "[\n      5",
        0,
        "no node with the id \"wto\"",
        "`who`",
    );
}

#[test]
fn another_format_version_is_refused() {
    assert_one_error("invalid/bad-version.json", "version", "2", 0, "version 2 is not supported", "\"version\": 1");
}

#[test]
fn a_text_keyed_by_a_non_language_is_refused() {
    assert_one_error(
        "invalid/bad-lang.json",
        "topics[0].name.english",
        "\"Health data\"",
        0,
        "not a language tag",
        "\"en\"",
    );
}

#[test]
fn a_name_of_the_wrong_type_says_what_is_expected() {
    assert_one_error(
        "invalid/wrong-type.json",
        "organisations[0].name",
        "42",
        0,
        "invalid type: integer `42`",
        "a string",
    );
}

#[test]
fn a_misspelt_field_suggests_the_right_one() {
    assert_one_error(
        "invalid/unknown-field.json",
        "categories[0].colour",
        "\"#b3261e\"",
        0,
        "unknown field `colour`",
        "did you mean `color`?",
    );
}

#[test]
fn a_missing_field_is_placed_at_its_object() {
    assert_one_error(
        "invalid/missing-field.json",
        "links[0]",
        "{\n      \"org\"",
        0,
        "missing field `topic`",
        "\"topic\"",
    );
}

#[test]
fn an_overlong_name_gives_the_limit() {
    assert_one_error("invalid/long-name.json", "organisations[0].name.en", "\"WWW", 0, "400 characters", "shorten");
}

#[test]
fn a_duplicate_key_is_placed_at_its_second_occurrence() {
    assert_one_error(
        "invalid/duplicate-key.json",
        "organisations[0].id",
        "\"id\": \"who\"",
        1,
        "appears twice",
        "delete",
    );
}

#[test]
fn a_trailing_comma_is_placed_where_json_breaks() {
    assert_one_error("invalid/trailing-comma.json", "", "}", 1, "trailing comma", "remove the comma");
}

#[test]
fn a_truncated_file_says_it_ends_too_early() {
    let errors = errors_of("invalid/truncated.json");
    let text = fixture("invalid/truncated.json");
    let lines = text.split(|b| *b == b'\n').count() as u32;
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, lines, "placed on the last line");
    assert!(errors[0].fix.as_deref().unwrap_or("").contains("ends too early"));
}

#[test]
fn a_comment_is_invalid_json_at_line_one() {
    assert_one_error("invalid/comment.json", "", "//", 0, "invalid JSON", "no comments");
}

#[test]
fn an_empty_file_is_invalid() {
    assert_one_error("invalid/empty.json", "", "", 0, "the file is empty", "CURATING.md");
}

#[test]
fn invalid_utf8_is_placed_at_the_first_bad_byte() {
    let errors = errors_of("invalid/invalid-utf8.json");
    assert_eq!(errors.len(), 1);
    assert!(errors[0].message.contains("not valid UTF-8") && errors[0].message.contains("0xE9"), "{}", errors[0]);
    let (line, column) = position_of(&fixture("invalid/invalid-utf8.json"), "Sant", 0);
    assert_eq!((errors[0].line, errors[0].column), (line, column + 4), "the byte after `Sant`");
}

#[test]
fn a_top_level_array_is_invalid() {
    assert_one_error("invalid/not-an-object.json", "", "[", 0, "one JSON object", "\"version\": 1");
}

#[test]
fn a_file_with_several_errors_reports_all_of_them_in_file_order() {
    let errors = errors_of("invalid/several-errors.json");
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        ["categories[0].color", "organisations[0].website", "links[0].topic", "links[1].sources[0].date"]
    );
    assert!(errors.windows(2).all(|w| (w[0].line, w[0].column) < (w[1].line, w[1].column)));
}

#[test]
fn shape_errors_in_different_items_are_all_reported() {
    let errors = errors_of("invalid/several-shape-errors.json");
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(paths, ["topics[0].nmae", "organisations[0].name", "links[0].sources"]);
    assert!(errors[2].fix.as_deref().unwrap_or("").contains("a list"));
}

#[test]
fn a_valid_file_with_gaps_loads_with_warnings() {
    let loaded = load(&fixture("warnings.json")).expect("warnings.json is valid");
    let messages: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(loaded.warnings.len(), 3, "{messages:#?}");
    assert!(messages[0].contains("\"open-data\" has no links"));
    assert!(messages[1].contains("no text in fr"));
    assert!(messages[2].contains("has no source"));
}

#[test]
fn a_byte_order_mark_is_accepted_with_a_warning() {
    let loaded = load(&fixture("bom.json")).expect("bom.json is valid");
    assert_eq!(loaded.warnings.len(), 1);
    assert!(loaded.warnings[0].message.contains("byte order mark"));
}

#[test]
fn repeated_links_each_point_at_the_one_before_whether_or_not_their_ids_exist() {
    let text = r#"{"version": 1,
 "topics": [{"id": "t", "name": {"en": "T", "fr": "T"}}],
 "organisations": [{"id": "o", "name": {"en": "O", "fr": "O"}}],
 "links": [
  {"org": "o", "topic": "t"}, {"org": "o", "topic": "t"}, {"org": "o", "topic": "t"},
  {"org": "x", "topic": "t"}, {"org": "x", "topic": "t"}, {"org": "t", "topic": "o"}, {"org": "t", "topic": "o"}
 ]}"#;
    let invalid = load(text.as_bytes()).expect_err("duplicate links");
    let seconds: Vec<(&str, &str)> = invalid
        .diagnostics
        .iter()
        .filter(|d| d.message.starts_with("a second link"))
        .map(|d| (d.path.as_str(), d.message.rsplit(' ').next().unwrap_or("")))
        .collect();
    assert_eq!(
        seconds,
        [("links[1]", "links[0]"), ("links[2]", "links[1]"), ("links[4]", "links[3]"), ("links[6]", "links[5]")]
    );
}
