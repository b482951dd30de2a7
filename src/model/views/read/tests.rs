//! Tests of [`super`]: what is read, and each problem's path and wording.

use super::*;

fn read_views(json: &str) -> (Vec<View>, Vec<Problem>) {
    let mut problems = Vec::new();
    let v: Value = serde_json::from_str(json).expect("JSON");
    (views(&v, "views", &mut problems), problems)
}

fn read_tours(json: &str) -> (Vec<Tour>, Vec<Problem>) {
    let mut problems = Vec::new();
    let v: Value = serde_json::from_str(json).expect("JSON");
    (tours(&v, "tours", &mut problems), problems)
}

#[test]
fn every_field_of_a_view_is_read() {
    let (views, problems) = read_views(
        r#"[{"id": "v", "name": {"en": "V", "fr": "W"}, "description": "D", "types": ["un"], "categories": [],
            "ids": ["who", "health"], "select": "who", "depth": 2, "camera": {"x": 1, "y": -2.5, "z": 0.5}},
           {"id": "bare", "name": "Bare", "types": null, "camera": null}]"#,
    );
    assert!(problems.is_empty(), "{problems:?}");
    let v = &views[0];
    assert_eq!((v.id.as_str(), v.name.get("fr"), v.description.as_ref().map(|d| d.get("en"))), ("v", "W", Some("D")));
    assert_eq!(v.show.types.as_deref(), Some(&[crate::model::Id("un".into())][..]));
    assert_eq!(v.show.categories.as_deref(), Some(&[][..]));
    assert_eq!((v.show.select.as_ref().map(|s| s.as_str()), v.show.depth), (Some("who"), Some(2)));
    assert_eq!(v.show.camera, Some(ViewCamera { x: 1.0, y: -2.5, z: 0.5 }));
    assert_eq!(views[1].show, Show::default());
}

#[test]
fn every_field_of_a_tour_and_its_steps_is_read() {
    let (tours, problems) = read_tours(
        r#"[{"id": "t", "title": "T", "summary": "S", "steps": [
            {"title": "One", "text": {"en": "A", "fr": "B"}, "sources": [{"url": "https://x.int", "kind": "primary"}],
             "ids": ["who"], "depth": 1},
            {"text": "C"}]}]"#,
    );
    assert!(problems.is_empty(), "{problems:?}");
    let t = &tours[0];
    assert_eq!((t.id.as_str(), t.title.get("en"), t.steps.len()), ("t", "T", 2));
    assert_eq!(t.steps[0].sources[0].kind, Some(crate::model::SourceKind::Primary));
    assert_eq!((t.steps[0].text.get("fr"), t.steps[1].text.get("fr")), ("B", "C"));
    assert!(t.steps[1].sources.is_empty());
}

#[test]
fn the_first_problem_of_each_view_has_its_path_and_serdes_wording() {
    let (views, problems) = read_views(
        r#"[{"id": "a", "name": "A", "camara": {}},
            {"name": "B"},
            {"id": 7, "name": ["B"]},
            {"id": "c", "name": "C", "depth": -1},
            {"id": "c", "name": "C", "camera": {"x": "1", "y": 2}},
            {"id": "c", "name": "C", "camera": {"x": 1, "y": 2}},
            ["c", "C"],
            {"id": "d", "name": {"en": 1}},
            {"id": "d", "name": "D", "ids": ["x", 2]},
            {"id": "e", "name": "E"}]"#,
    );
    assert_eq!(views.len(), 1, "only the view without problems is read");
    let found: Vec<(&str, &str)> = problems.iter().map(|(p, m)| (p.as_str(), m.as_str())).collect();
    let fields = "`id`, `name`, `description`, `types`, `categories`, `ids`, `select`, `depth`, `camera`";
    assert_eq!(
        found,
        [
            ("views[0].camara", &*format!("unknown field `camara`, expected one of {fields}")),
            ("views[1]", "missing field `id`"),
            ("views[2].id", "invalid type: integer `7`, expected a string"),
            ("views[3].depth", "invalid value: integer `-1`, expected u64"),
            ("views[4].camera.x", "invalid type: string \"1\", expected f64"),
            ("views[5].camera", "missing field `z`"),
            ("views[6]", "invalid type: sequence, expected struct View"),
            ("views[7].name.en", "invalid type: integer `1`, expected a string"),
            ("views[8].ids[1]", "invalid type: integer `2`, expected a string"),
        ]
    );
}

#[test]
fn tour_problems_reach_into_steps_and_sources() {
    let (tours, problems) = read_tours(
        r#"[{"id": "t", "steps": []},
            {"id": "t", "title": "T", "steps": [{"text": null}]},
            {"id": "t", "title": "T", "steps": [{"text": "x", "sources": null}]},
            {"id": "t", "title": "T", "steps": [{"text": "x"}, {"text": "x", "sources": [{"url": 1}]}]},
            {"id": "u", "title": "U", "steps": {}},
            {"id": "u", "title": "U"}]"#,
    );
    assert!(tours.is_empty());
    let found: Vec<(&str, &str)> = problems.iter().map(|(p, m)| (p.as_str(), m.as_str())).collect();
    let text = "a string, or an object of texts by language such as {\"en\": \"...\", \"fr\": \"...\"}";
    assert_eq!(
        found,
        [
            ("tours[0]", "missing field `title`"),
            ("tours[1].steps[0].text", &*format!("invalid type: null, expected {text}")),
            ("tours[2].steps[0].sources", "invalid type: null, expected a sequence"),
            ("tours[3].steps[1].sources[0].url", "invalid type: integer `1`, expected a string"),
            ("tours[4].steps", "invalid type: map, expected a sequence"),
            ("tours[5]", "missing field `steps`"),
        ]
    );
}

#[test]
fn the_typed_read_takes_null_as_none_and_fails_on_the_first_problem() {
    let read = |json: &str| option_views(&mut serde_json::Deserializer::from_str(json));
    assert_eq!(read("null").expect("null"), None);
    assert_eq!(read("[]").expect("empty"), Some(Vec::new()));
    let wrong = read(r#"[{"id": "v"}]"#).unwrap_err().to_string();
    assert!(wrong.contains("missing field `name`"), "{wrong}");
}
