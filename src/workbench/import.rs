//! A dataset read back from its CSV files (`datamap-check import-csv`): each file checked as a
//! table, the dataset built, then checked by the checker's own rules (its freshness warnings
//! included), every problem placed at the file, row and column a spreadsheet shows, with a fix.

use std::collections::BTreeMap;

use crate::diagnostic::Severity;
use crate::model::Dataset;

use super::issue::Issue;
use super::tables::{self, Spec};

mod build;
mod cells;
mod lists;
mod meta;
mod places;
mod sheet;

pub use build::{Origin, Sheets};
pub use sheet::Sheet;

/// The tables a dataset cannot do without (the others are optional lists).
pub const REQUIRED: [Spec; 5] = [tables::META, tables::TOPICS, tables::ORGANISATIONS, tables::LINKS, tables::SOURCES];

/// A dataset read from CSV files.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The dataset.
    pub dataset: Dataset,
    /// The dataset file's text, as the checker writes it.
    pub text: String,
    /// Warnings worth a look (the checker's, placed in the sheets, and files not read).
    pub warnings: Vec<Issue>,
}

/// Reads a dataset from the contents of its CSV files, by file name. Every problem found is
/// returned when there is an error among them.
pub fn import(files: &BTreeMap<String, Vec<u8>>) -> Result<Imported, Vec<Issue>> {
    let mut issues = Vec::new();
    for spec in REQUIRED.iter().filter(|s| !files.contains_key(s.file)) {
        let fix = "export the dataset again with `datamap-check export-csv`, or add the file with its header row";
        issues.push(Issue::error(spec.file, format!("the file {} is missing", spec.file), fix));
    }
    let has = |s: &Spec| files.contains_key(s.file);
    for spec in [tables::STEPS, tables::STEP_SOURCES] {
        if has(&tables::TOURS) && !has(&spec) {
            let fix = "add the file with its header row (a tour needs its steps)";
            issues.push(Issue::error(spec.file, format!("the file {} is missing", spec.file), fix));
        } else if !has(&tables::TOURS) && has(&spec) {
            let message = format!("{} holds steps of tours, but tours.csv is missing", spec.file);
            issues.push(Issue::error(spec.file, message, "add tours.csv, or delete this file"));
        }
    }
    for name in files.keys().filter(|f| !tables::ALL.iter().any(|s| s.file == f.as_str())) {
        let mut issue = Issue::error(name, "this is not one of the dataset's tables; it is not read", "");
        issue.severity = Severity::Warning;
        issue.fix = Some(format!("the tables are {}", tables::ALL.map(|s| s.file).join(", ")));
        issues.push(issue);
    }
    let mut sheets = Sheets::default();
    for spec in &tables::ALL {
        if let Some(bytes) = files.get(spec.file) {
            if let Some(sheet) = Sheet::read(spec, bytes, &mut issues) {
                sheets.0.insert(spec.file, sheet);
            }
        }
    }
    if issues.iter().any(Issue::is_error) {
        return Err(issues);
    }
    let (dataset, origins) = build::build(&sheets, &mut issues);
    let text = match super::file_text(&dataset) {
        Ok(t) => t,
        Err(e) => {
            issues.push(Issue::error("dataset", format!("cannot write the dataset: {e}"), "report this as a bug"));
            return Err(issues);
        }
    };
    let places = places::Places::new(&origins, &sheets);
    match crate::load::load_with(text.as_bytes(), crate::freshness::warnings) {
        Ok(loaded) => issues.extend(loaded.warnings.iter().map(|d| places.place(d))),
        Err(invalid) => issues.extend(invalid.diagnostics.iter().map(|d| places.place(d))),
    }
    // In table order, then row order (the checker's findings come after the sheets' own).
    let table = |i: &Issue| tables::ALL.iter().position(|s| s.file == i.file).unwrap_or(tables::ALL.len());
    issues.sort_by_key(|i| (table(i), i.row));
    if issues.iter().any(Issue::is_error) {
        return Err(issues);
    }
    Ok(Imported { dataset, text, warnings: issues })
}
