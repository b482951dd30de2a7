//! The frame plan's transitions, as the browser tests and the bench exercise them: a still map,
//! moving a dense map and stopping, hovering with and without a selection, the layout running in
//! the page or elsewhere and settling, resizing, a picture that cannot be kept, camera reports.

use super::*;
use crate::camera::Viewport;
use crate::synth::{generate, SynthOptions};

const VP: Viewport = Viewport { width: 900.0, height: 600.0 };
const LOOK: Look = Look { dpr: 1.0, dark: false };

/// A baked map with `links` links among 400 organisations and 30 topics.
fn baked(links: usize) -> MapModel {
    let ds = generate(&SynthOptions { orgs: 400, topics: 30, links, seed: 7, bake: true });
    MapModel::new(&ds, "en", VP)
}

/// A dense baked map (more than [`DENSE_EDGES`] links), already drawn once, still.
fn dense_drawn() -> (MapModel, FramePlanner) {
    let m = baked(2_400);
    assert!(m.graph.edges.len() > DENSE_EDGES);
    let mut p = FramePlanner::new(Some(m.camera()));
    let first = p.plan(&m, 0.0, false, LOOK);
    assert_eq!(first.steps, [Step::Draw(Detail::Full)]);
    (m, p)
}

/// An organisation of the map with many links.
fn busy_org(m: &MapModel) -> u32 {
    (0..m.graph.len() as u32)
        .filter(|&i| m.graph.nodes[i as usize].kind == crate::graph::NodeKind::Org)
        .max_by_key(|&i| (m.graph.neighbors(i).len(), std::cmp::Reverse(i)))
        .expect("an organisation")
}

/// Pans the camera by `dx` CSS pixels.
fn pan(m: &mut MapModel, dx: f64) {
    let c = m.camera();
    m.set_camera(Camera { x: c.x - dx / c.z, ..c });
}

#[test]
fn a_baked_map_is_drawn_whole_and_ready_on_its_first_frame_and_asks_for_nothing_more() {
    let m = baked(300);
    let mut p = FramePlanner::new(Some(m.camera()));
    let plan = p.plan(&m, 0.0, false, LOOK);
    assert_eq!(
        plan,
        FramePlan {
            steps: vec![Step::Draw(Detail::Full)],
            fallback: Detail::Full,
            ready: true,
            settle_in: None,
            again: false
        }
    );
    let next = p.plan(&m, 16.0, false, LOOK);
    assert!(!next.ready, "ready is marked once");
    assert_eq!(next.steps, [Step::Draw(Detail::Full)]);
}

#[test]
fn moving_a_dense_map_moves_its_last_full_picture_until_it_has_been_still_for_the_settle_time() {
    let (mut m, mut p) = dense_drawn();
    let still = m.camera();
    pan(&mut m, 40.0);
    let start = p.plan(&m, 100.0, false, LOOK);
    assert_eq!(start.steps, [Step::Keep(Picture::Moving), Step::Show(Picture::Moving, still)]);
    assert_eq!(start.settle_in, Some(SETTLE_MS as i32 + SETTLE_SLACK_MS));
    pan(&mut m, 40.0);
    let on = p.plan(&m, 116.0, false, LOOK);
    assert_eq!(on.steps, [Step::Show(Picture::Moving, still)], "the copy is kept once, then moved");
    // The settle timer fires; the camera has not moved since 116 ms.
    let settled = p.plan(&m, 116.0 + SETTLE_MS + 5.0, false, LOOK);
    assert_eq!(settled.steps, [Step::Draw(Detail::Full)], "full detail once still");
    assert_eq!(settled.settle_in, None);
    // The next motion starts from the new full picture.
    let here = m.camera();
    pan(&mut m, -10.0);
    assert_eq!(p.plan(&m, 400.0, false, LOOK).steps, [Step::Keep(Picture::Moving), Step::Show(Picture::Moving, here)]);
}

