//! The spreadsheet form of a dataset: one table per list of the format, each a CSV file with a
//! header row, and the columns each table has ([`Spec`]). [`export`] lays a dataset out as
//! tables; `import` reads them back.

use crate::model::Dataset;

use super::fields::{self, Fields};

/// What a column holds, which decides how a cell is read back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A text or an id.
    Text,
    /// A localised text: a `name` column for a plain string and `name.LANG` columns.
    Loc,
    /// A localised text that every record has (a name, a title): a table needs one of its columns.
    Name,
    /// A decimal number.
    Number,
    /// A whole number, from 1 (positions in a list).
    Position,
}

impl Kind {
    /// Whether the column is a localised text.
    pub fn is_loc(self) -> bool {
        matches!(self, Kind::Loc | Kind::Name)
    }
}

/// The columns of one table.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// The CSV file's name.
    pub file: &'static str,
    /// Each column's name and kind, in order.
    pub columns: &'static [(&'static str, Kind)],
}

impl Spec {
    /// The kind of the column named `name` (`name.en` is a [`Kind::Loc`] column when `name` is).
    pub fn kind_of(&self, name: &str) -> Option<Kind> {
        self.columns.iter().find(|(c, _)| *c == name).map(|&(_, k)| k).or_else(|| {
            let (field, _) = name.rsplit_once('.')?;
            self.columns.iter().find(|&&(c, k)| c == field && k.is_loc()).map(|&(_, k)| k)
        })
    }
}

use Kind::{Loc, Name, Number, Position, Text};

/// `meta.csv`: one row per field of the file's top level and of `meta` (`field,value`).
pub const META: Spec = Spec { file: "meta.csv", columns: &[("field", Text), ("value", Text)] };
/// The fields of `meta` as rows of `meta.csv`.
pub const META_FIELDS: Spec = Spec {
    file: "meta.csv",
    columns: &[("meta.title", Loc), ("meta.description", Loc), ("meta.updated", Text), ("meta.license", Text)],
};
/// `categories.csv`.
pub const CATEGORIES: Spec = Spec { file: "categories.csv", columns: &[("id", Text), ("name", Name), ("color", Text)] };
/// `org_types.csv`.
pub const ORG_TYPES: Spec = Spec { file: "org_types.csv", columns: &[("id", Text), ("name", Name), ("color", Text)] };
/// `topics.csv`.
pub const TOPICS: Spec =
    Spec { file: "topics.csv", columns: &[("id", Text), ("category", Text), ("name", Name), ("summary", Loc)] };
/// `organisations.csv`.
pub const ORGANISATIONS: Spec = Spec {
    file: "organisations.csv",
    columns: &[
        ("id", Text),
        ("type", Text),
        ("name", Name),
        ("acronym", Loc),
        ("summary", Loc),
        ("website", Text),
        ("address", Text),
        ("location.lat", Number),
        ("location.lon", Number),
    ],
};
/// `links.csv`: one row per link, in file order.
pub const LINKS: Spec = Spec { file: "links.csv", columns: &[("org", Text), ("topic", Text), ("summary", Loc)] };
/// `sources.csv`: one row per source of a link, keyed by the link's org and topic and the
/// source's position among the link's sources (from 1).
pub const SOURCES: Spec = Spec {
    file: "sources.csv",
    columns: &[("org", Text), ("topic", Text), ("position", Position), ("title", Loc), ("url", Text), ("date", Text)],
};
/// `positions.csv`: the baked layout coordinates, by node id.
pub const POSITIONS: Spec = Spec { file: "positions.csv", columns: &[("id", Text), ("x", Number), ("y", Number)] };

/// Every table, in the order they are written and read.
pub const ALL: [Spec; 8] = [META, CATEGORIES, ORG_TYPES, TOPICS, ORGANISATIONS, LINKS, SOURCES, POSITIONS];

/// One table: its spec, its header and its rows of cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The CSV file's name.
    pub file: &'static str,
    /// The header row.
    pub header: Vec<String>,
    /// The rows, each as long as the header.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The table as CSV text.
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        super::csv::write_record(&mut out, self.header.iter().map(String::as_str));
        for row in &self.rows {
            super::csv::write_record(&mut out, row.iter().map(String::as_str));
        }
        out
    }
}

