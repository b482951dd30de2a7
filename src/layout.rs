//! A seeded, deterministic force-directed layout in the manner of d3-force, with a Barnes-Hut
//! many-body force so a tick costs O(n log n + e): used natively to bake positions into a dataset
//! and in the browser, a few ticks per animation frame.
//!
//! Forces, all scaled by the cooling `alpha` (1 down to [`ALPHA_MIN`] in about 300 ticks, 150
//! above [`LARGE_GRAPH`] nodes): repulsion between all nodes (a Barnes-Hut quadtree,
//! `layout/quadtree.rs`), springs along edges (`layout/springs.rs`), a pull of each group towards
//! its centroid, a weak pull towards the centre and, late in the run, collision (a grid,
//! `layout/collide.rs`); velocities then decay by [`VELOCITY_DECAY`]. [`Layout::run`] ends with
//! [`Layout::resolve_overlaps`], so no two discs overlap. Starting positions are in
//! `layout/start.rs` (the seeded generator is [`crate::rng`]), one tick in `layout/tick.rs`. Only
//! `+ - * /`, `sqrt`, `abs`, `min` and `max` touch the numbers and the only randomness is a seeded
//! SplitMix64, so every machine (x86_64 and wasm32 alike) gives bit-identical positions. Lengths
//! scale with the mean radius, so the layout looks the same at any unit.
//!
//! The request for the map's graph, shared by the live map and bakes, is built in
//! `layout/request.rs` ([`layout_request`]); `layout/quick.rs` holds [`quick_positions`], a cheap
//! arrangement without forces for graphs too large to lay out.

mod collide;
mod quadtree;
mod quick;
mod request;
mod springs;
mod start;
#[cfg(test)]
mod tests;
mod tick;
pub mod wire;

use collide::{Bodies, Collider};
use quadtree::QuadTree;
use springs::{springs, Link};
use start::jitter_of;

pub use quick::quick_positions;
pub use request::{layout_request, LAYOUT_SEED};

/// The layout settles when `alpha` falls below this (d3's `alphaMin`).
pub const ALPHA_MIN: f64 = 0.001;
/// Each tick `alpha` loses this fraction, `1 - 0.001^(1/300)`: it takes 300 ticks to reach [`ALPHA_MIN`].
pub const ALPHA_DECAY: f64 = 0.02276277904418933;
/// For graphs of more than [`LARGE_GRAPH`] nodes `alpha` loses this fraction a tick instead,
/// `1 - 0.001^(1/150)`: they settle in 150 ticks, so the browser shows a settled map within a
/// second at 2,000 nodes (and a bake of 20,000 takes half the time).
pub const ALPHA_DECAY_LARGE: f64 = 0.04500741397856405;
/// The node count above which [`ALPHA_DECAY_LARGE`] applies.
pub const LARGE_GRAPH: usize = 1_000;
/// Each tick velocities lose this fraction (d3's `velocityDecay`).
pub const VELOCITY_DECAY: f64 = 0.4;
/// Barnes-Hut opening angle: a cell is felt as one charge when its side < `THETA` x its distance.
pub const THETA: f64 = 0.9;
/// Repulsion charge per squared radius (a node's charge is `CHARGE * max(radius, scale / 2)^2`).
pub const CHARGE: f64 = 1.0;
/// Below this distance (x scale) repulsion stops growing, as d3's `distanceMin`.
pub const DISTANCE_MIN: f64 = 0.5;
/// A link's rest length is the sum of its two radii plus this (x scale).
pub const LINK_SLACK: f64 = 2.0;
/// Strength of the pull of a grouped node towards its group's centroid (per tick, times alpha).
pub const GROUP_STRENGTH: f64 = 0.1;
/// Strength of the pull of every node towards the centre (per tick, times alpha).
pub const CENTER_STRENGTH: f64 = 0.05;
/// Collision acts once `alpha` is below this (about the last 230 of 300 ticks).
pub const COLLIDE_ALPHA: f64 = 0.2;
/// Fraction of an overlap the collision force removes per tick.
pub const COLLIDE_STRENGTH: f64 = 0.7;
/// Free space between two discs (x scale).
pub const GAP: f64 = 0.25;
/// Speed limit per tick (x scale), a guard against explosive starts.
pub const MAX_SPEED: f64 = 50.0;
/// Distance between rings of the starting spiral (x root-mean-square radius).
pub const INITIAL_SPACING: f64 = 2.5;
/// Radii are clamped to `0..=LIMIT`; a fixed coordinate beyond `±LIMIT` is ignored.
pub const LIMIT: f64 = 1e12;

/// One node to place.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutNode {
    /// Drawing radius in layout units (nodes must not overlap); negative or non-finite counts as 0.
    pub radius: f64,
    /// Cluster group (e.g. the topic category index); nodes of one group attract weakly. None = no group.
    pub group: Option<u32>,
    /// A baked position: the node never moves (ignored if a coordinate is not finite or beyond [`LIMIT`]).
    pub fixed: Option<[f64; 2]>,
}

/// What to lay out. Equal requests give equal results, so callers can skip recomputation.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutRequest {
    /// The nodes, in the order of the positions returned.
    pub nodes: Vec<LayoutNode>,
    /// Links as pairs of node indices; self-loops and out-of-range indices are ignored.
    pub edges: Vec<(u32, u32)>,
    /// Seed of the starting positions and of the nudges that separate coincident nodes.
    pub seed: u64,
}

