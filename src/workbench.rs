//! The curators' workbench, on the command line (`datamap-check diff`, `export-csv`,
//! `import-csv`, `--stale`; see `docs/checker.md`): comparing two versions of a dataset, editing
//! it in a spreadsheet as CSV files and finding the links to check again. Native only: none of
//! it is in the app.

pub mod cli;
pub mod csv;
pub mod diff;
pub mod fields;
pub mod import;
pub mod issue;
pub mod stale;
pub mod tables;

use std::io::Write;
use std::path::Path;

use crate::model::Dataset;

/// A dataset file's text as the checker writes it (`--bake`, `import-csv`): pretty JSON, two
/// spaces, fields in format order, and a final line break.
pub fn file_text(ds: &Dataset) -> serde_json::Result<String> {
    serde_json::to_string_pretty(ds).map(|t| t + "\n")
}

/// Writes `contents` to `path` whole or not at all: into a temporary file in the same folder,
/// then renamed over `path`.
pub fn write_whole(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::File::create(&temp).and_then(|mut f| {
        f.write_all(contents)?;
        f.sync_all()
    });
    match written.and_then(|()| std::fs::rename(&temp, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = std::fs::remove_file(&temp);
            Err(e)
        }
    }
}
