//! Randomness and the heavy tail for [`super::generate`]: a seeded SplitMix64 with one stream per
//! part of the dataset, and Zipf-like rank weights computed with `+`, `-`, `*`, `/` only, so the
//! same seed gives the same bits on every platform.

/// SplitMix64: tiny, seeded, and the same on every platform.
pub(super) struct Rng(u64);

impl Rng {
    /// An independent stream for one part of the dataset, so that changing one part (say, how
    /// names are made) leaves the others as they were.
    pub(super) fn stream(seed: u64, part: u64) -> Rng {
        let mut r = Rng(seed ^ part.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next_u64();
        r
    }

    /// The next 64 random bits.
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub(super) fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `[0, 1)`.
    pub(super) fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `1 / n`.
    pub(super) fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    /// One of `items`, uniformly (`items` not empty).
    pub(super) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Shuffles `items` in place (Fisher-Yates).
    pub(super) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

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
        let u = rng.unit() * self.0.last().copied().unwrap_or(0.0);
        self.0.partition_point(|&c| c <= u).min(self.0.len().saturating_sub(1))
    }
}
