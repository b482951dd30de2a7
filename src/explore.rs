//! What the explore views show, derived from the dataset and the view state: which nodes the
//! filters hide, the rows of the list view (filtered, sorted), and the groups of a detail panel.
//! Pure, so the map, the list and the panels agree and are tested natively.

use std::cmp::Ordering;

use rustc_hash::FxHashMap;

use crate::model::{Dataset, Localized};
use crate::sort::{sort, sort_by, sort_by_key};
use crate::text::fold;

/// The filters: organisation types and topic categories to show, and the only nodes to show (a
/// curated view's `ids`); an empty list filters nothing. A node is shown when it passes each.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    /// Organisation type ids to show.
    pub types: Vec<String>,
    /// Topic category ids to show.
    pub categories: Vec<String>,
    /// The only topics and organisations to show, by id, sorted.
    pub only: Vec<String>,
}

impl Filters {
    /// Whether any filter is set.
    pub fn active(&self) -> bool {
        !self.types.is_empty() || !self.categories.is_empty() || !self.only.is_empty()
    }

    /// Whether node `id` passes the `only` filter.
    fn only_shows(&self, id: &str) -> bool {
        self.only.is_empty() || self.only.binary_search_by(|x| x.as_str().cmp(id)).is_ok()
    }

    /// Whether topic `t` passes the category and `only` filters.
    pub fn shows_topic(&self, ds: &Dataset, t: usize) -> bool {
        let topic = &ds.topics[t];
        (self.categories.is_empty()
            || topic.category.as_ref().is_some_and(|c| self.categories.iter().any(|x| x == c.as_str())))
            && self.only_shows(topic.id.as_str())
    }

    /// Whether organisation `o` passes: its type is shown, and (with a category filter) it works
    /// on at least one shown topic.
    pub fn shows_org(&self, ds: &Dataset, o: usize) -> bool {
        self.shows_org_in(ds, &LinkIndex::new(ds), o)
    }

    fn shows_org_in(&self, ds: &Dataset, ix: &LinkIndex, o: usize) -> bool {
        let org = &ds.organisations[o];
        let type_ok =
            self.types.is_empty() || org.org_type.as_ref().is_some_and(|t| self.types.iter().any(|x| x == t.as_str()));
        let in_category =
            |t: usize| ds.topics[t].category.as_ref().is_some_and(|c| self.categories.iter().any(|x| x == c.as_str()));
        type_ok
            && self.only_shows(org.id.as_str())
            && (self.categories.is_empty() || ix.topics_of(o).iter().any(|&t| in_category(t)))
    }

    /// The ids of every topic and organisation the filters hide, sorted.
    pub fn hidden_ids(&self, ds: &Dataset) -> Vec<String> {
        if !self.active() {
            return Vec::new();
        }
        let mut ids: Vec<String> =
            (0..ds.topics.len()).filter(|&t| !self.shows_topic(ds, t)).map(|t| ds.topics[t].id.0.clone()).collect();
        let ix = LinkIndex::new(ds);
        ids.extend(
            (0..ds.organisations.len())
                .filter(|&o| !self.shows_org_in(ds, &ix, o))
                .map(|o| ds.organisations[o].id.0.clone()),
        );
        sort(&mut ids);
        ids
    }
}

/// The organisations a search reaches: those that match, and those linked to a matching topic.
pub fn search_scope(ds: &Dataset, matching: &[String]) -> Vec<String> {
    let set: rustc_hash::FxHashSet<&str> = matching.iter().map(String::as_str).collect();
    let mut out: Vec<String> = matching.to_vec();
    out.extend(ds.links.iter().filter(|l| set.contains(l.topic.as_str())).map(|l| l.org.0.clone()));
    sort(&mut out);
    out.dedup();
    out
}

fn topic_index(ds: &Dataset, id: &str) -> Option<usize> {
    ds.topics.iter().position(|t| t.id.as_str() == id)
}

/// Each organisation's topics (by index, in link order), built once per derivation so that large
/// datasets are not scanned once per organisation.
struct LinkIndex {
    topics: Vec<Vec<usize>>,
}

impl LinkIndex {
    fn new(ds: &Dataset) -> LinkIndex {
        let topic: rustc_hash::FxHashMap<&str, usize> =
            ds.topics.iter().enumerate().map(|(i, t)| (t.id.as_str(), i)).collect();
        let org: rustc_hash::FxHashMap<&str, usize> =
            ds.organisations.iter().enumerate().map(|(i, o)| (o.id.as_str(), i)).collect();
        let mut topics = vec![Vec::new(); ds.organisations.len()];
        for l in &ds.links {
            if let (Some(&o), Some(&t)) = (org.get(l.org.as_str()), topic.get(l.topic.as_str())) {
                topics[o].push(t);
            }
        }
        LinkIndex { topics }
    }

    fn topics_of(&self, o: usize) -> &[usize] {
        self.topics.get(o).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// A column of the list view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// The organisation's name.
    #[default]
    Name,
    /// Its acronym.
    Acronym,
    /// Its type.
    Type,
    /// How many topics it works on.
    Topics,
}

/// One row of the list view.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The organisation's id.
    pub id: String,
    /// Its name in the current language.
    pub name: String,
    /// Its acronym, or empty.
    pub acronym: String,
    /// Its type's name, or empty.
    pub type_name: String,
    /// Its topics: (id, name), by name.
    pub topics: Vec<(String, String)>,
}

fn text(t: Option<&Localized>, lang: &str) -> String {
    t.map(|t| t.get(lang).to_owned()).unwrap_or_default()
}

