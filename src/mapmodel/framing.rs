//! The map's camera: "fit all", zoom limits, setting and animating the camera, resizing, and the
//! frame around a node and its neighbours.

use super::{Animation, Cover, MapModel, ANIMATION_MS, FIT_PADDING};
use crate::camera::{ease, Bounds, Camera, Viewport, ZoomLimits};

impl MapModel {
    /// The current camera.
    pub fn camera(&self) -> Camera {
        self.camera
    }

    /// Whether the camera shows "fit all" (so the URL needs no camera).
    pub fn camera_is_fit(&self) -> bool {
        self.camera_is_fit || self.camera.approx_eq(&self.fit())
    }

    /// The viewport.
    pub fn viewport(&self) -> Viewport {
        self.viewport
    }

    /// The camera that shows every visible node.
    pub fn fit(&self) -> Camera {
        let shown = (0..self.graph.len()).filter(|&i| !self.hidden[i]);
        let b = Bounds::of_circles(shown.map(|i| (self.positions[i], self.radii[i])));
        b.map(|b| Camera::fit(b, self.viewport, FIT_PADDING)).unwrap_or(Camera { x: 0.0, y: 0.0, z: 1.0 })
    }

    /// The zoom that fits the whole map (all nodes, whatever the filters).
    pub(super) fn base_fit_zoom(&self) -> f64 {
        let all = Bounds::of_circles(self.positions.iter().copied().zip(self.radii.iter().copied()));
        all.map(|b| Camera::fit(b, self.viewport, FIT_PADDING).z).unwrap_or(1.0)
    }

    /// How far the camera may zoom out and in: around the fit of the whole map.
    pub(super) fn limits(&self) -> ZoomLimits {
        let all = Bounds::of_circles(self.positions.iter().copied().zip(self.radii.iter().copied()));
        all.map(|b| ZoomLimits::around(&Camera::fit(b, self.viewport, FIT_PADDING)))
            .unwrap_or(ZoomLimits { min: 0.01, max: 100.0 })
    }

    /// Sets the camera (clamped), for example from the URL; stops any animation.
    pub fn set_camera(&mut self, camera: Camera) {
        self.animation = None;
        self.camera = camera.clamp(self.limits());
        self.camera_is_fit = false;
    }

    /// Resizes the viewport, keeping the centre (or the fit, when fitting).
    pub fn set_viewport(&mut self, viewport: Viewport) {
        self.viewport = viewport;
        if self.camera_is_fit {
            self.camera = self.fit();
        }
    }

    /// Starts an animated move to `to` at time `now` (ms); jumps when `reduced_motion`.
    pub fn animate_to(&mut self, to: Camera, now: f64, reduced_motion: bool) {
        let to = to.clamp(self.limits());
        self.camera_is_fit = false;
        if reduced_motion || self.camera.approx_eq(&to) {
            self.camera = to;
            self.animation = None;
        } else {
            self.animation = Some(Animation { from: self.camera, to, start: now });
        }
    }

    /// Advances an animation to time `now`; returns whether one is still running.
    pub fn advance(&mut self, now: f64) -> bool {
        let Some(a) = self.animation else { return false };
        let t = ((now - a.start) / ANIMATION_MS).clamp(0.0, 1.0);
        self.camera = a.from.lerp(&a.to, ease(t));
        if t >= 1.0 {
            self.camera = a.to;
            self.animation = None;
        }
        self.animation.is_some()
    }

    /// The camera that frames a node and its linked nodes (not closer than the current zoom needs).
    pub fn neighbourhood(&self, node: u32) -> Option<Camera> {
        self.neighbourhood_clear_of(node, Cover::default())
    }

    /// The same frame, centred in the part of the map that `cover` leaves visible (at least a
    /// third of each side), so a panel drawn over the map does not hide the selection.
    pub fn neighbourhood_clear_of(&self, node: u32, cover: Cover) -> Option<Camera> {
        if node as usize >= self.graph.len() {
            return None;
        }
        self.frame_clear_of(std::iter::once(node).chain(self.graph.neighbors(node).iter().copied()), cover)
    }

    /// The camera that frames the nodes brought forward ([`MapModel::set_emphasis`]: a
    /// comparison's answer), in the part of the map that `cover` leaves visible; `None` without.
    pub fn emphasis_clear_of(&self, cover: Cover) -> Option<Camera> {
        let on = self.emphasis.as_ref()?;
        self.frame_clear_of((0..self.graph.len() as u32).filter(|&i| on[i as usize]), cover)
    }

    /// Moves the camera to every visible node, animated (at once when `reduced_motion`): "fit
    /// all" when nothing covers the map, else a frame in the part that `cover` leaves clear.
    pub fn show_visible(&mut self, cover: Cover, now: f64, reduced_motion: bool) {
        let covered = cover != Cover::default();
        match covered.then(|| self.frame_clear_of(0..self.graph.len() as u32, cover)).flatten() {
            Some(to) => self.animate_to(to, now, reduced_motion),
            None => {
                let to = self.fit();
                self.animate_to(to, now, reduced_motion);
                self.camera_is_fit = true;
            }
        }
    }

    /// The camera that frames the visible ones of `members` (not closer than the current zoom
    /// needs), centred in the part of the map that `cover` leaves visible.
    fn frame_clear_of(&self, members: impl Iterator<Item = u32>, cover: Cover) -> Option<Camera> {
        let b = Bounds::of_circles(
            members.filter(|&j| !self.hidden[j as usize]).map(|j| (self.positions[j as usize], self.radii[j as usize])),
        )?;
        let vp = self.viewport;
        let clear = Viewport {
            width: (vp.width - cover.right.max(0.0)).max(vp.width / 3.0),
            height: (vp.height - cover.bottom.max(0.0)).max(vp.height / 3.0),
        };
        let mut cam = Camera::fit(b, clear, FIT_PADDING * 2.0);
        cam.z = cam.z.min(self.limits().max / 4.0);
        let mut cam = cam.clamp(self.limits());
        // The frame's centre goes to the centre of the clear part.
        cam.x += (vp.width - clear.width) / (2.0 * cam.z);
        cam.y += (vp.height - clear.height) / (2.0 * cam.z);
        Some(cam)
    }

    /// The screen position (CSS pixels) of the node with this id.
    pub fn screen_of(&self, node: u32) -> Option<[f64; 2]> {
        self.positions.get(node as usize).map(|p| self.camera.apply(self.viewport, *p))
    }
}
