//! Collision for [`super::Layout`]: a uniform grid finds the pairs of nodes closer than their radii
//! plus a gap, in O(n + pairs); a soft velocity force separates them during the last part of the
//! layout, and [`Collider::resolve`] pushes them apart outright at the end.
//!
//! A node is entered in every grid cell its disc (plus half the gap) touches, so big hubs span many
//! cells; a pair is examined only in the first cell the two share, hence once. The grid never has
//! more than about 4n cells: a sparse layout gets coarser cells instead.

use crate::grid::{Buckets, Frame};

/// The most passes [`Collider::resolve`] makes before giving up (only nodes pinned between fixed
/// ones, or a crowd far denser than the layout ever produces, need more than a handful).
const MAX_RESOLVE_PASSES: usize = 500;
/// When pushing a pair apart, aim this fraction of the gap beyond the minimum distance, so that
/// rounding never leaves a pair a hair too close.
const RESOLVE_MARGIN: f64 = 0.05;

/// A uniform grid over node discs (on [`crate::grid`]), each node in every cell its square covers.
#[derive(Debug, Default)]
struct Grid {
    /// Where the cells lie.
    frame: Frame,
    /// The nodes of each cell, in increasing order.
    cells: Buckets,
    /// The cells node `i` covers: columns `b[0]..=b[2]`, rows `b[1]..=b[3]`.
    boxes: Vec<[usize; 4]>,
}

impl Grid {
    /// Rebuilds the grid over `pos`, node `i` covering the square of half-side `reach[i]`, with cells
    /// of side `cell` or larger.
    fn build(&mut self, pos: &[[f64; 2]], reach: &[f64], cell: f64) {
        self.boxes.clear();
        let n = pos.len();
        let (mut x0, mut y0, mut x1, mut y1) = (f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY);
        for (p, r) in pos.iter().zip(reach) {
            x0 = x0.min(p[0] - r);
            y0 = y0.min(p[1] - r);
            x1 = x1.max(p[0] + r);
            y1 = y1.max(p[1] + r);
        }
        if n == 0 {
            self.frame = Frame::default();
            self.cells.fill(&self.frame, 0, |_| None);
            return;
        }
        let side = (4.0 * n as f64 + 64.0).sqrt() - 1.0;
        let cell = cell.max((x1 - x0) / side).max((y1 - y0) / side).max(f64::MIN_POSITIVE);
        let frame = Frame::covering([x0, y0], [x1 - x0, y1 - y0], cell);
        self.frame = frame;
        self.boxes.extend(
            pos.iter()
                .zip(reach)
                .map(|(p, r)| [frame.col(p[0] - r), frame.row(p[1] - r), frame.col(p[0] + r), frame.row(p[1] + r)]),
        );
        let boxes: &[[usize; 4]] = &self.boxes;
        self.cells.fill(&frame, n, |i| Some(boxes[i]));
    }

    /// Calls `f(i, j)`, `i < j`, once for every pair of nodes that share a cell (in the first cell they
    /// share), which includes every pair whose squares overlap.
    fn for_each_pair(&self, mut f: impl FnMut(usize, usize)) {
        let (frame, boxes): (&Frame, &[[usize; 4]]) = (&self.frame, &self.boxes);
        for y in 0..frame.rows {
            for x in 0..frame.cols {
                let here = self.cells.cell(frame.index(x, y));
                for (k, &i) in here.iter().enumerate() {
                    let bi = boxes[i as usize];
                    for &j in &here[k + 1..] {
                        let bj = boxes[j as usize];
                        if bi[0].max(bj[0]) == x && bi[1].max(bj[1]) == y {
                            f(i as usize, j as usize);
                        }
                    }
                }
            }
        }
    }
}

/// The nodes as collision sees them.
#[derive(Debug, Clone, Copy)]
pub(super) struct Bodies<'a> {
    /// Radius of each node.
    pub radius: &'a [f64],
    /// Whether each node may move (fixed nodes may not).
    pub movable: &'a [bool],
    /// The free space wanted between two discs.
    pub gap: f64,
    /// The typical radius (cell size and nudge size follow it).
    pub scale: f64,
    /// Seed of the nudge that separates coincident nodes.
    pub seed: u64,
}

impl Bodies<'_> {
    /// How much of a separation nodes `i` and `j` each take: the smaller moves more, a fixed one
    /// not at all; `None` when neither can move.
    fn shares(&self, i: usize, j: usize) -> Option<(f64, f64)> {
        match (self.movable[i], self.movable[j]) {
            (false, false) => None,
            (true, false) => Some((1.0, 0.0)),
            (false, true) => Some((0.0, 1.0)),
            (true, true) => {
                let (a, b) = (self.radius[i] * self.radius[i], self.radius[j] * self.radius[j]);
                Some(if a + b > 0.0 { (b / (a + b), a / (a + b)) } else { (0.5, 0.5) })
            }
        }
    }

    /// The vector from `j` to `i` (nudged when they coincide), its length and the wanted distance,
    /// or `None` when they are far enough apart or cannot move.
    fn overlap(&self, pos: &[[f64; 2]], i: usize, j: usize) -> Option<([f64; 2], f64, f64)> {
        let want = self.radius[i] + self.radius[j] + self.gap;
        let (mut dx, mut dy) = (pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]);
        if dx * dx + dy * dy >= want * want || !(self.movable[i] || self.movable[j]) {
            return None;
        }
        if dx == 0.0 && dy == 0.0 {
            dx = self.scale * super::jitter_of(self.seed, i as u64, j as u64);
            dy = self.scale * super::jitter_of(self.seed, j as u64, i as u64);
        }
        Some(([dx, dy], (dx * dx + dy * dy).sqrt(), want))
    }
}

