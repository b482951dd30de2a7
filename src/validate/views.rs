//! The checks of `views` and `tours`: ids (slugs, unique across topics, organisations, views and
//! tours), names and texts, step sources, what each view and step shows (references, depth,
//! camera), and the size limits that keep a hostile file from costing much.
//!
//! A list over its limit is one error; only its first entries, up to the limit, are checked.

use rustc_hash::{FxHashMap, FxHashSet};

use super::ctx::Ctx;
use super::links::sources;
use super::values::{name, text, Path};
use super::{shown, Nodes, MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::diagnostic::Diagnostic;
use crate::model::{Dataset, Id, Show, ViewCamera};
use crate::num::Num;
use crate::rules;

/// The most views a file may have.
pub const MAX_VIEWS: usize = 200;
/// The most tours a file may have.
pub const MAX_TOURS: usize = 50;
/// The most steps a tour may have.
pub const MAX_STEPS: usize = 30;
/// The most ids a view or step may list in each of `types`, `categories` and `ids`.
pub const MAX_SHOWN_IDS: usize = 2_000;
/// A view's or step's camera `x` and `y` must be below this in size.
pub const MAX_CAMERA_COORD: f64 = 1.0e9;

/// What views and steps may name: the nodes, and the category and type ids when those lists
/// are given (with a set of each for lookups).
pub(super) struct Known<'s, 'a> {
    pub(super) nodes: &'s Nodes<'a>,
    pub(super) categories: Option<(&'s [&'a str], &'s FxHashSet<&'a str>)>,
    pub(super) types: Option<(&'s [&'a str], &'s FxHashSet<&'a str>)>,
}

/// Checks every view and tour.
pub(super) fn views_and_tours(out: &mut Vec<Diagnostic>, ctx: &mut Ctx, ds: &Dataset, known: &Known) {
    // The view and tour ids claimed so far, with where.
    let mut claimed: FxHashMap<&str, String> = FxHashMap::default();
    let views = ds.views.as_deref().unwrap_or(&[]);
    for (i, v) in limited(out, &|| "views".into(), views, &VIEWS).iter().enumerate() {
        let path = || format!("views[{i}]");
        claim(out, known.nodes, &mut claimed, &v.id, &path);
        name(out, &path, &v.name);
        text(out, &|| format!("{}.description", path()), v.description.as_ref(), MAX_TEXT_CHARS, false);
        what_is_shown(out, ctx, &path, &v.show, known);
    }
    let tours = ds.tours.as_deref().unwrap_or(&[]);
    for (i, t) in limited(out, &|| "tours".into(), tours, &TOURS).iter().enumerate() {
        let path = || format!("tours[{i}]");
        claim(out, known.nodes, &mut claimed, &t.id, &path);
        text(out, &|| format!("{}.title", path()), Some(&t.title), MAX_NAME_CHARS, true);
        text(out, &|| format!("{}.summary", path()), t.summary.as_ref(), MAX_TEXT_CHARS, false);
        let steps_at = || format!("{}.steps", path());
        if t.steps.is_empty() {
            out.push(
                Diagnostic::error(steps_at(), format!("the tour \"{}\" has no steps", shown(t.id.as_str())))
                    .with_fix("add a step such as {\"text\": {\"en\": \"...\", \"fr\": \"...\"}}, or remove the tour"),
            );
        }
        for (j, s) in limited(out, &steps_at, &t.steps, &STEPS).iter().enumerate() {
            let sp = || format!("{}.steps[{j}]", path());
            text(out, &|| format!("{}.title", sp()), s.title.as_ref(), MAX_NAME_CHARS, false);
            text(out, &|| format!("{}.text", sp()), Some(&s.text), MAX_TEXT_CHARS, true);
            if s.sources.is_empty() {
                out.push(
                    Diagnostic::warning(
                        "step-no-source",
                        sp(),
                        format!("step {} of the tour \"{}\" has no source", j + 1, shown(t.id.as_str())),
                    )
                    .with_fix(
                        "add \"sources\": [{\"title\": \"...\", \"url\": \"https://...\"}] so readers can check it",
                    ),
                );
            }
            sources(out, &sp, &s.sources);
            what_is_shown(out, ctx, &sp, &s.show, known);
        }
    }
}

/// A limit on a list's length, and how a message names what is counted.
struct Limit {
    max: usize,
    /// What holds the list: "the file", "the tour".
    owner: &'static str,
    /// What the list holds: "views", "steps".
    noun: &'static str,
    /// How to get under the limit.
    hint: &'static str,
}

const VIEWS: Limit =
    Limit { max: MAX_VIEWS, owner: "the file", noun: "views", hint: "remove or merge the least useful" };
const TOURS: Limit =
    Limit { max: MAX_TOURS, owner: "the file", noun: "tours", hint: "remove or merge the least useful" };
