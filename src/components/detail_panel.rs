//! The detail panel: an `<aside>` named after the selected node, from overview to proof:
//! breadcrumb (category or type), the node's names and facts, then its links grouped (topics by
//! category, organisations by type), each with its summary and its sources as external links;
//! then its peers and a field to compare it with another node. The focus depth control sits under
//! its heading.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::answer_graph::answer_graph;
use crate::components::compare_field::CompareField;
use crate::components::correction::{fix_link, Fixer};
use crate::components::depth_control::DepthControl;
use crate::components::node_link::NodeLink;
use crate::components::peers::{show_all, Peers};
use crate::components::state::use_app;
use crate::explore::{org_links_by_category, topic_links_by_type};
use crate::graph::Graph;
use crate::i18n::{t, Key, Lang};
use crate::load::Loaded;
use crate::model::{Dataset, Link, Localized};
use crate::rules::check_url;
use crate::url::Selection;
use crate::web::history;

/// The panel of the selected node (nothing when the id is unknown).
#[component]
pub fn DetailPanel(
    /// The dataset.
    loaded: Arc<Loaded>,
    /// The selected node.
    selection: Selection,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    // A hub of a large dataset has thousands of links: the first few are shown, then "Show all".
    let all = RwSignal::new(false);
    let body = body_of(&loaded, &selection, lang, LINKS_SHOWN);
    let total = body.as_ref().map_or(0, |b| b.3);
    let more = (total > LINKS_SHOWN).then(|| show_all(all, total, lang));
    let (content, body) = match body {
        Some((crumb, name, first, _)) => {
            // The first drawing is the body made above; "Show all" (and back) makes another.
            let (loaded, selection, first) = (loaded.clone(), selection.clone(), std::cell::Cell::new(Some(first)));
            let content = move || match (all.get(), first.take()) {
                (false, Some(first)) => Some(first),
                (all, _) => body_of(&loaded, &selection, lang, if all { usize::MAX } else { LINKS_SHOWN }).map(|b| b.2),
            };
            (Some(content), Some((crumb, name)))
        }
        None => (None, None),
    };
    let body = body.map(|(crumb, name)| (crumb, name, view! { {content} {more} }.into_any()));
    let Some((crumb, name, body)) = body else {
        return view! {
            <aside class="panel" aria-labelledby="panel-title">
                <h2 id="panel-title">{t(lang, Key::NotFound)}</h2>
                <p>{selection.hash()}</p>
                {actions(lang, move || app.selection.set(None))}
            </aside>
        }
        .into_any();
    };
    view! {
        <aside class="panel" aria-labelledby="panel-title" on:keydown=move |ev: web_sys::KeyboardEvent| {
            if ev.key() == "Escape" { app.selection.set(None); }
        }>
            <nav class="breadcrumb" aria-label=t(lang, Key::Breadcrumb)>
                <a href="#/" on:click=move |ev| { ev.prevent_default(); app.selection.set(None); }>{t(lang, Key::AllMap)}</a>
                {crumb.map(|c| view! { " › " <span>{c}</span> })}
                " › " <span aria-current="page">{name.clone()}</span>
            </nav>
            {actions(lang, move || app.selection.set(None))}
            {body}
            <Peers loaded=loaded.clone() selection=selection.clone() />
            <CompareField loaded=loaded.clone() this=selection.clone() />
        </aside>
    }
    .into_any()
}

/// Back (when this app put an entry in the history) and Close, which calls `close`.
pub(crate) fn actions(lang: Lang, close: impl Fn() + Send + Sync + 'static) -> AnyView {
    // The history depth is read once: it is no signal (as a `<Show>` of it would not change either).
    let back = (history::depth() > 0)
        .then(|| view! { <button type="button" class="back" on:click=|_| history::back()>{"← "}{t(lang, Key::Back)}</button> });
    view! {
        <div class="panel-actions">
            {back}
            <button type="button" class="close" aria-label=t(lang, Key::Close) title=t(lang, Key::Close) on:click=move |_| close()>"×"</button>
        </div>
    }
    .into_any()
}

/// A text in `lang`, unless missing or empty.
pub(crate) fn loc(t: Option<&Localized>, lang: Lang) -> Option<String> {
    t.map(|t| t.get(lang.code()).to_owned()).filter(|s| !s.is_empty())
}

/// A URL as an external link, or as text when it is not http, https or mailto.
pub(crate) fn external(url: &str, label: String) -> AnyView {
    if check_url(url).is_ok() {
        view! { <a href=url.to_owned() target="_blank" rel="noopener noreferrer">{label}</a> }.into_any()
    } else {
        view! { <span>{label}</span> }.into_any()
    }
}

