//! The camera: an immutable pan and zoom value. `(x, y)` is the layout point at the centre of the
//! viewport and `z` the zoom in CSS pixels per layout unit, exactly as in the URL (`?x=&y=&z=`).
//! Input handlers only call its methods.

/// A viewport size in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// Width in CSS pixels.
    pub width: f64,
    /// Height in CSS pixels.
    pub height: f64,
}

/// An axis-aligned box in layout units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// Smallest x.
    pub min_x: f64,
    /// Smallest y.
    pub min_y: f64,
    /// Largest x.
    pub max_x: f64,
    /// Largest y.
    pub max_y: f64,
}

impl Bounds {
    /// The bounds of circles `(centre, radius)`; `None` when there are none.
    pub fn of_circles(circles: impl IntoIterator<Item = ([f64; 2], f64)>) -> Option<Bounds> {
        let mut b: Option<Bounds> = None;
        for ([x, y], r) in circles {
            if !(x.is_finite() && y.is_finite()) {
                continue;
            }
            let c = Bounds { min_x: x - r, min_y: y - r, max_x: x + r, max_y: y + r };
            b = Some(match b {
                None => c,
                Some(a) => Bounds {
                    min_x: a.min_x.min(c.min_x),
                    min_y: a.min_y.min(c.min_y),
                    max_x: a.max_x.max(c.max_x),
                    max_y: a.max_y.max(c.max_y),
                },
            });
        }
        b
    }
}

/// Pan and zoom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Camera {
    /// Layout x at the centre of the viewport.
    pub x: f64,
    /// Layout y at the centre of the viewport.
    pub y: f64,
    /// CSS pixels per layout unit.
    pub z: f64,
}

/// The zoom range allowed for a map, derived from its "fit all" zoom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ZoomLimits {
    /// Smallest zoom.
    pub min: f64,
    /// Largest zoom.
    pub max: f64,
}

impl ZoomLimits {
    /// From a quarter of the fit zoom out to 64 times it (and at least 8 px per unit) in.
    pub fn around(fit: &Camera) -> ZoomLimits {
        ZoomLimits { min: fit.z / 4.0, max: (fit.z * 64.0).max(8.0) }
    }
}

impl Camera {
    /// Layout point → screen point (CSS pixels from the viewport's top left).
    ///
    /// ```
    /// use datamap::camera::{Camera, Viewport};
    /// let vp = Viewport { width: 800.0, height: 600.0 };
    /// let cam = Camera { x: 10.0, y: 20.0, z: 2.0 };
    /// assert_eq!(cam.apply(vp, [10.0, 20.0]), [400.0, 300.0]);
    /// assert_eq!(cam.apply(vp, [11.0, 20.0]), [402.0, 300.0]);
    /// assert_eq!(cam.invert(vp, cam.apply(vp, [3.5, -7.0])), [3.5, -7.0]);
    /// ```
    pub fn apply(&self, vp: Viewport, p: [f64; 2]) -> [f64; 2] {
        [(p[0] - self.x) * self.z + vp.width / 2.0, (p[1] - self.y) * self.z + vp.height / 2.0]
    }

    /// Screen point → layout point.
    pub fn invert(&self, vp: Viewport, s: [f64; 2]) -> [f64; 2] {
        [(s[0] - vp.width / 2.0) / self.z + self.x, (s[1] - vp.height / 2.0) / self.z + self.y]
    }

    /// Zooms by `factor` keeping the layout point under screen point `s` where it is.
    ///
    /// ```
    /// use datamap::camera::{Camera, Viewport, ZoomLimits};
    /// let vp = Viewport { width: 800.0, height: 600.0 };
    /// let cam = Camera { x: 0.0, y: 0.0, z: 1.0 };
    /// let under = cam.invert(vp, [100.0, 50.0]);
    /// let zoomed = cam.zoom_at(vp, [100.0, 50.0], 2.0, ZoomLimits { min: 0.1, max: 10.0 });
    /// assert_eq!(zoomed.z, 2.0);
    /// assert_eq!(zoomed.invert(vp, [100.0, 50.0]), under);
    /// ```
    pub fn zoom_at(&self, vp: Viewport, s: [f64; 2], factor: f64, limits: ZoomLimits) -> Camera {
        let z = clamp(self.z * factor, limits);
        let before = self.invert(vp, s);
        let mut out = Camera { z, ..*self };
        let after = out.invert(vp, s);
        out.x += before[0] - after[0];
        out.y += before[1] - after[1];
        out
    }

    /// Moves the view by a screen drag of `(dx, dy)` CSS pixels (the map follows the pointer).
    ///
    /// ```
    /// use datamap::camera::Camera;
    /// let cam = Camera { x: 0.0, y: 0.0, z: 2.0 }.pan(10.0, -4.0);
    /// assert_eq!((cam.x, cam.y), (-5.0, 2.0));
    /// ```
    pub fn pan(&self, dx: f64, dy: f64) -> Camera {
        Camera { x: self.x - dx / self.z, y: self.y - dy / self.z, z: self.z }
    }

