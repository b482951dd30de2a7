//! Tests of [`super::Layout`] on synthetic topic/organisation graphs: determinism, fixed nodes,
//! overlaps, the shape of the result, n log n cost (counted, not timed) and hostile input.

use super::*;
use crate::rng::Rng;

/// A bipartite-ish graph like the real one: `topics` hubs in `groups` groups (radius 12 to 20),
/// `orgs` organisations (radius 3 to 7, no group), `edges` links, each organisation mostly linked
/// to topics of one home group.
fn graph(topics: usize, orgs: usize, edges: usize, groups: u32, seed: u64) -> LayoutRequest {
    let mut rng = Rng::new(seed ^ 0xABCD);
    let mut nodes: Vec<LayoutNode> = (0..topics)
        .map(|t| LayoutNode { radius: 12.0 + 4.0 * (t % 3) as f64, group: Some(t as u32 % groups), fixed: None })
        .collect();
    nodes.extend((0..orgs).map(|_| LayoutNode { radius: 3.0 + 4.0 * rng.next_f64(), group: None, fixed: None }));
    let per_group = topics.div_ceil(groups as usize);
    let edges = (0..edges)
        .map(|k| {
            let org = k % orgs;
            let home = org % groups as usize;
            let topic = if rng.next_f64() < 0.8 {
                (home + groups as usize * rng.below(per_group)).min(topics - 1)
            } else {
                rng.below(topics)
            };
            (topic as u32, (topics + org) as u32)
        })
        .collect();
    LayoutRequest { nodes, edges, seed }
}

fn dist(a: [f64; 2], b: [f64; 2]) -> f64 {
    ((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1])).sqrt()
}

fn all_finite(pos: &[[f64; 2]]) -> bool {
    pos.iter().all(|p| p[0].is_finite() && p[1].is_finite())
}

/// The pairs closer than their radii plus `gap`.
fn overlaps(request: &LayoutRequest, pos: &[[f64; 2]], gap: f64) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for i in 0..pos.len() {
        for j in i + 1..pos.len() {
            if dist(pos[i], pos[j]) < request.nodes[i].radius + request.nodes[j].radius + gap {
                found.push((i, j));
            }
        }
    }
    found
}

#[test]
fn the_same_seed_gives_exactly_the_same_positions() {
    let request = graph(30, 270, 900, 5, 11);
    assert_eq!(Layout::run(&request, 1000), Layout::run(&request.clone(), 1000));
}

#[test]
fn a_different_seed_gives_different_positions() {
    let a = graph(30, 270, 900, 5, 11);
    let b = LayoutRequest { seed: 12, ..a.clone() };
    assert_ne!(Layout::run(&a, 1000), Layout::run(&b, 1000));
}

#[test]
fn stepping_by_hand_then_resolving_equals_run() {
    let request = graph(20, 40, 155, 4, 3);
    let mut layout = Layout::new(&request);
    while layout.step() {}
    layout.resolve_overlaps();
    assert_eq!(layout.positions(), &Layout::run(&request, u32::MAX)[..]);
}

#[test]
fn the_layout_cools_down_in_about_300_ticks() {
    let mut layout = Layout::new(&graph(20, 40, 155, 4, 3));
    assert!(!layout.is_settled());
    while layout.step() {}
    assert!(layout.is_settled() && (299..=301).contains(&layout.ticks()), "{} ticks", layout.ticks());
    assert!(!layout.step());
    assert_eq!(layout.last_tick_work(), 0);
}

#[test]
fn fixed_nodes_never_move() {
    let mut request = graph(30, 270, 900, 5, 5);
    for (i, node) in request.nodes.iter_mut().enumerate().filter(|(i, _)| i % 7 == 0) {
        node.fixed = Some([i as f64 * 3.0 - 200.0, 50.0 - i as f64]);
    }
    let mut layout = Layout::new(&request);
    let pinned =
        |layout: &Layout| request.nodes.iter().zip(layout.positions()).all(|(n, p)| n.fixed.is_none_or(|f| f == *p));
    while layout.step() {
        assert!(pinned(&layout), "tick {}", layout.ticks());
    }
    layout.resolve_overlaps();
    assert!(pinned(&layout));
    assert!(overlaps(&request, layout.positions(), 0.0).iter().all(|&(i, j)| i % 7 == 0 && j % 7 == 0));
}

