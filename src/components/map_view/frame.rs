//! The map's frame loop: the state kept between frames, drawing on animation frames (only when
//! something changed), layout ticks within a frame's budget while an unbaked map settles, the
//! light drawing of a dense map in motion, camera reports and resizing.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::camera::{Camera, Viewport};
use crate::mapmodel::{MapModel, TickClock};
use crate::scene::Detail;
use crate::url::{CameraParam, Selection};
use crate::web::layout_worker::LayoutWorker;
use crate::web::{perf, renderer, timing};

/// Everything the map needs between frames.
pub(super) struct Runtime {
    pub(super) model: MapModel,
    pub(super) canvas: HtmlCanvasElement,
    pub(super) ctx: CanvasRenderingContext2d,
    pub(super) dpr: f64,
    frame_pending: bool,
    ready: bool,
    reported: Option<Camera>,
    report_timer: Option<i32>,
    drawn_camera: Option<Camera>,
    moving_until: f64,
    last_draw: f64,
    /// How long layout ticks take, to fit them in frames.
    ticks: TickClock,
    settle_timer: Option<i32>,
    cache: Option<HtmlCanvasElement>,
    cached_camera: Option<Camera>,
    full_camera: Option<Camera>,
    /// The worker laying the map out, while it does.
    worker: Option<LayoutWorker>,
    /// Whether the layout ticks in this page's frames (no worker could be had, or it failed).
    layout_in_page: bool,
    /// A dense map's picture without hover, kept for hovering.
    pictures: Pictures,
}

pub(super) type Shared = Rc<RefCell<Option<Runtime>>>;

mod picture;
mod startup;
use picture::Pictures;
pub(super) use startup::start;

impl Runtime {
    /// The runtime of a new map, nothing drawn yet.
    pub(super) fn new(model: MapModel, canvas: HtmlCanvasElement, ctx: CanvasRenderingContext2d, dpr: f64) -> Self {
        Runtime {
            reported: Some(model.camera()),
            model,
            canvas,
            ctx,
            dpr,
            frame_pending: false,
            ready: false,
            report_timer: None,
            drawn_camera: None,
            moving_until: 0.0,
            last_draw: f64::NEG_INFINITY,
            ticks: TickClock::default(),
            settle_timer: None,
            cache: None,
            cached_camera: None,
            full_camera: None,
            worker: None,
            layout_in_page: true,
            pictures: Pictures::default(),
        }
    }
}

/// What the map tells the app.
#[derive(Clone, Copy)]
pub(super) struct Hooks {
    pub(super) selection: RwSignal<Option<Selection>>,
    pub(super) tooltip: RwSignal<Option<(String, f64, f64)>>,
    pub(super) on_camera: Callback<Option<CameraParam>>,
}

/// One flag per node of the map: whether its id is among `ids`.
pub(super) fn flags(model: &MapModel, ids: &[String]) -> Vec<bool> {
    let mut on = vec![false; model.graph.len()];
    for i in ids.iter().filter_map(|id| model.graph.node_by_id(id)) {
        on[i as usize] = true;
    }
    on
}

/// Draws on the next animation frame (once, however many times it is asked for).
pub(super) fn request_frame(rt: &Shared, hooks: Hooks) {
    {
        let mut guard = rt.borrow_mut();
        let Some(r) = guard.as_mut() else { return };
        if r.frame_pending {
            return;
        }
        r.frame_pending = true;
    }
    let rt = rt.clone();
    timing::next_frame(move || frame(&rt, hooks));
}

/// How long after the camera last moved a dense map stays in its light "moving" drawing.
const SETTLE_MS: f64 = 160.0;
/// Maps with more edges than this move a snapshot while the camera moves.
const DENSE_EDGES: usize = 1_500;
/// While the layout runs, how often the map is drawn (the rest of each frame goes to layout ticks).
const LAYOUT_DRAW_MS: f64 = 150.0;
/// While the layout runs, the layout ticks of one frame (ms): the frame stays within 1/60 s and
/// the page keeps answering input between frames.
const FRAME_WORK_MS: f64 = 13.0;

