//! The comparison of two nodes (`#/compare/<a>/<b>`): an `<aside>` named "A and B", with Back and
//! Close as the detail panel has. Two organisations (or two topics) that share topics
//! (organisations) show each shared one with both links' summaries and sources side by side,
//! then what only one of them works on; two nodes that share nothing show the shortest paths
//! between them as sentences, then each of their links once with its summary and sources; or say
//! that nothing connects them within four links. Nodes hidden by the filters are left out.

use std::sync::Arc;

use leptos::prelude::*;

use crate::answers::sentences::{no_connection, only_heading, path_sentence, plain_text, shared_heading};
use crate::answers::{connections, link_index, node_name, Connections, Path};
use crate::components::answer_graph::{answer_graph, hidden_flags};
use crate::components::detail_panel::{actions, loc, sources};
use crate::components::node_link::NodeLink;
use crate::components::sentence::{selection_of, sentence};
use crate::components::state::use_app;
use crate::graph::{Graph, NodeKind};
use crate::i18n::{t, Key, Lang};
use crate::load::Loaded;
use crate::model::Dataset;

/// The comparison of nodes `a` and `b` (nothing unless both are different nodes of the dataset).
#[component]
pub fn ComparePanel(
    /// The dataset.
    loaded: Arc<Loaded>,
    /// The first node's id.
    a: String,
    /// The second node's id.
    b: String,
) -> impl IntoView {
    let app = use_app();
    let graph = answer_graph(&loaded);
    // Unknown or identical ids: nothing (the app shows a node's panel or the map instead).
    let known = |id: &str| graph.get().node_by_id(id).is_some();
    if a == b || !known(&a) || !known(&b) {
        return ().into_any();
    }
    let content = move || {
        let (ds, g, lang) = (&loaded.dataset, graph.get(), app.lang.get());
        let hidden = hidden_flags(g, &app.filters().hidden_ids(ds));
        let c = connections(ds, g, &a, &b, lang.code(), &hidden).ok()?;
        Some(
            view! {
                {actions(lang, move || app.compare.set(None))}
                {title(ds, g, &c, lang)}
                {body(ds, g, &c, lang)}
            }
            .into_any(),
        )
    };
    view! {
        <aside class="panel compare-panel" aria-labelledby="compare-title" on:keydown=move |ev: web_sys::KeyboardEvent| {
            if ev.key() == "Escape" { app.compare.set(None); }
        }>
            {content}
        </aside>
    }
    .into_any()
}

/// The node with this id as a link to its panel.
fn link(ds: &Dataset, g: &Graph, id: &str, lang: Lang) -> AnyView {
    let i = g.node_by_id(id);
    let kind = i.map_or(NodeKind::Org, |i| g.nodes[i as usize].kind);
    let name = i.map(|i| node_name(ds, g, i, lang.code()).to_owned()).unwrap_or_else(|| id.to_owned());
    view! { <NodeLink selection=selection_of(kind, id)>{name}</NodeLink> }.into_any()
}

/// The panel's title: "A and B" ("A et B"), the names as links to their panels.
fn title(ds: &Dataset, g: &Graph, c: &Connections, lang: Lang) -> AnyView {
    view! {
        <h2 id="compare-title">{link(ds, g, &c.a, lang)}" "{t(lang, Key::And)}" "{link(ds, g, &c.b, lang)}</h2>
    }
    .into_any()
}

