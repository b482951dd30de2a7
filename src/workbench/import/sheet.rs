//! One CSV file read against its table's [`Spec`]: the text decoded, the header checked (every
//! column known, none missing, none twice), every row as long as the header. Rows whose cells
//! are all empty (spreadsheets leave them) are skipped.

use crate::workbench::csv::{self, Record};
use crate::workbench::issue::Issue;
use crate::workbench::tables::{Kind, Spec};

/// A CSV file whose header and row lengths are right.
#[derive(Debug, Clone)]
pub struct Sheet {
    /// The file's name.
    pub file: &'static str,
    /// The header row.
    pub header: Vec<String>,
    /// The rows that hold something, in file order.
    pub rows: Vec<Record>,
}

/// How to save a spreadsheet as the CSV the import reads.
const SAVE_AS: &str = "save it as \"CSV UTF-8 (comma delimited)\" (Excel), or as \"Text CSV\" with the UTF-8 \
                       character set and a comma as field delimiter (LibreOffice)";

impl Sheet {
    /// Reads `bytes` as the table `spec`, or says in `issues` why it cannot.
    pub fn read(spec: &Spec, bytes: &[u8], issues: &mut Vec<Issue>) -> Option<Sheet> {
        let file = spec.file;
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let at = e.valid_up_to();
                let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                let byte = bytes.get(at).copied().unwrap_or_default();
                let message = format!("not UTF-8: byte 0x{byte:02X} on line {line} is not a character of UTF-8");
                issues.push(Issue::error(file, message, SAVE_AS));
                return None;
            }
        };
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        if let Some(sep) = csv::other_separator(body) {
            let name = if sep == ';' { "semicolons" } else { "tabs" };
            let message = format!("the columns are separated by {name}, not commas");
            issues.push(Issue::error(file, message, SAVE_AS).row(1));
            return None;
        }
        let mut records = match csv::read(body) {
            Ok(r) => r.into_iter(),
            Err(e) => {
                let mut issue = Issue::error(file, e.problem.to_string(), e.problem.fix()).row(e.row);
                // The header names the column, when it is itself well formed.
                let first = body.lines().next().map(csv::read);
                match first.and_then(Result::ok).and_then(|h| h.into_iter().next()).filter(|_| e.row > 1) {
                    Some(h) if e.column <= h.cells.len() => issue = issue.column(e.column - 1, &h.cells[e.column - 1]),
                    _ => issue.column = Some(csv::column_letter(e.column - 1)),
                }
                issues.push(issue);
                return None;
            }
        };
        let Some(header) = records.next() else {
            let fix = format!("the first row names the columns: {} (LANG: en, fr...)", names(spec));
            issues.push(Issue::error(file, "the file is empty", fix));
            return None;
        };
        let before = issues.len();
        check_header(spec, &header.cells, issues);
        let width = header.cells.len();
        let rows: Vec<Record> = records.filter(|r| r.cells.iter().any(|c| !c.is_empty())).collect();
        for r in &rows {
            if r.cells.len() != width {
                issues.push(row_length(file, &header.cells, r));
            }
        }
        (issues.len() == before).then_some(Sheet { file, header: header.cells, rows })
    }

    /// The index of the column named `name`.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }
}

/// The columns of `spec` (a localised text as `name.LANG`).
fn names(spec: &Spec) -> String {
    let name = |&(c, k): &(&str, Kind)| if k.is_loc() { format!("{c}.LANG") } else { c.to_owned() };
    spec.columns.iter().map(name).collect::<Vec<_>>().join(", ")
}

/// Every column known and there once, every column of `spec` there (a localised text needs one
/// of its columns only when it is a [`Kind::Name`]).
fn check_header(spec: &Spec, header: &[String], issues: &mut Vec<Issue>) {
    let file = spec.file;
    for (i, name) in header.iter().enumerate() {
        if header[..i].contains(name) {
            let fix = "delete one of the two columns";
            issues.push(Issue::error(file, format!("the column {name} appears twice"), fix).row(1).column(i, name));
            continue;
        }
        match spec.kind_of(name) {
            None => {
                let fix = format!("delete the column, or rename it to one of: {}", names(spec));
                issues.push(Issue::error(file, format!("{file} has no column {name}"), fix).row(1).column(i, name));
            }
            Some(k) if k.is_loc() => {
                if let Some((_, lang)) = name.rsplit_once('.').filter(|(f, _)| spec.kind_of(f).is_some()) {
                    if let Err(why) = crate::rules::check_lang(lang) {
                        let message = format!("{lang:?} in {name} is not a language tag: {why}");
                        let fix = "name a text's columns by language: name.en, name.fr...";
                        issues.push(Issue::error(file, message, fix).row(1).column(i, name));
                    }
                }
            }
            Some(_) => {}
        }
    }
    for &(c, kind) in spec.columns {
        let present = if kind.is_loc() {
            header.iter().any(|h| h == c || h.strip_prefix(c).is_some_and(|rest| rest.starts_with('.')))
        } else {
            header.iter().any(|h| h == c)
        };
        if !present && kind != Kind::Loc {
            let shown = if kind == Kind::Name { format!("{c}.en") } else { c.to_owned() };
            let message = format!("the column {shown} is missing");
            let fix = format!("add a column named {shown} to the first row (its cells may stay empty)");
            issues.push(Issue::error(file, message, fix).row(1));
        }
    }
}

/// A row with more or fewer cells than the header, placed at its first extra or missing cell.
fn row_length(file: &str, header: &[String], r: &Record) -> Issue {
    let (n, width) = (r.cells.len(), header.len());
    let message = format!("this row has {n} cells; the header has {width}");
    if n > width {
        let fix = "delete the extra cells; a text holding a comma goes in double quotes: \"Geneva, Switzerland\"";
        Issue::error(file, message, fix).row(r.row).column(width, "after the last column")
    } else {
        let fix = "add the missing cells (they may stay empty): a row has one cell per column";
        Issue::error(file, message, fix).row(r.row).column(n, &header[n])
    }
}
