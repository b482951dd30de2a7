//! A uniform grid over node centres, for picking the node under the pointer and culling what is
//! off screen without scanning every node (the grid itself is [`crate::grid`]).

use crate::camera::Bounds;
use crate::grid::{Buckets, Frame};

/// Nodes bucketed by the grid cell of their centre.
#[derive(Debug, Clone)]
pub struct SpatialIndex {
    frame: Frame,
    cells: Buckets,
    pos: Vec<[f64; 2]>,
    radius: Vec<f64>,
    max_r: f64,
}

impl SpatialIndex {
    /// Indexes circles given by centres and radii (same length; extra entries are ignored). Nodes
    /// with non-finite coordinates are left out.
    pub fn new(positions: &[[f64; 2]], radii: &[f64]) -> SpatialIndex {
        let n = positions.len().min(radii.len());
        let ok = |i: usize| positions[i][0].is_finite() && positions[i][1].is_finite();
        let bounds = Bounds::of_circles((0..n).filter(|&i| ok(i)).map(|i| (positions[i], 0.0)));
        let b = bounds.unwrap_or(Bounds { min_x: 0.0, min_y: 0.0, max_x: 1.0, max_y: 1.0 });
        let (w, h) = ((b.max_x - b.min_x).max(1.0), (b.max_y - b.min_y).max(1.0));
        // About two nodes per cell, at most 512 cells a side.
        let cell = ((w * h / (n.max(1) as f64 / 2.0)).sqrt()).max(w / 512.0).max(h / 512.0).max(1e-6);
        let mut frame = Frame::covering([b.min_x, b.min_y], [w, h], cell);
        (frame.cols, frame.rows) = (frame.cols.min(513), frame.rows.min(513));
        let mut cells = Buckets::default();
        cells.fill(&frame, n, |i| {
            ok(i).then(|| {
                let (c, r) = (frame.col(positions[i][0]), frame.row(positions[i][1]));
                [c, r, c, r]
            })
        });
        let radius: Vec<f64> = radii[..n].iter().map(|r| if r.is_finite() { r.max(0.0) } else { 0.0 }).collect();
        let max_r = radius.iter().copied().fold(0.0, f64::max);
        SpatialIndex { frame, cells, pos: positions[..n].to_vec(), radius, max_r }
    }

    /// Calls `f` with every node whose centre lies in a cell touching `b` (a superset of the nodes
    /// whose centre is in `b`), and returns how many cells were visited.
    fn each_near(&self, b: Bounds, mut f: impl FnMut(u32)) -> usize {
        if !(b.min_x.is_finite() && b.min_y.is_finite() && b.max_x.is_finite() && b.max_y.is_finite()) {
            return 0;
        }
        let g = &self.frame;
        let (c0, r0, c1, r1) = (g.col(b.min_x), g.row(b.min_y), g.col(b.max_x), g.row(b.max_y));
        for r in r0..=r1 {
            for c in c0..=c1 {
                for &i in self.cells.cell(g.index(c, r)) {
                    f(i);
                }
            }
        }
        (r1 + 1 - r0) * (c1 + 1 - c0)
    }

    /// The node under layout point `p`: the one whose circle (grown by `tolerance`) contains `p`
    /// and whose centre is nearest; ties go to the lower index. `accept` can skip hidden nodes.
    pub fn pick(&self, p: [f64; 2], tolerance: f64, accept: impl Fn(u32) -> bool) -> Option<u32> {
        self.pick_scaled(p, 1.0, tolerance, accept)
    }

    /// As [`SpatialIndex::pick`], with every radius multiplied by `scale` (nodes drawn smaller).
    pub fn pick_scaled(&self, p: [f64; 2], scale: f64, tolerance: f64, accept: impl Fn(u32) -> bool) -> Option<u32> {
        let scale = if scale.is_finite() { scale.clamp(0.0, 1.0) } else { 1.0 };
        let reach = self.max_r * scale + tolerance.max(0.0);
        let area = Bounds { min_x: p[0] - reach, min_y: p[1] - reach, max_x: p[0] + reach, max_y: p[1] + reach };
        let mut best: Option<(f64, u32)> = None;
        self.each_near(area, |i| {
            let [x, y] = self.pos[i as usize];
            let d2 = (x - p[0]).powi(2) + (y - p[1]).powi(2);
            let r = self.radius[i as usize] * scale + tolerance.max(0.0);
            if d2 <= r * r && accept(i) && best.is_none_or(|(bd, bi)| d2 < bd || (d2 == bd && i < bi)) {
                best = Some((d2, i));
            }
        });
        best.map(|(_, i)| i)
    }