/// The sources of a link, as a list of external links with their dates, then the day the link
/// was verified ("verified 2026-11-15"); nothing without either.
pub(crate) fn sources(link: &Link, lang: Lang) -> Option<AnyView> {
    let verified = link.verified.clone().map(|d| {
        let shown = d.clone();
        view! { <p class="verified">{t(lang, Key::Verified)} " " <time datetime=d>{shown}</time></p> }.into_any()
    });
    let list = (!link.sources.is_empty()).then(|| {
        view! {
            <ul class="sources" aria-label=t(lang, Key::Sources)>
                {link.sources.iter().map(|s| {
                    let title = loc(s.title.as_ref(), lang).unwrap_or_else(|| s.url.clone());
                    view! { <li>{external(&s.url, title)}{s.date.clone().map(|d| { let shown = d.clone(); view! { " " <time datetime=d>{shown}</time> } })}</li> }.into_any()
                }).collect::<Vec<_>>()}
            </ul>
        }
        .into_any()
    });
    (list.is_some() || verified.is_some()).then(|| view! { {list} {verified} }.into_any())
}

/// A body: the breadcrumb's category or type, the node's name, the view, and how many links the
/// node has (the view shows at most the number it was asked for).
type Body = (Option<String>, String, AnyView, usize);

/// How many of a node's links its panel shows before "Show all".
const LINKS_SHOWN: usize = 60;

/// The body of the selected node's panel with at most `limit` links (`None`: an unknown id).
fn body_of(loaded: &Arc<Loaded>, selection: &Selection, lang: Lang, limit: usize) -> Option<Body> {
    let (ds, g) = (&loaded.dataset, answer_graph(loaded));
    let index = |id: &str| g.get().node_by_id(id).map(|n| g.get().nodes[n as usize].index);
    match selection {
        Selection::Org(id) => index(id)
            .filter(|&o| ds.organisations.get(o).is_some_and(|x| x.id.as_str() == id))
            .map(|o| org_body(ds, o, lang, limit)),
        Selection::Topic(id) => index(id)
            .filter(|&x| ds.topics.get(x).is_some_and(|t| t.id.as_str() == id))
            .map(|x| topic_body(ds, g.get(), x, lang, limit)),
    }
}

/// One link of the panel's node: the other node as a link (with its acronym, for an
/// organisation), the link's summary and its sources.
struct Item<'a> {
    link: &'a Link,
    fix: Option<AnyView>,
    selection: Selection,
    label: String,
    acronym: Option<String>,
}

/// The top of a body: the node's name (and its name in the other language when it differs), its
/// meta line, the depth control and the node's summary.
fn top(lang: Lang, name: &str, other: Option<String>, meta: AnyView, summary: Option<&Localized>) -> AnyView {
    let other_lang = if lang == Lang::En { "fr" } else { "en" };
    view! {
        <h2 id="panel-title">{name.to_owned()}</h2>
        {other.filter(|o| o != name).map(|o| view! { <p class="other-name" lang=other_lang>{o}</p> })}
        <p class="meta">{meta}</p>
        <DepthControl />
        {loc(summary, lang).map(|s| view! { <p class="summary-text">{s}</p> })}
    }
    .into_any()
}

/// The groups of links under their names.
fn groups(lang: Lang, groups: Vec<(String, Vec<Item>)>) -> Vec<AnyView> {
    groups
        .into_iter()
        .map(|(title, items)| {
            view! {
                <section class="group">
                    <h4>{title}</h4>
                    <ul class="links">{items.into_iter().map(|i| item(lang, i)).collect::<Vec<_>>()}</ul>
                </section>
            }
            .into_any()
        })
        .collect()
}

fn item(lang: Lang, i: Item) -> AnyView {
    view! {
        <li>
            <NodeLink selection=i.selection>{i.label}</NodeLink>
            {i.acronym.map(|a| view! { " " <abbr>{format!("({a})")}</abbr> })}
            {loc(i.link.summary.as_ref(), lang).map(|s| view! { <p>{s}</p> })}
            {sources(i.link, lang)}
            {i.fix}
        </li>
    }
    .into_any()
}

fn other_name(name: &Localized, lang: Lang) -> Option<String> {
    name.exact(if lang == Lang::En { "fr" } else { "en" }).map(str::to_owned)
}

