//! The map's behaviour without a browser: taps, drags, the wheel, pinches and keys.

use super::*;

const VP: Viewport = Viewport { width: 800.0, height: 600.0 };

fn small() -> MapModel {
    let ds: Dataset = serde_json::from_str(include_str!("../../tests/fixtures/small.json")).expect("small.json");
    MapModel::new(&ds, "en", VP)
}

fn node(m: &MapModel, id: &str) -> u32 {
    m.graph.node_by_id(id).expect(id)
}

#[test]
fn baked_positions_need_no_layout_and_fit_the_viewport() {
    let m = small();
    assert!(!m.layout_running());
    assert_eq!(m.positions()[node(&m, "who") as usize], [-100.0, -50.0]);
    for i in 0..m.graph.len() as u32 {
        let [x, y] = m.screen_of(i).unwrap();
        assert!(x > 0.0 && y > 0.0 && x < VP.width && y < VP.height);
    }
    assert!(m.camera_is_fit());
}

#[test]
fn a_tap_on_a_node_selects_it_and_a_tap_in_empty_space_clears() {
    let mut m = small();
    let who = node(&m, "who");
    let s = m.screen_of(who).unwrap();
    m.pointer_down(1, s);
    assert_eq!(m.pointer_up(1, [s[0] + 3.0, s[1] - 2.0]), Outcome::Select(Some(who)), "a small wobble is still a tap");
    let empty = m.camera().apply(VP, [0.0, 30.0]);
    assert_eq!(m.pick(empty), None);
    m.pointer_down(2, empty);
    assert_eq!(m.pointer_up(2, empty), Outcome::Select(None));
}

#[test]
fn a_drag_pans_and_does_not_select() {
    let mut m = small();
    let who = node(&m, "who");
    let s = m.screen_of(who).unwrap();
    m.pointer_down(1, s);
    m.pointer_move(1, [s[0] + 40.0, s[1] + 10.0]);
    m.pointer_move(1, [s[0] + 60.0, s[1] + 20.0]);
    assert_eq!(m.pointer_up(1, [s[0] + 60.0, s[1] + 20.0]), Outcome::Redraw);
    let after = m.screen_of(who).unwrap();
    assert!(
        (after[0] - (s[0] + 60.0)).abs() < 1e-9 && (after[1] - (s[1] + 20.0)).abs() < 1e-9,
        "the node follows the pointer"
    );
    assert!(!m.camera_is_fit());
}

#[test]
fn the_wheel_zooms_in_when_turned_up_anchored_at_the_pointer() {
    let mut m = small();
    let at = [200.0, 150.0];
    let under = m.camera().invert(VP, at);
    let z = m.camera().z;
    m.wheel(at, -120.0);
    assert!(m.camera().z > z);
    let still = m.camera().invert(VP, at);
    assert!((still[0] - under[0]).abs() < 1e-9 && (still[1] - under[1]).abs() < 1e-9);
    m.wheel(at, 240.0);
    assert!(m.camera().z < z);
}

#[test]
fn a_pinch_zooms_around_the_fingers() {
    let mut m = small();
    let z = m.camera().z;
    m.pointer_down(1, [300.0, 300.0]);
    m.pointer_down(2, [500.0, 300.0]);
    m.pointer_move(2, [700.0, 300.0]);
    assert!((m.camera().z / z - 2.0).abs() < 1e-9, "finger distance 200 → 400 doubles the zoom: {}", m.camera().z / z);
    assert_eq!(m.pointer_up(2, [700.0, 300.0]), Outcome::None);
    assert_eq!(m.pointer_up(1, [300.0, 300.0]), Outcome::Redraw, "a pinch never ends as a tap");
}

#[test]
fn arrow_keys_walk_along_links_and_escape_clears() {
    let mut m = small();
    assert!(matches!(m.key("ArrowRight", 0.0, true), Outcome::Select(Some(_))), "the first arrow selects a node");
    let who = node(&m, "who");
    m.select(Some(who));
    // WHO (-100,-50) links to health-data (-160,40) and artificial-intelligence (0,-140).
    assert_eq!(m.key("ArrowRight", 0.0, true), Outcome::Select(Some(node(&m, "artificial-intelligence"))));
    m.select(Some(who));
    assert_eq!(m.key("ArrowDown", 0.0, true), Outcome::Select(Some(node(&m, "health-data"))));
    m.select(Some(who));
    assert_eq!(m.key("ArrowLeft", 0.0, true), Outcome::Select(Some(node(&m, "health-data"))));
    assert_eq!(m.key("Escape", 0.0, true), Outcome::Select(None));
    assert_eq!(m.key("Escape", 0.0, true), Outcome::None);
}

