//! The springs of [`super::Layout`], d3-style: one along each usable edge, with a rest length of
//! the two radii plus some slack, a stiffness of 1 / (the smaller degree) and the correction
//! shared by degree (all of it to the free end when the other is fixed).

use super::LINK_SLACK;

/// A spring along one edge, d3-style: `strength` 1 / (smaller degree), `bias` the target's share.
#[derive(Debug, Clone, Copy)]
pub(super) struct Link {
    /// Source node.
    pub s: usize,
    /// Target node.
    pub t: usize,
    /// Rest length.
    pub length: f64,
    /// Stiffness.
    pub strength: f64,
    /// Share of the correction the target takes (the source takes the rest).
    pub bias: f64,
}

/// The usable edges of `n` nodes (no self-loops, both ends in range, in request order) and the
/// springs along those with a free end. Degrees count every usable edge; lengths scale with
/// `scale`, the mean radius.
pub(super) fn springs(
    edges: &[(u32, u32)],
    radius: &[f64],
    movable: &[bool],
    scale: f64,
) -> (Vec<(usize, usize)>, Vec<Link>) {
    let n = radius.len();
    let edges: Vec<(usize, usize)> =
        edges.iter().map(|&(s, t)| (s as usize, t as usize)).filter(|&(s, t)| s != t && s < n && t < n).collect();
    let mut degree = vec![0u32; n];
    for &(s, t) in &edges {
        degree[s] += 1;
        degree[t] += 1;
    }
    let links = edges
        .iter()
        .filter(|&&(s, t)| movable[s] || movable[t])
        .map(|&(s, t)| {
            let (ds, dt) = (f64::from(degree[s]), f64::from(degree[t]));
            let bias = if !movable[s] {
                1.0
            } else if !movable[t] {
                0.0
            } else {
                ds / (ds + dt)
            };
            let length = radius[s] + radius[t] + LINK_SLACK * scale;
            Link { s, t, length, strength: 1.0 / ds.min(dt), bias }
        })
        .collect();
    (edges, links)
}
