//! The embed contract's messages (`docs/embedding.md`), as pure values: commands from the parent
//! page are parsed strictly (anything of the wrong shape is `None`, never an error), events to
//! the parent are built as JSON text. Nothing in a message is ever evaluated.

mod events;

use serde_json::Value;

use crate::answers::Depth;
use crate::i18n::Lang;
use crate::rules::check_id;
use crate::url::{Compare, Story};

pub use events::{height_event, ready_event, select_event, select_event_with, snippet, step_event};

/// The largest message (as JSON text) that is looked at; larger ones are ignored.
pub const MAX_MESSAGE_BYTES: usize = 16 * 1024;
/// The most ids a filter command may list.
pub const MAX_FILTER_IDS: usize = 200;

/// A command from the page that embeds the map.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Select a node by id (`None` clears the selection).
    Select(Option<String>),
    /// Set filters and/or the search text; absent fields are left as they are.
    Filter {
        /// Organisation types to show.
        types: Option<Vec<String>>,
        /// Topic categories to show.
        categories: Option<Vec<String>>,
        /// Search text.
        q: Option<String>,
    },
    /// Switch the language.
    Lang(Lang),
    /// Compare two nodes (the same id twice keeps one id, resolved as the URL's compare route is:
    /// see [`Compare::resolve`]).
    Compare(Compare),
    /// Set how far the map's focus reaches around the selection.
    Depth(Depth),
    /// Show a curated view or a tour's step (`datamap:view`, `datamap:tour`), as its route does.
    Story(Story),
}

/// Parses a message's JSON text; `None` for anything that is not a well-formed command.
///
/// ```
/// use datamap::embed::{parse_command, Command};
/// assert_eq!(parse_command(r#"{"type":"datamap:select","id":"who"}"#), Some(Command::Select(Some("who".into()))));
/// assert_eq!(parse_command(r#"{"type":"datamap:select","id":42}"#), None);
/// assert_eq!(parse_command("not json"), None);
/// ```
pub fn parse_command(text: &str) -> Option<Command> {
    if text.len() > MAX_MESSAGE_BYTES {
        return None;
    }
    let v: Value = serde_json::from_str(text).ok()?;
    let obj = v.as_object()?;
    match obj.get("type")?.as_str()? {
        "datamap:select" => match obj.get("id")? {
            Value::Null => Some(Command::Select(None)),
            Value::String(id) if check_id(id).is_ok() => Some(Command::Select(Some(id.clone()))),
            _ => None,
        },
        "datamap:filter" => {
            let ids = |key: &str| -> Result<Option<Vec<String>>, ()> {
                match obj.get(key) {
                    None | Some(Value::Null) => Ok(None),
                    Some(Value::Array(items)) if items.len() <= MAX_FILTER_IDS => {
                        let mut out: Vec<String> = items
                            .iter()
                            .map(|i| i.as_str().filter(|s| check_id(s).is_ok()).map(str::to_owned).ok_or(()))
                            .collect::<Result<_, _>>()?;
                        crate::sort::sort(&mut out);
                        out.dedup();
                        Ok(Some(out))
                    }
                    Some(_) => Err(()),
                }
            };
            let q = match obj.get("q") {
                None | Some(Value::Null) => None,
                Some(Value::String(s)) if s.chars().count() <= 200 => Some(s.clone()),
                Some(_) => return None,
            };
            let (types, categories) = (ids("types").ok()?, ids("categories").ok()?);
            if types.is_none() && categories.is_none() && q.is_none() {
                return None;
            }
            Some(Command::Filter { types, categories, q })
        }
        "datamap:lang" => obj.get("lang")?.as_str()?.parse().ok().map(Command::Lang),
        "datamap:compare" => {
            let id = |key: &str| obj.get(key)?.as_str().filter(|id| check_id(id).is_ok());
            Some(Command::Compare(Compare::new(id("a")?, id("b")?)))
        }
        "datamap:depth" => obj.get("depth")?.as_u64().and_then(Depth::from_steps).map(Command::Depth),
        "datamap:view" => Some(Command::Story(Story::View(slug(obj.get("id")?)?))),
        "datamap:tour" => {
            let step = match obj.get("step") {
                None | Some(Value::Null) => 1,
                Some(n) => n.as_u64().filter(|n| *n >= 1)?.min(u64::from(u32::MAX)) as u32,
            };
            Some(Command::Story(Story::Tour { id: slug(obj.get("id")?)?, step }))
        }
        _ => None,
    }
}

