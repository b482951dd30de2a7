//! What the validation and checker tests share: reading fixtures, finding a marker's line and
//! column, asserting a fixture's one error, and running `datamap-check`.
#![allow(dead_code)]

use datamap::diagnostic::{Diagnostic, Severity};
use datamap::load::load;

pub fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// The 1-based line and character column of the `nth` (from 0) occurrence of `marker` in the file.
pub fn position_of(bytes: &[u8], marker: &str, nth: usize) -> (u32, u32) {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim_start_matches('\u{feff}');
    let offset = text.match_indices(marker).nth(nth).unwrap_or_else(|| panic!("marker {marker:?} not found")).0;
    let before = &text[..offset];
    let line = before.matches('\n').count() as u32 + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() as u32 + 1;
    (line, column)
}

pub fn errors_of(name: &str) -> Vec<Diagnostic> {
    let invalid = load(&fixture(name)).expect_err(&format!("{name} should be invalid"));
    invalid.diagnostics.into_iter().filter(|d| d.severity == Severity::Error).collect()
}

/// Asserts that `name` has exactly one error, at `path`, placed at the `nth` occurrence of
/// `marker`, whose message contains `message` and whose fix contains `fix`.
pub fn assert_one_error(name: &str, path: &str, marker: &str, nth: usize, message: &str, fix: &str) {
    let errors = errors_of(name);
    assert_eq!(errors.len(), 1, "{name}: expected one error, got {errors:#?}");
    let e = &errors[0];
    assert_eq!(e.path, path, "{name}: path");
    assert_eq!((e.line, e.column), position_of(&fixture(name), marker, nth), "{name}: line and column of {e}");
    assert!(e.message.contains(message), "{name}: message {:?} lacks {message:?}", e.message);
    let got_fix = e.fix.as_deref().unwrap_or("");
    assert!(got_fix.contains(fix), "{name}: fix {got_fix:?} lacks {fix:?}");
}

/// Runs `datamap-check` with `args` from the repository: its exit code and its standard output.
pub fn checker(args: &[&str]) -> (i32, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_datamap-check"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run datamap-check");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}
