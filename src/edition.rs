//! The plain HTML edition of a dataset (native only): every organisation, topic and link with its
//! summary and sources, every guided tour and view, as static pages that need no JavaScript, one
//! page per language (`en.html`, `fr.html`) and a bilingual first page (`index.html`), with the
//! stylesheet `edition.css` and the app's icon. Each page links into the map
//! (`../?lang=en#/org/<id>`), so the edition sits in a folder beside the app's page
//! (`dist/edition/`). See `docs/edition.md`.

use rustc_hash::FxHashMap;

use crate::i18n::Lang;
use crate::model::{Dataset, Link, Localized};
use crate::sort::sort_by_cached_key;
use crate::text::fold;

pub mod card;
pub mod cli;
mod frame;
pub mod html;
mod nodes;
pub mod site;
mod stories;
pub mod words;

use html::Html;

/// The edition's stylesheet, written beside its pages as `edition.css`.
pub const STYLESHEET: &str = include_str!("../style/edition.css");

/// The app's icon, written beside the pages as `favicon.svg` (the app's copy has a hashed name).
pub const ICON: &str = include_str!("../public/favicon.svg");

/// The file name of the page in `lang`.
pub fn page_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en.html",
        Lang::Fr => "fr.html",
    }
}

/// One file of the edition: its name in the edition's folder and its contents.
#[derive(Debug, Clone, PartialEq)]
pub struct File {
    /// The file's name, such as `en.html`.
    pub name: &'static str,
    /// Its contents.
    pub text: String,
}

/// The edition of `ds`: the first page, a page per language, the stylesheet, the icon.
pub fn edition(ds: &Dataset) -> Vec<File> {
    let mut files = vec![File { name: "index.html", text: frame::first_page(ds) }];
    for lang in Lang::ALL {
        files.push(File { name: page_name(lang), text: page(ds, lang) });
    }
    files.push(File { name: "edition.css", text: STYLESHEET.to_owned() });
    files.push(File { name: "favicon.svg", text: ICON.to_owned() });
    files
}

/// The page of `ds` in `lang`: header, contents, organisations, topics, tours, views, footer.
pub fn page(ds: &Dataset, lang: Lang) -> String {
    let ix = Index::new(ds, lang.code());
    let mut h = Html::new(lang.code());
    frame::head(&mut h, ds, lang);
    frame::contents(&mut h, &ix);
    h.raw("<main id=\"main\">\n");
    nodes::organisations(&mut h, &ix);
    nodes::topics(&mut h, &ix);
    stories::tours(&mut h, ds);
    stories::views(&mut h, ds);
    h.raw("</main>\n");
    frame::foot(&mut h, ds);
    h.finish()
}

/// The dataset as a page shows it: organisations and topics in the order of their names in the
/// page's language, each with its links.
pub(crate) struct Index<'a> {
    /// The dataset.
    pub ds: &'a Dataset,
    /// The organisations' positions in `ds`, by name.
    pub orgs: Vec<usize>,
    /// The topics' positions in `ds`, by name.
    pub topics: Vec<usize>,
    /// For each organisation (as in `ds`), its links' positions, by topic name.
    pub links_of_org: Vec<Vec<usize>>,
    /// For each topic (as in `ds`), its links' positions, by organisation name.
    pub links_of_topic: Vec<Vec<usize>>,
    /// For each link (as in `ds`), the positions of its organisation and topic (`usize::MAX`
    /// for an end the dataset does not have: such a link is in no list above).
    pub ends: Vec<(usize, usize)>,
}

impl<'a> Index<'a> {
    fn new(ds: &'a Dataset, lang: &str) -> Self {
        let org_keys: Vec<String> = ds.organisations.iter().map(|o| fold(o.name.get(lang))).collect();
        let topic_keys: Vec<String> = ds.topics.iter().map(|t| fold(t.name.get(lang))).collect();
        let org_at: FxHashMap<&str, usize> =
            ds.organisations.iter().enumerate().map(|(i, o)| (o.id.as_str(), i)).collect();
        let topic_at: FxHashMap<&str, usize> = ds.topics.iter().enumerate().map(|(i, t)| (t.id.as_str(), i)).collect();
        let mut links_of_org = vec![Vec::new(); ds.organisations.len()];
        let mut links_of_topic = vec![Vec::new(); ds.topics.len()];
        let mut ends = vec![(usize::MAX, usize::MAX); ds.links.len()];
        for (i, l) in ds.links.iter().enumerate() {
            if let (Some(&o), Some(&t)) = (org_at.get(l.org.as_str()), topic_at.get(l.topic.as_str())) {
                links_of_org[o].push((i, t));
                links_of_topic[t].push((i, o));
                ends[i] = (o, t);
            }
        }
        let by_name = |lists: Vec<Vec<(usize, usize)>>, keys: &[String]| -> Vec<Vec<usize>> {
            lists
                .into_iter()
                .map(|mut list| {
                    sort_by_cached_key(&mut list, |&(_, other)| keys[other].clone());
                    list.into_iter().map(|(link, _)| link).collect()
                })
                .collect()
        };
        let mut orgs: Vec<usize> = (0..ds.organisations.len()).collect();
        sort_by_cached_key(&mut orgs, |&o| org_keys[o].clone());
        let mut topics: Vec<usize> = (0..ds.topics.len()).collect();
        sort_by_cached_key(&mut topics, |&t| topic_keys[t].clone());
        Index {
            ds,
            orgs,
            topics,
            links_of_org: by_name(links_of_org, &topic_keys),
            links_of_topic: by_name(links_of_topic, &org_keys),
            ends,
        }
    }

    /// The link at `i` of the dataset.
    pub fn link(&self, i: usize) -> &'a Link {
        &self.ds.links[i]
    }
}

/// A name with its acronym when it has one that differs: `World Health Organization (WHO)`.
pub(crate) fn full_name(name: &Localized, acronym: Option<&Localized>, lang: &str) -> String {
    let name = name.get(lang);
    match acronym.map(|a| a.get(lang)).filter(|a| !a.is_empty() && *a != name) {
        Some(a) => format!("{name} ({a})"),
        None => name.to_owned(),
    }
}
