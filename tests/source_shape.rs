//! The shape of the source, checked natively: no file under `src/` longer than [`MAX_FILE_LINES`]
//! and no function longer than [`MAX_FN_LINES`] (code in `#[cfg(test)]` modules, in files named
//! `tests.rs` and under `tests/` folders does not count), and no file of the repository pointing
//! outside it.
//!
//! The scanner is deliberately simple: it blanks out comments and the insides of string and
//! character literals, then matches braces. A function runs from the line of its `fn` keyword to
//! the line of its closing brace, so a Leptos `#[component]` counts with its `view!` body.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// The most lines a file under `src/` may have (outside its test modules).
const MAX_FILE_LINES: usize = 300;
/// The most lines a function may span, from its `fn` line to its closing brace.
const MAX_FN_LINES: usize = 80;

/// A file or function over its limit.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Offender {
    /// The file, relative to the repository (with `/`).
    path: String,
    /// The line of the `fn` keyword (1 for a whole file).
    line: usize,
    /// The function's name, or `None` for a whole file.
    name: Option<String>,
    /// Its length in lines.
    lines: usize,
}

impl std::fmt::Display for Offender {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.name {
            Some(name) => {
                write!(f, "{}:{} fn {name}: {} lines (at most {MAX_FN_LINES})", self.path, self.line, self.lines)
            }
            None => {
                write!(f, "{}:{}: {} lines outside tests (at most {MAX_FILE_LINES})", self.path, self.line, self.lines)
            }
        }
    }
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `src` with comments and the insides of string and character literals (quotes included)
/// replaced by spaces, newlines kept, so braces, attributes and keywords can be found by position.
fn code_only(src: &str) -> Vec<u8> {
    let b = src.as_bytes();
    let n = b.len();
    let mut out = b.to_vec();
    let mut blank = |from: usize, to: usize| {
        for c in &mut out[from..to.min(n)] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < n {
        let prev_ident = i > 0 && is_ident(b[i - 1]);
        if b[i..].starts_with(b"//") {
            let end = b[i..].iter().position(|&c| c == b'\n').map_or(n, |k| i + k);
            blank(i, end);
            i = end;
        } else if b[i..].starts_with(b"/*") {
            let (mut depth, mut j) = (1, i + 2);
            while j < n && depth > 0 {
                if b[j..].starts_with(b"/*") {
                    (depth, j) = (depth + 1, j + 2);
                } else if b[j..].starts_with(b"*/") {
                    (depth, j) = (depth - 1, j + 2);
                } else {
                    j += 1;
                }
            }
            blank(i, j);
            i = j;
        } else if let Some(end) = (!prev_ident).then(|| raw_string_end(b, i)).flatten() {
            blank(i, end);
            i = end;
        } else if b[i] == b'"' {
            let mut j = i + 1;
            while j < n && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            blank(i, j + 1);
            i = j + 1;
        } else if b[i] == b'\'' {
            // A character literal ('x', '\n', '\u{e9}', '\'') or else a lifetime or label.
            let end = if at(i + 1) == b'\\' {
                (i + 3..n).find(|&j| b[j] == b'\'').map(|j| j + 1)
            } else {
                let len = src[i + 1..].chars().next().map_or(1, char::len_utf8);
                (at(i + 1 + len) == b'\'').then_some(i + 2 + len)
            };
            match end {
                Some(end) => {
                    blank(i, end);
                    i = end;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Where a raw string starting at `i` (`r"`, `r#"`, `br#"`, `cr"`...) ends, if one starts there.
fn raw_string_end(b: &[u8], i: usize) -> Option<usize> {
    let k = match (b.get(i), b.get(i + 1)) {
        (Some(b'r'), _) => i + 1,
        (Some(b'b' | b'c'), Some(b'r')) => i + 2,
        _ => return None,
    };
    let hashes = b[k..].iter().take_while(|&&c| c == b'#').count();
    if b.get(k + hashes) != Some(&b'"') {
        return None;
    }
    let mut close = vec![b'"'];
    close.extend(std::iter::repeat_n(b'#', hashes));
    let body = k + hashes + 1;
    Some(b[body..].windows(close.len()).position(|w| w == close).map_or(b.len(), |p| body + p + close.len()))
}

/// The index of the brace closing the one at `open`, in blanked code.
fn matching_brace(code: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (j, &c) in code.iter().enumerate().skip(open) {
        match c {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

/// The 1-based line of byte `i`.
fn line_of(code: &[u8], i: usize) -> usize {
    code[..i].iter().filter(|&&c| c == b'\n').count() + 1
}

/// The byte ranges of the `#[cfg(test)]` modules with a body, attribute included.
fn test_modules(code: &[u8]) -> Vec<(usize, usize)> {
    let needle = b"#[cfg(test)]";
    let mut spans = Vec::new();
    let mut from = 0;
    while let Some(p) = code[from..].windows(needle.len()).position(|w| w == needle).map(|p| from + p) {
        from = p + needle.len();
        let mut j = from;
        loop {
            while code.get(j).is_some_and(u8::is_ascii_whitespace) {
                j += 1;
            }
            if code.get(j) != Some(&b'#') {
                break;
            }
            // Another attribute: skip to its closing bracket.
            j = code[j..].iter().position(|&c| c == b']').map_or(code.len(), |k| j + k + 1);
        }
        let rest = &code[j.min(code.len())..];
        let pub_len = if rest.starts_with(b"pub ") { 4 } else { 0 };
        if !rest[pub_len..].starts_with(b"mod ") {
            continue;
        }
        let Some(k) = rest.iter().position(|&c| c == b'{' || c == b';') else { continue };
        if rest[k] == b'{' {
            if let Some(end) = matching_brace(code, j + k) {
                spans.push((p, end + 1));
                from = end + 1;
            }
        }
    }
    spans
}

/// The functions of a file as (line of `fn`, name, length in lines), outside test modules.
fn functions(code: &[u8], tests: &[(usize, usize)]) -> Vec<(usize, String, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(p) = code[i..].windows(3).position(|w| w == b"fn " || w == b"fn\n").map(|p| i + p) {
        i = p + 2;
        if (p > 0 && is_ident(code[p - 1])) || tests.iter().any(|&(a, b)| (a..b).contains(&p)) {
            continue;
        }
        let start = p + 2 + code[p + 2..].iter().take_while(|c| c.is_ascii_whitespace()).count();
        let name_len = code[start..].iter().take_while(|&&c| is_ident(c)).count();
        if name_len == 0 || code[start].is_ascii_digit() {
            continue;
        }
        let name = String::from_utf8_lossy(&code[start..start + name_len]).into_owned();
        // The body starts at the first `{` outside parentheses and brackets; a `;` first means
        // a declaration without a body.
        let mut depth = 0i32;
        let body = code[start..].iter().position(|&c| {
            match c {
                b'(' | b'[' => depth += 1,
                b')' | b']' => depth -= 1,
                _ => {}
            }
            depth == 0 && (c == b'{' || c == b';')
        });
        let Some(open) = body.map(|k| start + k).filter(|&k| code[k] == b'{') else { continue };
        let Some(close) = matching_brace(code, open) else { continue };
        let line = line_of(code, p);
        out.push((line, name, line_of(code, close) - line + 1));
    }
    out
}

/// The offenders of one file's source, reported under `path`.
fn offenders_in(path: &str, src: &str) -> Vec<Offender> {
    let code = code_only(src);
    let tests = test_modules(&code);
    let test_lines: usize = tests.iter().map(|&(a, b)| line_of(&code, b) - line_of(&code, a) + 1).sum();
    let lines = src.lines().count().saturating_sub(test_lines);
    let mut out = Vec::new();
    if lines > MAX_FILE_LINES {
        out.push(Offender { path: path.to_owned(), line: 1, name: None, lines });
    }
    for (line, name, lines) in functions(&code, &tests) {
        if lines > MAX_FN_LINES {
            out.push(Offender { path: path.to_owned(), line, name: Some(name), lines });
        }
    }
    out
}

/// Every file under `dir` (recursively, sorted), skipping `node_modules` and `target`.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return out };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if !matches!(p.file_name().and_then(|n| n.to_str()), Some("node_modules" | "target")) {
                out.extend(files_under(&p));
            }
        } else {
            out.push(p);
        }
    }
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `p` relative to the repository, with `/` separators.
fn relative(p: &Path) -> String {
    let rel = p.strip_prefix(root()).unwrap_or(p);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// The offenders of every non-test source file under `src/`, in path order.
fn source_offenders() -> Vec<Offender> {
    let mut out = Vec::new();
    for p in files_under(&root().join("src")) {
        let rel = relative(&p);
        let is_test = rel.ends_with("/tests.rs") || rel.contains("/tests/");
        if is_test || !rel.ends_with(".rs") {
            continue;
        }
        let src = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"));
        out.extend(offenders_in(&rel, &src));
    }
    out
}

#[test]
fn no_source_file_or_function_is_too_long() {
    let over: Vec<String> = source_offenders().iter().map(ToString::to_string).collect();
    assert!(
        over.is_empty(),
        "split these by concern (files at most {MAX_FILE_LINES} lines, functions at most {MAX_FN_LINES}):\n  {}",
        over.join("\n  ")
    );
}

#[test]
fn no_file_of_the_repository_points_outside_it() {
    // Built from pieces so this file does not mention them itself.
    let needles = [concat!("DESIGN", ".md"), concat!("..", "/shared")];
    let r = root();
    let mut files: Vec<PathBuf> = ["README.md", "CURATING.md", "EMBEDDING.md", "bench/README.md"]
        .iter()
        .map(|f| r.join(f))
        .filter(|p| p.exists())
        .collect();
    files.extend(files_under(&r.join("docs")).into_iter().filter(|p| p.extension().is_some_and(|e| e == "md")));
    for dir in ["src", "tests", "tools"] {
        files.extend(files_under(&r.join(dir)));
    }
    let mut found = Vec::new();
    for p in &files {
        let Ok(bytes) = std::fs::read(p) else { continue };
        let text = String::from_utf8_lossy(&bytes);
        for (k, line) in text.lines().enumerate() {
            for needle in needles.iter().filter(|n| line.contains(*n)) {
                found.push(format!("{}:{}: {needle}", relative(p), k + 1));
            }
        }
    }
    assert!(found.is_empty(), "the repository must not point outside itself:\n  {}", found.join("\n  "));
}

#[test]
fn comments_strings_and_characters_do_not_count_as_braces() {
    let src = "fn a() {\n    let s = \"}{\"; // }\n    let c = '}'; /* { /* } */ */\n    let r = r#\"\"}\"#;\n}\n";
    let code = code_only(src);
    assert_eq!(functions(&code, &[]), vec![(1, "a".to_owned(), 5)]);
    assert_eq!(code.len(), src.len());
    assert_eq!(code.iter().filter(|&&c| c == b'\n').count(), 5);
}

#[test]
fn lifetimes_are_not_character_literals() {
    let src = "fn a<'a>(x: &'a str) -> &'a str {\n    x\n}\nfn b() { let _ = '\\''; }\n";
    let names: Vec<(usize, String, usize)> = functions(&code_only(src), &[]);
    assert_eq!(names, vec![(1, "a".to_owned(), 3), (4, "b".to_owned(), 1)]);
}

#[test]
fn test_modules_declarations_and_pointer_types_are_left_out() {
    let src = "trait T { fn d(&self) -> [u8; 2]; }\nfn f(g: fn(u8) -> u8) -> u8 { g(1) }\n\
               #[cfg(test)]\nmod tests {\n    fn helper() {}\n}\n";
    let code = code_only(src);
    let tests = test_modules(&code);
    assert_eq!(tests.len(), 1);
    assert_eq!(functions(&code, &tests), vec![(2, "f".to_owned(), 1)]);
}

#[test]
fn a_long_function_is_reported_with_its_path_line_and_length() {
    let body = "    let x = 1;\n".repeat(MAX_FN_LINES);
    let src = format!("// a comment\nfn long() {{\n{body}}}\n");
    let found = offenders_in("src/x.rs", &src);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].to_string(),
        format!("src/x.rs:2 fn long: {} lines (at most {MAX_FN_LINES})", MAX_FN_LINES + 2)
    );
}
