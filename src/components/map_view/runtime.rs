//! What the map keeps: the [`Runtime`] of one dataset's map (its model and layout worker), kept
//! by the explorer across switches to the list and back and changes of language, so the layout
//! runs once and the camera stays; and the [`View`] of the map view that shows it, while one
//! does. Dropping the view releases everything it holds: timers, the size observer and the kept
//! pictures; dropping the runtime (another dataset, or the explorer gone) stops the worker.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::pictures::Pictures;
use crate::camera::Camera;
use crate::mapmodel::frame::FramePlanner;
use crate::mapmodel::MapModel;
use crate::url::{CameraParam, Selection};
use crate::web::layout_worker::LayoutWorker;
use crate::web::timing::Timeout;

/// One dataset's map, while its explorer lives.
pub(super) struct Runtime {
    /// The map's state.
    pub(super) model: MapModel,
    /// The worker laying the map out, while it does.
    pub(super) worker: Option<LayoutWorker>,
    /// The map view showing the map, if one does.
    pub(super) view: Option<View>,
}

/// The map, shared by the map view's handlers, its frames and timers (which hold it weakly).
pub(super) type Shared = Rc<RefCell<Option<Runtime>>>;

/// The map kept for a dataset: made empty by the explorer, filled by the first map view.
#[derive(Clone, Default)]
pub struct MapKeep(pub(super) Shared);

/// What the map tells the app.
#[derive(Clone, Copy)]
pub(super) struct Hooks {
    pub(super) selection: RwSignal<Option<Selection>>,
    pub(super) tooltip: RwSignal<Option<(String, f64, f64)>>,
    pub(super) on_camera: Callback<Option<CameraParam>>,
}

/// A map view's canvas and what its frames keep.
pub(super) struct View {
    pub(super) canvas: HtmlCanvasElement,
    pub(super) ctx: CanvasRenderingContext2d,
    pub(super) dpr: f64,
    pub(super) hooks: Hooks,
    /// What the frame plan remembers between this canvas's frames.
    pub(super) planner: FramePlanner,
    /// The pictures kept beside the canvas.
    pub(super) pictures: Pictures,
    /// Whether an animation frame has been asked for.
    pub(super) frame_pending: bool,
    /// The frame asked for once the camera has been still for a moment.
    pub(super) settle: Option<Timeout>,
    /// The camera report planned after the camera's last change.
    pub(super) report: Option<Timeout>,
    /// Follows the map element's size.
    pub(super) size: Option<SizeObserver>,
}

impl View {
    /// The view of a canvas that shows nothing yet; `reported` is the camera the app knows of,
    /// if known (see [`FramePlanner::new`]).
    pub(super) fn new(
        reported: Option<Camera>,
        canvas: HtmlCanvasElement,
        ctx: CanvasRenderingContext2d,
        dpr: f64,
        hooks: Hooks,
    ) -> View {
        View {
            canvas,
            ctx,
            dpr,
            hooks,
            planner: FramePlanner::new(reported),
            pictures: Pictures::default(),
            frame_pending: false,
            settle: None,
            report: None,
            size: None,
        }
    }
}

/// A `ResizeObserver` on one element, disconnected when dropped.
pub(super) struct SizeObserver {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl SizeObserver {
    /// Calls `f` when `el` changes size (and once when observing starts).
    pub(super) fn new(el: &web_sys::Element, f: impl FnMut() + 'static) -> Option<SizeObserver> {
        let callback = Closure::<dyn FnMut()>::new(f);
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(el);
        Some(SizeObserver { observer, _callback: callback })
    }
}

impl Drop for SizeObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Runs `f` on the runtime and its view, if the map still exists and is shown.
pub(super) fn with_view<R>(
    rt: &Weak<RefCell<Option<Runtime>>>,
    f: impl FnOnce(&mut MapModel, &mut View) -> R,
) -> Option<R> {
    let rt = rt.upgrade()?;
    let mut guard = rt.try_borrow_mut().ok()?;
    let r = guard.as_mut()?;
    let v = r.view.as_mut()?;
    Some(f(&mut r.model, v))
}
