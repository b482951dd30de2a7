//! `datamap-check`: the curators' checker. Prints every error and warning in dataset files as
//! `FILE:LINE:COLUMN: error: PATH: message (fix: ...)`; exits 0 when all are valid, 1 when one is
//! invalid, 2 when one cannot be read. Its workbench commands (`diff`, `export-csv`,
//! `import-csv`, `--stale`) live in `datamap::workbench`.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
use datamap::check::{check, Status};
#[cfg(not(target_arch = "wasm32"))]
use datamap::edition::cli as edition;
#[cfg(not(target_arch = "wasm32"))]
use datamap::workbench::cli;

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "usage: datamap-check [--json] FILE...            check dataset files
       datamap-check --bake FILE                 lay out the nodes without a position, write all positions into FILE
       datamap-check --schema                    print the JSON Schema of the dataset format
       datamap-check --fix-typography FILE       rewrite the French texts' spaces and apostrophes in FILE (only those)
       datamap-check diff [--json] OLD NEW       list what was added, removed and changed from OLD to NEW
       datamap-check export-csv FILE DIR         write FILE as one CSV file per table into DIR
       datamap-check import-csv DIR OUT          build a dataset from the CSV files in DIR, check it, write OUT
       datamap-check --stale DAYS [--json] FILE  list the links last verified over DAYS days ago, or never
       datamap-check edition FILE DIST           write the plain HTML edition of FILE into DIST/edition/ (docs/edition.md)
       datamap-check preview-key FILE            print the key of the overview picture of FILE (docs/edition.md)

Checks Geneva Data Map dataset files. Exit status: 0 valid (or done), 1 invalid, 2 unreadable
(or a usage error). See docs/checker.md.";

#[cfg(not(target_arch = "wasm32"))]
fn usage_error(message: &str) -> ExitCode {
    eprintln!("datamap-check: {message}\n{USAGE}");
    ExitCode::from(2)
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.first().map(String::as_str) {
        Some("diff") => {
            let json = args.iter().any(|a| a == "--json");
            match args[1..].iter().filter(|a| *a != "--json").collect::<Vec<_>>()[..] {
                [old, new] => cli::diff(old, new, json),
                _ => return usage_error("diff needs two files: diff [--json] OLD NEW"),
            }
        }
        Some("export-csv") => match &args[1..] {
            [file, dir] => cli::export_csv(file, dir),
            _ => return usage_error("export-csv needs a dataset file and a folder: export-csv FILE DIR"),
        },
        Some("edition") => match &args[1..] {
            [file, dist] => edition::edition(file, dist, std::env::var(edition::BASE_URL_VAR).ok().as_deref()),
            _ => return usage_error("edition needs a dataset file and the build's folder: edition FILE DIST"),
        },
        Some("preview-key") => match &args[1..] {
            [file] => edition::preview_key(file),
            _ => return usage_error("preview-key needs a dataset file: preview-key FILE"),
        },
        Some("import-csv") => match &args[1..] {
            [dir, out] => cli::import_csv(dir, out),
            _ => return usage_error("import-csv needs a folder and an output file: import-csv DIR OUT"),
        },
        _ if args.iter().any(|a| a == "--stale") => return stale(&args),
        _ => return check_files(&args),
    };
    ExitCode::from(code as u8)
}

/// `--stale DAYS [--json] FILE`.
#[cfg(not(target_arch = "wasm32"))]
fn stale(args: &[String]) -> ExitCode {
    let json = args.iter().any(|a| a == "--json");
    let at = args.iter().position(|a| a == "--stale").unwrap_or_default();
    let Some(days) = args.get(at + 1).and_then(|d| d.parse::<u32>().ok()) else {
        return usage_error("--stale needs a number of days: --stale 365 FILE");
    };
    let rest: Vec<&String> =
        args.iter().enumerate().filter(|&(i, a)| i != at && i != at + 1 && a != "--json").map(|(_, a)| a).collect();
    match rest[..] {
        [file] => ExitCode::from(cli::stale(days, file, json) as u8),
        _ => usage_error("--stale needs one dataset file: --stale DAYS [--json] FILE"),
    }
}

/// Checks (or with `--bake`, bakes) the files named in `args`.
#[cfg(not(target_arch = "wasm32"))]
fn check_files(args: &[String]) -> ExitCode {
    let mut json = false;
    let mut bake = false;
    let mut fix = false;
    let mut files = Vec::new();
    for a in args {
        match a.as_str() {
            "--json" => json = true,
            "--bake" => bake = true,
            "--fix-typography" => fix = true,
            "--schema" => {
                println!("{}", datamap::schema::schema_json());
                return ExitCode::SUCCESS;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with("--") => return usage_error(&format!("unknown option {s}")),
            _ => files.push(a.clone()),
        }
    }
    if files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    if bake {
        return bake_files(&files);
    }
    if fix {
        return fix_files(&files);
    }
    let reports: Vec<_> = files.iter().map(|f| check(f, std::fs::read(f))).collect();
    if json {
        match serde_json::to_string_pretty(&reports) {
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("datamap-check: {e}"),
        }
    } else {
        for r in &reports {
            print!("{}", r.to_text());
        }
    }
    let worst = reports.iter().map(|r| r.status).max().unwrap_or(Status::Valid);
    ExitCode::from(worst.exit_code() as u8)
}

/// Fixes the French typography of each file in place (see `datamap::typography`): 0 when every
/// file was read and written, 1 when one is not JSON, 2 when one cannot be read or written.
#[cfg(not(target_arch = "wasm32"))]
fn fix_files(files: &[String]) -> ExitCode {
    for file in files {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{file}: error: cannot read the file: {e}");
                return ExitCode::from(2);
            }
        };
        let Some((fixed, changed)) = datamap::typography::fix_typography(&text) else {
            eprintln!("{file}: error: not a JSON file: run `datamap-check {file}` to see why");
            return ExitCode::from(1);
        };
        if changed > 0 {
            if let Err(e) = std::fs::write(file, fixed) {
                eprintln!("{file}: error: cannot write the file: {e}");
                return ExitCode::from(2);
            }
        }
        println!("{file}: fixed the typography of {changed} French text(s)");
    }
    ExitCode::SUCCESS
}

/// Bakes positions into each file (which must be valid); exit code as for checking.
#[cfg(not(target_arch = "wasm32"))]
fn bake_files(files: &[String]) -> ExitCode {
    for file in files {
        let mut ds = match cli::load_file(file) {
            Ok(ds) => ds,
            Err(code) => {
                eprintln!("datamap-check: not baking {file}: fix the errors first");
                return ExitCode::from(code as u8);
            }
        };
        let start = std::time::Instant::now();
        let placed = datamap::bake::bake(&mut ds);
        let text = match datamap::workbench::file_text(&ds) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("datamap-check: {e}");
                return ExitCode::from(2);
            }
        };
        if let Err(e) = datamap::workbench::write_whole(std::path::Path::new(file), text.as_bytes()) {
            eprintln!("datamap-check: cannot write {file}: {e}");
            return ExitCode::from(2);
        }
        println!(
            "{file}: baked {} positions ({placed} laid out) in {:.2} s",
            ds.positions.len(),
            start.elapsed().as_secs_f64()
        );
    }
    ExitCode::SUCCESS
}
