//! The Barnes-Hut quadtree behind the many-body (repulsion) force of [`super::Layout`].
//!
//! The tree is built top-down and breadth-first in one vector, without recursion: a cell with more
//! than [`LEAF_CAP`] points is split into four, until [`MAX_DEPTH`], where coincident points simply
//! share a leaf. Each cell then gets its total charge and charge-weighted centre, children before
//! parents. A node feels a far cell (side < theta x distance) as one charge, a near leaf point by
//! point; [`QuadTree::repel`] counts those visits so tests can check the n log n cost without a
//! clock. Buffers are kept between ticks, so a tick allocates nothing once warmed up.

/// A cell with more points than this is split (unless it is at [`MAX_DEPTH`]).
const LEAF_CAP: usize = 8;
/// The deepest level; points closer than the root's side / 2^40 share a leaf instead of recursing.
const MAX_DEPTH: u32 = 40;
/// The `child` of a leaf.
const NO_CHILD: u32 = u32::MAX;
/// Room for a depth-first traversal: at most three pending siblings per level, plus four.
const STACK: usize = 3 * MAX_DEPTH as usize + 4;

/// One square of the tree.
#[derive(Debug, Clone, Copy)]
struct Cell {
    /// Lower-left corner.
    x0: f64,
    /// Lower-left corner.
    y0: f64,
    /// Side length.
    size: f64,
    /// Charge-weighted centre.
    cx: f64,
    /// Charge-weighted centre.
    cy: f64,
    /// Total charge of the points inside.
    charge: f64,
    /// Index of the first of four consecutive children, or [`NO_CHILD`].
    child: u32,
    /// The points inside are `order[start..end]`.
    start: u32,
    /// See `start`.
    end: u32,
    /// Depth, 0 for the root.
    depth: u32,
}

/// A reusable Barnes-Hut tree over one set of positions.
#[derive(Debug, Default)]
pub(super) struct QuadTree {
    /// All cells, parents before children.
    cells: Vec<Cell>,
    /// Point indices, grouped so that each cell's points are contiguous.
    order: Vec<u32>,
    /// Position and charge of the points, in the order of `order` (leaves read them sequentially).
    points: Vec<[f64; 3]>,
}

/// The parameters of one many-body pass.
#[derive(Debug, Clone, Copy)]
pub(super) struct Repulsion {
    /// Cooling factor of this tick.
    pub alpha: f64,
    /// Squared opening angle: a cell is approximated when side^2 < theta2 * distance^2.
    pub theta2: f64,
    /// Squared softening distance: closer pairs are treated as if at sqrt(dmin2 * d2).
    pub dmin2: f64,
    /// Size of the nudge that separates coincident points.
    pub jitter: f64,
    /// Seed of that nudge.
    pub seed: u64,
}

