//! The checks of `links`: both ends name a node of the right kind, one link per pair, texts,
//! sources (addresses and dates), the `verified` date; and the nodes no link reaches.

use rustc_hash::FxHashMap;

use super::ctx::Ctx;
use super::values::{date, link_url, text, Path};
use super::{shown, Kind, Nodes, MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::diagnostic::Diagnostic;
use crate::model::{Dataset, Link, Source};
use crate::suggest::or_list;

/// Checks every link (suggesting ids for unknown ends from `ctx`'s budget), then warns of each node no link reaches (sorted by id).
pub(super) fn links(out: &mut Vec<Diagnostic>, ctx: &mut Ctx, ds: &Dataset, nodes: &Nodes) {
    // The last link seen for each (organisation, topic) pair: by node positions when both ids
    // name a node (the usual case), else by the ids themselves.
    let mut seen: FxHashMap<(usize, usize), usize> =
        FxHashMap::with_capacity_and_hasher(ds.links.len(), Default::default());
    let mut seen_odd: FxHashMap<(&str, &str), usize> = FxHashMap::default();
    let mut linked = vec![false; nodes.list.len()];
    let updated = ds.meta.as_ref().and_then(|m| m.updated.as_deref()).filter(|d| crate::rules::check_date(d).is_ok());
    let ids_of = |kind: Kind| {
        let mut ids: Vec<&str> = nodes.list.iter().filter(move |(_, n)| n.kind == kind).map(|(id, _)| *id).collect();
        crate::sort::sort(&mut ids);
        ids.into_iter()
    };
    for (i, l) in ds.links.iter().enumerate() {
        let path = || format!("links[{i}]");
        let mut ends = [None; 2];
        for (end, field, id, kind, what, list) in [
            (0, "org", l.org.as_str(), Kind::Org, "organisation", "organisations"),
            (1, "topic", l.topic.as_str(), Kind::Topic, "topic", "topics"),
        ] {
            let Some(&k) = nodes.by_id.get(id) else {
                out.push(ctx.unknown(format!("{}.{field}", path()), id, what, || ids_of(kind), list));
                continue;
            };
            ends[end] = Some(k);
            let other = nodes.list[k].1;
            if other.kind == kind {
                linked[k] = true;
                continue;
            }
            out.push(
                Diagnostic::error(
                    format!("{}.{field}", path()),
                    format!(
                        "\"{}\" is not {} {what}: it is defined at {}",
                        shown(id),
                        if what == "topic" { "a" } else { "an" },
                        other.path()
                    ),
                )
                .with_fix(format!(
                    "put the organisation's id in `org` and the topic's id in `topic`; known {list}: {}",
                    or_list(&ids_of(kind).take(5).collect::<Vec<_>>())
                )),
            );
        }
        let previous = match ends {
            [Some(org), Some(topic)] => seen.insert((org, topic), i),
            _ => seen_odd.insert((l.org.as_str(), l.topic.as_str()), i),
        };
        if let Some(first) = previous {
            out.push(
                Diagnostic::error(
                    path(),
                    format!("a second link between \"{}\" and \"{}\"; the first is links[{first}]", l.org, l.topic),
                )
                .with_fix(format!("merge its summary and sources into links[{first}] and delete this one")),
            );
        }
        texts_and_sources(out, &path, l, updated);
    }
    // Warnings are the checker's: the app shows none, so the wasm does not look for them.
    #[cfg(not(target_arch = "wasm32"))]
    unlinked(out, nodes, &linked);
}

/// Checks a link's summary, sources and `verified` date (a real day, not after `updated`, the
/// dataset's valid `meta.updated`), and warns when it has no source.
fn texts_and_sources(out: &mut Vec<Diagnostic>, path: Path, l: &Link, updated: Option<&str>) {
    text(out, &|| format!("{}.summary", path()), l.summary.as_ref(), MAX_TEXT_CHARS, false);
    #[cfg(not(target_arch = "wasm32"))]
    if l.sources.is_empty() {
        out.push(
            Diagnostic::warning(
                "no-source",
                path(),
                format!("the link between \"{}\" and \"{}\" has no source", l.org, l.topic),
            )
            .with_fix("add \"sources\": [{\"title\": \"...\", \"url\": \"https://...\"}] so readers can check it"),
        );
    }
    sources(out, path, &l.sources);
    let Some(v) = &l.verified else { return };
    let at = || format!("{}.verified", path());
    if !date(out, &at, v) {
        return;
    }
    if let Some(u) = updated.filter(|u| v.as_str() > *u) {
        out.push(
            Diagnostic::error(
                at(),
                format!("the link was verified on {v}, after the dataset's date {u} (meta.updated)"),
            )
            .with_fix("correct the date, or set meta.updated to the day of this update"),
        );
    }
}

/// Checks sources (of a link or a tour step): each with a usable URL, a title and a valid date.
pub(super) fn sources(out: &mut Vec<Diagnostic>, path: Path, sources: &[Source]) {
    for (j, s) in sources.iter().enumerate() {
        let sp = || format!("{}.sources[{j}]", path());
        link_url(out, &|| format!("{}.url", sp()), &s.url);
        text(out, &|| format!("{}.title", sp()), s.title.as_ref(), MAX_NAME_CHARS * 2, false);
        if let Some(d) = &s.date {
            date(out, &|| format!("{}.date", sp()), d);
        }
    }
}

/// Warns of each node no link reaches, sorted by id: it stands alone on the map.
#[cfg(not(target_arch = "wasm32"))]
fn unlinked(out: &mut Vec<Diagnostic>, nodes: &Nodes, linked: &[bool]) {
    let mut alone: Vec<&(&str, super::Node)> =
        nodes.list.iter().zip(linked).filter(|(_, l)| !**l).map(|(n, _)| n).collect();
    crate::sort::sort_by_key(&mut alone, |(id, _)| *id);
    for &(id, node) in alone {
        {
            let kind = &node.kind;
            let what = if *kind == Kind::Topic { "topic" } else { "organisation" };
            out.push(
                Diagnostic::warning(
                    "unlinked",
                    format!("{}.id", node.path()),
                    format!("the {what} \"{id}\" has no links, so it stands alone on the map"),
                )
                .with_fix(format!(
                    "add a link with \"{}\": \"{id}\" to `links`, or remove it",
                    if *kind == Kind::Topic { "topic" } else { "org" }
                )),
            );
        }
    }
}
