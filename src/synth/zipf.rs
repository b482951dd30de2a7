//! The heavy tail for [`super::generate`]: Zipf-like rank weights computed with `+`, `-`, `*`, `/`
//! only, so the same seed gives the same bits on every platform, and draws from them with
//! [`crate::rng`]'s seeded generator.

use crate::rng::Rng;

/// `x^(1/5)` for `x >= 1` by Newton's method from above, with `+`, `-`, `*`, `/` only.
fn fifth_root(x: f64) -> f64 {
    let mut y = x.max(1.0);
    loop {
        let next = (4.0 * y + x / (y * y * y * y)) / 5.0;
        if next >= y {
            return y;
        }
        y = next;
    }
}

/// The Zipf-like weight of a rank: `1 / (rank + 1)^0.8`.
pub(super) fn zipf_weight(rank: usize) -> f64 {
    let r = fifth_root((rank + 1) as f64);
    1.0 / (r * r * r * r)
}

/// A cumulative table of Zipf-like weights, to draw ranks in `O(log n)`.
pub(super) struct Zipf(Vec<f64>);

impl Zipf {
    /// The table for ranks `0..n`.
    pub(super) fn new(n: usize) -> Zipf {
        let mut total = 0.0;
        Zipf(
            (0..n)
                .map(|r| {
                    total += zipf_weight(r);
                    total
                })
                .collect(),
        )
    }

    /// A rank in `0..n`, drawn with its weight (`0` when `n` is 0).
    pub(super) fn draw(&self, rng: &mut Rng) -> usize {
        let u = rng.next_f64() * self.0.last().copied().unwrap_or(0.0);
        self.0.partition_point(|&c| c <= u).min(self.0.len().saturating_sub(1))
    }
}
