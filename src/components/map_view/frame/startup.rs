//! A new map's first tasks: a baked map is drawn at once; an unbaked one starts its layout worker,
//! looks up its label fonts, makes a first scene and draws it, each in a short task of its own, so
//! that no task holds the page for long while the layout settles.

use std::rc::Rc;

use super::{frame, request_frame, Hooks, Shared};
use crate::scene::Detail;
use crate::web::layout_worker::{LayoutWorker, Report};
use crate::web::{renderer, timing};

/// Starts a new map: a baked one is drawn at once (it is ready); a layout runs in a worker (or,
/// without one, frame by frame). Then the page starts the worker, looks up each label font and
/// makes a first scene (compiling its code), each in a short task of its own after the one that
/// set the map up, so that no task holds the page for long. The first drawing, too, is a task of
/// its own rather than part of an animation frame: the frame that shows it then only presents it
/// (on 2 cores, the first drawing and its presentation took 50-90 ms as one frame).
pub(in crate::components::map_view) fn start(rt: &Shared, hooks: Hooks, layout: bool) {
    if !layout {
        frame(rt, hooks);
        return;
    }
    if let Some(r) = rt.borrow_mut().as_mut() {
        // No layout ticks in this page's frames until it is known whether a worker lays it out
        // (a frame may be asked for meanwhile, by the size observer for one).
        r.layout_in_page = false;
    }
    let rt = rt.clone();
    timing::after(0, move || {
        start_worker(&rt, hooks);
        timing::after(0, move || warm_then_draw(rt, hooks, 0));
    });
}

/// Looks up label font `i` (see [`renderer::LABEL_FONTS`]) and goes on with the next one in a new
/// task; after the last, makes a first scene, and draws it in the next task.
fn warm_then_draw(rt: Shared, hooks: Hooks, i: usize) {
    let Some(&font) = renderer::LABEL_FONTS.get(i) else {
        if let Some(r) = rt.borrow().as_ref() {
            let _ = r.model.scene_at(Detail::Layout);
        }
        // The first drawing in a task of its own, not in an animation frame: the frame that
        // presents it then holds only the page's rendering, and neither task is long.
        timing::after(0, move || frame(&rt, hooks));
        return;
    };
    if let Some(r) = rt.borrow().as_ref() {
        renderer::warm_font(&r.ctx, font);
    }
    timing::after(0, move || warm_then_draw(rt, hooks, i + 1));
}

/// Hands the layout of a large map to a worker; a small one, or one without a worker, ticks in
/// this page's frames.
fn start_worker(rt: &Shared, hooks: Hooks) {
    let weak = Rc::downgrade(rt);
    let mut guard = rt.borrow_mut();
    let Some(r) = guard.as_mut() else { return };
    let large = r.model.graph.len() > crate::web::layout_worker::MIN_NODES;
    let Some(request) = r.model.layout_request().filter(|_| large) else {
        r.layout_in_page = true;
        return;
    };
    r.worker = LayoutWorker::start(request, move |report| {
        let Some(rt) = weak.upgrade() else { return };
        if let Some(r) = rt.borrow_mut().as_mut() {
            match report {
                Report::Positions(p, settled) => {
                    r.model.apply_layout(&p, settled);
                }
                Report::Failed => r.layout_in_page = true,
            }
        }
        request_frame(&rt, hooks);
    });
    r.layout_in_page = r.worker.is_none();
}