#[test]
fn a_gesture_or_an_animation_counts_as_motion_even_before_the_camera_changes() {
    let (mut m, mut p) = dense_drawn();
    let s = m.screen_of(0).expect("on screen");
    m.pointer_down(1, s);
    m.pointer_move(1, [s[0] + 20.0, s[1]]);
    assert!(m.in_motion());
    let plan = p.plan(&m, 50.0, false, LOOK);
    assert!(matches!(plan.steps[..], [Step::Keep(Picture::Moving), Step::Show(Picture::Moving, _)]));
    m.pointer_up(1, [s[0] + 20.0, s[1]]);
    m.animate_to(Camera { z: m.camera().z * 2.0, ..m.camera() }, 60.0, false);
    assert!(m.advance(100.0), "an animation runs");
    let plan = p.plan(&m, 100.0, true, LOOK);
    assert!(plan.again, "an animation asks for the next frame");
    assert!(matches!(plan.steps[..], [Step::Show(Picture::Moving, _)]));
}

#[test]
fn a_sparse_map_in_motion_is_drawn_light_then_in_full() {
    let m0 = baked(300);
    assert!(m0.graph.edges.len() <= MOVE_PICTURE_EDGES);
    let mut m = m0;
    let mut p = FramePlanner::new(Some(m.camera()));
    p.plan(&m, 0.0, false, LOOK);
    pan(&mut m, 30.0);
    let plan = p.plan(&m, 20.0, false, LOOK);
    assert_eq!(plan.steps, [Step::Draw(Detail::Moving)]);
    assert_eq!(plan.settle_in, Some(SETTLE_MS as i32 + SETTLE_SLACK_MS));
    assert_eq!(p.plan(&m, 20.0 + SETTLE_MS, false, LOOK).steps, [Step::Draw(Detail::Full)]);
}

#[test]
fn hovering_a_dense_map_keeps_its_picture_and_draws_the_focus_over_a_faded_layer() {
    let (mut m, mut p) = dense_drawn();
    let camera = m.camera();
    m.hover = Some(busy_org(&m));
    let hover = p.plan(&m, 10.0, false, LOOK);
    assert_eq!(
        hover.steps,
        [Step::Keep(Picture::Base), Step::DrawLayer, Step::Show(Picture::Layer, camera), Step::DrawFocus]
    );
    m.hover = Some(m.graph.neighbors(busy_org(&m))[0]);
    let other = p.plan(&m, 20.0, false, LOOK);
    assert_eq!(other.steps, [Step::Show(Picture::Layer, camera), Step::DrawFocus], "one layer per camera");
    m.hover = None;
    assert_eq!(p.plan(&m, 30.0, false, LOOK).steps, [Step::Show(Picture::Base, camera)], "leaving restores the copy");
}

#[test]
fn hovering_while_selected_uses_the_same_layer_and_keeps_the_selected_picture() {
    let (mut m, mut p) = dense_drawn();
    let camera = m.camera();
    let h = busy_org(&m);
    let far = (0..m.graph.len() as u32)
        .find(|&i| i != h && !m.graph.neighbors(h).contains(&i) && m.screen_of(i).is_some())
        .expect("a node out of the hover's focus");
    m.select(Some(far));
    let selected = p.plan(&m, 10.0, false, LOOK);
    assert_eq!(selected.steps, [Step::DrawLayer, Step::Show(Picture::Layer, camera), Step::DrawFocus]);
    m.hover = Some(h);
    let hover = p.plan(&m, 20.0, false, LOOK);
    assert_eq!(hover.steps, [Step::Keep(Picture::Base), Step::Show(Picture::Layer, camera), Step::DrawFocus]);
    m.hover = None;
    assert_eq!(p.plan(&m, 30.0, false, LOOK).steps, [Step::Show(Picture::Base, camera)]);
    m.select(None);
    assert_eq!(p.plan(&m, 40.0, false, LOOK).steps, [Step::Draw(Detail::Full)], "a new picture without focus");
}

