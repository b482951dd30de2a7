//! The one seeded generator of the app: SplitMix64 (Steele, Lea and Flood), used for the layout's
//! starting positions and nudges and for synthetic datasets.
//!
//! It is tiny and uses integer arithmetic only, so a seed gives the same sequence on every
//! machine (x86_64 and wasm32 alike); the floating-point helpers below use only exact scaling,
//! `*`, `-` and `sqrt`, which IEEE 754 rounds the same way everywhere. Layout positions and
//! synthetic datasets are tested for exact values, so this sequence must never change.
//!
//! ```
//! use datamap::rng::Rng;
//! let mut rng = Rng::new(1234567);
//! assert_eq!(rng.next_u64(), 6457827717110365317);
//! assert_eq!(rng.next_u64(), 3203168211198807973);
//! ```

/// The golden-ratio increment of SplitMix64's state (also used to spread integers in a hash).
const GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

/// A SplitMix64 generator: the same seed gives the same sequence on every machine.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// An independent stream numbered `part` of one `seed`, so that changing how one part of a
    /// result is drawn (say, how names are made) leaves the other parts as they were.
    pub fn stream(seed: u64, part: u64) -> Rng {
        let mut r = Rng(seed ^ part.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next_u64();
        r
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(GAMMA);
        mix(self.0)
    }

    /// A number in `[0, 1)` with 53 random bits.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
    }

    /// An index in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// True with probability `1 / n` (`n > 0`).
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    /// One of `items`, uniformly (`items` not empty).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Shuffles `items` in place (Fisher-Yates, from the last item down).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }

    /// A random unit vector (rejection sampling in the unit disc, no trigonometry).
    pub fn direction(&mut self) -> [f64; 2] {
        for _ in 0..64 {
            let (x, y) = (2.0 * self.next_f64() - 1.0, 2.0 * self.next_f64() - 1.0);
            let l2 = x * x + y * y;
            if l2 > 1e-4 && l2 <= 1.0 {
                let l = l2.sqrt();
                return [x / l, y / l];
            }
        }
        [1.0, 0.0]
    }
}

/// SplitMix64's output function: a bijective scramble of 64 bits, usable as a stateless hash.
pub fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A stateless hash of two integers under a seed (e.g. of a node pair), scrambled with [`mix`].
pub fn hash_pair(seed: u64, a: u64, b: u64) -> u64 {
    mix(seed ^ mix(a.wrapping_mul(GAMMA) ^ b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generator_gives_the_reference_splitmix64_stream() {
        let mut rng = Rng::new(1234567);
        assert_eq!(rng.next_u64(), 6457827717110365317);
        assert_eq!(rng.next_u64(), 3203168211198807973);
    }

    #[test]
    fn a_stream_skips_one_draw_of_its_mixed_seed() {
        let mut mixed = Rng::new(42 ^ 3u64.wrapping_mul(0xD1B5_4A32_D192_ED03));
        mixed.next_u64();
        assert_eq!(Rng::stream(42, 3).next_u64(), mixed.next_u64());
        assert_ne!(Rng::stream(42, 3).next_u64(), Rng::stream(42, 4).next_u64());
    }

    #[test]
    fn unit_numbers_are_the_top_53_bits_scaled_into_zero_to_one() {
        let (mut a, mut b) = (Rng::new(5), Rng::new(5));
        for _ in 0..1000 {
            let u = a.next_f64();
            assert!((0.0..1.0).contains(&u));
            assert_eq!(u, (b.next_u64() >> 11) as f64 / (1u64 << 53) as f64);
        }
    }

    #[test]
    fn indices_stay_below_their_bound_and_shuffles_keep_every_item() {
        let mut rng = Rng::new(9);
        assert!((0..1000).all(|_| rng.below(7) < 7));
        let mut items: Vec<u32> = (0..50).collect();
        rng.shuffle(&mut items);
        assert_ne!(items, (0..50).collect::<Vec<_>>());
        items.sort_unstable();
        assert_eq!(items, (0..50).collect::<Vec<_>>());
    }

    #[test]
    fn directions_are_unit_vectors() {
        let mut rng = Rng::new(11);
        for _ in 0..1000 {
            let [x, y] = rng.direction();
            assert!((x * x + y * y - 1.0).abs() < 1e-12);
        }
    }
}
