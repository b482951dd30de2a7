//! The embed contract's events to the parent page (`docs/embedding.md`), built as JSON text, and
//! the `<iframe>` snippet that embeds the map.

use crate::jsonpos::push_json_string;

/// `{"type":"datamap:step","tour":...,"step":...,"of":...}`: a tour's step shown, from 1, of
/// how many. `tour` is a lowercase slug (an id of the dataset), which JSON needs no escape for.
pub fn step_event(tour: &str, step: u32, of: usize) -> String {
    format!(r#"{{"type":"datamap:step","tour":"{tour}","step":{step},"of":{of}}}"#)
}

/// `{"type":"datamap:ready"}`.
pub fn ready_event() -> String {
    r#"{"type":"datamap:ready"}"#.to_owned()
}

/// `{"type":"datamap:select","id":...,"kind":"org"|"topic"}`; id and kind are null when cleared.
/// `selection` is `(kind, id)`.
pub fn select_event(selection: Option<(&str, &str)>) -> String {
    select_event_with(selection, None)
}

/// [`select_event`], with `"compare": [a, b]` added while two nodes are compared.
///
/// ```
/// let e: serde_json::Value = serde_json::from_str(&datamap::embed::select_event_with(None, Some(("icrc", "wipo")))).unwrap();
/// assert_eq!(e, serde_json::json!({"type": "datamap:select", "id": null, "kind": null, "compare": ["icrc", "wipo"]}));
/// ```
pub fn select_event_with(selection: Option<(&str, &str)>, compare: Option<(&str, &str)>) -> String {
    // Written by hand, not through `serde_json::Value` (whose writer would be in the wasm for
    // this alone), with the keys in the order serde_json's map gives them: sorted.
    let mut e = String::from("{");
    if let Some((a, b)) = compare {
        e.push_str("\"compare\":[");
        push_json_string(&mut e, a);
        e.push(',');
        push_json_string(&mut e, b);
        e.push_str("],");
    }
    let (kind, id) = selection.unzip();
    for (key, v) in [("\"id\":", id), (",\"kind\":", kind)] {
        e.push_str(key);
        match v {
            Some(v) => push_json_string(&mut e, v),
            None => e.push_str("null"),
        }
    }
    e.push_str(r#","type":"datamap:select"}"#);
    e
}

/// `{"px":...,"type":"datamap:height"}`: the content height in CSS pixels (a whole number, written
/// as serde_json writes an `f64`: `612.0`).
pub fn height_event(px: f64) -> String {
    let px = px.max(0.0).round();
    let mut digits = zmij::Buffer::new();
    let px = if px.is_finite() { digits.format_finite(px) } else { "null" };
    format!(r#"{{"px":{px},"type":"datamap:height"}}"#)
}

/// The `<iframe>` snippet that embeds the map at `url` (already including `embed=1`).
pub fn snippet(url: &str, title: &str, width: &str, height: u32) -> String {
    let esc = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;");
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"{}\" height=\"{height}\" style=\"border:0;max-width:100%\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>",
        esc(url),
        esc(title),
        esc(width)
    )
}
