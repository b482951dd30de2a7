//! An unbaked map's layout in a Web Worker, so the page's main thread only draws while the map
//! settles (the layout gets a core of its own instead of slices of animation frames).
//!
//! The worker (`public/layout-worker.js`) imports the app's own JavaScript glue and instantiates
//! the app's already compiled wasm module, sent with the request: it runs the same code as the
//! page, so the positions are bit for bit those the page would compute. Between slices of
//! [`SLICE_MS`] it posts the positions; the last message says the layout has settled. When a
//! worker cannot be had (no `Worker`, the glue's address not found, an error in the worker), the
//! caller lays the map out in frames instead.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Float64Array, Object, Reflect, Uint32Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::layout::wire::{flat_positions, WireRequest};
use crate::layout::{Layout, LayoutRequest};

/// The worker's script, beside `index.html`.
const SCRIPT: &str = "layout-worker.js";
/// Maps of at most this many nodes are laid out in the page: they settle in a few frames, sooner
/// than a worker starts (measured on 200 nodes: 240-370 ms in the page, 525 ms with a worker).
pub const MIN_NODES: usize = crate::layout::LARGE_GRAPH;
/// How long the worker lays out between two messages with positions (ms).
pub const SLICE_MS: f64 = 40.0;

/// The worker's side: a layout stepped in slices of time, its positions read between slices.
#[wasm_bindgen]
pub struct WorkerLayout {
    layout: Layout,
}

#[wasm_bindgen]
impl WorkerLayout {
    /// A layout of the request sent as flat arrays (see [`WireRequest`]).
    #[wasm_bindgen(constructor)]
    pub fn new(
        radius: Vec<f64>,
        group: Vec<u32>,
        fixed: Vec<f64>,
        edges: Vec<u32>,
        seed_hi: u32,
        seed_lo: u32,
    ) -> WorkerLayout {
        let wire = WireRequest { radius, group, fixed, edges, seed_hi, seed_lo };
        WorkerLayout { layout: Layout::new(&wire.request()) }
    }

    /// Ticks for about `budget_ms` (at least one tick); on settling, resolves the remaining
    /// overlaps. Returns whether the layout is still running.
    pub fn run(&mut self, budget_ms: f64) -> bool {
        let start = js_sys::Date::now();
        let mut running = !self.layout.is_settled();
        while running {
            running = self.layout.step();
            if js_sys::Date::now() - start >= budget_ms {
                break;
            }
        }
        if !running {
            self.layout.resolve_overlaps();
        }
        running
    }

    /// The positions, `x, y` per node.
    pub fn positions(&self) -> Vec<f64> {
        flat_positions(self.layout.positions())
    }
}

/// What the page hears from the worker.
pub enum Report {
    /// Positions (`x, y` per node), and whether the layout has settled.
    Positions(Vec<f64>, bool),
    /// The worker failed; lay out in the page instead.
    Failed,
}

/// The page's side: a running worker. Dropping it stops the worker.
pub struct LayoutWorker {
    worker: web_sys::Worker,
    done: Rc<Cell<bool>>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl LayoutWorker {
    /// Starts a worker on `request`; `report` hears every message. `None` when no worker can be
    /// started (the caller then lays out in frames).
    pub fn start(request: &LayoutRequest, report: impl Fn(Report) + 'static) -> Option<LayoutWorker> {
        let glue = glue_url()?;
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let worker = web_sys::Worker::new_with_options(SCRIPT, &options).ok()?;
        let report = Rc::new(report);
        let done = Rc::new(Cell::new(false));
        let (r, d, w) = (report.clone(), done.clone(), worker.clone());
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            if d.get() {
                return;
            }
            let data = e.data();
            let positions =
                Reflect::get(&data, &"positions".into()).ok().and_then(|p| p.dyn_into::<Float64Array>().ok());
            let settled = Reflect::get(&data, &"settled".into()).ok().and_then(|s| s.as_bool()).unwrap_or(false);
            match positions {
                Some(p) => {
                    if settled {
                        d.set(true);
                        w.terminate();
                    }
                    r(Report::Positions(p.to_vec(), settled));
                }
                None => {
                    d.set(true);
                    w.terminate();
                    r(Report::Failed);
                }
            }
        });
        let (r, d, w) = (report, done.clone(), worker.clone());
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
            if !d.replace(true) {
                w.terminate();
                r(Report::Failed);
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        if worker.post_message(&message(request, &glue)).is_err() {
            worker.terminate();
            return None;
        }
        Some(LayoutWorker { worker, done, _on_message: on_message, _on_error: on_error })
    }
}

impl Drop for LayoutWorker {
    fn drop(&mut self) {
        self.done.set(true);
        self.worker.terminate();
    }
}

/// The absolute address of the app's JavaScript glue: the module trunk's page preloads.
fn glue_url() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let link = document.query_selector(r#"link[rel="modulepreload"][href$=".js"]"#).ok()??;
    let href = link.get_attribute("href")?;
    let base = document.base_uri().ok()??;
    web_sys::Url::new_with_base(&href, &base).ok().map(|u| u.href())
}

/// The worker's one message: the glue's address, the compiled module and the request.
fn message(request: &LayoutRequest, glue: &str) -> JsValue {
    let wire = WireRequest::of(request);
    let m = Object::new();
    let set = |k: &str, v: &JsValue| {
        let _ = Reflect::set(&m, &k.into(), v);
    };
    set("glue", &glue.into());
    set("module", &wasm_bindgen::module());
    set("sliceMs", &SLICE_MS.into());
    set("radius", &Float64Array::from(&wire.radius[..]).into());
    set("group", &Uint32Array::from(&wire.group[..]).into());
    set("fixed", &Float64Array::from(&wire.fixed[..]).into());
    set("edges", &Uint32Array::from(&wire.edges[..]).into());
    set("seedHi", &wire.seed_hi.into());
    set("seedLo", &wire.seed_lo.into());
    m.into()
}
