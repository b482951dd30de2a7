//! French typography in a dataset, for the curators' checker: a lint that warns about French
//! texts with a straight apostrophe, an ordinary space before `:`, `;`, `!` or `?` or inside
//! « », or an ordinary space as a thousands separator, and about organisations that share an
//! acronym in one language; and [`fix_typography`], which rewrites exactly those spaces and
//! apostrophes in the file's text and touches nothing else.
//!
//! French texts are the `fr` entries of the file's localised texts, wherever they are (a plain
//! string stands for every language and is not linted). The rules, in `typography/rules.rs`, are
//! pure functions on one text.

mod rules;
#[cfg(test)]
mod tests;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde_json::Value;

use crate::diagnostic::Diagnostic;
use crate::jsonpos::{push_index, push_key, scan, LineIndex};
pub use rules::{fix_text, problems, Problem};

/// Every French text of `root`, with its JSON path, in document order.
pub fn french_texts(root: &Value) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    let mut stack: Vec<(String, &Value)> = vec![(String::new(), root)];
    while let Some((path, v)) = stack.pop() {
        match v {
            Value::Object(map) => {
                for (k, child) in map.iter().rev() {
                    let mut p = path.clone();
                    push_key(&mut p, k);
                    if let (true, Value::String(s)) = (k == "fr", child) {
                        out.push((p, s.as_str()));
                    } else {
                        stack.push((p, child));
                    }
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate().rev() {
                    let mut p = path.clone();
                    push_index(&mut p, i);
                    stack.push((p, child));
                }
            }
            _ => {}
        }
    }
    out
}

/// The lint's warnings for the JSON `text` (already parsed as `root`), placed at their values.
pub fn lint(text: &str, root: &Value) -> Vec<Diagnostic> {
    let mut found: Vec<Diagnostic> = Vec::new();
    for (path, fr) in french_texts(root) {
        for p in problems(fr) {
            found.push(Diagnostic::warning(p.code(), path.clone(), p.message()).with_fix(p.fix()));
        }
    }
    found.extend(shared_acronyms(root));
    let wanted: HashSet<String> = found.iter().map(|d| d.path.clone()).collect();
    let offsets = scan(text, &wanted).offsets;
    let lines = LineIndex::new(text);
    found
        .into_iter()
        .map(|d| match offsets.get(&d.path) {
            Some(&o) => d.at(lines.pos(o)),
            None => d,
        })
        .collect()
}

/// One warning per organisation whose acronym in a language another organisation has already
/// taken (compared without case), at the later one's acronym.
fn shared_acronyms(root: &Value) -> Vec<Diagnostic> {
    let Some(orgs) = root.get("organisations").and_then(Value::as_array) else { return Vec::new() };
    let mut first: HashMap<(String, String), String> = HashMap::default();
    let mut out = Vec::new();
    for (i, org) in orgs.iter().enumerate() {
        let id = org.get("id").and_then(Value::as_str).unwrap_or("");
        let Some(Value::Object(acronyms)) = org.get("acronym") else { continue };
        for (lang, a) in acronyms {
            let Some(a) = a.as_str().map(str::trim).filter(|a| !a.is_empty()) else { continue };
            let key = (lang.clone(), a.to_uppercase());
            match first.get(&key) {
                Some(other) => {
                    let mut path = format!("organisations[{i}].acronym");
                    push_key(&mut path, lang);
                    out.push(
                        Diagnostic::warning("shared-acronym", path, format!("the acronym \"{a}\" ({lang}) is also \"{other}\"'s"))
                            .with_fix("give each organisation its own acronym, as the organisation writes it on its pages in that language"),
                    );
                }
                None => {
                    first.insert(key, id.to_owned());
                }
            }
        }
    }
    out
}

/// The JSON `text` with the French texts' typography fixed (see [`fix_text`]), and how many
/// texts changed; `None` when `text` is not JSON. Only the characters of French string values
/// change: the rest of the file, its formatting and its other strings stay byte for byte.
pub fn fix_typography(text: &str) -> Option<(String, usize)> {
    let root: Value = serde_json::from_str(text).ok()?;
    let paths: HashSet<String> = french_texts(&root).into_iter().map(|(p, _)| p).collect();
    let mut starts: Vec<usize> = scan(text, &paths).offsets.into_values().collect();
    starts.sort_unstable();
    let (mut out, mut at, mut changed) = (String::with_capacity(text.len() + 64), 0, 0);
    for start in starts {
        let end = crate::jsonpos::string_end(text.as_bytes(), start);
        // The value's raw text between its quotes: escapes stay as they are.
        let (Some(raw), Some(before)) = (text.get(start + 1..end - 1), text.get(at..start + 1)) else { continue };
        let fixed = fix_text(raw);
        changed += usize::from(fixed != raw);
        out.push_str(before);
        out.push_str(&fixed);
        at = end - 1;
    }
    out.push_str(text.get(at..)?);
    Some((out, changed))
}
