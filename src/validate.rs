//! The rules that make a parsed dataset valid: ids, references, formats and text, all checked in
//! one pass so a curator sees every problem at once.
//!
//! Diagnostics come out with JSON paths only; [`crate::load`] places them at a line and column.

use std::collections::hash_map::Entry;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::diagnostic::Diagnostic;
use crate::model::{Dataset, Localized, FORMAT_VERSION};
use crate::num::Num;
use crate::rules;

mod ctx;
mod links;
mod values;
mod views;

use ctx::Ctx;
use links::links;
use values::{address, date, link_url, location, name, text, Path};
pub use views::{MAX_CAMERA_COORD, MAX_SHOWN_IDS, MAX_STEPS, MAX_TOURS, MAX_VIEWS};

/// The longest name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 300;
/// The longest summary, description or title accepted, in characters.
pub const MAX_TEXT_CHARS: usize = 5_000;
/// The languages every text should have (a missing one is a warning).
pub const EXPECTED_LANGS: [&str; 2] = ["en", "fr"];

/// How many "did you mean" suggestions one validation computes: each compares with every known
/// id, so a file with thousands of dangling references gets suggestions for the first ones only.
pub const MAX_SUGGESTIONS: usize = 100;

/// Whether a node id names a topic or an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Topic,
    Org,
}

/// Where a topic or organisation is defined: its list and its index there. Its JSON path is
/// built only when a message needs it.
#[derive(Debug, Clone, Copy)]
struct Node {
    kind: Kind,
    index: usize,
}

impl Node {
    /// `topics[3]` or `organisations[12]`.
    fn path(self) -> String {
        match self.kind {
            Kind::Topic => format!("topics[{}]", self.index),
            Kind::Org => format!("organisations[{}]", self.index),
        }
    }
}

/// The topics and organisations that claimed an id (the first of each id), in file order, and
/// their positions in that list by id.
struct Nodes<'a> {
    by_id: FxHashMap<&'a str, usize>,
    list: Vec<(&'a str, Node)>,
}

/// An id or name as shown in a message: at most 60 characters (a hostile file may hold a
/// megabyte-long "id"), control characters escaped.
fn shown(text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(60)
        .flat_map(|c| if c.is_control() { c.escape_default().collect::<Vec<_>>() } else { vec![c] })
        .collect();
    if text.chars().nth(60).is_some() {
        out.push('…');
    }
    out
}

/// Checks every rule of format version 1 and returns all problems found, in file order.
pub fn validate(ds: &Dataset) -> Vec<Diagnostic> {
    let mut ctx = Ctx::new();
    let mut out = Vec::new();
    if ds.version != FORMAT_VERSION {
        out.push(
            Diagnostic::error(
                "version",
                format!("format version {} is not supported; this app reads version {FORMAT_VERSION}", ds.version),
            )
            .with_fix(format!("set \"version\": {FORMAT_VERSION} and follow the format described in CURATING.md")),
        );
    }
    meta(&mut out, ds);
    let categories = list_ids(
        &mut out,
        "categories",
        ds.categories.as_ref().map(|c| c.iter().map(|c| (c.id.as_str(), c.color.as_deref(), &c.name)).collect()),
    );
    let types = list_ids(
        &mut out,
        "org_types",
        ds.org_types.as_ref().map(|t| t.iter().map(|t| (t.id.as_str(), t.color.as_deref(), &t.name)).collect()),
    );

    let category_set: FxHashSet<&str> = categories.iter().flatten().copied().collect();
    let type_set: FxHashSet<&str> = types.iter().flatten().copied().collect();

    // Topics and organisations share one id space.
    let count = ds.topics.len() + ds.organisations.len();
    let mut nodes = Nodes {
        by_id: FxHashMap::with_capacity_and_hasher(count, Default::default()),
        list: Vec::with_capacity(count),
    };
    for (i, t) in ds.topics.iter().enumerate() {
        let node = Node { kind: Kind::Topic, index: i };
        let path = || node.path();
        claim(&mut out, &mut nodes, t.id.as_str(), node);
        name(&mut out, &path, &t.name);
        text(&mut out, &|| format!("{}.summary", path()), t.summary.as_ref(), MAX_TEXT_CHARS, false);
        if let (Some(c), Some(known)) = (&t.category, &categories) {
            let at = || format!("{}.category", path());
            out.extend(reference(&mut ctx, &at, c.as_str(), "category", known, &category_set, "categories"));
        }
    }
    for (i, o) in ds.organisations.iter().enumerate() {
        let node = Node { kind: Kind::Org, index: i };
        let path = || node.path();
        claim(&mut out, &mut nodes, o.id.as_str(), node);
        name(&mut out, &path, &o.name);
        text(&mut out, &|| format!("{}.acronym", path()), o.acronym.as_ref(), MAX_NAME_CHARS, false);
        text(&mut out, &|| format!("{}.summary", path()), o.summary.as_ref(), MAX_TEXT_CHARS, false);
        if let (Some(t), Some(known)) = (&o.org_type, &types) {
            let at = || format!("{}.type", path());
            out.extend(reference(&mut ctx, &at, t.as_str(), "organisation type", known, &type_set, "org_types"));
        }
        if let Some(url) = &o.website {
            link_url(&mut out, &|| format!("{}.website", path()), url);
        }
        if let Some(a) = &o.address {
            address(&mut out, &|| format!("{}.address", path()), a);
        }
        if let Some(loc) = &o.location {
            location(&mut out, &|| format!("{}.location", path()), loc);
        }
    }
    links(&mut out, &mut ctx, ds, &nodes);
    let known = views::Known {
        nodes: &nodes,
        categories: categories.as_deref().map(|c| (c, &category_set)),
        types: types.as_deref().map(|t| (t, &type_set)),
    };
    views::views_and_tours(&mut out, &mut ctx, ds, &known);
    positions(&mut out, &mut ctx, ds, &nodes);
    out
}

