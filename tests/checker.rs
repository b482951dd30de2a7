//! The curators' checker as curators run it: output lines, counts, exit codes, `--json`.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_datamap-check"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run datamap-check");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_shipped_dataset_passes_and_its_counts_are_printed() {
    let (code, out) = run(&["public/data/geneva.json"]);
    assert_eq!(code, 0, "{out}");
    let summary = out.lines().last().unwrap_or("");
    assert!(summary.starts_with("public/data/geneva.json: valid: "), "{out}");
    assert!(summary.contains(" organisations, ") && summary.contains(" links ("), "{out}");
    assert!(summary.contains(" verified), ") && summary.contains(" views, ") && summary.contains(" tours; "), "{out}");
}

#[test]
fn an_invalid_file_prints_file_line_column_path_message_and_fix_and_exits_1() {
    let (code, out) = run(&["tests/fixtures/invalid/several-errors.json"]);
    assert_eq!(code, 1, "{out}");
    let errors: Vec<&str> = out.lines().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(errors.len(), 4, "{out}");
    assert!(errors.contains(
        &"tests/fixtures/invalid/several-errors.json:46:16: error: links[0].topic: there is no topic with the id \"helth-data\" (fix: did you mean `health-data`?)"
    ), "{out}");
    assert!(out.ends_with("invalid: 4 error(s), 0 warning(s)\n"), "{out}");
}

#[test]
fn an_unreadable_file_exits_2_and_wins_over_invalid() {
    let (code, out) = run(&["tests/fixtures/invalid/empty.json", "tests/fixtures/no-such-file.json"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("no-such-file.json: error: cannot read the file"), "{out}");
}

#[test]
fn json_output_lists_every_diagnostic_with_its_place() {
    let (code, out) = run(&["--json", "tests/fixtures/invalid/dangling-link.json", "tests/fixtures/small.json"]);
    assert_eq!(code, 1);
    let reports: serde_json::Value = serde_json::from_str(&out).expect("JSON output");
    assert_eq!(reports[0]["status"], "invalid");
    let error =
        reports[0]["diagnostics"].as_array().unwrap().iter().find(|d| d["severity"] == "error").cloned().unwrap();
    assert_eq!(error["path"], "links[0].topic");
    assert_eq!((error["line"].as_u64(), error["column"].as_u64()), (Some(46), Some(16)));
    assert_eq!(reports[1]["status"], "valid");
    assert_eq!(reports[1]["counts"]["organisations"], 3);
}

#[test]
fn no_file_is_a_usage_error() {
    let (code, _) = run(&[]);
    assert_eq!(code, 2);
}

#[test]
fn the_mistake_shown_in_curating_md_is_what_the_checker_prints() {
    let root = env!("CARGO_MANIFEST_DIR");
    let doc = std::fs::read_to_string(format!("{root}/CURATING.md")).expect("CURATING.md");
    let shown = doc.lines().find(|l| l.contains(": error: links[")).expect("an example error line").to_owned();
    let data = std::fs::read_to_string(format!("{root}/public/data/geneva.json")).expect("dataset");
    let broken = data.replacen("\"topic\": \"health-data\"", "\"topic\": \"helth-data\"", 1);
    let dir = std::env::temp_dir().join(format!("datamap-curating-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("geneva.json");
    std::fs::write(&file, broken).expect("write");
    let report = datamap::check::check("public/data/geneva.json", std::fs::read(&file));
    let _ = std::fs::remove_dir_all(&dir);
    let printed = report.to_text();
    assert!(
        printed.lines().any(|l| l == shown),
        "CURATING.md shows:\n{shown}\nbut the checker prints:\n{printed}\n(update the example in CURATING.md)"
    );
}

#[test]
fn the_view_and_tour_shown_in_curating_md_are_valid_in_the_shipped_dataset() {
    let root = env!("CARGO_MANIFEST_DIR");
    let doc = std::fs::read_to_string(format!("{root}/CURATING.md")).expect("CURATING.md");
    // Each example is a ```json block that starts with `"views": [` or `"tours": [`.
    let block = |key: &str| {
        let start = doc.find(&format!("```json\n\"{key}\": [")).unwrap_or_else(|| panic!("no {key} example")) + 8;
        let end = doc[start..].find("```").map(|e| start + e).unwrap_or(start);
        doc[start..end].trim().to_owned()
    };
    let data = std::fs::read_to_string(format!("{root}/public/data/geneva.json")).expect("dataset");
    // The shipped dataset's own views and tours give way to the examples.
    let mut with: serde_json::Value = serde_json::from_str(&data).expect("the dataset is JSON");
    for key in ["views", "tours"] {
        let example: serde_json::Value = serde_json::from_str(&format!("{{{}}}", block(key))).expect("a JSON example");
        with[key] = example[key].clone();
    }
    match datamap::load::load(with.to_string().as_bytes()) {
        Ok(loaded) => {
            assert_eq!(loaded.dataset.views.as_ref().map(Vec::len), Some(1));
            assert_eq!(loaded.dataset.tours.as_ref().map(|t| t[0].steps.len()), Some(2));
            let about: Vec<_> =
                loaded.warnings.iter().filter(|w| w.path.starts_with("views") || w.path.starts_with("tours")).collect();
            assert!(about.is_empty(), "{about:#?}");
        }
        Err(invalid) => panic!("the examples of CURATING.md are invalid:\n{invalid:#?}"),
    }
}
