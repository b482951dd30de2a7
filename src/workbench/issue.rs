//! One problem found in the spreadsheet files of a dataset: the file, the row and the column a
//! spreadsheet shows, what is wrong and how to fix it.

use std::fmt;

use serde::Serialize;

use crate::diagnostic::Severity;

/// A problem in a CSV file, placed as a spreadsheet shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// Error or warning.
    pub severity: Severity,
    /// A warning's code, as the checker gives it (`unverified`, `secondary-only`...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'static str>,
    /// The CSV file's name (`links.csv`), or `dataset` for a problem of the whole dataset.
    pub file: String,
    /// The row, from 1 (the header is row 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    /// The column: its letter and name, such as `B (topic)`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// What is wrong, in one line.
    pub message: String,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

impl Issue {
    /// An error in `file`, not yet placed at a row.
    pub fn error(file: &str, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Issue {
            severity: Severity::Error,
            code: None,
            file: file.to_owned(),
            row: None,
            column: None,
            message: message.into(),
            fix: Some(fix.into()),
        }
    }

    /// The same problem at a row.
    pub fn row(mut self, row: usize) -> Self {
        self.row = Some(row);
        self
    }

    /// The same problem at the column of `index` (from 0) named `name`.
    pub fn column(mut self, index: usize, name: &str) -> Self {
        self.column = Some(format!("{} ({name})", super::csv::column_letter(index)));
        self
    }

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Issue {
    /// `links.csv: row 5, column B (topic): error: message (fix: ...)`; a warning with a code is
    /// `warning[unverified]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        match (self.row, &self.column) {
            (Some(r), Some(c)) => write!(f, ": row {r}, column {c}")?,
            (Some(r), None) => write!(f, ": row {r}")?,
            (None, Some(c)) => write!(f, ": {c}")?,
            (None, None) => {}
        }
        write!(f, ": {}", self.severity)?;
        if let Some(code) = self.code {
            write!(f, "[{code}]")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(fix) = &self.fix {
            write!(f, " (fix: {fix})")?;
        }
        Ok(())
    }
}
