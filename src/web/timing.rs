//! Frames and timers: `requestAnimationFrame`, `setTimeout`, `performance.now()`, and the
//! visitor's motion and colour preferences.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Milliseconds since navigation start.
pub fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// Calls `f` before the next repaint.
pub fn next_frame(f: impl FnOnce() + 'static) {
    // Boxed: wasm-bindgen's code for a callback is then compiled once, not once per closure.
    next_frame_boxed(Box::new(f));
}

fn next_frame_boxed(f: Box<dyn FnOnce()>) {
    if let Some(w) = web_sys::window() {
        let cb = Closure::once_into_js(f);
        let _ = w.request_animation_frame(cb.unchecked_ref());
    }
}

/// Calls `f` in a task after the next repaint: work that can wait lets the browser show what is
/// drawn first (a timer set now could run before the repaint).
pub fn after_paint(f: impl FnOnce() + 'static) {
    next_frame(move || {
        after(0, f);
    });
}

/// Calls `f` after `ms` milliseconds; returns the timer id (for [`cancel`]).
pub fn after(ms: i32, f: impl FnOnce() + 'static) -> Option<i32> {
    after_boxed(ms, Box::new(f))
}

fn after_boxed(ms: i32, f: Box<dyn FnOnce()>) -> Option<i32> {
    let w = web_sys::window()?;
    let cb = Closure::once_into_js(f);
    w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), ms).ok()
}

/// A timer that is cancelled, and its callback released, when dropped: for timers that may be
/// replaced before they fire, or outlive what they act on.
pub struct Timeout {
    id: Option<i32>,
    _callback: Closure<dyn FnMut()>,
}

impl Timeout {
    /// Calls `f` after `ms` milliseconds, unless the returned value is dropped first.
    pub fn new(ms: i32, f: impl FnMut() + 'static) -> Timeout {
        let callback = Closure::<dyn FnMut()>::new(f);
        let id = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(callback.as_ref().unchecked_ref(), ms).ok()
        });
        Timeout { id, _callback: callback }
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let Some(id) = self.id {
            cancel(id);
        }
    }
}

/// Cancels a timer from [`after`].
pub fn cancel(id: i32) {
    if let Some(w) = web_sys::window() {
        w.clear_timeout_with_handle(id);
    }
}

fn media(query: &str) -> bool {
    web_sys::window().and_then(|w| w.match_media(query).ok().flatten()).is_some_and(|m| m.matches())
}

/// Whether the visitor asked for reduced motion.
pub fn reduced_motion() -> bool {
    media("(prefers-reduced-motion: reduce)")
}

/// Whether the visitor prefers a dark colour scheme.
pub fn dark_scheme() -> bool {
    media("(prefers-color-scheme: dark)")
}

/// The device pixel ratio (at least 1).
pub fn device_pixel_ratio() -> f64 {
    web_sys::window().map(|w| w.device_pixel_ratio()).filter(|r| r.is_finite() && *r > 0.0).unwrap_or(1.0).max(1.0)
}
