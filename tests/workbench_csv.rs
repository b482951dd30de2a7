//! The spreadsheet round trip (`export-csv`, then `import-csv`): lossless for the shipped dataset
//! and every valid fixture, and every kind of broken CSV file refused at its file, row and
//! column, with a fix.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use support::checker;

use datamap::load::load;
use datamap::model::Dataset;
use datamap::workbench::import::import;
use datamap::workbench::{csv, file_text, tables};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn dataset(path: &Path) -> Dataset {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    load(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display())).dataset
}

/// The CSV files of a dataset, by name.
fn export(ds: &Dataset) -> BTreeMap<String, Vec<u8>> {
    let (tables, lossy) = tables::export(ds);
    assert!(lossy.is_empty(), "{lossy:?}");
    tables.iter().map(|t| (t.file.to_owned(), t.to_csv().into_bytes())).collect()
}

/// Exports, imports, and checks that the JSON is the checker's writing of the file, and that a
/// second export and import give the same bytes.
fn assert_round_trip(path: &Path) {
    let ds = dataset(path);
    let expected = file_text(&ds).unwrap();
    let files = export(&ds);
    let first = import(&files).unwrap_or_else(|issues| panic!("{}: {issues:#?}", path.display()));
    assert!(first.text == expected, "{}: the imported JSON differs from the file", path.display());
    let again = export(&first.dataset);
    assert_eq!(again, files, "{}: a second export differs", path.display());
    assert_eq!(import(&again).map(|i| i.text).ok(), Some(expected), "{}", path.display());
}

#[test]
fn the_shipped_dataset_round_trips_to_the_same_bytes() {
    assert_round_trip(&root().join("public/data/geneva.json"));
}

#[test]
fn every_valid_fixture_round_trips_hostile_text_included() {
    let mut valid = Vec::new();
    for dir in ["tests/fixtures", "tests/fixtures/hostile", "tests/fixtures/diff", "tests/fixtures/csv"] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join(dir)).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        for p in paths.into_iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
            if load(&std::fs::read(&p).unwrap()).is_ok() {
                assert_round_trip(&p);
                valid.push(p.file_name().unwrap().to_string_lossy().into_owned());
            }
        }
    }
    for name in ["nasty-text.json", "rtl-emoji.json", "small.json", "tiny.json"] {
        assert!(valid.iter().any(|v| v == name), "{name} should be valid and round-trip: {valid:?}");
    }
}

fn tiny_files() -> BTreeMap<String, Vec<u8>> {
    let dir = root().join("tests/fixtures/csv/tiny");
    let mut files = BTreeMap::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        files.insert(p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap());
    }
    files
}

#[test]
fn the_tiny_csv_fixture_is_the_export_of_tiny_json() {
    let exported = export(&dataset(&root().join("tests/fixtures/csv/tiny.json")));
    let text = |m: &BTreeMap<String, Vec<u8>>| -> Vec<(String, String)> {
        m.iter().map(|(k, v)| (k.clone(), String::from_utf8_lossy(v).into_owned())).collect()
    };
    assert_eq!(
        text(&tiny_files()),
        text(&exported),
        "run: datamap-check export-csv tests/fixtures/csv/tiny.json tests/fixtures/csv/tiny"
    );
}

#[test]
fn a_byte_order_mark_and_crlf_row_ends_are_accepted() {
    let mut files = tiny_files();
    for bytes in files.values_mut() {
        let records = csv::read(std::str::from_utf8(bytes).unwrap()).unwrap();
        let mut out = String::from("\u{feff}");
        for r in &records {
            csv::write_record(&mut out, r.cells.iter().map(String::as_str));
            out.pop();
            out.push_str("\r\n");
        }
        *bytes = out.into_bytes();
    }
    let expected = file_text(&dataset(&root().join("tests/fixtures/csv/tiny.json"))).unwrap();
    assert_eq!(import(&files).map(|i| i.text).ok(), Some(expected));
}

/// The issues of importing the tiny set with the files of `tests/fixtures/csv/errors/CASE`.
fn issues_of(case: &str) -> Vec<String> {
    let mut files = tiny_files();
    for e in std::fs::read_dir(root().join("tests/fixtures/csv/errors").join(case)).unwrap() {
        let p = e.unwrap().path();
        files.insert(p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap());
    }
    let issues = import(&files).err().unwrap_or_else(|| panic!("{case} should be refused"));
    issues.iter().filter(|i| i.is_error()).map(ToString::to_string).collect()
}