#[test]
fn a_new_look_or_camera_makes_the_kept_pictures_stale() {
    let (mut m, mut p) = dense_drawn();
    let h = busy_org(&m);
    m.hover = Some(h);
    p.plan(&m, 10.0, false, LOOK);
    let dark = Look { dark: true, ..LOOK };
    let plan = p.plan(&m, 20.0, false, dark);
    assert!(plan.steps.contains(&Step::DrawLayer), "the layer is drawn again in the dark scheme");
    m.hover = None;
    assert_eq!(p.plan(&m, 30.0, false, dark).steps, [Step::Draw(Detail::Full)], "no copy without hover in this look");
    pan(&mut m, 5.0);
    p.plan(&m, 40.0, false, dark);
    m.hover = Some(h);
    let moved = p.plan(&m, 40.0 + SETTLE_MS + 10.0, false, dark);
    assert!(moved.steps.contains(&Step::DrawLayer), "a new camera, a new layer");
}

#[test]
fn a_sparse_map_never_keeps_pictures() {
    let m0 = baked(300);
    let mut m = m0;
    let mut p = FramePlanner::new(Some(m.camera()));
    p.plan(&m, 0.0, false, LOOK);
    m.hover = Some(busy_org(&m));
    assert_eq!(p.plan(&m, 10.0, false, LOOK).steps, [Step::Draw(Detail::Full)]);
    m.hover = None;
    assert_eq!(p.plan(&m, 20.0, false, LOOK).steps, [Step::Draw(Detail::Full)]);
}

/// An unbaked map that is laid out live.
fn unbaked() -> MapModel {
    let ds = generate(&SynthOptions { orgs: 80, topics: 12, links: 200, seed: 3, bake: false });
    let m = MapModel::new(&ds, "en", VP);
    assert!(m.layout_running() && !m.layout_in_page(), "a new layout waits to be told where it runs");
    m
}

#[test]
fn while_the_layout_runs_in_the_page_frames_tick_and_draw_light_every_so_often_then_ready() {
    let mut m = unbaked();
    m.run_layout_in_page();
    let mut p = FramePlanner::new(Some(m.camera()));
    // The first frame draws at once: no ticks in it.
    assert!(!p.tick_frame(0.0).more(0.0));
    let first = p.plan(&m, 0.0, false, LOOK);
    assert_eq!(
        (first.steps.as_slice(), first.ready, first.again),
        ([Step::Draw(Detail::Layout)].as_slice(), false, true)
    );
    // The next frames tick and draw nothing until LAYOUT_DRAW_MS has passed.
    let mut t = 16.0;
    while t < LAYOUT_DRAW_MS {
        let mut ticks = p.tick_frame(t);
        assert!(ticks.more(t), "a frame that does not draw ticks");
        m.step_layout(1);
        let plan = p.plan(&m, t + 5.0, false, LOOK);
        assert!(plan.steps.is_empty() && plan.again && !plan.ready, "at {t} ms");
        t += 16.0;
    }
    assert_eq!(p.plan(&m, t, false, LOOK).steps, [Step::Draw(Detail::Layout)]);
    while m.step_layout(50) {}
    // The fit followed the layout, so the camera moved: ready, drawn light, full once still.
    let done = p.plan(&m, t + 16.0, false, LOOK);
    assert_eq!((done.steps.as_slice(), done.ready, done.again), ([Step::Draw(Detail::Moving)].as_slice(), true, false));
    let settle = done.settle_in.expect("a frame once still");
    assert_eq!(p.plan(&m, t + 16.0 + f64::from(settle), false, LOOK).steps, [Step::Draw(Detail::Full)]);
}

