//! A map view's start. A kept map (the dataset's map, shown before) is shown at once, where it
//! was. A new baked map is set up and drawn at once (it is ready). A new unbaked map measures the
//! page, sets up, starts its layout worker, looks up its label fonts and makes its first drawing,
//! each in a short task of its own, so that no task holds the page for long while it settles.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use web_sys::{HtmlCanvasElement, HtmlElement};

use super::dom::panel_cover;
use super::follow::make;
use super::frame::{frame, observe_size, request_frame, viewport_of};
use super::runtime::{Hooks, Runtime, Shared, View};
use crate::camera::{Camera, Viewport};
use crate::components::state::{aim, set_aim};
use crate::i18n::Lang;
use crate::load::Loaded;
use crate::mapmodel::{LayoutStage, MapModel};
use crate::scene::Detail;
use crate::url::CameraParam;
use crate::web::layout_worker::{LayoutWorker, Report, MIN_NODES};
use crate::web::{renderer, timing};

/// What a map view starts from.
pub(super) struct Start {
    pub(super) loaded: Arc<Loaded>,
    pub(super) lang: Lang,
    pub(super) hooks: Hooks,
    /// The camera from the URL, if any (it wins over the selection's neighbourhood).
    pub(super) initial_camera: Option<CameraParam>,
    /// Hidden nodes by id (filters), if any.
    pub(super) hidden_ids: Option<Signal<Vec<String>>>,
    /// Search matches by id, when a search is active.
    pub(super) match_ids: Option<Signal<Option<Vec<String>>>>,
    /// Nodes brought forward instead of the selection's neighbours, by id.
    pub(super) emphasis_ids: Option<Signal<Option<Vec<String>>>>,
}

/// Starts the map once the view's canvas and map element are in the page; when the view goes,
/// drops what it holds (its timers, size observer and pictures) and keeps the map for the next.
pub(super) fn when_mounted(rt: Shared, canvas: NodeRef<Canvas>, host: NodeRef<Div>, s: Start) {
    // Whether the view is still there (a new map's start spans several tasks).
    let alive = Rc::new(Cell::new(true));
    let (on_start, start) = (rt.clone(), Cell::new(Some((s, alive.clone()))));
    crate::components::effect(move |_| {
        let (Some(canvas), Some(host)) = (canvas.get(), host.get()) else { return };
        if let Some((s, alive)) = start.take() {
            self::start(&on_start, canvas, host.into(), s, alive);
        }
    });
    let gone = send_wrapper::SendWrapper::new((rt, alive));
    on_cleanup(move || {
        let (rt, alive) = gone.take();
        alive.set(false);
        if let Some(r) = rt.try_borrow_mut().ok().as_deref_mut().and_then(Option::as_mut) {
            r.view = None;
        };
    });
}

/// Shows the map on `canvas`, in the map element `host`.
fn start(rt: &Shared, canvas: HtmlCanvasElement, host: HtmlElement, s: Start, alive: Rc<Cell<bool>>) {
    if rt.borrow().is_some() {
        let vp = viewport_of(&host);
        attach(rt, None, canvas, &host, vp, &s);
        start_worker(rt);
        frame(rt);
    } else if s.loaded.placed {
        let vp = viewport_of(&host);
        let model = new_model(&s, vp);
        attach(rt, Some(model), canvas, &host, vp, &s);
        frame(rt);
    } else {
        // A layout follows: measure the map (the page's first layout) in a task of its own after
        // the interface's, and set it up in the next, so that neither task is long.
        let rt = rt.clone();
        timing::after(0, move || {
            let vp = viewport_of(&host);
            timing::after(0, move || {
                if !alive.get() {
                    return;
                }
                let model = new_model(&s, vp);
                attach(&rt, Some(model), canvas, &host, vp, &s);
                timing::after(0, move || {
                    start_worker(&rt);
                    timing::after(0, move || warm_then_draw(rt, 0));
                });
            });
        });
    }
}

/// A new map of the dataset, on the graph the panels' answers share.
fn new_model(s: &Start, vp: Viewport) -> MapModel {
    let graph = crate::components::answer_graph::answer_graph(&s.loaded).shared().clone();
    MapModel::with_graph(&s.loaded.dataset, graph, s.lang.code(), vp)
}

/// Sets the view up on `canvas` for the kept map, or for `model`, a new one, which it keeps.
fn attach(
    rt: &Shared,
    model: Option<MapModel>,
    canvas: HtmlCanvasElement,
    host: &HtmlElement,
    vp: Viewport,
    s: &Start,
) {
    let Some(ctx) = renderer::context_2d(&canvas) else { return };
    let dpr = timing::device_pixel_ratio();
    renderer::resize(&canvas, vp, dpr);
    {
        let mut guard = rt.borrow_mut();
        let fresh = model.is_some();
        if let Some(model) = model {
            *guard = Some(Runtime { model, worker: None, view: None });
        }
        let Some(r) = guard.as_mut() else { return };
        prepare(&mut r.model, s, host, vp, fresh);
        let reported = known_camera(&r.model, s.initial_camera, fresh);
        r.view = Some(View::new(reported, canvas, ctx, dpr, s.hooks));
    }
    observe_size(host, rt);
}

