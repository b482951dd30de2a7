//! The organisations and topics sections of a page: each organisation with its type, summary,
//! website, address and links (each link's summary, sources and verification date); each topic
//! with its category, summary and the organisations that work on it. Every entry links into the
//! map (`../?lang=en#/org/<id>`).

use std::fmt::Write as _;

use super::html::{escape, Html};
use super::words::W;
use super::{full_name, Index};
use crate::model::{Id, Localized, Source};

/// The name of the record whose id is `id` in `list`, if any.
fn name_of<'a, T>(
    list: Option<&'a [T]>,
    id: Option<&Id>,
    key: impl Fn(&'a T) -> (&'a Id, &'a Localized),
) -> Option<&'a Localized> {
    let id = id?;
    list?.iter().map(key).find(|(i, _)| *i == id).map(|(_, name)| name)
}

/// A line `<p class="…">Label: name</p>` when `name` is given.
fn labelled(h: &mut Html, class: &str, label: W, name: Option<&Localized>) {
    if let Some(name) = name {
        let _ = write!(h, "<p class=\"{class}\">{} ", label.get(h.lang()));
        h.localized("span", "", name).raw("</p>\n");
    }
}

/// The link into the map to `route` (`org/who`, `tour/data-talks/2`: ids are slugs), said `words`.
pub(crate) fn map_link(h: &mut Html, route: &str, words: W) {
    let code = h.lang();
    let _ =
        writeln!(h, "<p class=\"on-map\"><a href=\"../?lang={code}#/{}\">{}</a></p>", escape(route), words.get(code));
}

/// The site a source is on, shown after its title (`dig.watch`), or a mail address.
fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.strip_prefix("mailto:").unwrap_or(rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

/// The organisations, each an `<article id="o-<id>">`.
pub(crate) fn organisations(h: &mut Html, ix: &Index) {
    let code = h.lang();
    let ds = ix.ds;
    let _ = writeln!(
        h,
        "<section aria-labelledby=\"organisations\">\n<h2 id=\"organisations\">{}</h2>",
        W::Organisations.get(code)
    );
    for &o in &ix.orgs {
        let org = &ds.organisations[o];
        let id = escape(org.id.as_str());
        let _ = write!(h, "<article id=\"o-{id}\" class=\"org\">\n<h3 dir=\"auto\">");
        h.text(&full_name(&org.name, org.acronym.as_ref(), code)).raw("</h3>\n");
        let types = ds.org_types.as_deref();
        labelled(h, "kind", W::Type, name_of(types, org.org_type.as_ref(), |t| (&t.id, &t.name)));
        if let Some(s) = &org.summary {
            h.localized("p", "", s).raw("\n");
        }
        if let Some(web) = &org.website {
            let _ = write!(h, "<p class=\"website\">{} ", W::Website.get(code));
            h.external(web, web).raw("</p>\n");
        }
        if let Some(address) = &org.address {
            let _ = write!(h, "<p class=\"address\">{} ", W::Address.get(code));
            h.raw("<span dir=\"auto\">").text(address).raw("</span></p>\n");
        }
        map_link(h, &format!("org/{}", org.id), W::ShowOnMap);
        let links = &ix.links_of_org[o];
        if !links.is_empty() {
            let _ = write!(h, "<h4>{}</h4>\n<ul class=\"links\">\n", W::WorksOn.get(code));
            for &l in links {
                org_link(h, ix, l);
            }
            h.raw("</ul>\n");
        }
        h.raw("</article>\n");
    }
    h.raw("</section>\n");
}

/// One link of an organisation: its topic (a link to the topic's entry), summary, sources and date.
fn org_link(h: &mut Html, ix: &Index, l: usize) {
    let code = h.lang();
    let (link, topic) = (ix.link(l), &ix.ds.topics[ix.ends[l].1]);
    h.raw("<li>\n<p class=\"topic\">");
    h.link(&format!("#t-{}", topic.id), " dir=\"auto\"", topic.name.get(code)).raw("</p>\n");
    if let Some(s) = &link.summary {
        h.localized("p", "", s).raw("\n");
    }
    sources(h, &link.sources);
    if let Some(v) = &link.verified {
        let _ = write!(h, "<p class=\"verified\">{} ", W::Verified.get(code));
        h.text(v).raw("</p>\n");
    }
    h.raw("</li>\n");
}

/// A list of sources: each title (or address) a link to its address, with its date.
pub(crate) fn sources(h: &mut Html, sources: &[Source]) {
    if sources.is_empty() {
        return;
    }
    let code = h.lang();
    let _ = write!(h, "<p class=\"sources-label\">{}</p>\n<ul class=\"sources\">\n", W::Sources.get(code));
    for s in sources {
        h.raw("<li>");
        let title = s.title.as_ref().map(|t| super::html::pick(t, code));
        match title {
            Some((text, None)) => h.raw("<span dir=\"auto\">").external(&s.url, text).raw("</span>"),
            Some((text, Some(lang))) => {
                let _ = write!(h, "<span dir=\"auto\" lang=\"{}\">", escape(lang));
                h.external(&s.url, text).raw("</span>")
            }
            None => h.external(&s.url, &s.url),
        };
        if title.is_some() {
            h.raw(" <span class=\"url\">").text(host(&s.url)).raw("</span>");
        }
        if let Some(d) = &s.date {
            h.raw(" <span class=\"date\">(").text(d).raw(")</span>");
        }
        h.raw("</li>\n");
    }
    h.raw("</ul>\n");
}

/// The topics, each an `<article id="t-<id>">` with the organisations that work on it.
pub(crate) fn topics(h: &mut Html, ix: &Index) {
    let code = h.lang();
    let ds = ix.ds;
    let _ = writeln!(h, "<section aria-labelledby=\"topics\">\n<h2 id=\"topics\">{}</h2>", W::Topics.get(code));
    for &t in &ix.topics {
        let topic = &ds.topics[t];
        let id = escape(topic.id.as_str());
        let _ = writeln!(h, "<article id=\"t-{id}\" class=\"topic\">");
        h.localized("h3", "", &topic.name).raw("\n");
        let categories = ds.categories.as_deref();
        labelled(h, "kind", W::Category, name_of(categories, topic.category.as_ref(), |c| (&c.id, &c.name)));
        if let Some(s) = &topic.summary {
            h.localized("p", "", s).raw("\n");
        }
        map_link(h, &format!("topic/{}", topic.id), W::ShowOnMap);
        let links = &ix.links_of_topic[t];
        if !links.is_empty() {
            let _ = write!(h, "<h4>{}</h4>\n<ul class=\"orgs\">\n", W::WhoWorksOn.get(code));
            for &l in links {
                let org = &ds.organisations[ix.ends[l].0];
                let name = full_name(&org.name, org.acronym.as_ref(), code);
                h.raw("<li>").link(&format!("#o-{}", org.id), " dir=\"auto\"", &name).raw("</li>\n");
            }
            h.raw("</ul>\n");
        }
        h.raw("</article>\n");
    }
    h.raw("</section>\n");
}