#[test]
fn a_layout_running_elsewhere_asks_for_no_frames_of_its_own_and_is_ready_when_settled() {
    let mut m = unbaked();
    let request = m.run_layout_elsewhere().cloned().expect("a waiting layout has a request");
    let mut p = FramePlanner::new(Some(m.camera()));
    let first = p.plan(&m, 0.0, false, LOOK);
    assert_eq!((first.steps.as_slice(), first.again), ([Step::Draw(Detail::Layout)].as_slice(), false));
    let before = m.positions().to_vec();
    assert!(m.step_layout(5), "still running");
    assert_eq!(m.positions(), &before[..], "a layout running elsewhere is not ticked here");
    let mut there = crate::layout::Layout::new(&request);
    there.step();
    assert!(m.apply_layout(&crate::layout::wire::flat_positions(there.positions()), false));
    assert!(p.plan(&m, 100.0, false, LOOK).steps.is_empty(), "drawn at most every LAYOUT_DRAW_MS");
    assert_eq!(p.plan(&m, 200.0, false, LOOK).steps, [Step::Draw(Detail::Layout)]);
    while there.step() {}
    there.resolve_overlaps();
    assert!(m.apply_layout(&crate::layout::wire::flat_positions(there.positions()), true));
    let done = p.plan(&m, 210.0, false, LOOK);
    assert!(done.ready && done.steps == [Step::Draw(Detail::Moving)] && done.settle_in.is_some());
    m.run_layout_in_page();
    assert!(!m.layout_in_page(), "a settled layout does not run again");
}

#[test]
fn a_failed_worker_hands_the_layout_to_the_page() {
    let mut m = unbaked();
    assert!(m.run_layout_elsewhere().is_some());
    assert!(!m.layout_in_page());
    m.run_layout_in_page();
    assert!(m.layout_in_page() && m.layout_request().is_some());
    let mut p = FramePlanner::new(Some(m.camera()));
    assert!(p.plan(&m, 0.0, false, LOOK).again, "the page's frames run it now");
}

#[test]
fn after_a_resize_motion_draws_light_until_a_new_full_picture_exists() {
    let (mut m, mut p) = dense_drawn();
    m.set_viewport(Viewport { width: 700.0, height: 500.0 });
    p.resized();
    pan(&mut m, 20.0);
    let plan = p.plan(&m, 50.0, false, LOOK);
    assert_eq!(plan.steps, [Step::Draw(Detail::Moving)], "the cleared canvas has no picture to move");
    let still = p.plan(&m, 50.0 + SETTLE_MS + 5.0, false, LOOK);
    assert_eq!(still.steps, [Step::Draw(Detail::Full)]);
    let here = m.camera();
    pan(&mut m, 20.0);
    assert_eq!(p.plan(&m, 400.0, false, LOOK).steps, [Step::Keep(Picture::Moving), Step::Show(Picture::Moving, here)]);
}

#[test]
fn a_picture_that_could_not_be_kept_is_tried_again_and_the_frame_falls_back_to_a_drawing() {
    let (mut m, mut p) = dense_drawn();
    m.hover = Some(busy_org(&m));
    let plan = p.plan(&m, 10.0, false, LOOK);
    assert_eq!(plan.fallback, Detail::Full);
    p.failed(Picture::Layer);
    let again = p.plan(&m, 20.0, false, LOOK);
    assert!(again.steps.contains(&Step::DrawLayer));
}

#[test]
fn the_camera_is_reported_when_it_differs_from_the_last_report() {
    let m = baked(300);
    let mut p = FramePlanner::new(Some(m.camera()));
    assert!(!p.report_due(m.camera()));
    let moved = Camera { x: m.camera().x + 1.0, ..m.camera() };
    assert!(p.report_due(moved));
    p.reported(moved);
    assert!(!p.report_due(moved));
}

#[test]
fn a_map_whose_camera_the_app_does_not_know_reports_it() {
    let m = baked(300);
    let mut p = FramePlanner::new(None);
    assert!(p.report_due(m.camera()), "for example a camera moved just before the view went");
    p.reported(m.camera());
    assert!(!p.report_due(m.camera()));
}