    /// Every node whose circle meets `b`, in ascending order.
    pub fn query(&self, b: Bounds) -> Vec<u32> {
        let grown = Bounds {
            min_x: b.min_x - self.max_r,
            min_y: b.min_y - self.max_r,
            max_x: b.max_x + self.max_r,
            max_y: b.max_y + self.max_r,
        };
        let mut out = Vec::new();
        self.each_near(grown, |i| {
            let [x, y] = self.pos[i as usize];
            let r = self.radius[i as usize];
            if x + r >= b.min_x && x - r <= b.max_x && y + r >= b.min_y && y - r <= b.max_y {
                out.push(i);
            }
        });
        out.sort_unstable();
        out
    }

    /// How many grid cells a query of `b` visits (for tests of sub-linear behaviour).
    pub fn cells_visited(&self, b: Bounds) -> usize {
        self.each_near(b, |_| {})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(n: usize) -> (Vec<[f64; 2]>, Vec<f64>) {
        let side = (n as f64).sqrt().ceil() as usize;
        let pos = (0..n).map(|i| [(i % side) as f64 * 10.0, (i / side) as f64 * 10.0]).collect();
        (pos, vec![3.0; n])
    }

    #[test]
    fn picking_returns_the_nearest_node_within_its_radius() {
        let idx = SpatialIndex::new(&[[0.0, 0.0], [5.0, 0.0], [100.0, 100.0]], &[4.0, 4.0, 10.0]);
        assert_eq!(idx.pick([1.0, 0.0], 0.0, |_| true), Some(0));
        assert_eq!(idx.pick([3.0, 0.0], 0.0, |_| true), Some(1));
        assert_eq!(idx.pick([108.0, 100.0], 0.0, |_| true), Some(2));
        assert_eq!(idx.pick([1.0, 0.0], 0.0, |i| i != 0), Some(1), "hidden nodes are skipped");
    }

    #[test]
    fn picking_empty_space_returns_nothing() {
        let idx = SpatialIndex::new(&[[0.0, 0.0], [50.0, 0.0]], &[4.0, 4.0]);
        assert_eq!(idx.pick([25.0, 0.0], 2.0, |_| true), None);
        assert_eq!(idx.pick([0.0, 5.0], 0.5, |_| true), None);
        assert_eq!(idx.pick([0.0, 5.0], 1.5, |_| true), Some(0), "tolerance widens the target");
    }

    #[test]
    fn queries_find_exactly_the_circles_meeting_the_box() {
        let (pos, r) = grid(400);
        let idx = SpatialIndex::new(&pos, &r);
        let b = Bounds { min_x: 12.0, min_y: 12.0, max_x: 38.0, max_y: 28.0 };
        let brute: Vec<u32> = (0..400u32)
            .filter(|&i| {
                let [x, y] = pos[i as usize];
                x + 3.0 >= b.min_x && x - 3.0 <= b.max_x && y + 3.0 >= b.min_y && y - 3.0 <= b.max_y
            })
            .collect();
        assert_eq!(idx.query(b), brute);
    }

    #[test]
    fn a_small_query_visits_few_cells_however_large_the_graph() {
        let small_box = Bounds { min_x: 0.0, min_y: 0.0, max_x: 20.0, max_y: 20.0 };
        let (p1, r1) = grid(1_000);
        let (p2, r2) = grid(64_000);
        let a = SpatialIndex::new(&p1, &r1).cells_visited(small_box);
        let b = SpatialIndex::new(&p2, &r2).cells_visited(small_box);
        assert!(b <= a * 2 && b < 50, "{a} vs {b} cells");
    }

    #[test]
    fn nan_positions_are_left_out() {
        let idx = SpatialIndex::new(&[[f64::NAN, 0.0], [1.0, 1.0]], &[5.0, 5.0]);
        assert_eq!(idx.pick([1.0, 1.0], 0.0, |_| true), Some(1));
        assert_eq!(idx.query(Bounds { min_x: -100.0, min_y: -100.0, max_x: 100.0, max_y: 100.0 }), vec![1]);
    }
}
