//! A [`Diff`] as curators read it: a block per list, a line per record (`+` added, `-` removed,
//! `~` changed) with its changed fields below it, old and new values shortened.

use super::{Diff, Kind};

/// The longest value shown, in characters; longer ones end in `…`.
const SHOWN_CHARS: usize = 60;

/// A value as shown: quoted, `(none)` when absent; when longer than [`SHOWN_CHARS`], the part
/// from a little before `from` (a character index), with `…` where text is left out.
fn shown(value: Option<&str>, from: usize) -> String {
    let Some(v) = value else { return "(none)".into() };
    let len = v.chars().count();
    let start = if len > SHOWN_CHARS { from.saturating_sub(20).min(len - SHOWN_CHARS) } else { 0 };
    let mut s: String = if start > 0 { "…".into() } else { String::new() };
    s.extend(v.chars().skip(start).take(SHOWN_CHARS));
    if start + SHOWN_CHARS < len {
        s.push('…');
    }
    format!("{s:?}")
}

/// Where two values first differ, in characters.
fn first_difference(a: Option<&str>, b: Option<&str>) -> usize {
    let (a, b) = (a.unwrap_or_default(), b.unwrap_or_default());
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// The heading of a list.
fn heading(table: &str) -> &str {
    match table {
        "org_types" => "organisation types",
        t => t,
    }
}

impl Diff {
    /// How many records were added, removed and changed.
    pub fn counts(&self) -> (usize, usize, usize) {
        let count = |k| self.changes.iter().filter(|c| c.kind == k).count();
        (count(Kind::Added), count(Kind::Removed), count(Kind::Changed))
    }

    /// Whether the two datasets are the same.
    pub fn is_empty(&self) -> bool {
        let p = &self.positions;
        self.changes.is_empty() && p.added.is_empty() && p.removed.is_empty() && p.moved.is_empty()
    }

    /// The differences as lines of text, ending with a summary line.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let mut table = "";
        for c in &self.changes {
            if c.table != table {
                table = c.table;
                out.push_str(heading(table));
                out.push('\n');
            }
            let sign = match c.kind {
                Kind::Added => '+',
                Kind::Removed => '-',
                Kind::Changed => '~',
            };
            out.push_str(&format!("  {sign} {}", c.key));
            if let Some(name) = &c.name {
                out.push_str(&format!("  {}", shown(Some(name), 0)));
            }
            out.push('\n');
            for f in &c.fields {
                let (old, new) = (f.old.as_deref(), f.new.as_deref());
                let at = first_difference(old, new);
                out.push_str(&format!("      {}: {} -> {}\n", f.field, shown(old, at), shown(new, at)));
            }
        }
        let p = &self.positions;
        if !(p.added.is_empty() && p.removed.is_empty() && p.moved.is_empty()) {
            out.push_str(&format!(
                "positions: {} added, {} removed, {} moved\n",
                p.added.len(),
                p.removed.len(),
                p.moved.len()
            ));
        }
        let (added, removed, changed) = self.counts();
        if self.is_empty() {
            out.push_str("no differences\n");
        } else {
            out.push_str(&format!("{added} added, {removed} removed, {changed} changed\n"));
        }
        out
    }
}
