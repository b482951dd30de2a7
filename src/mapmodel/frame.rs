//! The map's frame plan: what to draw on each animation frame, decided as data from the map's
//! state and what happened since the last frame, so that the policy is tested natively and the
//! web layer only carries it out.
//!
//! The policy, in short:
//! - while the layout settles, the map is drawn light ([`Detail::Layout`]) at most every
//!   [`LAYOUT_DRAW_MS`], the rest of each frame going to layout ticks when they run in the page;
//! - a dense map in motion ([`MOVE_PICTURE_EDGES`]) moves a copy of its last full picture
//!   ([`Picture::Moving`]) until the camera has been still for [`SETTLE_MS`]; a sparser one is
//!   drawn light ([`Detail::Moving`]) meanwhile;
//! - a still map is drawn in full. A dense one ([`DENSE_EDGES`]) keeps its picture without hover
//!   ([`Picture::Base`], shown again when the pointer leaves a node) and draws a focus (hover,
//!   selection) over a faded layer of every node ([`Picture::Layer`], drawn once per camera);
//! - the first frame with every node placed marks the map ready;
//! - the camera is reported [`CAMERA_REPORT_MS`] after it last changed.

use std::hash::{Hash, Hasher};

use rustc_hash::FxHasher;

use super::{MapModel, TickClock, TickFrame};
use crate::budgets::{FRAME_WORK_MS, LAYOUT_DRAW_MS, SETTLE_MS, SETTLE_SLACK_MS};
use crate::camera::Camera;
use crate::scene::{Detail, DENSE_EDGES};

pub use crate::budgets::CAMERA_REPORT_MS;

/// Maps with more edges than this move a copy of their last full picture while the camera moves.
pub const MOVE_PICTURE_EDGES: usize = 1_500;

/// A picture the web layer keeps beside the map's canvas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picture {
    /// The last full picture, moved and scaled while the camera moves.
    Moving,
    /// A full picture without hover.
    Base,
    /// Every visible node, faded: the layer a dense map's focus is drawn over.
    Layer,
}

/// One thing to do to the map's canvas, in a frame's order.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Step {
    /// Copy the canvas, as it is, into the picture.
    Keep(Picture),
    /// Clear the canvas and show the picture drawn under camera `from` as it looks under the
    /// model's camera (moved and scaled).
    Show(Picture, Camera),
    /// Clear the canvas and draw [`MapModel::scene_at`] this detail.
    Draw(Detail),
    /// Draw [`MapModel::faded_layer`] into [`Picture::Layer`].
    DrawLayer,
    /// Draw [`MapModel::scene_over_layer`] over what the canvas shows.
    DrawFocus,
}

/// What the canvas looks like besides the map's state: part of what a kept picture depends on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Look {
    /// The device pixel ratio.
    pub dpr: f64,
    /// The dark colour scheme.
    pub dark: bool,
}

/// What to do this frame.
#[derive(Debug, Clone, PartialEq)]
pub struct FramePlan {
    /// The steps, in order (none: the canvas stays as it is).
    pub steps: Vec<Step>,
    /// If a step fails (a picture cannot be kept or shown): clear the canvas and draw this detail
    /// instead of the remaining steps, and tell [`FramePlanner::failed`].
    pub fallback: Detail,
    /// Mark the map ready (every node placed and drawn), once.
    pub ready: bool,
    /// Plan another frame after this many milliseconds (replacing any such request before it).
    pub settle_in: Option<i32>,
    /// Plan another frame on the next animation frame.
    pub again: bool,
}

/// What the frame plan remembers from frame to frame about one canvas.
#[derive(Debug, Clone, PartialEq)]
pub struct FramePlanner {
    /// How long layout ticks take, to fit them in frames.
    ticks: TickClock,
    /// Whether the map has been marked ready.
    ready: bool,
    /// The camera of the last frame that drew.
    drawn: Option<Camera>,
    /// Until when the map counts as moving (ms).
    moving_until: f64,
    /// When the map was last drawn (not shown from a picture), in ms.
    last_draw: f64,
    /// The camera of the full picture the canvas shows, if it shows one.
    full: Option<Camera>,
    /// While a copy of the last full picture is moved: the camera it was drawn under.
    moving: Option<Camera>,
    /// The key of what [`Picture::Base`] holds.
    base: Option<u64>,
    /// The key of what [`Picture::Layer`] holds.
    layer: Option<u64>,
    /// The key of the full picture without hover the canvas shows, if it shows one.
    shown: Option<u64>,
    /// The camera last reported to the app, if the app's camera is known to be one.
    reported: Option<Camera>,
}

impl FramePlanner {
    /// The planner of a canvas that shows nothing yet; `reported` is the camera the app was last
    /// told of, if it is known (`None`: a report is due as soon as a frame is drawn).
    pub fn new(reported: Option<Camera>) -> FramePlanner {
        FramePlanner {
            ticks: TickClock::default(),
            ready: false,
            drawn: None,
            moving_until: 0.0,
            last_draw: f64::NEG_INFINITY,
            full: None,
            moving: None,
            base: None,
            layer: None,
            shown: None,
            reported,
        }
    }

