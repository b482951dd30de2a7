//! The shortest paths between two nodes, found by breadth-first search and listed in a stable
//! order without listing them all (a hub can put millions of paths between two nodes).
//!
//! The order: paths are compared by the sequence of their nodes' folded names in the language,
//! node by node; paths with the same names are compared by the sequence of their ids. The walk
//! follows that order: it extends a path one name at a time (every node of that name that lies on
//! a shortest path, as one group), and only when it reaches the end lists the actual paths through
//! the chosen groups, by id.

use super::{is_hidden, name_key};
use crate::graph::Graph;
use crate::model::Dataset;

const FAR: u8 = u8::MAX;

/// Distances in links from `from`, up to `max` (farther or unreachable nodes are [`FAR`]); stops
/// after the level where `stop` is found. Blocked nodes are not entered.
fn distances(g: &Graph, from: u32, stop: u32, max: u8, blocked: &dyn Fn(u32) -> bool) -> Vec<u8> {
    let mut dist = vec![FAR; g.len()];
    dist[from as usize] = 0;
    let mut ring = vec![from];
    let mut level = 0;
    while level < max && !ring.is_empty() && dist[stop as usize] == FAR {
        level += 1;
        let mut next = Vec::new();
        for &i in &ring {
            for &j in g.neighbors(i) {
                if dist[j as usize] == FAR && !blocked(j) {
                    dist[j as usize] = level;
                    next.push(j);
                }
            }
        }
        ring = next;
    }
    dist
}

/// What the walk needs: the graph, the names, both distance maps and the length.
struct Walk<'a> {
    ds: &'a Dataset,
    g: &'a Graph,
    lang: &'a str,
    from_a: Vec<u8>,
    from_b: Vec<u8>,
    steps: u8,
    limit: usize,
}

impl Walk<'_> {
    /// Whether node `j` is the `k`-th node of some shortest path.
    fn on_path(&self, j: u32, k: u8) -> bool {
        self.from_a[j as usize] == k && self.from_b[j as usize] == self.steps - k
    }

    /// Extends the groups of nodes (one name per position) until the end, then lists paths.
    fn extend(&self, groups: &mut Vec<Vec<u32>>, out: &mut Vec<Vec<u32>>) {
        let k = groups.len() as u8 - 1;
        if k == self.steps {
            return self.list(groups, out);
        }
        let mut next: Vec<u32> = groups[k as usize]
            .iter()
            .flat_map(|&v| self.g.neighbors(v).iter().copied())
            .filter(|&j| self.on_path(j, k + 1))
            .collect();
        next.sort_unstable();
        next.dedup();
        let mut keyed: Vec<((String, String), u32)> =
            next.into_iter().map(|j| (name_key(self.ds, self.g, j, self.lang), j)).collect();
        crate::sort::sort(&mut keyed);
        let mut rest = keyed.as_slice();
        while let Some(((name, _), _)) = rest.first() {
            let same = rest.iter().take_while(|((n, _), _)| n == name).count();
            groups.push(rest[..same].iter().map(|&(_, j)| j).collect());
            self.extend(groups, out);
            groups.pop();
            if out.len() >= self.limit {
                return;
            }
            rest = &rest[same..];
        }
    }

    /// Lists the paths through `groups` (each group sorted by id), in id order, up to the limit.
    fn list(&self, groups: &[Vec<u32>], out: &mut Vec<Vec<u32>>) {
        // Keep only the nodes that reach the end through the groups, so no branch is a dead end.
        let mut alive: Vec<Vec<u32>> = vec![Vec::new(); groups.len()];
        alive[groups.len() - 1] = groups[groups.len() - 1].clone();
        for k in (0..groups.len() - 1).rev() {
            let (here, after) = alive.split_at_mut(k + 1);
            let ahead = &after[0];
            here[k] = groups[k]
                .iter()
                .copied()
                .filter(|&v| ahead.iter().any(|w| self.g.neighbors(v).binary_search(w).is_ok()))
                .collect();
        }
        let mut path = Vec::with_capacity(groups.len());
        self.list_from(&alive, &mut path, out);
    }

    fn list_from(&self, alive: &[Vec<u32>], path: &mut Vec<u32>, out: &mut Vec<Vec<u32>>) {
        let k = path.len();
        if k == alive.len() {
            out.push(path.clone());
            return;
        }
        for &v in &alive[k] {
            if out.len() >= self.limit {
                return;
            }
            if k == 0 || self.g.neighbors(path[k - 1]).binary_search(&v).is_ok() {
                path.push(v);
                self.list_from(alive, path, out);
                path.pop();
            }
        }
    }
}

/// The first `limit` shortest paths from `a` to `b` (as node sequences) in the order above, when
/// the shortest is at most `max_steps` links; nodes that `hidden` flags are not walked through
/// (`a` and `b` themselves may be hidden).
pub(super) fn shortest_paths(
    ds: &Dataset,
    g: &Graph,
    (a, b): (u32, u32),
    lang: &str,
    hidden: &[bool],
    max_steps: u8,
    limit: usize,
) -> Vec<Vec<u32>> {
    let blocked = |i: u32| i != a && i != b && is_hidden(hidden, i);
    if a as usize >= g.len() || b as usize >= g.len() || a == b || limit == 0 {
        return Vec::new();
    }
    let from_a = distances(g, a, b, max_steps, &blocked);
    let steps = from_a[b as usize];
    if steps == FAR {
        return Vec::new();
    }
    let from_b = distances(g, b, a, steps, &blocked);
    let walk = Walk { ds, g, lang, from_a, from_b, steps, limit };
    let mut out = Vec::new();
    walk.extend(&mut vec![vec![a]], &mut out);
    out
}
