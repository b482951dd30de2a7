//! The answers as sentences in English and French. Each is a list of [`Part`]s: plain text, and
//! the topics and organisations it names, which the interface shows as links to their panels, so
//! an answer reads as a sentence, never as a table of ids.

use super::grammar::{colon, join, semicolon, shared_count};
use super::{node_name, Peer};
use crate::graph::{Graph, NodeKind};
use crate::i18n::{t, Key, Lang};
use crate::model::Dataset;

/// A piece of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Plain text.
    Text(String),
    /// A topic or organisation, named in the language: a link to its panel.
    Node {
        /// Topic or organisation.
        kind: NodeKind,
        /// Its id.
        id: String,
        /// Its name.
        name: String,
    },
}

/// Appends `text` to the sentence, merged into its last part when that is text too.
pub(super) fn push_text(parts: &mut Vec<Part>, text: &str) {
    if text.is_empty() {
        return;
    }
    match parts.last_mut() {
        Some(Part::Text(last)) => last.push_str(text),
        _ => parts.push(Part::Text(text.to_owned())),
    }
}

/// A sentence as plain text: names as they read (for a live region, a title, a test).
pub fn plain_text(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|p| match p {
            Part::Text(text) => text.as_str(),
            Part::Node { name, .. } => name.as_str(),
        })
        .collect()
}

/// The node with this id, as a part (`None` for an id the graph does not have).
fn node(ds: &Dataset, g: &Graph, id: &str, lang: Lang) -> Option<Part> {
    let i = g.node_by_id(id)?;
    let name = node_name(ds, g, i, lang.code()).to_owned();
    Some(Part::Node { kind: g.nodes[i as usize].kind, id: id.to_owned(), name })
}

fn key(key: Key, lang: Lang) -> Vec<Part> {
    vec![Part::Text(t(lang, key).to_owned())]
}

/// The title of a node's peers: "Works on the same topics" for an organisation, "Related
/// topics" for a topic ("Organisations aux thèmes communs", "Thèmes liés").
pub fn peers_title(subject: NodeKind, lang: Lang) -> Vec<Part> {
    match subject {
        NodeKind::Org => key(Key::SameTopics, lang),
        NodeKind::Topic => key(Key::RelatedTopics, lang),
    }
}

/// One peer: "WIPO — 3 shared topics: A, B and C" ("OMPI — 3 thèmes communs : A, B et C"),
/// naming at most `max_listed` (at least 1) of the shared neighbours, then "and N more".
pub fn peer_line(ds: &Dataset, g: &Graph, peer: &Peer, lang: Lang, max_listed: usize) -> Vec<Part> {
    let Some(mut out) = node(ds, g, &peer.id, lang).map(|p| vec![p]) else { return Vec::new() };
    let shared_kind = match out.first() {
        Some(Part::Node { kind: NodeKind::Org, .. }) => NodeKind::Topic,
        _ => NodeKind::Org,
    };
    push_text(&mut out, &format!(" — {}{}", shared_count(peer.count(), shared_kind, lang), colon(lang)));
    let named: Vec<Part> = peer.shared.iter().take(max_listed.max(1)).filter_map(|id| node(ds, g, id, lang)).collect();
    let more = peer.count().saturating_sub(named.len());
    out.extend(join(named, more, lang));
    out
}

/// The heading of what two compared nodes share: "Both work on" for organisations, "Who works
/// on both" for topics ("Thèmes traités par les deux", "Organisations actives sur les deux thèmes").
pub fn shared_heading(kind: NodeKind, lang: Lang) -> Vec<Part> {
    match kind {
        NodeKind::Org => key(Key::BothWorkOn, lang),
        NodeKind::Topic => key(Key::WhoWorksOnBoth, lang),
    }
}

/// The heading of what only node `id` links: "Only <A>" ("Seulement <A>").
pub fn only_heading(ds: &Dataset, g: &Graph, id: &str, lang: Lang) -> Vec<Part> {
    let mut out = key(Key::Only, lang);
    push_text(&mut out, " ");
    out.extend(node(ds, g, id, lang));
    out
}

/// "No connection within four steps." ("Aucun lien en quatre étapes au plus.")
pub fn no_connection(lang: Lang) -> Vec<Part> {
    key(Key::NoConnection, lang)
}

/// "Compare with…" ("Comparer avec…").
pub fn compare_with(lang: Lang) -> Vec<Part> {
    key(Key::CompareWith, lang)
}

/// A path (its nodes' ids, as in [`super::Path::nodes`]) as a sentence, one clause per
/// organisation: "<A> works on <T1>; <O> also works on <T1> and on <T2>; <B> also works on
/// <T2>." Two organisations and the topic between them (a shared topic) read "<A> works on <T>, on which <B>
/// also works." ("<A> travaille sur <T>, tout comme <B>."). Empty for an unknown id or a
/// single node.
pub fn path_sentence(ds: &Dataset, g: &Graph, nodes: &[String], lang: Lang) -> Vec<Part> {
    let Some(parts) = nodes.iter().map(|id| node(ds, g, id, lang)).collect::<Option<Vec<Part>>>() else {
        return Vec::new();
    };
    if parts.len() < 2 {
        return Vec::new();
    }
    let is_org = |k: usize| matches!(parts.get(k), Some(Part::Node { kind: NodeKind::Org, .. }));
    let mut out = Vec::new();
    if parts.len() == 3 && is_org(0) && is_org(2) {
        let (works, also) = match lang {
            Lang::En => (" works on ", ", on which "),
            Lang::Fr => (" travaille sur ", ", tout comme "),
        };
        out.push(parts[0].clone());
        push_text(&mut out, works);
        out.push(parts[1].clone());
        push_text(&mut out, also);
        out.push(parts[2].clone());
        push_text(&mut out, if lang == Lang::En { " also works." } else { "." });
        return out;
    }
    for k in (0..parts.len()).filter(|&k| is_org(k)) {
        let first = out.is_empty();
        if !first {
            push_text(&mut out, semicolon(lang));
        }
        out.push(parts[k].clone());
        push_text(&mut out, works_on(first, lang));
        let topics: Vec<&Part> =
            [k.checked_sub(1), Some(k + 1)].into_iter().flatten().filter_map(|j| parts.get(j)).collect();
        for (n, topic) in topics.into_iter().enumerate() {
            if n > 0 {
                push_text(&mut out, if lang == Lang::En { " and on " } else { " et sur " });
            }
            out.push(topic.clone());
        }
    }
    if !out.is_empty() {
        push_text(&mut out, ".");
    }
    out
}

/// " works on " for the first clause of a path, " also works on " after it.
fn works_on(first: bool, lang: Lang) -> &'static str {
    match (lang, first) {
        (Lang::En, true) => " works on ",
        (Lang::En, false) => " also works on ",
        (Lang::Fr, true) => " travaille sur ",
        (Lang::Fr, false) => " travaille aussi sur ",
    }
}
