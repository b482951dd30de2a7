//! Times the answers on a large dataset: the biggest hubs' peers and the connection between two
//! far nodes. `cargo run --release --example answers_time -- [FILE]`; without a file, the L
//! synthetic preset (20,000 nodes) is generated in memory (`datamap-gen --size L` writes the same).

use std::time::{Duration, Instant};

use datamap::answers::{connections, peers};
use datamap::graph::{Graph, NodeKind};
use datamap::model::Dataset;

/// The first run and the best of five, and what the last run returned.
fn time<T>(what: &str, mut run: impl FnMut() -> T, describe: impl Fn(&T) -> String) {
    let mut runs: Vec<Duration> = Vec::new();
    let mut last = None;
    for _ in 0..5 {
        let t = Instant::now();
        last = Some(run());
        runs.push(t.elapsed());
    }
    let best = runs.iter().min().copied().unwrap_or_default();
    let said = last.as_ref().map(describe).unwrap_or_default();
    println!("{what}: first {:?}, best of 5 {best:?} ({said})", runs[0]);
}

/// Breadth-first distances from `a` (`u32::MAX` when unreachable).
fn distances(g: &Graph, a: u32) -> Vec<u32> {
    let mut dist = vec![u32::MAX; g.len()];
    dist[a as usize] = 0;
    let mut queue = std::collections::VecDeque::from([a]);
    while let Some(v) = queue.pop_front() {
        for &w in g.neighbors(v) {
            if dist[w as usize] == u32::MAX {
                dist[w as usize] = dist[v as usize] + 1;
                queue.push_back(w);
            }
        }
    }
    dist
}

fn main() {
    let ds: Dataset = match std::env::args().nth(1) {
        Some(file) => serde_json::from_slice(&std::fs::read(&file).expect("read")).expect("parse"),
        None => datamap::synth::generate(&datamap::synth::preset("L").expect("the L preset")),
    };
    let t = Instant::now();
    let g = Graph::new(&ds);
    println!("{} nodes, {} links; graph built in {:?}", g.len(), g.edges.len(), t.elapsed());
    let biggest = |kind: NodeKind| {
        (0..g.len() as u32).filter(|&i| g.nodes[i as usize].kind == kind).max_by_key(|&i| g.nodes[i as usize].degree)
    };
    for kind in [NodeKind::Topic, NodeKind::Org] {
        let Some(hub) = biggest(kind) else { continue };
        let n = &g.nodes[hub as usize];
        let what = format!("peers of the biggest {} hub {} ({} links)", kind.as_str(), n.id, n.degree);
        time(&what, || peers(&ds, &g, &n.id, "en", &[], 3), |p| format!("{} peers", p.len()));
    }
    // Far nodes: from the first organisation, the node four links away with the most shortest
    // paths (the most to order), and the farthest node of all (no connection within four).
    let Some(a) = g.nodes.iter().position(|n| n.kind == NodeKind::Org) else { return };
    let dist = distances(&g, a as u32);
    let four = (0..g.len()).filter(|&i| dist[i] == 4).max_by_key(|&i| g.nodes[i].degree);
    let farthest = (0..g.len()).filter(|&i| dist[i] != u32::MAX).max_by_key(|&i| (dist[i], g.nodes[i].degree));
    for b in [four, farthest].into_iter().flatten() {
        let (ia, ib) = (&g.nodes[a].id, &g.nodes[b].id);
        let what = format!("connection {ia} - {ib} ({} links apart)", dist[b]);
        time(
            &what,
            || connections(&ds, &g, ia, ib, "en", &[]),
            |c| match c {
                Ok(c) => format!("{} paths of {:?} links", c.paths.len(), c.steps()),
                Err(e) => e.to_string(),
            },
        );
    }
}
