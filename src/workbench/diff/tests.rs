use super::*;

fn dataset(json: &str) -> Dataset {
    serde_json::from_str(json).unwrap()
}

const BASE: &str = r##"{"version": 1,
  "categories": [{"id": "gov", "name": "Governance", "color": "#123456"}],
  "topics": [{"id": "t", "category": "gov", "name": {"en": "Topic", "fr": "Thème"}}],
  "organisations": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
  "links": [{"org": "a", "topic": "t", "sources": [{"url": "https://x.org/1"}, {"url": "https://x.org/2", "date": "2024-01-01"}]}],
  "positions": {"a": [1, 2], "t": [3, 4]}}"##;

fn changed(old: &str, new: &str) -> Diff {
    diff(&dataset(old), &dataset(new))
}

#[test]
fn a_dataset_has_no_differences_with_itself() {
    let d = changed(BASE, BASE);
    assert!(d.is_empty());
    assert_eq!(d.to_text(), "no differences\n");
}

#[test]
fn an_added_and_a_removed_record_are_listed_by_id_with_their_name() {
    let new = BASE.replace(r#"{"id": "b", "name": "B"}"#, r#"{"id": "c", "name": {"en": "C org", "fr": "Org C"}}"#);
    let d = changed(BASE, &new);
    let kinds: Vec<(&str, &str, Kind, Option<&str>)> =
        d.changes.iter().map(|c| (c.table, c.key.as_str(), c.kind, c.name.as_deref())).collect();
    assert_eq!(
        kinds,
        [("organisations", "b", Kind::Removed, Some("B")), ("organisations", "c", Kind::Added, Some("C org"))]
    );
}

#[test]
fn a_changed_record_lists_each_changed_field_old_and_new() {
    let new = BASE.replace(r##""color": "#123456""##, r##""color": "#654321""##).replace("\"Thème\"", "\"Sujet\"");
    let d = changed(BASE, &new);
    assert_eq!(d.changes.len(), 2);
    assert_eq!(d.changes[0].table, "categories");
    assert_eq!(
        d.changes[0].fields,
        [FieldChange { field: "color".into(), old: Some("#123456".into()), new: Some("#654321".into()) }]
    );
    assert_eq!(d.changes[1].fields[0].field, "name.fr");
}

#[test]
fn a_plain_name_that_becomes_localised_shows_both_forms() {
    let new = BASE.replace(r#""name": "A""#, r#""name": {"en": "A", "fr": "A"}"#);
    let fields: Vec<String> = changed(BASE, &new).changes[0].fields.iter().map(|f| f.field.clone()).collect();
    assert_eq!(fields, ["name", "name.en", "name.fr"]);
}

#[test]
fn sources_are_keyed_by_link_and_url_and_a_move_changes_their_position() {
    let new = BASE.replace(
        r#"[{"url": "https://x.org/1"}, {"url": "https://x.org/2", "date": "2024-01-01"}]"#,
        r#"[{"url": "https://x.org/2", "date": "2024-01-01"}, {"url": "https://x.org/3"}]"#,
    );
    let d = changed(BASE, &new);
    let lines: Vec<String> = d.changes.iter().map(|c| format!("{:?} {}", c.kind, c.key)).collect();
    assert_eq!(lines, ["Removed a/t https://x.org/1", "Changed a/t https://x.org/2", "Added a/t https://x.org/3"]);
    assert_eq!(
        d.changes[1].fields,
        [FieldChange { field: "position".into(), old: Some("2".into()), new: Some("1".into()) }]
    );
}

#[test]
fn a_url_given_twice_in_one_link_is_told_apart() {
    let twice = BASE.replace("https://x.org/2", "https://x.org/1");
    let new = twice.replace("2024-01-01", "2025-01-01");
    let d = changed(&twice, &new);
    assert_eq!(d.changes.len(), 1);
    assert_eq!(d.changes[0].key, "a/t https://x.org/1 #2");
}

#[test]
fn links_are_keyed_by_org_and_topic() {
    let new = BASE.replace(r#""topic": "t", "sources""#, r#""topic": "t", "summary": "New", "sources""#);
    let d = changed(BASE, &new);
    assert_eq!((d.changes[0].table, d.changes[0].key.as_str()), ("links", "a/t"));
    assert_eq!(d.changes[0].fields[0].new.as_deref(), Some("New"));
}

#[test]
fn meta_and_the_format_fields_are_one_record() {
    let with_meta = BASE.replace(r#"{"version": 1,"#, r#"{"version": 1, "meta": {"updated": "2026-01-01"},"#);
    let d = changed(BASE, &with_meta);
    assert_eq!((d.changes[0].table, d.changes[0].key.as_str(), d.changes[0].kind), ("meta", "meta", Kind::Changed));
    assert_eq!(d.changes[0].fields[0].field, "meta.updated");
}

#[test]
fn positions_are_counted_as_added_removed_and_moved() {
    let new = BASE.replace(r#""a": [1, 2], "t": [3, 4]"#, r#""a": [1, 2.5], "b": [0, 0]"#);
    let d = changed(BASE, &new);
    assert_eq!(d.positions, Positions { added: vec!["b".into()], removed: vec!["t".into()], moved: vec!["a".into()] });
    assert!(d.to_text().contains("positions: 1 added, 1 removed, 1 moved\n"));
}

#[test]
fn long_values_are_shortened_around_their_first_difference() {
    let long = "x".repeat(100);
    let new = BASE.replace(r#""name": "A""#, &format!(r#""name": "{long}y""#));
    let old = BASE.replace(r#""name": "A""#, &format!(r#""name": "{long}z""#));
    let text = changed(&old, &new).to_text();
    let line = text.lines().find(|l| l.trim_start().starts_with("name:")).unwrap();
    assert!(line.ends_with(&format!("\"…{}z\" -> \"…{}y\"", "x".repeat(59), "x".repeat(59))), "{line}");
}

#[test]
fn views_are_keyed_by_id_and_a_tours_steps_are_its_fields() {
    let with = |view: &str, step: &str| {
        BASE.replace(
            r#""positions""#,
            &format!(
                r#""views": [{{"id": "v", "name": "V", {view}}}], "tours": [{{"id": "tr", "title": "Tour", "steps": [{{"text": "One"}}, {step}]}}], "positions""#
            ),
        )
    };
    let old = with(r#""ids": ["a"]"#, r#"{"text": "Two"}"#);
    let new = with(r#""ids": ["a", "t"], "depth": 2"#, r#"{"text": "Deux", "sources": [{"url": "https://x.org/s"}]}"#);
    let d = changed(&old, &new);
    let fields: Vec<(&str, &str, Option<&str>, Option<&str>)> = d
        .changes
        .iter()
        .flat_map(|c| c.fields.iter().map(move |f| (c.table, f.field.as_str(), f.old.as_deref(), f.new.as_deref())))
        .collect();
    assert_eq!(
        fields,
        [
            ("views", "ids", Some("a"), Some("a t")),
            ("views", "depth", None, Some("2")),
            ("tours", "steps.2.text", Some("Two"), Some("Deux")),
            ("tours", "steps.2.sources.1.url", None, Some("https://x.org/s")),
        ]
    );
}
