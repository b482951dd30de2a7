//! `load_quick`, the app's first reading of a dataset, agrees with `load`: the same dataset for
//! every valid file, the same diagnostics for every invalid one, except the files not shaped like
//! a dataset, which it leaves to `load` (the app then fetches the code that explains them).

use std::fs;
use std::path::Path;

use datamap::load::{load, load_quick};

/// Every `.json` file under `dir`, sorted.
fn files(dir: &str) -> Vec<std::path::PathBuf> {
    let mut out: Vec<_> = fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
        .expect("fixture folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    out.sort();
    out
}

#[test]
fn valid_files_read_the_same() {
    let mut valid = files("tests/fixtures");
    valid.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/geneva.json"));
    let mut checked = 0;
    for path in valid {
        let bytes = fs::read(&path).expect("readable fixture");
        let Ok(full) = load(&bytes) else { continue };
        let quick = load_quick(&bytes).unwrap_or_else(|e| panic!("{}: load_quick failed: {e:?}", path.display()));
        assert_eq!(format!("{:?}", quick.dataset), format!("{:?}", full.dataset), "{}", path.display());
        assert_eq!(quick.placed, full.placed, "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} valid files compared");
}

#[test]
fn invalid_files_give_the_same_diagnostics_or_leave_the_shape_to_load() {
    let (mut same, mut left) = (0, 0);
    for path in files("tests/fixtures/invalid") {
        let bytes = fs::read(&path).expect("readable fixture");
        let full = load(&bytes).expect_err(&format!("{} is invalid", path.display()));
        match load_quick(&bytes) {
            Ok(_) => panic!("{}: load_quick accepts an invalid file", path.display()),
            Err(Some(quick)) => {
                assert_eq!(quick, full, "{}", path.display());
                same += 1;
            }
            Err(None) => {
                assert!(full.error_count() > 0, "{}", path.display());
                left += 1;
            }
        }
    }
    // Both kinds are among the fixtures: a wrong shape (a missing field, a key twice) and the rest.
    assert!(same >= 20 && left >= 2, "{same} read alike, {left} left to load");
}

#[test]
fn a_wrong_shape_is_left_to_load() {
    for text in
        [r#"{"version": 1, "topics": {"a": 1}}"#, r#"[1, 2]"#, r#"{"version": 1, "organisations": [{"id": "x"}]}"#]
    {
        assert!(matches!(load_quick(text.as_bytes()), Err(None)), "{text}");
        assert!(load(text.as_bytes()).is_err(), "{text}");
    }
    // A syntax error is placed at once: no second reading is needed.
    let syntax = load_quick(b"{\"version\": 1,\n \"topics\": [}").expect_err("a syntax error");
    let d = &syntax.expect("a syntax error is explained at once").diagnostics[0];
    assert_eq!((d.line, d.column), (2, 13));
}
