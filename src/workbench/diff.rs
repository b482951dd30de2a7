//! What changed between two versions of a dataset (`datamap-check diff`): the records added,
//! removed and changed in each list, by key (an id; `org/topic` for a link; the link and the URL
//! for a source), each change with its fields' old and new values, in a stable order (tables in
//! format order, keys in alphabetical order, fields in format order).

use serde::Serialize;

use crate::model::Dataset;

use super::fields::{self, from_cell, Fields};

mod render;

/// Whether a record was added, removed or changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Only in the new file.
    Added,
    /// Only in the old file.
    Removed,
    /// In both, with other values.
    Changed,
}

/// One field of a changed record: its old and new values (`None` when absent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// The field, as a CSV column names it (`name.fr`, `location.lat`).
    pub field: String,
    /// The old value.
    pub old: Option<String>,
    /// The new value.
    pub new: Option<String>,
}

/// One record added, removed or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The list: `meta`, `categories`, `org_types`, `topics`, `organisations`, `links`,
    /// `sources`, `views` or `tours` (a tour's steps and their sources are its fields).
    pub table: &'static str,
    /// The record's key (`meta` for the dataset's own fields).
    pub key: String,
    /// Added, removed or changed.
    pub kind: Kind,
    /// Its English name or title, when it has one (the new one, unless removed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The fields that differ, for a changed record.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldChange>,
}

/// Node ids whose baked position was added, removed or moved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Positions {
    /// Ids with a position only in the new file.
    pub added: Vec<String>,
    /// Ids with a position only in the old file.
    pub removed: Vec<String>,
    /// Ids whose position differs.
    pub moved: Vec<String>,
}

/// Every difference between two datasets.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Diff {
    /// The records added, removed and changed, table by table, by key.
    pub changes: Vec<Change>,
    /// The baked positions added, removed and moved.
    pub positions: Positions,
}

/// The records of one list, each under its key.
type Keyed = Vec<(String, Fields)>;

/// The records of each list of a dataset, by key.
fn lists(ds: &Dataset) -> Vec<(&'static str, Keyed)> {
    let by_id = |f: Fields| (f.get("id").unwrap_or_default().to_owned(), f);
    let mut out = vec![("meta", vec![("meta".to_owned(), fields::meta(ds))])];
    out.push(("categories", ds.categories.iter().flatten().map(|c| by_id(fields::category(c))).collect()));
    out.push(("org_types", ds.org_types.iter().flatten().map(|t| by_id(fields::org_type(t))).collect()));
    out.push(("topics", ds.topics.iter().map(|t| by_id(fields::topic(t))).collect()));
    out.push(("organisations", ds.organisations.iter().map(|o| by_id(fields::organisation(o))).collect()));
    out.push(("links", ds.links.iter().map(|l| (format!("{}/{}", l.org, l.topic), fields::link(l))).collect()));
    let mut sources = Vec::new();
    for l in &ds.links {
        for (i, s) in l.sources.iter().enumerate() {
            let mut f = fields::source(s);
            f.pairs.push(("position".into(), (i + 1).to_string()));
            sources.push((format!("{}/{} {}", l.org, l.topic, s.url), f));
        }
    }
    out.push(("sources", sources));
    out.push(("views", ds.views.iter().flatten().map(|v| by_id(fields::view(v))).collect()));
    out.push(("tours", ds.tours.iter().flatten().map(|t| (t.id.to_string(), tour(t))).collect()));
    out
}

/// A tour's fields, its steps' as `steps.N.FIELD` and their sources' as `steps.N.sources.M.FIELD`
/// (from 1, as in `steps.csv`).
fn tour(t: &crate::model::Tour) -> Fields {
    let mut f = fields::tour(t);
    let mut add = |prefix: String, own: Fields| {
        f.pairs.extend(own.pairs.into_iter().map(|(k, v)| (format!("{prefix}.{k}"), v)));
    };
    for (i, step) in t.steps.iter().enumerate() {
        add(format!("steps.{}", i + 1), fields::step(step));
        for (j, s) in step.sources.iter().enumerate() {
            add(format!("steps.{}.sources.{}", i + 1, j + 1), fields::source(s));
        }
    }
    f
}

/// Keys made unique (a second `x` becomes `x #2`, in file order), then sorted.
fn unique(mut records: Keyed) -> Keyed {
    records.sort_by(|a, b| a.0.cmp(&b.0));
    let keys: Vec<String> = records.iter().map(|r| r.0.clone()).collect();
    let mut n = 1;
    for i in 1..records.len() {
        n = if keys[i] == keys[i - 1] { n + 1 } else { 1 };
        if n > 1 {
            records[i].0 = format!("{} #{n}", keys[i]);
        }
    }
    records.sort_by(|a, b| a.0.cmp(&b.0));
    records
}

/// The English name or title of a record, when it has one.
fn name_of(f: &Fields) -> Option<String> {
    ["name.en", "name", "title.en", "title"].iter().find_map(|k| f.get(k)).map(|v| from_cell(v).to_owned())
}

/// The fields that differ between two versions of a record, old fields first.
fn field_changes(old: &Fields, new: &Fields) -> Vec<FieldChange> {
    let value = |f: &Fields, k: &str| f.get(k).map(|v| from_cell(v).to_owned());
    let mut names: Vec<&str> = old.pairs.iter().map(|(k, _)| k.as_str()).collect();
    names.extend(new.pairs.iter().map(|(k, _)| k.as_str()).filter(|k| old.get(k).is_none()));
    names
        .into_iter()
        .filter(|k| old.get(k) != new.get(k))
        .map(|k| FieldChange { field: k.to_owned(), old: value(old, k), new: value(new, k) })
        .collect()
}

/// Every difference between `old` and `new`.
pub fn diff(old: &Dataset, new: &Dataset) -> Diff {
    let mut changes = Vec::new();
    for ((table, old), (_, new)) in lists(old).into_iter().zip(lists(new)) {
        let (old, new) = (unique(old), unique(new));
        let (mut i, mut j) = (0, 0);
        while i < old.len() || j < new.len() {
            let order = match (old.get(i), new.get(j)) {
                (Some(a), Some(b)) => a.0.cmp(&b.0),
                (Some(_), None) => std::cmp::Ordering::Less,
                _ => std::cmp::Ordering::Greater,
            };
            let change = |key: &str, kind, name, fields| Change { table, key: key.to_owned(), kind, name, fields };
            match order {
                std::cmp::Ordering::Less => {
                    changes.push(change(&old[i].0, Kind::Removed, name_of(&old[i].1), vec![]));
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    changes.push(change(&new[j].0, Kind::Added, name_of(&new[j].1), vec![]));
                    j += 1;
                }
                std::cmp::Ordering::Equal => {
                    let fields = field_changes(&old[i].1, &new[j].1);
                    if !fields.is_empty() {
                        changes.push(change(&new[j].0, Kind::Changed, name_of(&new[j].1), fields));
                    }
                    (i, j) = (i + 1, j + 1);
                }
            }
        }
    }
    Diff { changes, positions: positions(old, new) }
}

fn positions(old: &Dataset, new: &Dataset) -> Positions {
    let mut p = Positions::default();
    for (id, at) in &old.positions {
        match new.positions.get(id) {
            None => p.removed.push(id.clone()),
            Some(b) if b != at => p.moved.push(id.clone()),
            Some(_) => {}
        }
    }
    p.added = new.positions.keys().filter(|id| !old.positions.contains_key(*id)).cloned().collect();
    p
}

#[cfg(test)]
mod tests;