/// A JSON string that is a lowercase slug.
fn slug(v: &Value) -> Option<String> {
    v.as_str().filter(|id| check_id(id).is_ok()).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn wrong_shapes_are_ignored() {
        for bad in [
            "null",
            "[]",
            "\"datamap:select\"",
            r#"{"type":"datamap:select"}"#,
            r#"{"type":"datamap:select","id":"<script>"}"#,
            r#"{"type":"datamap:select","id":["who"]}"#,
            r#"{"type":"datamap:filter"}"#,
            r#"{"type":"datamap:filter","types":"un"}"#,
            r#"{"type":"datamap:filter","types":["un",3]}"#,
            r#"{"type":"datamap:lang","lang":"de"}"#,
            r#"{"type":"datamap:unknown"}"#,
            r#"{"type":1}"#,
            r#"{"type":"datamap:compare","a":"icrc"}"#,
            r#"{"type":"datamap:compare","a":"icrc","b":null}"#,
            r#"{"type":"datamap:compare","a":"icrc","b":"WIPO"}"#,
            r#"{"type":"datamap:compare","a":["icrc"],"b":"wipo"}"#,
            r#"{"type":"datamap:compare","ids":["icrc","wipo"]}"#,
            r#"{"type":"datamap:depth"}"#,
            r#"{"type":"datamap:depth","depth":3}"#,
            r#"{"type":"datamap:depth","depth":0}"#,
            r#"{"type":"datamap:depth","depth":"2"}"#,
            r#"{"type":"datamap:depth","depth":1.5}"#,
            r#"{"type":"datamap:depth","depth":-1}"#,
            r#"{"type":"datamap:view"}"#,
            r#"{"type":"datamap:view","id":null}"#,
            r#"{"type":"datamap:view","id":"Health"}"#,
            r#"{"type":"datamap:view","id":["health"]}"#,
            r#"{"type":"datamap:view","id":"../x"}"#,
            r#"{"type":"datamap:tour"}"#,
            r#"{"type":"datamap:tour","step":2}"#,
            r#"{"type":"datamap:tour","id":"<b>tour</b>"}"#,
            r#"{"type":"datamap:tour","id":7}"#,
            r#"{"type":"datamap:tour","id":"talks","step":0}"#,
            r#"{"type":"datamap:tour","id":"talks","step":-1}"#,
            r#"{"type":"datamap:tour","id":"talks","step":1.5}"#,
            r#"{"type":"datamap:tour","id":"talks","step":"2"}"#,
            r#"{"type":"datamap:tour","id":"talks","step":[2]}"#,
        ] {
            assert_eq!(parse_command(bad), None, "{bad}");
        }
        let huge = format!(r#"{{"type":"datamap:filter","q":"{}"}}"#, "x".repeat(MAX_MESSAGE_BYTES));
        assert_eq!(parse_command(&huge), None);
    }

    #[test]
    fn well_formed_commands_parse() {
        assert_eq!(parse_command(r#"{"type":"datamap:select","id":null}"#), Some(Command::Select(None)));
        assert_eq!(
            parse_command(r#"{"type":"datamap:filter","types":["un","ngo","un"],"q":"santé"}"#),
            Some(Command::Filter {
                types: Some(vec!["ngo".into(), "un".into()]),
                categories: None,
                q: Some("santé".into())
            })
        );
        assert_eq!(parse_command(r#"{"type":"datamap:lang","lang":"fr","extra":true}"#), Some(Command::Lang(Lang::Fr)));
    }

    #[test]
    fn compare_and_depth_commands_parse() {
        assert_eq!(
            parse_command(r#"{"type":"datamap:compare","a":"icrc","b":"wipo","extra":1}"#),
            Some(Command::Compare(Compare { a: "icrc".into(), b: Some("wipo".into()) }))
        );
        assert_eq!(
            parse_command(r#"{"type":"datamap:compare","a":"who","b":"who"}"#),
            Some(Command::Compare(Compare { a: "who".into(), b: None })),
            "the same id twice is that id alone, as in the URL"
        );
        assert_eq!(parse_command(r#"{"type":"datamap:depth","depth":2}"#), Some(Command::Depth(Depth::Two)));
        assert_eq!(parse_command(r#"{"type":"datamap:depth","depth":1}"#), Some(Command::Depth(Depth::One)));
    }

    #[test]
    fn view_and_tour_commands_parse_and_the_step_defaults_to_1() {
        let tour = |id: &str, step| Some(Command::Story(Story::Tour { id: id.into(), step }));
        assert_eq!(
            parse_command(r#"{"type":"datamap:view","id":"health","extra":1}"#),
            Some(Command::Story(Story::View("health".into())))
        );
        assert_eq!(parse_command(r#"{"type":"datamap:tour","id":"talks","step":3}"#), tour("talks", 3));
        assert_eq!(parse_command(r#"{"type":"datamap:tour","id":"talks"}"#), tour("talks", 1));
        assert_eq!(parse_command(r#"{"type":"datamap:tour","id":"talks","step":null}"#), tour("talks", 1));
        assert_eq!(
            parse_command(r#"{"type":"datamap:tour","id":"talks","step":99999999999}"#),
            tour("talks", u32::MAX),
            "a step past any end is kept (the last step is shown)"
        );
        let v: Value = serde_json::from_str(&step_event("talks", 2, 6)).unwrap();
        assert_eq!(v, json!({"type": "datamap:step", "tour": "talks", "step": 2, "of": 6}));
    }

    #[test]
    fn a_select_event_names_the_comparison_only_when_there_is_one() {
        let v: Value = serde_json::from_str(&select_event_with(Some(("org", "icrc")), Some(("icrc", "wipo")))).unwrap();
        assert_eq!(v, json!({"type": "datamap:select", "id": "icrc", "kind": "org", "compare": ["icrc", "wipo"]}));
        let v: Value = serde_json::from_str(&select_event_with(Some(("topic", "open-data")), None)).unwrap();
        assert_eq!(v, json!({"type": "datamap:select", "id": "open-data", "kind": "topic"}));
        assert_eq!(select_event(None), select_event_with(None, None));
    }

    #[test]
    fn events_and_snippets_are_well_formed() {
        let v: Value = serde_json::from_str(&select_event(Some(("org", "who")))).unwrap();
        assert_eq!(v, json!({"type": "datamap:select", "id": "who", "kind": "org"}));
        assert_eq!(serde_json::from_str::<Value>(&height_event(612.4)).unwrap()["px"], 612.0);
    }

    /// The events written by hand are the text serde_json wrote for them (keys sorted).
    #[test]
    fn events_are_the_text_serde_json_writes() {
        assert_eq!(ready_event(), json!({ "type": "datamap:ready" }).to_string());
        for px in [0.0, 612.4, -3.0, 1e300, f64::INFINITY, f64::NAN, 2.5] {
            let want = json!({ "type": "datamap:height", "px": px.max(0.0).round() }).to_string();
            assert_eq!(height_event(px), want, "{px}");
        }
        for selection in [None, Some(("org", "who")), Some(("topic", "a\"b\\c\u{1}"))] {
            for compare in [None, Some(("icrc", "wipo")), Some(("x\n", "é"))] {
                let mut want = match selection {
                    Some((kind, id)) => json!({ "type": "datamap:select", "id": id, "kind": kind }),
                    None => json!({ "type": "datamap:select", "id": null, "kind": null }),
                };
                if let (Some((a, b)), Some(obj)) = (compare, want.as_object_mut()) {
                    obj.insert("compare".into(), json!([a, b]));
                }
                assert_eq!(select_event_with(selection, compare), want.to_string());
            }
        }
        let s = snippet("https://x.org/?embed=1&q=a\"b", "Map \"of\" Geneva", "100%", 600);
        assert!(s.contains("src=\"https://x.org/?embed=1&amp;q=a&quot;b\""));
        assert!(s.contains("title=\"Map &quot;of&quot; Geneva\""));
    }
}