/// Checks `meta`: its texts, its date, its version and its contact.
fn meta(out: &mut Vec<Diagnostic>, ds: &Dataset) {
    let Some(meta) = &ds.meta else { return };
    text(out, &|| "meta.title".into(), meta.title.as_ref(), MAX_NAME_CHARS, false);
    text(out, &|| "meta.description".into(), meta.description.as_ref(), MAX_TEXT_CHARS, false);
    text(out, &|| "meta.creator".into(), meta.creator.as_ref(), MAX_NAME_CHARS, false);
    text(out, &|| "meta.method".into(), meta.method.as_ref(), MAX_TEXT_CHARS, false);
    if let Some(Err(why)) = meta.contact.as_deref().map(crate::correction::Contact::parse) {
        let c = shown(meta.contact.as_deref().unwrap_or_default());
        out.push(
            Diagnostic::error(
                "meta.contact",
                format!("the contact \"{c}\" is neither an email address nor an https URL: {why}"),
            )
            .with_fix("write an email address such as \"curators@example.org\", or an address starting with https://"),
        );
    }
    if let Some(d) = &meta.updated {
        date(out, &|| "meta.updated".into(), d);
    }
    if let Some(v) = &meta.version {
        if let Err(why) = rules::check_version(v) {
            out.push(
                Diagnostic::error("meta.version", format!("the version \"{}\" is not valid: {why}", shown(v)))
                    .with_fix("write the dataset's version as numbers separated by dots, e.g. \"2026.12\""),
            );
        }
    }
}

/// Checks the baked positions: each names a topic or an organisation and has usable coordinates.
fn positions(out: &mut Vec<Diagnostic>, ctx: &mut Ctx, ds: &Dataset, nodes: &Nodes) {
    for (id, xy) in &ds.positions {
        let path = || {
            let mut path = String::from("positions");
            crate::jsonpos::push_key(&mut path, id);
            path
        };
        if !nodes.by_id.contains_key(id.as_str()) {
            let known = || nodes.list.iter().map(|(id, _)| *id);
            out.push(ctx.unknown(path(), id, "node", known, "topics or organisations"));
        }
        for (axis, v) in ["x", "y"].iter().zip(xy) {
            if let Err(why) = rules::check_coord(*v) {
                out.push(
                    Diagnostic::error(path(), format!("the {axis} coordinate {} is not usable: {why}", Num(*v)))
                        .with_fix("run `datamap-check --bake FILE` to recompute positions, or delete this entry"),
                );
            }
        }
    }
}

/// Checks a node id and records it; topics and organisations share one id space.
fn claim<'a>(out: &mut Vec<Diagnostic>, nodes: &mut Nodes<'a>, id: &'a str, node: Node) {
    if let Err(why) = rules::check_id(id) {
        out.push(
            Diagnostic::error(format!("{}.id", node.path()), format!("the id \"{}\" is not valid: {why}", shown(id)))
                .with_fix(format!("use a lowercase slug such as \"{}\"", rules::slugify(id))),
        );
    }
    match nodes.by_id.entry(id) {
        Entry::Occupied(first) => {
            let first = nodes.list[*first.get()].1.path();
            out.push(
                Diagnostic::error(format!("{}.id", node.path()), format!("the id \"{id}\" is already used by {first}"))
                    .with_fix("give each topic and organisation its own id"),
            );
        }
        Entry::Vacant(slot) => {
            slot.insert(nodes.list.len());
            nodes.list.push((id, node));
        }
    }
}

/// Checks a list of categories or types and returns their ids, or `None` when the list is absent.
fn list_ids<'a>(
    out: &mut Vec<Diagnostic>,
    list: &str,
    items: Option<Vec<(&'a str, Option<&'a str>, &'a Localized)>>,
) -> Option<Vec<&'a str>> {
    let items = items?;
    let mut ids: Vec<&str> = Vec::new();
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    for (i, (id, color, label)) in items.into_iter().enumerate() {
        let path = || format!("{list}[{i}]");
        if let Err(why) = rules::check_id(id) {
            out.push(
                Diagnostic::error(format!("{}.id", path()), format!("the id \"{}\" is not valid: {why}", shown(id)))
                    .with_fix(format!("use a lowercase slug such as \"{}\"", rules::slugify(id))),
            );
        }
        if !seen.insert(id) {
            out.push(
                Diagnostic::error(format!("{}.id", path()), format!("the id \"{id}\" appears twice in `{list}`"))
                    .with_fix("give each entry its own id"),
            );
        }
        ids.push(id);
        name(out, &path, label);
        if let Some(c) = color {
            if let Err(why) = rules::check_color(c) {
                out.push(
                    Diagnostic::error(format!("{}.color", path()), format!("the colour {c:?} is not valid: {why}"))
                        .with_fix("write it like \"#2f6db5\""),
                );
            }
        }
    }
    Some(ids)
}

/// The error for a reference to a category or type `id` that is not in the `list` (`set` holds
/// the `known` ids), if any.
fn reference(
    ctx: &mut Ctx,
    path: Path,
    id: &str,
    what: &str,
    known: &[&str],
    set: &FxHashSet<&str>,
    list: &str,
) -> Option<Diagnostic> {
    (!set.contains(id)).then(|| ctx.unknown(path(), id, what, || known.iter().copied(), list))
}
