//! The workbench's commands as `datamap-check` runs them: each reads its files, prints what it
//! found and returns the exit status (0 done, 1 a file is invalid, 2 a file cannot be read or
//! written).

use std::collections::BTreeMap;
use std::path::Path;

use crate::check::check;
use crate::model::Dataset;

use super::{diff, import, stale, tables, write_whole};

/// Reads and checks a dataset file; when it cannot be used, prints the checker's report and
/// returns the exit status.
pub fn load_file(file: &str) -> Result<Dataset, i32> {
    let bytes = std::fs::read(file);
    if let Ok(b) = &bytes {
        if let Ok(loaded) = crate::load::load(b) {
            return Ok(loaded.dataset);
        }
    }
    let report = check(file, bytes);
    print!("{}", report.to_text());
    Err(report.status.exit_code().max(1))
}

/// `diff OLD NEW`: prints what changed, as text or JSON; 0 when both files are valid.
pub fn diff(old_file: &str, new_file: &str, json: bool) -> i32 {
    let (old, new) = (load_file(old_file), load_file(new_file));
    let (old, new) = match (old, new) {
        (Ok(o), Ok(n)) => (o, n),
        (o, n) => return o.err().unwrap_or(0).max(n.err().unwrap_or(0)),
    };
    let d = diff::diff(&old, &new);
    if json {
        let (added, removed, changed) = d.counts();
        let out = serde_json::json!({
            "old": old_file,
            "new": new_file,
            "changes": d.changes,
            "positions": d.positions,
            "counts": { "added": added, "removed": removed, "changed": changed },
        });
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
    } else {
        print!("{}", d.to_text());
    }
    0
}

/// `export-csv DATASET DIR`: writes one CSV file per table into `dir` (made if need be), and
/// removes the files of tables the dataset does not have.
pub fn export_csv(file: &str, dir: &str) -> i32 {
    let ds = match load_file(file) {
        Ok(ds) => ds,
        Err(code) => return code,
    };
    let (tables, lossy) = tables::export(&ds);
    for l in &lossy {
        eprintln!("datamap-check: warning: {l}: a text object without any language ({{}}) is written as an empty cell and reads back as absent");
    }
    let dir = Path::new(dir);
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("datamap-check: cannot make the folder {}: {e}", dir.display());
        return 2;
    }
    for spec in tables::ALL.iter().filter(|s| !tables.iter().any(|t| t.file == s.file)) {
        let path = dir.join(spec.file);
        if path.exists() {
            if let Err(e) = std::fs::remove_file(&path) {
                eprintln!("datamap-check: cannot remove {}: {e}", path.display());
                return 2;
            }
        }
    }
    for t in &tables {
        let path = dir.join(t.file);
        if let Err(e) = write_whole(&path, t.to_csv().as_bytes()) {
            eprintln!("datamap-check: cannot write {}: {e}", path.display());
            return 2;
        }
        println!("{}: {} rows, {} columns", path.display(), t.rows.len(), t.header.len());
    }
    0
}

/// `import-csv DIR OUT`: builds the dataset from the CSV files in `dir`, checks it and writes it
/// to `out` (whole or not at all); prints every problem at its file, row and column.
pub fn import_csv(dir: &str, out: &str) -> i32 {
    let files = match csv_files(Path::new(dir)) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("datamap-check: cannot read the folder {dir}: {e}");
            return 2;
        }
    };
    let place = |file: &str| {
        if file == "dataset" {
            out.to_owned()
        } else {
            format!("{}", Path::new(dir).join(file).display())
        }
    };
    let print = |issues: &[super::issue::Issue]| {
        for i in issues {
            let mut i = i.clone();
            i.file = place(&i.file);
            println!("{i}");
        }
    };
    match import::import(&files) {
        Err(issues) => {
            print(&issues);
            let errors = issues.iter().filter(|i| i.is_error()).count();
            println!("{dir}: not imported: {errors} error(s), {} warning(s)", issues.len() - errors);
            1
        }
        Ok(imported) => {
            print(&imported.warnings);
            if let Err(e) = write_whole(Path::new(out), imported.text.as_bytes()) {
                eprintln!("datamap-check: cannot write {out}: {e}");
                return 2;
            }
            let c = crate::stats::Counts::of(&imported.dataset);
            println!(
                "{dir}: imported into {out}: {} organisations, {} topics, {} links; {} warning(s)",
                c.organisations,
                c.topics,
                c.links,
                imported.warnings.len()
            );
            0
        }
    }
}

/// The contents of the `.csv` files of a folder, by file name.
fn csv_files(dir: &Path) -> std::io::Result<BTreeMap<String, Vec<u8>>> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else { continue };
        if name.ends_with(".csv") && !name.starts_with('.') && path.is_file() {
            files.insert(name, std::fs::read(&path)?);
        }
    }
    Ok(files)
}

/// `--stale DAYS FILE`: prints the links last confirmed more than `days` days before today (or
/// never), grouped by organisation, as text or JSON.
pub fn stale(days: u32, file: &str, json: bool) -> i32 {
    let ds = match load_file(file) {
        Ok(ds) => ds,
        Err(code) => return code,
    };
    let report = stale::stale(&ds, stale::today(), days);
    if json {
        println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default());
    } else {
        print!("{}", report.to_text());
    }
    0
}