/// The rows of the list view: organisations the filters show (and, when `only` is given, whose
/// ids it contains), sorted by `key` (ties by name, then id), descending when `desc`.
pub fn rows(
    ds: &Dataset,
    lang: &str,
    filters: &Filters,
    only: Option<&[String]>,
    key: SortKey,
    desc: bool,
) -> Vec<Row> {
    let types = ds.org_types.as_deref().unwrap_or(&[]);
    let ix = LinkIndex::new(ds);
    let only: Option<rustc_hash::FxHashSet<&str>> = only.map(|ids| ids.iter().map(String::as_str).collect());
    let mut rows: Vec<Row> = (0..ds.organisations.len())
        .filter(|&o| filters.shows_org_in(ds, &ix, o))
        .filter(|&o| only.as_ref().is_none_or(|ids| ids.contains(ds.organisations[o].id.as_str())))
        .map(|o| {
            let org = &ds.organisations[o];
            let mut topics: Vec<(String, String)> = ix
                .topics_of(o)
                .iter()
                .copied()
                .filter(|&t| filters.shows_topic(ds, t))
                .map(|t| (ds.topics[t].id.0.clone(), ds.topics[t].name.get(lang).to_owned()))
                .collect();
            sort_by_key(&mut topics, |a| fold(&a.1));
            let type_name = org
                .org_type
                .as_ref()
                .and_then(|t| types.iter().find(|x| x.id == *t))
                .map(|t| t.name.get(lang).to_owned());
            Row {
                id: org.id.0.clone(),
                name: org.name.get(lang).to_owned(),
                acronym: text(org.acronym.as_ref(), lang),
                type_name: type_name.unwrap_or_default(),
                topics,
            }
        })
        .collect();
    let by_name = |a: &Row, b: &Row| fold(&a.name).cmp(&fold(&b.name)).then_with(|| a.id.cmp(&b.id));
    sort_by(&mut rows, |a, b| {
        let primary = match key {
            SortKey::Name => Ordering::Equal,
            SortKey::Acronym => empty_last(&a.acronym, &b.acronym),
            SortKey::Type => empty_last(&a.type_name, &b.type_name),
            SortKey::Topics => a.topics.len().cmp(&b.topics.len()),
        };
        let o = primary.then_with(|| by_name(a, b));
        if desc {
            o.reverse()
        } else {
            o
        }
    });
    rows
}

fn empty_last(a: &str, b: &str) -> Ordering {
    match (a.is_empty(), b.is_empty()) {
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        _ => fold(a).cmp(&fold(b)),
    }
}

/// The links of organisation `o` grouped by topic category, in category order (uncategorised
/// last), topics by name within a group: `(category index, link indices)`.
pub fn org_links_by_category(ds: &Dataset, o: usize, lang: &str) -> Vec<(Option<usize>, Vec<usize>)> {
    let cats = ds.categories.as_deref().unwrap_or(&[]);
    let org = &ds.organisations[o];
    let mut groups: Vec<KeyedGroup> = Vec::new();
    for (i, l) in ds.links.iter().enumerate().filter(|(_, l)| l.org == org.id) {
        let topic = topic_index(ds, l.topic.as_str());
        let cat = topic.and_then(|t| ds.topics[t].category.as_ref()).and_then(|c| cats.iter().position(|x| x.id == *c));
        let key = topic.map(|t| fold(ds.topics[t].name.get(lang))).unwrap_or_default();
        match groups.iter_mut().find(|g| g.0 == cat) {
            Some(g) => g.1.push((key, i)),
            None => groups.push((cat, vec![(key, i)])),
        }
    }
    sorted_groups(groups)
}

/// A panel group being built: its index (category or type, if any) and its links (index into
/// `links`) with their sort keys.
type KeyedGroup = (Option<usize>, Vec<(String, usize)>);

/// Groups in the order of their index (none last), each group's links by their key (a stable
/// sort: equal keys keep the file's order).
fn sorted_groups(mut groups: Vec<KeyedGroup>) -> Vec<(Option<usize>, Vec<usize>)> {
    sort_by_key(&mut groups, |g| g.0.unwrap_or(usize::MAX));
    groups
        .into_iter()
        .map(|(g, mut links)| {
            sort_by(&mut links, |a, b| a.0.cmp(&b.0));
            (g, links.into_iter().map(|(_, i)| i).collect())
        })
        .collect()
}

/// The links of topic `t` grouped by organisation type, in type order (untyped last),
/// organisations by name within a group: `(type index, link indices)`.
pub fn topic_links_by_type(ds: &Dataset, t: usize, lang: &str) -> Vec<(Option<usize>, Vec<usize>)> {
    let types = ds.org_types.as_deref().unwrap_or(&[]);
    let topic = &ds.topics[t];
    let links: Vec<usize> = (0..ds.links.len()).filter(|&i| ds.links[i].topic == topic.id).collect();
    // Each linked organisation looked up once (a hub of a large dataset has thousands).
    let index: FxHashMap<&str, usize> = if links.len() > 8 {
        ds.organisations.iter().enumerate().map(|(o, org)| (org.id.as_str(), o)).collect()
    } else {
        FxHashMap::default()
    };
    let org_of = |id: &str| match index.is_empty() {
        true => ds.organisations.iter().position(|o| o.id.as_str() == id),
        false => index.get(id).copied(),
    };
    let mut groups: Vec<KeyedGroup> = Vec::new();
    for i in links {
        let org = org_of(ds.links[i].org.as_str());
        let ty =
            org.and_then(|o| ds.organisations[o].org_type.as_ref()).and_then(|c| types.iter().position(|x| x.id == *c));
        let key = org.map(|o| fold(ds.organisations[o].name.get(lang))).unwrap_or_default();
        match groups.iter_mut().find(|g| g.0 == ty) {
            Some(g) => g.1.push((key, i)),
            None => groups.push((ty, vec![(key, i)])),
        }
    }
    sorted_groups(groups)
}