    /// The camera that shows all of `bounds` inside the viewport less `padding` CSS pixels per side.
    ///
    /// ```
    /// use datamap::camera::{Bounds, Camera, Viewport};
    /// let b = Bounds { min_x: -100.0, min_y: -50.0, max_x: 100.0, max_y: 50.0 };
    /// let cam = Camera::fit(b, Viewport { width: 440.0, height: 400.0 }, 20.0);
    /// assert_eq!((cam.x, cam.y, cam.z), (0.0, 0.0, 2.0));
    /// ```
    pub fn fit(bounds: Bounds, vp: Viewport, padding: f64) -> Camera {
        let w = (bounds.max_x - bounds.min_x).max(1e-9);
        let h = (bounds.max_y - bounds.min_y).max(1e-9);
        let avail_w = (vp.width - 2.0 * padding).max(1.0);
        let avail_h = (vp.height - 2.0 * padding).max(1.0);
        let z = (avail_w / w).min(avail_h / h);
        let z = if z.is_finite() && z > 0.0 { z.min(4.0) } else { 1.0 };
        Camera { x: (bounds.min_x + bounds.max_x) / 2.0, y: (bounds.min_y + bounds.max_y) / 2.0, z }
    }

    /// The same camera with its zoom inside `limits`.
    pub fn clamp(self, limits: ZoomLimits) -> Camera {
        Camera { z: clamp(self.z, limits), ..self }
    }

    /// The camera `t` (0 to 1) of the way from `self` to `to`, zoom interpolated geometrically so
    /// that zooming feels even.
    pub fn lerp(&self, to: &Camera, t: f64) -> Camera {
        let t = t.clamp(0.0, 1.0);
        let z = self.z * (to.z / self.z).powf(t);
        Camera { x: self.x + (to.x - self.x) * t, y: self.y + (to.y - self.y) * t, z }
    }

    /// Whether two cameras show practically the same view (within half a pixel and 0.1% zoom).
    pub fn approx_eq(&self, other: &Camera) -> bool {
        ((self.x - other.x) * self.z).abs() < 0.5
            && ((self.y - other.y) * self.z).abs() < 0.5
            && (self.z / other.z - 1.0).abs() < 1e-3
    }

    /// The layout bounds visible in the viewport.
    pub fn visible(&self, vp: Viewport) -> Bounds {
        let [min_x, min_y] = self.invert(vp, [0.0, 0.0]);
        let [max_x, max_y] = self.invert(vp, [vp.width, vp.height]);
        Bounds { min_x, min_y, max_x, max_y }
    }
}

fn clamp(z: f64, limits: ZoomLimits) -> f64 {
    if z.is_finite() {
        crate::num::clamp(z, limits.min, limits.max.max(limits.min))
    } else {
        limits.min
    }
}

/// Ease-in-out (cubic) for animated camera moves: 0 → 0, 1 → 1, slow at both ends.
///
/// ```
/// assert_eq!(datamap::camera::ease(0.0), 0.0);
/// assert_eq!(datamap::camera::ease(0.5), 0.5);
/// assert_eq!(datamap::camera::ease(1.0), 1.0);
/// ```
pub fn ease(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VP: Viewport = Viewport { width: 1024.0, height: 700.0 };

    #[test]
    fn apply_and_invert_round_trip_across_many_cameras() {
        for (i, z) in [0.01, 0.5, 1.0, 3.7, 120.0].iter().enumerate() {
            let cam = Camera { x: i as f64 * 13.5 - 20.0, y: -(i as f64) * 7.25, z: *z };
            for p in [[0.0, 0.0], [-250.5, 33.0], [1e4, -1e4]] {
                let back = cam.invert(VP, cam.apply(VP, p));
                assert!((back[0] - p[0]).abs() < 1e-9 && (back[1] - p[1]).abs() < 1e-9, "{p:?} -> {back:?}");
            }
        }
    }

    #[test]
    fn fit_puts_every_corner_inside_the_padded_viewport() {
        let b = Bounds { min_x: -300.0, min_y: 10.0, max_x: 520.0, max_y: 90.0 };
        let cam = Camera::fit(b, VP, 24.0);
        for p in [[b.min_x, b.min_y], [b.max_x, b.max_y]] {
            let s = cam.apply(VP, p);
            assert!(
                s[0] >= 23.999 && s[0] <= VP.width - 23.999 && s[1] >= 23.999 && s[1] <= VP.height - 23.999,
                "{s:?}"
            );
        }
    }

    #[test]
    fn zoom_is_clamped_to_the_limits() {
        let limits = ZoomLimits { min: 0.5, max: 4.0 };
        let cam = Camera { x: 0.0, y: 0.0, z: 1.0 };
        assert_eq!(cam.zoom_at(VP, [0.0, 0.0], 100.0, limits).z, 4.0);
        assert_eq!(cam.zoom_at(VP, [0.0, 0.0], 0.001, limits).z, 0.5);
        assert_eq!(cam.zoom_at(VP, [0.0, 0.0], f64::NAN, limits).z, 0.5);
    }

    #[test]
    fn lerp_ends_where_it_should() {
        let a = Camera { x: 0.0, y: 0.0, z: 1.0 };
        let b = Camera { x: 100.0, y: -50.0, z: 4.0 };
        assert_eq!(a.lerp(&b, 0.0), a);
        assert!(a.lerp(&b, 1.0).approx_eq(&b));
        assert!((a.lerp(&b, 0.5).z - 2.0).abs() < 1e-12);
    }

    #[test]
    fn bounds_of_no_circles_is_none_and_nan_is_skipped() {
        assert_eq!(Bounds::of_circles([]), None);
        let b = Bounds::of_circles([([0.0, 0.0], 1.0), ([f64::NAN, 0.0], 1.0), ([10.0, 5.0], 2.0)]).unwrap();
        assert_eq!(b, Bounds { min_x: -1.0, min_y: -1.0, max_x: 12.0, max_y: 7.0 });
    }
}