#[test]
fn plus_minus_and_zero_zoom_and_fit() {
    let mut m = small();
    let z = m.camera().z;
    m.key("+", 0.0, true);
    assert!(m.camera().z > z);
    m.key("-", 0.0, true);
    m.key("-", 0.0, true);
    assert!(m.camera().z < z);
    m.key("0", 0.0, true);
    assert!(m.camera().approx_eq(&m.fit()) && m.camera_is_fit());
}

#[test]
fn animations_ease_to_their_target_and_stop() {
    let mut m = small();
    let to = Camera { x: 50.0, y: 50.0, z: m.camera().z * 2.0 };
    m.animate_to(to, 1000.0, false);
    assert!(m.advance(1000.0 + ANIMATION_MS / 2.0));
    assert!(!m.camera().approx_eq(&to));
    assert!(!m.advance(1000.0 + ANIMATION_MS));
    assert_eq!(m.camera(), to);
}

#[test]
fn hidden_nodes_cannot_be_picked_and_leave_the_fit() {
    let mut m = small();
    let who = node(&m, "who");
    let s = m.screen_of(who).unwrap();
    let mut hidden = vec![false; m.graph.len()];
    hidden[who as usize] = true;
    m.select(Some(who));
    m.set_hidden(hidden);
    assert_eq!(m.pick(s), None);
    assert_eq!(m.selected(), None, "a hidden node cannot stay selected");
}

#[test]
fn without_baked_positions_the_layout_runs_and_settles() {
    let mut ds: Dataset = serde_json::from_str(include_str!("../../tests/fixtures/small.json")).expect("small.json");
    ds.positions.clear();
    let mut m = MapModel::new(&ds, "en", VP);
    assert!(m.layout_running());
    let mut frames = 0;
    while m.step_layout(20) {
        frames += 1;
        assert!(frames < 200, "the layout settles");
    }
    assert!(!m.layout_running());
    assert!(m.positions().iter().all(|p| p[0].is_finite() && p[1].is_finite()));
    for i in 0..m.graph.len() as u32 {
        let [x, y] = m.screen_of(i).unwrap();
        assert!(x >= 0.0 && y >= 0.0 && x <= VP.width && y <= VP.height, "fit follows the layout");
    }
}

#[test]
fn a_layout_run_elsewhere_gives_the_same_map_as_one_run_here() {
    use crate::layout::wire::{flat_positions, WireRequest};
    use crate::layout::Layout;
    let mut ds: Dataset = serde_json::from_str(include_str!("../../tests/fixtures/small.json")).expect("small.json");
    ds.positions.clear();
    let mut here = MapModel::new(&ds, "en", VP);
    let mut there = MapModel::new(&ds, "en", VP);
    // What a worker does with the request it is sent.
    let sent = WireRequest::of(there.layout_request().expect("a running layout has a request"));
    let mut layout = Layout::new(&sent.request());
    let mut ticks = 0;
    while layout.step() {
        ticks += 1;
        if ticks == 10 {
            assert!(there.apply_layout(&flat_positions(layout.positions()), false), "positions while moving");
            assert!(there.layout_running(), "not settled yet");
        }
    }
    layout.resolve_overlaps();
    while here.step_layout(50) {}
    assert!(!there.apply_layout(&[1.0, 2.0], true), "a wrong length is refused");
    assert!(there.layout_running());
    assert!(there.apply_layout(&flat_positions(layout.positions()), true));
    assert!(!there.layout_running() && there.layout_request().is_none());
    assert_eq!(there.positions(), here.positions(), "bit for bit");
    assert_eq!(there.camera(), here.camera(), "the fit follows");
    assert!(!there.apply_layout(&flat_positions(layout.positions()), true), "nothing to apply once settled");
}

