//! The curators' checker as a library: reports on dataset files in the text and JSON forms that
//! `datamap-check` prints (`FILE:LINE:COLUMN: error: PATH: message (fix: ...)`), with the
//! validation's diagnostics and the freshness warnings ([`crate::freshness`]).

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::load::load_with;
use crate::stats::Counts;

/// What the checker found in one file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileReport {
    /// The file name as given.
    pub file: String,
    /// `valid`, `invalid` or `unreadable`.
    pub status: Status,
    /// Why the file could not be read, when it could not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_error: Option<String>,
    /// Errors and warnings, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// What a valid file holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts: Option<Counts>,
}

/// The verdict on one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// No errors (there may be warnings).
    Valid,
    /// At least one error.
    Invalid,
    /// The file could not be read at all.
    Unreadable,
}

impl Status {
    /// The process exit code: 0 valid, 1 invalid, 2 unreadable.
    pub fn exit_code(self) -> i32 {
        match self {
            Status::Valid => 0,
            Status::Invalid => 1,
            Status::Unreadable => 2,
        }
    }
}

/// Checks the contents of one file (or the error met reading it).
pub fn check(file: &str, contents: std::io::Result<Vec<u8>>) -> FileReport {
    let bytes = match contents {
        Ok(b) => b,
        Err(e) => {
            return FileReport {
                file: file.to_owned(),
                status: Status::Unreadable,
                read_error: Some(e.to_string()),
                diagnostics: vec![],
                counts: None,
            }
        }
    };
    match load_with(&bytes, crate::freshness::warnings) {
        Ok(loaded) => FileReport {
            file: file.to_owned(),
            status: Status::Valid,
            read_error: None,
            diagnostics: [loaded.warnings, french_lint(&bytes)].concat(),
            counts: Some(Counts::of(&loaded.dataset)),
        },
        Err(invalid) => FileReport {
            file: file.to_owned(),
            status: Status::Invalid,
            read_error: None,
            diagnostics: invalid.diagnostics,
            counts: None,
        },
    }
}

/// The French typography lint of a valid file's text ([`crate::typography::lint`]).
fn french_lint(bytes: &[u8]) -> Vec<Diagnostic> {
    let text = std::str::from_utf8(bytes).unwrap_or_default();
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(root) => crate::typography::lint(text, &root),
        Err(_) => Vec::new(),
    }
}

impl FileReport {
    /// The report as lines of text: one per diagnostic, then a summary line.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        if let Some(e) = &self.read_error {
            out.push_str(&format!("{}: error: cannot read the file: {e}\n", self.file));
            return out;
        }
        for d in &self.diagnostics {
            out.push_str(&format!("{}:{d}\n", self.file));
        }
        let errors = self.diagnostics.iter().filter(|d| d.is_error()).count();
        let warnings = self.diagnostics.len() - errors;
        let kinds = self.warning_kinds();
        match &self.counts {
            Some(c) => out.push_str(&format!(
                "{}: valid: {} organisations, {} topics in {} categories, {} links ({} with two or more sources, {} verified), {} distinct sources, {} views, {} tours; {warnings} warning(s){kinds}\n",
                self.file, c.organisations, c.topics, c.categories, c.links, c.links_with_two_sources, c.links_verified,
                c.distinct_sources, c.views, c.tours
            )),
            None => out.push_str(&format!("{}: invalid: {errors} error(s), {warnings} warning(s){kinds}\n", self.file)),
        }
        out
    }

    /// The warnings counted by kind, ` (146 unverified, 2 stale)`, kinds in alphabetical order;
    /// empty without warnings.
    fn warning_kinds(&self) -> String {
        let mut kinds: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        for d in self.diagnostics.iter().filter(|d| !d.is_error()) {
            *kinds.entry(d.code.unwrap_or("other")).or_default() += 1;
        }
        if kinds.is_empty() {
            return String::new();
        }
        let parts: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} {k}")).collect();
        format!(" ({})", parts.join(", "))
    }
}