const STEPS: Limit = Limit { max: MAX_STEPS, owner: "the tour", noun: "steps", hint: "split it into shorter tours" };
const IDS: Limit = Limit {
    max: MAX_SHOWN_IDS,
    owner: "the list",
    noun: "ids",
    hint: "to show many nodes, filter by `types` or `categories` instead",
};

/// The first entries of `list`, up to the limit, with an error at `path` when there are more.
fn limited<'t, T>(out: &mut Vec<Diagnostic>, path: Path, list: &'t [T], limit: &Limit) -> &'t [T] {
    let Limit { max, owner, noun, hint } = *limit;
    if list.len() <= max {
        return list;
    }
    out.push(
        Diagnostic::error(path(), format!("{owner} has {} {noun}; the limit is {max}", list.len()))
            .with_fix(format!("keep at most {max} {noun}: {hint}")),
    );
    &list[..max]
}

/// Checks a view or tour id: a slug not used by any topic, organisation, view or tour before.
fn claim<'a>(
    out: &mut Vec<Diagnostic>,
    nodes: &Nodes<'a>,
    claimed: &mut FxHashMap<&'a str, String>,
    id: &'a Id,
    path: Path,
) {
    let id = id.as_str();
    let at = || format!("{}.id", path());
    if let Err(why) = rules::check_id(id) {
        out.push(
            Diagnostic::error(at(), format!("the id \"{}\" is not valid: {why}", shown(id)))
                .with_fix(format!("use a lowercase slug such as \"{}\"", rules::slugify(id))),
        );
    }
    let first = match nodes.by_id.get(id) {
        Some(&k) => Some(nodes.list[k].1.path()),
        None => claimed.get(id).cloned(),
    };
    match first {
        Some(first) => out.push(
            Diagnostic::error(at(), format!("the id \"{}\" is already used by {first}", shown(id)))
                .with_fix("give each topic, organisation, view and tour its own id"),
        ),
        None => {
            claimed.insert(id, path());
        }
    }
}

/// Checks what a view or step shows: every id it names exists, the depth, the camera.
fn what_is_shown(out: &mut Vec<Diagnostic>, ctx: &mut Ctx, path: Path, s: &Show, known: &Known) {
    let nodes = known.nodes;
    let node_ids = || nodes.list.iter().map(|(id, _)| *id);
    for (field, list, refs, what, list_name) in [
        ("types", s.types(), known.types, "organisation type", "org_types"),
        ("categories", s.categories(), known.categories, "category", "categories"),
    ] {
        let at = || format!("{}.{field}", path());
        let Some((ids, set)) = refs else {
            limited(out, &at, list, &IDS);
            continue;
        };
        for (k, id) in limited(out, &at, list, &IDS).iter().enumerate() {
            if !set.contains(id.as_str()) {
                out.push(ctx.unknown(format!("{}[{k}]", at()), id.as_str(), what, || ids.iter().copied(), list_name));
            }
        }
    }
    let ids_at = || format!("{}.ids", path());
    for (k, id) in limited(out, &ids_at, s.ids(), &IDS).iter().enumerate() {
        if !nodes.by_id.contains_key(id.as_str()) {
            let at = format!("{}[{k}]", ids_at());
            out.push(ctx.unknown(at, id.as_str(), "topic or organisation", node_ids, "topics or organisations"));
        }
    }
    if let Some(id) = s.select.as_ref().filter(|id| !nodes.by_id.contains_key(id.as_str())) {
        let at = format!("{}.select", path());
        out.push(ctx.unknown(at, id.as_str(), "topic or organisation", node_ids, "topics or organisations"));
    }
    if let Some(d) = s.depth.filter(|d| !(1..=2).contains(d)) {
        out.push(
            Diagnostic::error(format!("{}.depth", path()), format!("the depth {d} is not 1 or 2"))
                .with_fix("write 1 to show the selection with its links, 2 to add their links too; or leave depth out"),
        );
    }
    if let Some(c) = s.camera {
        camera(out, &|| format!("{}.camera", path()), c);
    }
}

/// Checks a stored camera: `x` and `y` finite and below [`MAX_CAMERA_COORD`] in size, `z` above 0.
fn camera(out: &mut Vec<Diagnostic>, path: Path, c: ViewCamera) {
    for (axis, v) in [("x", c.x), ("y", c.y)] {
        if !(v.is_finite() && v.abs() < MAX_CAMERA_COORD) {
            // `Num`, not `f64`'s own printing, which would add 16 KB of wasm (see `crate::num`).
            let v = Num(v);
            out.push(
                Diagnostic::error(format!("{}.{axis}", path()), format!("the camera's {axis} {v} is out of range"))
                    .with_fix("use a layout coordinate below 1e9 in size, as in `positions` or the URL's x and y"),
            );
        }
    }
    if !(c.z.is_finite() && c.z > 0.0) {
        out.push(
            Diagnostic::error(format!("{}.z", path()), format!("the camera's zoom z {} is not above 0", Num(c.z)))
                .with_fix("write the zoom as in the URL's z: CSS pixels per layout unit, e.g. 1.5"),
        );
    }
}