/// Brings the map up to the view: language, viewport, selection, camera, filters and search (the
/// filters' and the search's effects ran before the map was set up).
fn prepare(model: &mut MapModel, s: &Start, host: &HtmlElement, vp: Viewport, fresh: bool) {
    model.set_lang(&s.loaded.dataset, s.lang.code());
    model.set_viewport(vp);
    let node = s.hooks.selection.get_untracked().and_then(|sel| model.graph.node_by_id(sel.id()));
    let changed = model.select(node);
    match s.initial_camera.filter(|_| fresh) {
        Some(c) => model.set_camera(Camera { x: c.x, y: c.y, z: c.z }),
        // A kept map stays where it was, unless the selection changed meanwhile.
        None if fresh || changed => {
            if let Some(cam) = node.and_then(|n| model.neighbourhood_clear_of(n, panel_cover(host))) {
                model.set_camera(cam);
            }
        }
        None => {}
    }
    if let Some(ids) = s.hidden_ids.map(|ids| ids.get_untracked()) {
        let hidden = flags(model, &ids);
        model.set_hidden(hidden);
    }
    let matches = s.match_ids.and_then(|ids| ids.get_untracked()).map(|ids| flags(model, &ids));
    model.set_matches(matches);
    let emphasis = s.emphasis_ids.and_then(|ids| ids.get_untracked()).map(|ids| flags(model, &ids));
    model.set_emphasis(emphasis);
    // A comparison the map starts with is framed as a selection would be.
    if fresh && s.initial_camera.is_none() && node.is_none() {
        if let Some(cam) = model.emphasis_clear_of(panel_cover(host)) {
            model.set_camera(cam);
        }
    }
    // A view or tour step shown meanwhile (or on arrival) is where the map starts.
    if let Some(to) = aim() {
        set_aim(None);
        make(model, to, panel_cover(host), 0.0, true);
    }
}

/// The camera the app knows the map has: a new map's (the app reports moves from there); for a
/// kept map, the app's camera (`None`, "fit all", stands for the fit), or `None` when the map
/// moved after its last report (the view went before it was made), so that it is reported.
fn known_camera(model: &MapModel, app: Option<CameraParam>, fresh: bool) -> Option<Camera> {
    let app = app.map(|c| Camera { x: c.x, y: c.y, z: c.z });
    match app {
        _ if fresh => Some(model.camera()),
        Some(c) => Some(c),
        None => model.camera_is_fit().then(|| model.camera()),
    }
}

/// One flag per node of the map: whether its id is among `ids`.
pub(super) fn flags(model: &MapModel, ids: &[String]) -> Vec<bool> {
    let mut on = vec![false; model.graph.len()];
    for i in ids.iter().filter_map(|id| model.graph.node_by_id(id)) {
        on[i as usize] = true;
    }
    on
}

/// Looks up label font `i` (see [`crate::look::LABEL_FONTS`]) and goes on with the next one in a new
/// task; after the last, makes a first scene (compiling its code), and draws it in the next task:
/// not in an animation frame, so that the frame that presents it holds only the page's rendering
/// (on 2 cores, the first drawing and its presentation took 50-90 ms as one frame).
fn warm_then_draw(rt: Shared, i: usize) {
    let guard = rt.borrow();
    let Some(r) = guard.as_ref().filter(|r| r.view.is_some()) else { return };
    let Some(&font) = crate::look::LABEL_FONTS.get(i) else {
        let _ = r.model.scene_at(Detail::Layout);
        drop(guard);
        timing::after(0, move || frame(&rt));
        return;
    };
    if let Some(v) = &r.view {
        renderer::warm_font(&v.ctx, font);
    }
    drop(guard);
    timing::after(0, move || warm_then_draw(rt, i + 1));
}

/// Starts a waiting layout: a large map's in a worker; a small one, or one without a worker, in
/// this page's frames.
fn start_worker(rt: &Shared) {
    let weak = Rc::downgrade(rt);
    let mut guard = rt.borrow_mut();
    let Some(r) = guard.as_mut() else { return };
    if !matches!(r.model.layout_stage(), LayoutStage::Waiting(_)) {
        return;
    }
    if r.model.graph.len() <= MIN_NODES {
        r.model.run_layout_in_page();
        return;
    }
    let Some(request) = r.model.run_layout_elsewhere() else { return };
    r.worker = LayoutWorker::start(request, move |report| {
        let Some(rt) = weak.upgrade() else { return };
        if let Some(r) = rt.borrow_mut().as_mut() {
            match report {
                Report::Positions(p, settled) => {
                    r.model.apply_layout(&p, settled);
                }
                Report::Failed => r.model.run_layout_in_page(),
            }
        }
        request_frame(&rt);
    });
    if r.worker.is_none() {
        r.model.run_layout_in_page();
    }
}
