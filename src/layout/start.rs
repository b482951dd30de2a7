//! Where nodes start, and the seeded randomness of the layout: [`crate::rng`]'s SplitMix64 for
//! starting positions, and its stateless hash for the tiny nudges that separate coincident nodes.
//!
//! Fixed nodes start (and stay) where given. A free node linked to fixed ones starts near their
//! mean, so a node added to a baked dataset appears next to its topics. Other free nodes go on a
//! phyllotaxis (sunflower) spiral around the centre in seeded random order; the spiral turns by the
//! golden angle through a complex multiplication with its cosine and sine written as literals, so
//! no `sin` or `cos` (whose last bit differs between math libraries) ever runs.

use crate::rng::{hash_pair, Rng};

/// Cosine of the golden angle `pi (3 - sqrt 5)`.
const GOLDEN_COS: f64 = -0.7373688780783197;
/// Sine of the golden angle.
const GOLDEN_SIN: f64 = 0.6754902942615238;

/// Starting positions: `fixed` ones as given, the others as described above, `step` apart (the
/// spiral's k-th point lies at `step * sqrt(k + 0.5)` from `centre`).
pub(super) fn positions(
    fixed: &[Option<[f64; 2]>],
    edges: &[(usize, usize)],
    centre: [f64; 2],
    step: f64,
    seed: u64,
) -> Vec<[f64; 2]> {
    let n = fixed.len();
    let mut anchors = vec![[0.0; 3]; n];
    for &(s, t) in edges {
        for (a, b) in [(s, t), (t, s)] {
            if let (Some(p), None) = (fixed[a], fixed[b]) {
                anchors[b] = [anchors[b][0] + p[0], anchors[b][1] + p[1], anchors[b][2] + 1.0];
            }
        }
    }
    let mut rng = Rng::new(seed);
    let mut free: Vec<usize> = (0..n).filter(|&i| fixed[i].is_none()).collect();
    rng.shuffle(&mut free);
    let mut pos: Vec<[f64; 2]> = fixed.iter().map(|p| p.unwrap_or(centre)).collect();
    let (mut z, mut ring) = (rng.direction(), 0.0);
    for &i in &free {
        let a = anchors[i];
        pos[i] = if a[2] > 0.0 {
            let (u, d) = (rng.direction(), step * (1.0 + rng.next_f64()));
            [a[0] / a[2] + u[0] * d, a[1] / a[2] + u[1] * d]
        } else {
            let d = step * (ring + 0.5f64).sqrt();
            ring += 1.0;
            let p = [centre[0] + z[0] * d, centre[1] + z[1] * d];
            let w = [z[0] * GOLDEN_COS - z[1] * GOLDEN_SIN, z[0] * GOLDEN_SIN + z[1] * GOLDEN_COS];
            let norm = (w[0] * w[0] + w[1] * w[1]).sqrt();
            z = [w[0] / norm, w[1] / norm];
            p
        };
    }
    pos
}

/// A stateless nudge in (-0.5, 0.5), never 0, from a seed and two integers (e.g. a node pair).
pub(super) fn jitter_of(seed: u64, a: u64, b: u64) -> f64 {
    let h = hash_pair(seed, a, b);
    ((h >> 12) as f64 + 0.5) * (1.0 / 4_503_599_627_370_496.0) - 0.5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nudges_are_never_zero_and_below_one_half() {
        let mut rng = Rng::new(1234567);
        assert!((0..1000).map(|_| jitter_of(9, rng.next_u64(), 3)).all(|j| j != 0.0 && j.abs() < 0.5));
    }

    #[test]
    fn free_nodes_start_on_a_spiral_of_distinct_points_and_fixed_ones_where_given() {
        let mut fixed = vec![None; 100];
        fixed[7] = Some([1.0, 2.0]);
        let pos = positions(&fixed, &[], [0.0, 0.0], 10.0, 3);
        assert_eq!(pos[7], [1.0, 2.0]);
        for i in 0..100 {
            for j in i + 1..100 {
                let d = (pos[i][0] - pos[j][0]).abs() + (pos[i][1] - pos[j][1]).abs();
                assert!(d > 1.0, "{i} and {j} start together");
            }
        }
        let far = pos.iter().map(|p| (p[0] * p[0] + p[1] * p[1]).sqrt()).fold(0.0, f64::max);
        assert!(far <= 10.0 * 99.5f64.sqrt() + 1e-9);
    }

    #[test]
    fn a_free_node_linked_to_fixed_nodes_starts_near_them() {
        let fixed = [Some([1000.0, 0.0]), Some([1000.0, 40.0]), None, None];
        let pos = positions(&fixed, &[(0, 2), (2, 1), (3, 3)], [0.0, 0.0], 10.0, 5);
        let (dx, dy) = (pos[2][0] - 1000.0, pos[2][1] - 20.0);
        let d = (dx * dx + dy * dy).sqrt();
        assert!((10.0..=20.0).contains(&d), "{:?}", pos[2]);
        assert!(pos[3][0].abs() < 100.0);
    }
}