impl QuadTree {
    /// Rebuilds the tree over `pos`, where point `i` carries `charge[i]` (> 0).
    pub(super) fn build(&mut self, pos: &[[f64; 2]], charge: &[f64]) {
        self.cells.clear();
        self.order.clear();
        if pos.is_empty() {
            return;
        }
        let (mut x0, mut y0, mut x1, mut y1) = (f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY);
        for p in pos {
            x0 = x0.min(p[0]);
            y0 = y0.min(p[1]);
            x1 = x1.max(p[0]);
            y1 = y1.max(p[1]);
        }
        let size = (x1 - x0).max(y1 - y0).max(f64::MIN_POSITIVE);
        self.order.extend(0..pos.len() as u32);
        self.cells.push(Cell {
            x0,
            y0,
            size,
            cx: 0.0,
            cy: 0.0,
            charge: 0.0,
            child: NO_CHILD,
            start: 0,
            end: pos.len() as u32,
            depth: 0,
        });
        let mut next = 0;
        while next < self.cells.len() {
            let cell = self.cells[next];
            let (s, e) = (cell.start as usize, cell.end as usize);
            if e - s > LEAF_CAP && cell.depth < MAX_DEPTH {
                let half = cell.size / 2.0;
                let (mx, my) = (cell.x0 + half, cell.y0 + half);
                let m = s + partition(&mut self.order[s..e], |j| pos[j][1] < my);
                let m0 = s + partition(&mut self.order[s..m], |j| pos[j][0] < mx);
                let m1 = m + partition(&mut self.order[m..e], |j| pos[j][0] < mx);
                self.cells[next].child = self.cells.len() as u32;
                let quads = [(cell.x0, cell.y0, s, m0), (mx, cell.y0, m0, m), (cell.x0, my, m, m1), (mx, my, m1, e)];
                for (qx, qy, qs, qe) in quads {
                    self.cells.push(Cell {
                        x0: qx,
                        y0: qy,
                        size: half,
                        start: qs as u32,
                        end: qe as u32,
                        depth: cell.depth + 1,
                        child: NO_CHILD,
                        ..cell
                    });
                }
            }
            next += 1;
        }
        self.points.clear();
        self.points.extend(self.order.iter().map(|&j| [pos[j as usize][0], pos[j as usize][1], charge[j as usize]]));
        for k in (0..self.cells.len()).rev() {
            let cell = self.cells[k];
            let (mut q, mut sx, mut sy) = (0.0, 0.0, 0.0);
            if cell.child == NO_CHILD {
                for &[x, y, c] in &self.points[cell.start as usize..cell.end as usize] {
                    q += c;
                    sx += c * x;
                    sy += c * y;
                }
            } else {
                for child in &self.cells[cell.child as usize..cell.child as usize + 4] {
                    q += child.charge;
                    sx += child.charge * child.cx;
                    sy += child.charge * child.cy;
                }
            }
            let c = &mut self.cells[k];
            c.charge = q;
            (c.cx, c.cy) = if q > 0.0 { (sx / q, sy / q) } else { (c.x0 + c.size / 2.0, c.y0 + c.size / 2.0) };
        }
    }

    /// Adds to `vel[i]` the push that every other point gives movable point `i` (the tree must have
    /// been built over the current positions); returns the work done: cells plus single points
    /// visited. Points are visited in tree order, which keeps the cells a query touches in cache;
    /// each point's sum does not depend on that order.
    pub(super) fn repel(&mut self, movable: &[bool], params: Repulsion, vel: &mut [[f64; 2]]) -> u64 {
        let mut work = 0u64;
        // Plain slices and a fixed stack: indexing them needs no call even where `opt-level = "z"`
        // declines to inline `Vec` methods.
        let (cells, points, order): (&[Cell], &[[f64; 3]], &[u32]) = (&self.cells, &self.points, &self.order);
        if cells.is_empty() {
            return work;
        }
        let mut stack = [0u32; STACK];
        for (k, &i) in order.iter().enumerate() {
            let i = i as usize;
            if !movable[i] {
                continue;
            }
            let [px, py, _] = points[k];
            let mut acc = [0.0, 0.0];
            let mut top = 1;
            stack[0] = 0;
            while top > 0 {
                top -= 1;
                work += 1;
                let cell = &cells[stack[top] as usize];
                if cell.charge <= 0.0 {
                    continue;
                }
                let (dx, dy) = (cell.cx - px, cell.cy - py);
                let l2 = dx * dx + dy * dy;
                if cell.size * cell.size < params.theta2 * l2 {
                    add_push(&mut acc, dx, dy, cell.charge, params.dmin2);
                } else if cell.child != NO_CHILD {
                    for q in 0..4 {
                        stack[top + q] = cell.child + q as u32;
                    }
                    top += 4;
                } else {
                    let first = cell.start as usize;
                    for (m, &[x, y, q]) in (first..).zip(&points[first..cell.end as usize]) {
                        if m == k {
                            continue;
                        }
                        work += 1;
                        let (mut dx, mut dy) = (x - px, y - py);
                        if dx == 0.0 && dy == 0.0 {
                            let j = u64::from(order[m]);
                            dx = params.jitter * super::jitter_of(params.seed, i as u64, j);
                            dy = params.jitter * super::jitter_of(params.seed, j, i as u64);
                        }
                        add_push(&mut acc, dx, dy, q, params.dmin2);
                    }
                }
            }
            vel[i][0] += acc[0] * params.alpha;
            vel[i][1] += acc[1] * params.alpha;
        }
        work
    }
}

