//! Records as ordered fields: each value of a record of the dataset as a (field, text) pair, in
//! the order of the format. The CSV export writes them as cells and `diff` compares them.
//!
//! The conventions (`docs/checker.md`, "Spreadsheet files"):
//! - a localised text is `name.en`, `name.fr`... one field per language, or `name` alone for a
//!   plain string, which stands for every language;
//! - an absent value has no field (an empty cell); a present but empty text is `""`, and a text
//!   made only of double quotes gets two more, so every text comes back as it was;
//! - numbers are written as the dataset file writes them; id lists are ids separated by spaces,
//!   `[]` for an empty list.

use crate::model::{
    Category, Dataset, Id, Link, Localized, OrgType, Organisation, Show, Source, SourceKind, Step, Topic, Tour, View,
};

/// The fields of one record, in format order; absent values have none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields {
    /// (field, value) pairs.
    pub pairs: Vec<(String, String)>,
    /// Fields whose value has no cell form: a text object without any language (`{}`), which
    /// reads back as absent.
    pub lossy: Vec<String>,
    /// The language tags of its localised texts.
    pub langs: Vec<String>,
}

/// A text as a cell: itself, except that an empty text or one made only of double quotes gets two
/// more double quotes (an empty cell means "absent").
///
/// ```
/// use datamap::workbench::fields::{from_cell, to_cell};
/// assert_eq!((to_cell("WHO"), to_cell(""), to_cell("\"")), ("WHO".into(), "\"\"".into(), "\"\"\"".into()));
/// for t in ["", "\"", "\"\"", "a\"\""] {
///     assert_eq!(from_cell(&to_cell(t)), t);
/// }
/// ```
pub fn to_cell(text: &str) -> String {
    if text.bytes().all(|b| b == b'"') {
        format!("\"\"{text}")
    } else {
        text.to_owned()
    }
}

/// The text a non-empty cell holds (see [`to_cell`]).
pub fn from_cell(cell: &str) -> &str {
    if cell.len() >= 2 && cell.bytes().all(|b| b == b'"') {
        &cell[2..]
    } else {
        cell
    }
}

/// A number as the dataset file writes it.
pub fn number(v: f64) -> String {
    serde_json::to_string(&v).unwrap_or_default()
}

impl Fields {
    /// The value of `field`, if the record has one.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.pairs.iter().find(|(k, _)| k == field).map(|(_, v)| v.as_str())
    }

    /// A text, when present.
    pub fn text(&mut self, field: &str, value: Option<&str>) -> &mut Self {
        if let Some(v) = value {
            self.pairs.push((field.to_owned(), to_cell(v)));
        }
        self
    }

    /// A localised text: `field` for a plain string, `field.LANG` for each language.
    pub fn loc(&mut self, field: &str, value: Option<&Localized>) -> &mut Self {
        match value {
            None => {}
            Some(Localized::Plain(s)) => self.pairs.push((field.to_owned(), to_cell(s))),
            Some(Localized::ByLang(map)) if map.is_empty() => self.lossy.push(field.to_owned()),
            Some(Localized::ByLang(map)) => {
                for (lang, s) in map.iter() {
                    self.pairs.push((format!("{field}.{lang}"), to_cell(s)));
                    if !self.langs.iter().any(|l| l == lang) {
                        self.langs.push(lang.to_owned());
                    }
                }
            }
        }
        self
    }

    /// A number.
    pub fn num(&mut self, field: &str, value: Option<f64>) -> &mut Self {
        if let Some(v) = value {
            self.pairs.push((field.to_owned(), number(v)));
        }
        self
    }

    /// A list of ids, separated by spaces (`[]` when empty).
    pub fn ids(&mut self, field: &str, value: Option<&[Id]>) -> &mut Self {
        if let Some(ids) = value {
            let joined =
                if ids.is_empty() { "[]".to_owned() } else { ids.iter().map(Id::as_str).collect::<Vec<_>>().join(" ") };
            self.pairs.push((field.to_owned(), joined));
        }
        self
    }

    pub(crate) fn done(&mut self) -> Fields {
        std::mem::take(self)
    }
}

