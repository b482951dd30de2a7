//! What a previewed dataset changes from the published one, by node and by link: the nodes and
//! links added and removed, and those whose content differs. Nodes are matched by id, links by
//! their (organisation, topic) pair, in one walk through both datasets' lists sorted by key; so
//! every list comes out sorted, and the panel and the map are the same for the same two files.

use crate::model::{Dataset, Link, Localized};
use crate::sort::sort_by;

/// The differences between the published dataset and a previewed one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Changes {
    /// Nodes only in the preview, by id, sorted.
    pub added_nodes: Vec<String>,
    /// Nodes only in the published dataset, by id, sorted.
    pub removed_nodes: Vec<String>,
    /// Nodes in both whose name, summary, type or category differ (or that changed kind), by id,
    /// sorted.
    pub changed_nodes: Vec<String>,
    /// Links only in the preview, as (organisation, topic), sorted.
    pub added_links: Vec<(String, String)>,
    /// Links only in the published dataset, as (organisation, topic), sorted.
    pub removed_links: Vec<(String, String)>,
    /// Links in both whose summary, sources or date of verification differ, as (organisation,
    /// topic), sorted.
    pub changed_links: Vec<(String, String)>,
    /// Whether the datasets' own versions (`meta.version`) differ.
    pub version: bool,
}

impl Changes {
    /// Whether the preview is worth comparing: a node or a link was added, removed or changed, or
    /// the dataset's version is another.
    pub fn differ(&self) -> bool {
        self.version || !self.is_empty()
    }

    /// Whether no node or link was added, removed or changed.
    pub fn is_empty(&self) -> bool {
        self.added_nodes.is_empty()
            && self.removed_nodes.is_empty()
            && self.changed_nodes.is_empty()
            && self.added_links.is_empty()
            && self.removed_links.is_empty()
            && self.changed_links.is_empty()
    }

    /// The nodes the map marks: those added and both ends of every link added, by id, sorted.
    pub fn marked(&self) -> Vec<String> {
        let ends = self.added_links.iter().flat_map(|(o, t)| [o.clone(), t.clone()]);
        let mut ids: Vec<String> = self.added_nodes.iter().cloned().chain(ends).collect();
        sort_by(&mut ids, |a, b| a.cmp(b));
        ids.dedup();
        ids
    }
}

/// A node's content as compared: kind (organisation or not), name, summary, and type or category.
type Node<'a> = (bool, &'a Localized, Option<&'a Localized>, Option<&'a str>);

/// Every node of `ds` with its id, sorted by id.
fn nodes(ds: &Dataset) -> Vec<(&str, Node<'_>)> {
    let topics = ds.topics.iter().map(|t| (false, t.id.as_str(), &t.name, &t.summary, &t.category));
    let orgs = ds.organisations.iter().map(|o| (true, o.id.as_str(), &o.name, &o.summary, &o.org_type));
    let mut all: Vec<(&str, Node)> = topics
        .chain(orgs)
        .map(|(org, id, name, summary, group)| (id, (org, name, summary.as_ref(), group.as_ref().map(|g| g.as_str()))))
        .collect();
    sort_by(&mut all, |a, b| a.0.cmp(b.0));
    all
}

/// Every link of `ds` by (organisation, topic), sorted.
fn links(ds: &Dataset) -> Vec<((&str, &str), &Link)> {
    let mut all: Vec<((&str, &str), &Link)> =
        ds.links.iter().map(|l| ((l.org.as_str(), l.topic.as_str()), l)).collect();
    sort_by(&mut all, |a, b| a.0.cmp(&b.0));
    all
}

/// The keys only in `new` (added), only in `old` (removed), and in both with other values
/// (changed), each list in key order: one walk through both lists, sorted by key.
fn compare<K: Ord + Copy, V: PartialEq>(old: &[(K, V)], new: &[(K, V)]) -> [Vec<K>; 3] {
    let [mut added, mut removed, mut changed] = [Vec::new(), Vec::new(), Vec::new()];
    let (mut i, mut j) = (0, 0);
    loop {
        match (old.get(i), new.get(j)) {
            (Some(o), Some(n)) if o.0 == n.0 => {
                if o.1 != n.1 {
                    changed.push(n.0);
                }
                (i, j) = (i + 1, j + 1);
            }
            (Some(o), Some(n)) if o.0 > n.0 => {
                added.push(n.0);
                j += 1;
            }
            (None, Some(n)) => {
                added.push(n.0);
                j += 1;
            }
            (Some(o), _) => {
                removed.push(o.0);
                i += 1;
            }
            (None, None) => return [added, removed, changed],
        }
    }
}

/// What `preview` changes from `published`.
pub fn changes(published: &Dataset, preview: &Dataset) -> Changes {
    let ids = |list: Vec<&str>| list.into_iter().map(str::to_owned).collect();
    let [added, removed, changed] = compare(&nodes(published), &nodes(preview)).map(ids);
    let pairs = |list: Vec<(&str, &str)>| list.into_iter().map(|(o, t)| (o.to_owned(), t.to_owned())).collect();
    let [added_links, removed_links, changed_links] = compare(&links(published), &links(preview)).map(pairs);
    Changes {
        added_nodes: added,
        removed_nodes: removed,
        changed_nodes: changed,
        added_links,
        removed_links,
        changed_links,
        version: published.meta.as_ref().map(|m| &m.version) != preview.meta.as_ref().map(|m| &m.version),
    }
}

/// The name of node `id` of `ds` in `lang`, if it is there.
pub fn node_name<'a>(ds: &'a Dataset, id: &str, lang: &str) -> Option<&'a str> {
    let topic = ds.topics.iter().find(|t| t.id.as_str() == id).map(|t| &t.name);
    topic.or_else(|| ds.organisations.iter().find(|o| o.id.as_str() == id).map(|o| &o.name)).map(|n| n.get(lang))
}