/// Named groups of links cut to their first `limit` links in all (groups left empty dropped),
/// each link made an [`Item`]; and how many links there were.
fn cut<'a>(
    groups: impl Iterator<Item = (String, Vec<usize>)>,
    limit: usize,
    mut item: impl FnMut(usize) -> Item<'a>,
) -> (Vec<(String, Vec<Item<'a>>)>, usize) {
    let (mut total, mut list) = (0, Vec::new());
    for (title, links) in groups {
        let shown = links.len().min(limit.saturating_sub(total));
        let kept: Vec<Item> = links.iter().take(shown).map(|&i| item(i)).collect();
        total += links.len();
        if !kept.is_empty() {
            list.push((title, kept));
        }
    }
    (list, total)
}

fn org_body(ds: &Dataset, o: usize, lang: Lang, limit: usize) -> Body {
    let org = &ds.organisations[o];
    let code = lang.code();
    let type_name = org
        .org_type
        .as_ref()
        .and_then(|ty| ds.org_types.iter().flatten().find(|x| x.id == *ty))
        .map(|x| x.name.get(code).to_owned());
    let name = org.name.get(code).to_owned();
    let cats = ds.categories.as_deref().unwrap_or(&[]);
    let named = org_links_by_category(ds, o, code).into_iter().map(|(cat, links)| {
        (cat.and_then(|c| cats.get(c)).map(|c| c.name.get(code).to_owned()).unwrap_or_default(), links)
    });
    let fixer = Fixer::new(ds, lang, Selection::Org(org.id.0.clone()));
    let (list, total) = cut(named, limit, |i| {
        let link = &ds.links[i];
        let topic = ds.topics.iter().find(|x| x.id == link.topic);
        let label = topic.map(|x| x.name.get(code).to_owned()).unwrap_or_else(|| link.topic.0.clone());
        let fix = fix_link(&fixer, i, (org.id.as_str(), &name), (link.topic.as_str(), &label));
        Item { link, fix, selection: Selection::Topic(link.topic.0.clone()), label, acronym: None }
    });
    let meta = view! {
        {loc(org.acronym.as_ref(), lang).map(|a| view! { <abbr>{a}</abbr> " · " })}
        {type_name.clone()}
    }
    .into_any();
    let body = view! {
        {top(lang, &name, other_name(&org.name, lang), meta, org.summary.as_ref())}
        <dl class="facts">
            {org.website.clone().map(|w| view! { <dt>{t(lang, Key::Website)}</dt><dd>{external(&w, w.clone())}</dd> })}
            {org.address.clone().map(|a| view! { <dt>{t(lang, Key::Address)}</dt><dd>{a}</dd> })}
        </dl>
        {fixer.as_ref().map(|f| f.link("organisations", o, Some((org.id.as_str(), &name)), None))}
        <h3>{t(lang, Key::WorksOn)}</h3>
        {groups(lang, list)}
    }
    .into_any();
    (type_name, name, body, total)
}

fn topic_body(ds: &Dataset, g: &Graph, x: usize, lang: Lang, limit: usize) -> Body {
    let topic = &ds.topics[x];
    let code = lang.code();
    let cat = topic
        .category
        .as_ref()
        .and_then(|c| ds.categories.iter().flatten().find(|k| k.id == *c))
        .map(|k| k.name.get(code).to_owned());
    let name = topic.name.get(code).to_owned();
    let types = ds.org_types.as_deref().unwrap_or(&[]);
    let named = topic_links_by_type(ds, x, code).into_iter().map(|(ty, links)| {
        (ty.and_then(|i| types.get(i)).map(|k| k.name.get(code).to_owned()).unwrap_or_default(), links)
    });
    let fixer = Fixer::new(ds, lang, Selection::Topic(topic.id.0.clone()));
    let (list, count) = cut(named, limit, |i| {
        let link = &ds.links[i];
        // Through the graph's id map: a hub has thousands of links.
        let org = g.node_by_id(link.org.as_str()).and_then(|n| ds.organisations.get(g.nodes[n as usize].index));
        let label = org.map(|o| o.name.get(code).to_owned()).unwrap_or_else(|| link.org.0.clone());
        let acronym = org.and_then(|o| loc(o.acronym.as_ref(), lang));
        let fix = fix_link(&fixer, i, (link.org.as_str(), &label), (topic.id.as_str(), &name));
        Item { link, fix, selection: Selection::Org(link.org.0.clone()), label, acronym }
    });
    let body = view! {
        {top(lang, &name, other_name(&topic.name, lang), cat.clone().into_any(), topic.summary.as_ref())}
        <h3>{t(lang, Key::WhoWorksOnIt)} " (" {count} ")"</h3>
        {groups(lang, list)}
    }
    .into_any();
    (cat, name, body, count)
}