#[test]
fn a_covered_margin_moves_the_neighbourhood_into_the_clear_part() {
    let mut m = small();
    let who = node(&m, "who");
    assert_eq!(m.neighbourhood_clear_of(who, Cover::default()), m.neighbourhood(who));
    for cover in [Cover { right: 400.0, bottom: 0.0 }, Cover { right: 0.0, bottom: 0.45 * VP.height }] {
        let cam = m.neighbourhood_clear_of(who, cover).expect("a frame");
        m.set_camera(cam);
        let members = std::iter::once(who).chain(m.graph.neighbors(who).iter().copied()).collect::<Vec<_>>();
        for n in members {
            let [x, y] = m.screen_of(n).unwrap();
            assert!(x >= -1.0 && x <= VP.width - cover.right + 1.0, "{x} is left of the covered margin ({cover:?})");
            assert!(y >= -1.0 && y <= VP.height - cover.bottom + 1.0, "{y} is above the covered margin ({cover:?})");
        }
    }
}

#[test]
fn an_emphasis_brings_its_nodes_forward_instead_of_the_selections_neighbours_and_hover_still_wins() {
    let mut m = small();
    let who = node(&m, "who");
    m.select(Some(who));
    let set: Vec<bool> = (0..m.graph.len() as u32).map(|i| i == who || i % 3 == 0).collect();
    m.set_emphasis(Some(set.clone()));
    let scene = m.scene();
    for d in &scene.nodes {
        let expected = if set[d.node as usize] { 1.0 } else { crate::scene::FADED_NODE_ALPHA };
        assert_eq!(d.alpha, expected, "node {}", d.node);
    }
    assert!(scene.nodes.iter().any(|d| d.node == who && d.ring == crate::scene::Ring::Selected));
    // Strong edges are those within the set.
    let strong = scene.edges.iter().filter(|e| e.strong).count();
    let within = m.graph.edges.iter().filter(|&&(a, b)| set[a as usize] && set[b as usize]).count();
    assert_eq!(strong, within);
    // The hovered node's neighbourhood wins over the emphasis.
    let other = (0..m.graph.len() as u32).find(|&i| !set[i as usize]).expect("a node out of the set");
    m.hover = Some(other);
    let hovered = m.scene();
    let d = hovered.nodes.iter().find(|d| d.node == other).expect("the hovered node");
    assert_eq!(d.alpha, 1.0);
    m.hover = None;
    m.set_emphasis(Some(vec![true; 2]));
    assert_eq!(
        m.scene(),
        {
            m.set_emphasis(None);
            m.scene()
        },
        "a set of the wrong length is ignored"
    );
}

#[test]
fn a_comparison_is_framed_in_the_part_of_the_map_a_panel_leaves_clear() {
    let mut m = small();
    assert_eq!(m.emphasis_clear_of(Cover::default()), None, "nothing brought forward");
    let (who, itu) = (node(&m, "who"), node(&m, "itu"));
    let set: Vec<bool> = (0..m.graph.len() as u32).map(|i| i == who || i == itu).collect();
    m.set_emphasis(Some(set));
    let cover = Cover { right: 300.0, bottom: 0.0 };
    let cam = m.emphasis_clear_of(cover).expect("a frame");
    m.set_camera(cam);
    for n in [who, itu] {
        let [x, y] = m.screen_of(n).expect("placed");
        assert!(x > 0.0 && x < VP.width - cover.right && y > 0.0 && y < VP.height, "{n} at {x}, {y}");
    }
}

#[test]
fn showing_the_visible_nodes_fits_them_or_frames_them_clear_of_a_panel() {
    let mut m = small();
    let shown = [node(&m, "who"), node(&m, "health-data")];
    let hidden: Vec<bool> = (0..m.graph.len() as u32).map(|i| !shown.contains(&i)).collect();
    m.set_hidden(hidden);
    m.set_camera(Camera { x: 500.0, y: 500.0, z: 3.0 });
    m.show_visible(Cover::default(), 0.0, true);
    assert_eq!(m.camera(), m.fit(), "nothing covers the map: fit what is shown, at once");
    assert!(m.camera_is_fit(), "so the URL needs no camera");
    let cover = Cover { right: 400.0, bottom: 0.0 };
    m.show_visible(cover, 0.0, false);
    assert!(m.in_motion(), "animated without reduced motion");
    m.advance(ANIMATION_MS);
    for n in shown {
        let [x, y] = m.screen_of(n).expect("placed");
        assert!(x > 0.0 && x < VP.width - cover.right && y > 0.0 && y < VP.height, "{n} at {x}, {y}");
    }
}