/// One frame: advance animation and layout (within a time budget), draw, report the camera.
fn frame(rt: &Shared, hooks: Hooks) {
    let (again, settle_in) = {
        let mut guard = rt.borrow_mut();
        let Some(r) = guard.as_mut() else { return };
        r.frame_pending = false;
        let start = timing::now();
        let animating = r.model.advance(start);
        // Layout ticks fill the frame's work budget (see TickClock); a frame that draws does not
        // tick (drawing, and handing the picture to the compositor, take the frame).
        let draw_due = start - r.last_draw >= LAYOUT_DRAW_MS;
        let budget = if draw_due { 0.0 } else { FRAME_WORK_MS };
        let mut ticks = r.ticks.frame(start, budget);
        let layout = if r.layout_in_page {
            r.model.layout_running() && r.model.step_layout_while(|| ticks.more(timing::now()))
        } else {
            r.model.layout_running()
        };
        let now = timing::now();
        let camera = r.model.camera();
        if r.drawn_camera.is_some_and(|c| c != camera) || r.model.in_motion() {
            r.moving_until = now + SETTLE_MS;
        }
        let moving = now < r.moving_until;
        let mut settle_in = None;
        let dense = r.model.graph.edges.len() > DENSE_EDGES;
        if moving && dense && !layout && r.cached_camera.is_none() {
            // Motion starts: the canvas still shows the last full picture; keep it to move it.
            if let Some(full) = r.full_camera {
                renderer::snapshot(&r.canvas, &mut r.cache);
                r.cached_camera = Some(full);
            }
        }
        if moving && dense && !layout && r.cached_camera.is_some() {
            // A dense map in motion: move the last full picture; full detail follows on settling.
            if let (Some(cache), Some(from)) = (r.cache.as_ref(), r.cached_camera) {
                renderer::blit(&r.ctx, cache, from, camera, r.model.viewport(), r.dpr);
                r.pictures.overdrawn();
            }
            r.drawn_camera = Some(camera);
            settle_in = Some((r.moving_until - now).max(0.0) as i32 + 5);
        } else if !layout || now - r.last_draw >= LAYOUT_DRAW_MS {
            let pal = if timing::dark_scheme() { renderer::DARK } else { renderer::LIGHT };
            match Detail::of(layout, moving) {
                Detail::Full => r.pictures.draw_full(&r.model, &r.canvas, &r.ctx, r.dpr, &pal),
                // While the layout moves the nodes, a light drawing will do (see Detail::Layout).
                detail => {
                    renderer::draw(&r.ctx, &r.model.scene_at(detail), &r.model.graph, r.model.viewport(), r.dpr, &pal);
                    r.pictures.overdrawn();
                }
            }
            // A new full picture: the snapshot (taken when motion starts) is stale.
            r.full_camera = (!moving && !layout).then_some(camera);
            r.cached_camera = None;
            r.drawn_camera = Some(camera);
            r.last_draw = now;
            if moving {
                settle_in = Some((r.moving_until - now).max(0.0) as i32 + 5);
            }
        }
        if !layout && !r.ready {
            r.ready = true;
            perf::mark_once(perf::READY);
        }
        if let Some(id) = r.settle_timer.take().filter(|_| settle_in.is_some()) {
            timing::cancel(id);
        }
        // A layout in the page needs the next frame; a worker's next positions request one.
        (animating || (layout && r.layout_in_page), settle_in)
    };
    schedule_report(rt, hooks);
    if let Some(ms) = settle_in {
        // Draw full detail once the camera has been still for a moment.
        let rt2 = rt.clone();
        let id = timing::after(ms, move || request_frame(&rt2, hooks));
        if let Some(r) = rt.borrow_mut().as_mut() {
            r.settle_timer = id;
        }
    }
    if again {
        request_frame(rt, hooks);
    }
}

/// Reports the camera to the app 250 ms after it last changed.
fn schedule_report(rt: &Shared, hooks: Hooks) {
    let mut guard = rt.borrow_mut();
    let Some(r) = guard.as_mut() else { return };
    if r.reported == Some(r.model.camera()) {
        return;
    }
    if let Some(id) = r.report_timer.take() {
        timing::cancel(id);
    }
    let rt2 = rt.clone();
    r.report_timer = timing::after(250, move || {
        let report = {
            let mut guard = rt2.borrow_mut();
            let Some(r) = guard.as_mut() else { return };
            r.report_timer = None;
            let cam = r.model.camera();
            r.reported = Some(cam);
            (!r.model.camera_is_fit()).then_some(CameraParam { x: cam.x, y: cam.y, z: cam.z })
        };
        hooks.on_camera.run(report);
    });
}

/// The size of the map element in CSS pixels (at least 1 by 1); reading it lays the page out.
pub(super) fn viewport_of(el: &web_sys::HtmlDivElement) -> Viewport {
    Viewport { width: f64::from(el.client_width().max(1)), height: f64::from(el.client_height().max(1)) }
}

/// Follows the map element's size: resizes the canvas and redraws.
pub(super) fn observe_size(el: &web_sys::HtmlDivElement, rt: Shared, hooks: Hooks) {
    let target = el.clone();
    let cb = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        let vp = viewport_of(&target);
        if let Some(r) = rt.borrow_mut().as_mut() {
            if r.model.viewport() == vp {
                return;
            }
            r.model.set_viewport(vp);
            renderer::resize(&r.canvas, vp, r.dpr);
            r.pictures.overdrawn();
            r.cached_camera = None;
            r.full_camera = None;
        }
        request_frame(&rt, hooks);
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        observer.observe(el);
    }
    cb.forget();
}
