//! Input on the map: pointers (drag to pan, tap to select, two-finger pinch and pan), the wheel,
//! double-click and keys. Every handler returns what changed.

use super::{MapModel, Outcome, Pointer, TAP_SLOP};

/// The zoom step of `+`, `-` and double-click.
pub const ZOOM_STEP: f64 = 1.6;

fn dist(a: [f64; 2], b: [f64; 2]) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

fn mid(a: [f64; 2], b: [f64; 2]) -> [f64; 2] {
    [(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0]
}

impl MapModel {
    /// A pointer (mouse button, finger or pen) went down at screen point `s`.
    pub fn pointer_down(&mut self, id: i32, s: [f64; 2]) -> Outcome {
        self.animation = None;
        self.pointers.retain(|p| p.id != id);
        if self.pointers.len() >= 2 {
            return Outcome::None;
        }
        self.moved = !self.pointers.is_empty();
        self.pointers.push(Pointer { id, start: s, last: s });
        Outcome::None
    }

    /// A pointer moved: hover when no button is down, pan with one pointer, pinch with two.
    pub fn pointer_move(&mut self, id: i32, s: [f64; 2]) -> Outcome {
        match self.pointers.len() {
            0 => {
                let hover = self.pick(s);
                if hover == self.hover {
                    return Outcome::None;
                }
                self.hover = hover;
                Outcome::Redraw
            }
            1 => {
                let Some(p) = self.pointers.iter_mut().find(|p| p.id == id) else { return Outcome::None };
                if !self.moved && dist(p.start, s) > TAP_SLOP {
                    self.moved = true;
                }
                if !self.moved {
                    return Outcome::None;
                }
                let (dx, dy) = (s[0] - p.last[0], s[1] - p.last[1]);
                p.last = s;
                self.hover = None;
                self.camera_is_fit = false;
                self.camera = self.camera.pan(dx, dy);
                Outcome::Redraw
            }
            _ => {
                let Some(k) = self.pointers.iter().position(|p| p.id == id) else { return Outcome::None };
                let other = self.pointers[1 - k.min(1)].last;
                let before = self.pointers[k].last;
                let (d0, d1) = (dist(before, other), dist(s, other));
                let (m0, m1) = (mid(before, other), mid(s, other));
                self.pointers[k].last = s;
                self.moved = true;
                self.camera_is_fit = false;
                let panned = self.camera.pan(m1[0] - m0[0], m1[1] - m0[1]);
                let factor = if d0 > 1.0 { d1 / d0 } else { 1.0 };
                self.camera = panned.zoom_at(self.viewport, m1, factor, self.limits());
                Outcome::Redraw
            }
        }
    }

    /// A pointer went up: a tap (little movement, one pointer) selects the node under it, or
    /// clears the selection in empty space.
    pub fn pointer_up(&mut self, id: i32, s: [f64; 2]) -> Outcome {
        let Some(k) = self.pointers.iter().position(|p| p.id == id) else { return Outcome::None };
        let p = self.pointers.remove(k);
        let tap = self.pointers.is_empty() && !self.moved && dist(p.start, s) <= TAP_SLOP;
        if !self.pointers.is_empty() {
            // One finger of a pinch lifted: continue panning with the other from where it is.
            self.moved = true;
            return Outcome::None;
        }
        if !tap {
            return Outcome::Redraw;
        }
        let hit = self.pick(s);
        if hit == self.selected {
            return Outcome::None;
        }
        self.selected = hit;
        Outcome::Select(hit)
    }

    /// The browser cancelled a pointer (e.g. a scroll gesture took over).
    pub fn pointer_cancel(&mut self, id: i32) -> Outcome {
        self.pointers.retain(|p| p.id != id);
        self.moved = true;
        Outcome::None
    }

    /// The pointer left the map: no hover.
    pub fn pointer_leave(&mut self) -> Outcome {
        if self.hover.take().is_some() {
            Outcome::Redraw
        } else {
            Outcome::None
        }
    }

    /// The wheel turned by `delta_y` CSS pixels at `s`: up (negative) zooms in, anchored at `s`.
    pub fn wheel(&mut self, s: [f64; 2], delta_y: f64) -> Outcome {
        if !delta_y.is_finite() || delta_y == 0.0 {
            return Outcome::None;
        }
        self.animation = None;
        self.camera_is_fit = false;
        let factor = (-delta_y.clamp(-400.0, 400.0) * 0.0025).exp();
        self.camera = self.camera.zoom_at(self.viewport, s, factor, self.limits());
        Outcome::Redraw
    }

    /// A double-click or double-tap zooms in at `s`.
    pub fn double_click(&mut self, s: [f64; 2], now: f64, reduced_motion: bool) -> Outcome {
        let to = self.camera.zoom_at(self.viewport, s, ZOOM_STEP * ZOOM_STEP, self.limits());
        self.animate_to(to, now, reduced_motion);
        Outcome::Redraw
    }

    /// A key on the focused map: arrows move the selection along links, `+`/`-` zoom, `0` fits
    /// all, Escape clears the selection.
    pub fn key(&mut self, key: &str, now: f64, reduced_motion: bool) -> Outcome {
        let centre = [self.viewport.width / 2.0, self.viewport.height / 2.0];
        match key {
            "+" | "=" => {
                let to = self.camera.zoom_at(self.viewport, centre, ZOOM_STEP, self.limits());
                self.animate_to(to, now, reduced_motion);
                Outcome::Redraw
            }
            "-" | "_" => {
                let to = self.camera.zoom_at(self.viewport, centre, 1.0 / ZOOM_STEP, self.limits());
                self.animate_to(to, now, reduced_motion);
                Outcome::Redraw
            }
            "0" => {
                let to = self.fit();
                self.animate_to(to, now, reduced_motion);
                self.camera_is_fit = true;
                Outcome::Redraw
            }
            "Escape" if self.selected.is_some() => {
                self.selected = None;
                Outcome::Select(None)
            }
            "ArrowRight" => self.step_selection([1.0, 0.0], now, reduced_motion),
            "ArrowLeft" => self.step_selection([-1.0, 0.0], now, reduced_motion),
            "ArrowUp" => self.step_selection([0.0, -1.0], now, reduced_motion),
            "ArrowDown" => self.step_selection([0.0, 1.0], now, reduced_motion),
            _ => Outcome::None,
        }
    }

    /// Moves the selection to the linked node that lies most nearly in direction `dir`; with no
    /// selection, selects the visible node nearest the centre of the view.
    fn step_selection(&mut self, dir: [f64; 2], now: f64, reduced_motion: bool) -> Outcome {
        let next = match self.selected {
            None => {
                let c = self.camera.invert(self.viewport, [self.viewport.width / 2.0, self.viewport.height / 2.0]);
                (0..self.graph.len() as u32).filter(|&i| !self.is_hidden(i)).min_by(|&a, &b| {
                    dist(self.positions[a as usize], c).total_cmp(&dist(self.positions[b as usize], c)).then(a.cmp(&b))
                })
            }
            Some(from) => {
                let p = self.positions[from as usize];
                let score = |j: u32| {
                    let q = self.positions[j as usize];
                    let v = [q[0] - p[0], q[1] - p[1]];
                    let d = (v[0] * v[0] + v[1] * v[1]).sqrt().max(1e-9);
                    let cos = (v[0] * dir[0] + v[1] * dir[1]) / d;
                    (cos > 0.35).then(|| d / (cos * cos))
                };
                self.graph
                    .neighbors(from)
                    .iter()
                    .copied()
                    .filter(|&j| !self.is_hidden(j))
                    .filter_map(|j| score(j).map(|s| (s, j)))
                    .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
                    .map(|(_, j)| j)
            }
        };
        let Some(next) = next else { return Outcome::None };
        self.selected = Some(next);
        if let Some([x, y]) = self.screen_of(next) {
            let margin = 40.0;
            if x < margin || y < margin || x > self.viewport.width - margin || y > self.viewport.height - margin {
                let [lx, ly] = self.positions[next as usize];
                let to = crate::camera::Camera { x: lx, y: ly, z: self.camera.z };
                self.animate_to(to, now, reduced_motion);
            }
        }
        Outcome::Select(Some(next))
    }

    fn is_hidden(&self, node: u32) -> bool {
        self.hidden.get(node as usize).copied().unwrap_or(true)
    }
}
