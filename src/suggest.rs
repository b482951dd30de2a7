//! "Did you mean ...?": the closest known names to a misspelt one, by edit distance.

/// The edit distance (insertions, deletions, substitutions) between two strings, by characters.
///
/// ```
/// assert_eq!(datamap::suggest::distance("helth-data", "health-data"), 1);
/// ```
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb { prev } else { 1 + prev.min(cur).min(row[j]) };
            prev = cur;
        }
    }
    row[b.len()]
}

/// Names longer than this get no suggestions (nothing that long is a misspelt id).
pub const MAX_WANTED: usize = 120;

/// Up to three candidates close to `wanted` (ignoring case and accents), closest first, ties in
/// alphabetical order.
///
/// ```
/// let ids = ["health-data", "open-data", "privacy"];
/// assert_eq!(datamap::suggest::closest("helth-data", ids.iter().copied()), vec!["health-data"]);
/// ```
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    // One copy of the work for every kind of list (the wasm's size): only this call is generic.
    closest_in(wanted, &mut candidates.into_iter())
}

fn closest_in<'a>(wanted: &str, candidates: &mut dyn Iterator<Item = &'a str>) -> Vec<&'a str> {
    let n = wanted.chars().count();
    if n > MAX_WANTED {
        return Vec::new();
    }
    let limit = (n / 3).max(2);
    // Compared folded (lowercase, no accents): `fold` is the app's one lowercasing, so the wasm
    // carries no second copy of the Unicode case tables' code.
    let lower = crate::text::fold(wanted);
    let mut scored: Vec<(usize, &str)> = candidates
        .filter_map(|c| {
            // Only a candidate of about the right length can be within the limit: skip the rest
            // before computing any distance.
            let m = c.chars().count();
            let contains = !lower.is_empty() && m >= n && crate::text::fold(c).contains(lower.as_str());
            if contains {
                return Some((m - n, c));
            }
            if m.abs_diff(n) > limit {
                return None;
            }
            let d = distance(&lower, &crate::text::fold(c));
            (d <= limit).then_some((d, c))
        })
        .collect();
    crate::sort::sort(&mut scored);
    scored.dedup();
    scored.into_iter().take(3).map(|(_, c)| c).collect()
}

/// "`a`, `b` or `c`", for messages.
pub fn or_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {}", rest.join(", "), last),
    }
}
