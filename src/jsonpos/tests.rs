//! Tests of [`super`]: paths, positions and duplicate keys.

use rustc_hash::FxHashSet as HashSet;

use super::*;

fn wanted(paths: &[&str]) -> HashSet<String> {
    paths.iter().map(|s| s.to_string()).collect()
}

#[test]
fn finds_nested_paths_with_lines_and_character_columns() {
    let text = "{\n  \"links\": [\n    {\"org\": \"é\", \"topic\": \"x\"},\n    {\"org\": \"b\"}\n  ]\n}";
    let scan = scan(text, &wanted(&["links[0].topic", "links[1]", "links", ""]));
    let lines = LineIndex::new(text);
    assert_eq!(lines.pos(scan.offsets["links[0].topic"]), Pos { line: 3, column: 27 });
    assert_eq!(lines.pos(scan.offsets["links[1]"]), Pos { line: 4, column: 5 });
    assert_eq!(lines.pos(scan.offsets["links"]), Pos { line: 2, column: 12 });
    assert_eq!(lines.pos(scan.offsets[""]), Pos { line: 1, column: 1 });
}

#[test]
fn reports_duplicate_keys_at_the_second_key() {
    let text = r#"{"a": 1, "b": {"x": 1, "x": 2}, "a": 3}"#;
    let scan = scan(text, &HashSet::default());
    let found: Vec<&str> = scan.duplicates.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(found, vec!["b.x", "a"]);
}

#[test]
fn batch_positions_agree_with_single_ones() {
    let text = "{\"a\": \"é\", \"b\": [1, 2]}\n  {\"c\": 3}\n";
    let lines = LineIndex::new(text);
    let offsets = [30, 0, 9, 25, 5, 9, text.len()];
    let batch = lines.positions(&offsets);
    let single: Vec<Pos> = offsets.iter().map(|&o| lines.pos(o)).collect();
    assert_eq!(batch, single);
}

#[test]
fn odd_keys_are_quoted_in_paths() {
    let mut p = String::from("positions");
    push_key(&mut p, "a b");
    assert_eq!(p, "positions[\"a b\"]");
}

#[test]
fn deep_nesting_does_not_overflow() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let scan = scan(&text, &wanted(&["[0][0][0]"]));
    assert_eq!(scan.offsets["[0][0][0]"], 3);
}

#[test]
fn serde_byte_columns_become_character_columns() {
    let lines = LineIndex::new("{\"é\": x}");
    assert_eq!(lines.from_line_byte_column(1, 8), Pos { line: 1, column: 7 });
}

/// The byte-by-byte definition that [`string_end`] speeds up.
fn string_end_reference(b: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

#[test]
fn string_end_agrees_with_the_byte_by_byte_definition() {
    // Every placement of up to two special bytes (quote, backslash, and bytes near them in value)
    // in strings of every length around the eight-byte words.
    let specials = [b'"', b'\\', b'!', b'#', b'[', b']', 0x22 + 0x80, 0x5C + 0x80, 0x21, 0x5D, 0];
    for len in 0..20 {
        for a in 0..len {
            for b in a..len {
                for &x in &specials {
                    for &y in &specials {
                        let mut text = vec![b'a'; len + 1];
                        text[0] = b'"';
                        text[a + 1] = x;
                        text[b + 1] = y;
                        assert_eq!(
                            string_end(&text, 0),
                            string_end_reference(&text, 0),
                            "{:?}",
                            String::from_utf8_lossy(&text)
                        );
                    }
                }
            }
        }
    }
    let text = "\"é\\\"ü\\\\\" and more \"".repeat(3);
    for start in 0..text.len() {
        assert_eq!(string_end(text.as_bytes(), start), string_end_reference(text.as_bytes(), start));
    }
}

#[test]
fn json_strings_are_written_as_serde_json_writes_them() {
    let mut all: Vec<String> = (0u32..0x800).filter_map(char::from_u32).map(String::from).collect();
    all.extend(["", "odd key", "a\"b\\c\u{7f}\u{2028}é😀\u{0}\u{1f}\r\n\t\u{8}\u{c}"].map(String::from));
    for s in all {
        let mut ours = String::new();
        push_json_string(&mut ours, &s);
        assert_eq!(ours, serde_json::to_string(&s).unwrap(), "{s:?}");
    }
}
