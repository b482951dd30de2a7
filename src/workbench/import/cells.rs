//! The cells of one row read as values of the format: texts, ids, localised texts, numbers and
//! positions. An empty cell is an absent value; a cell that cannot be read is an [`Issue`] at its
//! row and column.

use crate::model::{Id, LangMap, Localized, SourceKind};
use crate::workbench::csv::Record;
use crate::workbench::fields::from_cell;
use crate::workbench::issue::Issue;

use super::sheet::Sheet;

/// A localised text from a plain text and texts by language, and whether both were given (the
/// plain text is kept).
pub fn combine(plain: Option<String>, langs: LangMap) -> (Option<Localized>, bool) {
    match plain {
        Some(p) => (Some(Localized::Plain(p)), !langs.is_empty()),
        None if langs.is_empty() => (None, false),
        None => (Some(Localized::ByLang(langs)), false),
    }
}

/// The message and fix for a localised text given both ways.
pub fn both_filled(name: &str) -> (String, String) {
    (
        format!("both {name} and {name}.LANG cells are filled"),
        format!("a text in {name} stands for every language: empty it, or empty the {name}.LANG cells"),
    )
}

/// One row of a sheet, read cell by cell; problems go to `issues`.
pub struct Cells<'a> {
    /// The sheet.
    pub sheet: &'a Sheet,
    /// The row.
    pub record: &'a Record,
    /// Where problems go.
    pub issues: &'a mut Vec<Issue>,
}

impl Cells<'_> {
    /// The cell of the column `name`, when the column is there and the cell is not empty.
    fn cell(&self, name: &str) -> Option<&str> {
        let i = self.sheet.column(name)?;
        self.record.cells.get(i).map(String::as_str).filter(|c| !c.is_empty())
    }

    /// An error at this row, in the column `name`.
    pub fn issue(&mut self, name: &str, message: impl Into<String>, fix: impl Into<String>) {
        let mut issue = Issue::error(self.sheet.file, message, fix).row(self.record.row);
        if let Some(i) = self.sheet.column(name) {
            issue = issue.column(i, name);
        }
        self.issues.push(issue);
    }

    /// A text, when the cell has one.
    pub fn text(&self, name: &str) -> Option<String> {
        self.cell(name).map(|c| from_cell(c).to_owned())
    }

    /// An id (empty when the cell is: the checker then says what is missing).
    pub fn id(&self, name: &str) -> Id {
        Id(self.text(name).unwrap_or_default())
    }

    /// An id, when the cell has one.
    pub fn opt_id(&self, name: &str) -> Option<Id> {
        self.text(name).map(Id)
    }

    /// A localised text from the column `name` (a plain string) or the columns `name.LANG`.
    pub fn loc(&mut self, name: &str) -> Option<Localized> {
        let plain = self.text(name);
        let mut langs = LangMap::default();
        for (i, h) in self.sheet.header.iter().enumerate() {
            let Some(lang) = h.strip_prefix(name).and_then(|rest| rest.strip_prefix('.')) else { continue };
            if let Some(c) = self.record.cells.get(i).filter(|c| !c.is_empty()) {
                langs.insert(lang, from_cell(c).to_owned());
            }
        }
        let (text, both) = combine(plain, langs);
        if both {
            let (message, fix) = both_filled(name);
            self.issue(name, message, fix);
        }
        text
    }

    /// A localised text every record has (empty when the cells are: the checker then says so).
    pub fn name(&mut self, name: &str) -> Localized {
        self.loc(name).unwrap_or(Localized::Plain(String::new()))
    }

    /// A decimal number, when the cell has one.
    pub fn number(&mut self, name: &str) -> Option<f64> {
        let cell = self.cell(name)?.trim().to_owned();
        match cell.parse::<f64>() {
            Ok(v) if v.is_finite() => Some(v),
            _ => {
                let fix = "write a number with a dot for decimals and no thousands separator, e.g. 46.2322";
                self.issue(name, format!("{cell:?} is not a number"), fix);
                None
            }
        }
    }

    /// A position in a list: a whole number from 1.
    pub fn position(&mut self, name: &str) -> Option<usize> {
        let Some(cell) = self.cell(name).map(str::to_owned) else {
            self.issue(name, "the position is empty", "number the items 1, 2, 3... in the order they are shown");
            return None;
        };
        match cell.trim().parse::<usize>() {
            Ok(n) if n >= 1 => Some(n),
            _ => {
                let fix = "number the items 1, 2, 3... in the order they are shown";
                self.issue(name, format!("{cell:?} is not a position (a whole number from 1)"), fix);
                None
            }
        }
    }

    /// A whole number (a depth), when the cell has one.
    pub fn integer(&mut self, name: &str) -> Option<u64> {
        let cell = self.cell(name)?.trim().to_owned();
        let value = cell.parse::<u64>().ok();
        if value.is_none() {
            self.issue(name, format!("{cell:?} is not a whole number"), "write a whole number such as 1 or 2");
        }
        value
    }

    /// A list of ids, separated by spaces or commas; `[]` is an empty list.
    pub fn ids(&self, name: &str) -> Option<Vec<Id>> {
        let cell = self.cell(name)?.trim();
        let ids = cell.split([' ', ',', '\n', '\r', '\t']).filter(|s| !s.is_empty() && *s != "[]");
        Some(ids.map(|s| Id(s.to_owned())).collect())
    }

    /// A source's kind: `primary` or `secondary`, when the cell has one.
    pub fn kind(&mut self, name: &str) -> Option<SourceKind> {
        match self.cell(name)?.trim() {
            "primary" => Some(SourceKind::Primary),
            "secondary" => Some(SourceKind::Secondary),
            other => {
                let message = format!("{other:?} is not a kind of source");
                self.issue(name, message, "write primary (the organisation's own or official word) or secondary");
                None
            }
        }
    }
}
