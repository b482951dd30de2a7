use super::*;

fn cells(text: &str) -> Vec<Vec<String>> {
    read(text).unwrap().into_iter().map(|r| r.cells).collect()
}

#[test]
fn quoted_cells_keep_commas_quotes_and_line_breaks() {
    let text = "a,b,c\n\"1,5\",\"say \"\"hi\"\"\",\"two\nlines\"\nx,,\"\"\n";
    assert_eq!(cells(text), [vec!["a", "b", "c"], vec!["1,5", "say \"hi\"", "two\nlines"], vec!["x", "", ""]]);
}

#[test]
fn a_line_break_inside_quotes_does_not_start_a_row() {
    let records = read("a,b\n\"x\ny\",1\nz,2\n").unwrap();
    assert_eq!(records.iter().map(|r| r.row).collect::<Vec<_>>(), [1, 2, 3]);
}

#[test]
fn a_byte_order_mark_and_crlf_are_accepted() {
    assert_eq!(cells("\u{feff}a,b\r\n1,\"x\r\ny\"\r\n"), [vec!["a", "b"], vec!["1", "x\r\ny"]]);
    assert_eq!(cells("a,b\r1,2"), [vec!["a", "b"], vec!["1", "2"]]);
}

#[test]
fn an_empty_line_is_a_record_of_one_empty_cell_and_the_last_line_break_is_not() {
    assert_eq!(cells("a\n\nb\n"), [vec!["a"], vec![""], vec!["b"]]);
    assert!(read("").unwrap().is_empty());
}

#[test]
fn each_syntax_error_is_placed_at_its_row_and_column() {
    let err = read("a,b\n1,x\"y\n").unwrap_err();
    assert_eq!((err.row, err.column, err.problem), (2, 2, Problem::StrayQuote));
    let err = read("a,b\n\"1\"x,2\n").unwrap_err();
    assert_eq!((err.row, err.column, err.problem), (2, 1, Problem::AfterClosingQuote));
    let err = read("a,b\n1,\"open\n2,3\n").unwrap_err();
    assert_eq!((err.row, err.column, err.problem), (2, 2, Problem::UnclosedQuote));
}

#[test]
fn written_records_read_back_the_same() {
    let rows = [vec!["id", "name.en", "x"], vec!["a", "Comma, \"quote\"\r\nbreak", ""], vec!["", " spaced ", "é🗺️"]];
    let mut out = String::new();
    for r in &rows {
        write_record(&mut out, r.iter().copied());
    }
    assert_eq!(cells(&out), rows);
}

#[test]
fn semicolons_and_tabs_are_recognised_in_a_header_without_commas() {
    assert_eq!(other_separator("id;name.en;name.fr\n1;2;3"), Some(';'));
    assert_eq!(other_separator("id\tname"), Some('\t'));
    assert_eq!(other_separator("id,name;x"), None);
    assert_eq!(other_separator("id"), None);
}

#[test]
fn column_letters_go_on_past_z() {
    assert_eq!(column_letter(27), "AB");
    assert_eq!(column_letter(701), "ZZ");
    assert_eq!(column_letter(702), "AAA");
}