/// Adds to `acc` the push of charge `q` at offset `(dx, dy)`: `q / distance` away from it, the
/// squared distance softened to `sqrt(dmin2 * d2)` below `dmin2` (as d3's `distanceMin`).
#[inline(always)]
fn add_push(acc: &mut [f64; 2], dx: f64, dy: f64, q: f64, dmin2: f64) {
    let mut l2 = dx * dx + dy * dy;
    if l2 < dmin2 {
        l2 = (dmin2 * l2).sqrt();
    }
    let w = q / l2;
    acc[0] -= dx * w;
    acc[1] -= dy * w;
}

/// Moves the indices whose point satisfies `low` to the front; returns how many there are.
fn partition(items: &mut [u32], low: impl Fn(usize) -> bool) -> usize {
    let mut m = 0;
    for k in 0..items.len() {
        if low(items[k] as usize) {
            items.swap(m, k);
            m += 1;
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> Repulsion {
        Repulsion { alpha: 1.0, theta2: 0.81, dmin2: 1e-6, jitter: 1e-6, seed: 7 }
    }

    #[test]
    fn a_far_pair_is_pushed_apart_along_the_line_with_strength_charge_over_distance() {
        let pos = [[0.0, 0.0], [10.0, 0.0]];
        let charge = [2.0, 3.0];
        let mut tree = QuadTree::default();
        tree.build(&pos, &charge);
        let mut vel = [[0.0; 2]; 2];
        tree.repel(&[true, true], params(), &mut vel);
        assert!((vel[0][0] + 0.3).abs() < 1e-12 && vel[0][1] == 0.0, "{:?}", vel[0]);
        assert!((vel[1][0] - 0.2).abs() < 1e-12 && vel[1][1] == 0.0, "{:?}", vel[1]);
    }

    #[test]
    fn the_tree_force_is_close_to_the_exact_sum() {
        let mut pos = Vec::new();
        let mut rng = crate::rng::Rng::new(3);
        for _ in 0..500 {
            pos.push([rng.next_f64() * 100.0, rng.next_f64() * 100.0]);
        }
        let charge = vec![1.0; pos.len()];
        let mut tree = QuadTree::default();
        tree.build(&pos, &charge);
        let mut vel = vec![[0.0; 2]; pos.len()];
        tree.repel(&vec![true; pos.len()], Repulsion { theta2: 0.25, ..params() }, &mut vel);
        let (mut err, mut norm) = (0.0, 0.0);
        for i in 0..pos.len() {
            let mut exact = [0.0, 0.0];
            for j in 0..pos.len() {
                if i != j {
                    let (dx, dy) = (pos[j][0] - pos[i][0], pos[j][1] - pos[i][1]);
                    let l2 = dx * dx + dy * dy;
                    exact[0] -= dx / l2;
                    exact[1] -= dy / l2;
                }
            }
            err += (vel[i][0] - exact[0]).abs() + (vel[i][1] - exact[1]).abs();
            norm += exact[0].abs() + exact[1].abs();
        }
        assert!(err / norm < 0.05, "relative error {}", err / norm);
    }

    #[test]
    fn many_coincident_points_build_a_finite_tree_and_get_pushed_apart() {
        let pos = vec![[5.0, 5.0]; 1000];
        let charge = vec![1.0; pos.len()];
        let mut tree = QuadTree::default();
        tree.build(&pos, &charge);
        assert!(tree.cells.len() <= 4 * MAX_DEPTH as usize + 1);
        let mut vel = vec![[0.0; 2]; pos.len()];
        tree.repel(&vec![true; pos.len()], params(), &mut vel);
        assert!(vel.iter().all(|v| v[0].is_finite() && v[1].is_finite() && v[0] != 0.0));
    }
}