#[test]
fn each_broken_file_is_refused_at_its_file_row_and_column_with_a_fix() {
    let cases = [
        ("missing-column", "organisations.csv: row 1: error: the column website is missing (fix: add a column"),
        ("extra-column", "topics.csv: row 1, column G (colour): error: topics.csv has no column colour (fix: delete"),
        ("semicolons", "topics.csv: row 1: error: the columns are separated by semicolons, not commas (fix: save it as \"CSV UTF-8"),
        ("unknown-org", "links.csv: row 2, column A (org): error: there is no organisation with the id \"whoo\" (fix: did you mean `who`?)"),
        ("malformed-row", "links.csv: row 3, column F (after the last column): error: this row has 6 cells; the header has 5 (fix:"),
        ("stray-quote", "sources.csv: row 2, column D (title): error: a double quote inside a cell that does not start with one (fix:"),
        ("unclosed-quote", "links.csv: row 2, column C (summary.en): error: this cell opens a double quote that is never closed (fix:"),
        ("decimal-comma", "organisations.csv: row 2, column L (location.lat): error: \"46,2322\" is not a number (fix: write a number with a dot"),
        ("latin1", "topics.csv: error: not UTF-8: byte 0xE9 on line 2 is not a character of UTF-8 (fix: save it as"),
        ("unknown-link", "sources.csv: row 4, column A (org): error: there is no link between cern and health-data in links.csv (fix:"),
        ("bad-url", "sources.csv: row 4, column G (url): error: the URL \"javascript:alert(1)\" cannot be a link"),
        ("both-filled", "organisations.csv: row 3, column C (name): error: both name and name.LANG cells are filled (fix:"),
        ("duplicate-position", "sources.csv: row 3, column C (position): error: the link who/health-data has two sources at position 1 (fix:"),
        ("bad-kind", "sources.csv: row 2, column I (kind): error: \"official\" is not a kind of source (fix: write primary"),
        ("bad-depth", "views.csv: row 2, column J (depth): error: \"two\" is not a whole number (fix:"),
        ("unknown-tour", "steps.csv: row 3, column A (tour): error: there is no tour intra in tours.csv (fix:"),
        ("unknown-step", "step_sources.csv: row 2, column B (step): error: there is no step 3 in the tour intro in steps.csv (fix:"),
    ];
    for (case, expected) in cases {
        let errors = issues_of(case);
        assert!(
            errors.iter().any(|e| e.starts_with(expected)),
            "{case}: expected\n{expected}\nbut got\n{}",
            errors.join("\n")
        );
    }
}

#[test]
fn a_missing_table_is_named() {
    let mut files = tiny_files();
    files.remove("sources.csv");
    let issues = import(&files).unwrap_err();
    assert_eq!(issues[0].to_string(), "sources.csv: error: the file sources.csv is missing (fix: export the dataset again with `datamap-check export-csv`, or add the file with its header row)");
}

#[test]
fn steps_need_their_tours_and_tours_their_steps() {
    let mut files = tiny_files();
    files.remove("steps.csv");
    let issues = import(&files).unwrap_err();
    assert!(issues[0].to_string().starts_with("steps.csv: error: the file steps.csv is missing"), "{issues:?}");
    let mut files = tiny_files();
    files.remove("tours.csv");
    let issues: Vec<String> = import(&files).unwrap_err().iter().map(ToString::to_string).collect();
    assert!(
        issues
            .iter()
            .any(|i| i.starts_with("steps.csv: error: steps.csv holds steps of tours, but tours.csv is missing")),
        "{issues:?}"
    );
}

#[test]
fn the_checkers_warnings_are_placed_with_their_code() {
    let imported = import(&tiny_files()).expect("imports");
    let warnings: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
    assert!(warnings.iter().any(|w| w.starts_with("links.csv: row 3: warning[unverified]: the link")), "{warnings:#?}");
    assert!(warnings.iter().any(|w| w.starts_with("steps.csv: row 3: warning[step-no-source]")), "{warnings:#?}");
}

#[test]
fn a_file_of_another_name_is_a_warning_and_optional_tables_may_go() {
    let mut files = tiny_files();
    files.insert("notes.csv".into(), b"anything\n".to_vec());
    files.remove("categories.csv");
    files.remove("positions.csv");
    let imported = import(&files).expect("imports");
    assert!(imported.dataset.categories.is_none() && imported.dataset.positions.is_empty());
    assert!(imported.warnings.iter().any(|w| w.file == "notes.csv"), "{:?}", imported.warnings);
}

#[test]
fn the_commands_write_whole_files_and_exit_0_1_or_2() {
    let dir = std::env::temp_dir().join(format!("datamap-workbench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let (csv_dir, out) = (dir.join("csv"), dir.join("out.json"));
    let (csv_s, out_s) = (csv_dir.to_str().unwrap(), out.to_str().unwrap());
    let shipped = dataset(&root().join("public/data/geneva.json"));
    let (code, text) = checker(&["export-csv", "public/data/geneva.json", csv_s]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains(&format!("organisations.csv: {} rows", shipped.organisations.len())), "{text}");
    assert_eq!(checker(&["import-csv", csv_s, out_s]).0, 0);
    let expected = file_text(&shipped).unwrap();
    assert!(std::fs::read_to_string(&out).unwrap() == expected, "import-csv wrote other bytes");
    // A broken table: exit 1, and the output file is left as it was.
    std::fs::write(&out, "old").unwrap();
    std::fs::write(csv_dir.join("topics.csv"), "id;name.en\nx;X\n").unwrap();
    let (code, text) = checker(&["import-csv", csv_s, out_s]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("topics.csv: row 1: error: the columns are separated by semicolons"), "{text}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "old");
    assert_eq!(checker(&["import-csv", dir.join("nothing").to_str().unwrap(), out_s]).0, 2);
    assert_eq!(checker(&["export-csv", "tests/fixtures/invalid/bad-url.json", csv_s]).0, 1);
    assert_eq!(checker(&["export-csv", "tests/fixtures/no-such-file.json", csv_s]).0, 2);
    assert!(std::fs::read_dir(&dir).unwrap().all(|e| !e.unwrap().file_name().to_string_lossy().ends_with(".tmp")));
    let _ = std::fs::remove_dir_all(&dir);
}
