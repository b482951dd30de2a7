//! A small RFC 4180 CSV reader and writer: comma-separated cells, a cell in double quotes may
//! hold commas, line breaks and doubled quotes (`""` for one `"`).
//!
//! The reader accepts a UTF-8 byte order mark and CRLF, LF or CR line ends; it keeps the text
//! inside quotes exactly as written (a line break in a cell stays as typed). It refuses what a
//! spreadsheet would misread: a quote inside a cell that does not start with one, text after a
//! closing quote and a quote that is never closed, each placed at its row and column. The writer
//! quotes only the cells that need it and ends every line with LF.

use std::fmt;

/// One record of a CSV file: its row as a spreadsheet numbers it (the header is row 1; a line
/// break inside quotes does not start a new row) and its cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The row, from 1.
    pub row: usize,
    /// The cells, in column order.
    pub cells: Vec<String>,
}

/// A CSV syntax error at a row and a column (both from 1).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{problem}")]
pub struct SyntaxError {
    /// The row of the record with the error.
    pub row: usize,
    /// The column (cell) with the error, from 1.
    pub column: usize,
    /// What is wrong.
    pub problem: Problem,
}

/// What is wrong with a CSV cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// A `"` inside a cell that does not start with one.
    StrayQuote,
    /// Text after the quote that closes a quoted cell.
    AfterClosingQuote,
    /// A quoted cell that runs to the end of the file.
    UnclosedQuote,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Problem::StrayQuote => "a double quote inside a cell that does not start with one",
            Problem::AfterClosingQuote => "text after the double quote that closes this cell",
            Problem::UnclosedQuote => "this cell opens a double quote that is never closed",
        })
    }
}

impl Problem {
    /// How to fix it.
    pub fn fix(self) -> &'static str {
        match self {
            Problem::StrayQuote | Problem::AfterClosingQuote => {
                "put the whole cell in double quotes and double each quote inside it: \"say \"\"hi\"\"\""
            }
            Problem::UnclosedQuote => {
                "close the quote at the end of the cell, or double the quote if it is part of the text"
            }
        }
    }
}

/// The records of a CSV text (a leading byte order mark is skipped). A final line break does not
/// start an empty record; an empty line does (it has one empty cell).
///
/// ```
/// use datamap::workbench::csv::read;
/// let records = read("id,name\r\nwho,\"World \"\"Health\"\"\nOrganization\"\r\n").unwrap();
/// assert_eq!(records[1].cells, ["who", "World \"Health\"\nOrganization"]);
/// assert_eq!(records[1].row, 2);
/// assert_eq!(read("a,b\nx\"y,z\n").unwrap_err().column, 1);
/// ```
pub fn read(text: &str) -> Result<Vec<Record>, SyntaxError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut chars = text.chars().peekable();
    let mut row = 1;
    while chars.peek().is_some() {
        let mut cells = Vec::new();
        loop {
            let column = cells.len() + 1;
            let at = |problem| SyntaxError { row, column, problem };
            let mut cell = String::new();
            if chars.peek() == Some(&'"') {
                chars.next();
                loop {
                    match chars.next() {
                        None => return Err(at(Problem::UnclosedQuote)),
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            cell.push('"');
                        }
                        Some('"') => break,
                        Some(c) => cell.push(c),
                    }
                }
                if !matches!(chars.peek(), None | Some(',' | '\r' | '\n')) {
                    return Err(at(Problem::AfterClosingQuote));
                }
            } else {
                while let Some(&c) = chars.peek() {
                    match c {
                        ',' | '\r' | '\n' => break,
                        '"' => return Err(at(Problem::StrayQuote)),
                        _ => cell.push(c),
                    }
                    chars.next();
                }
            }
            cells.push(cell);
            match chars.next() {
                Some(',') => continue,
                Some('\r') => {
                    chars.next_if_eq(&'\n');
                }
                _ => {}
            }
            break;
        }
        records.push(Record { row, cells });
        row += 1;
    }
    Ok(records)
}

/// Appends one record to `out`: cells separated by commas, quoted where they hold a comma, a
/// quote or a line break, and a final LF.
///
/// ```
/// let mut out = String::new();
/// datamap::workbench::csv::write_record(&mut out, ["who", "Say \"hi\", twice", ""]);
/// assert_eq!(out, "who,\"Say \"\"hi\"\", twice\",\n");
/// ```
pub fn write_record<'a>(out: &mut String, cells: impl IntoIterator<Item = &'a str>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if cell.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push('\n');
}

/// The separator a header row seems to use instead of commas (`;` or a tab), when it has no comma
/// but one of those. Spreadsheets set to a language with decimal commas save "CSV" this way.
pub fn other_separator(header: &str) -> Option<char> {
    let line = header.lines().next().unwrap_or(header);
    if line.contains(',') {
        return None;
    }
    [';', '\t'].into_iter().find(|&c| line.contains(c))
}

/// The name a spreadsheet gives the column at `index` (from 0): A, B, ... Z, AA, AB...
///
/// ```
/// use datamap::workbench::csv::column_letter;
/// assert_eq!((column_letter(0), column_letter(25), column_letter(26)), ("A".into(), "Z".into(), "AA".into()));
/// ```
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests;
