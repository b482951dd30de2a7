//! Placing diagnostics: each one that has only a JSON path gets the line and column of that path
//! (or of its nearest parent found) in the file's text.

use rustc_hash::FxHashSet as HashSet;

use crate::diagnostic::Diagnostic;
use crate::jsonpos::{self, LineIndex};

/// Places every diagnostic that has no line yet at its path, or at the nearest parent found.
pub(super) fn place(text: &str, diagnostics: &mut [Diagnostic]) {
    let unplaced: Vec<usize> = (0..diagnostics.len()).filter(|i| diagnostics[*i].line == 0).collect();
    if unplaced.is_empty() {
        return;
    }
    let mut wanted = HashSet::default();
    for &i in &unplaced {
        let mut p = diagnostics[i].path.as_str();
        loop {
            wanted.insert(p.to_owned());
            if p.is_empty() {
                break;
            }
            p = parent(p);
        }
    }
    let scan = jsonpos::scan(text, &wanted);
    let lines = LineIndex::new(text);
    let offsets: Vec<usize> = unplaced
        .iter()
        .map(|&i| {
            let mut p = diagnostics[i].path.as_str();
            loop {
                if let Some(o) = scan.offsets.get(p) {
                    break *o;
                }
                if p.is_empty() {
                    break 0;
                }
                p = parent(p);
            }
        })
        .collect();
    for (&i, pos) in unplaced.iter().zip(lines.positions(&offsets)) {
        diagnostics[i].line = pos.line;
        diagnostics[i].column = pos.column;
    }
    crate::sort::sort_by_key(diagnostics, |d| (d.line, d.column));
}

/// The parent of a JSON path: `links[3].topic` → `links[3]` → `links` → ``.
fn parent(path: &str) -> &str {
    let mut last = 0;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in path.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '.' | '[' if !in_string => last = i,
            _ => {}
        }
    }
    &path[..last]
}

#[cfg(test)]
mod tests {
    use super::parent;

    #[test]
    fn parent_paths_step_up_one_segment_at_a_time() {
        assert_eq!(parent("links[3].topic"), "links[3]");
        assert_eq!(parent("links[3]"), "links");
        assert_eq!(parent("links"), "");
        assert_eq!(parent("positions[\"a.b[c\"]"), "positions");
    }
}