/// A dataset as tables (a table for an absent optional list is left out), with the fields that
/// have no cell form (see [`Fields::lossy`]), as `FILE: KEY: FIELD`.
pub fn export(ds: &Dataset) -> (Vec<Table>, Vec<String>) {
    let mut records: Vec<(Spec, Vec<Fields>)> = Vec::new();
    if let Some(c) = &ds.categories {
        records.push((CATEGORIES, c.iter().map(fields::category).collect()));
    }
    if let Some(t) = &ds.org_types {
        records.push((ORG_TYPES, t.iter().map(fields::org_type).collect()));
    }
    records.push((TOPICS, ds.topics.iter().map(fields::topic).collect()));
    records.push((ORGANISATIONS, ds.organisations.iter().map(fields::organisation).collect()));
    records.push((LINKS, ds.links.iter().map(fields::link).collect()));
    records.push((SOURCES, source_records(ds)));
    let positions = ds.positions.iter().map(|(id, [x, y])| {
        let mut f = Fields::default();
        f.text("id", Some(id)).num("x", Some(*x)).num("y", Some(*y));
        f
    });
    records.push((POSITIONS, positions.collect()));
    let meta = fields::meta(ds);
    let langs = languages(records.iter().flat_map(|(_, r)| r).chain([&meta]));
    let mut lossy = Vec::new();
    let mut tables = vec![meta_table(&meta, ds.meta.is_some(), &langs)];
    lossy.extend(meta.lossy.iter().map(|f| format!("{}: {f}", META.file)));
    for (spec, recs) in &records {
        for (i, r) in recs.iter().enumerate() {
            lossy.extend(r.lossy.iter().map(|f| format!("{}: row {}: {f}", spec.file, i + 2)));
        }
        tables.push(table(spec, recs, &langs));
    }
    (tables, lossy)
}

/// One record per source: the link's org and topic, the source's position, then its fields.
fn source_records(ds: &Dataset) -> Vec<Fields> {
    let mut out = Vec::new();
    for l in &ds.links {
        for (i, s) in l.sources.iter().enumerate() {
            let mut f = Fields::default();
            f.text("org", Some(l.org.as_str())).text("topic", Some(l.topic.as_str()));
            f.pairs.push(("position".into(), (i + 1).to_string()));
            let own = fields::source(s);
            f.pairs.extend(own.pairs);
            f.lossy.extend(own.lossy);
            f.langs.extend(own.langs);
            out.push(f);
        }
    }
    out
}

/// Every language tag of the records' localised texts: `en` and `fr` first, then the others in
/// alphabetical order.
fn languages<'a>(records: impl Iterator<Item = &'a Fields>) -> Vec<String> {
    let mut langs: Vec<String> = Vec::new();
    for lang in records.flat_map(|r| &r.langs) {
        if !langs.contains(lang) {
            langs.push(lang.clone());
        }
    }
    let rank = |l: &str| crate::validate::EXPECTED_LANGS.iter().position(|e| *e == l).unwrap_or(usize::MAX);
    langs.sort_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| a.cmp(b)));
    langs
}

/// The header of a table: a Loc column becomes `name` (only when a record has a plain string
/// there) and `name.LANG` for every language.
fn header(spec: &Spec, records: &[Fields], langs: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for &(name, kind) in spec.columns {
        if kind.is_loc() {
            if records.iter().any(|r| r.get(name).is_some()) {
                out.push(name.to_owned());
            }
            out.extend(langs.iter().map(|l| format!("{name}.{l}")));
        } else {
            out.push(name.to_owned());
        }
    }
    out
}

fn table(spec: &Spec, records: &[Fields], langs: &[String]) -> Table {
    let header = header(spec, records, langs);
    let rows =
        records.iter().map(|r| header.iter().map(|h| r.get(h).unwrap_or_default().to_owned()).collect()).collect();
    Table { file: spec.file, header, rows }
}

/// `meta.csv`: `$schema` and `version`, then, when the file has `meta`, a row for each of its
/// fields (empty where absent; a `meta.` row is what makes `meta` present).
fn meta_table(meta: &Fields, has_meta: bool, langs: &[String]) -> Table {
    let mut names: Vec<String> = vec!["$schema".into(), "version".into()];
    if has_meta {
        names.extend(header(&META_FIELDS, std::slice::from_ref(meta), langs));
    }
    let rows = names.iter().map(|n| vec![n.clone(), meta.get(n).unwrap_or_default().to_owned()]).collect();
    Table { file: META.file, header: vec!["field".into(), "value".into()], rows }
}
