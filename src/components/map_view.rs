//! The map: a focusable canvas that forwards pointer, wheel and key input to the pure
//! [`MapModel`], redraws on the next animation frame only when something changed, follows the
//! selection signal and reports camera moves for the URL.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::CanvasRenderingContext2d;

use crate::camera::{Camera, Viewport};
use crate::i18n::{t, Key, Lang};
use crate::load::Loaded;
use crate::mapmodel::{MapModel, Outcome};
use crate::url::{CameraParam, Selection};
use crate::web::{renderer, timing};

mod dom;
mod export;
mod frame;
mod input;

use dom::{has_focus, panel_cover};
use frame::{flags, observe_size, request_frame, start, Hooks, Runtime, Shared};
use input::handle;

/// Applies an input to the model and acts on the outcome; returns whether the input was used.
type Act = Rc<dyn Fn(&dyn Fn(&mut MapModel) -> Outcome) -> bool>;

/// The map view.
#[component]
pub fn MapView(
    /// The validated dataset.
    loaded: Arc<Loaded>,
    /// Label language.
    lang: Lang,
    /// The selected node (shared with the URL and the detail panel).
    selection: RwSignal<Option<Selection>>,
    /// The camera from the URL, if any (it wins over the selection's neighbourhood).
    initial_camera: Option<CameraParam>,
    /// Called (debounced) when the camera settles: `None` when it shows "fit all".
    on_camera: Callback<Option<CameraParam>>,
    /// Hidden nodes by id (filters), if any.
    #[prop(optional, into)]
    hidden_ids: Option<Signal<Vec<String>>>,
    /// Search matches by id, when a search is active.
    #[prop(optional, into)]
    match_ids: Option<Signal<Option<Vec<String>>>>,
    /// Embed mode: the wheel zooms only once the map has focus (the host page keeps scrolling).
    #[prop(default = false)]
    embed: bool,
    /// A camera to jump to (set after Back or Forward from the URL; consumed when applied).
    #[prop(optional)]
    jump: Option<RwSignal<Option<CameraParam>>>,
) -> impl IntoView {
    let host = NodeRef::<Div>::new();
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let shared: Shared = Rc::new(RefCell::new(None));
    let tooltip = RwSignal::new(None::<(String, f64, f64)>);
    let wheel_hint = RwSignal::new(false);
    let file_base = loaded.clone();
    let hooks = Hooks { selection, tooltip, on_camera };

    let rt = shared.clone();
    let mounting = Rc::new(std::cell::Cell::new(false));
    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else { return };
        let Some(host_el) = host.get() else { return };
        if rt.borrow().is_some() || mounting.replace(true) {
            return;
        }
        let placed = loaded.placed;
        let (loaded, rt, measured) = (loaded.clone(), rt.clone(), host_el.clone());
        let mount = move |vp: Viewport| {
            let Some(ctx) =
                canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
            else {
                return;
            };
            let mut model = MapModel::new(&loaded.dataset, lang.code(), vp);
            let selected = selection.get_untracked().and_then(|s| model.graph.node_by_id(s.id()));
            model.selected = selected;
            if let Some(c) = initial_camera {
                model.set_camera(Camera { x: c.x, y: c.y, z: c.z });
            } else if let Some(cam) = selected.and_then(|n| model.neighbourhood_clear_of(n, panel_cover(&host_el))) {
                model.set_camera(cam);
            }
            // The filters and the search as they are now (their effects ran before the map).
            if let Some(ids) = hidden_ids.map(|s| s.get_untracked()) {
                model.set_hidden(flags(&model, &ids));
            }
            if let Some(ids) = match_ids.and_then(|s| s.get_untracked()) {
                model.set_matches(Some(flags(&model, &ids)));
            }
            let dpr = timing::device_pixel_ratio();
            renderer::resize(&canvas, vp, dpr);
            let layout = model.layout_running();
            *rt.borrow_mut() = Some(Runtime::new(model, canvas, ctx, dpr));
            observe_size(&host_el, rt.clone(), hooks);
            start(&rt, hooks, layout);
        };
        if placed {
            mount(frame::viewport_of(&measured));
        } else {
            // A layout follows: measure the map (the page's first layout) in a task of its own
            // after the interface's, and set it up in the next, so that neither task is long.
            timing::after(0, move || {
                let vp = frame::viewport_of(&measured);
                timing::after(0, move || mount(vp));
            });
        }
    });

    // Selection from outside the map (URL, panel, search, Back): follow it with the camera, unless
    // Back or Forward brought a camera of its own, which wins (DESIGN.md section 2).
    let rt = shared.clone();
    Effect::new(move |_| {
        let wanted = selection.get();
        let jump_to = jump.and_then(|j| j.get());
        let mut guard = rt.borrow_mut();
        let Some(r) = guard.as_mut() else { return };
        let node = wanted.and_then(|s| r.model.graph.node_by_id(s.id()));
        let changed = r.model.selected != node;
        r.model.selected = node;
        match jump_to {
            Some(c) => r.model.set_camera(Camera { x: c.x, y: c.y, z: c.z }),
            None if changed => {
                // Framed on the next frame, once the detail panel is drawn over the map: the
                // selection goes in the part of the map it leaves clear.
                drop(guard);
                let rt = rt.clone();
                timing::next_frame(move || {
                    let cover = host.get_untracked().map(|h| panel_cover(&h)).unwrap_or_default();
                    if let Some(r) = rt.borrow_mut().as_mut() {
                        if let Some(cam) = node.and_then(|n| r.model.neighbourhood_clear_of(n, cover)) {
                            r.model.animate_to(cam, timing::now(), timing::reduced_motion());
                        }
                    }
                    request_frame(&rt, hooks);
                });
                return;
            }
            None => return,
        }
        drop(guard);
        if let Some(j) = jump.filter(|_| jump_to.is_some()) {
            j.set(None);
        }
        request_frame(&rt, hooks);
    });

    if let Some(hidden_ids) = hidden_ids {
        let rt = shared.clone();
        Effect::new(move |_| {
            let ids = hidden_ids.get();
            if let Some(r) = rt.borrow_mut().as_mut() {
                let hidden = flags(&r.model, &ids);
                r.model.set_hidden(hidden);
            }
            request_frame(&rt, hooks);
        });
    }
    if let Some(match_ids) = match_ids {
        let rt = shared.clone();
        Effect::new(move |_| {
            let ids = match_ids.get();
            if let Some(r) = rt.borrow_mut().as_mut() {
                let matches = ids.map(|ids| flags(&r.model, &ids));
                r.model.set_matches(matches);
            }
            request_frame(&rt, hooks);
        });
    }

    let point = move |x: i32, y: i32| -> [f64; 2] {
        host.get_untracked()
            .map(|h| {
                let r = h.get_bounding_client_rect();
                [f64::from(x) - r.left(), f64::from(y) - r.top()]
            })
            .unwrap_or([0.0, 0.0])
    };
    let act: Act = {
        let rt = shared.clone();
        Rc::new(move |f: &dyn Fn(&mut MapModel) -> Outcome| -> bool {
            let outcome = match rt.borrow_mut().as_mut() {
                Some(r) => f(&mut r.model),
                None => return false,
            };
            handle(&rt, hooks, outcome)
        })
    };
    let [a1, a2, a3, a4, a5, a6, a7, a8] = std::array::from_fn(|_| act.clone());
    let zoom_button = move |key: &'static str| {
        let act = act.clone();
        move |_| {
            act(&|m: &mut MapModel| m.key(key, timing::now(), timing::reduced_motion()));
        }
    };

    let export_png = {
        let (rt, loaded) = (shared.clone(), file_base.clone());
        move |_| export::download(&rt, &loaded, true)
    };
    let export_svg = {
        let (rt, loaded) = (shared.clone(), file_base);
        move |_| export::download(&rt, &loaded, false)
    };

    view! {
        <div
            class="map"
            node_ref=host
            tabindex="0"
            role="application"
            aria-label=t(lang, Key::MapLabel)
            aria-describedby="map-help"
            on:pointerdown=move |ev: web_sys::PointerEvent| {
                let s = point(ev.client_x(), ev.client_y());
                if let Some(h) = host.get_untracked() {
                    let _ = h.set_pointer_capture(ev.pointer_id());
                }
                a1(&|m: &mut MapModel| m.pointer_down(ev.pointer_id(), s));
            }
            on:pointermove=move |ev: web_sys::PointerEvent| {
                let s = point(ev.client_x(), ev.client_y());
                a2(&|m: &mut MapModel| m.pointer_move(ev.pointer_id(), s));
            }
            on:pointerup=move |ev: web_sys::PointerEvent| {
                let s = point(ev.client_x(), ev.client_y());
                a3(&|m: &mut MapModel| m.pointer_up(ev.pointer_id(), s));
            }
            on:pointercancel=move |ev: web_sys::PointerEvent| {
                a4(&|m: &mut MapModel| m.pointer_cancel(ev.pointer_id()));
            }
            on:pointerleave=move |_| {
                a5(&|m: &mut MapModel| m.pointer_leave());
            }
            on:wheel=move |ev: web_sys::WheelEvent| {
                if embed && !has_focus(host) {
                    // Let the host page scroll; say how to zoom.
                    wheel_hint.set(true);
                    timing::after(1600, move || wheel_hint.set(false));
                    return;
                }
                ev.prevent_default();
                let s = point(ev.client_x(), ev.client_y());
                let unit = match ev.delta_mode() { 1 => 16.0, 2 => 400.0, _ => 1.0 };
                a6(&|m: &mut MapModel| m.wheel(s, ev.delta_y() * unit));
            }
            on:dblclick=move |ev: web_sys::MouseEvent| {
                let s = point(ev.client_x(), ev.client_y());
                a7(&|m: &mut MapModel| m.double_click(s, timing::now(), timing::reduced_motion()));
            }
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
                    return;
                }
                let key = ev.key();
                if a8(&|m: &mut MapModel| m.key(&key, timing::now(), timing::reduced_motion())) {
                    ev.prevent_default();
                }
            }
        >
            <canvas node_ref=canvas_ref aria-hidden="true"></canvas>
            <p id="map-help" class="visually-hidden">{t(lang, Key::MapHelp)}</p>
            {move || tooltip.get().map(|(text, x, y)| view! {
                <div class="tooltip" role="tooltip" style:left=format!("{x}px") style:top=format!("{y}px")>{text}</div>
            })}
            <Show when=move || wheel_hint.get()>
                <p class="wheel-hint" role="status">{t(lang, Key::WheelHint)}</p>
            </Show>
            <details class="map-export" on:pointerdown=|ev| ev.stop_propagation() on:keydown=|ev| ev.stop_propagation()>
                <summary>{t(lang, Key::Export)}</summary>
                <button type="button" on:click=export_png>{t(lang, Key::ExportPng)}</button>
                <button type="button" on:click=export_svg>{t(lang, Key::ExportSvg)}</button>
            </details>
            <div class="map-controls" on:pointerdown=|ev| ev.stop_propagation() on:dblclick=|ev| ev.stop_propagation()>
                <button type="button" aria-label=t(lang, Key::ZoomIn) title=t(lang, Key::ZoomIn) on:click=zoom_button("+")>"+"</button>
                <button type="button" aria-label=t(lang, Key::ZoomOut) title=t(lang, Key::ZoomOut) on:click=zoom_button("-")>"−"</button>
                <button type="button" aria-label=t(lang, Key::FitAll) title=t(lang, Key::FitAll) on:click=zoom_button("0")>
                    // Drawn, not a character: "⤢" is missing from common fonts (a slow fallback
                    // search at first layout, or a missing-glyph box).
                    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
                        <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" />
                    </svg>
                </button>
            </div>
        </div>
    }
}
