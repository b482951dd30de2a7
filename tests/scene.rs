//! The scene: labels never overlap, topics are labelled at overview and organisations only
//! closer in, focus fades the rest, filters hide nodes, a highlighted legend entry stands out.
#![cfg(not(target_arch = "wasm32"))]

use datamap::camera::{Bounds, Camera, Viewport};
use datamap::graph::{Graph, NodeKind};
use datamap::mapmodel::MapModel;
use datamap::model::Dataset;
use datamap::scene::{build, Detail, Ring, Scene, SceneInput};
use datamap::spatial::SpatialIndex;

struct Fixture {
    graph: Graph,
    pos: Vec<[f64; 2]>,
    radii: Vec<f64>,
    labels: Vec<String>,
}

/// The real dataset, placed on a deterministic grid (the layout is tested on its own).
fn fixture() -> Fixture {
    let ds: Dataset = serde_json::from_str(include_str!("../public/data/geneva.json")).expect("dataset");
    let graph = Graph::new(&ds);
    let n = graph.len();
    let side = (n as f64).sqrt().ceil() as usize;
    let pos = (0..n).map(|i| [(i % side) as f64 * 40.0, (i / side) as f64 * 40.0]).collect();
    let radii = (0..n as u32).map(|i| graph.radius(i)).collect();
    let labels = graph
        .nodes
        .iter()
        .map(|node| match node.kind {
            NodeKind::Topic => ds.topics[node.index].name.get("en").to_owned(),
            NodeKind::Org => ds.organisations[node.index].name.get("en").to_owned(),
        })
        .collect();
    Fixture { graph, pos, radii, labels }
}

const VP: Viewport = Viewport { width: 1200.0, height: 800.0 };

fn scene(f: &Fixture, camera: Camera, hover: Option<u32>, selected: Option<u32>, hidden: &[bool]) -> Scene {
    scene_in_detail(f, camera, hover, selected, hidden, Detail::Full)
}

fn scene_in_detail(
    f: &Fixture,
    camera: Camera,
    hover: Option<u32>,
    selected: Option<u32>,
    hidden: &[bool],
    detail: Detail,
) -> Scene {
    let index = SpatialIndex::new(&f.pos, &f.radii);
    let on_screen = index.query(camera.visible(VP));
    build(&SceneInput {
        graph: &f.graph,
        positions: &f.pos,
        radii: &f.radii,
        on_screen: &on_screen,
        hidden,
        camera,
        viewport: VP,
        hover,
        selected,
        matches: None,
        emphasis: None,
        highlight: None,
        labels: &f.labels,
        fit_zoom: fit(f).z,
        detail,
        backdrop: false,
    })
}

fn fit(f: &Fixture) -> Camera {
    let b = Bounds::of_circles(f.pos.iter().copied().zip(f.radii.iter().copied())).unwrap();
    Camera::fit(b, VP, 20.0)
}

fn overlap(a: &datamap::scene::DrawLabel, b: &datamap::scene::DrawLabel) -> bool {
    let (ax0, ay0, ax1, ay1) = (a.x - 2.0, a.y - a.h / 2.0, a.x + a.w + 2.0, a.y + a.h / 2.0);
    let (bx0, by0, bx1, by1) = (b.x - 2.0, b.y - b.h / 2.0, b.x + b.w + 2.0, b.y + b.h / 2.0);
    ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1
}

#[test]
fn labels_never_overlap_at_any_zoom() {
    let f = fixture();
    let base = fit(&f);
    for factor in [0.5, 1.0, 2.0, 4.0, 9.0] {
        let s = scene(&f, Camera { z: base.z * factor, ..base }, None, None, &[]);
        for (i, a) in s.labels.iter().enumerate() {
            for b in &s.labels[i + 1..] {
                assert!(!overlap(a, b), "zoom {factor}: {:?} overlaps {:?}", a.text, b.text);
            }
        }
    }
}

#[test]
fn the_overview_labels_topics_and_closer_views_add_organisations() {
    let f = fixture();
    let base = fit(&f);
    let kinds = |s: &Scene| s.labels.iter().map(|l| f.graph.nodes[l.node as usize].kind).collect::<Vec<_>>();
    let far = scene(&f, Camera { z: base.z * 0.6, ..base }, None, None, &[]);
    assert!(!kinds(&far).is_empty() && kinds(&far).iter().all(|k| *k == NodeKind::Topic), "{:?}", kinds(&far));
    let close = scene(&f, Camera { z: base.z * 6.0, ..base }, None, None, &[]);
    assert!(kinds(&close).contains(&NodeKind::Org));
}

#[test]
fn hovering_fades_everything_outside_the_neighbourhood_and_labels_the_node() {
    let f = fixture();
    let who = f.graph.node_by_id("who").unwrap();
    let s = scene(&f, fit(&f), Some(who), None, &[]);
    let near: Vec<u32> = f.graph.neighbors(who).to_vec();
    for d in &s.nodes {
        let expected = if d.node == who || near.contains(&d.node) { 1.0 } else { 0.18 };
        assert_eq!(d.alpha, expected, "node {}", f.graph.nodes[d.node as usize].id);
    }
    assert_eq!(s.nodes.last().map(|d| (d.node, d.ring)), Some((who, Ring::Hover)), "the focus is drawn last");
    assert!(s.labels.iter().any(|l| l.node == who));
    assert!(s.edges.iter().filter(|e| e.strong).count() == near.len());
}

