//! `datamap-check`: the curators' checker. Prints every error and warning in dataset files as
//! `FILE:LINE:COLUMN: error: PATH: message (fix: ...)`; exits 0 when all are valid, 1 when one is
//! invalid, 2 when one cannot be read.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
use datamap::check::{check, Status};

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "usage: datamap-check [--json] FILE...
       datamap-check --bake FILE   lay out the nodes without a position and write all positions into FILE
       datamap-check --schema      print the JSON Schema of the dataset format
       datamap-check --fix-typography FILE
                                   rewrite the French texts' spaces and apostrophes in FILE (nothing else)

Checks Geneva Data Map dataset files. Exit status: 0 valid, 1 invalid, 2 unreadable.";

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut json = false;
    let mut bake = false;
    let mut fix = false;
    let mut files = Vec::new();
    for a in &args {
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
            s if s.starts_with("--") => {
                eprintln!("datamap-check: unknown option {s}\n{USAGE}");
                return ExitCode::from(2);
            }
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
        let report = check(file, std::fs::read(file));
        if report.status != Status::Valid {
            print!("{}", report.to_text());
            eprintln!("datamap-check: not baking {file}: fix the errors first");
            return ExitCode::from(report.status.exit_code() as u8);
        }
        let Ok(loaded) = datamap::load::load(&std::fs::read(file).unwrap_or_default()) else {
            return ExitCode::from(1);
        };
        let mut ds = loaded.dataset;
        let start = std::time::Instant::now();
        let placed = datamap::bake::bake(&mut ds);
        let text = match serde_json::to_string_pretty(&ds) {
            Ok(t) => t + "\n",
            Err(e) => {
                eprintln!("datamap-check: {e}");
                return ExitCode::from(2);
            }
        };
        if let Err(e) = std::fs::write(file, text) {
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
