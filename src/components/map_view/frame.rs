//! The map view's frames: on an animation frame (asked for only when something changed), the
//! model advances its animation and, when the layout runs in the page, its ticks; the frame plan
//! ([`FramePlanner::plan`]) says what to draw, and this file carries it out on the canvas, marks
//! the map ready, sets the timers the plan asks for and reports the camera.

use std::rc::Rc;

use leptos::prelude::*;

use super::runtime::{with_view, Shared, View};
use crate::camera::Viewport;
use crate::mapmodel::frame::{FramePlan, Look, Picture, Step, CAMERA_REPORT_MS};
use crate::mapmodel::MapModel;
use crate::url::CameraParam;
use crate::web::timing::{self, Timeout};
use crate::web::{perf, renderer};

/// Draws on the next animation frame (once, however many times it is asked for).
pub(super) fn request_frame(rt: &Shared) {
    {
        let mut guard = rt.borrow_mut();
        let Some(v) = guard.as_mut().and_then(|r| r.view.as_mut()) else { return };
        if v.frame_pending {
            return;
        }
        v.frame_pending = true;
    }
    let weak = Rc::downgrade(rt);
    timing::next_frame(move || {
        if let Some(rt) = weak.upgrade() {
            frame(&rt);
        }
    });
}

/// One frame: advance animation and layout, carry out the plan, report the camera.
pub(super) fn frame(rt: &Shared) {
    let again = {
        let mut guard = rt.borrow_mut();
        let Some(r) = guard.as_mut() else { return };
        let Some(v) = r.view.as_mut() else { return };
        v.frame_pending = false;
        let model = &mut r.model;
        let start = timing::now();
        let animating = model.advance(start);
        if model.layout_in_page() {
            let mut ticks = v.planner.tick_frame(start);
            model.step_layout_while(|| ticks.more(timing::now()));
        }
        let look = Look { dpr: v.dpr, dark: timing::dark_scheme() };
        let plan = v.planner.plan(model, timing::now(), animating, look);
        carry_out(v, model, &plan, look);
        if plan.ready {
            perf::mark_once(perf::READY);
        }
        if let Some(ms) = plan.settle_in {
            // Draw full detail once the camera has been still for a moment.
            let weak = Rc::downgrade(rt);
            v.settle = Some(Timeout::new(ms, move || {
                if let Some(rt) = weak.upgrade() {
                    request_frame(&rt);
                }
            }));
        }
        schedule_report(rt, model, v);
        plan.again
    };
    if again {
        request_frame(rt);
    }
}

/// Carries out the plan's steps on the view's canvas; a step that fails ends the plan with its
/// fallback drawing.
fn carry_out(v: &mut View, model: &MapModel, plan: &FramePlan, look: Look) {
    let pal = if look.dark { &crate::look::DARK } else { &crate::look::LIGHT };
    let (vp, dpr, graph, camera) = (model.viewport(), v.dpr, &model.graph, model.camera());
    for step in &plan.steps {
        let failed = match *step {
            Step::Keep(p) => (!v.pictures.keep(p, &v.canvas)).then_some(p),
            Step::Show(p, from) => (!v.pictures.show(p, &v.ctx, (from, camera), vp, dpr)).then_some(p),
            Step::Draw(detail) => {
                renderer::draw(&v.ctx, &model.scene_at(detail), graph, vp, dpr, pal);
                None
            }
            Step::DrawLayer => {
                let layer = v.pictures.slot(Picture::Layer);
                let drawn = renderer::draw_aside(&v.canvas, layer, &model.faded_layer(), graph, vp, dpr, pal);
                (!drawn).then_some(Picture::Layer)
            }
            Step::DrawFocus => {
                renderer::draw_over(&v.ctx, &model.scene_over_layer(), graph, vp, dpr, pal);
                None
            }
        };
        if let Some(p) = failed {
            v.planner.failed(p);
            renderer::draw(&v.ctx, &model.scene_at(plan.fallback), graph, vp, dpr, pal);
            return;
        }
    }
}

/// Reports the camera to the app [`CAMERA_REPORT_MS`] after it last changed.
fn schedule_report(rt: &Shared, model: &MapModel, v: &mut View) {
    if !v.planner.report_due(model.camera()) {
        return;
    }
    let weak = Rc::downgrade(rt);
    v.report = Some(Timeout::new(CAMERA_REPORT_MS, move || {
        let report = with_view(&weak, |model, v| {
            let cam = model.camera();
            v.planner.reported(cam);
            let param = (!model.camera_is_fit()).then_some(CameraParam { x: cam.x, y: cam.y, z: cam.z });
            (v.hooks.on_camera, param)
        });
        if let Some((on_camera, param)) = report {
            on_camera.run(param);
        }
    }));
}

/// The size of the map element in CSS pixels (at least 1 by 1); reading it lays the page out.
pub(super) fn viewport_of(el: &web_sys::HtmlElement) -> Viewport {
    Viewport { width: f64::from(el.client_width().max(1)), height: f64::from(el.client_height().max(1)) }
}

/// Follows the map element's size: resizes the canvas and redraws.
pub(super) fn observe_size(el: &web_sys::HtmlElement, rt: &Shared) {
    let (target, weak) = (el.clone(), Rc::downgrade(rt));
    let observer = super::runtime::SizeObserver::new(el, move || {
        let vp = viewport_of(&target);
        let resized = with_view(&weak, |model, v| {
            if model.viewport() == vp {
                return false;
            }
            model.set_viewport(vp);
            renderer::resize(&v.canvas, vp, v.dpr);
            v.planner.resized();
            true
        });
        if let (Some(true), Some(rt)) = (resized, weak.upgrade()) {
            request_frame(&rt);
        }
    });
    if let Some(v) = rt.borrow_mut().as_mut().and_then(|r| r.view.as_mut()) {
        v.size = observer;
    }
}
