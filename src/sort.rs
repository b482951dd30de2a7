//! Stable sorting with one shared body of code, for the wasm's size.
//!
//! The standard library's sorts are generic: each element type and comparison gets its own copy
//! of their code (19 sorts took about 60 KB of the wasm). Here only a small shim is generic; the
//! merge sort itself works on positions through a `dyn` comparison, so it exists once. It is
//! slower than the standard sorts (a call per comparison), which is fine for everything but a
//! frame's hot loops: those keep `slice::sort_unstable` on `u32` (one copy).
//!
//! Every function here gives exactly the order of its standard counterpart (`slice::sort_by`,
//! `sort_by_key`, `sort`, `sort_by_cached_key`): equal elements keep their order.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, like `slice::sort_by`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let mut order = order(v.len(), &mut |a, b| cmp(&v[a], &v[b]) == Ordering::Greater);
    permute(&mut order, &mut |a, b| v.swap(a, b));
}

/// Sorts `v` stably by `key`, like `slice::sort_by_key` (the key is computed per comparison).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably, like `slice::sort` (and like `sort_unstable` wherever equal elements are
/// indistinguishable).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Sorts `v` stably by `key`, each key computed once, like `slice::sort_by_cached_key`.
pub fn sort_by_cached_key<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = v.iter().map(key).collect();
    let mut order = order(v.len(), &mut |a, b| keys[a] > keys[b]);
    permute(&mut order, &mut |a, b| v.swap(a, b));
}

/// Runs sorted by insertion before merging.
const RUN: usize = 16;

/// The positions `0..n` in stable sorted order, `greater(a, b)` saying whether the element at
/// `a` goes after the one at `b`: insertion-sorted runs, then bottom-up merges.
fn order(n: usize, greater: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = a[i];
            let mut j = i;
            while j > start && greater(a[j - 1], x) {
                a[j] = a[j - 1];
                j -= 1;
            }
            a[j] = x;
        }
    }
    let mut b = vec![0; n];
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut b[lo..hi] {
                // The left element wins ties: equal elements keep their order.
                if i < mid && (j >= hi || !greater(a[i], a[j])) {
                    *slot = a[i];
                    i += 1;
                } else {
                    *slot = a[j];
                    j += 1;
                }
            }
            lo = hi;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Rearranges a slice so that position `k` holds what was at `order[k]`, by swaps along the
/// permutation's cycles (`order` is used up).
fn permute(order: &mut [usize], swap: &mut dyn FnMut(usize, usize)) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != DONE {
            let next = order[at];
            order[at] = DONE;
            if next == start {
                break;
            }
            swap(at, next);
            at = next;
        }
    }
}

#[cfg(test)]
mod tests;
