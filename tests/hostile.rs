//! Hostile and broken input: every file of `tests/fixtures/hostile/` through the curators' checker
//! (exit code, then each message with its path, line and column, and its fix) and through
//! [`load`] (no panic, bounded memory and time), plus the big files that are not committed
//! (50 MB, 100,000 nodes, 10,000 levels of nesting, 1 MB names), generated into a temporary
//! directory at test time.
//!
//! Memory is measured with a counting allocator: the peak of the bytes allocated by the test's
//! own thread while it loads a file.
#![cfg(not(target_arch = "wasm32"))]

use std::alloc::{GlobalAlloc, Layout as AllocLayout, System};
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use datamap::load::{load, Invalid, Loaded, MAX_FILE_BYTES};
use serde_json::Value;

// ---------------------------------------------------------------------------------------------
// Measuring memory: bytes allocated by the current thread, and their peak.

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn count(delta: isize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

// SAFETY: every call is forwarded to the system allocator unchanged; only counters are updated.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: AllocLayout) -> *mut u8 {
        count(layout.size() as isize);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: AllocLayout) {
        count(-(layout.size() as isize));
        System.dealloc(ptr, layout)
    }
    unsafe fn alloc_zeroed(&self, layout: AllocLayout) -> *mut u8 {
        count(layout.size() as isize);
        System.alloc_zeroed(layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: AllocLayout, new_size: usize) -> *mut u8 {
        count(new_size as isize - layout.size() as isize);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// What loading one file cost.
struct Cost {
    /// The most bytes held at once during the load, beyond those held before it.
    peak: usize,
    /// Wall-clock time.
    time: Duration,
}

/// Loads `bytes`, measuring the peak memory and the time the load took on this thread.
fn measured_load(bytes: &[u8]) -> (Result<Loaded, Invalid>, Cost) {
    let before = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(before));
    let start = Instant::now();
    let result = load(bytes);
    let time = start.elapsed();
    let peak = (PEAK.with(Cell::get) - before).max(0) as usize;
    (result, Cost { peak, time })
}

const MIB: usize = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Fixtures and the checker.

fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile").join(name)
}