    /// The layout ticks of a frame that starts at `start` (ms): none in a frame that will draw
    /// while the layout runs (drawing, and handing the picture over, take that frame).
    pub fn tick_frame(&mut self, start: f64) -> TickFrame<'_> {
        let budget = if start - self.last_draw >= LAYOUT_DRAW_MS { 0.0 } else { FRAME_WORK_MS };
        self.ticks.frame(start, budget)
    }

    /// This frame's plan at time `now` (ms), once the model has advanced its animation
    /// (`animating`: one is still running) and its layout ticks.
    pub fn plan(&mut self, model: &MapModel, now: f64, animating: bool, look: Look) -> FramePlan {
        let camera = model.camera();
        if self.drawn.is_some_and(|c| c != camera) || model.in_motion() {
            self.moving_until = now + SETTLE_MS;
        }
        let moving = now < self.moving_until;
        let layout = model.layout_running();
        let settle_in = (self.moving_until - now).max(0.0) as i32 + SETTLE_SLACK_MS;
        let mut plan = FramePlan {
            steps: Vec::new(),
            fallback: Detail::of(layout, moving),
            ready: false,
            settle_in: None,
            again: animating || model.layout_in_page(),
        };
        let move_picture = moving && !layout && model.graph.edges.len() > MOVE_PICTURE_EDGES;
        if move_picture && self.moving.is_none() {
            // Motion starts: the canvas still shows the last full picture; keep it to move it.
            if let Some(full) = self.full {
                plan.steps.push(Step::Keep(Picture::Moving));
                self.moving = Some(full);
            }
        }
        if let Some(from) = self.moving.filter(|_| move_picture) {
            plan.steps.push(Step::Show(Picture::Moving, from));
            self.shown = None;
            self.drawn = Some(camera);
            plan.settle_in = Some(settle_in);
        } else if !layout || now - self.last_draw >= LAYOUT_DRAW_MS {
            match plan.fallback {
                Detail::Full => self.plan_full(model, look, &mut plan.steps),
                detail => {
                    plan.steps.push(Step::Draw(detail));
                    self.shown = None;
                }
            }
            // A new full picture: a copy kept to be moved is stale.
            self.full = (!moving && !layout).then_some(camera);
            self.moving = None;
            self.drawn = Some(camera);
            self.last_draw = now;
            plan.settle_in = moving.then_some(settle_in);
        }
        if !layout && !self.ready {
            self.ready = true;
            plan.ready = true;
        }
        plan
    }

    /// The steps of a frame in full detail, from the kept pictures where they serve.
    fn plan_full(&mut self, model: &MapModel, look: Look, steps: &mut Vec<Step>) {
        if model.graph.edges.len() <= DENSE_EDGES {
            steps.push(Step::Draw(Detail::Full));
            self.shown = None;
            return;
        }
        let (key, camera) = (look.key(model.picture_key()), model.camera());
        let hover = model.hover.is_some();
        if !hover && self.base == Some(key) {
            steps.push(Step::Show(Picture::Base, camera));
            self.shown = Some(key);
            return;
        }
        if hover && self.shown == Some(key) && self.base != Some(key) {
            // A hover starts: the canvas still shows the picture without it; keep a copy.
            steps.push(Step::Keep(Picture::Base));
            self.base = Some(key);
        }
        if model.focus_over_layer() {
            let layer = look.key(model.layer_key());
            if self.layer != Some(layer) {
                steps.push(Step::DrawLayer);
                self.layer = Some(layer);
            }
            steps.extend([Step::Show(Picture::Layer, camera), Step::DrawFocus]);
        } else {
            steps.push(Step::Draw(Detail::Full));
        }
        self.shown = (!hover).then_some(key);
    }

    /// A step with `picture` failed: it holds nothing usable, and the canvas was drawn anew.
    pub fn failed(&mut self, picture: Picture) {
        match picture {
            Picture::Moving => self.moving = None,
            Picture::Base => self.base = None,
            Picture::Layer => self.layer = None,
        }
        self.shown = None;
    }

    /// The canvas was resized (and so cleared): it shows no picture to keep or move.
    pub fn resized(&mut self) {
        self.shown = None;
        self.moving = None;
        self.full = None;
    }

    /// Whether `camera` differs from the one last reported: then a report is due
    /// [`CAMERA_REPORT_MS`] after this change (replacing any report planned before it).
    pub fn report_due(&self, camera: Camera) -> bool {
        self.reported != Some(camera)
    }

    /// The camera was reported to the app.
    pub fn reported(&mut self, camera: Camera) {
        self.reported = Some(camera);
    }
}

impl Look {
    /// A key of a picture of the map's state `state` (see [`MapModel::picture_key`]) in this look.
    fn key(self, state: u64) -> u64 {
        let mut h = FxHasher::default();
        (state, self.dpr.to_bits(), self.dark).hash(&mut h);
        h.finish()
    }
}

#[cfg(test)]
mod tests;
