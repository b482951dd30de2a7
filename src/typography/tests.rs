//! The lint and the fixer on `tests/fixtures/typography/french.json`, whose fixed version,
//! byte for byte, is `french-fixed.json`.

use super::*;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/typography/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("the fixture")
}

fn lint_of(text: &str) -> Vec<(String, u32, u32, String)> {
    let root: Value = serde_json::from_str(text).expect("JSON");
    lint(text, &root).into_iter().map(|d| (d.path, d.line, d.column, d.message)).collect()
}

#[test]
fn each_kind_of_problem_is_reported_at_its_text_with_its_fix() {
    let found = lint_of(&fixture("french.json"));
    let at = |path: &str| found.iter().filter(|f| f.0 == path).map(|f| f.3.as_str()).collect::<Vec<_>>();
    assert_eq!(
        at("meta.title.fr"),
        ["French text with a straight apostrophe (')", "French text with an ordinary space before \":\""]
    );
    assert_eq!(
        at("topics[0].summary.fr"),
        [
            "French text with a straight apostrophe (')",
            "French text with an ordinary space before \";\"",
            "French text with an ordinary space before \"?\"",
            "French text with an ordinary space inside « »",
            "French text with an ordinary space as a thousands separator",
        ]
    );
    assert_eq!(at("links[0].summary.fr").len(), 3, "! and : and the thousands; 2020 followed by a comma is a year");
    assert!(at("topics[0].summary.en").is_empty() && at("organisations[2].name").is_empty(), "only French texts");
    let title = found.iter().find(|f| f.0 == "meta.title.fr").expect("a title warning");
    assert_eq!((title.1, title.2), (3, 56), "placed at the value");
    let fix = problems("l'x")[0].fix();
    assert!(fix.contains('’') && fix.contains("--fix-typography"), "{fix}");
}

#[test]
fn two_organisations_sharing_an_acronym_in_a_language_are_reported_once() {
    let found = lint_of(&fixture("french.json"));
    let shared: Vec<_> = found.iter().filter(|f| f.3.contains("acronym")).collect();
    assert_eq!(shared.len(), 1, "{shared:?}");
    assert_eq!(shared[0].0, "organisations[1].acronym.fr");
    assert_eq!(shared[0].3, "the acronym \"cci\" (fr) is also \"itc\"'s");
}

#[test]
fn fixing_rewrites_only_french_spaces_and_apostrophes_byte_for_byte() {
    let (fixed, changed) = fix_typography(&fixture("french.json")).expect("JSON");
    assert_eq!(fixed, fixture("french-fixed.json"));
    assert_eq!(changed, 3);
    let (again, none) = fix_typography(&fixed).expect("JSON");
    assert_eq!((again, none), (fixed.clone(), 0), "fixing is idempotent");
    assert!(lint_of(&fixed).iter().all(|f| f.3.contains("acronym")), "nothing left but the acronym");
    assert_eq!(fix_typography("{ nope"), None);
}

#[test]
fn a_year_before_a_count_and_digits_in_words_are_not_thousands() {
    assert!(problems("En 2020, 150 pays").is_empty());
    assert_eq!(problems("de 1 500 à 12 000"), [Problem::SpaceInNumber]);
    assert_eq!(fix_text("ISO 9001 et 27001"), "ISO 9001 et 27001");
    assert_eq!(fix_text("https://x.org/?p=1 : ok"), "https://x.org/?p=1\u{A0}: ok");
}
