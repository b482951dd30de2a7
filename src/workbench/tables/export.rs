//! A dataset laid out as tables (`datamap-check export-csv`): each record's fields in its table's
//! columns, a localised text in one column per language of the file.

use crate::model::{Dataset, Tour};
use crate::workbench::fields::{self, Fields};

use super::{Spec, Table, CATEGORIES, LINKS, META, META_FIELDS, ORGANISATIONS, ORG_TYPES, POSITIONS, SOURCES};
use super::{STEPS, STEP_SOURCES, TOPICS, TOURS, VIEWS};

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
    if let Some(v) = &ds.views {
        records.push((VIEWS, v.iter().map(fields::view).collect()));
    }
    if let Some(t) = &ds.tours {
        records.extend(tour_records(t));
    }
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

/// The key fields of a child record: its parent's key and its position (from 1).
fn key(pairs: &[(&str, &str)], position: usize) -> Fields {
    let mut f = Fields::default();
    for (k, v) in pairs {
        f.text(k, Some(v));
    }
    f.pairs.push(("position".into(), position.to_string()));
    f
}

/// One record per source: the link's org and topic, the source's position, then its fields.
fn source_records(ds: &Dataset) -> Vec<Fields> {
    let mut out = Vec::new();
    for l in &ds.links {
        for (i, s) in l.sources.iter().enumerate() {
            out.push(fields::with_parent(
                key(&[("org", l.org.as_str()), ("topic", l.topic.as_str())], i + 1),
                fields::source(s),
            ));
        }
    }
    out
}

/// The records of `tours.csv`, `steps.csv` and `step_sources.csv`.
fn tour_records(tours: &[Tour]) -> [(Spec, Vec<Fields>); 3] {
    let (mut steps, mut sources) = (Vec::new(), Vec::new());
    for t in tours {
        for (i, step) in t.steps.iter().enumerate() {
            steps.push(fields::with_parent(key(&[("tour", t.id.as_str())], i + 1), fields::step(step)));
            let at = (i + 1).to_string();
            for (j, s) in step.sources.iter().enumerate() {
                let k = key(&[("tour", t.id.as_str()), ("step", &at)], j + 1);
                sources.push(fields::with_parent(k, fields::source(s)));
            }
        }
    }
    [(TOURS, tours.iter().map(fields::tour).collect()), (STEPS, steps), (STEP_SOURCES, sources)]
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