/// `$schema`, `version` and the `meta.*` fields of a dataset.
pub fn meta(ds: &Dataset) -> Fields {
    let mut f = Fields::default();
    f.text("$schema", ds.schema.as_deref()).text("version", Some(&ds.version.to_string()));
    if let Some(m) = &ds.meta {
        f.loc("meta.title", m.title.as_ref())
            .loc("meta.description", m.description.as_ref())
            .text("meta.updated", m.updated.as_deref())
            .text("meta.version", m.version.as_deref())
            .text("meta.license", m.license.as_deref())
            .loc("meta.creator", m.creator.as_ref())
            .loc("meta.method", m.method.as_ref())
            .text("meta.contact", m.contact.as_deref());
    }
    f.done()
}

/// A category's fields.
pub fn category(c: &Category) -> Fields {
    Fields::default()
        .text("id", Some(c.id.as_str()))
        .loc("name", Some(&c.name))
        .text("color", c.color.as_deref())
        .done()
}

/// An organisation type's fields.
pub fn org_type(t: &OrgType) -> Fields {
    Fields::default()
        .text("id", Some(t.id.as_str()))
        .loc("name", Some(&t.name))
        .text("color", t.color.as_deref())
        .done()
}

/// A topic's fields.
pub fn topic(t: &Topic) -> Fields {
    Fields::default()
        .text("id", Some(t.id.as_str()))
        .text("category", t.category.as_ref().map(Id::as_str))
        .loc("name", Some(&t.name))
        .loc("summary", t.summary.as_ref())
        .done()
}

/// An organisation's fields.
pub fn organisation(o: &Organisation) -> Fields {
    Fields::default()
        .text("id", Some(o.id.as_str()))
        .text("type", o.org_type.as_ref().map(Id::as_str))
        .loc("name", Some(&o.name))
        .loc("acronym", o.acronym.as_ref())
        .loc("summary", o.summary.as_ref())
        .text("website", o.website.as_deref())
        .text("address", o.address.as_deref())
        .num("location.lat", o.location.map(|l| l.lat))
        .num("location.lon", o.location.map(|l| l.lon))
        .done()
}

/// A link's own fields (its sources are records of their own).
pub fn link(l: &Link) -> Fields {
    Fields::default()
        .text("org", Some(l.org.as_str()))
        .text("topic", Some(l.topic.as_str()))
        .loc("summary", l.summary.as_ref())
        .text("verified", l.verified.as_deref())
        .done()
}

/// A source kind as the file writes it.
pub fn kind_name(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Primary => "primary",
        SourceKind::Secondary => "secondary",
    }
}

/// A source's fields.
pub fn source(s: &Source) -> Fields {
    Fields::default()
        .loc("title", s.title.as_ref())
        .text("url", Some(&s.url))
        .text("date", s.date.as_deref())
        .text("kind", s.kind.map(kind_name))
        .done()
}

/// What a view or a step shows: its filters, selection, depth and camera.
fn show(f: &mut Fields, show: &Show) -> Fields {
    let camera = show.camera;
    f.ids("types", show.types.as_deref())
        .ids("categories", show.categories.as_deref())
        .ids("ids", show.ids.as_deref())
        .text("select", show.select.as_ref().map(Id::as_str))
        .text("depth", show.depth.map(|d| d.to_string()).as_deref())
        .num("camera.x", camera.map(|c| c.x))
        .num("camera.y", camera.map(|c| c.y))
        .num("camera.z", camera.map(|c| c.z))
        .done()
}

/// A view's fields.
pub fn view(v: &View) -> Fields {
    let mut f = Fields::default();
    f.text("id", Some(v.id.as_str())).loc("name", Some(&v.name)).loc("description", v.description.as_ref());
    show(&mut f, &v.show)
}

/// A tour's own fields (its steps are records of their own).
pub fn tour(t: &Tour) -> Fields {
    Fields::default()
        .text("id", Some(t.id.as_str()))
        .loc("title", Some(&t.title))
        .loc("summary", t.summary.as_ref())
        .done()
}

/// A step's own fields (its sources are records of their own).
pub fn step(s: &Step) -> Fields {
    let mut f = Fields::default();
    f.loc("title", s.title.as_ref()).loc("text", Some(&s.text));
    show(&mut f, &s.show)
}

/// `child`'s fields after `parent`'s (the key fields of a table of children).
pub fn with_parent(mut parent: Fields, child: Fields) -> Fields {
    parent.pairs.extend(child.pairs);
    parent.lossy.extend(child.lossy);
    for lang in child.langs {
        if !parent.langs.contains(&lang) {
            parent.langs.push(lang);
        }
    }
    parent
}