/// A layout in progress: step it, read positions, stop when settled.
#[derive(Debug)]
pub struct Layout {
    /// Clean radius of each node.
    radius: Vec<f64>,
    /// Repulsion charge of each node.
    charge: Vec<f64>,
    /// False for fixed nodes.
    movable: Vec<bool>,
    /// Dense group index of each node (`u32::MAX` for none) and per-group sums (x, y, count).
    group: Vec<u32>,
    /// See `group`.
    group_sums: Vec<[f64; 3]>,
    /// Springs.
    links: Vec<Link>,
    /// Positions.
    pos: Vec<[f64; 2]>,
    /// Velocities.
    vel: Vec<[f64; 2]>,
    /// Cooling factor.
    alpha: f64,
    alpha_decay: f64,
    /// Ticks done.
    ticks: u32,
    /// Whether the layout has stopped.
    settled: bool,
    /// Mean radius (1 if every radius is 0): the unit of every length constant.
    scale: f64,
    /// Where the centring force pulls: the mean fixed position, or the origin.
    centre: [f64; 2],
    /// The request's seed.
    seed: u64,
    /// Work of the last tick.
    work: u64,
    /// Barnes-Hut tree, rebuilt every tick.
    tree: QuadTree,
    /// Collision grid.
    collider: Collider,
}

impl Layout {
    /// Starts a layout: fixed nodes where given; a free node linked to fixed ones near their mean;
    /// the other free nodes on a phyllotaxis spiral around the centre, in seeded random order.
    // Never inlined: one copy for the page and the layout worker.
    #[inline(never)]
    pub fn new(request: &LayoutRequest) -> Layout {
        let n = request.nodes.len();
        let radius: Vec<f64> =
            request.nodes.iter().map(|d| if d.radius.is_finite() { d.radius.clamp(0.0, LIMIT) } else { 0.0 }).collect();
        let fixed: Vec<Option<[f64; 2]>> = request
            .nodes
            .iter()
            .map(|d| d.fixed.filter(|p| p.iter().all(|c| c.is_finite() && c.abs() <= LIMIT)))
            .collect();
        let movable: Vec<bool> = fixed.iter().map(Option::is_none).collect();
        let mean = |f: &dyn Fn(f64) -> f64| radius.iter().map(|&r| f(r)).sum::<f64>() / n.max(1) as f64;
        let scale = if mean(&|r| r) > 0.0 { mean(&|r| r) } else { 1.0 };
        let rms = mean(&|r| r * r).sqrt().max(scale);
        let charge = radius.iter().map(|&r| CHARGE * r.max(scale / 2.0) * r.max(scale / 2.0)).collect();

        let mut names: Vec<u32> = request.nodes.iter().filter_map(|d| d.group).collect();
        names.sort_unstable();
        names.dedup();
        let group = request
            .nodes
            .iter()
            .map(|d| d.group.and_then(|g| names.binary_search(&g).ok()).map_or(u32::MAX, |k| k as u32))
            .collect();

        let (edges, links) = springs(&request.edges, &radius, &movable, scale);

        let pinned: Vec<[f64; 2]> = fixed.iter().flatten().copied().collect();
        let centre = if pinned.is_empty() {
            [0.0, 0.0]
        } else {
            let k = pinned.len() as f64;
            [pinned.iter().map(|p| p[0]).sum::<f64>() / k, pinned.iter().map(|p| p[1]).sum::<f64>() / k]
        };
        let pos = start::positions(&fixed, &edges, centre, INITIAL_SPACING * rms, request.seed);

        Layout {
            settled: movable.iter().all(|&m| !m),
            radius,
            charge,
            movable,
            group,
            group_sums: vec![[0.0; 3]; names.len()],
            links,
            vel: vec![[0.0; 2]; n],
            pos,
            alpha: 1.0,
            alpha_decay: if n > LARGE_GRAPH { ALPHA_DECAY_LARGE } else { ALPHA_DECAY },
            ticks: 0,
            scale,
            centre,
            seed: request.seed,
            work: 0,
            tree: QuadTree::default(),
            collider: Collider::default(),
        }
    }

    /// Current positions, in the order of the request's nodes.
    pub fn positions(&self) -> &[[f64; 2]] {
        &self.pos
    }

    /// Whether the layout has stopped (cooled down, or nothing can move).
    pub fn is_settled(&self) -> bool {
        self.settled
    }

    /// Ticks done so far.
    pub fn ticks(&self) -> u32 {
        self.ticks
    }

    /// The current cooling factor, from 1 down to below [`ALPHA_MIN`].
    pub fn alpha(&self) -> f64 {
        self.alpha
    }

    /// The free space kept between two discs, in layout units.
    pub fn gap(&self) -> f64 {
        GAP * self.scale
    }

    /// The work of the last tick, a clock-free cost measure: Barnes-Hut cells and points visited,
    /// plus links, plus collision pairs examined (0 once settled).
    pub fn last_tick_work(&self) -> u64 {
        self.work
    }

    /// Runs ticks until settled or `max_ticks`, then resolves any remaining overlaps; returns positions.
    pub fn run(request: &LayoutRequest, max_ticks: u32) -> Vec<[f64; 2]> {
        let mut layout = Layout::new(request);
        while layout.ticks < max_ticks && layout.step() {}
        layout.resolve_overlaps();
        layout.pos
    }

    /// Removes remaining overlaps (passes of pairwise separation using a grid, until every pair is at
    /// least its two radii plus [`Layout::gap`] apart), leaving fixed nodes in place.
    pub fn resolve_overlaps(&mut self) {
        let bodies = Bodies {
            radius: &self.radius,
            movable: &self.movable,
            gap: self.gap(),
            scale: self.scale,
            seed: self.seed,
        };
        self.collider.resolve(&mut self.pos, bodies);
    }
}
