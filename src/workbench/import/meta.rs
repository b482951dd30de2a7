//! `meta.csv` read back: one `field,value` row per field of the file's top level (`$schema`,
//! `version`) and of `meta` (`meta.title.en`, `meta.updated`...). Any `meta.` row, even an empty
//! one, makes `meta` present.

use crate::model::{LangMap, Localized, Meta};
use crate::workbench::fields::from_cell;
use crate::workbench::issue::Issue;
use crate::workbench::tables::{META, META_FIELDS};

use super::build::Origin;
use super::cells::{both_filled, combine};
use super::sheet::Sheet;

/// The top level of a dataset, as `meta.csv` gives it.
#[derive(Debug, Clone, Default)]
pub struct Head {
    /// `$schema`.
    pub schema: Option<String>,
    /// `version` (0 when missing, which the checker refuses).
    pub version: u64,
    /// `meta`.
    pub meta: Option<Meta>,
}

/// The rows of `meta.csv` that hold a value: (field, value, row).
struct Values<'a> {
    sheet: &'a Sheet,
    values: Vec<(&'a str, &'a str, usize)>,
}

impl<'a> Values<'a> {
    fn get(&self, field: &str) -> Option<(&'a str, usize)> {
        self.values.iter().find(|(f, v, _)| *f == field && !v.is_empty()).map(|&(_, v, row)| (from_cell(v), row))
    }

    fn text(&self, field: &str) -> Option<String> {
        self.get(field).map(|(v, _)| v.to_owned())
    }

    fn loc(&self, field: &str, issues: &mut Vec<Issue>) -> Option<Localized> {
        let mut langs = LangMap::default();
        for &(f, v, _) in &self.values {
            if let Some(lang) = f.strip_prefix(field).and_then(|r| r.strip_prefix('.')).filter(|_| !v.is_empty()) {
                langs.insert(lang, from_cell(v).to_owned());
            }
        }
        let (text, both) = combine(self.text(field), langs);
        if let (true, Some((_, row))) = (both, self.get(field)) {
            let (message, fix) = both_filled(field);
            issues.push(Issue::error(self.sheet.file, message, fix).row(row).column(1, "value"));
        }
        text
    }
}

/// Reads `meta.csv`; problems go to `issues`, and each row's origin to `origins`.
pub fn read(sheet: Option<&Sheet>, issues: &mut Vec<Issue>, origins: &mut Vec<Origin>) -> Head {
    let Some(sheet) = sheet else { return Head::default() };
    let mut values = Values { sheet, values: Vec::new() };
    for r in &sheet.rows {
        let (field, value) = (r.cells[0].as_str(), r.cells[1].as_str());
        let known = matches!(field, "$schema" | "version") || META_FIELDS.kind_of(field).is_some();
        if !known {
            let message = format!("{} has no field {field:?}", META.file);
            let fix =
                "the fields are $schema, version, meta.title.LANG, meta.description.LANG, meta.updated, meta.version, meta.license, meta.creator.LANG, meta.method.LANG, meta.contact";
            issues.push(Issue::error(sheet.file, message, fix).row(r.row).column(0, "field"));
        } else if values.values.iter().any(|(f, _, _)| *f == field) {
            let fix = "keep one row per field";
            issues.push(
                Issue::error(sheet.file, format!("the field {field} is given twice"), fix)
                    .row(r.row)
                    .column(0, "field"),
            );
        } else {
            values.values.push((field, value, r.row));
            origins.push(Origin { path: field.to_owned(), file: sheet.file, row: r.row, column: Some((1, "value")) });
        }
    }
    let version = match values.get("version") {
        None => {
            let fix = "add the row: version,1";
            issues.push(Issue::error(sheet.file, "the format version is missing", fix));
            0
        }
        Some((v, row)) => v.trim().parse::<u64>().unwrap_or_else(|_| {
            let fix = "write the format version as a whole number: 1";
            issues.push(
                Issue::error(sheet.file, format!("{v:?} is not a format version"), fix).row(row).column(1, "value"),
            );
            0
        }),
    };
    let has_meta = values.values.iter().any(|(f, _, _)| f.starts_with("meta."));
    let meta = has_meta.then(|| Meta {
        title: values.loc("meta.title", issues),
        description: values.loc("meta.description", issues),
        updated: values.text("meta.updated"),
        version: values.text("meta.version"),
        license: values.text("meta.license"),
        creator: values.loc("meta.creator", issues),
        method: values.loc("meta.method", issues),
        contact: values.text("meta.contact"),
    });
    Head { schema: values.text("$schema"), version, meta }
}