/// What they share and what only one links; or the paths between them; or that none joins them.
fn body(ds: &Dataset, g: &Graph, c: &Connections, lang: Lang) -> AnyView {
    if !c.shared.is_empty() {
        let kind = g.node_by_id(&c.a).map_or(NodeKind::Org, |i| g.nodes[i as usize].kind);
        view! {
            <section class="shared">
                <h3>{plain_text(&shared_heading(kind, lang))}</h3>
                <ul class="shared-list">
                    {c.shared.iter().map(|s| view! {
                        <li>
                            <h4 class="shared-name">{link(ds, g, s, lang)}</h4>
                            <div class="sides">{side(ds, g, &c.a, s, lang)}{side(ds, g, &c.b, s, lang)}</div>
                        </li>
                    }.into_any()).collect::<Vec<_>>()}
                </ul>
            </section>
            {only(ds, g, &c.a, &c.only_a, lang)}
            {only(ds, g, &c.b, &c.only_b, lang)}
        }
        .into_any()
    } else if !c.paths.is_empty() {
        view! {
            <section class="paths">
                <h3>{t(lang, Key::HowConnected)}</h3>
                <ol class="path-list">
                    {c.paths.iter().map(|p| view! {
                        <li>{sentence(path_sentence(ds, g, &p.nodes, lang))}</li>
                    }.into_any()).collect::<Vec<_>>()}
                </ol>
            </section>
            {steps(ds, g, &c.paths, lang)}
        }
        .into_any()
    } else {
        view! { <p class="no-connection">{plain_text(&no_connection(lang))}</p> }.into_any()
    }
}

/// The link between `subject` (one of the two compared) and `shared` (a node both link), its
/// summary and sources, titled with the subject's name.
fn side(ds: &Dataset, g: &Graph, subject: &str, shared: &str, lang: Lang) -> AnyView {
    let i = g.node_by_id(subject);
    let is_org = i.is_some_and(|i| g.nodes[i as usize].kind == NodeKind::Org);
    let (org, topic) = if is_org { (subject, shared) } else { (shared, subject) };
    let name = i.map(|i| node_name(ds, g, i, lang.code()).to_owned()).unwrap_or_default();
    view! { <div class="side">{proof(ds, name, org, topic, lang)}</div> }.into_any()
}

/// A link's proof under a title: its summary and its sources.
fn proof(ds: &Dataset, title: String, org: &str, topic: &str, lang: Lang) -> AnyView {
    let link = link_index(ds, org, topic).map(|k| &ds.links[k]);
    view! {
        <h5 class="proof-title">{title}</h5>
        {link.and_then(|l| loc(l.summary.as_ref(), lang)).map(|s| view! { <p class="proof-summary">{s}</p> })}
        {link.map(|l| sources(l, lang))}
    }
    .into_any()
}

/// "Only A" and the nodes only A links, as links; nothing when there are none.
fn only(ds: &Dataset, g: &Graph, id: &str, nodes: &[String], lang: Lang) -> Option<AnyView> {
    (!nodes.is_empty()).then(|| {
        view! {
            <section class="only">
                <h3>{sentence(only_heading(ds, g, id, lang))}</h3>
                <ul class="topic-list">{nodes.iter().map(|n| view! { <li>{link(ds, g, n, lang)}</li> }.into_any()).collect::<Vec<_>>()}</ul>
            </section>
        }
        .into_any()
    })
}

/// Every link of the paths, each once (in the order the paths first take them), with its summary
/// and sources: "WHO on Health data".
fn steps(ds: &Dataset, g: &Graph, paths: &[Path], lang: Lang) -> AnyView {
    let name = |id: &str| g.node_by_id(id).map(|i| node_name(ds, g, i, lang.code()).to_owned()).unwrap_or_default();
    let mut links: Vec<&(String, String)> = Vec::new();
    for link in paths.iter().flat_map(|p| &p.links) {
        if !links.contains(&link) {
            links.push(link);
        }
    }
    view! {
        <section class="steps">
            <h3>{t(lang, Key::LinksAndSources)}</h3>
            <ul class="step-list">
                {links.into_iter().map(|(org, topic)| {
                    let title = format!("{} {} {}", name(org), t(lang, Key::On), name(topic));
                    view! { <li>{proof(ds, title, org, topic, lang)}</li> }.into_any()
                }).collect::<Vec<_>>()}
            </ul>
        </section>
    }
    .into_any()
}
