//! The detail panel: an `<aside>` named after the selected node, from overview to proof:
//! breadcrumb (category or type), the node's names and facts, then its links grouped (topics by
//! category, organisations by type), each with its summary and its sources as external links;
//! then its peers and a field to compare it with another node. The focus depth control sits under
//! its heading.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::compare_field::CompareField;
use crate::components::depth_control::DepthControl;
use crate::components::node_link::NodeLink;
use crate::components::peers::Peers;
use crate::components::state::use_app;
use crate::explore::{org_links_by_category, topic_links_by_type};
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
    let ds = &loaded.dataset;
    let body = match &selection {
        Selection::Org(id) => ds.organisations.iter().position(|o| o.id.as_str() == id).map(|o| org_body(ds, o, lang)),
        Selection::Topic(id) => ds.topics.iter().position(|x| x.id.as_str() == id).map(|x| topic_body(ds, x, lang)),
    };
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
pub(crate) fn actions(lang: Lang, close: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    view! {
        <div class="panel-actions">
            <Show when=|| { history::depth() > 0 }>
                <button type="button" class="back" on:click=|_| history::back()>{"← "}{t(lang, Key::Back)}</button>
            </Show>
            <button type="button" class="close" aria-label=t(lang, Key::Close) title=t(lang, Key::Close) on:click=move |_| close()>"×"</button>
        </div>
    }
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

/// The sources of a link, as a list of external links with their dates (nothing without any).
pub(crate) fn sources(link: &Link, lang: Lang) -> impl IntoView {
    (!link.sources.is_empty()).then(|| {
        view! {
            <ul class="sources" aria-label=t(lang, Key::Sources)>
                {link.sources.iter().map(|s| {
                    let title = loc(s.title.as_ref(), lang).unwrap_or_else(|| s.url.clone());
                    view! { <li>{external(&s.url, title)}{s.date.clone().map(|d| { let shown = d.clone(); view! { " " <time datetime=d>{shown}</time> } })}</li> }
                }).collect_view()}
            </ul>
        }
    })
}

type Body = (Option<String>, String, AnyView);

fn heading(lang: Lang, name: &str, other: Option<String>) -> impl IntoView {
    let other_lang = if lang == Lang::En { "fr" } else { "en" };
    view! {
        <h2 id="panel-title">{name.to_owned()}</h2>
        {other.filter(|o| o != name).map(|o| view! { <p class="other-name" lang=other_lang>{o}</p> })}
    }
}

fn org_body(ds: &Dataset, o: usize, lang: Lang) -> Body {
    let org = &ds.organisations[o];
    let code = lang.code();
    let other = org.name.exact(if lang == Lang::En { "fr" } else { "en" }).map(str::to_owned);
    let type_name = org
        .org_type
        .as_ref()
        .and_then(|ty| ds.org_types.iter().flatten().find(|x| x.id == *ty))
        .map(|x| x.name.get(code).to_owned());
    let name = org.name.get(code).to_owned();
    let groups = org_links_by_category(ds, o, code);
    let cats = ds.categories.as_deref().unwrap_or(&[]);
    let body = view! {
        {heading(lang, &name, other)}
        <p class="meta">
            {loc(org.acronym.as_ref(), lang).map(|a| view! { <abbr>{a}</abbr> " · " })}
            {type_name.clone()}
        </p>
        <DepthControl />
        {loc(org.summary.as_ref(), lang).map(|s| view! { <p class="summary-text">{s}</p> })}
        <dl class="facts">
            {org.website.clone().map(|w| view! { <dt>{t(lang, Key::Website)}</dt><dd>{external(&w, w.clone())}</dd> })}
            {org.address.clone().map(|a| view! { <dt>{t(lang, Key::Address)}</dt><dd>{a}</dd> })}
        </dl>
        <h3>{t(lang, Key::WorksOn)}</h3>
        {groups.into_iter().map(|(cat, links)| view! {
            <section class="group">
                <h4>{cat.and_then(|c| cats.get(c)).map(|c| c.name.get(code).to_owned()).unwrap_or_default()}</h4>
                <ul class="links">
                    {links.into_iter().map(|i| {
                        let link = &ds.links[i];
                        let topic = ds.topics.iter().find(|x| x.id == link.topic);
                        let label = topic.map(|x| x.name.get(code).to_owned()).unwrap_or_else(|| link.topic.0.clone());
                        view! {
                            <li>
                                <NodeLink selection=Selection::Topic(link.topic.0.clone())>{label}</NodeLink>
                                {loc(link.summary.as_ref(), lang).map(|s| view! { <p>{s}</p> })}
                                {sources(link, lang)}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }).collect_view()}
    }
    .into_any();
    (type_name, name, body)
}

fn topic_body(ds: &Dataset, x: usize, lang: Lang) -> Body {
    let topic = &ds.topics[x];
    let code = lang.code();
    let other = topic.name.exact(if lang == Lang::En { "fr" } else { "en" }).map(str::to_owned);
    let cat = topic
        .category
        .as_ref()
        .and_then(|c| ds.categories.iter().flatten().find(|k| k.id == *c))
        .map(|k| k.name.get(code).to_owned());
    let name = topic.name.get(code).to_owned();
    let types = ds.org_types.as_deref().unwrap_or(&[]);
    let groups = topic_links_by_type(ds, x, code);
    let count = groups.iter().map(|g| g.1.len()).sum::<usize>();
    let body = view! {
        {heading(lang, &name, other)}
        <p class="meta">{cat.clone()}</p>
        <DepthControl />
        {loc(topic.summary.as_ref(), lang).map(|s| view! { <p class="summary-text">{s}</p> })}
        <h3>{t(lang, Key::WhoWorksOnIt)} " (" {count} ")"</h3>
        {groups.into_iter().map(|(ty, links)| view! {
            <section class="group">
                <h4>{ty.and_then(|i| types.get(i)).map(|k| k.name.get(code).to_owned()).unwrap_or_default()}</h4>
                <ul class="links">
                    {links.into_iter().map(|i| {
                        let link = &ds.links[i];
                        let org = ds.organisations.iter().find(|o| o.id == link.org);
                        let label = org.map(|o| o.name.get(code).to_owned()).unwrap_or_else(|| link.org.0.clone());
                        let acronym = org.and_then(|o| loc(o.acronym.as_ref(), lang));
                        view! {
                            <li>
                                <NodeLink selection=Selection::Org(link.org.0.clone())>{label}</NodeLink>
                                {acronym.map(|a| view! { " " <abbr>{format!("({a})")}</abbr> })}
                                {loc(link.summary.as_ref(), lang).map(|s| view! { <p>{s}</p> })}
                                {sources(link, lang)}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }).collect_view()}
    }
    .into_any();
    (cat, name, body)
}
