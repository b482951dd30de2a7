//! Input on the map element: pointer, wheel, double-click and key events go to the model
//! ([`MapModel`]'s handlers), and the outcome selects a node, redraws and updates the tooltip.

use leptos::html::Div;
use leptos::prelude::*;
use web_sys::{KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};

use super::dom::has_focus;
use super::frame::request_frame;
use super::runtime::Shared;
use crate::budgets::WHEEL_HINT_MS;
use crate::graph::NodeKind;
use crate::mapmodel::{MapModel, Outcome};
use crate::url::Selection;
use crate::web::timing;

/// The map element's event handlers.
#[derive(Clone)]
pub(super) struct Handlers {
    rt: Shared,
    host: NodeRef<Div>,
    /// Embed mode: the wheel zooms only once the map has focus.
    embed: bool,
    /// Shown while an embedded map lets the wheel scroll the host page.
    wheel_hint: RwSignal<bool>,
}

impl Handlers {
    /// The handlers of the map element `host`.
    pub(super) fn new(rt: Shared, host: NodeRef<Div>, embed: bool, wheel_hint: RwSignal<bool>) -> Handlers {
        Handlers { rt, host, embed, wheel_hint }
    }

    /// Applies an input to the model and acts on the outcome; returns whether the input was used.
    pub(super) fn act(&self, f: impl FnOnce(&mut MapModel) -> Outcome) -> bool {
        let outcome = match self.rt.borrow_mut().as_mut() {
            Some(r) => f(&mut r.model),
            None => return false,
        };
        handle(&self.rt, outcome)
    }

    /// A point of the page in the map element's coordinates.
    fn point(&self, x: i32, y: i32) -> [f64; 2] {
        self.host
            .get_untracked()
            .map(|h| {
                let r = h.get_bounding_client_rect();
                [f64::from(x) - r.left(), f64::from(y) - r.top()]
            })
            .unwrap_or([0.0, 0.0])
    }

    pub(super) fn pointer_down(self) -> impl Fn(PointerEvent) + 'static {
        move |ev| {
            let s = self.point(ev.client_x(), ev.client_y());
            if let Some(h) = self.host.get_untracked() {
                let _ = h.set_pointer_capture(ev.pointer_id());
            }
            self.act(|m| m.pointer_down(ev.pointer_id(), s));
        }
    }

    pub(super) fn pointer_move(self) -> impl Fn(PointerEvent) + 'static {
        move |ev| {
            let s = self.point(ev.client_x(), ev.client_y());
            self.act(|m| m.pointer_move(ev.pointer_id(), s));
        }
    }

    pub(super) fn pointer_up(self) -> impl Fn(PointerEvent) + 'static {
        move |ev| {
            let s = self.point(ev.client_x(), ev.client_y());
            self.act(|m| m.pointer_up(ev.pointer_id(), s));
        }
    }

    pub(super) fn pointer_cancel(self) -> impl Fn(PointerEvent) + 'static {
        move |ev| {
            self.act(|m| m.pointer_cancel(ev.pointer_id()));
        }
    }

    pub(super) fn pointer_leave(self) -> impl Fn(PointerEvent) + 'static {
        move |_| {
            self.act(|m| m.pointer_leave());
        }
    }

    /// Zooms at the pointer; an embedded map without focus lets the host page scroll instead and
    /// says how to zoom.
    pub(super) fn wheel(self) -> impl Fn(WheelEvent) + 'static {
        move |ev| {
            if self.embed && !has_focus(self.host) {
                let hint = self.wheel_hint;
                hint.set(true);
                timing::after(WHEEL_HINT_MS, move || {
                    let _ = hint.try_set(false);
                });
                return;
            }
            ev.prevent_default();
            let s = self.point(ev.client_x(), ev.client_y());
            let unit = match ev.delta_mode() {
                1 => 16.0,
                2 => 400.0,
                _ => 1.0,
            };
            self.act(|m| m.wheel(s, ev.delta_y() * unit));
        }
    }

    pub(super) fn double_click(self) -> impl Fn(MouseEvent) + 'static {
        move |ev| {
            let s = self.point(ev.client_x(), ev.client_y());
            self.act(|m| m.double_click(s, timing::now(), timing::reduced_motion()));
        }
    }

    /// Keys without Ctrl, Meta or Alt (those belong to the browser).
    pub(super) fn key_down(self) -> impl Fn(KeyboardEvent) + 'static {
        move |ev| {
            if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
                return;
            }
            let key = ev.key();
            if self.act(|m| m.key(&key, timing::now(), timing::reduced_motion())) {
                ev.prevent_default();
            }
        }
    }

    /// A zoom button's click: the same as its key (`+`, `-`, `0`).
    pub(super) fn button(self, key: &'static str) -> impl Fn(MouseEvent) + 'static {
        move |_| {
            self.act(|m| m.key(key, timing::now(), timing::reduced_motion()));
        }
    }
}

/// Acts on an input's outcome; returns whether the input was used.
fn handle(rt: &Shared, outcome: Outcome) -> bool {
    let Some(hooks) = rt.borrow().as_ref().and_then(|r| r.view.as_ref()).map(|v| v.hooks) else { return false };
    match outcome {
        Outcome::None => return false,
        Outcome::Redraw => {}
        Outcome::Select(node) => {
            let sel = rt.borrow().as_ref().and_then(|r| {
                let n = &r.model.graph.nodes[node? as usize];
                Some(match n.kind {
                    NodeKind::Topic => Selection::Topic(n.id.clone()),
                    NodeKind::Org => Selection::Org(n.id.clone()),
                })
            });
            hooks.selection.set(sel);
        }
    }
    // The hovered node's name by the pointer, or nothing (set only when it changes).
    let tip = rt.borrow().as_ref().and_then(|r| {
        let h = r.model.hover?;
        let [x, y] = r.model.screen_of(h)?;
        Some((r.model.label(h).to_owned(), x, y))
    });
    if hooks.tooltip.get_untracked() != tip {
        hooks.tooltip.set(tip);
    }
    request_frame(rt);
    true
}