#[test]
fn hidden_nodes_and_their_edges_are_not_drawn() {
    let f = fixture();
    let mut hidden = vec![false; f.graph.len()];
    let who = f.graph.node_by_id("who").unwrap();
    hidden[who as usize] = true;
    let all = scene(&f, fit(&f), None, None, &[]);
    let s = scene(&f, fit(&f), None, None, &hidden);
    assert!(s.nodes.iter().all(|d| d.node != who));
    assert_eq!(s.edges.len() + f.graph.nodes[who as usize].degree as usize, all.edges.len());
}

#[test]
fn nodes_off_screen_are_culled() {
    let f = fixture();
    let base = fit(&f);
    let s = scene(&f, Camera { z: base.z * 8.0, ..base }, None, None, &[]);
    assert!(s.nodes.len() < f.graph.len() / 2, "{} of {}", s.nodes.len(), f.graph.len());
    assert!(s
        .nodes
        .iter()
        .all(|d| d.x + d.r >= 0.0 && d.x - d.r <= VP.width && d.y + d.r >= 0.0 && d.y - d.r <= VP.height));
}

/// A dense synthetic graph (2,000 nodes, 8,000 links) on a grid, framed whole.
fn dense_fixture() -> Fixture {
    let mut opts = datamap::synth::preset("M").expect("preset M");
    opts.seed = 3;
    let ds = datamap::synth::generate(&opts);
    let graph = Graph::new(&ds);
    let n = graph.len();
    let side = (n as f64).sqrt().ceil() as usize;
    let pos = (0..n).map(|i| [(i % side) as f64 * 40.0, (i / side) as f64 * 40.0]).collect();
    let radii = (0..n as u32).map(|i| graph.radius(i)).collect();
    let labels = (0..n).map(|i| format!("node {i}")).collect();
    Fixture { graph, pos, radii, labels }
}

fn scene_with(f: &Fixture, detail: Detail) -> Scene {
    scene_in_detail(f, fit(f), None, None, &[], detail)
}

#[test]
fn while_the_layout_runs_a_dense_map_draws_a_sample_of_edges_every_node_and_no_labels() {
    use datamap::scene::{MAX_LAYOUT_EDGES, MAX_MOVING_EDGES};
    let f = dense_fixture();
    let (full, moving, layout) =
        (scene_with(&f, Detail::Full), scene_with(&f, Detail::Moving), scene_with(&f, Detail::Layout));
    assert!(full.edges.len() > MAX_MOVING_EDGES, "the full frame draws every edge: {}", full.edges.len());
    assert!(moving.edges.len() <= MAX_MOVING_EDGES && moving.edges.len() > MAX_LAYOUT_EDGES);
    assert!(
        layout.edges.len() <= MAX_LAYOUT_EDGES && layout.edges.len() >= MAX_LAYOUT_EDGES / 2,
        "{}",
        layout.edges.len()
    );
    // Every node is still drawn, in the same places; only labels and outlines go.
    assert_eq!(layout.nodes, full.nodes);
    assert!(!full.labels.is_empty() && !moving.labels.is_empty() && layout.labels.is_empty());
    assert!(full.outline && moving.outline && !layout.outline);
}

/// The shipped map with the nodes of legend entry `group` highlighted, and perhaps a hover.
fn highlighted(group: &datamap::legend::Group, hover: Option<&str>) -> (MapModel, Vec<bool>, Scene) {
    let ds: Dataset = serde_json::from_str(include_str!("../public/data/geneva.json")).expect("dataset");
    let mut m = MapModel::new(&ds, "en", VP);
    let mut on = vec![false; m.graph.len()];
    for id in group.members(&ds) {
        on[m.graph.node_by_id(&id).expect("a member") as usize] = true;
    }
    assert!(m.set_highlight(Some(on.clone())) && !m.set_highlight(Some(on.clone())), "changed once");
    m.hover = hover.and_then(|id| m.graph.node_by_id(id));
    let s = m.scene();
    (m, on, s)
}

#[test]
fn a_highlighted_legend_entry_stands_out_and_everything_else_fades() {
    use datamap::legend::Group;
    use datamap::scene::UNPICKED_NODE_ALPHA;
    let (m, on, s) = highlighted(&Group::Type("un".into()), None);
    assert_eq!(s.nodes.len(), m.graph.len(), "every node is still drawn");
    for d in &s.nodes {
        let want = if on[d.node as usize] { 1.0 } else { UNPICKED_NODE_ALPHA };
        assert_eq!(d.alpha, want, "{}", m.graph.nodes[d.node as usize].id);
    }
    // Drawn over the faded nodes, and their edges stand out.
    let first = s.nodes.iter().position(|d| d.alpha == 1.0).expect("a highlighted node");
    assert!(s.nodes[first..].iter().all(|d| d.alpha == 1.0));
    for e in &s.edges {
        assert!(e.alpha == 0.45 || e.alpha == 0.05);
    }
    // Faded nodes lose their labels; no ring says "match".
    assert!(s.labels.iter().all(|l| on[l.node as usize]));
    assert!(s.nodes.iter().all(|d| d.ring == Ring::None));
}

#[test]
fn a_highlight_wins_over_a_hover_and_clearing_it_gives_the_plain_map_back() {
    use datamap::legend::Group;
    let (mut m, on, s) = highlighted(&Group::Category("governance".into()), Some("who"));
    let who = m.graph.node_by_id("who").expect("who");
    assert!(!on[who as usize]);
    let d = s.nodes.iter().find(|d| d.node == who).expect("the hovered node");
    assert_eq!(d.ring, Ring::Hover, "the hover keeps its ring...");
    assert!(d.alpha < 1.0, "...but the highlight says what stands out");
    m.hover = None;
    let plain = m.scene();
    assert!(m.set_highlight(None));
    let cleared = m.scene();
    assert_ne!(plain, cleared);
    assert!(cleared.nodes.iter().all(|d| d.alpha == 1.0));
}
