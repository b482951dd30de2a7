//! The checker's findings on a dataset built from sheets, placed back at the file, row and
//! column they came from: the record is the nearest [`Origin`] up the finding's JSON path, and
//! the column is what is left of the path (`links[3].topic` is the `topic` cell of the link's
//! row).

use rustc_hash::FxHashMap;

use crate::diagnostic::Diagnostic;
use crate::workbench::issue::Issue;

use super::build::{Origin, Sheets};

/// Finds the origin of JSON paths.
pub struct Places<'a> {
    by_path: FxHashMap<&'a str, &'a Origin>,
    origins: &'a [Origin],
    sheets: &'a Sheets,
}

/// The path one step up: `links[3].sources[0]` for `links[3].sources[0].url`, `links[3]` for
/// `links[3].sources`.
fn parent(path: &str) -> Option<&str> {
    path.rfind(['.', '[']).map(|i| &path[..i])
}

impl<'a> Places<'a> {
    /// An index of `origins`.
    pub fn new(origins: &'a [Origin], sheets: &'a Sheets) -> Self {
        let by_path = origins.iter().map(|o| (o.path.as_str(), o)).collect();
        Places { by_path, origins, sheets }
    }

    /// The origin of `path`: its own, a parent's, or the first one inside it (`meta.title` is the
    /// `meta.title.en` row).
    fn origin(&self, path: &str) -> Option<&'a Origin> {
        let mut p = Some(path);
        while let Some(q) = p {
            if let Some(o) = self.by_path.get(q) {
                return Some(o);
            }
            p = parent(q);
        }
        self.origins.iter().find(|o| o.path.strip_prefix(path).is_some_and(|rest| rest.starts_with(['.', '['])))
    }

    /// The finding as an issue of a sheet (or of the whole dataset, when no row gave rise to it).
    pub fn place(&self, d: &Diagnostic) -> Issue {
        let mut issue = Issue {
            severity: d.severity,
            code: d.code,
            file: "dataset".into(),
            row: None,
            column: Some(d.shown_path().to_owned()),
            message: d.message.clone(),
            fix: d.fix.clone(),
        };
        let Some(origin) = self.origin(&d.path) else { return issue };
        issue.file = origin.file.to_owned();
        issue.row = Some(origin.row);
        issue.column = None;
        if let Some((i, name)) = origin.column {
            return issue.column(i, name);
        }
        let rest = d.path.strip_prefix(origin.path.as_str()).unwrap_or_default().trim_start_matches('.');
        let field: String = rest.split('[').next().unwrap_or_default().to_owned();
        let header = self.sheets.0.get(origin.file).map(|s| s.header.as_slice()).unwrap_or_default();
        let column = header.iter().position(|h| *h == field).or_else(|| {
            (!field.is_empty()).then(|| {
                header.iter().position(|h| h.strip_prefix(field.as_str()).is_some_and(|r| r.starts_with('.')))
            })?
        });
        match column {
            Some(i) => issue.column(i, &header[i]),
            None => issue,
        }
    }
}