#[test]
fn finished_layouts_of_random_graphs_have_no_overlapping_pair() {
    for seed in 1..=4 {
        let request = graph(30, 270, 600 + 100 * seed as usize, 5, seed);
        let mut layout = Layout::new(&request);
        while layout.step() {}
        layout.resolve_overlaps();
        assert_eq!(overlaps(&request, layout.positions(), layout.gap() * 0.999), vec![], "seed {seed}");
    }
    let small = graph(20, 40, 155, 4, 9);
    assert_eq!(overlaps(&small, &Layout::run(&small, 1000), 0.0), vec![]);
}

#[test]
fn linked_nodes_end_closer_than_the_median_pair_distance() {
    let request = graph(30, 270, 900, 5, 21);
    let pos = Layout::run(&request, 1000);
    let mut pairs: Vec<f64> = (0..pos.len())
        .flat_map(|i| (i + 1..pos.len()).map(move |j| (i, j)))
        .map(|(i, j)| dist(pos[i], pos[j]))
        .collect();
    pairs.sort_by(f64::total_cmp);
    let median = pairs[pairs.len() / 2];
    let links: Vec<f64> = request.edges.iter().map(|&(s, t)| dist(pos[s as usize], pos[t as usize])).collect();
    let mean = links.iter().sum::<f64>() / links.len() as f64;
    assert!(mean < median / 2.0, "mean link {mean}, median pair {median}");
}

#[test]
fn grouped_nodes_end_nearer_their_own_centroid_than_other_groups_nodes() {
    let groups = 5;
    let request = graph(30, 270, 900, groups, 8);
    let pos = Layout::run(&request, 1000);
    let (mut own, mut other) = (0.0, 0.0);
    for g in 0..groups {
        let members: Vec<usize> = (0..pos.len()).filter(|&i| request.nodes[i].group == Some(g)).collect();
        let c = members.iter().fold([0.0, 0.0], |c, &i| [c[0] + pos[i][0], c[1] + pos[i][1]]);
        let c = [c[0] / members.len() as f64, c[1] / members.len() as f64];
        let mean = |keep: &dyn Fn(Option<u32>) -> bool| {
            let d: Vec<f64> =
                (0..pos.len()).filter(|&i| keep(request.nodes[i].group)).map(|i| dist(pos[i], c)).collect();
            d.iter().sum::<f64>() / d.len() as f64
        };
        own += mean(&|h| h == Some(g));
        other += mean(&|h| h.is_some() && h != Some(g));
    }
    assert!(own < 0.7 * other, "own {own}, other {other}");
}

#[test]
fn the_work_of_a_tick_grows_like_n_log_n_not_n_squared() {
    let work = |n: usize| {
        let mut layout = Layout::new(&graph(n / 10, n - n / 10, 4 * n, 8, 1));
        layout.step();
        layout.last_tick_work()
    };
    let (small, large) = (work(1000), work(8000));
    let ratio = large as f64 / small as f64;
    println!("work of the first tick: {small} at n = 1000, {large} at n = 8000, ratio {ratio}");
    assert!(ratio < 14.0, "work {small} -> {large}, ratio {ratio} (n log n: 10.4, n^2: 64)");
}

#[test]
fn out_of_range_edges_and_self_loops_are_ignored() {
    let clean = graph(20, 40, 155, 4, 2);
    let mut dirty = clean.clone();
    dirty.edges.extend([(0, 0), (5, 60), (60, 5), (u32::MAX, 1), (2, u32::MAX), (59, 59)]);
    assert_eq!(Layout::run(&dirty, 1000), Layout::run(&clean, 1000));
}

#[test]
fn an_empty_graph_gives_no_positions() {
    let empty = LayoutRequest { nodes: vec![], edges: vec![(0, 1)], seed: 0 };
    assert_eq!(Layout::run(&empty, 100), Vec::<[f64; 2]>::new());
    let mut layout = Layout::new(&empty);
    assert!(layout.is_settled() && !layout.step());
    layout.resolve_overlaps();
}