/// Collision state: the grid and scratch buffers, reused between ticks.
#[derive(Debug, Default)]
pub(super) struct Collider {
    /// The grid.
    grid: Grid,
    /// Positions the force looks at (position + velocity).
    ahead: Vec<[f64; 2]>,
    /// Half-side of each node's square in the grid.
    reach: Vec<f64>,
}

impl Collider {
    /// Rebuilds the grid over `pos`.
    fn index(&mut self, pos: &[[f64; 2]], bodies: Bodies<'_>) {
        self.reach.clear();
        self.reach.extend(bodies.radius.iter().map(|r| r + bodies.gap / 2.0));
        self.grid.build(pos, &self.reach, 2.0 * bodies.scale + bodies.gap);
    }

    /// The collision force: nudges the velocities of nodes that would overlap after this tick apart,
    /// by `strength` times the overlap (as d3's `forceCollide`). Returns the pairs examined.
    pub(super) fn push(&mut self, pos: &[[f64; 2]], vel: &mut [[f64; 2]], bodies: Bodies<'_>, strength: f64) -> u64 {
        self.ahead.clear();
        self.ahead.extend(pos.iter().zip(vel.iter()).map(|(p, v)| [p[0] + v[0], p[1] + v[1]]));
        let ahead = std::mem::take(&mut self.ahead);
        self.index(&ahead, bodies);
        let mut work = 0;
        self.grid.for_each_pair(|i, j| {
            work += 1;
            if let (Some((d, l, want)), Some((si, sj))) = (bodies.overlap(&ahead, i, j), bodies.shares(i, j)) {
                let k = (want - l) / l * strength;
                vel[i][0] += d[0] * k * si;
                vel[i][1] += d[1] * k * si;
                vel[j][0] -= d[0] * k * sj;
                vel[j][1] -= d[1] * k * sj;
            }
        });
        self.ahead = ahead;
        work
    }

    /// Moves overlapping nodes apart, pass after pass, until no pair is closer than its radii plus
    /// the gap (or [`MAX_RESOLVE_PASSES`] is reached); fixed nodes stay put. Returns the passes made.
    pub(super) fn resolve(&mut self, pos: &mut [[f64; 2]], bodies: Bodies<'_>) -> usize {
        let margin = bodies.gap * RESOLVE_MARGIN;
        for pass in 0..MAX_RESOLVE_PASSES {
            self.index(pos, bodies);
            let mut moved = false;
            self.grid.for_each_pair(|i, j| {
                if let (Some((d, l, want)), Some((si, sj))) = (bodies.overlap(pos, i, j), bodies.shares(i, j)) {
                    let k = (want + margin - l) / l;
                    pos[i][0] += d[0] * k * si;
                    pos[i][1] += d[1] * k * si;
                    pos[j][0] -= d[0] * k * sj;
                    pos[j][1] -= d[1] * k * sj;
                    moved = true;
                }
            });
            if !moved {
                return pass;
            }
        }
        MAX_RESOLVE_PASSES
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_reports_each_touching_pair_once_and_no_distant_pair() {
        let pos = [[0.0, 0.0], [1.5, 0.0], [50.0, 50.0], [0.0, 1.0], [49.0, 49.0]];
        let reach = [1.0, 1.0, 10.0, 1.0, 0.1];
        let mut grid = Grid::default();
        grid.build(&pos, &reach, 0.5);
        let mut pairs = Vec::new();
        grid.for_each_pair(|i, j| pairs.push((i, j)));
        pairs.sort();
        assert_eq!(pairs, vec![(0, 1), (0, 3), (1, 3), (2, 4)]);
    }

    #[test]
    fn resolving_separates_a_pile_but_leaves_fixed_nodes_in_place() {
        let radius = vec![1.0; 50];
        let mut movable = vec![true; 50];
        movable[0] = false;
        let bodies = Bodies { radius: &radius, movable: &movable, gap: 0.2, scale: 1.0, seed: 1 };
        let mut pos = vec![[3.0, 4.0]; 50];
        let passes = Collider::default().resolve(&mut pos, bodies);
        assert!(passes < MAX_RESOLVE_PASSES);
        assert_eq!(pos[0], [3.0, 4.0]);
        for i in 0..50 {
            for j in i + 1..50 {
                let (dx, dy) = (pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]);
                assert!((dx * dx + dy * dy).sqrt() >= 2.2, "{i} and {j} overlap");
            }
        }
    }
}
