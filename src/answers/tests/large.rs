//! Peers and connections on a dataset of the L preset's size (20,000 nodes, 80,000 links),
//! checked against plain computations: shared counts by intersection, path lengths by
//! breadth-first distance, the number of paths by counting, their order by sorting them all.

use std::cmp::Reverse;

use crate::answers::*;
use crate::graph::Graph;
use crate::model::Dataset;
use crate::synth::{generate, preset};
use crate::text::fold;

fn large() -> (Dataset, Graph) {
    let ds = generate(&preset("L").expect("the L preset"));
    let g = Graph::new(&ds);
    (ds, g)
}

/// Plain breadth-first distances from `a` (`u32::MAX` when unreachable) and the number of
/// shortest paths to each node (saturating).
fn bfs(g: &Graph, a: u32) -> (Vec<u32>, Vec<u64>) {
    let (mut dist, mut count) = (vec![u32::MAX; g.len()], vec![0u64; g.len()]);
    dist[a as usize] = 0;
    count[a as usize] = 1;
    let mut queue = std::collections::VecDeque::from([a]);
    while let Some(v) = queue.pop_front() {
        for &w in g.neighbors(v) {
            if dist[w as usize] == u32::MAX {
                dist[w as usize] = dist[v as usize] + 1;
                queue.push_back(w);
            }
            if dist[w as usize] == dist[v as usize] + 1 {
                count[w as usize] = count[w as usize].saturating_add(count[v as usize]);
            }
        }
    }
    (dist, count)
}

type Key = (Vec<String>, Vec<String>);

/// The order of paths: the sequence of folded names, then the sequence of ids.
fn key(ds: &Dataset, g: &Graph, path: &[String]) -> Key {
    let node = |id: &String| g.node_by_id(id).expect("a node");
    (path.iter().map(|id| fold(node_name(ds, g, node(id), "en"))).collect(), path.to_vec())
}

/// Every shortest path from `a` to `b` (given both distance maps), as ids.
fn all_paths(g: &Graph, (da, db): (&[u32], &[u32]), path: &mut Vec<u32>, out: &mut Vec<Vec<String>>) {
    let v = *path.last().expect("a start");
    if db[v as usize] == 0 {
        out.push(path.iter().map(|&i| g.nodes[i as usize].id.clone()).collect());
        return;
    }
    for &w in g.neighbors(v) {
        if da[w as usize] == da[v as usize] + 1 && db[w as usize] + 1 == db[v as usize] {
            path.push(w);
            all_paths(g, (da, db), path, out);
            path.pop();
        }
    }
}

fn check_connection(ds: &Dataset, g: &Graph, a: u32, b: u32) {
    let (ia, ib) = (&g.nodes[a as usize].id, &g.nodes[b as usize].id);
    let c = connections(ds, g, ia, ib, "en", &[]).expect("two known, different ids");
    let ((da, count), (db, _)) = (bfs(g, a), bfs(g, b));
    let d = da[b as usize];
    if !c.shared.is_empty() {
        assert_eq!((d, c.paths.len()), (2, 0), "{ia} {ib}");
        return;
    }
    if d > u32::from(MAX_STEPS) {
        assert_eq!(c.steps(), None, "{ia} {ib} are {d} apart");
        return;
    }
    assert_eq!(c.paths.len() as u64, count[b as usize].min(MAX_PATHS as u64), "{ia} {ib}");
    for p in &c.paths {
        assert_eq!((p.steps(), p.nodes.len()), (d as usize, d as usize + 1), "{ia} {ib}: {p:?}");
        assert_eq!((&p.nodes[0], &p.nodes[d as usize]), (ia, ib));
        for (o, t) in &p.links {
            assert!(link_index(ds, o, t).is_some(), "{o} works on {t}");
        }
    }
    if count[b as usize] <= 20_000 {
        let mut every = Vec::new();
        all_paths(g, (&da, &db), &mut vec![a], &mut every);
        every.sort_by_cached_key(|p| key(ds, g, p));
        let first: Vec<&Vec<String>> = every.iter().take(MAX_PATHS).collect();
        assert_eq!(c.paths.iter().map(|p| &p.nodes).collect::<Vec<_>>(), first, "{ia} {ib}");
    }
}

#[test]
fn on_l_sized_data_paths_are_shortest_and_ordered_and_peers_match_a_plain_count() {
    let (ds, g) = large();
    let hub = (0..g.len() as u32).max_by_key(|&i| (g.nodes[i as usize].degree, Reverse(i))).expect("nodes");
    let found = peers(&ds, &g, &g.nodes[hub as usize].id, "en", &[], 9);
    let shared = |j: u32| g.neighbors(j).iter().filter(|k| g.neighbors(hub).binary_search(k).is_ok()).count();
    let expected = (0..g.len() as u32).filter(|&j| j != hub && shared(j) > 0).count();
    assert_eq!(found.len(), expected, "every node sharing a neighbour is a peer");
    assert!(found.windows(2).all(|w| w[0].count() >= w[1].count()));
    for p in found.iter().step_by(97) {
        assert_eq!(p.count(), shared(g.node_by_id(&p.id).expect("a peer")), "{}", p.id);
    }
    let orgs = g.nodes.iter().position(|n| n.kind == crate::graph::NodeKind::Org).expect("orgs") as u32;
    let n = g.len() as u32;
    let mut far = 0;
    for k in 0..24u32 {
        let a = orgs + (k * 7_919) % (n - orgs);
        let b = if k % 3 == 0 { (k * 131) % orgs } else { orgs + (k * 104_729 + 17) % (n - orgs) };
        if a != b {
            check_connection(&ds, &g, a, b);
            far += usize::from(bfs(&g, a).0[b as usize] == 4);
        }
    }
    assert!(far > 0, "some pairs are four steps apart");
}