fn fixture(name: &str) -> Vec<u8> {
    let path = fixture_path(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// What `datamap-check` printed and returned for one file.
struct Checked {
    code: i32,
    /// The text report.
    text: String,
    /// The diagnostics of the `--json` report.
    diagnostics: Vec<Value>,
    /// The `--json` report.
    report: Value,
}

/// Runs the checker on `path` twice, in text and in JSON; asserts that it did not panic.
fn checker(path: &Path) -> Checked {
    let run = |json: bool| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_datamap-check"));
        if json {
            cmd.arg("--json");
        }
        let out = cmd.arg(path).output().expect("run datamap-check");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(stderr.is_empty(), "datamap-check wrote to stderr for {}: {stderr}", path.display());
        let code = out.status.code().unwrap_or_else(|| panic!("datamap-check was killed: {:?}", out.status));
        (code, String::from_utf8(out.stdout).expect("the checker prints UTF-8"))
    };
    let (code, text) = run(false);
    let (json_code, json) = run(true);
    assert_eq!(code, json_code, "the exit code does not depend on --json");
    let reports: Value = serde_json::from_str(&json).expect("--json prints JSON");
    let report = reports[0].clone();
    let diagnostics = report["diagnostics"].as_array().cloned().unwrap_or_default();
    Checked { code, text, diagnostics, report }
}

fn check_fixture(name: &str) -> Checked {
    checker(&fixture_path(name))
}

impl Checked {
    fn errors(&self) -> Vec<&Value> {
        self.diagnostics.iter().filter(|d| d["severity"] == "error").collect()
    }

    fn warnings(&self) -> Vec<&Value> {
        self.diagnostics.iter().filter(|d| d["severity"] == "warning").collect()
    }

    /// The diagnostics other than the checker's freshness warnings (which every link that was
    /// never verified gets).
    fn all_but_freshness(&self) -> Vec<&Value> {
        let freshness = ["unverified", "stale", "secondary-only"];
        self.diagnostics.iter().filter(|d| !freshness.iter().any(|c| d["code"] == *c)).collect()
    }

    fn error_paths(&self) -> Vec<&str> {
        self.errors().iter().map(|d| d["path"].as_str().unwrap_or("?")).collect()
    }

    /// The only error at `path`.
    fn error_at(&self, path: &str) -> &Value {
        let found: Vec<&Value> = self.errors().into_iter().filter(|d| d["path"] == path).collect();
        assert_eq!(found.len(), 1, "expected one error at {path:?}, got {found:#?}\n{}", self.text);
        found[0]
    }
}

/// The 1-based line and character column of the `nth` (from 0) occurrence of `marker`, as an
/// editor shows it (a leading byte order mark is not counted).
fn position_of(bytes: &[u8], marker: &str, nth: usize) -> (u64, u64) {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim_start_matches('\u{feff}');
    let offset = text.match_indices(marker).nth(nth).unwrap_or_else(|| panic!("marker {marker:?} not found")).0;
    let before = &text[..offset];
    let line = before.matches('\n').count() as u64 + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() as u64 + 1;
    (line, column)
}

fn place(d: &Value) -> (u64, u64) {
    (d["line"].as_u64().unwrap_or(0), d["column"].as_u64().unwrap_or(0))
}

/// Asserts a diagnostic's place, message and fix.
fn assert_diag(d: &Value, at: (u64, u64), message: &str, fix: &str) {
    assert_eq!(place(d), at, "line and column of {d}");
    let got = d["message"].as_str().unwrap_or("");
    assert!(got.contains(message), "message {got:?} lacks {message:?}");
    let got_fix = d["fix"].as_str().unwrap_or("");
    assert!(got_fix.contains(fix), "fix {got_fix:?} lacks {fix:?}");
}

/// Asserts that `name` is invalid (exit 1) with exactly one error, at `at`.
fn assert_one_error(name: &str, path: &str, at: (u64, u64), message: &str, fix: &str) -> Checked {
    let c = check_fixture(name);
    assert_eq!(c.code, 1, "{name} is invalid:\n{}", c.text);
    assert_eq!(c.errors().len(), 1, "{name}: one error:\n{}", c.text);
    let e = c.error_at(path);
    assert_diag(e, at, message, fix);
    // The text report has the same line, with the file name in front.
    let line = format!(
        "{}:{}:{}: error: {}: ",
        fixture_path(name).display(),
        at.0,
        at.1,
        if path.is_empty() { "$" } else { path }
    );
    assert!(c.text.contains(&line), "{name}: text report lacks {line:?}:\n{}", c.text);
    c
}

// ---------------------------------------------------------------------------------------------
// Broken files: encodings, syntax.

#[test]
fn a_truncated_file_says_it_ends_too_early_at_its_last_character() {
    let bytes = fixture("truncated.json");
    let text = String::from_utf8(bytes).unwrap();
    let last = text.rsplit('\n').next().unwrap();
    // serde_json places the end of the file at its last character.
    let at = (text.lines().count() as u64, last.chars().count() as u64);
    assert_one_error("truncated.json", "", at, "invalid JSON: EOF while parsing a string", "ends too early");
}

#[test]
fn a_file_cut_inside_a_character_is_invalid_utf8_at_that_byte() {
    let bytes = fixture("truncated-mid-character.json");
    let (line, column) = position_of(&bytes, "Donn", 0);
    let c = assert_one_error(
        "truncated-mid-character.json",
        "",
        (line, column + 4),
        "not valid UTF-8: it ends inside a character",
        "UTF-8",
    );
    let offset = bytes.len() - 1;
    assert!(c.errors()[0]["message"].as_str().unwrap().contains(&format!("byte offset {offset}")), "{}", c.text);
}

#[test]
fn a_byte_order_mark_is_a_warning_and_does_not_shift_columns() {
    let c = check_fixture("bom-with-error.json");
    assert_eq!(c.code, 1, "{}", c.text);
    assert_eq!(c.warnings().len(), 1, "{}", c.text);
    assert_diag(c.warnings()[0], (1, 1), "byte order mark", "without BOM");
    let at = position_of(&fixture("bom-with-error.json"), "2,", 0);
    assert_eq!(at, (1, 14));
    assert_diag(c.error_at("version"), at, "format version 2 is not supported", "\"version\": 1");
}

#[test]
fn two_byte_order_marks_are_invalid_json_at_the_second() {
    let c = assert_one_error("double-bom.json", "", (1, 1), "invalid JSON: expected value", "JSON syntax");
    assert!(c.warnings()[0]["message"].as_str().unwrap().contains("byte order mark"));
}

#[test]
fn latin1_after_a_byte_order_mark_is_placed_where_an_editor_shows_it() {
    let (line, column) = position_of(&fixture("bom-latin1.json"), "Donn", 0);
    assert_one_error("bom-latin1.json", "", (line, column + 4), "not valid UTF-8: byte 0xE9", "UTF-8 encoding");
}

#[test]
fn the_byte_offset_of_bad_utf8_counts_the_byte_order_mark() {
    let bytes = fixture("bom-latin1.json");
    let offset = bytes.iter().position(|b| *b == 0xE9).unwrap();
    let c = check_fixture("bom-latin1.json");
    let message = c.errors()[0]["message"].as_str().unwrap().to_owned();
    assert!(message.contains(&format!("at byte offset {offset} ")), "{message}");
}

#[test]
fn utf16_is_refused_at_its_first_byte() {
    assert_one_error("utf16.json", "", (1, 1), "not valid UTF-8: byte 0xFF at byte offset 0", "UTF-8 encoding");
}

#[test]
fn latin1_is_refused_at_the_first_accented_letter() {
    let (line, column) = position_of(&fixture("latin1.json"), "Donn", 0);
    assert_one_error("latin1.json", "", (line, column + 4), "not valid UTF-8: byte 0xE9", "UTF-8 encoding");
}

#[test]
fn an_overlong_utf8_sequence_is_refused() {
    let (line, column) = position_of(&fixture("overlong-utf8.json"), "World", 0);
    assert_one_error("overlong-utf8.json", "", (line, column + 5), "not valid UTF-8: byte 0xC0", "UTF-8 encoding");
}

#[test]
fn an_html_page_served_instead_of_json_is_invalid_json_at_line_one() {
    assert_one_error("html-page.json", "", (1, 1), "invalid JSON: expected value", "JSON syntax");
}

#[test]
fn text_after_the_object_is_refused() {
    let at = position_of(&fixture("trailing-garbage.json"), "{\"version\": 1}", 0);
    assert_one_error("trailing-garbage.json", "", at, "invalid JSON: trailing characters", "delete what follows");
}

#[test]
fn a_file_of_whitespace_is_empty() {
    assert_one_error("whitespace-only.json", "", (1, 1), "the file is empty", "CURATING.md");
}

#[test]
fn null_is_not_a_dataset() {
    assert_one_error("null.json", "", (1, 1), "the file must hold one JSON object", "\"version\": 1");
}

#[test]
fn an_empty_object_names_every_missing_field() {
    let c = check_fixture("empty-object.json");
    assert_eq!(c.code, 1);
    let messages: Vec<&str> = c.errors().iter().map(|d| d["message"].as_str().unwrap()).collect();
    assert_eq!(
        messages,
        [
            "the field `version` is missing",
            "the field `topics` is missing",
            "the field `organisations` is missing",
            "the field `links` is missing"
        ]
    );
    assert!(c.errors().iter().all(|d| place(d) == (1, 1)));
}

#[test]
fn nan_is_invalid_json_where_it_stands() {
    let at = position_of(&fixture("nan.json"), "NaN", 0);
    assert_one_error("nan.json", "", at, "invalid JSON: expected value", "JSON syntax");
}

#[test]
fn infinity_is_invalid_json_where_it_stands() {
    let (line, column) = position_of(&fixture("infinity.json"), "-Infinity", 0);
    assert_one_error("infinity.json", "", (line, column + 1), "invalid JSON: invalid number", "JSON syntax");
}

#[test]
fn a_number_beyond_f64_says_json_has_no_infinity() {
    let (line, column) = position_of(&fixture("number-1e400.json"), "1e400", 0);
    assert_one_error("number-1e400.json", "", (line, column + 4), "invalid JSON: number out of range", "no infinity");
}

#[test]
fn a_lone_surrogate_escape_is_invalid_json() {
    let (line, column) = position_of(&fixture("lone-surrogate.json"), "\\ud800", 0);
    assert_one_error("lone-surrogate.json", "", (line, column + 6), "invalid JSON", "JSON syntax");
}

#[test]
fn a_raw_control_character_in_a_string_is_invalid_json() {
    let at = position_of(&fixture("control-character.json"), "\u{7}", 0);
    assert_one_error("control-character.json", "", at, "invalid JSON: control character", "JSON syntax");
}

// ---------------------------------------------------------------------------------------------
// Well-formed JSON, wrong content.

#[test]
fn every_duplicate_key_is_placed_at_its_second_occurrence() {
    let bytes = fixture("duplicate-keys.json");
    let c = check_fixture("duplicate-keys.json");
    assert_eq!(c.code, 1, "{}", c.text);
    assert_eq!(c.error_paths(), ["topics[0].name.en", "organisations[0].id", "version", "links"], "{}", c.text);
    for (path, marker, nth) in [
        ("topics[0].name.en", "\"en\"", 1),
        ("organisations[0].id", "\"id\"", 2),
        ("version", "\"version\"", 1),
        ("links", "\"links\"", 1),
    ] {
        assert_diag(c.error_at(path), position_of(&bytes, marker, nth), "appears twice", "delete the other");
    }
}

#[test]
fn every_field_of_the_wrong_type_is_reported_with_what_it_should_be() {
    let bytes = fixture("wrong-types.json");
    let c = check_fixture("wrong-types.json");
    assert_eq!(c.code, 1, "{}", c.text);
    assert_eq!(
        c.error_paths(),
        [
            "$schema",
            "version",
            "meta",
            "categories",
            "org_types[0].id",
            "topics[0].id",
            "topics[1].name",
            "topics[2].name.en",
            "topics[3].category",
            "organisations[0].name",
            "organisations[1].location",
            "organisations[2].location.lat",
            "organisations[3].website",
            "links[0].org",
            "links[1].sources",
            "links[2].sources[0].url",
            "links[3]",
            "positions.itu",
        ],
        "{}",
        c.text
    );
    let at = |marker: &str| position_of(&bytes, marker, 0);
    assert_diag(c.error_at("version"), at("\"1\""), "invalid type: string \"1\", expected u64", "a whole number");
    assert_diag(c.error_at("categories"), at("{ \"id\": \"health\" }"), "expected a sequence", "a list [...]");
    assert_diag(c.error_at("topics[1].name"), at("null"), "invalid type: null", "{\"en\": \"...\", \"fr\": \"...\"}");
    assert_diag(c.error_at("organisations[2].location.lat"), at("\"46.2\""), "expected f64", "a number");
    assert_diag(c.error_at("links[1].sources"), at("\"https://www.who.int\" }"), "expected a sequence", "a list [...]");
    assert_diag(c.error_at("links[3]"), at("\"who:open-data\""), "invalid type: string \"who:open-data\"", "");
    assert_diag(c.error_at("positions.itu"), at("\"here\""), "expected an array of length 2", "");
}

#[test]
fn ids_that_differ_by_case_or_unicode_normalisation_are_refused() {
    let bytes = fixture("case-and-unicode-ids.json");
    let c = check_fixture("case-and-unicode-ids.json");
    assert_eq!(c.code, 1, "{}", c.text);
    assert_eq!(
        c.error_paths(),
        [
            "topics[1].id",
            "topics[2].id",
            "organisations[1].id",
            "organisations[2].id",
            "organisations[3].id",
            "links[1].org",
            "links[1].topic"
        ],
        "{}",
        c.text
    );
    let at = |marker: &str| position_of(&bytes, marker, 0);
    assert_diag(c.error_at("topics[1].id"), at("\"café\""), "it contains 'é'", "\"cafe\"");
    assert_diag(c.error_at("topics[2].id"), at("\"cafe\u{301}\""), "it contains '\\u{301}'", "\"cafe\"");
    let (line, column) = at("\"id\": \"WHO\"");
    assert_diag(c.error_at("organisations[1].id"), (line, column + 6), "it starts with 'W'", "\"who\"");
    assert_diag(c.error_at("organisations[2].id"), at("\"wh\u{43e}\""), "it contains 'о'", "lowercase slug");
    assert_diag(c.error_at("organisations[3].id"), at("\"ｗｈｏ\""), "it starts with 'ｗ'", "lowercase slug");
    assert_diag(c.error_at("links[1].org"), at("\"Who\""), "no organisation with the id \"Who\"", "`who`");
    assert_diag(c.error_at("links[1].topic"), at("\"CAFE\""), "no topic with the id \"CAFE\"", "`cafe`");
}

#[test]
fn self_referencing_and_dangling_links_are_each_named() {
    let bytes = fixture("self-and-dangling-links.json");
    let c = check_fixture("self-and-dangling-links.json");
    assert_eq!(c.code, 1, "{}", c.text);
    assert_eq!(
        c.error_paths(),
        [
            "topics[0].category",
            "links[0].topic",
            "links[1].org",
            "links[2].org",
            "links[2].topic",
            "links[4]",
            "positions.ghost"
        ],
        "{}",
        c.text
    );
    let at = |marker: &str, nth| position_of(&bytes, marker, nth);
    assert_diag(c.error_at("topics[0].category"), at("\"health-data\" }", 0), "no category", "categories");
    assert_diag(c.error_at("links[0].topic"), at("\"who\"", 2), "it is defined at organisations[0]", "`health-data`");
    assert_diag(c.error_at("links[1].org"), at("\"health-data\"", 2), "it is defined at topics[0]", "`who`");
    assert_diag(c.error_at("links[2].org"), at("\"nobody\"", 0), "no organisation with the id \"nobody\"", "");
    assert_diag(c.error_at("links[2].topic"), at("\"nothing\"", 0), "no topic with the id \"nothing\"", "");
    assert_diag(
        c.error_at("links[4]"),
        at("{ \"org\": \"who\", \"topic\": \"health-data\"", 1),
        "second link",
        "links[3]",
    );
    assert_diag(c.error_at("positions.ghost"), at("[0, 0]", 0), "no node with the id \"ghost\"", "");
}

#[test]
fn script_data_vbscript_and_other_urls_are_refused_in_websites_and_sources() {
    let bytes = fixture("bad-urls.json");
    let c = check_fixture("bad-urls.json");
    assert_eq!(c.code, 1, "{}", c.text);
    let cases = [
        ("organisations[0].website", "\"javascript:", "its scheme is `javascript:`"),
        ("organisations[1].website", "\"JaVaScRiPt:", "its scheme is `javascript:`"),
        ("organisations[2].website", "\"vbscript:", "its scheme is `vbscript:`"),
        ("organisations[3].website", "\"data:text/html,", "its scheme is `data:`"),
        ("organisations[4].website", "\" javascript:", "spaces or control characters"),
        ("organisations[5].website", "\"java\\tscript:", "spaces or control characters"),
        ("organisations[6].website", "\"//evil.example/\"", "it has no scheme"),
        ("organisations[7].website", "\"file:", "its scheme is `file:`"),
        ("organisations[8].website", "\"https:///path\"", "no host name"),
        ("organisations[9].website", "\"javascript&colon;", "it has no scheme"),
        ("links[0].sources[0].url", "\"javascript:", "its scheme is `javascript:`"),
        ("links[0].sources[1].url", "\"data:text/html;base64", "its scheme is `data:`"),
        ("links[0].sources[2].url", "\"VBSCRIPT:", "its scheme is `vbscript:`"),
        ("links[0].sources[3].url", "\"mailto:\"", "needs an address with @"),
        ("links[0].sources[4].url", "\"https://example.org/\\njavascript", "spaces or control characters"),
        ("links[0].sources[5].url", "\"https://example.org/\\u0000", "spaces or control characters"),
    ];
    assert_eq!(c.errors().len(), cases.len(), "{}", c.text);
    let javascript = |nth| position_of(&bytes, "\"javascript:", nth);
    for (path, marker, why) in cases {
        let at = match path {
            "links[0].sources[0].url" => javascript(1),
            _ => position_of(&bytes, marker, 0),
        };
        assert_diag(c.error_at(path), at, why, "https://");
        assert!(c.error_at(path)["message"].as_str().unwrap().contains("cannot be a link"));
    }
}

#[test]
fn html_in_ids_is_refused_and_quoted_as_text() {
    let c = check_fixture("html-in-ids.json");
    assert_eq!(c.code, 1, "{}", c.text);
    assert_eq!(c.error_paths(), ["topics[0].id", "organisations[0].id"]);
    assert_diag(
        c.error_at("organisations[0].id"),
        position_of(&fixture("html-in-ids.json"), "\"<img", 0),
        "the id \"<img src=x onerror=window.__pwned=true>\" is not valid: it starts with '<'",
        "\"img-src-x-onerror-window-pwned-true\"",
    );
}

#[test]
fn texts_and_ids_over_their_limits_give_the_limit() {
    let bytes = fixture("text-limits.json");
    let c = check_fixture("text-limits.json");
    assert_eq!(c.code, 1, "{}", c.text);
    let at = |marker: &str| position_of(&bytes, marker, 0);
    assert_diag(
        c.error_at("topics[0].name.en"),
        at("\"ééé"),
        "the text is 301 characters long; the limit here is 300",
        "shorten",
    );
    assert_diag(c.error_at("organisations[0].id"), at("\"www"), "it is 101 characters long; the limit is 100", "slug");
    assert_diag(c.error_at("organisations[0].address"), at("\"xxx"), "longer than 300 characters", "shorten");
    assert_diag(
        c.error_at("links[0].summary"),
        at("\"yyy"),
        "the text is 5001 characters long; the limit here is 5000",
        "shorten",
    );
}

#[test]
fn coordinates_out_of_range_are_refused() {
    let bytes = fixture("coordinates.json");
    let c = check_fixture("coordinates.json");
    assert_eq!(c.code, 1, "{}", c.text);
    assert_eq!(
        c.error_paths(),
        ["organisations[0].location.lat", "organisations[0].location.lon", "positions.who", "positions.health-data"]
    );
    let at = |marker: &str| position_of(&bytes, marker, 0);
    assert_diag(c.error_at("organisations[0].location.lat"), at("90.000001"), "outside -90 to 90", "decimal degrees");
    assert_diag(c.error_at("organisations[0].location.lon"), at("-180.5"), "outside -180 to 180", "decimal degrees");
    assert_diag(c.error_at("positions.who"), at("[1e300"), "is not usable: it is outside ±1e7", "--bake");
    assert_diag(c.error_at("positions.health-data"), at("[10000000.5"), "is not usable: it is outside ±1e7", "--bake");
}

// ---------------------------------------------------------------------------------------------
// Valid but nasty: the text is kept exactly (the app shows it as text).

#[test]
fn html_and_script_in_every_text_field_is_valid_data_kept_verbatim() {
    let c = check_fixture("nasty-text.json");
    assert_eq!(c.code, 0, "{}", c.text);
    assert!(c.all_but_freshness().is_empty(), "{}", c.text);
    let loaded = load(&fixture("nasty-text.json")).expect("valid");
    let ds = &loaded.dataset;
    let org = &ds.organisations[0];
    assert_eq!(org.name.get("en"), "<img src=x onerror=\"window.__pwned=true\">Evil & Co");
    assert_eq!(ds.topics[0].name.get("fr"), "<script>window.__pwned=true</script>Thème");
    assert!(org.summary.as_ref().unwrap().get("en").contains("\u{0}"), "a NUL in a text is kept");
    assert_eq!(ds.links[0].sources[1].url, "mailto:evil@example.org?subject=<script>window.__pwned=true</script>");
}

#[test]
fn right_to_left_text_and_emoji_are_valid_and_kept_verbatim() {
    let c = check_fixture("rtl-emoji.json");
    assert_eq!(c.code, 0, "{}", c.text);
    assert!(c.all_but_freshness().is_empty(), "{}", c.text);
    assert_eq!(c.report["counts"]["organisations"], 2);
    let loaded = load(&fixture("rtl-emoji.json")).expect("valid");
    let ds = &loaded.dataset;
    assert_eq!(ds.topics[0].name.get("en"), "حماية البيانات");
    assert_eq!(ds.topics[1].name.get("fr"), "👩‍👩‍👧‍👦 Familles 🏳️‍🌈 👍🏽 🇨🇭");
    assert_eq!(ds.organisations[0].name.get("zh-Hant"), "世界衛生組織");
    assert_eq!(ds.organisations[1].name.get("en"), "\u{202e}evil-org\u{202c} Mixed مختلط 🦄");
}

#[test]
fn every_committed_fixture_loads_without_panic_and_every_error_is_placed_with_a_fix() {
    let dir = fixture_path("");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/hostile")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(names.len() >= 25, "{names:?}");
    for name in names {
        let bytes = fixture(&name);
        assert!(bytes.len() < 50 * 1024, "{name} is committed and should stay small");
        let lines = String::from_utf8_lossy(&bytes).lines().count().max(1) as u32;
        let (result, cost) = measured_load(&bytes);
        assert!(cost.peak < 16 * MIB, "{name}: {} bytes at peak", cost.peak);
        let diagnostics = match result {
            Ok(loaded) => loaded.warnings,
            Err(invalid) => {
                assert!(invalid.error_count() > 0, "{name}");
                invalid.diagnostics
            }
        };
        for d in &diagnostics {
            assert!(d.line >= 1 && d.line <= lines && d.column >= 1, "{name}: misplaced {d}");
            assert!(d.fix.as_deref().is_some_and(|f| !f.is_empty()), "{name}: no fix for {d}");
            assert!(!d.message.is_empty(), "{name}: {d}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Bugs the hostile-input report found, fixed since: each test is kept against their return.

#[test]
fn arrays_in_place_of_objects_are_refused() {
    let c = check_fixture("arrays-for-objects.json");
    assert_eq!(c.code, 1, "{}", c.text);
    // Each list that stands for a record, where it starts, with the same message and fix.
    let text = std::fs::read_to_string(fixture_path("arrays-for-objects.json")).unwrap();
    for (path, marker) in [
        ("meta", "[]"),
        ("topics[0]", "[\"health-data\""),
        ("organisations[0]", "[\"who\""),
        ("links[0]", "[\"who\", \"health"),
    ] {
        let d = c.error_at(path);
        assert_diag(
            d,
            position_of(text.as_bytes(), marker, 0),
            "a list [...] stands where the format wants an object",
            "named fields",
        );
    }
    assert_eq!(c.errors().len(), 4, "{}", c.text);
}

#[test]
fn nested_arrays_in_place_of_objects_are_refused_and_coordinates_are_not() {
    let text = r#"{"version": 1, "topics": [{"id": "t", "name": "T"}],
  "organisations": [{"id": "o", "name": "O", "location": [46.2, 6.1]}],
  "links": [{"org": "o", "topic": "t", "sources": [["https://example.org"]]}],
  "positions": {"t": [1, 2], "o": [3, 4]}}"#;
    let invalid = datamap::load::load(text.as_bytes()).unwrap_err();
    let errors: Vec<_> = invalid.errors().map(|d| (d.path.as_str(), (d.line as u64, d.column as u64))).collect();
    let (location, source) = (position_of(text.as_bytes(), "[46.2", 0), position_of(text.as_bytes(), "[\"https", 0));
    assert_eq!(errors, [("organisations[0].location", location), ("links[0].sources[0]", source)], "{invalid}");
    assert!(invalid.errors().all(|d| d.message == "a list [...] stands where the format wants an object {...}"));
}

#[test]
fn the_suggested_slug_is_never_empty() {
    let c = check_fixture("case-and-unicode-ids.json");
    let fix = c.error_at("organisations[3].id")["fix"].as_str().unwrap().to_owned();
    assert!(!fix.contains("\"\""), "{fix}");
}

// ---------------------------------------------------------------------------------------------
// Big files, generated at test time (never committed).

/// A generated file in this process's temporary directory, removed when dropped.
struct Generated(PathBuf);

impl Generated {
    fn new(name: &str, bytes: &[u8]) -> Generated {
        let dir = std::env::temp_dir().join(format!("datamap-hostile-{}", std::process::id()));
        let path = dir.join(name);
        // Another test may remove the (then empty) directory at any moment: try again.
        for _ in 0..10 {
            let _ = std::fs::create_dir_all(&dir);
            if std::fs::write(&path, bytes).is_ok() {
                return Generated(path);
            }
        }
        panic!("cannot write {}", path.display());
    }
}

impl Drop for Generated {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        if let Some(dir) = self.0.parent() {
            let _ = std::fs::remove_dir(dir);
        }
    }
}

/// A small valid dataset, minified, ending with `}`.
fn small_dataset() -> String {
    r#"{"version":1,"topics":[{"id":"health-data","name":{"en":"Health data","fr":"Données de santé"}}],"organisations":[{"id":"who","name":{"en":"WHO","fr":"OMS"}}],"links":[{"org":"who","topic":"health-data","sources":[{"url":"https://www.who.int"}]}]}"#.to_owned()
}

/// The small dataset padded with spaces to exactly `size` bytes.
fn padded(size: usize) -> Vec<u8> {
    let mut bytes = small_dataset().into_bytes();
    bytes.resize(size, b' ');
    bytes
}

/// A minified dataset of 1,000 topics and `orgs` organisations, each organisation linked to one
/// topic, without positions.
fn many_nodes(orgs: usize) -> String {
    let mut s = String::with_capacity(orgs * 120);
    s.push_str(r#"{"version":1,"topics":["#);
    for t in 0..1000 {
        if t > 0 {
            s.push(',');
        }
        s.push_str(&format!(r#"{{"id":"t{t}","name":{{"en":"Topic {t}","fr":"Thème {t}"}}}}"#));
    }
    s.push_str(r#"],"organisations":["#);
    for o in 0..orgs {
        if o > 0 {
            s.push(',');
        }
        s.push_str(&format!(r#"{{"id":"o{o}","name":{{"en":"Organisation {o}","fr":"Organisation {o}"}}}}"#));
    }
    s.push_str(r#"],"links":["#);
    for o in 0..orgs {
        if o > 0 {
            s.push(',');
        }
        s.push_str(&format!(
            r#"{{"org":"o{o}","topic":"t{}","sources":[{{"url":"https://example.org/{o}"}}]}}"#,
            o % 1000
        ));
    }
    s.push_str("]}");
    s
}

#[test]
fn a_50_mb_file_is_refused_by_its_size_before_parsing_with_the_limit_in_the_message() {
    let bytes = padded(50 * MIB);
    let (result, cost) = measured_load(&bytes);
    let invalid = result.expect_err("too large");
    assert_eq!(invalid.diagnostics.len(), 1);
    let d = &invalid.diagnostics[0];
    assert_eq!(d.message, "the file is 50.0 MiB; the limit is 40 MiB");
    assert_eq!((d.line, d.column), (1, 1));
    assert!(cost.peak < 64 * 1024, "refused without copying: {} bytes allocated", cost.peak);
    assert!(cost.time < Duration::from_millis(100), "refused at once: {:?}", cost.time);

    let file = Generated::new("huge-50mb.json", &bytes);
    drop(bytes);
    let c = checker(&file.0);
    assert_eq!(c.code, 1, "{}", c.text);
    let line = format!(
        "{}:1:1: error: $: the file is 50.0 MiB; the limit is 40 MiB (fix: split the dataset, or shorten its texts)\n",
        file.0.display()
    );
    assert!(c.text.starts_with(&line), "{}", c.text);
}

#[test]
fn the_size_limit_is_exact() {
    assert_eq!(MAX_FILE_BYTES, 40 * MIB);
    let (at_limit, cost) = measured_load(&padded(MAX_FILE_BYTES));
    assert!(at_limit.is_ok(), "{:?}", at_limit.err().map(|e| e.to_string()));
    assert!(cost.peak < 4 * MIB, "40 MiB of spaces parse in little memory: {} bytes", cost.peak);
    let over = load(&padded(MAX_FILE_BYTES + 1)).expect_err("one byte over");
    assert_eq!(over.diagnostics[0].message, "the file is 40.0 MiB; the limit is 40 MiB");
}

#[test]
fn ten_thousand_levels_of_nesting_give_the_recursion_message() {
    for (name, open, close) in [("arrays", "[", "]"), ("objects", "{\"a\":", "}")] {
        for depth in [10_000, 1_000_000] {
            let text = format!(
                "{{\"version\": 1, \"topics\": [], \"organisations\": [], \"links\": [],\n \"meta\": {{\"title\": {}1{}}}}}",
                open.repeat(depth),
                close.repeat(depth)
            );
            let (result, cost) = measured_load(text.as_bytes());
            let invalid = result.expect_err("too deep");
            let errors: Vec<_> = invalid.errors().collect();
            assert_eq!(errors.len(), 1, "{name} {depth}: {errors:?}");
            assert_eq!(errors[0].message, "invalid JSON: recursion limit exceeded", "{name} {depth}");
            assert!(errors[0].fix.as_deref().unwrap().contains("more than 128 levels"), "{name} {depth}");
            // Placed on line 2, inside the run of brackets, where the parser stopped.
            let bracket_start = " \"meta\": {\"title\": ".chars().count() as u32 + 1;
            assert_eq!(errors[0].line, 2, "{name} {depth}");
            assert!(
                (bracket_start..bracket_start + 130 * open.len() as u32).contains(&errors[0].column),
                "{name} {depth}: column {}",
                errors[0].column
            );
            if depth == 10_000 {
                assert!(cost.peak < 16 * MIB, "{name} {depth}: {} bytes at peak", cost.peak);
            }
            assert!(cost.time < Duration::from_secs(10), "{name} {depth}: {:?}", cost.time);
        }
    }
    let deep = format!(
        "{{\"version\": 1, \"topics\": [], \"organisations\": [], \"links\": [],\n \"meta\": {{\"title\": {}1{}}}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let file = Generated::new("deep-10000.json", deep.as_bytes());
    let c = checker(&file.0);
    assert_eq!(c.code, 1, "{}", c.text);
    assert!(
        c.text.contains(
            ": error: $: invalid JSON: recursion limit exceeded (fix: the file nests more than 128 levels deep"
        ),
        "{}",
        c.text
    );
}

#[test]
fn a_one_megabyte_name_gives_the_name_length_error_without_echoing_it() {
    for (label, unit, chars) in
        [("ascii", "A", MIB), ("accented", "é", MIB / 2), ("emoji", "👩\u{200d}💻", MIB / 9 * 3)]
    {
        let name = unit.repeat(chars / unit.chars().count());
        assert!(name.len() >= MIB - 16, "{label}: {} bytes", name.len());
        let text = format!(
            "{{\"version\": 1,\n\"topics\": [{{\"id\": \"t\", \"name\": \"Topic\", \"summary\": \"{name}\"}}],\n\"organisations\": [{{\"id\": \"o\", \"name\": {{\"en\": \"{name}\", \"fr\": \"OMS\"}}}}],\n\"links\": [{{\"org\": \"o\", \"topic\": \"t\", \"sources\": [{{\"url\": \"https://example.org\"}}]}}]}}"
        );
        let (result, cost) = measured_load(text.as_bytes());
        let invalid = result.expect_err("too long");
        let errors: Vec<_> = invalid.errors().collect();
        assert_eq!(errors.len(), 2, "{label}: {errors:?}");
        let n = name.chars().count();
        assert_eq!(errors[0].path, "topics[0].summary");
        assert_eq!(errors[0].message, format!("the text is {n} characters long; the limit here is 5000"));
        let (line, column) = position_of(text.as_bytes(), "\"summary\": ", 0);
        assert_eq!((errors[0].line, errors[0].column), (line as u32, column as u32 + 11));
        assert_eq!(errors[1].path, "organisations[0].name.en");
        assert_eq!(errors[1].message, format!("the text is {n} characters long; the limit here is 300"));
        let (line, column) = position_of(text.as_bytes(), "{\"en\": ", 0);
        assert_eq!((errors[1].line, errors[1].column), (line as u32, column as u32 + 7));
        assert!(cost.peak < 32 * MIB, "{label}: {} bytes at peak", cost.peak);
        assert!(cost.time < Duration::from_secs(10), "{label}: {:?}", cost.time);
        if label == "emoji" {
            let file = Generated::new("name-1mb.json", text.as_bytes());
            let c = checker(&file.0);
            assert_eq!(c.code, 1);
            assert!(c.text.len() < 2000, "the report does not echo the name: {} bytes", c.text.len());
        }
    }
}

#[test]
fn one_hundred_thousand_nodes_without_positions_check_in_bounded_time_and_memory() {
    let text = many_nodes(99_000);
    let (result, cost) = measured_load(text.as_bytes());
    let loaded = result.unwrap_or_else(|e| panic!("valid: {e}"));
    assert_eq!(loaded.dataset.organisations.len() + loaded.dataset.topics.len(), 100_000);
    assert!(loaded.dataset.positions.is_empty());
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings.first());
    eprintln!("100,000 nodes ({} MB): loaded in {:?}, {} MB at peak", text.len() / MIB, cost.time, cost.peak / MIB);
    assert!(cost.peak < 20 * text.len(), "{} bytes at peak for {} bytes", cost.peak, text.len());
    assert!(cost.time < Duration::from_secs(60), "{:?}", cost.time);

    // The graph and the first tick of the layout (the app runs the rest progressively).
    let start = Instant::now();
    let graph = datamap::graph::Graph::new(&loaded.dataset);
    assert_eq!((graph.len(), graph.edges.len()), (100_000, 99_000));
    let fixed = datamap::bake::baked(&loaded.dataset, &graph);
    let mut layout = datamap::layout::Layout::new(&datamap::layout::layout_request(&graph, &fixed));
    assert!(layout.step());
    assert!(layout.positions().iter().all(|p| p[0].is_finite() && p[1].is_finite()));
    eprintln!("100,000 nodes: graph and one layout tick in {:?}", start.elapsed());
    assert!(start.elapsed() < Duration::from_secs(60));

    let file = Generated::new("nodes-100k.json", text.as_bytes());
    drop((text, loaded, graph, layout));
    let c = checker(&file.0);
    assert_eq!(c.code, 0, "{}", c.text);
    assert!(c.text.contains(": valid: 99000 organisations, 1000 topics in 0 categories, 99000 links"), "{}", c.text);
}

/// Loads a generated text and asserts it takes less than `limit`, or less than 100 plain parses of
/// the same text into a `serde_json::Value` timed in the same run, whichever is longer: these
/// tests catch work that grows with the square of the input (minutes), not a slow machine (a
/// busy one slows both timings alike).
fn assert_loads_within(label: &str, text: &str, limit: Duration) {
    let start = std::time::Instant::now();
    let parsed: Result<serde_json::Value, _> = serde_json::from_str(text);
    let limit = limit.max(start.elapsed() * 100);
    drop(parsed);
    let (result, cost) = measured_load(text.as_bytes());
    eprintln!(
        "{label}: {} bytes, {} diagnostics, {:?}",
        text.len(),
        result.as_ref().map_or_else(|e| e.diagnostics.len(), |l| l.warnings.len()),
        cost.time
    );
    assert!(cost.time < limit, "{label}: {:?}", cost.time);
}

#[test]
fn a_minified_file_with_100_000_warnings_loads_quickly() {
    let mut s = String::from(r#"{"version":1,"topics":[],"links":[],"organisations":["#);
    for o in 0..100_000 {
        s.push_str(&format!(r#"{}{{"id":"o{o}","name":{{"en":"O","fr":"O"}}}}"#, if o > 0 { "," } else { "" }));
    }
    s.push_str("]}");
    assert_loads_within("100,000 unlinked organisations, minified", &s, Duration::from_secs(10));
}

#[test]
fn a_40_mib_run_of_brackets_is_refused_in_bounded_memory() {
    let text = format!("{{\"version\":1,\"meta\":{}", "[".repeat(MAX_FILE_BYTES - 20));
    let (result, cost) = measured_load(text.as_bytes());
    assert!(result.is_err());
    assert!(cost.peak < 256 * MIB, "{} MB at peak", cost.peak / MIB);
}

#[test]
fn a_one_megabyte_dangling_id_is_reported_quickly() {
    let topics: Vec<String> = (0..1000).map(|t| format!(r#"{{"id":"t{t}","name":"T"}}"#)).collect();
    let s = format!(
        "{{\"version\":1,\n\"topics\":[{}],\n\"organisations\":[{{\"id\":\"o\",\"name\":\"O\"}}],\n\"links\":[{{\"org\":\"o\",\"topic\":\"{}\"}}]}}",
        topics.join(","),
        "a".repeat(MIB)
    );
    assert_loads_within("a 1 MB dangling id among 1,000 topics", &s, Duration::from_secs(10));
}

#[test]
fn many_dangling_links_are_reported_quickly() {
    let n = 20_000;
    let list = |f: &dyn Fn(usize) -> String| (0..n).map(f).collect::<Vec<_>>().join(",\n");
    let s = format!(
        "{{\"version\":1,\n\"topics\":[{}],\n\"organisations\":[{}],\n\"links\":[{}]}}",
        list(&|i| format!(r#"{{"id":"t{i}","name":"T"}}"#)),
        list(&|i| format!(r#"{{"id":"o{i}","name":"O"}}"#)),
        list(&|i| format!(r#"{{"org":"o{i}","topic":"x{i}"}}"#)),
    );
    assert_loads_within("20,000 dangling links among 40,000 nodes", &s, Duration::from_secs(10));
}

#[test]
fn many_categories_load_quickly() {
    let n = 100_000;
    let list = |f: &dyn Fn(usize) -> String| (0..n).map(f).collect::<Vec<_>>().join(",\n");
    let s = format!(
        "{{\"version\":1,\n\"categories\":[{}],\n\"topics\":[{}],\n\"organisations\":[],\n\"links\":[]}}",
        list(&|i| format!(r#"{{"id":"c{i}","name":"C"}}"#)),
        list(&|i| format!(r#"{{"id":"t{i}","name":"T","category":"c{}"}}"#, n - 1 - i)),
    );
    assert_loads_within("100,000 categories and topics", &s, Duration::from_secs(10));
}
