//! A [`LayoutRequest`] as flat arrays of numbers, the form in which it crosses to a Web Worker
//! (typed arrays clone cheaply), and positions as one flat `[x0, y0, x1, y1, ...]` array back.
//!
//! A missing group is `u32::MAX`, a missing fixed position is a pair of NaN (the layout ignores a
//! non-finite fixed coordinate anyway, so both forms mean the same), and the 64-bit seed travels as
//! two 32-bit halves (a JavaScript number would round it).

use super::{LayoutNode, LayoutRequest};

/// The flat form of a [`LayoutRequest`].
#[derive(Debug, Clone, PartialEq)]
pub struct WireRequest {
    /// Radius of each node.
    pub radius: Vec<f64>,
    /// Group of each node, `u32::MAX` for none.
    pub group: Vec<u32>,
    /// Fixed position of each node as `x, y`, NaN for none (two per node).
    pub fixed: Vec<f64>,
    /// Edges as `source, target` (two per edge).
    pub edges: Vec<u32>,
    /// High 32 bits of the seed.
    pub seed_hi: u32,
    /// Low 32 bits of the seed.
    pub seed_lo: u32,
}

impl WireRequest {
    /// The flat form of `request`.
    pub fn of(request: &LayoutRequest) -> WireRequest {
        let nodes = &request.nodes;
        WireRequest {
            radius: nodes.iter().map(|n| n.radius).collect(),
            group: nodes.iter().map(|n| n.group.unwrap_or(u32::MAX)).collect(),
            fixed: nodes.iter().flat_map(|n| n.fixed.unwrap_or([f64::NAN, f64::NAN])).collect(),
            edges: request.edges.iter().flat_map(|&(s, t)| [s, t]).collect(),
            seed_hi: (request.seed >> 32) as u32,
            seed_lo: request.seed as u32,
        }
    }

    /// The request again. Nodes count by `radius`; a missing group or fixed pair means none, and
    /// an odd trailing edge number is dropped, so any arrays give a request the layout accepts.
    pub fn request(&self) -> LayoutRequest {
        let nodes = self
            .radius
            .iter()
            .enumerate()
            .map(|(i, &radius)| {
                let group = self.group.get(i).copied().filter(|&g| g != u32::MAX);
                let fixed = match (self.fixed.get(2 * i), self.fixed.get(2 * i + 1)) {
                    (Some(&x), Some(&y)) if x.is_finite() && y.is_finite() => Some([x, y]),
                    _ => None,
                };
                LayoutNode { radius, group, fixed }
            })
            .collect();
        let edges = self.edges.chunks_exact(2).map(|e| (e[0], e[1])).collect();
        LayoutRequest { nodes, edges, seed: (u64::from(self.seed_hi) << 32) | u64::from(self.seed_lo) }
    }
}

/// Positions as one flat array, `x, y` per node.
pub fn flat_positions(positions: &[[f64; 2]]) -> Vec<f64> {
    positions.iter().flatten().copied().collect()
}

/// Positions from a flat array of `2 * n` finite numbers; `None` for any other length or a
/// non-finite number.
pub fn positions_of(flat: &[f64], n: usize) -> Option<Vec<[f64; 2]>> {
    (flat.len() == 2 * n && flat.iter().all(|c| c.is_finite()))
        .then(|| flat.chunks_exact(2).map(|p| [p[0], p[1]]).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;

    fn request() -> LayoutRequest {
        LayoutRequest {
            nodes: vec![
                LayoutNode { radius: 12.0, group: Some(3), fixed: None },
                LayoutNode { radius: 4.5, group: None, fixed: Some([10.0, -2.5]) },
                LayoutNode { radius: 7.0, group: Some(65_536), fixed: None },
            ],
            edges: vec![(0, 1), (2, 0)],
            seed: 0xDEAD_BEEF_0123_4567,
        }
    }

    #[test]
    fn a_request_survives_the_trip_exactly() {
        let wire = WireRequest::of(&request());
        assert_eq!(wire.edges, vec![0, 1, 2, 0]);
        assert_eq!((wire.seed_hi, wire.seed_lo), (0xDEAD_BEEF, 0x0123_4567));
        assert_eq!(wire.group, vec![3, u32::MAX, 65_536]);
        assert_eq!(wire.request(), request());
    }

    #[test]
    fn a_layout_of_the_sent_request_matches_the_original_bit_for_bit() {
        let run = |r: &LayoutRequest| {
            let mut l = Layout::new(r);
            while l.step() {}
            l.resolve_overlaps();
            l.positions().to_vec()
        };
        assert_eq!(run(&WireRequest::of(&request()).request()), run(&request()));
    }

    #[test]
    fn short_or_odd_arrays_give_a_valid_request() {
        let wire = WireRequest {
            radius: vec![1.0, 2.0],
            group: vec![],
            fixed: vec![1.0],
            edges: vec![0, 1, 1],
            seed_hi: 0,
            seed_lo: 9,
        };
        let r = wire.request();
        assert_eq!(r.nodes.len(), 2);
        assert!(r.nodes.iter().all(|n| n.group.is_none() && n.fixed.is_none()));
        assert_eq!(r.edges, vec![(0, 1)]);
        assert_eq!(r.seed, 9);
    }

    #[test]
    fn positions_flatten_and_come_back_only_when_whole_and_finite() {
        let p = vec![[1.0, 2.0], [-3.5, 4.0]];
        let flat = flat_positions(&p);
        assert_eq!(flat, vec![1.0, 2.0, -3.5, 4.0]);
        assert_eq!(positions_of(&flat, 2), Some(p));
        assert_eq!(positions_of(&flat, 3), None);
        assert_eq!(positions_of(&flat[..3], 2), None);
        assert_eq!(positions_of(&[1.0, f64::NAN], 1), None);
    }
}