#[test]
fn a_graph_of_fixed_nodes_settles_at_once_even_when_they_share_a_point() {
    let node = LayoutNode { radius: 5.0, group: Some(1), fixed: Some([3.0, -4.0]) };
    let request = LayoutRequest { nodes: vec![node; 50], edges: vec![(0, 1), (1, 2)], seed: 4 };
    let mut layout = Layout::new(&request);
    assert!(layout.is_settled());
    assert!(!layout.step());
    assert_eq!(layout.ticks(), 0);
    assert_eq!(Layout::run(&request, 100), vec![[3.0, -4.0]; 50]);
}

#[test]
fn free_nodes_around_one_shared_fixed_point_spread_out_without_nan() {
    let mut nodes = vec![LayoutNode { radius: 5.0, group: None, fixed: Some([0.0, 0.0]) }; 20];
    nodes.extend(vec![LayoutNode { radius: 4.0, group: Some(0), fixed: None }; 200]);
    let edges = (20..220).map(|i| (0, i)).collect();
    let request = LayoutRequest { nodes, edges, seed: 6 };
    let pos = Layout::run(&request, 1000);
    assert!(all_finite(&pos));
    assert!(overlaps(&request, &pos, 0.0).iter().all(|&(i, j)| i < 20 && j < 20));
}

#[test]
fn hostile_numbers_never_produce_nan() {
    let weird = [f64::NAN, f64::INFINITY, -3.0, 0.0, 1e300, f64::NEG_INFINITY, 2.0];
    let nodes = (0..70)
        .map(|i| LayoutNode {
            radius: weird[i % weird.len()],
            group: Some(i as u32 % 3),
            fixed: match i % 10 {
                0 => Some([f64::NAN, 1.0]),
                1 => Some([1e200, -1e200]),
                2 => Some([5.0, 5.0]),
                _ => None,
            },
        })
        .collect();
    let request = LayoutRequest { nodes, edges: (0..69).map(|i| (i, i + 1)).collect(), seed: 1 };
    let mut layout = Layout::new(&request);
    while layout.step() {
        assert!(all_finite(layout.positions()), "tick {}", layout.ticks());
    }
    layout.resolve_overlaps();
    assert!(all_finite(layout.positions()));
    let zero = LayoutRequest {
        nodes: vec![LayoutNode { radius: 0.0, group: None, fixed: None }; 30],
        edges: vec![(0, 1)],
        seed: 2,
    };
    assert!(all_finite(&Layout::run(&zero, 1000)));
}

/// FNV-1a over the bits of every coordinate.
fn fingerprint(pos: &[[f64; 2]]) -> u64 {
    pos.iter()
        .flatten()
        .flat_map(|c| c.to_bits().to_le_bytes())
        .fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// Pins the exact bits of one layout, so a platform that computes differently (or a change to the
/// forces, which must then update this number on purpose) is noticed.
#[test]
fn a_small_layout_matches_its_recorded_fingerprint() {
    let pos = Layout::run(&graph(20, 40, 155, 4, 7), 1000);
    assert_eq!(fingerprint(&pos), 5206644220283396703);
}

/// Run with `cargo test --release --lib layout -- --ignored --nocapture`.
#[test]
#[ignore]
fn measure_run_time() {
    for (topics, orgs, edges) in [(20, 40, 155), (200, 1800, 8000), (2000, 18000, 80000)] {
        let request = graph(topics, orgs, edges, 8, 1);
        let start = std::time::Instant::now();
        let mut layout = Layout::new(&request);
        let mut work = 0;
        while layout.step() {
            work += layout.last_tick_work();
        }
        let ticks = layout.ticks();
        let stepped = start.elapsed();
        layout.resolve_overlaps();
        let per_tick = (stepped / ticks.max(1), work / u64::from(ticks.max(1)));
        println!("{} nodes, {edges} edges: {ticks} ticks in {stepped:?}", topics + orgs);
        println!("  per tick {:?} and {} work; with overlaps resolved {:?}", per_tick.0, per_tick.1, start.elapsed());
    }
}
